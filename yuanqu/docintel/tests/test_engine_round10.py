"""Round-10 rules: completion rates restated by 分别, a modal before a qualifier, income per head,
trade with one market, 占年度任务…的, a unit's bare 完成投资, a growth then its level, parenthesised
breakdowns, codes run together, a table row that restates a park's item, round figures (近万, 超千亿).
Sentences written for the tests."""

from __future__ import annotations

from yuanqu.docintel.tests.helpers import rows

REPORT = "云川经开区管委会2025年工作报告\n"
MONTHLY = "云川高新区2024年1-8月经济运行情况\n"


def test_completion_rates_shared_out_attach_to_the_figures_and_make_no_facts():
    text = MONTHLY + (
        "1-8月，全区规上工业总产值218.4亿元，增长6.1%；进出口总额41.2亿元，增长3.3%。"
        "规上工业总产值、进出口总额分别完成全年目标的62.4%和58.9%。"
    )
    assert rows(text, "indicator", "value_base", "completion_pct") == [
        ("规模以上工业总产值", 21_840_000_000, 62.4),
        ("外贸进出口总额", 4_120_000_000, 58.9),
    ]


def test_completion_rates_of_figures_not_stated_are_dropped():
    text = MONTHLY + "规上工业总产值、进出口总额分别完成全年目标的62.4%和58.9%。"
    assert rows(text, "indicator") == []


def test_a_modal_before_the_qualifier_is_no_part_of_the_name():
    text = MONTHLY + "预计全年规上工业总产值可突破330亿元，一般公共预算收入有望超过21亿元。"
    assert rows(text, "indicator", "kind", "value_base", "qualifier") == [
        ("规模以上工业总产值", "estimate", 33_000_000_000, "突破"),
        ("地方一般公共预算收入", "estimate", 2_100_000_000, "超过"),
    ]


def test_income_per_head_is_a_figure_and_an_area_per_mu_is_not():
    text = REPORT + "全镇农村居民人均可支配收入18320元，增长7.2%；工业用地亩均税收达到28万元。"
    assert rows(text, "indicator", "value_base", "growth_pct") == [("农村居民人均可支配收入", 18320, 7.2)]


def test_trade_with_one_market_is_named_by_it():
    text = MONTHLY + "分市场看，对欧盟进出口9.6亿元，增长4.4%；对日本出口2.1亿元，下降3.5%。"
    assert rows(text, "indicator", "value_base", "growth_pct") == [
        ("对欧盟进出口", 960_000_000, 4.4),
        ("对日本出口", 210_000_000, -3.5),
    ]


def test_a_share_of_the_units_annual_task_is_a_completion_with_its_target():
    text = (
        MONTHLY
        + "1-8月，全区完成固定资产投资86.2亿元，增长9.1%。分片区看，南湖片区完成投资30.5亿元，占年度任务48亿元的63.5%。"
    )
    assert rows(text, "indicator", "kind", "value_base", "completion_pct") == [
        ("固定资产投资", "actual", 8_620_000_000, None),
        ("固定资产投资（南湖片区）", "actual", 3_050_000_000, 63.5),
        ("固定资产投资（南湖片区）", "target", 4_800_000_000, None),
    ]


def test_a_units_bare_investment_takes_the_paragraphs_first_investment_not_a_breakdown():
    text = MONTHLY + (
        "1-8月，全区完成固定资产投资86.2亿元，其中工业投资40.1亿元。西城片区完成投资21.7亿元，完成年度任务的45.2%。"
    )
    assert rows(text, "indicator", "scope", "value_base") == [
        ("固定资产投资", None, 8_620_000_000),
        ("工业投资", None, 4_010_000_000),
        ("固定资产投资（西城片区）", "西城片区", 2_170_000_000),
    ]


def test_a_growth_then_a_nameless_level_is_one_fact():
    text = "云川经开区2026年工作要点\n2026年主要预期目标：规上工业总产值增长9%，力争突破460亿元；固定资产投资增长6%。"
    assert rows(text, "indicator", "kind", "value_base", "growth_pct", "qualifier") == [
        ("规模以上工业总产值", "target", 46_000_000_000, 9, "突破"),
        ("固定资产投资", "target", None, 6, None),
    ]


def test_a_growth_then_the_same_indicator_named_again_is_one_fact():
    text = "云川经开区2026年工作要点\n实际利用外资力争增长5%，商务部口径实际利用外资规模力争达到8600万美元。"
    assert rows(text, "indicator", "value_base", "currency", "growth_pct") == [("实际利用外资", 86_000_000, "USD", 5)]


