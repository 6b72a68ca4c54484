"""Round-9 rules: changes whose ends are written without their periods take the periods of the
paragraph's last change; the plan embedded in a unit's completion rate keeps the unit; 合同引资 is
money; 我镇 and verb phrases are no unit. Sentences written for the tests."""

from __future__ import annotations

from yuanqu.docintel.tests.helpers import rows

REPORT = "云川经开区管委会2025年工作报告\n"


def test_ends_without_periods_take_the_periods_of_the_last_change():
    text = REPORT + "五年来，高新技术企业由2020年的64家增加到2025年的151家，规上工业企业由118家增加到197家。"
    assert rows(text, "indicator", "year", "value_base") == [
        ("高新技术企业", 2020, 64),
        ("高新技术企业", 2025, 151),
        ("规上工业企业", 2020, 118),
        ("规上工业企业", 2025, 197),
    ]


def test_a_change_with_no_period_anywhere_gives_the_level_reached():
    assert rows(REPORT + "规上工业企业由118家增加到197家。", "indicator", "year", "value_base") == [
        ("规上工业企业", 2025, 197)
    ]


def test_the_plan_in_a_units_completion_rate_is_that_units_target():
    text = "关于2025年前三季度招商引资工作情况的通报\n光电产业办：合同引资52.6亿元；实际到位资金20.4亿元，完成年度任务30亿元的68%。"
    assert rows(text, "indicator", "kind", "scope", "value_base") == [
        ("合同引资（光电产业办）", "actual", "光电产业办", 5_260_000_000),
        ("招商引资实际到位资金（光电产业办）", "actual", "光电产业办", 2_040_000_000),
        ("招商引资实际到位资金（光电产业办）", "target", "光电产业办", 3_000_000_000),
    ]


def test_we_the_town_is_no_sub_unit():
    text = "云川镇2016年上半年工作总结\n下半年，我镇力争财政收入突破3000万元。"
    assert rows(text, "indicator", "scope") == [("财政收入", None)]
