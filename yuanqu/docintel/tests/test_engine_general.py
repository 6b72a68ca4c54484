"""Generality rules: periods named by titles, headings and paragraphs; numbered goal lists of a plan
year; subjects in other common wordings (实现进口…, 一般贸易出口占比…, 新建成5G基站…); sector-narrowed
indicators in 亿美元/万美元 with their own growth. Sentences written for the tests (provinces, years
and wordings varied on purpose)."""

from __future__ import annotations

from typing import Any

from yuanqu.docintel.tests.helpers import facts


def find(text: str, indicator: str) -> list[dict[str, Any]]:
    return [f for f in facts(text) if f["indicator"] == indicator or f["label"] == indicator]


def one(text: str, indicator: str) -> dict[str, Any]:
    found = find(text, indicator)
    assert len(found) == 1, (indicator, [(f["indicator"], f["value"], f["growth_pct"]) for f in facts(text)])
    return found[0]


# ------------------------------------------------------------------ (1) periods


def test_title_period_governs_the_figures_below_it():
    text = (
        "江西省某经开区2022年1-9月经济运行情况\n"
        "一、工业经济\n"
        "规上工业增加值增长8.5%。完成规上工业总产值252亿元，增长12.3%。\n"
        "二、对外贸易\n"
        "外贸进出口总额45.6亿元，增长9%。\n"
    )
    for f in facts(text):
        assert (f["year"], f["months"]) == (2022, [1, 9]), f


def test_quarter_and_half_year_titles_give_their_months():
    q1 = "2024年一季度园区经济运行简报\n园区实现营业收入120亿元，同比增长6.1%。固定资产投资增长10.2%。\n"
    assert {tuple(f["months"]) for f in facts(q1)} == {(1, 3)}
    q3 = "2021年前三季度主要经济指标\n规上工业增加值增长7.2%，固定资产投资完成86亿元。\n"
    assert {tuple(f["months"]) for f in facts(q3)} == {(1, 9)}
    h1 = "上半年经济运行分析\n社会消费品零售总额38.2亿元，增长5.5%。\n"
    assert one(h1, "社会消费品零售总额")["months"] == [1, 6]


def test_a_long_title_still_names_the_period():
    text = (
        "关于安徽省某国家级经济技术开发区2023年1—10月经济运行情况和下一阶段重点工作安排的报告\n"
        "规上工业总产值完成412亿元，增长11%。\n"
    )
    f = one(text, "规模以上工业总产值")
    assert (f["year"], f["months"]) == (2023, [1, 10])


def test_a_later_heading_with_another_period_takes_over():
    text = (
        "关于2024年1-10月经济运行情况的报告\n"
        "规上工业总产值完成412亿元，增长11%。\n"
        "一、2024年全年预计\n"
        "规上工业总产值预计完成500亿元。\n"
        "二、2025年工作目标\n"
        "规上工业总产值增长10%。\n"
    )
    got = [(f["kind"], f["year"], f["months"]) for f in facts(text)]
    assert got == [("actual", 2024, [1, 10]), ("estimate", 2024, [1, 12]), ("target", 2025, [1, 12])]


def test_a_plan_heading_without_period_starts_the_whole_year():
    text = "河南某高新区2023年1-6月工作情况\n新签约项目12个。\n二、下一步工作打算\n力争新签约项目30个。\n"
    got = [(f["value"], f["months"]) for f in facts(text)]
    assert got == [(12, [1, 6]), (30, [1, 12])]


def test_estimate_period_before_or_after_the_cue():
    text = "预计1-4月，规上工业总产值完成98亿元，增长7%。1-4月预计完成固定资产投资32亿元。"
    got = [(f["indicator"], f["kind"], f["months"]) for f in facts(text)]
    assert ("规模以上工业总产值", "estimate", [1, 4]) in got
    assert ("固定资产投资", "estimate", [1, 4]) in got


