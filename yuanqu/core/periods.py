"""Reporting periods: 1-N月 labels and 时间进度 (time progress)."""

from __future__ import annotations

from decimal import Decimal

QUARTER_LABELS = {3: "一季度", 6: "上半年", 9: "前三季度", 12: "全年"}


def period_label(month: int, *, first_month: int = 1) -> str:
    """'1-N月' for a year-to-date period (January alone is '1月')."""
    if month == first_month == 1:
        return "1月"
    return f"1-{month}月"


def time_progress(month: int) -> Decimal:
    """时间进度 in percent for the period 1-N月: N/12 × 100 (1-2月 = 16.67, 1-6月 = 50).

    Indicators first reported for 1-2月 have no January point, so their first progress is 2/12.
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return Decimal(month) * Decimal(100) / Decimal(12)
