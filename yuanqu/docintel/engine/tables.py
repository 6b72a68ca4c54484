"""Statistics tables (主要经济指标完成情况表): an indicator per row, figures column by column.

Tables arrive as tab-separated lines (see ``reader``). A table starts at a header row that names an
indicator column (指标, 指标名称, 项目, 主要指标) and at least one figure column:

    指标 | 单位 | 1-10月（亿元） | 同比增长% | 全年目标 | 完成目标%

Each column is classed by its header: a value (累计, 1-N月, 本月, 本年, 完成, 绝对值, 总量, 金额…), a
growth rate (同比增长%, 增速, 同比±%, 比上年增长), a target (全年目标, 年计划, 目标值), a completion rate
(完成目标%, 完成率, 占年度目标%), a unit (单位, 计量单位), or the prior period (上年同期), which is
left out. A two-line header (a period spanning columns, then the column names) is read as one: the
period names the year and months of the columns under it. The table goes on across section rows
(one filled cell) and blank lines, and ends at a line without a tab or at another table.

Each row gives an ``actual`` fact (``estimate`` when the header or the caption says 预计) with its
value, growth and completion, a single-month fact for a 本月 column beside a cumulative one, and a
``target`` fact of the table's year when the target column has a figure. The period comes from the
column's header, else the caption line above the table, else the document (its year and the period
its title names). The unit of a row comes from the unit column, else the brackets of its name
(规模以上工业总产值（亿元）), else the column header, else the caption (单位：万元).

A table of units turns this around: a sub-unit per row, an indicator per column.

    单位 | 规上工业总产值（亿元） | 增速（%） | 固定资产投资增速（%） | 综合排名
    产业链 | 链长 | 2025年规上工业总产值目标（亿元） | 2027年规上工业企业（家）

Its header opens with a unit column (单位, 街道, 园区, 产业链…); a column named by an indicator holds its
values, a bare growth column (增速（%）) is the growth of the indicator to its left, a column named
X增速 holds X's growth alone, and ranks, scores and leaders (排名, 得分, 链长) are left out. Each cell
gives a fact of the row's unit, named 指标（单位）; a total row (合计, 全区) is the zone's own figure.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from yuanqu.docintel.engine import lexicon as lx
from yuanqu.docintel.engine.docmeta import DocContext
from yuanqu.docintel.engine.facts import SIZE_THRESHOLD, Fact, same_figure, whole_of_part
from yuanqu.docintel.engine.numbers import base_value, parse_number
from yuanqu.docintel.engine.periods import find_months, find_year
from yuanqu.docintel.engine.tasks import HEADER_RE as TASK_HEADER_RE
from yuanqu.docintel.engine.tasks import TAG_RE

# ------------------------------------------------------------------ headers

INDICATOR_HEAD_RE = re.compile(r"^(?:主要|经济|统计|主要经济)?指标(?:名称)?(?:[（(][^（）()]*[)）])?$|^项目$")
UNIT_HEAD_RE = re.compile(r"^(?:计量)?单位$")
COMPLETION_HEAD_RE = re.compile(
    r"完成.{0,6}?(?:目标|计划|预算|任务)|(?:目标|计划|预算|任务)完成|完成率|完成进度|占.{0,4}?(?:目标|计划|预算|任务)"
)
# a list of projects (项目 | 总投资 | 年度计划投资 | 完成投资): project amounts are no indicator facts
PROJECT_HEAD_RE = re.compile(r"投资|建设内容|建设规模|建设地点|开工|竣工|投产")
DIFFERENCE_HEAD_RE = re.compile(r"(?:增减|增长|减少)(?:额|量|值|数)|增加(?:额|量|数)|增量")
# a plan's table (指标 | 2020年 | 2025年 | 年均增长（%） | 属性): an average annual rate is no growth of a
# year, and an attribute column (预期性/约束性) marks the table as a plan's
AVERAGE_HEAD_RE = re.compile(r"年均|平均")
ATTRIBUTE_HEAD_RE = re.compile(r"^(?:指标)?(?:属性|性质)$")
GROWTH_HEAD_RE = re.compile(r"增长|增速|增幅|增减|±|同比|比上年|比去年|较上年")
TARGET_HEAD_RE = re.compile(r"目标|计划|预算|预期")
PRIOR_HEAD_RE = re.compile(r"上年|去年|上期|同期|基期")
VALUE_HEAD_RE = re.compile(
    r"累计|本月|当月|本年|完成|绝对值|总量|总额|金额|数值|实绩|实际|本期|预计|数量|[1一]\s*[-—至~]\s*本月"
)
MONTHLY_HEAD_RE = re.compile(r"(?<![-—至~])(?:本月|当月|单月)")
CUMULATIVE_HEAD_RE = re.compile(r"累计|[1一]\s*[-—至~]\s*(?:本月|\d{1,2}\s*月)")
MONTH_HEAD_RE = re.compile(r"^(?:(?:19|20)\d{2}年)?(\d{1,2})月份?(?:当月|单月)?$")
BARE_MONTH_RE = re.compile(r"(?<![\d\-—至~])(\d{1,2})\s*月")
BRACKET_RE = re.compile(r"[（(]([^（）()]{1,12})[)）]")
CAPTION_UNIT_RE = re.compile(r"单位\s*[:：]\s*([^\s，,；;）)、]+)")
TARGET_CAPTION_RE = re.compile(r"目标|计划|预期")
REVIEW_CAPTION_RE = re.compile(r"完成|情况|运行|进度|实绩|总结|回顾|回眸")
FIGURE_KINDS = ("value", "growth", "target", "completion")
# a table of units: the header of its first column, and the columns that hold no figure of a unit
UNIT_ROW_HEAD_RE = re.compile(
    r"^(?:单位|单位名称|地区|区域|街道|园区|片区|乡镇|镇街|板块|功能区|产业链|产业链名称|链条|分局|"
    r"街道[（(]园区[)）]|园区[（(]街道[)）]|街道[、/／]园区|园区[、/／]街道)$"
)
RANK_HEAD_RE = re.compile(
    r"排名|排序|名次|位次|得分|分数|分值|加减分|加分|扣分|总分|等次|等级|链长|负责|牵头|备注|序号|红黄|亮牌"
)
# 目标 or 计划 in a column of a table of units; 预算 is no tier there (一般公共预算收入)
WIDE_TARGET_RE = re.compile(r"目标|计划|预期")
TOTAL_ROW_RE = re.compile(r"^(?:合计|总计|全区|全县|全市|全镇|全街道|全园区|开发区|全开发区)$")
WIDE_TRIM_RE = re.compile(r"^(?:(?:19|20)\d{2}年)|(?:目标值?|预计|完成情况|完成)$")

# ------------------------------------------------------------------ units and numbers

UNIT_RE = re.compile(
    r"^(?P<mag>万亿|亿|万|千)?(?P<unit>美元|元|家|个|项|户|人|名|亩|平方公里|平方千米|平方米|㎡|吨|件|栋|套|辆|台)$"
)
PERCENT_RE = re.compile(r"^(?:[%％]|百分比|百分点)$")
NUMBER_CELL_RE = re.compile(
    r"^(?P<verb>增长|下降|减少|增加)?\s*(?P<sign>[-−－–+])?\s*(?P<num>\d[\d,，]*(?:\.\d+)?)\s*(?P<unit>[^\d\s]{1,5})?$"
)
SPACE_RE = re.compile(r"\s+")
NOTE_MARK_RE = re.compile(r"[*＊①-⑳]+$")  # a footnote mark after a figure (356.2*)
EMPTY_CELL_RE = re.compile(r"^[—\-－–/／…_＿×\s]*$")

# ------------------------------------------------------------------ row names

NAME_LEAD_RE = re.compile(
    r"^(?:其中[：:，,]?|[#＃△▲·•*\-—]+|\d{1,2}\s*[.．、]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])\s*"
)
GROWTH_NAME_RE = re.compile(r"(?:同比)?(?:增速|增幅|增长率|增长)$")
# the higher of two target columns: 预期目标 | 拼搏目标 (奋斗, 挑战)
HIGHER_TIER_HEAD_RE = re.compile(r"拼搏|奋斗|挑战")
# a growth column named by no indicator, in a table of units: 同比（%）, 同比±%, 比上年增长
BARE_GROWTH_HEAD_RE = re.compile(r"^(?:同比|比上年|较上年|比去年同期|比上年同期)?(?:增减|增长|增速|增幅|±)?[%％]?$")
NOT_NAME_RE = re.compile(r"^(?:[\d.,，年月日\-—至]+|合计|总计|小计|序号)$")
SECTION_LINE_MAX = 30
CAPTION_MAX = 60


@dataclass(frozen=True)
class Unit:
    """A unit as written (亿元) and what ``base_value`` needs: magnitude (亿) and base unit (元)."""

    magnitude: str
    base: str

    @property
    def display(self) -> str:
        return f"{self.magnitude}{self.base}"


PERCENT = Unit("", "%")


def parse_unit(text: str) -> Unit | None:
    """'亿元' → Unit('亿', '元'); '万美元' → Unit('万', '美元'); '%' → PERCENT; None when no unit."""
    text = re.sub(r"\s+", "", text)
    if PERCENT_RE.match(text):
        return PERCENT
    m = UNIT_RE.match(text)
    return Unit(m.group("mag") or "", m.group("unit")) if m else None


@dataclass
class Column:
    """One column of a statistics table, as its header describes it."""

    index: int
    kind: str  # indicator | unit | value | growth | target | completion | prior | average | attribute | other
    year: int | None = None
    months: list[int] | None = None
    unit: Unit | None = None
    monthly: bool = False  # 本月 / 当月: the single month, beside the cumulative figure
    cumulative: bool = False  # 累计 / 1-本月 said in so many words
    estimate: bool = False  # 预计
    for_target: bool = False  # a target's growth rate (目标增速)
    month: int | None = None  # the month a 本月 column names (9月)
    header: str = ""  # the header as written


def _plain(cell: str) -> str:
    return SPACE_RE.sub("", TAG_RE.sub("", cell))


def _bracket_unit(text: str) -> Unit | None:
    """The unit a header names in brackets: 规上工业总产值（亿元）, 增速（%）, 金额（单位：万元）."""
    for m in BRACKET_RE.finditer(text):
        if unit := parse_unit(re.sub(r"^单位[:：]", "", m.group(1))):
            return unit
    return None


def _figure_row(cells: list[str]) -> bool:
    """A row that holds a figure, or a task table's header: no header of a statistics table."""
    return bool(TASK_HEADER_RE.search("\t".join(cells))) or any(_is_number_cell(c) for c in cells if c.strip())


