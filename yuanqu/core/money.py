"""Units of measure: base-unit storage and display conversion (亿元, 万元, 万美元…).

Money is stored in yuan (or US dollars, kept apart and never added to yuan); counts and areas
as written. Display converts; storage never does.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CNY = "CNY"
USD = "USD"

# display unit → (multiplier to the base unit, currency or "")
UNITS: dict[str, tuple[Decimal, str]] = {
    "元": (Decimal(1), CNY),
    "千元": (Decimal(1000), CNY),
    "万元": (Decimal(10_000), CNY),
    "亿元": (Decimal(100_000_000), CNY),
    "美元": (Decimal(1), USD),
    "万美元": (Decimal(10_000), USD),
    "亿美元": (Decimal(100_000_000), USD),
    "%": (Decimal(1), ""),
    "家": (Decimal(1), ""),
    "个": (Decimal(1), ""),
    "户": (Decimal(1), ""),
    "亩": (Decimal(1), ""),
    "人": (Decimal(1), ""),
    "项": (Decimal(1), ""),
    "件": (Decimal(1), ""),
    "栋": (Decimal(1), ""),
    "次": (Decimal(1), ""),
}
UNIT_CHOICES = [(u, u) for u in UNITS]


def scale(unit: str) -> Decimal:
    """Multiplier from ``unit`` to its base unit (亿元 → 10⁸)."""
    try:
        return UNITS[unit][0]
    except KeyError:
        raise ValueError(f"未知计量单位「{unit}」") from None


def currency(unit: str) -> str:
    return UNITS.get(unit, (Decimal(1), ""))[1]


def same_dimension(a: str, b: str) -> bool:
    """Whether two display units measure the same thing (亿元 and 万元 yes; 亿元 and 万美元 no)."""
    if a == b:
        return True
    if a not in UNITS or b not in UNITS:
        return False
    ca, cb = UNITS[a][1], UNITS[b][1]
    return bool(ca) and ca == cb


def to_base(value: Decimal | None, unit: str) -> Decimal | None:
    if value is None:
        return None
    return value * scale(unit)


def from_base(value: Decimal | None, unit: str) -> Decimal | None:
    if value is None:
        return None
    return value / scale(unit)


def quantize(value: Decimal | None, places: int = 2) -> Decimal | None:
    if value is None:
        return None
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt(value: Decimal | None, places: int = 2, *, dash: str = "—") -> str:
    """A number for tables and sentences: fixed places, half-up, no exponent."""
    q = quantize(value, places)
    if q is None:
        return dash
    return f"{q:f}"


def fmt_display(value: Decimal | None, unit: str, places: int = 2) -> str:
    """A base-unit value shown in ``unit`` (22610000000 in 亿元 → '226.10')."""
    return fmt(from_base(value, unit), places)
