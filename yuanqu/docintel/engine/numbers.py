"""Numbers as documents write them: Arabic (with thousands separators) or Chinese numerals
(cn2an), a magnitude (万, 亿, 万亿), and the unit that decides the base value.

Money goes to yuan or US dollars (``yuanqu.core.money``), counts stay counts, areas stay 亩,
shares stay percent.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import cn2an

CN_DIGITS = "〇零一二两三四五六七八九十百千"
# a number: Arabic, or Chinese numerals (not a lone 十/百/千, which are usually words)
NUM = rf"(?:\d[\d,，]*(?:\.\d+)?|[{CN_DIGITS}]{{2,}}(?:点[〇零一二三四五六七八九]+)?|[一二两三四五六七八九])"

MAGNITUDE = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000)}
MONEY = {"元": "CNY", "美元": "USD"}
COUNT_UNITS = ("家", "个", "户", "人", "栋", "件")
AREA_UNITS = ("亩",)


def parse_number(token: str) -> Decimal | None:
    """'1,263.4' → 1263.4; '三十五' → 35; '十二点五' → 12.5; None when it is not a number."""
    token = token.strip().replace(",", "").replace("，", "")
    if not token:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", token):
        return Decimal(token)
    try:
        value = cn2an.cn2an(token.replace("〇", "零"), "smart")
    except (ValueError, KeyError, IndexError):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def base_value(value: Decimal, magnitude: str, unit: str) -> tuple[Decimal, str, str]:
    """(value in the base unit, display unit as written, currency) for a number, its magnitude and
    unit: (226.1, 亿, 元) → (22610000000, 亿元, CNY); (6000, 万, 美元) → (60000000, 万美元, USD);
    (3.2, 万, 人) → (32000, 万人, '')."""
    multiplier = MAGNITUDE.get(magnitude, Decimal(1))
    currency = MONEY.get(unit, "")
    return value * multiplier, f"{magnitude}{unit}", currency


def as_json_number(value: Decimal | None) -> int | float | None:
    """A Decimal for JSON: an int when integral, else a float rounded to 6 places."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return round(float(value), 6)