def classify_header(cell: str, index: int = 0) -> Column:
    """What a header cell says its column holds, with the period and unit the header names."""
    text = _plain(cell)
    unit = _bracket_unit(text)
    core = BRACKET_RE.sub("", text)
    column = Column(index, "other", year=find_year(core), months=find_months(core), unit=unit, header=cell)
    if not core:
        column.kind = "other"
    elif INDICATOR_HEAD_RE.match(text) or INDICATOR_HEAD_RE.match(core):
        column.kind = "indicator"
    elif UNIT_HEAD_RE.match(core):
        column.kind = "unit"
    elif AVERAGE_HEAD_RE.search(core):
        column.kind = "average"
    elif ATTRIBUTE_HEAD_RE.match(core):
        column.kind = "attribute"
    elif DIFFERENCE_HEAD_RE.search(core):
        column.kind = "other"  # an absolute change (增减额), not a rate
    elif COMPLETION_HEAD_RE.search(core):
        column.kind = "completion"
    elif GROWTH_HEAD_RE.search(core):
        column.kind = "growth"
        column.for_target = bool(TARGET_HEAD_RE.search(core))
    elif TARGET_HEAD_RE.search(core):
        column.kind = "target"
    elif PRIOR_HEAD_RE.search(core):
        column.kind = "prior"
    elif VALUE_HEAD_RE.search(core) or column.months or column.year:
        column.kind = "value"
    elif (single := MONTH_HEAD_RE.match(core)) and 1 <= int(single.group(1)) <= 12:
        column.kind, column.months = "value", [int(single.group(1))] * 2  # 9月 beside 1-9月
    column.cumulative = bool(CUMULATIVE_HEAD_RE.search(core))
    column.monthly = bool(MONTHLY_HEAD_RE.search(core)) and not column.cumulative
    if column.monthly and column.months and column.months[0] == column.months[1]:
        column.month = column.months[0]
    elif column.monthly and (bare := BARE_MONTH_RE.search(core)) and 1 <= int(bare.group(1)) <= 12:
        column.month = int(bare.group(1))
    if column.months and column.months[0] == column.months[1] and column.months != [1, 1]:
        column.monthly, column.month = True, column.months[0]
    column.estimate = "预计" in core
    return column


