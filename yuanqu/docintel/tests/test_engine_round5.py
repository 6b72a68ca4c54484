"""Round-5 rules: levels reached (提高到/保持在/可达), a leading cue across semicolons, shares of a
figure just stated, planned investment as a noun, people/schools/housing counts, bare verbs in
、-lists, enterprises counted by what they did, shared head nouns in 分别 lists, comparison periods,
signature dates and bare growth after an embedded plan. Sentences written for the tests."""

from __future__ import annotations

import pytest

from yuanqu.docintel.tests.helpers import facts


def brief(text: str) -> list[tuple]:
    return [
        (f["indicator"], f["kind"], f["value_base"] if f["value_base"] is not None else f["growth_pct"])
        for f in facts(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022年，全区高技术产业出口占比提高到41.5%。", ("高技术产业出口占比", "actual", 41.5)),
        ("2024年，实际使用外资力争保持在3亿美元左右。", ("实际利用外资", "target", 300000000)),
        ("预计全年规上工业总产值可达560亿元。", ("规模以上工业总产值", "estimate", 56000000000)),
        ("2023年，城镇登记失业率降至2.9%。", ("城镇登记失业率", "actual", 2.9)),
    ],
)
def test_a_level_reached_is_a_value_not_a_growth_rate(text, expected):
    # given a verb of change followed by 到/至/在 (a level, not an increment)
    # when the text is extracted
    found = brief(text)
    # then the number is the indicator's value, named without the verb
    assert expected in found


def test_a_leading_estimate_governs_the_parts_after_its_semicolons():
    text = "预计1-5月园区营业收入可达86亿元，同比增长9%；固定资产投资完成31亿元。"
    result = facts(text)
    assert [(f["indicator"], f["kind"], f["months"]) for f in result] == [
        ("园区营业收入", "estimate", [1, 5]),
        ("固定资产投资", "estimate", [1, 5]),
    ]


def test_a_cue_after_each_name_governs_only_its_own_figure():
    text = "2023年，出口创汇预计完成9000万美元，完成全年目标的100%；新增规上工业企业完成4家。"
    kinds = {f["indicator"]: f["kind"] for f in facts(text)}
    assert kinds["出口总额"] == "estimate"
    assert kinds["新增规上工业企业"] == "actual"


@pytest.mark.parametrize(
    "text",
    [
        "2022年，高技术制造业增加值增长11%，占规上工业增加值比重为31.2%。",
        "2022年，先进制造业产值412亿元，占全区规上工业总产值的58.4%。",
    ],
)
def test_a_share_of_the_figure_just_stated_is_no_fact(text):
    assert all(f["unit"] != "%" for f in facts(text))


def test_a_standalone_share_with_its_own_subject_is_a_fact():
    assert ("数字经济核心产业增加值占比", "actual", 12.4) in brief("2023年，数字经济核心产业增加值占比达到12.4%。")


def test_planned_investment_of_projects_is_a_noun_not_a_target_cue():
    text = "2022年1-9月，新开工项目计划总投资同比增长12.5%。"
    assert brief(text) == [("新开工项目计划总投资", "actual", 12.5)]


def test_a_goal_list_item_gives_the_batch_total_and_the_annual_plan():
    text = "2026年主要目标：\n1. 全年计划实施重点项目90个，总投资520亿元，年度计划投资160亿元；\n"
    found = brief(text)
    assert ("重点项目", "target", 90) in found
    assert ("重点项目总投资", "target", 52000000000) in found
    # the plan of the batch just counted, named as the investment done against it is (round 12)
    assert ("重点项目完成投资", "target", 16000000000) in found


def test_an_attributive_plan_is_no_target_cue():
    text = "全年计划实施的40个市级重点项目中，一季度完成投资12.3亿元，完成年度计划的21.6%。"
    result = facts(text)
    assert [(f["indicator"], f["kind"], f["months"], f["completion_pct"]) for f in result] == [
        ("完成投资", "actual", [1, 3], 21.6)
    ]


def test_fiscal_spending_is_an_indicator():
    assert ("一般公共预算支出", "actual", 2210000000) in brief("2023年，一般公共预算支出22.1亿元，增长4.2%。")


def test_enterprises_that_went_public_are_counted():
    assert ("上市企业", "actual", 3) in brief("2023年，甲科技等3家企业成功上市。")


def test_people_schools_and_housing_are_counted():
    text = "2023年，引进两院院士2名、国家级领军人才11名。新建小学3所、扩建2所，新增幼儿园4所。建成人才公寓1200套。"
    found = brief(text)
    for expected in [
        ("两院院士", "actual", 2),
        ("国家级领军人才", "actual", 11),
        ("新建小学", "actual", 3),
        ("扩建小学", "actual", 2),
        ("新增幼儿园", "actual", 4),
        ("建成人才公寓", "actual", 1200),
    ]:
        assert expected in found


def test_a_bare_verb_in_a_list_takes_the_noun_of_the_first_item():
    text = "2023年，新增来区大学生6.1万人、落户2.2万人。"
    assert ("来区大学生落户", "actual", 22000) in brief(text)


