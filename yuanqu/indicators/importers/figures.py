"""Reading monthly year-to-date figures from the three figure layouts into ``FigureInput`` rows.

unit_sheet: one unit's sheet (indicators as rows, 填报单位 above the table);
long: one figure per row (单位, 指标, 年, 月, 累计值…);
matrix: one month, units as rows and indicators across the header.
Each reader only reads and checks what the sheet says; the figures are decided by ``figures_set``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from yuanqu.core.money import same_dimension, scale
from yuanqu.indicators.actions import FigureInput, TargetInput
from yuanqu.indicators.choices import FigureStatus
from yuanqu.indicators.importers.cells import (
    MONTH_RANGE,
    NotANumber,
    find_period,
    fold,
    is_empty,
    key,
    measure_unit,
    parse_number,
)
from yuanqu.indicators.importers.lookup import AmbiguousUnit, IndicatorMatch, Lookup
from yuanqu.indicators.importers.sheets import (
    FIGURE_ROLES,
    GROWTH,
    MEASURE,
    MONTH,
    MONTH_VALUE,
    NAME,
    NAME_KEYS,
    NOTE,
    ORG,
    PRIOR,
    STATUS,
    VALUE,
    YEAR,
    Column,
    Grid,
    Header,
    Preamble,
    is_footnote,
    read_preamble,
)
from yuanqu.org import access
from yuanqu.org.models import Unit

PLACES = Decimal("0.0001")
AMOUNT_LIMIT = Decimal(10) ** 20  # Figure.value: 24 digits, 4 after the point
PERCENT_LIMIT = Decimal(10) ** 8
TOTAL_ROWS = {"合计", "总计", "小计", "全区合计", "全区总计"}
STATUS_BY_LABEL = {
    **{str(label): value for value, label in FigureStatus.choices},
    **{value: value for value in FigureStatus.values},
    "初步": FigureStatus.FLASH,
    "年报": FigureStatus.FINAL,
}


@dataclass
class Options:
    """What the person importing said: these win over what the sheet says."""

    user: Any
    year: int | None = None
    month: int | None = None
    unit: Unit | None = None


@dataclass
class SheetResult:
    """What one sheet gave: rows to write, and every error found, worded 第 N 行「列名」: 原因."""

    name: str
    layout: str
    rows: int = 0
    figures: list[FigureInput] = field(default_factory=list)
    targets: list[TargetInput] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    periods: set[tuple[int, int | None]] = field(default_factory=set)

    def error(self, row: int, label: str, reason: str) -> None:
        self.errors.append(f"第 {row} 行「{label}」: {reason}")

    def warn(self, row: int, label: str, reason: str) -> None:
        self.warnings.append(f"第 {row} 行「{label}」: {reason}")


@dataclass
class Where:
    """Where a fact of the sheet was read, for error messages."""

    row: int
    label: str


# ---------------------------------------------------------------- shared pieces


def table_end(grid: Grid, start: int) -> int:
    """The first row of the footnotes (注：…, 填报人：…) after the table, or the end of the sheet."""
    for r in range(start, len(grid.rows)):
        if is_footnote(grid.texts(r)):
            return r
    return len(grid.rows)


def read_numbers(
    grid: Grid, r: int, columns: dict[str, Column], result: SheetResult
) -> dict[str, Decimal | None] | None:
    out: dict[str, Decimal | None] = {}
    ok = True
    for role, column in columns.items():
        try:
            out[role] = parse_number(grid.value(r, column.index))
        except NotANumber as exc:
            result.error(r + 1, column.label, f"「{exc}」不是数字")
            ok = False
    return out if ok else None


def find_unit(lookup: Lookup, text: str, where: Where, result: SheetResult) -> Unit | None:
    try:
        unit = lookup.unit(text)
    except AmbiguousUnit:
        result.error(where.row, where.label, f"「{text}」在多个开发区中都有同名单位，请指定开发区")
        return None
    if unit is None:
        result.error(where.row, where.label, f"「{text}」不在单位名录中")
    return unit


def may_write(options: Options, unit: Unit, where: Where, result: SheetResult, extra: str = "") -> bool:
    if access.can_write_unit(options.user, unit):
        return True
    result.error(where.row, where.label, f"无权填报单位「{unit}」的数据{extra}")
    return False


def sheet_period(
    header: Header, pre: Preamble, value: Column | None, options: Options, result: SheetResult
) -> tuple[int | None, int | None]:
    """The period of a one-period sheet: options, else the value column's 1-N月, else the title."""
    label = value.label if value else header.columns[0].label
    col_year, col_month = (value.year, value.month) if value else (None, None)
    for what, given, from_column, from_title in (
        ("年份", options.year, col_year, pre.year),
        ("月份", options.month, col_month, pre.month),
    ):
        if given is None and from_column is not None and from_title is not None and from_column != from_title:
            shown = (lambda v: f"{v}年") if what == "年份" else (lambda v: f"1-{v}月")
            result.error(
                header.excel_row,
                label,
                f"列名中的{shown(from_column)}与第 {pre.period_row} 行标题"
                f"「{pre.period_text}」的{shown(from_title)}不一致",
            )
            return None, None
    year = options.year or col_year or pre.year
    month = options.month or col_month or pre.month
    if year is None:
        result.error(
            header.excel_row, label, "无法确定年份：标题和列名中都没有「2021年」这样的年份，请指定年份（--year）"
        )
    if month is None:
        result.error(
            header.excel_row,
            label,
            "无法确定月份：标题和列名中都没有「1-6月」「上半年」这样的期间，请指定月份（--month）",
        )
    elif not 1 <= month <= 12:
        where = (
            Where(header.excel_row, label)
            if options.month is None and col_month
            else Where(pre.period_row or header.excel_row, "标题")
        )
        result.error(where.row, where.label, f"月份 {month} 超出 1-12 月")
        return year, None
    if year is None:
        return None, None
    return year, month


