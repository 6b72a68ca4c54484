"""Reads behind the monthly bulletin: a zone's assessments of one month, the zone-total figures,
and the months that have data. Each is one query with its joins applied."""

from __future__ import annotations

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


def zone_for_user(user) -> Zone | None:
    """The zone of the user's unit, else the first zone."""
    unit = getattr(user, "unit", None)
    if unit is not None:
        return unit.zone
    return Zone.objects.first()


def assessments_for_month(*, zone: Zone, year: int, month: int) -> QuerySet[Assessment]:
    """Every unit × indicator assessment of a zone for 1-N月, with unit and indicator joined,
    in indicator then unit order."""
    return (
        Assessment.objects.filter(unit__zone=zone, year=year, month=month)
        .select_related("unit", "indicator")
        .order_by("indicator__sort_order", "indicator__code", "unit__sort_order", "unit__name")
    )


def zone_total_figures(*, zone: Zone, year: int, month: int) -> QuerySet[Figure]:
    """The zone-total unit's figures of 1-N月 (for the 预计 status and derived-growth flags)."""
    return Figure.objects.filter(unit__zone=zone, unit__type=UnitType.ZONE, year=year, month=month).only(
        "indicator_id", "status", "growth_derived"
    )


def months_with_data(*, zone: Zone) -> list[tuple[int, int]]:
    """(year, month) pairs that have assessments for the zone, newest first."""
    rows = (
        Assessment.objects.filter(unit__zone=zone).values_list("year", "month").distinct().order_by("-year", "-month")
    )
    return list(rows)


def latest_month_with_data(*, zone: Zone) -> tuple[int, int] | None:
    row = Assessment.objects.filter(unit__zone=zone).order_by("-year", "-month").values_list("year", "month").first()
    return (row[0], row[1]) if row else None
