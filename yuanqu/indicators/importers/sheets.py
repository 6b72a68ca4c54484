"""A worksheet as rows of cells, its header (one or two rows, merged cells) and what its title says.

Detects the layout of a sheet from its header row: a target table (目标名称/目标内容), a long table
(单位 + 指标 columns), one unit's sheet (指标名称 column, 填报单位 above) or a unit × indicator matrix
(indicator names across the header).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from yuanqu.indicators.importers.cells import (
    MONTH_RANGE,
    find_period,
    fold,
    key,
    measure_unit,
    plain,
    split_unit,
)
from yuanqu.indicators.importers.lookup import IndicatorMatch, Lookup

UNIT_SHEET, LONG, MATRIX, TARGETS = "unit_sheet", "long", "matrix", "targets"

# Column roles.
NAME, ORG, MEASURE, UNIT_OR_MEASURE = "name", "org", "measure", "unit?"
VALUE, MONTH_VALUE, PRIOR, GROWTH = "value", "month_value", "prior_value", "growth_pct"
YEAR, MONTH, STATUS, NOTE, IGNORE = "year", "month", "status", "note", "ignore"
CONTENT, EXPECTED, STRETCH, LEAD = "content", "expected", "stretch", "lead"
FIGURE_ROLES = {VALUE, MONTH_VALUE, PRIOR, GROWTH}

NAME_KEYS = {"指标名称", "指标", "指标名", "项目", "指标项目", "主要指标", "名称", "目标名称", "项目名称"}
ORG_KEYS = {
    "单位名称",
    "填报单位",
    "报送单位",
    "街道",
    "街道名称",
    "部门",
    "街道(产业办)",
    "单位/街道",
    "地区",
    "责任单位名称",
}
YEAR_KEYS = {"年", "年份", "年度"}
MONTH_KEYS = {"月", "月份", "截至月份", "截止月份", "期间", "时期", "报告期", "统计期"}
TARGET_KEYS = {
    "目标内容": CONTENT,
    "目标值": CONTENT,
    "全年目标": CONTENT,
    "年度目标": CONTENT,
    "预期目标": EXPECTED,
    "拼搏目标": STRETCH,
    "力争目标": STRETCH,
    "牵头责任单位": LEAD,
    "牵头单位": LEAD,
}
IGNORE_WORDS = (
    "目标",
    "进度",
    "排名",
    "排位",
    "位次",
    "比重",
    "占比",
    "完成率",
    "百分点",
    "差距",
    "序号",
    "环比",
    "增减额",
    "增加额",
    "增长额",
    "增量",
    "预测",
    "责任单位",
)
GROWTH_WORDS = ("同比", "增长", "增幅", "增速", "±", "增减", "增降")
PRIOR_WORDS = ("上年", "去年", "同期")
VALUE_WORDS = ("累计", "绝对值", "绝对额", "完成", "实绩", "数值", "金额", "总量", "本年", "今年", "本期", "实际")
FOOTNOTE = re.compile(
    r"^(?:注|说明|备注|附注|填报人|填表人|审核人|负责人|单位负责人|统计负责人|制表|联系人|联系电话|电话|"
    r"数据来源|资料来源|报出日期|填报日期|填表日期)\s*(?:\d|[:：、.．]|$)"
)
MATRIX_SKIP = {"合计", "小计", "总计", "备注", "说明", "排名"}
STATUS_WORDS = {"预计": "estimate", "快报": "flash", "初步": "flash", "正式": "final", "年报": "final"}
LINE_FIELD = re.compile(
    r"(填报单位|报送单位|填表单位|报表单位|单位名称|金额单位|计量单位|数量单位|单位)\s*:\s*([^\s:]+)"
)


class Grid:
    """A worksheet's cell values; ``filled`` reads a merged cell's value from any of its cells."""

    def __init__(self, ws: Any):
        self.name: str = ws.title
        self.rows: list[list[Any]] = [list(r) for r in ws.iter_rows(values_only=True)]
        while self.rows and all(v is None or plain(v) == "" for v in self.rows[-1]):
            self.rows.pop()
        self.width = max((len(r) for r in self.rows), default=0)
        self.merged: dict[tuple[int, int], tuple[int, int]] = {}
        self.ranges: list[tuple[int, int, int, int]] = []
        for rng in ws.merged_cells.ranges:
            r0, c0, r1, c1 = rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1
            self.ranges.append((r0, c0, r1, c1))
            if (r1 - r0 + 1) * (c1 - c0 + 1) > 10_000:
                continue
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    if (r, c) != (r0, c0):
                        self.merged[(r, c)] = (r0, c0)

    def value(self, r: int, c: int, *, filled: bool = False) -> Any:
        if filled and (r, c) in self.merged:
            r, c = self.merged[(r, c)]
        row = self.rows[r] if r < len(self.rows) else []
        return row[c] if c < len(row) else None

    def text(self, r: int, c: int, *, filled: bool = False) -> str:
        return plain(self.value(r, c, filled=filled))

    def texts(self, r: int) -> list[str]:
        return [self.text(r, c) for c in range(self.width)]


@dataclass
class Column:
    """A header column: its text as written (two header rows joined by '/') and what it holds."""

    index: int
    label: str
    parts: tuple[str, ...]
    role: str | None = None
    month: int | None = None
    year: int | None = None
    unit: str | None = None
    match: IndicatorMatch | None = None  # matrix: the indicator the column belongs to


@dataclass
class Header:
    layout: str
    first: int  # 0-based rows
    last: int
    columns: list[Column]

    @property
    def excel_row(self) -> int:
        return self.first + 1

    def find(self, *roles: str) -> Column | None:
        for column in self.columns:
            if column.role in roles:
                return column
        return None

    def all(self, role: str) -> list[Column]:
        return [c for c in self.columns if c.role == role]


@dataclass
class Preamble:
    """What the lines above the table say: title period, 「单位：亿元」, 「填报单位：…」, 预计/快报."""

    texts: list[tuple[int, str]] = field(default_factory=list)  # (Excel row, text)
    year: int | None = None
    month: int | None = None
    period_row: int | None = None
    period_text: str = ""
    amount_unit: str | None = None
    bad_amount_unit: tuple[int, str, str] | None = None  # (row, label, text)
    reporter: tuple[int, str, str] | None = None  # (row, label, unit text)
    status: str | None = None


def classify(parts: tuple[str, ...]) -> str | None:
    """The role of a figure column from its header text ('1-6月累计' → value, '同比±%' → growth)."""
    last = key(parts[-1]) if parts else ""
    text = re.sub(r"1[-至~—]本月", "累计", key("".join(parts)))
    if last in NAME_KEYS:
        return NAME
    if last == "计量单位":
        return MEASURE
    if last == "单位":
        return UNIT_OR_MEASURE
    if last in ORG_KEYS:
        return ORG
    if last in YEAR_KEYS:
        return YEAR
    if last in MONTH_KEYS:
        return MONTH
    if last in ("状态", "数据状态", "数据类型"):
        return STATUS
    if last in ("备注", "说明"):
        return NOTE
    if any(w in text for w in IGNORE_WORDS):
        return IGNORE
    # A bare 「6月」 over a column is that month alone; 「1-6月」 is the year to date.
    monthly = any(w in text for w in ("本月", "当月", "单月")) or bool(re.fullmatch(r"\d{1,2}月份?", text))
    if any(w in text for w in GROWTH_WORDS):
        return IGNORE if monthly else GROWTH
    if any(w in text for w in PRIOR_WORDS):
        return IGNORE if monthly else PRIOR
    if monthly:
        return MONTH_VALUE
    if any(w in text for w in VALUE_WORDS) or MONTH_RANGE.search(text) or find_period(text) != (None, None):
        return VALUE
    return None


def is_footnote(texts: list[str]) -> bool:
    first = next((t for t in texts if t), "")
    return bool(FOOTNOTE.match(fold(first)))


def _has_number(grid: Grid, r: int) -> bool:
    return (
        any(isinstance(v, (int, float, Decimal)) and not isinstance(v, bool) for v in grid.rows[r])
        if r < len(grid.rows)
        else False
    )


def _header_end(grid: Grid, r: int) -> int:
    """The last row of a header starting at ``r``: merged cells down or across mean a second row."""
    last = r
    for r0, _c0, r1, c1 in grid.ranges:
        if r0 == r and r1 > r:
            last = max(last, min(r1, r + 2))
        elif r0 == r and c1 > _c0:
            last = max(last, r + 1)
    nxt = r + 1
    if last == r and nxt < len(grid.rows) and not _has_number(grid, nxt) and not grid.text(nxt, 0):
        roles = [classify((t,)) for t in grid.texts(nxt) if t]
        if roles and any(role in FIGURE_ROLES for role in roles):
            last = nxt
    return min(last, len(grid.rows) - 1)


def _columns(grid: Grid, first: int, last: int) -> list[Column]:
    columns = []
    for c in range(grid.width):
        parts: list[str] = []
        for r in range(first, last + 1):
            t = grid.text(r, c, filled=True)
            if t and t not in parts:
                parts.append(t)
        if parts:
            columns.append(Column(index=c, label="/".join(parts), parts=tuple(parts)))
    return columns


def _looks_like_measure(grid: Grid, column: int, start: int) -> bool:
    """Whether a column headed 「单位」 holds units of measure (亿元, %) rather than the zone's units."""
    seen = measures = 0
    for r in range(start, min(start + 40, len(grid.rows))):
        t = grid.text(r, column)
        if t:
            seen += 1
            measures += bool(measure_unit(t) or "%" in fold(t))
    return seen == 0 or measures * 2 >= seen