def build_figure(
    result: SheetResult,
    *,
    row: int,
    unit: Unit,
    match: IndicatorMatch,
    year: int,
    month: int,
    numbers: dict[str, Decimal | None],
    labels: dict[str, str],
    explicit: tuple[str, str] | None,
    sheet_unit: str | None,
    status: str = FigureStatus.FLASH,
    note: str = "",
) -> FigureInput | None:
    """One FigureInput in base units; ``explicit`` is a unit of measure written on the row (unit, label)."""
    indicator = match.indicator
    value, month_value = numbers.get(VALUE), numbers.get(MONTH_VALUE)
    prior, growth = numbers.get(PRIOR), numbers.get(GROWTH)
    labels = dict(labels)
    growth_row = match.growth or (explicit is not None and explicit[0] == "%" and indicator.unit != "%")
    if growth_row:
        # A rate row ('规上工业增加值增速', unit %): the number in the value column is the growth.
        if growth is None and value is not None:
            growth, labels["growth_pct"] = value, labels.get("value", labels["growth_pct"])
        value = month_value = prior = None
    else:
        measure = indicator.unit
        if explicit is not None:
            if not same_dimension(explicit[0], indicator.unit):
                result.error(
                    row,
                    explicit[1],
                    f"计量单位「{explicit[0]}」与指标「{indicator}」的计量单位「{indicator.unit}」不符",
                )
                return None
            measure = explicit[0]
        elif sheet_unit and same_dimension(sheet_unit, indicator.unit):
            measure = sheet_unit
        factor = scale(measure)
        value, month_value, prior = (v * factor if v is not None else None for v in (value, month_value, prior))
    checked: dict[str, Decimal | None] = {}
    for name, number, limit in (
        ("value", value, AMOUNT_LIMIT),
        ("month_value", month_value, AMOUNT_LIMIT),
        ("prior_value", prior, AMOUNT_LIMIT),
        ("growth_pct", growth, PERCENT_LIMIT),
    ):
        if number is not None and abs(number) >= limit:
            result.error(row, labels.get(name, name), f"「{number.normalize():f}」数值过大")
            return None
        checked[name] = number.quantize(PLACES) if number is not None else None
    if checked["value"] is None and checked["growth_pct"] is None:
        return None  # only 本月 or 上年同期 given: nothing to record
    return FigureInput(
        unit=unit,
        indicator=indicator,
        year=year,
        month=month,
        status=status,
        note=note[:200],
        row=row,
        columns=labels,
        **checked,
    )


def number_columns(header: Header, result: SheetResult) -> dict[str, Column]:
    columns: dict[str, Column] = {}
    for column in header.columns:
        if column.role in FIGURE_ROLES:
            if column.role in columns:
                result.warn(
                    header.excel_row,
                    column.label,
                    f"与「{columns[column.role].label}」列含义相同，只读取「{columns[column.role].label}」",
                )
                continue
            columns[column.role] = column
    return columns


