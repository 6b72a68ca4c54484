"""Round-15 rules (sets 12 and 13 as development data): growth targets in two tiers written 预期增长…，
拼搏增长…; items named by the figure before 分别 (三大主导产业产值分别…); places counted after their
list (两座重点楼宇, 四个片区); a unit heading an item alone (（一）东岳街道。); 专班 items; the size of a
batch written 签约总投资; the coverage of a statistic cut from a name (纳入统计的); the street that
writes (街道, 辖区) cut from a name; visits and casework as activity counts; tables laid out with
spaces, with a row of units under the header and a rank before the units; investment columns named
after the projects the table counts; half-width punctuation after a qualifier; 当月 in a name; 每平方米
as an intensity and 座 as a count; a beneficiary before the figure's name; parks named as towns
(汽车城); 持平 as a growth of 0; a 其中 bracket after a batch's size; goals not dated by the title's
period; a title naming a period of the year it reviews; one project's size. Sentences written for the
tests."""

from __future__ import annotations

import pytest

from yuanqu.docintel.engine import extract_text
from yuanqu.docintel.engine.reflow import reflow
from yuanqu.docintel.tests.helpers import rows

NOTICE = "柳川经济开发区关于下达2025年度主要经济指标目标任务的通知\n\n"
REPORT = "柳川经济开发区2024年工作报告\n\n"
STREET = "瑞丰街道2025年上半年工作总结\n\n"
BULLETIN = "柳川工业园区关于2024年上半年招商引资和项目建设工作情况的通报\n\n"


def test_growth_targets_in_two_tiers_written_with_their_tier_words():
    text = (
        NOTICE
        + "2025年，全区主要经济指标目标为：地区生产总值预期增长6.5%，拼搏增长7.5%；规上工业增加值预期增长8%、拼搏增长9%。"
    )
    assert rows(text, "indicator", "kind", "growth_pct") == [
        ("地区生产总值", "target", 6.5),
        ("地区生产总值（拼搏目标）", "target", 7.5),
        ("规模以上工业增加值", "target", 8),
        ("规模以上工业增加值（拼搏目标）", "target", 9),
    ]


def test_a_unit_heading_its_item_alone_scopes_the_item():
    text = NOTICE + "三、各单位目标任务分解\n\n（一）东岳街道。规上工业总产值预期目标96亿元、拼搏目标101亿元。\n"
    assert rows(text, "indicator", "value_base") == [
        ("规模以上工业总产值（东岳街道）", 9_600_000_000),
        ("规模以上工业总产值（东岳街道）（拼搏目标）", 10_100_000_000),
    ]


def test_a_chains_team_heading_its_item_scopes_the_item_and_names_the_batchs_size():
    text = BULLETIN + (
        "二、各产业链招商专班进展情况\n\n"
        "（一）锂电新能源产业链专班。新签约项目11个，签约总投资68.2亿元；新开工项目6个。\n"
    )
    assert rows(text, "indicator", "value_base") == [
        ("新签约项目（锂电新能源产业链专班）", 11),
        ("新签约项目总投资（锂电新能源产业链专班）", 6_820_000_000),
        ("新开工项目（锂电新能源产业链专班）", 6),
    ]


def test_projects_done_against_a_plan_of_finished_projects():
    text = BULLETIN + "计划竣工投产重点项目8个，已投产5个，投产率62.5%；园区主要负责同志拜访企业86家。"
    assert rows(text, "indicator", "kind", "value_base") == [
        ("竣工投产重点项目", "target", 8),
        ("竣工投产重点项目", "actual", 5),
        ("投产率", "actual", 62.5),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "汽车零部件、医药健康、新材料三大主导产业产值分别达到612.3亿元、286.5亿元、197.8亿元。",
            ["汽车零部件产业产值", "医药健康产业产值", "新材料产业产值"],
        ),
        (
            "瑞丰金融港、津北中心两座重点楼宇全口径税收分别达到3.86亿元、2.17亿元。",
            ["全口径税收（瑞丰金融港）", "全口径税收（津北中心）"],
        ),
        (
            "空港物流、临空制造两个片区新开工项目分别为7个、6个。",
            ["新开工项目（空港物流片区）", "新开工项目（临空制造片区）"],
        ),
    ],
)
def test_a_list_named_by_the_figure_before_fen_bie(sentence, expected):
    assert [f["indicator"] for f in extract_text(REPORT + sentence)["facts"]] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("截至10月底，全区纳入统计的500万元以上在建项目326个。", "500万元以上在建项目"),
        ("1-11月，街道规上工业增加值同比增长6.9%。", "规模以上工业增加值"),
        ("8月当月，规上工业增加值当月增长9.6%。", "规模以上工业增加值"),
        ("推动金融机构为辖区企业新增贷款5.64亿元。", "新增贷款"),
        ("全区税收亿元楼宇5座。", "税收亿元楼宇"),
    ],
)
def test_coverage_street_period_and_beneficiary_words_are_no_part_of_a_name(sentence, expected):
    assert [f["indicator"] for f in extract_text(REPORT + sentence)["facts"]] == [expected]


def test_visits_casework_intensities_and_one_projects_size_are_no_figures():
    text = STREET + (
        "拜访企业86家，部门报到机制累计解决企业诉求300件；瑞丰金融港每平方米税收2860元；"
        "其中第一小分队引进的中汇数科华北总部项目总投资12亿元。"
    )
    assert rows(text, "indicator") == []