def test_estimate_heading_makes_its_figures_estimates():
    text = "广东某园区经济运行\n三、预计1-5月主要指标\n规上工业总产值完成210亿元，增长6%。\n"
    f = one(text, "规模以上工业总产值")
    assert (f["kind"], f["months"]) == ("estimate", [1, 5])


def test_paragraph_period_carries_across_semicolons():
    text = "2023年，全区经济平稳。\n1—6月，规上工业增加值增长9.1%；固定资产投资增长6.2%；出口下降3%。\n全年新增市场主体800户。"
    got = {f["indicator"]: f["months"] for f in facts(text)}
    assert got["规模以上工业增加值"] == [1, 6]
    assert got["固定资产投资"] == [1, 6]
    assert got["出口总额"] == [1, 6]
    assert got["新登记市场主体"] == [1, 12]


def test_period_in_parentheses_belongs_to_its_figure_only():
    text = "2019年，全口径税收已完成5.2亿元（10月底），增长8%。固定资产投资预计完成40亿元。"
    got = {f["indicator"]: f["months"] for f in facts(text)}
    assert got["固定资产投资"] == [1, 12]


def test_a_clause_naming_the_full_year_governs_the_rest_of_its_sentence():
    text = "2024年1-11月，完成工业投资110亿元。预计2024年全年完成工业总产值650亿元，工业投资125亿元。"
    got = [(f["value"], f["months"]) for f in facts(text)]
    assert got == [(110, [1, 11]), (650, [1, 12]), (125, [1, 12])]


def test_a_single_month_is_that_month():
    text = (
        "2023年山东某开发区前三季度运行情况\n前三季度，地区生产总值186亿元，增长6.2%。9月当月规上工业增加值增长5%。\n"
    )
    f = one(text, "规模以上工业增加值")
    assert (f["months"], f["growth_pct"]) == ([9, 9], 5)


# ------------------------------------------------------------------ (2) goal lists


def test_inline_numbered_goal_list_gives_targets_of_the_plan_year():
    text = (
        "2025年主要目标：1.地区生产总值增长7%左右；2.规上工业增加值增长8%以上；"
        "3.固定资产投资突破300亿元，增长12%；4.新签约项目40个；5.新建成5G基站46个。"
    )
    got = [(f["indicator"], f["kind"], f["year"]) for f in facts(text)]
    assert len(got) == 5
    assert all(kind == "target" and year == 2025 for _, kind, year in got)
    fai = one(text, "固定资产投资")
    assert (fai["value_base"], fai["growth_pct"]) == (30_000_000_000, 12)


def test_goal_list_one_a_line_under_a_heading_with_chinese_numbering():
    text = (
        "浙江某开发区2024年工作总结\n"
        "一、2024年工作成效\n"
        "全年实现营业收入500亿元。\n"
        "二、2025年主要目标\n"
        "（一）地区生产总值增长6.5%左右。\n"
        "（二）规上工业增加值增长8%。\n"
        "（三）实际使用外资1500万美元，增长5%。\n"
        "（四）新签约亿元以上项目30个。\n"
    )
    targets = [f for f in facts(text) if f["kind"] == "target"]
    assert len(targets) == 4
    assert all(f["year"] == 2025 and f["months"] == [1, 12] for f in targets)
    assert one(text, "营业收入")["kind"] == "actual"


def test_goal_list_introduced_by_a_colon_line_takes_its_year():
    text = (
        "福建某园区2024年工作总结\n"
        "全年完成固定资产投资80亿元。\n"
        "展望新的一年，2025年园区发展的主要预期目标是：\n"
        "(1) 营业收入增长10%；\n"
        "(2) 力争新增规上工业企业20家；\n"
        "① 确保外贸进出口总额突破50亿元；\n"
    )
    targets = [f for f in facts(text) if f["kind"] == "target"]
    assert len(targets) == 3
    assert all(f["year"] == 2025 for f in targets)