def row_measure(grid: Grid, r: int, column: Column | None, result: SheetResult) -> tuple[str | None, bool]:
    """The unit of measure in a row's 计量单位 cell; (None, False) when the cell is not understood."""
    if column is None:
        return None, True
    text = grid.text(r, column.index)
    if is_empty(text):
        return None, True
    unit = measure_unit(text) or (measure_unit(re.split(r"[、,，/]", fold(text))[0]))
    if unit is None:
        result.error(r + 1, column.label, f"「{text}」不是可识别的计量单位")
        return None, False
    return unit, True


# ---------------------------------------------------------------- one unit's sheet


def read_unit_sheet(grid: Grid, header: Header, lookup: Lookup, options: Options, result: SheetResult) -> None:
    """A unit's monthly sheet: title, 「单位：亿元」, 「填报单位：…」, indicators as rows, footnotes."""
    name = header.find(NAME)
    assert name is not None
    numbers_at = number_columns(header, result)
    measure = header.find(MEASURE)
    note = header.find(NOTE)
    end = table_end(grid, header.last + 1)
    pre = read_preamble(grid, header, footer_start=end)
    value = numbers_at.get(VALUE)
    year, month = sheet_period(header, pre, value, options, result)
    if pre.bad_amount_unit:
        row, label, text = pre.bad_amount_unit
        result.error(row, label, f"「{text}」不是可识别的计量单位")
    unit, where = _reporting_unit(grid, header, pre, lookup, options, result, name)
    if unit is None or year is None or month is None:
        return
    if not may_write(options, unit, where, result):
        return
    result.periods.add((year, month))
    base_labels = {
        "unit": where.label,
        "indicator": name.label,
        "year": (value or name).label,
        "month": (value or name).label,
    }
    base_labels |= {role: column.label for role, column in numbers_at.items()}
    base_labels.setdefault("growth_pct", (value or name).label)
    for r in range(header.last + 1, end):
        label = grid.text(r, name.index)
        if key(label) in NAME_KEYS or not any(grid.texts(r)):
            continue
        numbers = read_numbers(grid, r, numbers_at, result)
        if numbers is not None and all(v is None for v in numbers.values()):
            continue  # a section line (一、工业) or an indicator without data this month
        if not label:
            result.error(r + 1, name.label, "缺少指标名称")
            continue
        match = lookup.indicator(label)
        if match is None:
            result.error(r + 1, name.label, f"「{label}」不在指标目录中")
            continue
        explicit_unit, ok = row_measure(grid, r, measure, result)
        if numbers is None or not ok:
            continue
        explicit = _explicit_measure(explicit_unit, measure, match, name, value)
        figure = build_figure(
            result,
            row=r + 1,
            unit=unit,
            match=match,
            year=year,
            month=month,
            numbers=numbers,
            labels=base_labels,
            explicit=explicit,
            sheet_unit=pre.amount_unit,
            status=pre.status or FigureStatus.FLASH,
            note=grid.text(r, note.index) if note else "",
        )
        if figure is not None:
            result.figures.append(figure)
            result.rows += 1


def _reporting_unit(
    grid: Grid, header: Header, pre: Preamble, lookup: Lookup, options: Options, result: SheetResult, name: Column
) -> tuple[Unit | None, Where]:
    """The unit a sheet reports for: --unit, else 「填报单位：…」, else the title, else the sheet's name."""
    if options.unit is not None:
        return options.unit, Where(pre.reporter[0] if pre.reporter else header.excel_row, "填报单位")
    if pre.reporter is not None:
        row, label, text = pre.reporter
        where = Where(row, label)
        return find_unit(lookup, text, where, result), where
    for row, text in pre.texts:
        unit = lookup.unit_in_text(text)
        if unit is not None:
            return unit, Where(row, "标题")
    try:
        unit = lookup.unit(grid.name) or lookup.unit_in_text(grid.name)
    except AmbiguousUnit:
        unit = None
    if unit is not None:
        return unit, Where(header.excel_row, "工作表名")
    result.error(
        header.excel_row,
        name.label,
        "无法确定填报单位：表头上方没有「填报单位：…」，标题和工作表名中也没有单位名称，请指定单位（--unit）",
    )
    return None, Where(header.excel_row, "填报单位")


# ---------------------------------------------------------------- long table