def _is_number_cell(cell: str) -> bool:
    return bool(NUMBER_CELL_RE.match(_plain(cell))) and not find_year(cell) and "月" not in cell


def _header_columns(cells: list[str]) -> list[Column] | None:
    """The columns a header row names, or None when the row is no statistics-table header."""
    if _figure_row(cells):
        return None
    if any(len(_plain(c)) > 24 or PROJECT_HEAD_RE.search(c) for c in cells):
        return None
    columns = [classify_header(c, i) for i, c in enumerate(cells)]
    if not any(c.kind == "indicator" for c in columns) or not any(c.kind in FIGURE_KINDS for c in columns):
        return None
    return columns


def _sub_header(cells: list[str]) -> bool:
    """A second header row: column names only (绝对值 | 同比增长%), no indicator name, no figure."""
    filled = [c for c in cells if c.strip()]
    if not filled or any(_is_number_cell(c) for c in filled) or any(len(_plain(c)) > 24 for c in filled):
        return False
    kinds = [classify_header(c).kind for c in filled]
    return all(k != "other" for k in kinds) and any(k in FIGURE_KINDS for k in kinds)


def _period_row(cells: list[str]) -> bool:
    """A row above the header naming only periods that span columns (| 2024年1-9月 | | 9月 |)."""
    filled = [c for c in cells if c.strip()]
    if not filled or len(filled) == len(cells) or any(_is_number_cell(c) for c in filled):
        return False
    return all(
        (col := classify_header(c)).kind in ("value", "target", "prior") and (col.year or col.months) for c in filled
    )


def _merge_header(top: list[str], bottom: list[str]) -> list[Column]:
    """One row of columns from a two-line header: a top cell spans the empty top cells to its
    right, and gives the columns under it its period (and makes them targets or prior figures)."""
    columns: list[Column] = []
    span: Column | None = None
    for i in range(max(len(top), len(bottom))):
        upper = top[i] if i < len(top) else ""
        lower = bottom[i] if i < len(bottom) else ""
        if upper.strip():
            span = classify_header(upper, i)
        if not lower.strip() or _plain(lower) == _plain(upper):
            columns.append(classify_header(upper, i) if upper.strip() else Column(i, "other"))
            continue
        column = classify_header(lower, i)
        if span is not None and span.kind in ("value", "target", "prior"):
            if span.kind == "prior" and column.kind in ("value", "growth", "completion"):
                column.kind = "prior"
            elif span.kind == "target" and column.kind == "value":
                column.kind = "target"
            elif span.kind == "target" and column.kind == "growth":
                column.for_target = True
            column.year = column.year or span.year
            column.months = column.months or span.months
            column.unit = column.unit or span.unit
            column.monthly = (column.monthly or span.monthly) and not column.cumulative
            column.cumulative = column.cumulative or span.cumulative
            column.month = column.month or span.month
            column.estimate = column.estimate or span.estimate
        columns.append(column)
    return columns


@dataclass
class WideColumn:
    """A figure column of a table of units: the indicator it holds and what of it."""

    index: int
    name: str  # the indicator as written
    kind: str  # value | growth
    unit: Unit | None = None
    year: int | None = None
    months: list[int] | None = None
    target: bool = False  # 目标 in the header, or its year is after the table's
    growth: int | None = None  # the index of the growth column beside a value column
    completion: int | None = None  # the index of the completion column after a value column


# a column counting the projects of each unit, and a bare investment column of a table of units
PROJECT_COUNT_COLUMN_RE = re.compile(r"^(.{0,8}项目)(?:数|个数|数量)?$")
BARE_INVESTMENT_COLUMN_RE = re.compile(r"^(?:年度)?(?:计划)?(?:完成)?投资(?:额)?$")
BATCH_SIZE_COLUMN_RE = re.compile(r"^(?:签约|协议|合同)?(?:总投资|投资总额)$")


PROJECT_NAME_HEAD_RE = re.compile(r"^(?:项目名称|项目名|项目)$")
PROJECT_ROLES = (
    ("size", re.compile(r"总投资|投资总额")),
    ("plan", re.compile(r"计划.*投资|投资.*计划")),
    ("done", re.compile(r"完成.*投资")),
)


def _project_columns(cells: list[str]) -> dict[int, tuple[str, Unit | None]] | None:
    """The investment columns of a list of projects (项目名称 | 总投资 | 年度计划投资 | 完成投资), each with
    its role (size, plan, done) and unit; None when the header is no such list's."""
    if not cells or not PROJECT_NAME_HEAD_RE.match(_plain(cells[0])):
        return None
    roles: dict[int, tuple[str, Unit | None]] = {}
    for i, cell in enumerate(cells[1:], start=1):
        text = _plain(cell)
        role = next((r for r, pattern in PROJECT_ROLES if pattern.search(text)), None)
        if role is not None:
            roles[i] = (role, _bracket_unit(text))
    return roles or None


# the batch a list of projects is of, from its caption: 表1 2025年汝滨新材料产业园省市重点项目推进情况 → 省市重点项目
PROJECT_BATCH_RE = re.compile(r"([\u4e00-\u9fff\d]{1,28}?)项目(?:建设|推进|完成|进展|调度|计划|情况|表|清单|一览)")
BATCH_CUT_RE = re.compile(r"^.*(?:\d{4}年度?|年度|产业园|园区|开发区|高新区|经开区|片区|街道|新区|园|区)")


