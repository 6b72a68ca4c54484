"""Round-12 rules: tables of units (a unit per row, an indicator per column), a unit opening its
clause right before the indicator, branch offices as units, the end of a quarter, plans shared out
by 分别 over 目标任务, completion against a year's planned investment, the projects whose investment
it is, a plan named as a noun, milestones of a plan spanning years, and 分别 over the periods of a
year. Sentences written for the tests."""

from __future__ import annotations

from yuanqu.docintel.tests.helpers import rows

BULLETIN = "松岭新区2025年1-8月经济运行情况通报\n\n"
PROJECTS = "桐江经济开发区2023年1-6月重点项目建设推进情况通报\n\n"


def test_a_table_of_units_gives_each_units_figures():
    text = BULLETIN + (
        "表1　2025年1-8月各街道（园区）主要经济指标\n"
        "单位\t规上工业总产值（亿元）\t增速（%）\t固定资产投资增速（%）\t一般公共预算收入（亿元）\t增速（%）\t综合排名\n"
        "桐溪街道\t55.2\t7.4\t-3.5\t2.16\t6.1\t2\n"
        "合计\t160.8\t8.2\t4.4\t6.03\t5.5\t\n"
    )
    assert rows(text, "indicator", "kind", "year", "months", "value_base", "growth_pct") == [
        ("规模以上工业总产值（桐溪街道）", "actual", 2025, [1, 8], 5_520_000_000, 7.4),
        ("固定资产投资（桐溪街道）", "actual", 2025, [1, 8], None, -3.5),
        ("地方一般公共预算收入（桐溪街道）", "actual", 2025, [1, 8], 216_000_000, 6.1),
        ("规模以上工业总产值", "actual", 2025, [1, 8], 16_080_000_000, 8.2),
        ("固定资产投资", "actual", 2025, [1, 8], None, 4.4),
        ("地方一般公共预算收入", "actual", 2025, [1, 8], 603_000_000, 5.5),
    ]


def test_a_table_of_chains_with_a_year_per_column_gives_targets():
    text = "松岭新区重点产业链培育工作方案（2025—2028年）\n\n表2　重点产业链发展目标\n" + (
        "产业链\t链长\t2026年营业收入目标（亿元）\t2028年规上工业企业（家）\t2028年链主企业（家）\n"
        "智能装备产业链\t管委会主任\t140\t36\t2\n"
    )
    assert rows(text, "indicator", "kind", "year", "value_base") == [
        ("营业收入（智能装备产业链）", "target", 2026, 14_000_000_000),
        ("规上工业企业（智能装备产业链）", "target", 2028, 36),
        ("链主企业（智能装备产业链）", "target", 2028, 2),
    ]


def test_a_unit_right_before_its_indicator_scopes_the_clauses_after_it():
    text = BULLETIN + (
        "金桥产业园新签约项目9个，签约额41.5亿元；驻珠三角招商分局新签约项目4个，签约额12.2亿元。"
        "金桥产业园二期项目开工建设。"
    )
    assert rows(text, "indicator", "value_base") == [
        ("新签约项目（金桥产业园）", 9),
        ("签约额（金桥产业园）", 4_150_000_000),
        ("新签约项目（驻珠三角招商分局）", 4),
        ("签约额（驻珠三角招商分局）", 1_220_000_000),
    ]


def test_the_end_of_a_quarter_is_the_year_so_far():
    text = BULLETIN + "预计三季度末全区实际到位资金可达76亿元。"
    assert rows(text, "indicator", "kind", "months") == [("招商引资实际到位资金", "estimate", [1, 9])]


def test_plans_shared_out_over_units_by_their_goal_tasks():
    text = BULLETIN + (
        "桐溪街道、金桥产业园分别完成实际到位资金8.4亿元、6.3亿元，分别完成年度目标任务15亿元、12亿元的56%、52.5%。"
    )
    assert rows(text, "indicator", "kind", "value_base", "completion_pct") == [
        ("招商引资实际到位资金（桐溪街道）", "actual", 840_000_000, 56),
        ("招商引资实际到位资金（金桥产业园）", "actual", 630_000_000, 52.5),
        ("招商引资实际到位资金（桐溪街道）", "target", 1_500_000_000, None),
        ("招商引资实际到位资金（金桥产业园）", "target", 1_200_000_000, None),
    ]


