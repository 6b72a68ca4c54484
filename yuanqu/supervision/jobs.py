"""Background jobs of 督查督办. Run on Celery workers in production and in-process (eager) in the
embedded default. A job takes ids or plain values, loads objects and calls an action."""

from __future__ import annotations

from datetime import date
from typing import Any

from celery import shared_task
from django.utils import timezone

from yuanqu.org.models import Zone
from yuanqu.supervision import actions


def daily_round(today: date, zone_ids: list[int] | None = None) -> dict[str, Any]:
    """The daily round (报送提醒、催办、督办单) of every zone, or of ``zone_ids``, as a JSON-ready summary.

    Each zone runs in its own transaction, so one zone's failure does not undo another's notices."""
    zones = Zone.objects.order_by("pk")
    if zone_ids is not None:
        zones = zones.filter(pk__in=zone_ids)
    out: dict[str, Any] = {"date": today.isoformat(), "zones": []}
    totals = {"reminders": 0, "urges": 0, "supervisions": 0, "evaluated": 0}
    for zone in zones:
        result = actions.supervision_daily(zone=zone, today=today, source="supervision_daily")
        figures = {k: getattr(result, k) for k in totals}
        out["zones"].append({"zone": zone.name, **figures})
        for k, v in figures.items():
            totals[k] += v
    out["totals"] = totals
    return out


@shared_task(name="supervision.daily")
def supervision_daily(day: str | None = None, zone_ids: list[int] | None = None) -> dict[str, Any]:
    """The daily round for every zone (``day`` as YYYY-MM-DD, default today in the zone's time).

    Schedule it with celery beat, e.g. in settings::

        CELERY_BEAT_SCHEDULE = {
            "supervision-daily": {"task": "supervision.daily", "schedule": crontab(hour=8, minute=0)},
        }
    """
    today = date.fromisoformat(day) if day else timezone.localdate()
    return daily_round(today, zone_ids)