def _project_facts(table: StatTable, period: _Period, caption_unit: Unit | None) -> list[Fact]:
    """The batch's figures in a list of projects' total row (合计): its total size (总投资), the
    year's planned investment (a target of 完成投资) and the investment done."""
    found = PROJECT_BATCH_RE.search(table.caption)
    batch = (BATCH_CUT_RE.sub("", found.group(1)) if found else "") + "项目"
    names = {"size": batch + "总投资", "plan": batch + "完成投资", "done": batch + "完成投资"}
    out: list[Fact] = []
    for _line_no, line_start, line in table.rows:
        cells = _cells(line, line_start)
        if not cells or not TOTAL_ROW_RE.match(cells[0].text.replace(" ", "")):
            continue
        for index, (role, unit) in (table.projects or {}).items():
            number = _number(cells[index]) if index < len(cells) else None
            if number is None:
                continue
            fact = Fact(
                indicator=names[role],
                label=names[role],
                code=None,
                kind="target" if role == "plan" else ("estimate" if period.estimate else "actual"),
                year=period.year,
                months=[1, 12] if role in ("plan", "size") else list(period.months),
                start=cells[0].start,
                end=number.cell.end,
                in_table=True,
            )
            _set_value(fact, number, number.unit or unit or caption_unit)
            out.append(fact)
    return out


def _unit_column(cells: list[str]) -> int | None:
    """The column a table of units names its units in: the first, or the second after a rank
    (排名 | 单位 | …); None when the header is no table of units'."""
    for i, cell in enumerate(cells[:2]):
        if UNIT_ROW_HEAD_RE.match(_plain(cell)):
            return i
        if not RANK_HEAD_RE.search(_plain(cell)):
            return None
    return None


def _unit_row(cells: list[str]) -> list[Unit | None] | None:
    """The unit of each column, from a row under a header that gives units only: | （亿元） | （%） |."""
    units = [parse_unit(re.sub(r"^[（(]\s*(?:单位[:：])?|[)）]$", "", _plain(c))) if c.strip() else None for c in cells]
    filled = [c for c in cells if c.strip()]
    if not filled or any(u is None for u, c in zip(units, cells, strict=True) if c.strip()):
        return None
    return units


def _wide_columns(cells: list[str]) -> list[WideColumn] | None:
    """The figure columns of a table of units (see the module docstring), or None when ``cells`` is
    no header of one: its first cell names units and at least one column names an indicator."""
    first = _unit_column(cells)
    if first is None or len(cells) < first + 2:
        return None
    if _figure_row(cells):
        return None
    out: list[WideColumn] = []
    bare_targets: list[tuple[int, Unit | None, int | None]] = []
    for i, cell in enumerate(cells[first + 1 :], start=first + 1):
        text = _plain(cell)
        if not text or RANK_HEAD_RE.search(text) or len(text) > 30:
            continue
        unit = _bracket_unit(text)
        core = BRACKET_RE.sub("", text)
        year, months = find_year(core), find_months(core)
        target = bool(WIDE_TARGET_RE.search(core))
        name = core
        changed = True
        while changed:
            trimmed = WIDE_TRIM_RE.sub("", name)
            changed, name = trimmed != name, trimmed
        name = re.sub(r"^(?:1\s*[-—至~]\s*\d{1,2}月|[一二三四]季度|上半年|前三季度|全年|年度?)", "", name)
        growth_name = GROWTH_NAME_RE.search(name)
        base = name[: growth_name.start()] if growth_name else name
        rate = unit in (None, PERCENT)
        if rate and (
            COMPLETION_HEAD_RE.search(core) or BARE_GROWTH_HEAD_RE.match(core) or (growth_name and len(base) < 2)
        ):
            # 完成率（%）, 同比（%）, 增速（%）: the completion or the growth of the indicator to its left
            role = "completion" if COMPLETION_HEAD_RE.search(core) else "growth"
            left = next((c for c in reversed(out) if c.kind == "value" and getattr(c, role) is None), None)
            if left is not None and (role == "completion" or left.index == i - 1):
                setattr(left, role, i)
            continue
        if growth_name and rate:
            out.append(WideColumn(i, lx.normalize(base), "growth", PERCENT, year, months, target))
            continue
        if len(name) < 2 and target:
            bare_targets.append((i, unit, year))  # 年度目标（亿元）: whose target the columns beside it tell
            continue
        if len(name) < 2 or not re.search(r"[\u4e00-\u9fff]", name):
            continue
        out.append(WideColumn(i, lx.normalize(name), "value", unit, year, months, target))
    # 片区 | 重点项目数 | 年度计划投资 | 1~9月完成投资: the investment columns are the projects' counted
    subject = next((m.group(1) for c in out if (m := PROJECT_COUNT_COLUMN_RE.match(c.name))), "")
    batch = ""
    for c in sorted(out, key=lambda c: c.index):
        if c.name.startswith("其中") and batch:
            # 新签约项目（个） | 其中亿元以上项目（个）: the part of the count before it
            c.name = whole_of_part(c.name[2:], batch) or c.name[2:]
        elif BATCH_SIZE_COLUMN_RE.match(c.name) and batch:
            # 新签约项目（个） | 签约总投资（亿元）: the size of the batch counted before it
            c.name = batch + (c.name[2:] if c.name.startswith("签约") and "签约" in batch else c.name)
        elif c.name.endswith("项目"):
            batch = c.name
    for c in out:
        if subject and c.name.startswith(subject) and PROJECT_COUNT_COLUMN_RE.match(c.name):
            c.name = subject  # 重点项目数: the projects counted
        if BARE_INVESTMENT_COLUMN_RE.match(c.name):
            c.name = subject + "完成投资"  # a plan column is the target of the investment done
    for i, unit, year in bare_targets:
        # the target of the nearest figure column in the same unit, the one after it first
        # (年度目标 | 实际到位资金 | 完成率), else the one before it
        same_unit = [c for c in out if c.kind == "value" and not c.target and c.unit == unit]
        after = [c for c in same_unit if c.index > i]
        owner = after[0] if after else (same_unit[-1] if same_unit else None)
        if owner is not None:
            out.append(WideColumn(i, owner.name, "value", unit, year or owner.year, None, True))
    if not out:
        return None
    return sorted(out, key=lambda c: c.index)