def detect(grid: Grid, lookup: Lookup) -> Header | None:
    """Find the header row among the first rows of the sheet and the sheet's layout."""
    for r in range(min(30, len(grid.rows))):
        keys = [key(t) for t in grid.texts(r)]
        if not any(keys):
            continue
        has_targets = any(TARGET_KEYS.get(k) in (CONTENT, EXPECTED, STRETCH) for k in keys)
        if has_targets and any(k in NAME_KEYS for k in keys):
            # 「全年目标」 beside 「1-6月累计」 is a unit's figure sheet, not a target table.
            figure_columns = any(classify((t,)) in FIGURE_ROLES for t in grid.texts(r) if t)
            if "目标名称" in keys or not figure_columns:
                return _target_header(grid, r)
        header = _figure_header(grid, r)
        if header is not None:
            return header
        header = _matrix_header(grid, r, lookup)
        if header is not None:
            return header
    return None


def _target_header(grid: Grid, r: int) -> Header:
    columns = _columns(grid, r, r)
    for column in columns:
        k = key(column.label)
        column.role = TARGET_KEYS.get(k) or (NAME if k in NAME_KEYS else IGNORE)
        column.year = find_period(column.label)[0]
    return Header(TARGETS, r, r, columns)


def _figure_header(grid: Grid, r: int) -> Header | None:
    roles = [classify((t,)) for t in grid.texts(r)]
    if NAME not in roles:
        return None
    last = _header_end(grid, r)
    columns = _columns(grid, r, last)
    for column in columns:
        column.role = classify(column.parts)
        _, column.unit = split_unit(column.parts[-1])
        if column.unit is None and len(column.parts) > 1:
            _, column.unit = split_unit(column.parts[0])
        column.year, column.month = find_period("".join(column.parts))
        if column.role == UNIT_OR_MEASURE:
            has_other = any(c.role in (MEASURE, YEAR, MONTH) for c in columns if c is not column)
            column.role = ORG if has_other or not _looks_like_measure(grid, column.index, last + 1) else MEASURE
    years = [c.year for c in columns if c.role == VALUE and c.year is not None]
    for column in columns:
        if column.role == VALUE and column.year is not None and column.year < max(years):
            column.role = PRIOR  # 「2020年1-6月」 beside 「2021年1-6月」 is 上年同期
    names = [c for c in columns if c.role == NAME]
    for extra in names[1:]:
        extra.role = IGNORE
    if any(c.role == ORG for c in columns):
        return Header(LONG, r, last, columns)
    if any(c.role in FIGURE_ROLES for c in columns):
        return Header(UNIT_SHEET, r, last, columns)
    return None


