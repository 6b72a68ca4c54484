"""Excel import of monthly figures: the unit sheet, long table and matrix layouts, every bad-input
kind, and the import_figures command."""

from __future__ import annotations

import json
from decimal import Decimal as D
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from openpyxl import Workbook

from yuanqu.core.errors import DomainError
from yuanqu.core.models import ChangeLog
from yuanqu.indicators.importers import UNREADABLE, import_workbook
from yuanqu.indicators.models import Figure
from yuanqu.indicators.tests.factories import FigureFactory, IndicatorFactory
from yuanqu.org.choices import Role
from yuanqu.org.tests.factories import UserFactory

YI = D(100_000_000)
WAN = D(10_000)


def xlsx(path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None) -> Path:
    """An .xlsx with one sheet per entry; rows are lists of cell values, merges Excel ranges."""
    wb = Workbook()
    wb.remove(wb.worksheets[0])
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for rng in (merges or {}).get(title, []):
            ws.merge_cells(rng)
    wb.save(path)
    return path


def unit_sheet(
    title="走马岭街2021年1-6月主要经济指标完成情况",
    unit_line="填报单位：走马岭街",
    rows=None,
    header=("指标名称", "计量单位", "本月", "1-6月累计", "上年同期", "同比增长(%)"),
):
    """Layout (a): title, 填报单位/单位 line, a two-row merged header, indicator rows, footnotes."""
    data = (
        rows
        if rows is not None
        else [
            ["一、工业", None, None, None, None, None],
            ["规上工业总产值", "亿元", "21.5", 123.45, "110.2", "12.3%"],
            ["二、消费", None, None, None, None, None],
            ["社会消费品零售总额", "亿元", 8, "1,234.5", 1100, " 5 "],
            ["实际利用外资", "万美元", None, 2471.6, 2000, "—"],
        ]
    )
    return [
        [title, None, None, None, None, None],
        [unit_line, None, None, None, None, "单位：亿元"],
        list(header),
        [None] * len(header),
        *data,
        [],
        ["注：规上工业总产值为快报数。", None, None, None, None, None],
        ["说明：本表按可比口径计算增速。", None, None, None, None, None],
        ["填报人：张三    审核人：李四", None, None, None, None, None],
    ]


