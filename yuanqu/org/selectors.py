"""Reads of the organisation shared by every app."""

from __future__ import annotations

from typing import Any

from yuanqu.org.models import Zone


def zone_for(user: Any) -> Zone | None:
    """The zone a user works in: their unit's zone, else the first zone (an account without a unit)."""
    unit = getattr(user, "unit", None)
    if unit is not None:
        return unit.zone
    return Zone.objects.order_by("pk").first()