def _matrix_header(grid: Grid, r: int, lookup: Lookup) -> Header | None:
    texts = grid.texts(r)
    filled = [(c, t) for c, t in enumerate(texts) if t]
    if len(filled) < 2 or not any(lookup.indicator(t) for _c, t in filled[1:]):
        return None
    last = _header_end(grid, r)
    columns = _columns(grid, r, last)
    unit_column = next((c for c in columns if key(c.parts[0]) in ORG_KEYS | {"单位", "名称"}), None)
    if unit_column is None:
        unit_column = next((c for c in columns if classify(c.parts[:1]) != IGNORE), None)
        if unit_column is None or lookup.indicator(unit_column.parts[0]):
            # The unit column has no header text: it is the first column before the indicators.
            start = next((c.index for c in columns if classify(c.parts[:1]) != IGNORE), 0)
            unit_column = Column(index=max(start - 1, 0), label="单位", parts=("单位",))
            columns = [c for c in columns if c.index != unit_column.index] + [unit_column]
            columns.sort(key=lambda c: c.index)
    for column in columns:
        if column is unit_column:
            column.role = ORG
            continue
        top, rest = column.parts[0], column.parts[1:]
        column.match = lookup.indicator(top)
        if column.match is None and (key(top) in MATRIX_SKIP or classify(column.parts[:1]) == IGNORE):
            column.role = IGNORE
            continue
        column.year, column.month = find_period("".join(rest))
        column.unit = column.match.unit if column.match else None
        if rest:
            column.role = classify(rest) or VALUE
            column.unit = split_unit(rest[-1])[1] or column.unit
        else:
            column.role = GROWTH if column.match and column.match.growth else VALUE
    return Header(MATRIX, r, last, columns)


