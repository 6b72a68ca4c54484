"""Who may see and change which unit's data. Used by selectors, views and the API alike."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from yuanqu.org.choices import Role
from yuanqu.org.models import Unit

ZONE_WIDE_READERS = {Role.ADMIN, Role.STATISTICS, Role.LEADER, Role.VIEWER}
ZONE_WIDE_WRITERS = {Role.ADMIN, Role.STATISTICS}


def reads_zone_wide(user: Any) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or user.role in ZONE_WIDE_READERS))


def writes_zone_wide(user: Any) -> bool:
    return bool(user.is_authenticated and (user.is_superuser or user.role in ZONE_WIDE_WRITERS))


def is_reporter(user: Any) -> bool:
    return bool(user.is_authenticated and not user.is_superuser and user.role == Role.REPORTER)


def readable_units(user: Any) -> QuerySet[Unit]:
    """Units whose data the user may read: all for zone-wide roles, their own for a reporter."""
    if reads_zone_wide(user):
        return Unit.objects.all()
    if is_reporter(user) and user.unit_id:
        return Unit.objects.filter(pk=user.unit_id)
    return Unit.objects.none()


def can_read_unit(user: Any, unit: Unit | int) -> bool:
    unit_id = unit if isinstance(unit, int) else unit.pk
    if reads_zone_wide(user):
        return True
    return is_reporter(user) and user.unit_id == unit_id


def can_write_unit(user: Any, unit: Unit | int) -> bool:
    """Statistics staff and admins write every unit; a reporter only their own."""
    unit_id = unit if isinstance(unit, int) else unit.pk
    if writes_zone_wide(user):
        return True
    return is_reporter(user) and user.unit_id == unit_id


def can_manage_catalogue(user: Any) -> bool:
    """Indicator catalogue, targets and card rules: statistics staff and admins."""
    return writes_zone_wide(user)