UNIT_SHEET_MERGES = ["A1:F1", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4"]


@pytest.fixture
def catalogue(output_value, retail, fdi):
    return {"output": output_value, "retail": retail, "fdi": fdi}


def stored(unit, indicator, month=6, year=2021):
    return Figure.objects.get(unit=unit, indicator=indicator, year=year, month=month)


def counts():
    return Figure.objects.count(), ChangeLog.objects.count()


# ---------------------------------------------------------------- layout (a): one unit's sheet


def test_unit_sheet_imports_cumulative_values_in_base_units_with_growth_as_published(
    tmp_path, stats_user, street, catalogue
):
    # given a street's 1-6月 sheet with a merged two-row header and footnotes
    path = xlsx(tmp_path / "zml.xlsx", {"走马岭街": unit_sheet()}, {"走马岭街": UNIT_SHEET_MERGES})

    # when it is imported
    summary = import_workbook(path, user=stats_user)

    # then the figures are stored as 1-6月 cumulative values in yuan / US dollars
    assert summary.as_dict() | {"seconds": None} == {
        "file": "zml.xlsx",
        "layout": "unit_sheet",
        "sheets": 1,
        "rows": 3,
        "figures": 3,
        "created": 3,
        "updated": 0,
        "unchanged": 0,
        "targets": 0,
        "dry_run": False,
        "year": 2021,
        "month": 6,
        "sheet_layouts": {"走马岭街": "unit_sheet"},
        "skipped_sheets": [],
        "warnings": [],
        "seconds": None,
    }
    output = stored(street, catalogue["output"])
    assert (output.value, output.month_value, output.prior_value) == (D("123.45") * YI, D("21.5") * YI, D("110.2") * YI)
    assert output.growth_pct == D("12.3") and not output.growth_derived
    retail = stored(street, catalogue["retail"])
    assert (retail.value, retail.growth_pct) == (D("1234.5") * YI, D(5))
    fdi = stored(street, catalogue["fdi"])
    assert fdi.value == D("2471.6") * WAN
    assert fdi.growth_pct == D("23.58") and fdi.growth_derived  # not published: derived from 上年同期


@pytest.mark.parametrize(
    ("title", "header", "month"),
    [
        (
            "走马岭街2021年1-6月主要经济指标",
            ("指标名称", "计量单位", "本月", "1-6月累计", "上年同期", "同比增长(%)"),
            6,
        ),
        ("走马岭街2021年1-5月主要经济指标", ("指标名称", "单位", "当月", "累计", "上年同期累计", "增长%"), 5),
        ("走马岭街2021年上半年主要经济指标", ("指标", "计量单位", "本月", "本年累计", "上年同期", "同比±%"), 6),
        ("走马岭街2021年一季度主要经济指标", ("项目", "计量单位", "本月", "1-本月", "去年同期", "增幅"), 3),
        ("走马岭街主要经济指标（2021年）", ("指标名称", "计量单位", "本月", "1-4月累计", "上年同期", "同比增长(%)"), 4),
        ("走马岭街2021年6月主要经济指标", ("指标名称", "计量单位", "本月", "累计", "上年同期", "增速"), 6),
    ],
)
def test_unit_sheet_reads_period_from_title_or_column_in_every_header_variant(
    tmp_path, stats_user, street, catalogue, title, header, month
):
    # given a sheet whose period is written in the title, the cumulative column, or both
    path = xlsx(tmp_path / "a.xlsx", {"Sheet1": unit_sheet(title=title, header=header)}, {"Sheet1": UNIT_SHEET_MERGES})

    # when it is imported
    summary = import_workbook(path, user=stats_user)

    # then the period is 2021年1-N月 and the cumulative value is read from the right column
    assert (summary.year, summary.month) == (2021, month)
    figure = stored(street, catalogue["output"], month=month)
    assert (figure.value, figure.growth_pct) == (D("123.45") * YI, D("12.3"))


def test_unit_sheet_reads_a_header_with_periods_merged_across_two_columns(tmp_path, stats_user, street, catalogue):
    # given a header whose top row groups 本月 and 1-6月 over their value and growth columns
    rows = [
        ["2021年1-6月主要经济指标完成情况"],
        ["填报单位：走马岭街       单位：亿元"],
        ["指标名称", "本月", None, "1-6月", None],
        [None, "绝对值", "同比%", "绝对值", "同比%"],
        ["（一）规上工业增加值增速（%）", None, "9.9", None, "16.8"],
        ["（二）规模以上工业总产值", 20, "3.1", 123.45, "12.3"],
        ["填报单位负责人：王五"],
    ]
    growth_only = IndicatorFactory(
        code="value-added", name="规模以上工业增加值", aliases=["规上工业增加值"], unit="亿元"
    )
    path = xlsx(tmp_path / "b.xlsx", {"S": rows}, {"S": ["A3:A4", "B3:C3", "D3:E3"]})

    # when it is imported
    import_workbook(path, user=stats_user)

    # then growth-only rows store the cumulative growth and the monthly growth is not taken for it
    added = stored(street, growth_only)
    assert (added.value, added.growth_pct) == (None, D("16.8"))
    output = stored(street, catalogue["output"])
    assert (output.value, output.month_value, output.growth_pct) == (D("123.45") * YI, 20 * YI, D("12.3"))


def test_unit_sheet_reads_last_years_column_and_a_single_month_column(tmp_path, stats_user, street, catalogue):
    # given columns headed by periods only: 6月 (the month alone), 2021年1-6月 and 2020年1-6月
    rows = [
        ["填报单位：走马岭街", None, None, None, None],
        ["指标名称", "6月", "2021年1-6月", "2020年1-6月", "增长%"],
        ["规上工业总产值", 20, 120, 100, 20],
    ]
    path = xlsx(tmp_path / "p.xlsx", {"S": rows})

    # when it is imported
    summary = import_workbook(path, user=stats_user)

    # then the 2021 column is the cumulative value, the 2020 one last year's, 6月 the month's
    figure = stored(street, catalogue["output"])
    assert (figure.value, figure.prior_value, figure.month_value) == (120 * YI, 100 * YI, 20 * YI)
    assert summary.warnings == []


def test_unit_sheet_ignores_target_completion_and_rank_columns(tmp_path, stats_user, street, catalogue):
    rows = [
        ["走马岭街2021年1-6月主要经济指标完成情况"],
        ["序号", "指标名称", "全年目标", "1-6月累计", "同比增长(%)", "完成全年目标(%)", "增速排名"],
        [1, "规上工业总产值", 300, 123.45, 12.3, 41.2, 3],
    ]
    summary = import_workbook(xlsx(tmp_path / "g.xlsx", {"S": rows}), user=stats_user)
    assert (summary.layout, summary.created) == ("unit_sheet", 1)
    assert stored(street, catalogue["output"]).value == D("123.45") * YI


def test_unit_sheet_takes_the_unit_from_the_title_when_there_is_no_reporting_line(
    tmp_path, stats_user, street, catalogue
):
    # given a sheet with the street only in its title and the amounts in 万元
    rows = unit_sheet(
        unit_line="单位：万元",
        rows=[["规上工业总产值", None, None, 12345, None, "12.3"]],
        header=("指标名称", "备注", "本月", "1-6月累计", "上年同期", "同比增长(%)"),
    )
    path = xlsx(tmp_path / "c.xlsx", {"Sheet1": rows})

    # when it is imported
    import_workbook(path, user=stats_user)

    # then the figure belongs to the street of the title, converted from 万元
    assert stored(street, catalogue["output"]).value == 12345 * WAN


# ---------------------------------------------------------------- layout (b): long table


def test_long_table_imports_units_months_and_statuses(tmp_path, stats_user, street, other_street, catalogue):
    # given a long table of two streets, two months, statuses and per-row units of measure
    rows = [
        ["单位", "指标", "年", "月", "本月", "累计值", "上年同期", "同比%", "计量单位", "状态"],
        ["走马岭街", "规上工业总产值", 2021, 5, None, 100, 90, 11.1, "亿元", "正式"],
        ["走马岭街", "规上工业总产值", 2021, 6, 23.45, 123.45, 110.2, 12.3, "亿元", "快报"],
        ["金银湖 街", "社零", "2021", "1-6月", None, "5,000", None, "8.5", "万元", "预计"],
        ["金银湖街", "FDI", 2021, 6, None, 2471.6, None, None, "万美元", None],
    ]
    path = xlsx(tmp_path / "long.xlsx", {"数据": rows})

    # when it is imported
    summary = import_workbook(path, user=stats_user)

    # then every row is a figure of its own unit and period
    assert (summary.layout, summary.created, summary.year, summary.month) == ("long", 4, 2021, None)
    may = stored(street, catalogue["output"], month=5)
    assert (may.value, may.status) == (100 * YI, "final")
    june = stored(street, catalogue["output"])
    assert (june.value, june.month_value, june.growth_pct, june.status) == (
        D("123.45") * YI,
        D("23.45") * YI,
        D("12.3"),
        "flash",
    )
    retail = stored(other_street, catalogue["retail"])
    assert (retail.value, retail.growth_pct, retail.status) == (5000 * WAN, D("8.5"), "estimate")
    assert stored(other_street, catalogue["fdi"]).value == D("2471.6") * WAN


def test_long_table_without_period_columns_takes_the_period_from_the_options(tmp_path, stats_user, street, catalogue):
    # given a long table with neither 年/月 columns nor a title
    rows = [["单位名称", "指标名称", "累计值", "同比增长(%)"], ["走马岭街", "规上工业总产值", 50, 3]]
    path = xlsx(tmp_path / "long.xlsx", {"S": rows})

    # when it is imported with --year/--month
    import_workbook(path, user=stats_user, year=2021, month=3)

    # then those give the period
    assert stored(street, catalogue["output"], month=3).value == 50 * YI


# ---------------------------------------------------------------- layout (c): matrix


def test_matrix_imports_one_month_of_every_unit(tmp_path, stats_user, zone_unit, street, other_street, catalogue):
    # given one month as units × indicators, units of measure in the header, a total row
    rows = [
        ["各街道2021年1-6月主要经济指标"],
        ["序号", "单位", "规上工业总产值（亿元）", "社会消费品零售总额(万元)", "实际利用外资(万美元)", "备注"],
        [1, "走马岭街", 123.45, 5000, 100, None],
        [2, "金银湖街", "67.8", "—", 200.5, "快报"],
        [None, "合计", 191.25, 5000, 300.5, None],
        ["注：合计为各街道之和。"],
    ]
    path = xlsx(tmp_path / "m.xlsx", {"M": rows})

    # when it is imported
    summary = import_workbook(path, user=stats_user)

    # then each cell is a cumulative 1-6月 figure in base units; empty cells and the total row are skipped
    assert (summary.layout, summary.rows, summary.created, summary.month) == ("matrix", 2, 5, 6)
    assert stored(street, catalogue["output"]).value == D("123.45") * YI
    assert stored(street, catalogue["retail"]).value == 5000 * WAN
    assert stored(other_street, catalogue["fdi"]).value == D("200.5") * WAN
    assert not Figure.objects.filter(unit=other_street, indicator=catalogue["retail"]).exists()
    assert not Figure.objects.filter(unit=zone_unit).exists()


def test_matrix_reads_value_and_growth_columns_under_each_indicator(tmp_path, stats_user, street, catalogue):
    # given indicator names merged over their 累计 and 同比% columns
    rows = [["2021年1-6月"], ["单位", "规上工业总产值", None], [None, "1-6月累计", "同比%"], ["走马岭街", 10, 2.5]]
    path = xlsx(tmp_path / "m.xlsx", {"M": rows}, {"M": ["A2:A3", "B2:C2"]})

    # when it is imported
    import_workbook(path, user=stats_user)

    # then both land on the same figure
    figure = stored(street, catalogue["output"])
    assert (figure.value, figure.growth_pct) == (10 * YI, D("2.5"))


# ---------------------------------------------------------------- bad input: reported, nothing saved


def long_rows(*rows):
    return {"S": [["单位", "指标", "年", "月", "累计值", "上年同期", "同比%"], *rows]}


BAD_INPUTS = [
    pytest.param(
        long_rows(["走马岭街", "规上工业总产量", 2021, 6, 10, None, 1]),
        ["第 2 行「指标」: 「规上工业总产量」不在指标目录中"],
        id="unknown-indicator",
    ),
    pytest.param(
        long_rows(["长青街", "规上工业总产值", 2021, 6, 10, None, 1]),
        ["第 2 行「单位」: 「长青街」不在单位名录中"],
        id="unknown-unit",
    ),
    pytest.param(
        long_rows(
            ["走马岭街", "规上工业总产值", 2021, 6, "abc", None, 1], ["走马岭街", "社零", 2021, 6, 5, None, "约5"]
        ),
        ["第 2 行「累计值」: 「abc」不是数字", "第 3 行「同比%」: 「约5」不是数字"],
        id="text-in-number-cell",
    ),
    pytest.param(
        long_rows(
            ["走马岭街", "规上工业总产值", 2021, 6, 10, None, 1], ["走马岭街", "规上工业总产值", 2021, 6, 11, None, 1]
        ),
        ["第 3 行「指标」: 与第 2 行重复（走马岭街「规模以上工业总产值」2021年1-6月）"],
        id="duplicate-row",
    ),
    pytest.param(
        long_rows(["走马岭街", "社零", 2021, 13, 10, None, 1]),
        ["第 2 行「月」: 月份 13 超出 1-12 月"],
        id="month-beyond-year",
    ),
    pytest.param(
        long_rows(["走马岭街", "社零", 2021, 5, 10, None, 1], ["走马岭街", "社零", 2021, 6, 9, None, 1]),
        [
            "第 3 行「累计值」: 累计值不能小于更早月份——1-6月 900000000 低于 1-5月 1000000000"
            "（走马岭街「社会消费品零售总额」，基本单位）"
        ],
        id="cumulative-decreases-in-file",
    ),
    pytest.param(
        long_rows(["走马岭街", "规上工业总产值", 2021, 1, 10, None, 1]),
        ["第 2 行「月」: 指标「规模以上工业总产值」没有 1-1 月的报告期（自 1-2 月起报）"],
        id="month-not-reported",
    ),
    pytest.param(
        long_rows(["", "社零", 2021, 6, 10, None, 1], ["走马岭街", "社零", "二〇二一", 6, 10, None, 1]),
        ["第 2 行「单位」: 缺少单位", "第 3 行「年」: 「二〇二一」不是有效的年份"],
        id="missing-unit-bad-year",
    ),
    pytest.param(
        {"S": [["走马岭街2021年1-13月"], ["填报单位：走马岭街"], ["指标名称", "累计"], ["社零", 1]]},
        ["第 1 行「标题」: 月份 13 超出 1-12 月"],
        id="title-month-13",
    ),
    pytest.param(
        {"S": [["走马岭街主要经济指标"], ["指标名称", "累计"], ["社零", 1]]},
        [
            "第 2 行「累计」: 无法确定年份：标题和列名中都没有「2021年」这样的年份，请指定年份（--year）",
            "第 2 行「累计」: 无法确定月份：标题和列名中都没有「1-6月」「上半年」这样的期间，请指定月份（--month）",
        ],
        id="no-period",
    ),
    pytest.param(
        {"S": [["2021年1-6月"], ["填报单位：长青街"], ["指标名称", "累计"], ["社零", 1]]},
        ["第 2 行「填报单位」: 「长青街」不在单位名录中"],
        id="unknown-reporting-unit",
    ),
    pytest.param(
        {"S": [["2021年1-6月"], ["填报单位：走马岭街"], ["指标名称", "1-5月累计"], ["社零", 1]]},
        ["第 3 行「1-5月累计」: 列名中的1-5月与第 1 行标题「2021年1-6月」的1-6月不一致"],
        id="title-and-column-disagree",
    ),
    pytest.param(
        {"S": [["2021年1-6月"], ["单位", "规上工业总产值", "规上工业总产量"], ["走马岭街", 1, 2]]},
        ["第 2 行「规上工业总产量」: 「规上工业总产量」不在指标目录中"],
        id="matrix-unknown-indicator",
    ),
    pytest.param(
        {"S": [["2021年1-6月"], ["单位", "规上工业总产值"], ["走马岭街", 1], ["走马岭街", 2]]},
        ["第 4 行「单位」: 单位「走马岭街」与第 3 行重复"],
        id="matrix-duplicate-unit",
    ),
    pytest.param(
        {"S": [["2021年1-6月"], ["填报单位：走马岭街"], ["指标名称", "计量单位", "累计"], ["FDI", "亿元", 1]]},
        ["第 4 行「计量单位」: 计量单位「亿元」与指标「实际利用外资」的计量单位「万美元」不符"],
        id="wrong-currency",
    ),
]


@pytest.mark.parametrize(("sheets", "errors"), BAD_INPUTS)
def test_import_rejects_bad_input_with_row_and_column_and_saves_nothing(
    tmp_path, stats_user, street, other_street, catalogue, sheets, errors
):
    # given a workbook with bad rows next to good ones
    path = xlsx(tmp_path / "bad.xlsx", sheets)
    before = counts()

    # when it is imported
    with pytest.raises(DomainError) as caught:
        import_workbook(path, user=stats_user)

    # then every error is reported as 第 N 行「列名」: 原因 and nothing is saved
    assert caught.value.errors == errors
    assert counts() == before


def test_import_rejects_cumulative_value_below_a_stored_month_and_saves_nothing(
    tmp_path, stats_user, street, catalogue
):
    # given 1-5月 already stored at 100亿元
    FigureFactory(unit=street, indicator=catalogue["output"], month=5, value=100 * YI)
    path = xlsx(tmp_path / "x.xlsx", {"S": unit_sheet(rows=[["规上工业总产值", "亿元", 5, 90, None, 1]])})
    before = counts()

    # when 1-6月 comes in lower
    with pytest.raises(DomainError) as caught:
        import_workbook(path, user=stats_user)

    # then the action's message comes through with the sheet's row and column
    assert caught.value.errors == [
        "第 5 行「1-6月累计」: 累计值不能小于更早月份——1-6月 9000000000 低于 1-5月 10000000000"
        "（走马岭街「规模以上工业总产值」，基本单位）"
    ]
    assert counts() == before


def test_import_reports_errors_of_every_sheet_and_names_the_sheet(
    tmp_path, stats_user, street, other_street, catalogue
):
    # given two street sheets, each with one bad row
    good = ["社会消费品零售总额", "亿元", None, 5, None, 1]
    sheets = {
        "走马岭街": unit_sheet(rows=[good, ["规上工业总产量", "亿元", None, 1, None, 1]]),
        "金银湖街": unit_sheet(
            title="金银湖街2021年1-6月",
            unit_line="填报单位：金银湖街",
            rows=[good, ["规上工业总产值", "亿元", None, "abc", None, 1]],
        ),
    }
    path = xlsx(tmp_path / "two.xlsx", sheets)

    # when it is imported
    with pytest.raises(DomainError) as caught:
        import_workbook(path, user=stats_user)

    # then both errors are listed, each with its sheet
    assert caught.value.errors == [
        "第 6 行「指标名称」: 「规上工业总产量」不在指标目录中（工作表「走马岭街」）",
        "第 6 行「1-6月累计」: 「abc」不是数字（工作表「金银湖街」）",
    ]
    assert Figure.objects.count() == 0


def test_import_of_two_street_sheets_saves_both(tmp_path, stats_user, street, other_street, catalogue):
    sheets = {
        "走马岭街": unit_sheet(),
        "金银湖街": unit_sheet(title="金银湖街2021年1-6月", unit_line="填报单位：金银湖街"),
    }
    summary = import_workbook(xlsx(tmp_path / "two.xlsx", sheets), user=stats_user)
    assert (summary.sheets, summary.created) == (2, 6)
    assert stored(other_street, catalogue["retail"]).value == D("1234.5") * YI


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not an excel file", UNREADABLE), (b"PK\x03\x04broken zip", UNREADABLE)],
)
def test_import_rejects_a_file_that_is_not_xlsx(tmp_path, stats_user, content, message):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(DomainError) as caught:
        import_workbook(path, user=stats_user)
    assert caught.value.message == message