# ------------------------------------------------------------------ tables


@dataclass
class StatTable:
    """A statistics table found in the text: its columns, its lines and the caption above it."""

    columns: list[Column]
    first_line: int
    last_line: int
    caption: str = ""
    rows: list[tuple[int, int, str]] = field(default_factory=list)  # (line number, line start, line)
    wide: list[WideColumn] | None = None  # a table of units: the indicator of each column
    unit_column: int = 0  # the column a table of units names its units in (after a rank: 1)
    projects: dict[int, tuple[str, Unit | None]] | None = None  # a list of projects: its investment columns

    @property
    def lines(self) -> set[int]:
        return set(range(self.first_line, self.last_line + 1))


def _caption(lines: list[str], before: int, skip: AbstractSet[int]) -> str:
    """The lines just above a table that are no part of it (a title, 单位：亿元), nearest first."""
    found: list[str] = []
    i = before - 1
    while i >= 0 and len(found) < 2:
        line = lines[i].strip()
        i -= 1
        if not line:
            continue
        if "\t" in line or i + 1 in skip or len(line) > CAPTION_MAX or line.endswith(("。", "；", ";")):
            break  # a paragraph of prose is no caption: its periods and 预计 are its own
        found.append(TAG_RE.sub("", line))
    return "\n".join(found)


def find_tables(text: str, skip: AbstractSet[int] = frozenset()) -> list[StatTable]:
    """The statistics tables of ``text``; lines in ``skip`` (task tables) are never part of one."""
    lines = text.split("\n")
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    tables: list[StatTable] = []
    current: StatTable | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in skip:
            current = None
            i += 1
            continue
        if "\t" not in line:
            if current is not None and line.strip() and not _section_line(lines, i, skip):
                current = None
            i += 1
            continue
        cells = line.split("\t")
        if (projects := _project_columns(cells)) is not None:
            # a list of projects: its rows are single projects, only its total row is the batch's
            current = StatTable([], i, i, _caption(lines, i, skip), projects=projects)
            tables.append(current)
            i += 1
            continue
        units = _unit_row(lines[i + 1].split("\t")) if i + 1 < len(lines) and "\t" in lines[i + 1] else None
        if units is not None:
            # 片区 | 重点项目数 | 年度计划投资 / | （个） | （亿元）: the header's units written under it
            cells = [
                f"{c}（{u.display}）" if u is not None and c.strip() and not _bracket_unit(_plain(c)) else c
                for c, u in zip(cells, [*units, *[None] * len(cells)], strict=False)
            ]
        columns = _header_columns(cells)
        wide = _wide_columns(cells) if columns is None else None
        if wide is not None:
            current = StatTable([], i, i + (units is not None), _caption(lines, i, skip), wide=wide)
            current.unit_column = _unit_column(cells) or 0
            tables.append(current)
            i += 1 + (units is not None)
            continue
        if columns is None:
            if current is not None:
                current.rows.append((i, starts[i], line))
                current.last_line = i
            i += 1
            continue
        first, last = i, i + (units is not None)
        if units is None and i + 1 < len(lines) and i + 1 not in skip and "\t" in lines[i + 1]:
            below = lines[i + 1].split("\t")
            if _sub_header(below):
                columns, last = _merge_header(cells, below), i + 1
        if first == last and i > 0 and i - 1 not in skip and "\t" in lines[i - 1]:
            above = lines[i - 1].split("\t")
            if _period_row(above) and (current is None or current.last_line < i - 1):
                columns, first = _merge_header(above, cells), i - 1
        caption = current.caption if current is not None else _caption(lines, first, skip)
        current = StatTable(columns, first, last, caption)
        tables.append(current)
        i = last + 1
    return tables


def _section_line(lines: list[str], i: int, skip: AbstractSet[int]) -> bool:
    """A short line without a tab inside a table is a section row whose empty cells were dropped
    (the Excel reader drops trailing empty cells) when a data row follows it."""
    line = lines[i].strip()
    if len(line) > SECTION_LINE_MAX or re.search(r"[。；;，,]", line):
        return False
    for j in range(i + 1, len(lines)):
        if lines[j].strip():
            return "\t" in lines[j] and j not in skip and _header_columns(lines[j].split("\t")) is None
    return False


def table_lines(tables: list[StatTable]) -> set[int]:
    """Line numbers of every table (headers, rows, section rows and blank lines between them)."""
    out: set[int] = set()
    for table in tables:
        out |= table.lines
    return out


def blank_lines(text: str, lines: set[int]) -> str:
    """``text`` with the given lines blanked out, every offset kept: the prose reader's view."""
    if not lines:
        return text
    parts = text.split("\n")
    for i in lines:
        if i < len(parts):
            parts[i] = " " * len(parts[i])
    return "\n".join(parts)


# ------------------------------------------------------------------ rows → facts


@dataclass
class _Cell:
    text: str
    start: int
    end: int


def _cells(line: str, line_start: int) -> list[_Cell]:
    out: list[_Cell] = []
    cursor = 0
    for raw in line.split("\t"):
        plain = TAG_RE.sub("", raw).strip()
        found = raw.find(plain) if plain else -1
        start = line_start + cursor + max(found, 0)
        out.append(_Cell(plain, start, start + len(plain)))
        cursor += len(raw) + 1
    return out


@dataclass
class _Number:
    value: Decimal
    unit: Unit | None
    cell: _Cell


def _number(cell: _Cell | None) -> _Number | None:
    """The figure of a cell: 1,263.4 / -3.2 / 5.2% / 下降3.2 / 500亿元; None for —, - or text."""
    if cell is None or EMPTY_CELL_RE.match(cell.text):
        return None
    m = NUMBER_CELL_RE.match(NOTE_MARK_RE.sub("", SPACE_RE.sub("", cell.text)))
    if not m:
        return None
    value = parse_number(m.group("num"))
    if value is None:
        return None
    unit = None
    if m.group("unit"):
        unit = parse_unit(m.group("unit"))
        if unit is None:
            return None
    if m.group("sign") in ("-", "−", "－", "–") or m.group("verb") in ("下降", "减少"):
        value = -value
    return _Number(value, unit, cell)


