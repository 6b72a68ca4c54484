"""Periods as documents name them: a year (2024年, 二〇二四年), a year-to-date span (1-11月, 前10个月,
一至三季度, 一季度, 上半年, 前三季度, 三季度末, 全年, 11月底, 截至9月) → months [first, last]."""

from __future__ import annotations

import re
from decimal import Decimal

from yuanqu.docintel.engine.numbers import parse_number

YEAR_RE = re.compile(
    r"(?<![比较])((?:19|20)\d{2}|[二][〇零][一二三四五六七八九〇零][〇零一二三四五六七八九])\s*年(?!均|度?以来)"
)
_M = r"(\d{1,2}|[一二两三四五六七八九十]{1,3})"
# 1-11月, 一至三月, and 前10个月 (the first ten months)
SPAN_RE = re.compile(rf"(?<![\d.])(?:(?:1|一)\s*[-—–~～至到]|前)\s*{_M}\s*个?月")
QUARTERS = {
    "一季度": [1, 3],
    "第一季度": [1, 3],
    "上半年": [1, 6],
    "前三季度": [1, 9],
    "一至三季度": [1, 9],
    "二季度": [4, 6],
    "三季度": [7, 9],
    "四季度": [10, 12],
    "全年": [1, 12],
    "下半年": [7, 12],
    # the end of a quarter is a point in time: the figures reached by then are of the year so far
    "一季度末": [1, 3],
    "二季度末": [1, 6],
    "三季度末": [1, 9],
    "第二季度末": [1, 6],
    "第三季度末": [1, 9],
}
QUARTER_RE = re.compile("|".join(sorted(QUARTERS, key=len, reverse=True)))
SINGLE_MONTH_RE = re.compile(rf"(?<![\d\-—–~～至到]){_M}\s*月份?\s*(?:当月|单月)")
MONTH_END_RE = re.compile(rf"(?:截至|截止到?|至)\s*{_M}\s*月(?:底|末)?|(?<![\d\-—至到])\b{_M}\s*月(?:底|末|份以来)")


def _month(token: str) -> int | None:
    value = parse_number(token)
    if value is None or not 1 <= value <= 12:
        return None
    return int(value)


# a year named only as the base of a comparison (在2025年基础上增长10%, 与2025年相比) is not the period
# of the figure
BASE_YEAR_RE = re.compile(
    r"在\s*(?:(?:19|20)\d{2})\s*年[^，,。；;在]{0,30}?基础上|与\s*(?:(?:19|20)\d{2})\s*年(?:同期)?相比"
)


def _unbased(text: str) -> str:
    if "基础上" in text or "相比" in text:
        return BASE_YEAR_RE.sub(lambda m: " " * len(m.group(0)), text)
    return text


def find_year(text: str) -> int | None:
    """The first year named in ``text``, or None."""
    for match in YEAR_RE.finditer(_unbased(text)):
        value = parse_number(match.group(1).replace("〇", "零"))
        if value is None:
            digits = "".join(
                "0123456789"["〇一二三四五六七八九".index(c)] if c in "〇一二三四五六七八九" else "0"
                for c in match.group(1)
            )
            value = Decimal(digits)
        year = int(value)
        if 1949 < year < 2200:
            return year
    return None


def find_years(text: str) -> list[int]:
    years = []
    for match in YEAR_RE.finditer(_unbased(text)):
        year = find_year(match.group(0))
        if year and year not in years:
            years.append(year)
    return years


# a period named only as the base of a comparison (增速比上半年提高0.8个百分点, 降幅比1-8月收窄,
# 较一季度回升) is not the period of the figure
COMPARED_RE = re.compile(
    rf"(?:[比较]|与)\s*(?:(?:1|一)\s*[-—–~～至到]\s*{_M}\s*月份?|{QUARTER_RE.pattern}|{_M}\s*月份?(?![底末]))"
)


def find_months(text: str) -> list[int] | None:
    """The year-to-date span named in ``text`` as [first, last] month, or None."""
    best: tuple[int, list[int]] | None = None
    if "比" in text or "较" in text or "与" in text:
        text = COMPARED_RE.sub(lambda m: " " * len(m.group(0)), text)
    if "月" in text:
        single = SINGLE_MONTH_RE.search(text)  # 9月当月 / 9月份单月: that month alone
        if single and (month := _month(single.group(1))):
            return [month, month]
    for match in SPAN_RE.finditer(text):
        last = _month(match.group(1))
        if last:
            best = (match.start(), [1, last])
            break
    for match in QUARTER_RE.finditer(text):
        if best is None or match.start() < best[0]:
            best = (match.start(), QUARTERS[match.group(0)])
        break
    if best is None:
        for match in MONTH_END_RE.finditer(text):
            last = _month(match.group(1) or match.group(2))
            if last:
                best = (match.start(), [1, last])
                break
    return best[1] if best else None
