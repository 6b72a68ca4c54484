"""Recording writes in the change log. Called by actions inside their transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.db import models

from yuanqu.core.models import ChangeLog


def plain(value: Any) -> Any:
    """A field value as JSON for the log (Decimals normalised, dates ISO, records as ids)."""
    if isinstance(value, Decimal):
        # Normalised so that 10.0000 read back from the database equals 10 as given.
        return f"{value.normalize():f}"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, models.Model):
        return value.pk
    return value


def snapshot(instance: models.Model, fields: Iterable[str]) -> dict[str, Any]:
    """The given fields of a record as JSON-ready values (foreign keys as ids)."""
    out = {}
    for name in fields:
        field = instance._meta.get_field(name)
        attname = getattr(field, "attname", name)
        out[name] = plain(getattr(instance, attname))
    return out


def changed_only(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The fields of an update whose value changed, before and after."""
    changed = {k for k in after if before.get(k) != after.get(k)}
    return {k: v for k, v in before.items() if k in changed}, {k: v for k, v in after.items() if k in changed}


def record_change(
    *,
    instance: models.Model,
    action: str,
    user: Any | None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    source: str = "",
) -> ChangeLog:
    """Write one change-log row for ``instance``; unchanged fields are left out of an update."""
    before = before or {}
    after = after or {}
    if action == ChangeLog.Action.UPDATE:
        before, after = changed_only(before, after)
    return ChangeLog.objects.create(
        model=instance._meta.label_lower,
        object_id=str(instance.pk),
        object_repr=str(instance)[:255],
        action=action,
        user=user if getattr(user, "is_authenticated", False) else None,
        before=before,
        after=after,
        source=source,
    )


def history_for(instance: models.Model) -> models.QuerySet[ChangeLog]:
    """The change log of one record, newest first, with the user joined."""
    return ChangeLog.objects.filter(model=instance._meta.label_lower, object_id=str(instance.pk)).select_related("user")