@dataclass
class _Layout:
    """Which columns feed which fact of a row."""

    value: Column | None = None
    growth: Column | None = None
    completion: Column | None = None
    month_value: Column | None = None
    month_growth: Column | None = None
    target: Column | None = None
    target_growth: Column | None = None
    target_high: Column | None = None  # the higher tier's column beside the target's (预期目标 | 拼搏目标)
    prior: Column | None = None  # the same period of the year before (2024年同期 | 绝对值)
    unit: Column | None = None
    name: int = 0


def _layout(columns: list[Column]) -> _Layout:
    layout = _Layout()
    layout.name = next(c.index for c in columns if c.kind == "indicator")
    layout.unit = next((c for c in columns if c.kind == "unit"), None)
    values = [c for c in columns if c.kind == "value"]
    years = sorted({c.year for c in values if c.year})
    layout.target = next((c for c in columns if c.kind == "target"), None)
    if len(years) >= 2 and layout.target is None and any(c.kind in ("average", "attribute") for c in columns):
        # a plan's table: the base year's column holds actuals, the plan year's column its targets
        layout.target = next(c for c in values if c.year == years[-1])
        values = [c for c in values if c is not layout.target]
        years = years[:-1]
    targets = [c for c in columns if c.kind == "target"]
    if len(targets) >= 2 and HIGHER_TIER_HEAD_RE.search(_plain(targets[1].header)):
        layout.target_high = targets[1]
    latest = years[-1] if years else None
    earlier = [c for c in values if latest and c.year and c.year < latest]
    layout.prior = next((c for c in columns if c.kind == "prior" and c.year), None) or (earlier[0] if earlier else None)
    values = [c for c in values if c not in earlier]  # the prior year's figures
    layout.value = next((c for c in values if not c.monthly), None)
    layout.month_value = next((c for c in values if c.monthly), None)
    layout.completion = next((c for c in columns if c.kind == "completion"), None)
    for column in columns:
        if column.kind != "growth":
            continue
        if column.for_target or (layout.value is None and layout.month_value is None and layout.target):
            layout.target_growth = layout.target_growth or column
            continue
        if latest and column.year and column.year < latest:
            continue
        left = [v for v in values if v.index < column.index]
        monthly = column.monthly or (bool(left) and left[-1].monthly and not column.cumulative)
        if monthly and layout.month_value is not None:
            layout.month_growth = layout.month_growth or column
        else:
            layout.growth = layout.growth or column
    return layout


@dataclass
class _Period:
    year: int | None
    months: list[int]
    estimate: bool
    target: bool = False  # the caption names goals (2025年主要预期目标): the values are targets


def _table_period(table: StatTable, context: DocContext, title: str) -> _Period:
    """The period of a table's figures where a column names none: the header's, else the caption's,
    else the document's (its year; the period its title names, else the whole year)."""
    header_years = [c.year for c in table.columns if c.year and c.kind in ("value", "growth", "completion")]
    year = max(header_years, default=None) or find_year(table.caption) or context.default_year
    header_months = [
        c.months for c in table.columns if c.months and c.kind == "value" and not c.monthly and c.year in (None, year)
    ]
    months = (header_months[0] if header_months else None) or find_months(table.caption) or find_months(title)
    estimate = "预计" in table.caption
    nearest = table.caption.split("\n", 1)[0]
    target = bool(TARGET_CAPTION_RE.search(nearest)) and not REVIEW_CAPTION_RE.search(nearest)
    return _Period(year, months or [1, 12], estimate, target)


def _name(cell: _Cell) -> tuple[str, Unit | None, bool]:
    """(the indicator name as written, the unit in its brackets, whether the name is a growth rate:
    规上工业增加值增速（%）)."""
    name = cell.text
    changed = True
    while changed:
        stripped = NAME_LEAD_RE.sub("", name, count=1)
        changed, name = stripped != name, stripped
    name = name.rstrip("：:，, ")
    unit = None
    m = re.search(r"[（(]([^（）()]{1,10})[)）]\s*$", name)
    if m:
        inner = re.sub(r"^单位[:：]", "", m.group(1))
        unit = parse_unit(inner)
        if unit is not None:
            name = name[: m.start()].rstrip()
    name = lx.normalize(name)
    growth = bool(GROWTH_NAME_RE.search(name)) and unit in (None, PERCENT) and len(GROWTH_NAME_RE.sub("", name)) >= 2
    if growth:
        name = GROWTH_NAME_RE.sub("", name)
    return name, unit, growth


@lru_cache(maxsize=4096)  # catalogue_match scans every label: rows repeat names across documents
def _resolve(name: str) -> tuple[str, str | None]:
    entry = lx.catalogue_match(name)
    return (entry["name"], entry["code"]) if entry else (name, None)


def table_facts(text: str, tables: list[StatTable], context: DocContext, title: str = "") -> list[Fact]:
    """The facts of every row of ``tables``, row by row (see the module docstring)."""
    out: list[Fact] = []
    for table in tables:
        period = _table_period(table, context, title)
        m = CAPTION_UNIT_RE.search(table.caption)
        caption_unit = parse_unit(m.group(1)) if m else None
        if table.wide is not None:
            out.extend(_wide_facts(table, period, caption_unit))
            continue
        if table.projects is not None:
            out.extend(_project_facts(table, period, caption_unit))
            continue
        layout = _layout(table.columns)
        rows = [_cells(line, line_start) for _line_no, line_start, line in table.rows]
        state = _Rows(scopes=_names_units(rows, layout))
        for cells in rows:
            out.extend(_row_facts(cells, layout, period, caption_unit, state))
    return out


@dataclass
class _Rows:
    """What a row takes from the rows above it: the unit of a merged unit cell, the sub-unit of a
    merged 单位 cell, and the name of the whole a 其中 row is part of."""

    scopes: bool = False  # the 单位 column names the zone's units (全区 | 东岳街道), not units of measure
    unit: Unit | None = None
    scope: str = ""
    whole: str = ""


