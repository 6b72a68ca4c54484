"""Round-8 rules: a paragraph about one indicator unit by unit (X方面，A片区完成…), 分别 over lists of
units and of industries (and the same items again later in the sentence), growth rates of industries
stated before, a later period of the same indicator (上半年转为增长…, …；上半年完成…), plans shared out
(分别完成年计划A、B的X%和Y%), the months a completion names are not the figure's, the change of a stock
(净增…), the size of any counted batch of projects, 城乡居民…分别, R&D intensity as a share, 争取 of
funds, a lead clause before 预计, annual plans of project investment, named-figure words (民生支出,
增值税, 资金实际到位, 亏损面) and adverbs before a number (仍有, 仅). Sentences written for the tests."""

from __future__ import annotations

from yuanqu.docintel.tests.helpers import facts, rows

BULLETIN = "关于2024年1-9月全区主要经济指标完成情况的通报\n"
REVIEW = "南浦高新区2022年工作总结\n"


# ------------------------------------------------------------------ units and industries


def test_a_paragraph_about_one_indicator_names_each_units_number_by_it():
    text = BULLETIN + (
        "固定资产投资方面，江湾片区完成46.2亿元，增长12.4%；河西街道完成9.8亿元，同比下降4.1%。\n"
        "一般公共预算收入方面，江湾片区、河西街道分别完成8.3亿元、2.1亿元，增速分别为5.2%、-1.6%。"
    )
    assert rows(text, "indicator", "scope", "value_base", "growth_pct", "months") == [
        ("固定资产投资（江湾片区）", "江湾片区", 4_620_000_000, 12.4, [1, 9]),
        ("固定资产投资（河西街道）", "河西街道", 980_000_000, -4.1, [1, 9]),
        ("地方一般公共预算收入（江湾片区）", "江湾片区", 830_000_000, 5.2, [1, 9]),
        ("地方一般公共预算收入（河西街道）", "河西街道", 210_000_000, -1.6, [1, 9]),
    ]


def test_industries_share_out_their_figures_and_later_their_growth_and_the_same_items_again():
    text = BULLETIN + (
        "光电子及元器件、生物医药、新材料三大产业分别实现产值88.1亿元、52.4亿元、31.7亿元，"
        "其中光电子及元器件、生物医药产业分别增长9.6%、14.2%，新材料产业受价格影响下降3.3%。\n"
        "光电子、智能装备产业分别签约项目12个、8个，签约金额分别为64.5亿元、22.8亿元。"
    )
    assert rows(text, "indicator", "value_base", "growth_pct") == [
        ("光电子及元器件产业产值", 8_810_000_000, 9.6),
        ("生物医药产业产值", 5_240_000_000, 14.2),
        ("新材料产业产值", 3_170_000_000, -3.3),
        ("光电子产业签约项目", 12, None),
        ("智能装备产业签约项目", 8, None),
        ("光电子产业签约金额", 6_450_000_000, None),
        ("智能装备产业签约金额", 2_280_000_000, None),
    ]


def test_names_of_things_other_than_units_are_no_unit_list():
    text = BULLETIN + "出口、进口分别完成31.2亿元和12.6亿元。"
    assert rows(text, "indicator", "scope") == [("出口总额", None), ("进口", None)]


# ------------------------------------------------------------------ periods


def test_a_later_period_of_the_same_indicator_after_a_comma_or_a_semicolon():
    text = "南浦高新区2022年前三季度经济运行分析\n" + (
        "从走势看，一季度税收收入同比下降2.6%，上半年转为增长3.9%。\n"
        "一季度，规上工业总产值完成96.2亿元，增长8.1%；上半年完成201.7亿元，增长9.4%。"
    )
    assert rows(text, "indicator", "months", "value_base", "growth_pct") == [
        ("税收收入", [1, 3], None, -2.6),
        ("税收收入", [1, 6], None, 3.9),
        ("规模以上工业总产值", [1, 3], 9_620_000_000, 8.1),
        ("规模以上工业总产值", [1, 6], 20_170_000_000, 9.4),
    ]


