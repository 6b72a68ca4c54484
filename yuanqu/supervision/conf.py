"""Settings of 督查督办, each with its default (names to put in .env / settings)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings


def _get(name: str, default: Any) -> Any:
    return getattr(settings, f"YUANQU_SUPERVISION_{name}", default)


def due_day() -> int:
    """Day of the next month by which a month's report is due (seed 004: 每月6日前)."""
    return int(_get("DUE_DAY", 6))


def remind_days() -> int:
    """Days before the due day on which the reminder goes out."""
    return int(_get("REMIND_DAYS", 3))


def reply_days() -> int:
    """Days a unit has to answer a 督办单."""
    return int(_get("REPLY_DAYS", 5))


def card_scores() -> dict[str, Decimal]:
    scores = _get("CARD_SCORES", {"green": 100, "yellow": 80, "red": 60})
    return {k: Decimal(str(v)) for k, v in scores.items()}


def annual_weights() -> dict[str, Decimal]:
    """Weights of the annual score: monthly evaluations and goal completion (they should sum to 1)."""
    weights = _get("ANNUAL_WEIGHTS", {"monthly": 0.7, "completion": 0.3})
    return {k: Decimal(str(v)) for k, v in weights.items()}


def bottom_count() -> int:
    return int(_get("BOTTOM_COUNT", 3))


def attachment_max_mb() -> int:
    """Largest attachment of a monthly report, in MB."""
    return int(_get("ATTACHMENT_MAX_MB", 20))


def unit_card_scores() -> dict[str, Decimal]:
    """A unit's monthly card from its average task score: green at or above ``green``, yellow at or
    above ``yellow``, red below. (One red task among thirty does not make the whole street red.)"""
    scores = _get("UNIT_CARD_SCORES", {"green": 90, "yellow": 75})
    return {k: Decimal(str(v)) for k, v in scores.items()}
