"""Deterministic year-to-date series for demo and synthetic data.

A series is one unit's indicator over three years: 2019 (hidden, only used to publish 2020's 同比),
2020 and 2021. Each year's cumulative value for 1-N月 is the full-year amount times a cumulative
seasonal share. 2020 follows Wuhan's year: February to April nearly shut, a catch-up in the second
half; 2021 follows a normal, almost even year. 2021's amount is the unit's target scaled by a
*performance path*, so that a unit runs ahead of, on or behind its target and the cards come out
green, yellow or red on purpose (see ``PATHS``).

Pure functions on floats: rounding to the indicator's display precision and conversion to base
units happen where the series is written.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

MONTHS = tuple(range(1, 13))
# An almost even year: 1-N月 stays within 2 百分点 of 时间进度, so a unit on target is not carded.
NORMAL_WEIGHTS = (7.5, 7.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 8.5, 9.0)
# 2020 in Wuhan relative to a normal month: January normal, February–April shut, then catch-up.
COVID_2020 = (0.85, 0.25, 0.5, 0.8, 0.95, 1.02, 1.08, 1.1, 1.1, 1.1, 1.1, 1.12)


def cumulative(weights: Sequence[float]) -> list[float]:
    """Cumulative shares of the year for 1-1月 … 1-12月 (the last is exactly 1)."""
    total = float(sum(weights))
    out, running = [], 0.0
    for w in weights:
        running += w
        out.append(running / total)
    out[-1] = 1.0
    return out


def jittered(rng: random.Random, weights: Sequence[float], spread: float = 0.04) -> list[float]:
    return [w * (1 + rng.uniform(-spread, spread)) for w in weights]


def _ahead(month: int, lift: float) -> float:
    return 1.04 + lift


def _on_track(month: int, lift: float) -> float:
    return 1.01 + lift / 2


def _late_slip(month: int, lift: float) -> float:
    # On target until 1-10月, then growth falls under the target growth: yellow for 1-11月 only.
    return 1.0 if month <= 10 else 0.962


def _two_month_yellow(month: int, lift: float) -> float:
    # Yellow for 1-10月 and again for 1-11月: the second month running turns red.
    return 1.0 if month <= 9 else (0.94 if month == 10 else 0.955)


def _deep_lag(month: int, lift: float) -> float:
    # Falls further behind every month: yellow from mid-year, red once 10 百分点 behind.
    return 0.97 - 0.012 * (month - 1)


def _dip(month: int, lift: float) -> float:
    # A bad spell in May–July (yellow, then red), recovered from 1-8月.
    return {5: 0.925, 6: 0.92, 7: 0.93}.get(month, 1.005)


PATHS = {
    "ahead": _ahead,
    "on_track": _on_track,
    "late_slip": _late_slip,
    "two_month_yellow": _two_month_yellow,
    "deep_lag": _deep_lag,
    "dip": _dip,
}


@dataclass
class Series:
    """One unit × indicator: 2020's full-year amount, 2020's growth over 2019, 2021's target and path.

    Amounts are in the indicator's display unit (亿元, 万美元, 家). ``target`` is 2021's expected
    full-year amount.
    """

    full_2020: float
    growth_2020_pct: float
    target: float
    path: str = "on_track"
    lift: float = 0.0
    shares: dict[int, list[float]] = field(default_factory=dict)

    @classmethod
    def make(
        cls,
        rng: random.Random,
        *,
        full_2020: float,
        growth_2020_pct: float,
        target: float,
        path: str = "on_track",
        lift: float | None = None,
    ) -> Series:
        if path not in PATHS:
            raise ValueError(f"unknown path {path}")
        lift = rng.uniform(0, 0.03) if lift is None else lift
        shares = {
            2019: cumulative(jittered(rng, NORMAL_WEIGHTS)),
            2020: cumulative([w * c for w, c in zip(jittered(rng, NORMAL_WEIGHTS), COVID_2020, strict=True)]),
            2021: cumulative(jittered(rng, NORMAL_WEIGHTS, 0.02)),
        }
        return cls(
            full_2020=full_2020, growth_2020_pct=growth_2020_pct, target=target, path=path, lift=lift, shares=shares
        )

    def value(self, year: int, month: int) -> float:
        """Cumulative 1-N月 amount of ``year`` (2019, 2020 or 2021)."""
        share = self.shares[year][month - 1]
        if year == 2019:
            return self.full_2020 / (1 + self.growth_2020_pct / 100) * share
        if year == 2020:
            return self.full_2020 * share
        if year == 2021:
            return self.target * share * PATHS[self.path](month, self.lift)
        raise ValueError(f"no data for {year}")


def rounded_path(values: Sequence[float], places: int) -> list[float]:
    """Round a year's cumulative values and keep them non-decreasing (1-N月 never falls)."""
    out: list[float] = []
    for v in values:
        r = round(v, places)
        if out and r < out[-1]:
            r = out[-1]
        out.append(r)
    return out


def growth_pct(value: float | None, prior: float | None) -> float | None:
    """Published 同比 to one decimal, as a bulletin prints it."""
    if value is None or not prior:
        return None
    return round((value / prior - 1) * 100, 1)


def split(total: float, weights: Sequence[float], places: int) -> list[float]:
    """Split ``total`` by ``weights``, rounded to ``places``, the rounding remainder on the largest share."""
    s = float(sum(weights))
    parts = [round(total * w / s, places) for w in weights]
    biggest = max(range(len(parts)), key=lambda i: parts[i])
    parts[biggest] = round(parts[biggest] + round(total - sum(parts), places), places)
    return parts
