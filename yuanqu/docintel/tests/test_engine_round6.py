"""Round-6 rules: the base a goal builds on (在2025年…的基础上), years that carry across clauses or only
name a comparison, closed years inside a plan, goals broken down by industry (1.某某产业：…), the total
investment of a signed batch in a goal, patents, the change of a stock, the projects whose investment
is completed and a plan amount named for them. Sentences written for the tests."""

from __future__ import annotations

import pytest

from yuanqu.docintel.tests.helpers import facts

NOTICE = "关于印发2026年招商引资目标任务的通知\n"


def brief(text: str) -> list[tuple]:
    return [
        (f["indicator"], f["kind"], f["year"], f["value_base"] if f["value_base"] is not None else f["growth_pct"])
        for f in facts(text)
    ]


# ------------------------------------------------------------------ the base of a goal


def test_the_figure_a_goal_builds_on_is_an_actual_of_its_own_year():
    # given a plan notice whose goal sentence opens with the base year's figure
    text = NOTICE + "在2025年实际到位资金96.5亿元的基础上，2026年力争签约项目80个以上，协议总投资突破300亿元。"
    # when the text is extracted
    found = brief(text)
    # then the base is an actual of 2025 and the year it names does not pass to the goals
    assert found == [
        ("招商引资实际到位资金", "actual", 2025, 9_650_000_000),
        ("招商引资签约项目", "target", 2026, 80),
        ("签约项目协议总投资", "target", 2026, 30_000_000_000),  # the batch's size (round 14)
    ]


def test_a_growth_after_the_base_is_the_goal_of_the_plan_year():
    text = "二、2026年主要目标\n在上年地区生产总值412亿元基础上，力争增长6%。"
    assert brief(text) == [
        ("地区生产总值", "actual", 2025, 41_200_000_000),
        ("地区生产总值", "target", 2026, 6),
    ]


def test_a_base_named_last_year_in_a_review_is_of_the_year_before():
    text = "2023年，在去年营业收入80亿元的基础上，营业收入达到95亿元，增长18.8%。"
    found = brief(text)
    assert ("营业收入", "actual", 2022, 8_000_000_000) in found
    assert ("营业收入", "actual", 2023, 9_500_000_000) in found


@pytest.mark.parametrize(
    "goal",
    [
        "力争规上工业增加值在2025年基础上增长9%。",
        "规上工业增加值与2025年相比增长9%。",
        "规上工业增加值比2025年增长9%。",
    ],
)
def test_a_year_named_only_as_the_base_of_a_comparison_is_not_the_period(goal):
    text = NOTICE + "一、主要目标\n" + goal
    assert brief(text) == [("规模以上工业增加值", "target", 2026, 9)]


def test_a_year_written_in_a_clause_with_a_figure_holds_for_the_clauses_after_it():
    text = NOTICE + "全区工作有序推进，2026年力争新引进项目45个，实际使用外资1.2亿美元。"
    assert [(f["year"], f["kind"]) for f in facts(text)] == [(2026, "target"), (2026, "target")]


def test_a_figure_of_a_closed_year_in_a_plan_is_an_actual():
    text = "关于印发2026年经济工作目标任务的通知\n2025年，全区实现地区生产总值288亿元，增长5.9%。2026年，力争地区生产总值增长6.2%。"
    assert brief(text) == [
        ("地区生产总值", "actual", 2025, 28_800_000_000),
        ("地区生产总值", "target", 2026, 6.2),
    ]


# ------------------------------------------------------------------ goals broken down by industry


def test_each_figure_of_an_industry_item_is_named_for_the_industry():
    text = (
        NOTICE
        + "二、分解目标\n"
        + "1.智能家居产业：签约项目15个以上，总投资不低于80亿元；实际到位资金20亿元，同比增长12%。\n"
        + "2.数字经济产业：引进项目9个，实施技改项目12个，完成技改投资15亿元。\n"
    )
    found = {(f["indicator"], f["kind"], f["value_base"]) for f in facts(text)}
    assert found == {
        ("智能家居产业签约项目", "target", 15),
        ("智能家居产业总投资", "target", 8_000_000_000),
        ("智能家居产业实际到位资金", "target", 2_000_000_000),
        ("数字经济产业引进项目", "target", 9),
        ("数字经济产业实施技改项目", "target", 12),
        ("数字经济产业技改投资", "target", 1_500_000_000),
    }
    growth = [f["growth_pct"] for f in facts(text) if f["indicator"] == "智能家居产业实际到位资金"]
    assert growth == [12]


def test_an_item_headed_by_an_enterprise_kind_is_no_industry():
    text = NOTICE + "1.重点企业：新增规上工业企业6家。\n"
    assert [f["indicator"] for f in facts(text)] == ["新增规上工业企业"]


# ------------------------------------------------------------------ totals, patents, stocks


def test_a_goal_for_a_signed_batch_sets_its_total_investment_too():
    text = NOTICE + "力争新签约项目36个，总投资180亿元。"
    assert ("新签约项目总投资", "target", 2026, 18_000_000_000) in brief(text)


def test_granted_patents_are_counted_but_patents_per_ten_thousand_people_are_not():
    text = "2024年，专利授权量达到1830件，其中发明专利授权265件；万人有效发明专利拥有量达到61.2件。"
    assert [(f["indicator"], f["value_base"]) for f in facts(text)] == [("专利授权量", 1830), ("发明专利授权", 265)]


def test_the_change_of_a_stock_is_named_by_the_stock():
    text = "2023年1-8月，全区规模以上工业企业达到214家，较年初净增11家。"
    assert [(f["indicator"], f["value_base"], f["months"]) for f in facts(text)] == [
        ("规模以上工业企业", 214, [1, 8]),
        ("净增规模以上工业企业", 11, [1, 8]),  # named verb first since round 8
    ]


def test_the_change_of_a_flow_compares_two_years_and_is_no_fact():
    assert [f["value_base"] for f in facts("2023年，新增规上工业企业19家，较上年增加4家。")] == [19]


def test_investment_completed_keeps_its_projects_and_the_plan_is_of_their_investment():
    text = "2023年1-9月，市级重点项目完成投资88.2亿元，完成年计划120亿元的73.5%。"
    assert [(f["indicator"], f["kind"], f["months"], f["value_base"], f["completion_pct"]) for f in facts(text)] == [
        ("市级重点项目完成投资", "actual", [1, 9], 8_820_000_000, 73.5),
        ("市级重点项目投资", "target", [1, 12], 12_000_000_000, None),
    ]


def test_effective_is_part_of_a_name():
    assert [f["indicator"] for f in facts("2023年，有效高新技术企业总数达到236家。")] == ["有效高新技术企业总数"]
