"""Round-13 rules: the signing date under a title, changes told by two ends (增至) or by a base and
its change (较上年末的…净增…), a bare change after a stock, counts named with an intensity word, money
named by 费用 and 信贷投放, bonded areas as units, units listed before the indicator they share,
quarter words in names, the same period of last year, a bare period after a figure, single months
in a 分别 list, figures done against a plan in the same sentence (已签约), and the higher tier written
with its tier word alone (拼搏8%). Sentences written for the tests."""

from __future__ import annotations

from yuanqu.docintel.tests.helpers import rows

REVIEW = "柳川经济开发区2025年科技创新工作情况报告\n\n柳川经济开发区科技局\n2026年1月12日\n\n"
BULLETIN = "柳川经济开发区2024年1-6月重点项目推进情况通报\n\n"
TRADE = "柳川经济开发区2026年前三季度外资外贸运行情况\n\n"


def test_the_signing_date_under_the_title_opens_no_section_of_its_year():
    text = REVIEW + "一、创新主体持续壮大\n\n全年新认定高新技术企业52家，入库科技型中小企业310家。"
    assert rows(text, "indicator", "kind", "year") == [
        ("新认定高新技术企业", "actual", 2025),
        ("入库科技型中小企业", "actual", 2025),
    ]


def test_a_change_to_a_level_written_with_zeng_zhi_and_the_change_after_it():
    text = REVIEW + "全区高新技术企业由2024年末的198家增至236家，增长19.2%，净增38家。"
    assert rows(text, "indicator", "year", "value_base", "growth_pct") == [
        ("高新技术企业", 2024, 198, None),
        ("高新技术企业", 2025, 236, 19.2),
        ("净增高新技术企业", 2025, 38, None),
    ]


def test_the_level_compared_with_is_a_fact_of_its_date_and_the_change_is_named_by_the_stock():
    text = REVIEW + "全区规上工业企业达到275家，较上年末的259家净增16家。"
    assert rows(text, "indicator", "year", "value_base") == [
        ("规上工业企业", 2025, 275),
        ("规上工业企业", 2024, 259),
        ("净增规上工业企业", 2025, 16),
    ]


def test_a_count_named_with_an_intensity_word_is_still_a_count_but_an_intensity_is_not():
    text = REVIEW + "亩均效益评价参评企业366家，规上工业企业亩均税收26.4万元。"
    assert rows(text, "indicator", "value_base") == [("亩均效益评价参评企业", 366)]


def test_expenses_and_credit_put_out_are_money_figures():
    text = REVIEW + "规上工业企业研发费用24.8亿元，增长10.6%；全年科技信贷投放13.2亿元。"
    assert rows(text, "indicator", "value_base", "growth_pct") == [
        ("规上工业企业研发费用", 2_480_000_000, 10.6),
        ("科技信贷投放", 1_320_000_000, None),
    ]


def test_units_listed_before_the_indicator_they_share_each_take_a_figure():
    text = TRADE + (
        "东区、南区片区、综保区实际使用外资分别为4200万美元、3100万美元、1900万美元。"
        "综保区外贸进出口总额61.4亿元，增长9.3%。"
    )
    assert rows(text, "indicator", "value_base") == [
        ("实际利用外资（东区）", 42_000_000),
        ("实际利用外资（南区片区）", 31_000_000),
        ("实际利用外资（综保区）", 19_000_000),
        ("外贸进出口总额（综保区）", 6_140_000_000),
    ]


def test_units_sharing_a_suffix_written_once():
    text = BULLETIN + "分片区看，云溪、石湖、柏林片区新开工项目分别为12个、8个、5个。"
    assert rows(text, "indicator", "value_base") == [
        ("新开工项目（云溪片区）", 12),
        ("新开工项目（石湖片区）", 8),
        ("新开工项目（柏林片区）", 5),
    ]


def test_a_quarter_a_month_and_the_same_period_of_last_year():
    text = TRADE + (
        "前三季度，全区实际使用外资1.42亿美元，同比增长8.6%（上年同期1.31亿美元）。"
        "其中，三季度当季实际使用外资5300万美元，9月当月1800万美元。"
    )
    assert rows(text, "indicator", "year", "months", "value_base") == [
        ("实际利用外资", 2026, [1, 9], 142_000_000),
        ("实际利用外资", 2025, [1, 9], 131_000_000),
        ("实际利用外资", 2026, [7, 9], 53_000_000),
        ("实际利用外资", 2026, [9, 9], 18_000_000),
    ]


