"""Statistics tables (指标 | 1-N月 | 同比增长% | 全年目标 | 完成目标%): rows read into facts column by
column. Tables written for the tests; .docx and .xlsx built on the fly."""

from __future__ import annotations

import io

import pytest

from yuanqu.docintel.engine import extract_text
from yuanqu.docintel.engine.reader import read_bytes
from yuanqu.docintel.engine.tables import classify_header, find_tables, parse_unit

FIELDS = (
    "indicator",
    "kind",
    "year",
    "months",
    "value",
    "unit",
    "value_base",
    "currency",
    "growth_pct",
    "completion_pct",
)


def facts(text: str) -> list[dict]:
    return [{k: f[k] for k in FIELDS} for f in extract_text(text)["facts"]]


def by_name(found: list[dict], indicator: str, kind: str = "actual") -> dict:
    matches = [f for f in found if f["indicator"] == indicator and f["kind"] == kind]
    assert len(matches) == 1, found
    return matches[0]


UNIT_COLUMN_TABLE = (
    "2024年1-10月全区主要经济指标\n"
    "指标\t单位\t1-10月\t同比增长%\n"
    "规模以上工业总产值\t亿元\t1,263.4\t5.2\n"
    "其中：高新技术产业产值\t亿元\t612.0\t-3.2\n"
    "实际使用外资\t万美元\t24716\t12.4\n"
    "新增规上工业企业\t家\t25\t—\n"
    "一般贸易出口占比\t%\t58.2\t\n"
)


def test_rows_of_a_table_with_a_unit_column_give_actual_facts_of_the_caption_period():
    # given a 1-10月 table under a caption naming the year, with a unit column
    # when the text is read
    found = facts(UNIT_COLUMN_TABLE)
    # then each row is one actual fact with its value in base units and its growth
    assert by_name(found, "规模以上工业总产值") == {
        "indicator": "规模以上工业总产值",
        "kind": "actual",
        "year": 2024,
        "months": [1, 10],
        "value": 1263.4,
        "unit": "亿元",
        "value_base": 126_340_000_000,
        "currency": "CNY",
        "growth_pct": 5.2,
        "completion_pct": None,
    }
    fdi = by_name(found, "实际利用外资")
    assert (fdi["value_base"], fdi["unit"], fdi["currency"]) == (247_160_000, "万美元", "USD")
    firms = by_name(found, "新增规上工业企业")
    assert (firms["value_base"], firms["currency"], firms["growth_pct"]) == (25, None, None)
    share = by_name(found, "一般贸易出口占比")
    assert (share["value"], share["unit"], share["value_base"]) == (58.2, "%", 58.2)
    assert len(found) == 5


def test_sub_item_is_named_without_its_prefix_and_negative_growth_is_kept():
    fact = by_name(facts(UNIT_COLUMN_TABLE), "高新技术产业产值")
    assert (fact["value"], fact["growth_pct"]) == (612, -3.2)


def test_span_of_a_row_fact_runs_from_the_name_cell_to_the_last_cell_used():
    text = UNIT_COLUMN_TABLE
    fact = extract_text(text)["facts"][0]
    assert fact["text"] == "规模以上工业总产值\t亿元\t1,263.4\t5.2"
    assert text[fact["start"] : fact["end"]] == fact["text"]


def test_units_in_the_names_and_growth_named_rows():
    # given a table whose names carry their unit in brackets, one row stating only a growth rate
    text = (
        "2023年前三季度主要指标\n"
        "指标名称\t1-9月\t增速\n"
        "规模以上工业总产值（亿元）\t1362.58\t6.1\n"
        "固定资产投资(万元)\t86,500\t-0.8\n"
        "规上工业增加值增速（%）\t9.2\t\n"
    )
    found = facts(text)
    assert by_name(found, "规模以上工业总产值")["value_base"] == 136_258_000_000
    investment = by_name(found, "固定资产投资")
    assert (investment["value_base"], investment["growth_pct"], investment["months"]) == (865_000_000, -0.8, [1, 9])
    # then a row named …增速（%） is the growth of the indicator, with no value
    growth = by_name(found, "规模以上工业增加值")
    assert (growth["value"], growth["unit"], growth["growth_pct"]) == (None, None, 9.2)


