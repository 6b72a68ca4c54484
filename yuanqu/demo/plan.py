"""The demo zone's targets and figures, worked out in memory before anything is written.

``demo_plan()`` is deterministic (``random.Random(2021)``, a fixed order of draws) and needs no
database: amounts are in each indicator's display unit (亿元, 万美元, 家, %), rounded as a bulletin
prints them. ``yuanqu.demo.actions.demo_load`` converts them to base units and writes them through
``targets_set`` and ``figures_set``.

Consistency the plan keeps:
- the zone's targets for 固定资产投资, 工业投资, 社零 and 到位资金 are seed 004's, and the 18 reporting
  units' targets add up to them exactly; the zone's figures are the sum of the units' figures;
- 1-N月 values never fall within a year; industry and investment start at 1-2月, GDP-type
  indicators report quarters only;
- 同比 is "published": computed from the rounded values (and a hidden 2019 for 2020's rates) and
  stored, never left to be derived.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from yuanqu.demo import data
from yuanqu.demo.series import Series, growth_pct, rounded_path, split
from yuanqu.indicators.catalogue import catalogue_entries
from yuanqu.indicators.choices import Frequency, IndicatorKind, TargetTier


@dataclass(frozen=True)
class PlannedTarget:
    unit: str
    code: str
    tier: str
    value: float | None
    growth_pct: float | None
    lead: str
    text: str


@dataclass(frozen=True)
class PlannedFigure:
    unit: str
    code: str
    year: int
    month: int
    value: float | None
    growth_pct: float | None
    prior_value: float | None = None


@dataclass
class DemoPlan:
    targets: list[PlannedTarget]
    figures: list[PlannedFigure]
    paths: dict[tuple[str, str], str]  # (unit, code) → performance path, for the record


def _meta() -> dict[str, dict[str, Any]]:
    return {e["code"]: e for e in catalogue_entries()}


def reports(meta: dict[str, Any], month: int) -> bool:
    """Same rule as ``Indicator.reports_month``, on a catalogue entry."""
    if month < meta["first_month"]:
        return False
    return meta["frequency"] != Frequency.QUARTERLY or month % 3 == 0


def last_month(year: int) -> int:
    return data.LAST_MONTH if year == data.DATA_YEAR else 12


def stretch(meta: dict[str, Any], value: float | None, growth: float | None) -> tuple[float | None, float | None]:
    """拼搏目标 a few percent above the expected one (rates +2 百分点, counts +10%)."""
    places = meta["decimals"]
    if meta["kind"] == IndicatorKind.RATE:
        return (round(value + 2, places) if value is not None else None), None
    if meta["kind"] == IndicatorKind.COUNT:
        return (float(math.ceil(value * 1.1)) if value is not None else None), None
    s_value = round(value * data.STRETCH_FACTOR, places) if value is not None else None
    s_growth = round(((1 + growth / 100) * data.STRETCH_FACTOR - 1) * 100, 1) if growth is not None else None
    return s_value, s_growth


class _Builder:
    def __init__(self) -> None:
        self.rng = random.Random(data.SEED)
        self.meta = _meta()
        self.targets: list[PlannedTarget] = []
        self.figures: list[PlannedFigure] = []
        self.paths: dict[tuple[str, str], str] = {}
        # (unit, code, year) → {month: value}, all twelve months (2019 hidden), rounded and non-decreasing
        self.values: dict[tuple[str, str, int], dict[int, float]] = {}
        self.zone_targets = {t.code: t for t in data.ZONE_TARGETS}

    # ---------------------------------------------------------------- targets
    def target(
        self,
        unit: str,
        code: str,
        value: float | None,
        growth: float | None,
        lead: str,
        text: str,
        stretch_value: float | None = None,
    ) -> None:
        meta = self.meta[code]
        self.targets.append(PlannedTarget(unit, code, TargetTier.EXPECTED, value, growth, lead, text))
        s_value: float | None
        s_growth: float | None
        if stretch_value is not None:
            s_value, s_growth = stretch_value, None
            s_text = text
        else:
            s_value, s_growth = stretch(meta, value, growth)
            s_text = data.STRETCH_TEXT
        self.targets.append(PlannedTarget(unit, code, TargetTier.STRETCH, s_value, s_growth, lead, s_text))

    # ---------------------------------------------------------------- series
    def keep(self, unit: str, code: str, series: Series) -> None:
        places = self.meta[code]["decimals"]
        for year in (2019, 2020, 2021):
            months = range(1, last_month(year) + 1)
            values = rounded_path([series.value(year, m) for m in months], places)
            self.values[(unit, code, year)] = dict(zip(months, values, strict=True))

    def emit(self, unit: str, code: str, *, value: bool = True, growth: bool = True) -> None:
        meta = self.meta[code]
        for year in data.YEARS:
            current = self.values[(unit, code, year)]
            prior = self.values[(unit, code, year - 1)]
            for month, v in current.items():
                if not reports(meta, month):
                    continue
                g = growth_pct(v, prior.get(month)) if growth else None
                # 上年同期 shown beside 2021's amounts; not for rates, whose change is in 百分点
                p = prior.get(month) if (value and growth and year == data.DATA_YEAR) else None
                self.figures.append(PlannedFigure(unit, code, year, month, v if value else None, g, p))

    def sum_units(self, code: str, units: list[str]) -> None:
        places = self.meta[code]["decimals"]
        for year in (2019, 2020, 2021):
            total: dict[int, float] = defaultdict(float)
            for unit in units:
                for month, v in self.values[(unit, code, year)].items():
                    total[month] += v
            self.values[(data.ZONE_UNIT, code, year)] = {m: round(v, places) for m, v in sorted(total.items())}

    # ---------------------------------------------------------------- the zone
    def split_indicators(self) -> None:
        units = [u.name for u in data.REPORTING_UNITS]
        columns = {"industry": 0, "investment": 1, "retail": 2, "attract": 3}
        for code, column, t_zone, g_zone, y20_zone in data.SPLIT:
            meta = self.meta[code]
            places = meta["decimals"]
            if column == "industrial_investment":
                # 工业投资 is a part of a unit's 固定资产投资, larger where industry is.
                raw = [data.WEIGHTS[u][1] * min(1.0, 0.15 + data.WEIGHTS[u][0] / 8) for u in units]
            else:
                raw = [data.WEIGHTS[u][columns[column]] for u in units]
            weights = [w * self.rng.uniform(0.9, 1.1) for w in raw]
            if t_zone is not None and g_zone is not None:
                base_zone = t_zone / (1 + g_zone / 100)
            else:
                assert y20_zone is not None, code
                base_zone = y20_zone
            bases = [base_zone * w / sum(weights) for w in weights]
            growths = []
            for unit in units:
                if code == "industrial-output":
                    offices = {o.name for o in data.OFFICES}
                    growths.append(17.0 if unit in offices else self.rng.uniform(12, 20))
                elif g_zone is not None:
                    growths.append(g_zone + self.rng.uniform(-4, 4))
                else:
                    growths.append(self.rng.uniform(0, 20))
            raw_targets = [b * (1 + g / 100) for b, g in zip(bases, growths, strict=True)]
            if t_zone is not None:
                unit_targets = split(t_zone, raw_targets, places)
            else:
                unit_targets = [round(t, places) for t in raw_targets]
            with_growth = g_zone is not None or code == "industrial-output"
            zone_target = self.zone_targets.get(code)
            lead = zone_target.lead if zone_target else "区科经局"
            for unit, base, target in zip(units, bases, unit_targets, strict=True):
                path = data.PLANNED_PATHS.get((unit, code)) or self.rng.choice(["ahead", "on_track", "on_track"])
                self.paths[(unit, code)] = path
                series = Series.make(
                    self.rng,
                    full_2020=base,
                    growth_2020_pct=data.GROWTH_2020[code] + self.rng.uniform(-5, 5),
                    target=target,
                    path=path,
                )
                self.keep(unit, code, series)
                growth = round((target / base - 1) * 100, 1) if with_growth else None
                self.target(unit, code, target, growth, lead, "演示：全区目标分解")
            self.sum_units(code, units)
            for unit in units:
                self.emit(unit, code)
            self.emit(data.ZONE_UNIT, code)
            if zone_target is not None:
                self.target(data.ZONE_UNIT, code, zone_target.value, zone_target.growth_pct, lead, zone_target.text)
            else:
                # Demo assumption: 004 gives no zone target for 规上工业总产值; the units' targets add up.
                total = round(sum(unit_targets), places)
                self.target(
                    data.ZONE_UNIT,
                    code,
                    total,
                    round((total / base_zone - 1) * 100, 1),
                    lead,
                    "演示：各单位目标合计（004未列）",
                )

    def zone_series(self) -> None:
        for code, full_2020, path, store_value, store_growth in data.ZONE_SERIES:
            zt = self.zone_targets[code]
            if zt.value is not None:
                target = zt.value
                base = full_2020 if full_2020 is not None else target / (1 + (zt.growth_pct or 0) / 100)
            else:
                assert full_2020 is not None and zt.growth_pct is not None
                base, target = full_2020, full_2020 * (1 + zt.growth_pct / 100)
            self.paths[(data.ZONE_UNIT, code)] = path
            series = Series.make(
                self.rng, full_2020=base, growth_2020_pct=data.GROWTH_2020[code], target=target, path=path
            )
            self.keep(data.ZONE_UNIT, code, series)
            self.emit(data.ZONE_UNIT, code, value=store_value, growth=store_growth)
            self.target(data.ZONE_UNIT, code, zt.value, zt.growth_pct, zt.lead, zt.text, zt.stretch_value)

    def shares(self) -> None:
        """技改投资 with its share of 工业投资, 产业项目到位资金占比, 新登记企业占比: rates as percentages."""
        rng, zone = self.rng, data.ZONE_UNIT
        # 技改投资 = share × 工业投资 of the zone, so the share is exact on the stored values.
        share_paths = {
            2019: [33.0 + 0.15 * m + rng.uniform(-0.6, 0.6) for m in range(1, 13)],
            2020: [34.6 + 0.15 * m + rng.uniform(-0.6, 0.6) for m in range(1, 13)],
            2021: [38.6 + 0.10 * m + rng.uniform(-0.3, 0.3) for m in range(1, 13)],
        }
        for year in (2019, 2020, 2021):
            ind = self.values[(zone, "industrial-investment", year)]
            tech = {m: round(ind[m] * share_paths[year][m - 1] / 100, 2) for m in ind}
            tech_months = sorted(tech)
            tech = dict(zip(tech_months, rounded_path([tech[m] for m in tech_months], 2), strict=True))
            self.values[(zone, "tech-upgrade-investment", year)] = tech
            self.values[(zone, "tech-upgrade-share", year)] = {
                m: round(tech[m] / ind[m] * 100, 1) for m in ind if ind[m]
            }
        self.emit(zone, "tech-upgrade-investment")
        self.emit(zone, "tech-upgrade-share", growth=False)
        zt = self.zone_targets["tech-upgrade-share"]
        self.target(zone, "tech-upgrade-share", zt.value, None, zt.lead, zt.text)

        for code, start, step in (
            ("industrial-project-funds-share", (44.0, 45.2, 48.9), 0.18),
            ("new-enterprise-share", (71.5, 72.4, 76.2), 0.10),
        ):
            for year, first in zip((2019, 2020, 2021), start, strict=True):
                self.values[(zone, code, year)] = {
                    m: round(first + step * m + rng.uniform(-0.4, 0.4), 1) for m in range(1, last_month(year) + 1)
                }
            self.emit(zone, code, growth=False)
            zt = self.zone_targets[code]
            self.target(zone, code, zt.value, None, zt.lead, zt.text)

    def stock(self) -> None:
        """市场主体总量: last year-end stock plus 72% of the year's new registrations (the rest closed)."""
        zone, net = data.ZONE_UNIT, 0.72
        new = {y: self.values[(zone, "new-market-entities", y)] for y in (2019, 2020, 2021)}
        end_2019 = 118_600.0
        end_2018 = end_2019 - round(net * new[2019][12])
        start = {2019: end_2018, 2020: end_2019}
        self.values[(zone, "market-entities", 2019)] = {m: start[2019] + round(net * v) for m, v in new[2019].items()}
        self.values[(zone, "market-entities", 2020)] = {m: start[2020] + round(net * v) for m, v in new[2020].items()}
        end_2020 = self.values[(zone, "market-entities", 2020)][12]
        self.values[(zone, "market-entities", 2021)] = {m: end_2020 + round(net * v) for m, v in new[2021].items()}
        self.emit(zone, "market-entities")
        zt = self.zone_targets["market-entities"]
        self.target(zone, "market-entities", zt.value, None, zt.lead, zt.text)

    def build(self) -> DemoPlan:
        self.split_indicators()
        self.zone_series()
        self.shares()
        self.stock()
        return DemoPlan(targets=self.targets, figures=self.figures, paths=self.paths)


def demo_plan() -> DemoPlan:
    """The demo's targets and figures, deterministic for a given code version."""
    return _Builder().build()
