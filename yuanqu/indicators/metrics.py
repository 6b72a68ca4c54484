"""Bulletin arithmetic (DOMAIN.md 1.3): completion, 时间进度 gaps, projection, ranking, 红黄牌.

Pure functions on Decimals, no database: every rule here is checked against hand-worked cases.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from yuanqu.indicators.choices import Card, Direction, IndicatorKind, ProjectionMethod

HUNDRED = Decimal(100)
K = TypeVar("K", bound=Hashable)


def completion_pct(value: Decimal | None, target: Decimal | None) -> Decimal | None:
    """完成全年目标 %: cumulative value / annual target × 100 (71.15 of 61 → 116.64)."""
    if value is None or target is None or target == 0:
        return None
    return value / target * HUNDRED


def increment_completion_pct(value: Decimal | None, target: Decimal | None, base: Decimal | None) -> Decimal | None:
    """For a stock with a year-end target: how far it has come from last year's end toward the target
    (140,000 of a way from 130,000 to 145,613 → 64.05%). None when there is no way to go."""
    if value is None or target is None or base is None or target <= base:
        return None
    return (value - base) / (target - base) * HUNDRED


def gap_pp(completion: Decimal | None, time_progress: Decimal) -> Decimal | None:
    """超(+)/低于(−)时间进度, in 百分点: completion − time progress (12.85 at 1-2月 → −3.82)."""
    if completion is None:
        return None
    return completion - time_progress


def derived_growth_pct(value: Decimal | None, prior: Decimal | None) -> Decimal | None:
    """同比 from two values, used only when no official rate was published."""
    if value is None or prior is None or prior == 0:
        return None
    return (value - prior) / abs(prior) * HUNDRED


def project_full_year(
    ytd: Decimal | None,
    month: int,
    *,
    last_year_same_period: Decimal | None,
    last_year_full: Decimal | None,
) -> tuple[Decimal | None, str]:
    """Full-year projection from 1-N月: ytd ÷ (last year's 1-N月 share of its full year).

    Falls back to a linear ytd × 12/N when last year's figures are missing or zero.
    """
    if ytd is None:
        return None, ProjectionMethod.NONE
    if month == 12:
        return ytd, ProjectionMethod.LAST_YEAR_SHARE
    if last_year_same_period and last_year_full and last_year_same_period > 0 and last_year_full > 0:
        share = last_year_same_period / last_year_full
        return ytd / share, ProjectionMethod.LAST_YEAR_SHARE
    return ytd * Decimal(12) / Decimal(month), ProjectionMethod.LINEAR


def competition_ranks(values: Mapping[K, Decimal | None], *, higher_better: bool = True) -> dict[K, int]:
    """Rank keys by value, best first; ties share a rank and the next rank skips (1, 2, 2, 4).

    Keys whose value is None are left out.
    """
    present = [(k, v) for k, v in values.items() if v is not None]
    present.sort(key=lambda kv: kv[1], reverse=higher_better)  # type: ignore[arg-type, return-value]
    ranks: dict[K, int] = {}
    previous: Decimal | None = None
    rank = 0
    for position, (key, value) in enumerate(present, start=1):
        if value != previous:
            rank = position
            previous = value
        ranks[key] = rank
    return ranks


@dataclass(frozen=True)
class Rules:
    """红黄牌 thresholds, read from the zone's CardRules."""

    yellow_lag_pp: Decimal = Decimal(5)
    red_lag_pp: Decimal = Decimal(10)
    yellow_when_growth_below_target: bool = True
    red_after_yellow_months: int = 2


@dataclass
class Verdict:
    card: str
    reasons: list[str] = field(default_factory=list)


def _pp(value: Decimal) -> str:
    from yuanqu.core.money import fmt

    return fmt(abs(value), 2)


def card_for(
    *,
    rules: Rules,
    kind: str,
    direction: str,
    completion: Decimal | None,
    time_progress: Decimal,
    growth: Decimal | None,
    target_growth: Decimal | None,
    previous_cards: Sequence[str] = (),
) -> Verdict:
    """The card of one unit's indicator for one month.

    - Flow and count indicators compare completion with time progress; stock and rate indicators
      with the full target (a share or a stock is due in full at any time).
    - Yellow: lags by more than ``yellow_lag_pp``, or growth below the target growth.
    - Red: lags by more than ``red_lag_pp``, or yellow while the previous
      ``red_after_yellow_months − 1`` months were yellow or red.
    - No card (Card.NONE) when there is neither an amount target nor a growth target to compare.
    ``previous_cards`` runs from the most recent month backwards.
    """
    higher = direction != Direction.LOWER_BETTER
    has_measure = False
    verdict = Verdict(Card.GREEN)

    if completion is not None and higher:
        has_measure = True
        due = time_progress if kind in (IndicatorKind.FLOW, IndicatorKind.COUNT) else HUNDRED
        lag = due - completion
        label = "时间进度" if due is time_progress else "目标"
        if lag > rules.red_lag_pp:
            verdict.card = Card.RED
            verdict.reasons.append(f"完成率落后{label}{_pp(lag)}个百分点")
        elif lag > rules.yellow_lag_pp:
            verdict.card = Card.YELLOW
            verdict.reasons.append(f"完成率落后{label}{_pp(lag)}个百分点")

    if growth is not None and target_growth is not None:
        has_measure = True
        below = growth < target_growth if higher else growth > target_growth
        if rules.yellow_when_growth_below_target and below:
            if verdict.card == Card.GREEN:
                verdict.card = Card.YELLOW
            word = "低于" if higher else "高于"
            verdict.reasons.append(f"增速{word}目标{_pp(growth - target_growth)}个百分点")

    if not has_measure:
        return Verdict(Card.NONE)

    streak = rules.red_after_yellow_months
    if verdict.card == Card.YELLOW and streak >= 2:
        earlier = list(previous_cards)[: streak - 1]
        if len(earlier) == streak - 1 and all(c in (Card.YELLOW, Card.RED) for c in earlier):
            verdict.card = Card.RED
            verdict.reasons.append(f"连续{streak}个月黄牌")
    return verdict