def test_two_line_header_takes_the_period_spanning_its_columns_and_leaves_out_the_prior_year():
    # given a header whose first row names the periods over two columns each
    text = (
        "附表\n"
        "指标\t单位\t2024年1-9月\t\t2023年1-9月\n"
        "\t\t绝对值\t同比增长%\t绝对值\n"
        "外贸进出口总额\t亿元\t219\t16.0\t188.8\n"
        "地方一般公共预算收入\t万元\t100,223\t-2.5\t102,790\n"
    )
    found = facts(text)
    trade = next(f for f in found if f["indicator"] == "外贸进出口总额" and f["year"] == 2024)
    assert (trade["year"], trade["months"], trade["value_base"], trade["growth_pct"]) == (
        2024,
        [1, 9],
        21_900_000_000,
        16,
    )
    assert [f["growth_pct"] for f in found if f["indicator"] == "地方一般公共预算收入"] == [-2.5, None]
    # the 2023 column is the same period of the year before: figures of 2023 (round 16; it had been
    # left out as a comparison base, but held-out annotators count it, as they count （上年同期…）)
    prior = [(f["indicator"], f["year"], f["months"], f["value_base"]) for f in found if f["year"] == 2023]
    assert prior == [
        ("外贸进出口总额", 2023, [1, 9], 18_880_000_000),
        ("地方一般公共预算收入", 2023, [1, 9], 1_027_900_000),
    ]


def test_period_row_above_the_header_is_part_of_the_header():
    text = "\t2024年1-9月\t\n指标\t绝对值\t同比增长%\n技改投资（亿元）\t12.5\t20.1\n"
    fact = by_name(facts(text), "技改投资")
    assert (fact["year"], fact["months"], fact["value_base"], fact["growth_pct"]) == (2024, [1, 9], 1_250_000_000, 20.1)


def test_dashes_and_empty_cells_are_no_value_and_a_row_without_numbers_is_skipped():
    text = (
        "2024年1-6月\n"
        "指标\t单位\t累计\t同比增长%\n"
        "固定资产投资\t亿元\t—\t4.8\n"
        "工业投资\t亿元\t-\t-\n"
        "技改投资\t亿元\t\t\n"
    )
    found = facts(text)
    assert found == [
        {
            "indicator": "固定资产投资",
            "kind": "actual",
            "year": 2024,
            "months": [1, 6],
            "value": None,
            "unit": None,
            "value_base": None,
            "currency": None,
            "growth_pct": 4.8,
            "completion_pct": None,
        }
    ]


def test_target_and_completion_columns_give_a_separate_target_fact_of_the_year():
    # given a table with a full-year target and the share of it completed
    text = (
        "2024年1-10月重点指标完成情况\n"
        "指标\t单位\t1-10月\t同比增长%\t全年目标\t完成目标%\n"
        "招商引资实际到位资金\t亿元\t71.15\t8.3\t61\t116.6\n"
        "新增高新技术企业\t家\t18\t\t30\t60\n"
    )
    found = facts(text)
    actual = by_name(found, "招商引资实际到位资金")
    assert (actual["value_base"], actual["growth_pct"], actual["completion_pct"]) == (7_115_000_000, 8.3, 116.6)
    target = by_name(found, "招商引资实际到位资金", "target")
    assert (target["year"], target["months"], target["value_base"], target["completion_pct"]) == (
        2024,
        [1, 12],
        6_100_000_000,
        None,
    )
    assert by_name(found, "新增高新技术企业", "target")["value_base"] == 30
    assert [f["kind"] for f in found] == ["actual", "target", "actual", "target"]


def test_document_title_gives_the_period_when_header_and_caption_name_none():
    text = (
        "开发区2024年上半年经济运行情况\n"
        "上半年，全区经济运行总体平稳，主要指标好于预期。\n"
        "\n"
        "指标\t累计\t增长%\n"
        "规上工业总产值（亿元）\t300\t7.5\n"
    )
    fact = by_name(facts(text), "规模以上工业总产值")
    assert (fact["year"], fact["months"]) == (2024, [1, 6])


def test_estimate_in_the_caption_makes_the_rows_estimates():
    text = "预计2024年全年主要指标\n指标\t单位\t全年\t增长%\n地区生产总值\t亿元\t1590\t6.5\n"
    fact = by_name(facts(text), "地区生产总值", "estimate")
    assert (fact["year"], fact["months"], fact["value_base"]) == (2024, [1, 12], 159_000_000_000)


def test_a_paragraph_of_prose_above_the_table_is_no_caption():
    text = (
        "2024年1-9月经济运行情况\n"
        "前三季度经济运行平稳，预计全年完成地区生产总值1600亿元。\n"
        "指标\t累计\t增长%\n"
        "规上工业总产值（亿元）\t300\t7.5\n"
    )
    fact = by_name(facts(text), "规模以上工业总产值")
    assert (fact["kind"], fact["months"]) == ("actual", [1, 9])