def test_import_rejects_a_file_over_the_size_limit(tmp_path, stats_user, settings, street, catalogue):
    settings.YUANQU_IMPORT_MAX_BYTES = 1000
    path = xlsx(tmp_path / "big.xlsx", {"S": unit_sheet()})
    with pytest.raises(DomainError) as caught:
        import_workbook(path, user=stats_user)
    assert caught.value.message.startswith("文件过大")
    with pytest.raises(DomainError), path.open("rb") as fh:
        import_workbook(fh, user=stats_user)


def test_import_accepts_an_uploaded_file_object(tmp_path, stats_user, street, catalogue):
    path = xlsx(tmp_path / "up.xlsx", {"S": unit_sheet()})
    with path.open("rb") as fh:
        summary = import_workbook(fh, user=stats_user)
    assert (summary.file, summary.created) == ("up.xlsx", 3)


# ---------------------------------------------------------------- permissions


def test_reporter_imports_their_own_units_sheet(tmp_path, reporter, street, catalogue):
    path = xlsx(tmp_path / "own.xlsx", {"S": unit_sheet()})
    summary = import_workbook(path, user=reporter)
    assert summary.created == 3
    assert stored(street, catalogue["output"]).updated_by == reporter


def test_reporter_cannot_import_another_streets_sheet_and_nothing_is_saved(tmp_path, reporter, other_street, catalogue):
    path = xlsx(tmp_path / "other.xlsx", {"S": unit_sheet(title="金银湖街2021年1-6月", unit_line="填报单位：金银湖街")})
    before = counts()
    with pytest.raises(DomainError) as caught:
        import_workbook(path, user=reporter)
    assert caught.value.errors == ["第 2 行「填报单位」: 无权填报单位「金银湖街」的数据"]
    assert counts() == before