def read_long(grid: Grid, header: Header, lookup: Lookup, options: Options, result: SheetResult) -> None:
    """One figure per row: 单位, 指标, 年, 月, 累计值, 上年同期, 同比% (+ 本月, 计量单位, 状态)."""
    org, name = header.find(ORG), header.find(NAME)
    assert org is not None and name is not None
    numbers_at = number_columns(header, result)
    year_col, month_col = header.find(YEAR), header.find(MONTH)
    measure, status_col, note = header.find(MEASURE), header.find(STATUS), header.find(NOTE)
    end = table_end(grid, header.last + 1)
    pre = read_preamble(grid, header)
    value = numbers_at.get(VALUE)
    default_year = options.year or (value.year if value else None) or pre.year
    default_month = options.month or (value.month if value else None) or pre.month
    labels = {
        "unit": org.label,
        "indicator": name.label,
        "year": year_col.label if year_col else (value or name).label,
        "month": month_col.label if month_col else (value or name).label,
    }
    labels |= {role: column.label for role, column in numbers_at.items()}
    labels.setdefault("growth_pct", (value or name).label)
    if status_col:
        labels["status"] = status_col.label
    units: dict[str, Unit | None] = {}
    allowed: dict[int, bool] = {}
    for r in range(header.last + 1, end):
        texts = grid.texts(r)
        if not any(texts) or key(grid.text(r, name.index)) in NAME_KEYS:
            continue
        numbers = read_numbers(grid, r, numbers_at, result)
        if numbers is not None and all(v is None for v in numbers.values()):
            continue
        ok = numbers is not None
        unit_text, label = grid.text(r, org.index), grid.text(r, name.index)
        unit = None
        if not unit_text:
            result.error(r + 1, org.label, "缺少单位")
            ok = False
        elif unit_text in units and units[unit_text] is None:
            result.error(r + 1, org.label, f"「{unit_text}」不在单位名录中")
            ok = False
        else:
            if unit_text not in units:
                units[unit_text] = find_unit(lookup, unit_text, Where(r + 1, org.label), result)
            unit = units[unit_text]
            ok = ok and unit is not None
        match = lookup.indicator(label) if label else None
        if not label:
            result.error(r + 1, name.label, "缺少指标名称")
        elif match is None:
            result.error(r + 1, name.label, f"「{label}」不在指标目录中")
        cell_year = None if options.year else _period_cell(grid, r, year_col, "year", result)
        cell_month = None if options.month else _period_cell(grid, r, month_col, "month", result)
        year = options.year or (cell_year if cell_year is not None else default_year)
        month = options.month or (cell_month if cell_month is not None else default_month)
        if year is None:
            result.error(
                r + 1,
                year_col.label if year_col else (value or name).label,
                "无法确定年份：没有「年」列，标题中也没有年份，请指定年份（--year）",
            )
        if month is None:
            result.error(
                r + 1,
                month_col.label if month_col else (value or name).label,
                "无法确定月份：没有「月」列，标题中也没有期间，请指定月份（--month）",
            )
        year, month = year or None, month or None
        status = _status(grid, r, status_col, result)
        explicit_unit, unit_ok = row_measure(grid, r, measure, result)
        if not (ok and unit_ok and match and year and month and status) or unit is None or numbers is None:
            continue
        if unit.pk not in allowed:
            allowed[unit.pk] = may_write(options, unit, Where(r + 1, org.label), result)
        if not allowed[unit.pk]:
            continue
        explicit = _explicit_measure(explicit_unit, measure, match, name, value)
        figure = build_figure(
            result,
            row=r + 1,
            unit=unit,
            match=match,
            year=year,
            month=month,
            numbers=numbers,
            labels=labels,
            explicit=explicit,
            sheet_unit=pre.amount_unit,
            status=status,
            note=grid.text(r, note.index) if note else "",
        )
        if figure is not None:
            result.figures.append(figure)
            result.periods.add((year, month))
            result.rows += 1


def _period_cell(grid: Grid, r: int, column: Column | None, what: str, result: SheetResult) -> int | None:
    """A 年 or 月 cell (2021, '2021年', 6, '6月', '1-6月', a date); 0 when it is not one (reported)."""
    if column is None:
        return None
    raw = grid.value(r, column.index)
    if isinstance(raw, (datetime, date)):
        return raw.year if what == "year" else raw.month
    text = grid.text(r, column.index)
    if is_empty(text):
        return None
    folded = fold(text).replace(" ", "")
    if re.fullmatch(r"\d{1,4}(?:\.0+)?(?:年|月|月份)?", folded):
        return int(re.match(r"\d+", folded).group())  # type: ignore[union-attr]
    year, month = find_period(folded)
    found = year if what == "year" else month
    if found is None and what == "month" and MONTH_RANGE.search(folded) is None:
        m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})", folded)
        found = int(m.group(2)) if m else None
    if found is None:
        result.error(r + 1, column.label, f"「{text}」不是有效的{'年份' if what == 'year' else '月份'}")
        return 0  # reported: not "missing" as well
    return found