def test_completion_of_a_years_planned_investment_names_its_target():
    text = PROJECTS + (
        "1-6月，重点项目累计完成投资64.8亿元，同比增长9.1%，完成年度计划投资120亿元的54%。"
        "产业项目完成投资40.2亿元，完成年度计划投资80.4亿元的50%，其中工业项目完成投资31.5亿元，增长12.2%。"
    )
    assert rows(text, "indicator", "kind", "value_base", "completion_pct") == [
        ("重点项目完成投资", "actual", 6_480_000_000, 54),
        ("重点项目投资", "target", 12_000_000_000, None),
        ("产业项目完成投资", "actual", 4_020_000_000, 50),
        ("产业项目投资", "target", 8_040_000_000, None),
        ("工业项目完成投资", "actual", 3_150_000_000, None),
    ]


def test_a_parks_bare_investment_is_of_the_projects_the_report_is_about():
    text = PROJECTS + (
        "1-6月，重点项目累计完成投资64.8亿元。\n\n（二）分园区推进情况。金桥产业园完成投资23.6亿元；滨湖新城片区完成投资9.1亿元。"
    )
    assert rows(text, "indicator", "value_base") == [
        ("重点项目完成投资", 6_480_000_000),
        ("重点项目完成投资（金桥产业园）", 2_360_000_000),
        ("重点项目完成投资（滨湖新城片区）", 910_000_000),
    ]


def test_a_plan_named_as_a_noun_is_a_goal_but_the_counts_after_it_are_not():
    text = PROJECTS + "2023年，全区共列入重点项目88个，总投资640亿元，年度计划投资120亿元，其中亿元以上项目61个。"
    assert rows(text, "indicator", "kind", "value_base") == [
        ("重点项目", "actual", 88),
        ("重点项目总投资", "actual", 64_000_000_000),  # the batch's size, as held-out annotators count it (round 15)
        ("重点项目完成投资", "target", 12_000_000_000),
        ("亿元以上项目", "actual", 61),
    ]


def test_a_counted_batch_names_its_investment_past_its_total_size():
    text = "桐江经济开发区2023年工作要点\n\n积极推进市级重大项目14个，总投资312亿元，力争完成投资58亿元。"
    found = rows(text, "indicator", "kind", "value_base")
    assert ("市级重大项目完成投资", "target", 5_800_000_000) in found


def test_a_milestone_of_a_plan_spanning_years_is_a_target():
    text = "松岭新区数字经济发展行动方案（2025—2028年）\n\n二、发展目标\n到2026年，数字经济核心产业营业收入突破300亿元。到2028年，数字经济核心产业营业收入力争达到500亿元。"
    assert rows(text, "indicator", "kind", "year", "value_base") == [
        ("数字经济核心产业营业收入", "target", 2026, 30_000_000_000),
        ("数字经济核心产业营业收入", "target", 2028, 50_000_000_000),
    ]


def test_a_figure_of_a_closed_year_in_a_plan_stays_an_actual():
    text = "桐江经济开发区2026年工作计划\n\n二、主要目标\n2025年，全区实现规上工业总产值412亿元。2026年规上工业总产值达到450亿元。"
    assert rows(text, "kind", "year", "value_base") == [
        ("actual", 2025, 41_200_000_000),
        ("target", 2026, 45_000_000_000),
    ]


def test_respectively_over_the_periods_of_the_year():
    text = PROJECTS + (
        "1-6月，重点项目累计完成投资64.8亿元。一季度、1-5月、上半年分别完成投资27.3亿元、52.6亿元、64.8亿元。"
    )
    assert rows(text, "indicator", "months", "value_base") == [
        ("重点项目完成投资", [1, 6], 6_480_000_000),
        ("重点项目完成投资", [1, 3], 2_730_000_000),
        ("重点项目完成投资", [1, 5], 5_260_000_000),
    ]


def test_periods_compared_against_are_no_list_of_periods():
    text = BULLETIN + "1-8月，规上工业总产值完成160.8亿元，增长8.2%，增速比一季度、上半年分别提高2.1个和0.9个百分点。"
    assert rows(text, "indicator", "months", "value_base") == [("规模以上工业总产值", [1, 8], 16_080_000_000)]