def test_next_year_heading_of_a_review_is_the_plan_year():
    text = (
        "湖南省某高新区2024年工作总结\n"
        "一、主要成效\n"
        "全年实现营业收入500亿元。\n"
        "二、明年主要目标\n"
        "1. 营业收入增长10%；\n"
        "2. 新增规上工业企业20家；\n"
    )
    got = [(f["kind"], f["year"]) for f in facts(text)]
    assert got == [("actual", 2024), ("target", 2025), ("target", 2025)]


def test_goal_list_with_circled_and_chinese_numbers_without_punctuation():
    text = "2026年工作目标\n一、规上工业总产值增长10%\n二、确保固定资产投资增长8%\n③ 计划总投资亿元以上项目23个"
    got = [(f["kind"], f["year"], f["value_base"] or f["growth_pct"]) for f in facts(text)]
    assert got == [("target", 2026, 10), ("target", 2026, 8), ("target", 2026, 23)]


# ------------------------------------------------------------------ (3) other wordings


def test_import_and_export_figures_with_their_growth():
    text = "2023年，实现出口12.5亿元，增长3%；实现进口6.1亿美元，下降4.1%。进口增长5%。"
    imports = find(text, "进口")
    assert [(f["value_base"], f["growth_pct"]) for f in imports] == [(610_000_000, -4.1), (None, 5)]
    assert imports[0]["currency"] == "USD"


def test_completed_output_is_a_value():
    f = one("2022年，完成规上工业总产值252亿元，同比增长9%。", "规模以上工业总产值")
    assert (f["value_base"], f["growth_pct"], f["kind"]) == (25_200_000_000, 9, "actual")


def test_share_stated_alone_is_a_fact_but_a_share_qualifying_a_figure_is_not():
    text = "2023年，一般贸易出口占比58.2%。民营企业进出口占61%。工业投资45亿元，占全市的12%。出口额12亿元，占比30%。"
    shares = [(f["indicator"], f["value"]) for f in facts(text) if f["unit"] == "%"]
    assert shares == [("一般贸易出口占比", 58.2), ("民营企业进出口占比", 61)]


def test_planned_investment_is_a_name_not_a_target_cue():
    f = one("2023年，全区计划总投资亿元以上项目23个。", "总投资亿元以上项目")
    assert (f["kind"], f["value"]) == ("actual", 23)


def test_counts_named_by_what_was_done():
    text = "2024年，新建成5G基站46个，新开通充电桩120个，新签约项目40个。"
    got = {(f["label"], f["value"]) for f in facts(text)}
    assert {("新建成5G基站", 46), ("新开通充电桩", 120), ("新签约项目", 40)} <= got


def test_figure_at_the_very_end_of_the_text_is_read():
    assert one("2025年工作目标\n② 新增高新技术企业15家", "新增高新技术企业")["value"] == 15


# ------------------------------------------------------------------ (4) dollars with growth


def test_sector_narrowed_foreign_investment_in_dollars_with_its_growth():
    text = (
        "2023年，全区实际使用外资2.3亿美元，同比增长12%；其中制造业实际使用外资19230万美元，增长45.9%。"
        "机电产品出口8600万美元，增长12.5%；合同外资3.2亿美元，下降8%。"
    )
    fdi = one(text, "制造业实际使用外资")
    assert (fdi["value_base"], fdi["currency"], fdi["growth_pct"]) == (192_300_000, "USD", 45.9)
    assert one(text, "实际利用外资")["growth_pct"] == 12
    assert one(text, "机电产品出口")["growth_pct"] == 12.5
    contract = one(text, "合同外资")
    assert (contract["value_base"], contract["growth_pct"]) == (320_000_000, -8)


def test_sector_narrowed_growth_only_item():
    f = one("2022年，高技术制造业增加值增长15.3%，一般贸易出口增长6%。", "一般贸易出口")
    assert f["growth_pct"] == 6 and f["value"] is None