def test_reporter_cannot_import_other_units_rows_of_a_long_table(tmp_path, reporter, street, other_street, catalogue):
    sheets = long_rows(
        ["走马岭街", "社零", 2021, 6, 5, None, 1],
        ["金银湖街", "社零", 2021, 6, 5, None, 1],
        ["金银湖街", "FDI", 2021, 6, 5, None, 1],
    )
    with pytest.raises(DomainError) as caught:
        import_workbook(xlsx(tmp_path / "l.xlsx", sheets), user=reporter)
    assert caught.value.errors == ["第 3 行「单位」: 无权填报单位「金银湖街」的数据"]
    assert Figure.objects.count() == 0


# ---------------------------------------------------------------- dry run and re-import


def test_dry_run_reports_what_would_happen_and_saves_nothing(tmp_path, stats_user, street, catalogue):
    path = xlsx(tmp_path / "d.xlsx", {"S": unit_sheet()})
    before = counts()
    summary = import_workbook(path, user=stats_user, dry_run=True)
    assert (summary.dry_run, summary.created) == (True, 3)
    assert counts() == before


def test_reimport_of_the_same_file_reports_unchanged_and_writes_no_log(tmp_path, stats_user, street, catalogue):
    path = xlsx(tmp_path / "r.xlsx", {"S": unit_sheet()})
    import_workbook(path, user=stats_user)
    logs = ChangeLog.objects.count()
    summary = import_workbook(path, user=stats_user)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3)
    assert ChangeLog.objects.count() == logs


