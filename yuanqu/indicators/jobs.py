"""Background jobs of economic operations. Run on Celery workers in production and in-process
(eager) in the embedded default. A job takes ids, loads objects and calls an action."""

from __future__ import annotations

from celery import shared_task

from yuanqu.indicators import actions
from yuanqu.org.models import Zone


@shared_task(name="indicators.recompute_assessments")
def recompute_assessments(zone_id: int, years: list[int]) -> int:
    """Recompute the cards of a zone for the given years (after its 红黄牌 rules changed)."""
    zone = Zone.objects.get(pk=zone_id)
    return sum(actions.assessment_compute(zone=zone, year=year) for year in years)