def test_the_year_a_completion_is_measured_against_is_not_the_period_of_the_next_sentence():
    text = BULLETIN + "新增规上工业企业18家，完成全年目标25家的72%。技改投资21.4亿元，增长16.2%。"
    assert [f["months"] for f in facts(text)] == [[1, 9], [1, 12], [1, 9]]


def test_plans_shared_out_over_the_figures_before_them():
    text = BULLETIN + "新签约项目36个，签约金额218.5亿元，分别完成年计划50个、300亿元的72%和72.8%。"
    assert rows(text, "indicator", "kind", "months", "value_base", "completion_pct") == [
        ("新签约项目", "actual", [1, 9], 36, 72),
        ("招商引资签约金额", "actual", [1, 9], 21_850_000_000, 72.8),
        ("新签约项目", "target", [1, 12], 50, None),
        ("招商引资签约金额", "target", [1, 12], 30_000_000_000, None),
    ]


def test_an_annual_plan_of_project_investment_is_a_target_of_the_year_and_the_months_done_are_actual():
    text = BULLETIN + "今年全区市级重点项目年度计划投资120亿元，1-9月完成投资96.4亿元，完成年度计划的80.3%。"
    assert rows(text, "indicator", "kind", "months", "value_base", "completion_pct") == [
        ("市级重点项目完成投资", "target", [1, 12], 12_000_000_000, None),
        ("市级重点项目完成投资", "actual", [1, 9], 9_640_000_000, 80.3),
    ]


def test_a_lead_clause_before_an_estimate_still_carries_it_over_the_semicolons():
    text = BULLETIN + "综合判断，预计全年地区生产总值增长6%左右；固定资产投资完成150亿元；税收收入突破20亿元。"
    assert [f["kind"] for f in facts(text)] == ["estimate", "estimate", "estimate"]


# ------------------------------------------------------------------ names


def test_the_change_of_a_stock_and_the_size_of_a_signed_batch():
    text = REVIEW + (
        "高新技术企业总数达到214家，净增38家。全年新引进亿元以上项目16个，总投资92.5亿元。"
        "截至年底，规上工业企业达到132家，比年初净增11家。"
    )
    found = rows(text, "indicator", "value_base")
    assert ("净增高新技术企业", 38) in found
    assert ("亿元以上项目总投资", 9_250_000_000) in found
    assert ("净增规上工业企业", 11) in found


def test_urban_and_rural_incomes_shared_out():
    text = REVIEW + "城乡居民人均可支配收入分别达到48620元、23150元，分别增长7.1%、8.2%。"
    assert rows(text, "indicator", "value_base", "growth_pct") == [
        ("城镇居民人均可支配收入", 48620, 7.1),
        ("农村居民人均可支配收入", 23150, 8.2),
    ]


def test_rd_intensity_is_a_share_of_gdp():
    text = REVIEW + "全社会研发投入占地区生产总值比重达到3.4%。"
    assert rows(text, "indicator", "unit", "value_base") == [("全社会研发投入占地区生产总值比重", "%", 3.4)]


def test_funds_secured_in_a_review_are_actual():
    text = REVIEW + "全年为企业争取各级扶持资金3180万元。"
    assert rows(text, "kind", "value_base") == [("actual", 31_800_000)]


def test_named_figures_of_public_finance_and_funds_and_adverbs_before_a_number():
    text = REVIEW + (
        "民生支出12.6亿元；其中增值税4.05亿元，增长8.2%；省外境内资金实际到位46.3亿元；"
        "亏损企业9家，亏损面6.4%；签约未开工项目仍有14个；在建10亿元以上项目仅3个。"
    )
    names = [f["indicator"] for f in facts(text)]
    assert names == [
        "民生支出",
        "增值税",
        "省外境内资金实际到位",
        "亏损企业",
        "亏损面",
        "签约未开工项目",
        "在建10亿元以上项目",
    ]
