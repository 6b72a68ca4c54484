"""Reads behind the monthly bulletin: a zone's assessments of one month, the zone-total figures,
and the months that have data. Each is one query with its joins applied."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from yuanqu.core.errors import DomainError
from yuanqu.indicators.models import Assessment, Figure
from yuanqu.org.choices import UnitType
from yuanqu.org.models import Zone


def zone_resolve(*, name: str | None = None) -> Zone:
    """The zone a bulletin is for: by name or short name, or the only zone there is."""
    if name:
        zone = Zone.objects.filter(name=name).first() or Zone.objects.filter(short_name=name).first()
        if zone is None:
            raise DomainError(f"未找到开发区「{name}」", code="unknown_zone")
        return zone
    zones = list(Zone.objects.all()[:2])
    if not zones:
        raise DomainError("系统中还没有开发区", code="unknown_zone")
    if len(zones) > 1:
        names = "、".join(Zone.objects.values_list("name", flat=True))
        raise DomainError(f"系统中有多个开发区（{names}），请用 --zone 指定其一", code="ambiguous_zone")
    return zones[0]


ASSESSMENT_ROW_FIELDS = (
    "unit_id", "indicator_id", "value", "growth_pct", "target_value", "target_growth_pct", "completion_pct",
    "gap_pp", "growth_gap_pp", "rank_growth", "rank_completion", "card", "reasons",
    "unit__name", "unit__type", "unit__sort_order",
    "indicator__name", "indicator__code", "indicator__unit", "indicator__kind", "indicator__decimals",
)  # fmt: skip


def assessment_rows_for_month(*, zone: Zone, year: int, month: int) -> QuerySet[Assessment, dict[str, Any]]:
    """Every unit × indicator assessment of a zone for 1-N月 as plain rows (``ASSESSMENT_ROW_FIELDS``,
    unit and indicator joined), in indicator then unit order. Plain rows, not instances: a city's
    36 000 assessments load in a fraction of the time."""
    return (
        Assessment.objects.filter(unit__zone=zone, year=year, month=month)
        .order_by("indicator__sort_order", "indicator__code", "unit__sort_order", "unit__name")
        .values(*ASSESSMENT_ROW_FIELDS)
    )


def zone_total_figure_flags(*, zone: Zone, year: int, month: int) -> dict[int, tuple[str, bool]]:
    """indicator id → (status, growth_derived) of the zone-total unit's 1-N月 figures (for 预计 and
    derived-growth marks)."""
    rows = Figure.objects.filter(unit__zone=zone, unit__type=UnitType.ZONE, year=year, month=month).values_list(
        "indicator_id", "status", "growth_derived"
    )
    return {indicator_id: (status, derived) for indicator_id, status, derived in rows}


def months_with_data(*, zone: Zone) -> list[tuple[int, int]]:
    """(year, month) pairs that have assessments for the zone, newest first."""
    rows = (
        Assessment.objects.filter(unit__zone=zone).values_list("year", "month").distinct().order_by("-year", "-month")
    )
    return list(rows)


def latest_month_with_data(*, zone: Zone) -> tuple[int, int] | None:
    row = Assessment.objects.filter(unit__zone=zone).order_by("-year", "-month").values_list("year", "month").first()
    return (row[0], row[1]) if row else None
