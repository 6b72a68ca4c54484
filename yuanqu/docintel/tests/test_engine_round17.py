"""Round-17 rules (set 14 as development data): a unit whose name starts with 东区/西区 read whole; a
growth 分别 over units; a unit's bare figure after another unit's; 计划 naming the projects a rate is of;
a growth row's target (规上工业增加值 | % | — | 9.1 | 8.5); 力争 after 确保 as the higher tier; funds
paid out (资金兑现), tax deferrals, satisfaction (满意度); score columns (加减分); the zone's own staff
(服务专员) as no figure; a partitive across a comma (新签约项目中，先进制造业项目86个); the investment of a
part that names its projects (其中在建重点项目14个，完成投资…). Sentences and tables written for the tests."""

from __future__ import annotations

from yuanqu.docintel.tests.helpers import rows

REVIEW = "柳川开发区2024年工作总结\n\n"
BULLETIN = "柳川经开区2025年前三季度经济运行分析\n\n"


def test_units_whose_names_start_with_a_quarter_of_the_zone_are_read_whole():
    text = BULLETIN + (
        "分园区看，东区电子信息产业园完成规上工业总产值186.2亿元，增长14.1%；西区装备制造园142.5亿元，增长8.7%。"
        "东区电子信息产业园、西区装备制造园固定资产投资分别增长11.2%、-4.1%。"
    )
    assert rows(text, "indicator", "value_base", "growth_pct") == [
        ("规模以上工业总产值（东区电子信息产业园）", 18_620_000_000, 14.1),
        ("规模以上工业总产值（西区装备制造园）", 14_250_000_000, 8.7),
        ("固定资产投资（东区电子信息产业园）", None, 11.2),
        ("固定资产投资（西区装备制造园）", None, -4.1),
    ]


def test_the_rate_of_planned_projects_is_done_and_a_growth_rows_target_is_a_growth():
    text = BULLETIN + (
        "1-9月新开工项目46个，计划新开工项目开工率达到82.1%。\n"
        "指标\t单位\t1-9月\t同比±%\t全年目标\t完成%\n"
        "规上工业增加值\t%\t—\t9.1\t8.5\t—\n"
    )
    assert rows(text, "indicator", "kind", "value_base", "growth_pct") == [
        ("新开工项目", "actual", 46, None),
        ("新开工项目开工率", "actual", 82.1, None),
        ("规模以上工业增加值", "actual", None, 9.1),
        ("规模以上工业增加值", "target", None, 8.5),
    ]


def test_strive_after_ensure_is_the_higher_tier():
    text = REVIEW + "二、2025年主要目标\n\n规上工业总产值确保增长8%、力争增长10%。"
    assert rows(text, "indicator", "kind", "growth_pct") == [
        ("规模以上工业总产值", "target", 8),
        ("规模以上工业总产值（拼搏目标）", "target", 10),
    ]


def test_funds_paid_out_tax_deferrals_and_satisfaction_but_not_the_zones_staff():
    text = REVIEW + (
        "设立企业服务专员86名。全年惠企政策资金兑现2.86亿元，同比增长21.5%；落实减税降费及退税缓税5.12亿元。"
        "第三方测评显示，企业满意度达到98.6%。"
    )
    assert rows(text, "indicator", "value_base", "growth_pct") == [
        ("惠企政策资金兑现", 286_000_000, 21.5),
        ("减税降费及退税缓税", 512_000_000, None),
        ("企业满意度", 98.6, None),
    ]


def test_a_score_column_of_a_table_of_units_is_no_figure():
    text = "柳川高新区2024年度招商引资考核结果通报\n\n" + (
        "单位\t到位资金（亿元）\t得分\t加减分\n智能装备产业园\t42.6\t96.5\t0\n"
    )
    assert rows(text, "indicator", "value_base") == [("招商引资实际到位资金（智能装备产业园）", 4_260_000_000)]


def test_those_of_a_batch_named_before_zhong_and_the_investment_of_a_part_that_names_its_projects():
    text = REVIEW + (
        "全区新签约项目112个；新签约项目中，先进制造业项目86个，总投资401.2亿元。\n\n"
        "投资方面，固定资产投资完成12.6亿元，其中在建重点项目14个，完成投资9.74亿元。\n"
    )
    assert rows(text, "indicator", "value_base") == [
        ("新签约项目", 112),
        ("新签约先进制造业项目", 86),
        ("新签约先进制造业项目总投资", 40_120_000_000),
        ("固定资产投资", 1_260_000_000),
        ("在建重点项目", 14),
        ("在建重点项目完成投资", 974_000_000),
    ]