def _status(grid: Grid, r: int, column: Column | None, result: SheetResult) -> str | None:
    if column is None:
        return FigureStatus.FLASH
    text = grid.text(r, column.index)
    if is_empty(text):
        return FigureStatus.FLASH
    status = STATUS_BY_LABEL.get(fold(text).strip())
    if status is None:
        result.error(r + 1, column.label, f"「{text}」不是有效的数据状态（预计、快报、正式）")
    return status


# ---------------------------------------------------------------- unit × indicator matrix


def read_matrix(grid: Grid, header: Header, lookup: Lookup, options: Options, result: SheetResult) -> None:
    """One month: the zone's units as rows, indicators across (规上工业总产值(亿元)), cumulative values."""
    org = header.find(ORG)
    assert org is not None
    groups: dict[int, dict[str, Column]] = {}
    for column in header.columns:
        if column.role in (ORG, None) or column.role not in FIGURE_ROLES:
            continue
        if column.match is None:
            result.error(header.excel_row, column.label, f"「{column.parts[0]}」不在指标目录中")
            continue
        group = groups.setdefault(column.match.indicator.pk, {})
        if column.role in group:
            result.error(header.excel_row, column.label, f"与「{group[column.role].label}」列重复")
            continue
        group[column.role] = column
    end = table_end(grid, header.last + 1)
    pre = read_preamble(grid, header)
    first_value = next((c for g in groups.values() for c in g.values() if c.role == VALUE), None)
    year, month = sheet_period(header, pre, first_value, options, result)
    if pre.bad_amount_unit:
        row, label, text = pre.bad_amount_unit
        result.error(row, label, f"「{text}」不是可识别的计量单位")
    if year is None or month is None:
        return
    result.periods.add((year, month))
    seen: dict[int, int] = {}
    for r in range(header.last + 1, end):
        if not any(grid.texts(r)):
            continue
        unit_text = grid.text(r, org.index)
        if key(unit_text) in {"单位", "单位名称"}:
            continue
        row_numbers = {pk: read_numbers(grid, r, cols, result) for pk, cols in groups.items()}
        if all(n is not None and all(v is None for v in n.values()) for n in row_numbers.values()):
            continue
        if not unit_text:
            result.error(r + 1, org.label, "缺少单位")
            continue
        try:
            unit = lookup.unit(unit_text)
        except AmbiguousUnit:
            unit = find_unit(lookup, unit_text, Where(r + 1, org.label), result)
            continue
        if unit is None:
            if key(unit_text) not in TOTAL_ROWS:
                result.error(r + 1, org.label, f"「{unit_text}」不在单位名录中")
            continue
        if unit.pk in seen:
            result.error(r + 1, org.label, f"单位「{unit}」与第 {seen[unit.pk]} 行重复")
            continue
        seen[unit.pk] = r + 1
        if not may_write(options, unit, Where(r + 1, org.label), result):
            continue
        produced = False
        for cols in groups.values():
            numbers = row_numbers[next(iter(cols.values())).match.indicator.pk]  # type: ignore[union-attr]
            if numbers is None or all(v is None for v in numbers.values()):
                continue
            value = cols.get(VALUE) or next(iter(cols.values()))
            match: IndicatorMatch = value.match  # type: ignore[assignment]
            labels = {"unit": org.label, "indicator": value.label, "year": value.label, "month": value.label}
            labels |= {role: column.label for role, column in cols.items()}
            labels.setdefault("growth_pct", value.label)
            explicit = (value.unit, value.label) if value.unit else None
            figure = build_figure(
                result,
                row=r + 1,
                unit=unit,
                match=match,
                year=year,
                month=month,
                numbers=numbers,
                labels=labels,
                explicit=explicit,
                sheet_unit=pre.amount_unit,
                status=pre.status or FigureStatus.FLASH,
            )
            if figure is not None:
                result.figures.append(figure)
                produced = True
        result.rows += produced


def _explicit_measure(explicit_unit: Any, measure: Any, match: Any, name: Any, value: Any) -> tuple[Any, Any] | None:
    """The unit of measure a row states, and the header it came from: a 计量单位 column first, then a
    unit in the indicator's name, then one written in the value cell; None when the row states none."""
    if explicit_unit and measure:
        return explicit_unit, measure.label
    if match.unit:
        return match.unit, name.label
    if value is not None and value.unit:
        return value.unit, value.label
    return None
