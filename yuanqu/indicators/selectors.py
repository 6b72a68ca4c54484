"""Reads for the economic-operations pages and API: querysets with their joins, and small
dataclasses for the dashboard and rankings. Every selector takes the user and scopes to what the
user may read."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Max, QuerySet

from yuanqu.core.money import fmt, from_base
from yuanqu.core.periods import period_label, time_progress
from yuanqu.indicators.choices import Card
from yuanqu.indicators.models import Assessment, Figure, Indicator, Target
from yuanqu.org import access
from yuanqu.org.choices import UnitType
from yuanqu.org.models import Unit, Zone

# ---------------------------------------------------------------- scope


def zone_total_unit(zone: Zone) -> Unit | None:
    return Unit.objects.filter(zone=zone, type=UnitType.ZONE).first()


def home_unit(user: Any, zone: Zone) -> Unit | None:
    """The unit a user's overview shows: the zone total for zone-wide readers, a reporter's own unit."""
    if access.reads_zone_wide(user):
        return zone_total_unit(zone)
    return user.unit if access.is_reporter(user) else None


def units_for(user: Any, zone: Zone) -> QuerySet[Unit]:
    return access.readable_units(user).filter(zone=zone).select_related("parent")


def indicators() -> QuerySet[Indicator]:
    return Indicator.objects.filter(is_active=True)


def latest_period(unit: Unit) -> tuple[int, int] | None:
    """(year, month) of the latest figure of a unit, or None."""
    row = Figure.objects.filter(unit=unit).aggregate(year=Max("year"))
    if row["year"] is None:
        return None
    month = Figure.objects.filter(unit=unit, year=row["year"]).aggregate(m=Max("month"))["m"]
    return row["year"], month


def next_entry_period(unit: Unit | None, *, today: date) -> tuple[int, int]:
    """The period a unit reports next: the month after its latest figure, else last month."""
    latest = latest_period(unit) if unit else None
    if latest:
        year, month = latest
        return (year, month + 1) if month < 12 else (year + 1, 1)
    return (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)


def available_years(unit: Unit) -> list[int]:
    return sorted(set(Figure.objects.filter(unit=unit).values_list("year", flat=True)), reverse=True)


# ---------------------------------------------------------------- display rows


def display(value: Decimal | None, indicator: Indicator) -> str:
    return fmt(from_base(value, indicator.unit), indicator.decimals)


@dataclass
class IndicatorCard:
    """One indicator of a unit on the overview: its 1-N月 figure, target standing and sparkline."""

    indicator: Indicator
    year: int
    month: int | None
    value: Decimal | None = None
    growth_pct: Decimal | None = None
    growth_derived: bool = False
    status: str = ""
    completion_pct: Decimal | None = None
    time_progress_pct: Decimal | None = None
    gap_pp: Decimal | None = None
    card: str = Card.NONE
    reasons: list[str] = field(default_factory=list)
    target_value: Decimal | None = None
    target_growth_pct: Decimal | None = None
    rank_growth: int | None = None
    rank_size: int | None = None
    spark: list[float | None] = field(default_factory=list)

    @property
    def value_display(self) -> str:
        return display(self.value, self.indicator)

    @property
    def period(self) -> str:
        return period_label(self.month) if self.month else ""

    @property
    def progress_bar(self) -> float:
        return float(min(self.completion_pct or 0, Decimal(100)))

    @property
    def time_bar(self) -> float:
        return float(self.time_progress_pct or 0)


def unit_cards(*, unit: Unit, year: int, month: int | None = None) -> list[IndicatorCard]:
    """Every active indicator of a unit for a year with its latest month (or ``month``) — three queries."""
    figures = list(
        Figure.objects.filter(unit=unit, year=year, **({"month__lte": month} if month else {}))
        .only("indicator_id", "month", "value", "growth_pct", "growth_derived", "status")
        .order_by("month")
    )
    assessments = {
        (a.indicator_id, a.month): a
        for a in Assessment.objects.filter(unit=unit, year=year, **({"month__lte": month} if month else {}))
    }
    series: dict[int, dict[int, Figure]] = defaultdict(dict)
    for fig in figures:
        series[fig.indicator_id][fig.month] = fig
    cards: list[IndicatorCard] = []
    for indicator in indicators():
        points = series.get(indicator.pk, {})
        last_month = max(points) if points else None
        card = IndicatorCard(indicator=indicator, year=year, month=last_month)
        if last_month:
            fig = points[last_month]
            card.value, card.growth_pct, card.growth_derived, card.status = (
                fig.value,
                fig.growth_pct,
                fig.growth_derived,
                fig.get_status_display(),
            )
            a = assessments.get((indicator.pk, last_month))
            if a:
                card.completion_pct, card.time_progress_pct, card.gap_pp = (
                    a.completion_pct,
                    a.time_progress_pct,
                    a.gap_pp,
                )
                card.card, card.reasons = a.card, a.reasons
                card.target_value, card.target_growth_pct = a.target_value, a.target_growth_pct
                card.rank_growth, card.rank_size = a.rank_growth, a.rank_size
            else:
                card.time_progress_pct = time_progress(last_month)
            card.spark = [_spark_point(points.get(m), indicator) for m in range(1, 13)]
        cards.append(card)
    return cards


def _spark_point(figure: Figure | None, indicator: Indicator) -> float | None:
    """A sparkline point: the value in the display unit, or the growth rate of a growth-only figure."""
    if figure is None:
        return None
    shown = from_base(figure.value, indicator.unit)
    if shown is not None:
        return float(shown)
    return float(figure.growth_pct) if figure.growth_pct is not None else None


def card_counts(cards: list[IndicatorCard]) -> dict[str, int]:
    counts = {Card.GREEN: 0, Card.YELLOW: 0, Card.RED: 0, Card.NONE: 0}
    for c in cards:
        if c.month:
            counts[Card(c.card)] += 1
    return {str(k): v for k, v in counts.items()}


@dataclass
class MonthPoint:
    month: int
    this_year: Decimal | None
    last_year: Decimal | None
    growth_pct: Decimal | None


def indicator_series(*, unit: Unit, indicator: Indicator, year: int) -> list[MonthPoint]:
    """This year against last year by month, in the indicator's display unit."""
    rows = Figure.objects.filter(unit=unit, indicator=indicator, year__in=(year, year - 1)).values_list(
        "year", "month", "value", "growth_pct"
    )
    this: dict[int, tuple[Decimal | None, Decimal | None]] = {}
    last: dict[int, Decimal | None] = {}
    for y, m, value, growth in rows:
        if y == year:
            this[m] = (value, growth)
        else:
            last[m] = value
    points = []
    for m in range(1, 13):
        if m not in this and m not in last:
            continue
        value, growth = this.get(m, (None, None))
        points.append(
            MonthPoint(
                month=m,
                this_year=from_base(value, indicator.unit),
                last_year=from_base(last.get(m), indicator.unit),
                growth_pct=growth,
            )
        )
    return points