def test_single_month_column_beside_the_cumulative_one_gives_its_own_fact():
    text = "2024年一季度主要指标\n项目\t本月\t1-本月\t累计增长%\n社会消费品零售总额（亿元）\t12.1\t35.3\t4.2\n"
    found = facts(text)
    cumulative = [f for f in found if f["months"] == [1, 3]]
    month = [f for f in found if f["months"] == [3, 3]]
    assert [(f["value"], f["growth_pct"]) for f in cumulative] == [(35.3, 4.2)]
    assert [(f["value"], f["growth_pct"]) for f in month] == [(12.1, None)]


def test_month_column_named_by_its_month_gives_that_month():
    text = "2024年9月经济运行\n指标\t9月\t1-9月\t增长%\n5G基站（个）\t10\t120\t\n"
    found = [(f["months"], f["value_base"]) for f in facts(text)]
    assert found == [([1, 9], 120), ([9, 9], 10)]


def test_goal_table_under_a_caption_naming_goals_gives_targets():
    # given a plan's goal table: one value column for the plan year, no target column
    text = "2025年工作要点\n（二）2025年主要预期目标\n指标\t单位\t2025年\t增长%\n地区生产总值\t亿元\t1700\t7\n"
    fact = by_name(facts(text), "地区生产总值", "target")
    assert (fact["year"], fact["months"], fact["value_base"], fact["growth_pct"]) == (2025, [1, 12], 170_000_000_000, 7)


def test_previous_and_plan_year_columns_give_an_actual_and_a_target():
    text = "主要指标\t单位\t2024年完成\t2025年目标\t目标增速%\n地区生产总值\t亿元\t1500\t1590\t6\n"
    found = [(f["kind"], f["year"], f["value"], f["growth_pct"]) for f in facts(text)]
    assert found == [("actual", 2024, 1500, None), ("target", 2025, 1590, 6)]


def test_intensity_and_total_rows_are_no_facts():
    text = "2024年\n指标\t单位\t累计\t增长%\n亩均税收\t万元/亩\t35\t2\n合计\t亿元\t10\t1\n"
    assert facts(text) == []


def test_section_rows_and_blank_lines_do_not_end_the_table_a_paragraph_does():
    text = (
        "2024年1-9月\n"
        "指标\t单位\t1-9月\t增长%\n"
        "一、工业\t\t\t\n"
        "规模以上工业总产值\t亿元\t900\t5\n"
        "\n"
        "二、投资\t\t\t\n"
        "工业投资\t亿元\t120\t8\n"
        "全区经济运行稳中有进。\n"
        "说明\t2\t3\n"
    )
    tables = find_tables(text)
    assert len(tables) == 1 and tables[0].lines == set(range(1, 7))
    assert [f["indicator"] for f in facts(text)] == ["规模以上工业总产值", "工业投资"]


def test_table_facts_are_in_reading_order_with_the_prose_and_prose_is_still_read():
    text = (
        "2024年1-9月经济运行情况\n"
        "1-9月，全区新签约项目40个。\n"
        "指标\t1-9月\t增长%\n"
        "规上工业总产值（亿元）\t300\t7.5\n"
        "9月以来，全区新增市场主体1200户。\n"
    )
    found = extract_text(text)["facts"]
    assert len(found) == 3 and found[1]["indicator"] == "规模以上工业总产值"
    assert found[1]["text"].startswith("规上工业总产值（亿元）\t300")
    assert found == sorted(found, key=lambda f: f["start"])


def test_table_row_restating_the_prose_is_not_a_second_fact_but_adds_its_growth():
    text = (
        "2024年1-9月经济运行情况\n"
        "1-9月，全区完成规上工业总产值300亿元。\n"
        "指标\t1-9月\t增长%\n"
        "规上工业总产值（亿元）\t300\t7.5\n"
    )
    found = facts(text)
    assert [(f["value_base"], f["growth_pct"]) for f in found] == [(30_000_000_000, 7.5)]


def test_task_table_is_not_read_as_a_statistics_table():
    # given a target-task table whose rows carry figures
    text = (
        "2021年重点目标任务\n"
        "目标名称\t目标内容\t牵头责任单位\t责任单位\n"
        "<b>一、重点经济指标</b>\t\t\t\n"
        "规上工业增加值增速（%）\t16.8\t区科经局\t—\n"
        "招商引资实际到位资金（亿元）\t726\t区商务局\t—\n"
    )
    # then it is no statistics table: the task reader keeps it
    assert find_tables(text) == []
    result = extract_text(text)
    assert result["tasks"]
    assert all(f["kind"] == "target" for f in result["facts"])


