from decimal import Decimal
from typing import Any

from django import template

from yuanqu.core.money import fmt_display

register = template.Library()


@register.filter
def in_unit(value: Decimal | None, indicator: Any) -> str:
    """A base-unit amount shown in the indicator's display unit (元 → 亿元)."""
    if value is None or value == "":
        return "—"
    return fmt_display(value, indicator.unit, indicator.decimals)