def assessments_for(
    *, user: Any, zone: Zone, year: int, month: int, indicator: Indicator | None = None, unit: Unit | None = None
) -> QuerySet[Assessment]:
    """Assessments of the units a user may read, with unit and indicator joined."""
    qs = Assessment.objects.filter(unit__in=units_for(user, zone), year=year, month=month).select_related(
        "unit", "indicator"
    )
    if indicator is not None:
        qs = qs.filter(indicator=indicator)
    if unit is not None:
        qs = qs.filter(unit=unit)
    return qs


def ranking(
    *, user: Any, zone: Zone, year: int, month: int, indicator: Indicator, by: str = "growth"
) -> list[Assessment]:
    """Units other than the zone total ranked by growth or completion; unranked units last."""
    rows = list(
        assessments_for(user=user, zone=zone, year=year, month=month, indicator=indicator).exclude(
            unit__type=UnitType.ZONE
        )
    )
    key = "rank_completion" if by == "completion" else "rank_growth"
    rows.sort(key=lambda a: (getattr(a, key) is None, getattr(a, key) or 0, a.unit.sort_order))
    return rows


def latest_month_for_zone(zone: Zone, year: int) -> int | None:
    return Assessment.objects.filter(unit__zone=zone, year=year).aggregate(m=Max("month"))["m"]


def carded(*, user: Any, zone: Zone, year: int, month: int) -> QuerySet[Assessment]:
    """The red and yellow list of a month, red first."""
    return (
        assessments_for(user=user, zone=zone, year=year, month=month)
        .filter(card__in=(Card.RED, Card.YELLOW))
        .order_by("-card", "unit__sort_order", "indicator__sort_order")
    )


def targets_for(*, user: Any, zone: Zone, year: int, unit: Unit | None = None) -> QuerySet[Target]:
    qs = Target.objects.filter(unit__in=units_for(user, zone), year=year).select_related(
        "unit", "indicator", "lead_unit"
    )
    return qs.filter(unit=unit) if unit else qs


def figures_for(*, user: Any, zone: Zone | None = None) -> QuerySet[Figure]:
    qs = Figure.objects.filter(unit__in=access.readable_units(user)).select_related("unit", "indicator", "updated_by")
    return qs.filter(unit__zone=zone) if zone else qs


def previous_figure(*, unit: Unit, indicator: Indicator, year: int, month: int) -> Figure | None:
    """The latest figure of the same year before ``month`` (for the entry form's checks)."""
    return Figure.objects.filter(unit=unit, indicator=indicator, year=year, month__lt=month).order_by("-month").first()