def test_a_unit_opening_its_clause_with_an_arrival_count_scopes_the_clause():
    text = STREET + "辖区凤栖小微企业园新入驻企业23家，实现工业产值9.3亿元，同比增长17.2%。"
    assert rows(text, "indicator", "value_base") == [
        ("新入驻企业（凤栖小微企业园）", 23),
        ("工业产值（凤栖小微企业园）", 930_000_000),
    ]


def test_a_park_named_as_a_town_is_a_unit():
    text = REPORT + "缙北汽车城规上工业总产值298.4亿元，增长5.2%。"
    assert rows(text, "indicator") == [("规模以上工业总产值（缙北汽车城）",)]


def test_a_qualifier_before_half_width_punctuation_keeps_its_figure():
    text = STREET + "1. 全力冲刺全年招商目标。力争全年新签约项目90个以上,新落户企业600家。"
    assert rows(text, "indicator", "value_base", "qualifier") == [
        ("新签约项目", 90, "以上"),
        ("新落户企业", 600, None),
    ]


def test_level_with_last_year_is_a_growth_of_zero():
    text = (
        REPORT
        + "一般公共预算收入11.95亿元，与上年基本持平。\n\n二、2025年目标\n\n全社会固定资产投资确保与上年持平、挑战增长3%。"
    )
    assert rows(text, "indicator", "kind", "year", "growth_pct") == [
        ("地方一般公共预算收入", "actual", 2024, 0),
        ("固定资产投资", "target", 2025, 0),
        ("固定资产投资（挑战目标）", "target", 2025, 3),
    ]


def test_a_part_in_brackets_after_a_batchs_size_is_of_the_batch():
    text = "缙云湖经开区2025年上半年经济工作会议材料\n\n上半年，全区新签约项目37个、总投资286.5亿元(其中50亿元以上项目3个)。"
    assert rows(text, "indicator", "value_base") == [
        ("新签约项目", 37),
        ("新签约项目总投资", 28_650_000_000),
        ("新签约50亿元以上项目", 3),
    ]


def test_a_goal_in_a_half_year_report_is_of_the_whole_year_unless_it_names_a_period():
    text = "缙云湖经开区2025年上半年工作总结\n\n上半年，全区新签约项目37个。力争全年新签约项目80个，三季度末到位资金突破50亿元。"
    assert rows(text, "indicator", "kind", "months") == [
        ("新签约项目", "actual", [1, 6]),
        ("新签约项目", "target", [1, 12]),
        ("招商引资实际到位资金", "target", [1, 9]),
    ]


def test_a_title_naming_a_period_of_the_year_it_reviews_is_a_review():
    text = (
        "关于柳川经济开发区2023年1—10月经济运行情况和下一阶段重点工作安排的报告\n规上工业总产值完成412亿元，增长11%。\n"
    )
    assert rows(text, "indicator", "kind", "year", "months") == [("规模以上工业总产值", "actual", 2023, [1, 10])]


# ------------------------------------------------------------------ tables laid out with spaces


def test_a_table_of_units_laid_out_with_spaces_with_a_rank_and_a_row_of_units():
    text = "河套高新区2025年1—8月经济运行通报\n\n" + (
        "表2  1—8月各园区（街道）主要指标考核排名情况\n"
        "排名    单位              规上工业总产值    同比增长    得分\n"
        "                          (亿元)            (%)\n"
        "1       金川新材料园      136.8             12.4        96.5\n"
        "2       沙岗街道          14.0              -2.7        72.6\n"
    )
    assert reflow(text).text.count("\t") > 0 and len(reflow(text).text) == len(text)
    found = extract_text(text)["facts"]
    assert [(f["indicator"], f["value_base"], f["growth_pct"]) for f in found] == [
        ("规模以上工业总产值（金川新材料园）", 13_680_000_000, 12.4),
        ("规模以上工业总产值（沙岗街道）", 1_400_000_000, -2.7),
    ]
    assert all(f["text"] == text[f["start"] : f["end"]] for f in found)


def test_investment_columns_are_named_after_the_projects_the_table_counts():
    text = "沙湖临空经济园区2025年1~9月重点项目调度通报\n\n" + (
        "片区\t重点项目数（个）\t年度计划投资（亿元）\t1~9月完成投资（亿元）\t完成率（%）\n"
        "空港物流片区\t42\t28.6\t22.4\t78.3\n"
    )
    assert rows(text, "indicator", "kind", "value_base", "completion_pct") == [
        ("重点项目（空港物流片区）", "actual", 42, None),
        ("重点项目完成投资（空港物流片区）", "target", 2_860_000_000, None),
        ("重点项目完成投资（空港物流片区）", "actual", 2_240_000_000, 78.3),
    ]


def test_an_items_paragraph_broken_by_the_page_is_joined_but_its_heading_is_not():
    text = "（三）产业集群加速壮大。汽车零部件、医药健康两大主导产业产值\n分别达到612.3亿元、286.5亿元。\n（四）营商环境\n持续优化。\n"
    assert reflow(text).text == (
        "（三）产业集群加速壮大。汽车零部件、医药健康两大主导产业产值分别达到612.3亿元、286.5亿元。\n（四）营商环境\n持续优化。\n"
    )