def test_a_level_with_a_name_of_another_indicator_is_its_own_fact():
    text = "云川经开区2026年工作要点\n规上工业总产值增长9%，一般公共预算收入达到21亿元。"
    assert rows(text, "indicator", "value_base", "growth_pct") == [
        ("规模以上工业总产值", None, 9),
        ("地方一般公共预算收入", 2_100_000_000, None),
    ]


def test_parenthesised_breakdowns_are_facts_of_their_own():
    text = REPORT + (
        "累计有科技企业孵化器42家(国家级9家)。力争新增规模以上工业企业30户（净增18户）。"
        "引进10亿元以上工业项目5个（其中30亿元以上项目2个）。集聚上下游企业40家（其中含12家规上企业）。"
    )
    got = rows(text, "indicator", "value_base")
    assert ("国家级科技企业孵化器", 9) in got
    assert ("净增规模以上工业企业", 18) in got
    assert ("30亿元以上项目", 2) in got
    assert ("规上企业", 12) in got


def test_a_parenthesis_that_is_no_breakdown_makes_no_fact():
    text = REPORT + "新增高新技术企业56家（含复审通过企业）。新签约项目80个（详见附件2）。"
    assert rows(text, "indicator", "value_base") == [("新增高新技术企业", 56), ("新签约项目", 80)]


def test_codes_run_together_are_split():
    text = REPORT + "SO2NO2年均浓度分别下降12.1%、8.4%。"
    assert rows(text, "indicator", "growth_pct") == [("SO2年均浓度", -12.1), ("NO2年均浓度", -8.4)]


def test_a_table_row_restating_a_parks_item_takes_the_park():
    text = (
        "云川经开区2026年工作要点\n"
        "(1) 高标准建设光电产业园。围绕激光器件、光通信模块和智能传感等产业，延伸产业链条。力争新增关联企业3家。\n"
        "(2) 高质量建设生物医药产业园。围绕创新药、医疗器械和医药流通等产业，延伸产业链条。力争新增关联企业5家。\n"
        "附件\n"
        "目标名称\t目标内容\t牵头单位\t责任单位\n"
        "园区提升\t(1) 围绕激光器件、光通信模块和智能传感等产业，延伸产业链条。集聚关联企业，新增企业 3 家，累计达到 24 家。\t区光电产业办\t相关街道\n"
        "\t(2) 围绕创新药、医疗器械和医药流通等产业，延伸产业链条。集聚关联企业，新增企业 5 家，累计达到 31 家。\t区医药产业办\t相关街道\n"
    )
    got = rows(text, "indicator", "scope", "value_base")
    assert ("关联企业累计（光电产业园）", "光电产业园", 24) in got
    assert ("关联企业累计（生物医药产业园）", "生物医药产业园", 31) in got


def test_round_figures_written_with_a_magnitude_alone():
    text = REPORT + "截至年底，全区在建项目143个，总投资超千亿元。"
    assert rows(text, "indicator", "value", "unit", "value_base", "qualifier") == [
        ("在建项目", 143, "个", 143, None),
        ("在建项目总投资", 1000, "亿元", 100_000_000_000, "超"),
    ]


def test_a_unit_after_a_semicolon_states_the_indicator_of_the_unit_before():
    text = MONTHLY + "分园区看，东园完成规上工业总产值96.3亿元，增长8.2%；西园（智造园）完成71.5亿元，增长5.6%。"
    assert rows(text, "indicator", "scope", "value_base", "growth_pct") == [
        ("规模以上工业总产值（东园）", "东园", 9_630_000_000, 8.2),
        ("规模以上工业总产值（西园）", "西园", 7_150_000_000, 5.6),
    ]


def test_a_zones_completion_restated_does_not_go_to_a_units_figure():
    text = MONTHLY + (
        "1-8月，全区规上工业总产值218.4亿元，进出口总额41.2亿元。东园完成规上工业总产值96.3亿元；西园完成71.5亿元。"
        "规上工业总产值、进出口总额分别完成全年目标的62.4%和58.9%。"
    )
    assert rows(text, "indicator", "completion_pct") == [
        ("规模以上工业总产值", 62.4),
        ("外贸进出口总额", 58.9),
        ("规模以上工业总产值（东园）", None),
        ("规模以上工业总产值（西园）", None),
    ]