def test_single_months_in_a_list_shared_out_by_fen_bie():
    text = BULLETIN + "1-6月，重点项目累计完成投资88.2亿元。4月、5月、6月当月分别完成投资14.1亿元、15.6亿元、17.9亿元。"
    assert rows(text, "indicator", "months", "value_base") == [
        ("重点项目完成投资", [1, 6], 8_820_000_000),
        ("重点项目完成投资", [4, 4], 1_410_000_000),
        ("重点项目完成投资", [5, 5], 1_560_000_000),
        ("重点项目完成投资", [6, 6], 1_790_000_000),
    ]


def test_figures_done_against_a_plan_in_the_same_sentence_are_actuals():
    text = BULLETIN + (
        "年度计划新签约项目50个，1-6月已签约27个，签约率54%。计划年内竣工投产项目24个，已竣工投产9个，投产率37.5%。"
    )
    assert rows(text, "indicator", "kind", "value_base") == [
        ("新签约项目", "target", 50),
        ("新签约项目", "actual", 27),
        ("签约率", "actual", 54),
        ("竣工投产项目", "target", 24),
        ("竣工投产项目", "actual", 9),
        ("投产率", "actual", 37.5),
    ]


def test_the_higher_tier_written_with_its_tier_word_alone():
    text = "柳川经济开发区2025年工作总结和2026年工作安排\n\n2026年主要预期目标是：地区生产总值增长6.5%，拼搏7.5%；" + (
        "地方一般公共预算收入18.2亿元，拼搏19亿元。"
    )
    assert rows(text, "indicator", "kind", "value_base", "growth_pct") == [
        ("地区生产总值", "target", None, 6.5),
        ("地区生产总值（拼搏目标）", "target", None, 7.5),
        ("地方一般公共预算收入", "target", 1_820_000_000, None),
        ("地方一般公共预算收入（拼搏目标）", "target", 1_900_000_000, None),
    ]


def test_a_total_written_with_gong_before_its_number():
    text = BULLETIN + "截至6月底，全区重点项目共96个，其中新建项目52个。"
    assert rows(text, "indicator", "value_base") == [("重点项目", 96), ("新建项目", 52)]


def test_a_slice_of_the_period_in_force_holds_for_its_own_sentence_only():
    text = TRADE + (
        "前三季度，全区外贸进出口总额286.4亿元，增长7.2%。其中9月当月进出口总额33.1亿元。"
        "一般贸易进出口172.5亿元，增长9.1%。"
    )
    assert rows(text, "indicator", "months") == [
        ("外贸进出口总额", [1, 9]),
        ("外贸进出口总额", [9, 9]),
        ("一般贸易进出口", [1, 9]),
    ]


def test_periods_compared_against_are_no_period_of_the_figures():
    text = (
        BULLETIN + "1-6月，新开工项目38个，开工率较1-4月、1-5月分别提高20.3个、8.6个百分点；重点项目完成投资88.2亿元。"
    )
    assert rows(text, "indicator", "months") == [("新开工项目", [1, 6]), ("重点项目完成投资", [1, 6])]


def test_the_figure_a_year_before_takes_no_completion_of_the_year():
    text = TRADE + "前三季度，全区实际使用外资1.42亿美元，增长8.6%（上年同期1.31亿美元），完成年度目标2亿美元的71%。"
    assert rows(text, "indicator", "kind", "year", "value_base", "completion_pct") == [
        ("实际利用外资", "actual", 2026, 142_000_000, 71),
        ("实际利用外资", "actual", 2025, 131_000_000, None),
        ("实际利用外资", "target", 2026, 200_000_000, None),
    ]


def test_a_unit_after_a_cue_word_scopes_its_clause():
    text = "柳川经济开发区2026年工作要点\n\n力争综保区进出口额突破6亿美元，全区外贸进出口总额增长8%。"
    assert rows(text, "indicator", "kind", "value_base", "growth_pct") == [
        ("外贸进出口总额（综保区）", "target", 600_000_000, None),
        ("外贸进出口总额", "target", None, 8),
    ]