def _names_units(rows: list[list[_Cell]], layout: _Layout) -> bool:
    """Whether a table's 单位 column names the zone's sub-units rather than units of measure."""
    if layout.unit is None or _plain(layout.unit.header) != "单位":
        return False
    cells = [r[layout.unit.index].text for r in rows if layout.unit.index < len(r) and r[layout.unit.index].text]
    return bool(cells) and all(parse_unit(c) is None and re.search(r"[\u4e00-\u9fff]{2}", c) for c in cells)


def _set_value(fact: Fact, number: _Number, unit: Unit | None) -> None:
    """The figure of a cell with the unit it is in: its base value and currency when the unit is known."""
    fact.value = number.value
    if unit == PERCENT:
        fact.unit, fact.value_base, fact.currency = "%", number.value, ""
    elif unit is not None:
        fact.value_base, fact.unit, fact.currency = base_value(number.value, unit.magnitude, unit.base)


def _wide_facts(table: StatTable, period: _Period, caption_unit: Unit | None) -> list[Fact]:
    """The facts of a table of units: one per figure cell, named 指标（单位） after the row's unit."""
    out: list[Fact] = []
    for _line_no, line_start, line in table.rows:
        cells = _cells(line, line_start)
        own = cells[table.unit_column] if table.unit_column < len(cells) else None
        if len([c for c in cells if c.text]) < 2 or own is None or not own.text:
            continue
        unit_name = NAME_LEAD_RE.sub("", own.text).strip()
        total = bool(TOTAL_ROW_RE.match(unit_name))
        if not unit_name or len(unit_name) > 20 or (NOT_NAME_RE.match(unit_name) and not total):
            continue
        scope = "" if total else lx.normalize(unit_name)
        for column in table.wide or []:
            if column.index >= len(cells):
                continue
            number = _number(cells[column.index])
            growth_cell = cells[column.growth] if column.growth is not None and column.growth < len(cells) else None
            growth = _number(growth_cell) if column.kind == "value" else number
            completion_cell = (
                cells[column.completion] if column.completion is not None and column.completion < len(cells) else None
            )
            completion = _number(completion_cell) if completion_cell is not None and not column.target else None
            value = number if column.kind == "value" else None
            if value is None and growth is None:
                continue
            indicator, code = _resolve(column.name)
            year = column.year or period.year
            target = column.target or period.target or bool(column.year and period.year and column.year > period.year)
            kind = "target" if target else ("estimate" if period.estimate else "actual")
            months = [1, 12] if target else (column.months or period.months)
            ends = [n.cell.end for n in (value, growth, completion) if n is not None]
            fact = Fact(
                indicator=f"{indicator}（{scope}）" if scope else indicator,
                label=f"{column.name}（{scope}）" if scope else column.name,
                code=code,
                kind=kind,
                year=year,
                months=list(months),
                start=own.start,
                end=max([own.end, *ends]),
                in_table=True,
            )
            if scope:
                fact.extra["scope"] = scope
            if value is not None:
                _set_value(fact, value, value.unit or column.unit or caption_unit)
            fact.growth_pct = growth.value if growth is not None else None
            fact.completion_pct = completion.value if completion is not None else None
            out.append(fact)
    return out


