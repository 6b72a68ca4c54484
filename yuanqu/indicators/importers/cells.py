"""Reading the cells of the zone's statistical sheets: numbers, names, periods and units of measure.

Sheets are typed by hand in many bureaus, so the readers here are tolerant of full-width
characters, stray spaces, thousands separators, 「—」 for "not given" and units written after a
name（亿元）, but never guess a number out of text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any

from yuanqu.core.money import UNITS

# Cells meaning "no figure given" (not zero).
EMPTY_MARKS = {"", "-", "--", "—", "——", "–", "/", "\\", "…", "...", "无", "空", "x", "×"}
NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?|[+-]?\.\d+")
UNIT_SYNONYMS = {"亿": "亿元", "万": "万元", "万美金": "万美元", "亿美金": "亿美元", "百分比": "%", "个百分点": "%"}
BRACKETS = str.maketrans({"〔": "(", "〕": ")", "【": "(", "】": ")", "［": "(", "］": ")", "[": "(", "]": ")"})
ENUM_PREFIX = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\)|\d+(?:[、]|\.(?!\d))|[①-⑳]|其中:?|[#*])\s*"
)
DATE_TEXT = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
CN_DIGITS = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
    "十三": 13,
}
MONTH_NUM = r"(\d{1,2}|十[一二三]?|[一二三四五六七八九])"
YEAR = re.compile(r"((?:19|20|21)\d{2})\s*年")
MONTH_RANGE = re.compile(r"(?<!\d)(?:1|一)\s*[-—–~～至到－]+\s*" + MONTH_NUM + r"\s*月")
MONTH_SINGLE = re.compile(r"(?<![\d\-—–~～至到])" + MONTH_NUM + r"\s*月")
QUARTER_WORDS = (
    ("前三季度", 9),
    ("1-3季度", 9),
    ("第一季度", 3),
    ("一季度", 3),
    ("1季度", 3),
    ("上半年", 6),
    ("全年", 12),
)


class NotANumber(ValueError):
    """A number cell holds text that is not a number."""


def plain(value: Any) -> str:
    """A cell as text, as the person typed it (2021.0 → '2021'); empty for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d")
    return str(value).strip()


def fold(text: str) -> str:
    """Full-width to half-width, brackets unified: the form compared and searched."""
    return unicodedata.normalize("NFKC", text).translate(BRACKETS).replace("\u2212", "-")


def key(text: str) -> str:
    """The matching key of a name: folded, without any whitespace, case-insensitive."""
    return re.sub(r"\s+", "", fold(text)).casefold()


def parse_number(value: Any) -> Decimal | None:
    """A number cell: numbers and numeric text ('1,234.5', '12.3%', ' 5 '); None when not given."""
    if value is None:
        return None
    if isinstance(value, (bool, datetime, date, time)):
        raise NotANumber(plain(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise NotANumber(plain(value))
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    text = re.sub(r"\s+", "", fold(str(value)))
    if text in EMPTY_MARKS:
        return None
    if text == "持平":
        return Decimal(0)
    if text.endswith("%"):
        text = text[:-1]
    if not NUMBER.fullmatch(text):
        raise NotANumber(str(value).strip())
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
        raise NotANumber(str(value).strip()) from None


def is_empty(value: Any) -> bool:
    return re.sub(r"\s+", "", fold(plain(value))) in EMPTY_MARKS


def measure_unit(text: str) -> str | None:
    """A unit of measure as the catalogue spells it ('亿元', '万美元', '%'), or None."""
    t = re.sub(r"\s+", "", fold(text))
    t = UNIT_SYNONYMS.get(t, t)
    return t if t in UNITS else None


def split_unit(label: str) -> tuple[str, str | None]:
    """'规上工业总产值（亿元）' → ('规上工业总产值', '亿元'); text in brackets that is no unit stays."""
    t = fold(label).strip()
    m = re.fullmatch(r"(.*?)\s*\(([^()]*)\)\s*", t)
    if m:
        inner = re.split(r"[、,，/;；]", m.group(2))[0]
        unit = measure_unit(inner)
        if unit:
            return m.group(1).strip(), unit
    return t, None


def clean_name(label: str) -> str:
    """A row label without its numbering and 「其中：」 ('（一）规上工业总产值' → '规上工业总产值')."""
    t = fold(label).strip()
    while True:
        stripped = ENUM_PREFIX.sub("", t, count=1).strip()
        if stripped == t:
            return t
        t = stripped


def _month_number(text: str) -> int:
    return int(text) if text.isdigit() else CN_DIGITS[text]


def find_period(text: str) -> tuple[int | None, int | None]:
    """Year and last month of 1-N月 written in a title or header ('2021年1-6月', '2021年上半年', '6月')."""
    t = DATE_TEXT.sub(" ", fold(text))
    ym = YEAR.search(t)
    year = int(ym.group(1)) if ym else None
    for pattern in (MONTH_RANGE, MONTH_SINGLE):
        m = pattern.search(t)
        if m:
            return year, _month_number(m.group(1))
    folded = re.sub(r"\s+", "", t)
    for word, month in QUARTER_WORDS:
        if word in folded:
            return year, month
    return year, None


def find_year(text: str) -> int | None:
    m = YEAR.search(DATE_TEXT.sub(" ", fold(text)))
    return int(m.group(1)) if m else None