def read_preamble(grid: Grid, header: Header, footer_start: int | None = None) -> Preamble:
    """The title lines above the header (and, for 填报单位 only, the lines below the table)."""
    pre = Preamble()
    lines = list(range(0, header.first))
    if footer_start is not None:
        lines += list(range(footer_start, len(grid.rows)))
    for r in lines:
        for c in range(grid.width):
            t = grid.text(r, c)
            if not t:
                continue
            folded = fold(t)
            above = r < header.first
            if above:
                pre.texts.append((r + 1, t))
            for m in LINE_FIELD.finditer(folded):
                label, value = m.group(1), re.sub(r"\(盖章\)$", "", m.group(2))
                unit = measure_unit(re.split(r"[、,/;]", value)[0])
                if label in ("金额单位", "计量单位", "数量单位") or (label == "单位" and unit):
                    if above and unit and pre.amount_unit is None:
                        pre.amount_unit = unit
                    elif above and not unit and pre.bad_amount_unit is None:
                        pre.bad_amount_unit = (r + 1, label, value)
                elif pre.reporter is None:
                    pre.reporter = (r + 1, label, value)
            if not above or LINE_FIELD.search(folded):
                continue
            year, month = find_period(folded)
            if year is not None and pre.year is None:
                pre.year, pre.period_row, pre.period_text = year, r + 1, t
            if month is not None and pre.month is None:
                pre.month, pre.period_row, pre.period_text = month, r + 1, t
            for word, status in STATUS_WORDS.items():
                if word in folded and pre.status is None:
                    pre.status = status
    return pre