def test_options_override_the_sheet(tmp_path, stats_user, street, other_street, catalogue):
    path = xlsx(tmp_path / "o.xlsx", {"S": unit_sheet()})
    summary = import_workbook(path, user=stats_user, year=2022, month=7, unit="金银湖街")
    assert (summary.year, summary.month) == (2022, 7)
    assert stored(other_street, catalogue["output"], month=7, year=2022).value == D("123.45") * YI


# ---------------------------------------------------------------- the command


def run(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("import_figures", *[str(a) for a in args], stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_command_prints_a_json_summary_and_exits_0(tmp_path, admin_user, street, catalogue):
    path = xlsx(tmp_path / "c.xlsx", {"S": unit_sheet()})
    code, out, _err = run(path)
    summary = json.loads(out)
    assert code == 0
    assert {k: summary[k] for k in ("layout", "sheets", "rows", "created", "dry_run", "year", "month")} == {
        "layout": "unit_sheet",
        "sheets": 1,
        "rows": 3,
        "created": 3,
        "dry_run": False,
        "year": 2021,
        "month": 6,
    }
    assert ChangeLog.objects.filter(model="indicators.figure", user=admin_user).count() == 3


def test_command_exits_2_listing_every_error_on_stderr_and_saves_nothing(tmp_path, stats_user, street, catalogue):
    sheets = long_rows(
        ["走马岭街", "规上工业总产量", 2021, 6, 10, None, 1], ["长青街", "社零", 2021, 6, "abc", None, 1]
    )
    path = xlsx(tmp_path / "bad.xlsx", sheets)
    code, out, err = run(path, "--user", "tongji")
    expected = [
        "第 2 行「指标」: 「规上工业总产量」不在指标目录中",
        "第 3 行「累计值」: 「abc」不是数字",
        "第 3 行「单位」: 「长青街」不在单位名录中",
    ]
    assert code == 2
    assert err.splitlines() == expected
    assert json.loads(out)["errors"] == expected
    assert Figure.objects.count() == 0


def test_command_dry_run_saves_nothing(tmp_path, stats_user, street, catalogue):
    path = xlsx(tmp_path / "c.xlsx", {"S": unit_sheet()})
    code, out, _err = run(path, "--dry-run", "--user", "tongji")
    assert (code, json.loads(out)["dry_run"], json.loads(out)["created"]) == (0, True, 3)
    assert Figure.objects.count() == 0


def test_command_rejects_an_unreadable_file_and_an_unknown_user(tmp_path, stats_user):
    path = tmp_path / "x.xlsx"
    path.write_text("hello")
    assert run(path, "--user", "tongji")[0::2] == (2, UNREADABLE + "\n")
    assert run(path, "--user", "nobody")[0::2] == (2, "用户「nobody」不存在\n")


def test_command_without_user_needs_an_administrator(tmp_path, street, catalogue):
    path = xlsx(tmp_path / "c.xlsx", {"S": unit_sheet()})
    code, _out, err = run(path)
    assert (code, err) == (2, "没有可用的系统管理员账号：请用 --user 指定以哪个用户的身份导入\n")
    UserFactory(username="root", role=Role.VIEWER, is_superuser=True)
    assert run(path)[0] == 0