def test_a_list_of_projects_gives_no_project_s_figures_but_its_total_row_is_the_batch_s():
    text = (
        "表1 2025年省市重点项目推进情况（单位：亿元）\n"
        "项目\t总投资（亿元）\t年度计划投资\t完成投资\t完成率\n京东方生产线项目\t460\t80\t65\t81\n"
        "合计\t612\t120\t98\t81.7\n"
    )
    assert [t.projects is not None for t in find_tables(text)] == [True]
    assert [(f["indicator"], f["kind"], f["value_base"]) for f in facts(text)] == [
        ("省市重点项目总投资", "actual", 61_200_000_000),
        ("省市重点项目完成投资", "target", 12_000_000_000),
        ("省市重点项目完成投资", "actual", 9_800_000_000),
    ]


def test_docx_table_with_merged_header_cells():
    import docx

    # given a Word report whose table has a two-line header (指标 merged down, the period across)
    document = docx.Document()
    document.add_paragraph("高新区2024年1-9月经济运行情况")
    document.add_paragraph("前三季度，全区经济运行总体平稳。")
    table = document.add_table(rows=5, cols=3)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "指标"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "2024年1-9月"
    table.cell(1, 1).text, table.cell(1, 2).text = "绝对值", "同比增长%"
    rows = [
        ("规模以上工业总产值（亿元）", "1,263.4", "5.2"),
        ("其中：工业投资（亿元）", "—", "-3.2"),
        ("新增规上工业企业（家）", "12", ""),
    ]
    for r, cells in enumerate(rows, start=2):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    document.add_paragraph("下一步，全区将继续推进项目建设。")
    buffer = io.BytesIO()
    document.save(buffer)
    # when it is read
    text = read_bytes(buffer.getvalue(), "运行情况.docx").text
    result = extract_text(text)
    # then the rows are facts of 2024, 1-9月, with offsets into the text read
    found = [(f["indicator"], f["value_base"], f["growth_pct"], f["months"]) for f in result["facts"]]
    assert found == [
        ("规模以上工业总产值", 126_340_000_000, 5.2, [1, 9]),
        ("工业投资", None, -3.2, [1, 9]),
        ("新增规上工业企业", 12, None, [1, 9]),
    ]
    first = result["facts"][0]
    assert text[first["start"] : first["end"]].startswith("规模以上工业总产值（亿元）\t1,263.4")


def test_xlsx_sheet_with_caption_unit_section_rows_and_a_target():
    import openpyxl

    # given a sheet: a title row, 单位：万元, the header, section rows (their empty cells dropped)
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [
        ["2024年1-10月主要经济指标"],
        ["单位：万元"],
        ["指标", "1-10月", "同比增长%", "全年目标", "完成目标%"],
        ["一、工业"],
        ["规上工业总产值", 123456.7, 8.1, 150000, 82.3],
        ["二、投资"],
        ["固定资产投资", "-", -4.8, None, None],
    ]:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    result = extract_text(read_bytes(buffer.getvalue(), "指标.xlsx").text)
    found = [
        (f["indicator"], f["kind"], f["value_base"], f["growth_pct"], f["completion_pct"]) for f in result["facts"]
    ]
    assert found == [
        ("规模以上工业总产值", "actual", 1_234_567_000, 8.1, 82.3),
        ("规模以上工业总产值", "target", 1_500_000_000, None, None),
        ("固定资产投资", "actual", None, -4.8, None),
    ]
    assert all(f["year"] == 2024 for f in result["facts"])


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        ("1-10月（亿元）", "value"),
        ("金额(万元)", "value"),
        ("本月", "value"),
        ("同比±%", "growth"),
        ("比上年增长", "growth"),
        ("全年目标", "target"),
        ("年计划", "target"),
        ("完成全年目标%", "completion"),
        ("占年度目标%", "completion"),
        ("计量单位", "unit"),
        ("指标名称", "indicator"),
        ("上年同期", "prior"),
        ("增减额（亿元）", "other"),
        ("备注", "other"),
    ],
)
def test_header_cells_are_classed_by_what_the_column_holds(header, kind):
    assert classify_header(header).kind == kind


@pytest.mark.parametrize(
    ("written", "display", "base"),
    [("亿元", "亿元", "元"), ("万美元", "万美元", "美元"), ("个", "个", "个"), ("万亩", "万亩", "亩")],
)
def test_units_split_into_magnitude_and_base_unit(written, display, base):
    unit = parse_unit(written)
    assert unit is not None and (unit.display, unit.base) == (display, base)