def test_a_plain_noun_in_a_list_counts_like_the_first_item():
    text = "2023年，新引进海外博士16名、青年英才计划9名、外聘顾问7名。"
    found = brief(text)
    assert ("青年英才计划", "actual", 9) in found
    assert ("外聘顾问", "actual", 7) in found


def test_people_added_to_a_register_are_counted():
    assert ("养老保险参保人员净增", "actual", 12000) in brief("2023年，养老保险参保人员净增1.2万人。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年，已有15家企业与高校共建了联合实验室。", ("与高校共建联合实验室企业", "actual", 15)),
        ("2023年，有8家企业进入省级专精特新培育库。", ("进入省级专精特新培育库企业", "actual", 8)),
        ("2024年目标：推动辖区12家企业顺利完成智能化改造。", ("完成智能化改造企业", "target", 12)),
        ("2023年，甲公司、乙公司等6家获得省级科技型中小企业认定。", ("省级科技型中小企业认定", "actual", 6)),
    ],
)
def test_enterprises_counted_by_what_they_did(text, expected):
    assert expected in brief(text)


def test_taking_part_in_an_activity_is_no_count():
    assert brief("2023年，推动300家企业参加线上招聘会。") == []


def test_created_parks_and_complexes_are_goal_counts():
    found = brief("2025年目标：创建2个省级特色产业园区，创建1个田园综合体。")
    assert ("创建省级特色产业园区", "target", 2) in found
    assert ("创建田园综合体", "target", 1) in found


def test_a_digit_inside_a_name_does_not_cut_the_verb_off_its_count():
    assert ("新引进十亿元以上项目", "actual", 4) in brief("2023年，新引进京能G3二期等4个十亿元以上项目。")


def test_list_items_share_the_head_noun_written_after_the_last():
    text = "2023年，PM10、PM2.5平均浓度分别下降7.5%、9.1%；一般贸易、加工贸易出口分别增长6%和3%。"
    found = brief(text)
    for expected in [
        ("PM10平均浓度", "actual", -7.5),
        ("PM2.5平均浓度", "actual", -9.1),
        ("一般贸易出口", "actual", 6),
        ("加工贸易出口", "actual", 3),
    ]:
        assert expected in found


def test_a_period_named_as_a_comparison_base_is_not_the_figures_period():
    text = "2023年1-9月，全区进出口总额80亿元，增速比上半年回落1.2个百分点。其中出口50亿元，增长4%。"
    assert [f["months"] for f in facts(text)] == [[1, 9], [1, 9]]


def test_the_signature_date_under_a_title_keeps_the_titles_period():
    text = "某园区2024年一季度经济运行情况\n（2024年4月10日）\n\n园区完成固定资产投资18.2亿元，增长7.7%。\n"
    assert [f["months"] for f in facts(text)] == [[1, 3]]


def test_the_last_period_named_in_a_sentence_governs_what_follows():
    text = "2024年二季度，力争上半年营业收入突破120亿元，固定资产投资完成40亿元。"
    assert [f["months"] for f in facts(text)] == [[1, 6], [1, 6]]


def test_a_bare_growth_after_a_completion_grows_the_figure_not_the_plan():
    text = "2024年，固定资产投资完成180亿元，完成年计划200亿元的90%，同比增长6.2%。"
    result = {(f["kind"], f["value_base"]): f for f in facts(text)}
    assert result[("actual", 18000000000)]["growth_pct"] == 6.2
    assert result[("target", 20000000000)]["growth_pct"] is None


def test_new_build_keeps_its_written_name_and_a_stock_is_named_by_its_area():
    found = brief("2023年，新建标准厂房36万平方米，盘活闲置厂房约5万㎡。")
    assert ("新建标准厂房", "actual", 360000) in found
    assert ("盘活闲置厂房面积", "actual", 50000) in found


def test_land_named_by_a_bare_verb_in_a_list_is_counted_and_a_planned_area_is_not():
    found = brief("2024年目标：计划征地900亩，建成600亩。甲产业园规划总用地面积2100亩。")
    assert ("建成", "target", 600) in found
    assert all(v != 2100 for _, _, v in found)


def test_a_table_row_takes_its_subject_from_the_cell_before_the_figures():
    text = (
        "2024年工作方案\n"
        "目标名称\t目标内容\t牵头责任单位\t责任单位\n"
        "企业培育\t规模以上服务业企业\t新增 8 户，力争净增 5 户\t区发改局\t各街道\n"
    )
    assert ("净增规模以上服务业企业", "target", 5) in brief(text)


def test_a_part_share_of_the_figure_before_is_no_fact():
    # the R&D intensity, once left out here too, is a fact since round 8 (test_engine_round8)
    assert all(f["unit"] != "%" for f in facts("2023年，一般公共预算收入18亿元，增长5%，其中税收占比79.1%。"))


def test_a_goal_for_a_share_is_a_fact():
    text = "2024年目标：招商引资到位资金力争达到300亿元，其中产业项目到位资金占比力争达到60%。"
    assert ("产业项目到位资金占比", "target", 60) in brief(text)


def test_casework_and_visits_are_activity_counts():
    assert brief("2024年一季度，共受理企业各类审批事项820件，走访企业150家。") == []