def _row_facts(
    cells: list[_Cell], layout: _Layout, period: _Period, caption_unit: Unit | None, rows: _Rows | None = None
) -> list[Fact]:
    rows = rows or _Rows()

    def cell(column: Column | None) -> _Cell | None:
        return cells[column.index] if column is not None and column.index < len(cells) else None

    unit_cell = cell(layout.unit)
    if rows.scopes and unit_cell is not None and unit_cell.text:
        # 单位 | 指标 | 预期目标 | 拼搏目标: the unit a row's goals are set for, merged down its rows
        rows.scope = "" if TOTAL_ROW_RE.match(unit_cell.text) else lx.normalize(unit_cell.text)
    filled = [c for c in cells if c.text]
    if len(filled) < 2 or layout.name >= len(cells) or not cells[layout.name].text:
        return []  # a section row, or a row continuing a merged name
    name_cell = cells[layout.name]
    name, name_unit, growth_name = _name(name_cell)
    if not name or len(name) > 40 or NOT_NAME_RE.match(name) or name.startswith(lx.INTENSITY_WORDS):
        return []  # a date, a total row or an intensity (亩均税收) is no indicator
    if PART_ROW_RE.match(name_cell.text):
        name = _part_of(name, rows.whole) if THRESHOLD_ONLY_RE.fullmatch(name) else name
    else:
        rows.whole = name
    row_unit = None
    if unit_cell is not None and unit_cell.text and not rows.scopes:
        if "/" in unit_cell.text or "／" in unit_cell.text:
            return []  # an intensity (万元/亩)
        row_unit = parse_unit(unit_cell.text)
    if row_unit is None:
        row_unit = name_unit
    if row_unit is None and name.endswith(lx.SHARE_WORDS):
        row_unit = PERCENT
    if (
        row_unit is None
        and layout.unit is not None
        and not rows.scopes
        and unit_cell is not None
        and not unit_cell.text
    ):
        row_unit = rows.unit  # a unit cell merged with the row above's reads empty
    if unit_cell is not None and unit_cell.text and not rows.scopes:
        rows.unit = row_unit
    indicator, code = _resolve(name)
    scope = rows.scope
    facts: list[Fact] = []

    def new(kind: str, year: int | None, months: list[int], used: list[_Number | None], tier: str = "") -> Fact:
        ends = [n.cell.end for n in used if n is not None]
        fact = Fact(
            indicator=f"{indicator}（{scope}）{tier}" if scope else indicator + tier,
            label=f"{name}（{scope}）{tier}" if scope else name + tier,
            code=None if tier else code,
            kind=kind,
            year=year,
            months=list(months),
            start=name_cell.start,
            end=max([name_cell.end, *ends]),
            in_table=True,
        )
        if scope:
            fact.extra["scope"] = scope
        return fact

    def set_value(fact: Fact, number: _Number, column: Column | None) -> None:
        _set_value(fact, number, number.unit or row_unit or (column.unit if column else None) or caption_unit)

    value, growth = _number(cell(layout.value)), _number(cell(layout.growth))
    completion = _number(cell(layout.completion))
    if growth_name and growth is None:
        value, growth = None, value
    if value or growth or completion:
        column = layout.value
        kind = "estimate" if period.estimate or (column is not None and column.estimate) else "actual"
        year = (column.year if column else None) or period.year
        months = (column.months if column and column.months else None) or period.months
        if period.target and layout.target is None and not (column is not None and column.cumulative):
            kind, months = "target", (column.months if column and column.months else None) or [1, 12]
        fact = new(kind, year, months, [value, growth, completion])
        if value is not None:
            set_value(fact, value, column)
        fact.growth_pct = growth.value if growth else None
        fact.completion_pct = completion.value if completion else None
        facts.append(fact)

    month_value, month_growth = _number(cell(layout.month_value)), _number(cell(layout.month_growth))
    if growth_name and month_growth is None:
        month_value, month_growth = None, month_value
    month_column = layout.month_value
    month = (month_column.month if month_column else None) or (period.months[1] if period.months != [1, 12] else None)
    if (month_value or month_growth) and month_column is not None and month:
        kind = "estimate" if period.estimate or month_column.estimate else "actual"
        fact = new(kind, month_column.year or period.year, [month, month], [month_value, month_growth])
        if month_value is not None:
            set_value(fact, month_value, month_column)
        fact.growth_pct = month_growth.value if month_growth else None
        facts.append(fact)

    target, target_growth = _number(cell(layout.target)), _number(cell(layout.target_growth))
    growth_row = growth_name or (value is None and growth is not None and row_unit == PERCENT)
    if growth_row and target_growth is None:
        target, target_growth = None, target  # 规上工业增加值 | % | — | 9.1 | 8.5: a growth target
    if target or target_growth:
        column = layout.target
        fact = new("target", (column.year if column else None) or period.year, [1, 12], [target, target_growth])
        if target is not None:
            set_value(fact, target, column)
        fact.growth_pct = target_growth.value if target_growth else None
        facts.append(fact)
    high = _number(cell(layout.target_high))
    if high is not None:
        # 预期目标 | 拼搏目标: the higher tier is a target of its own, X（拼搏目标）
        column = layout.target_high
        year = (column.year if column else None) or period.year
        fact = new("target", year, [1, 12], [high], tier="（拼搏目标）")
        if growth_name:
            fact.growth_pct = high.value
        else:
            set_value(fact, high, column)
        facts.append(fact)
    prior = _number(cell(layout.prior))
    if prior is not None and not growth_name and layout.prior is not None:
        # 2024年同期 | 绝对值: the figure of the same period a year before
        column = layout.prior
        this_year = (layout.value.year if layout.value else None) or period.year
        year = column.year or (this_year - 1 if this_year else None)
        months = column.months or (layout.value.months if layout.value and layout.value.months else period.months)
        fact = new("actual", year, months, [prior])
        set_value(fact, prior, column)
        facts.append(fact)
    return facts


# a row that is part of the row above: 其中：亿元以上 / 其中：出口
PART_ROW_RE = re.compile(r"^\s*(?:其中|内含|含)\s*[：:]?")
# a part named by its size alone: 其中：亿元以上 (新开工项目 above it: 新开工亿元以上项目)
THRESHOLD_ONLY_RE = re.compile(SIZE_THRESHOLD)


def _part_of(threshold: str, whole: str) -> str:
    """新开工项目 + 亿元以上 → 新开工亿元以上项目: a size threshold put into the name of the whole."""
    head = re.search(r"(?:项目|企业)$", whole)
    if head is None:
        return threshold
    return whole_of_part(threshold + head.group(0), whole) or threshold + head.group(0)


def _figure_key(f: Fact) -> tuple:
    return (f.kind, f.year, f.value_base, f.growth_pct if f.value_base is None else None)


def merge_facts(prose: list[Fact], table: list[Fact]) -> list[Fact]:
    """Prose and table facts in reading order. A table row restating a figure of the prose (same
    kind, year and value, a name with the same head noun: the prose reader's rule for target-table
    rows) is not a new fact: it only fills in the growth and completion rates the prose left out."""
    if not table:
        return prose
    body: dict[tuple, list[Fact]] = {}
    for f in prose:
        if not f.in_table:
            body.setdefault(_figure_key(f), []).append(f)
    used: set[int] = set()
    kept: list[Fact] = []
    for fact in table:
        candidates = body.get(_figure_key(fact), ())
        twin = next(
            (
                b
                for b in candidates
                if id(b) not in used and b.extra.get("scope") == fact.extra.get("scope") and same_figure(b, fact)
            ),
            None,
        )  # one unit's cell restates no figure of another unit or of the whole zone
        if twin is None:
            kept.append(fact)
            continue
        used.add(id(twin))
        if twin.growth_pct is None:
            twin.growth_pct = fact.growth_pct
        if twin.completion_pct is None:
            twin.completion_pct = fact.completion_pct
    # 全区规上工业总产值同比增长9.4%, …完成全年目标的49.3% beside the table's row: the prose says the
    # table's figure again, by its rates alone
    rows = {(f.code or f.indicator, f.kind, f.year, tuple(f.months)): f for f in kept if f.value is not None}
    prose = [f for f in prose if not _restates_row(f, rows)]
    return list(heapq.merge(prose, kept, key=lambda f: f.start))


def _restates_row(fact: Fact, rows: dict[tuple, Fact]) -> bool:
    """Whether a prose figure with no value of its own is a table row's growth or completion said
    again; the row takes a completion it lacks."""
    if fact.in_table or fact.value is not None or (fact.growth_pct is None and fact.completion_pct is None):
        return False
    row = rows.get((fact.code or fact.indicator, fact.kind, fact.year, tuple(fact.months)))
    if row is None or (fact.growth_pct is not None and fact.growth_pct != row.growth_pct):
        return False
    if fact.completion_pct is not None:
        if row.completion_pct not in (None, fact.completion_pct):
            return False
        row.completion_pct = fact.completion_pct
    return True
