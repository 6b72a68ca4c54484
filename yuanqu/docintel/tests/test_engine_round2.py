"""Round-2 recall rules: quantities in target-task tables, spending and investment totals, people
counts, areas in ㎡/平方公里, parks named by an item heading. Sentences written for the tests."""

from __future__ import annotations

from yuanqu.docintel.engine import extract_text


def brief(text: str) -> list[tuple]:
    return [(f["indicator"], f["kind"], f["value_base"] or f["growth_pct"]) for f in extract_text(text)["facts"]]


TABLE = (
    "2023年工作方案\n"
    "目标名称\t目标内容\t牵头责任单位\t责任单位\n"
    "园区建设\t围绕装备制造产业，延伸产业链。吸引装备制造配套企业，新增企业 6 家，累计达到 48 家。\t区工信局\t相关街道\n"
    "规模以上工业企业\t新增 12 户，力争净增 7 户\t区工信局\t各街道\n"
    "市场主体\t新登记市场主体预期目标 3000 户，拼搏目标 3600 户。\t区市场局\t各街道\n"
)


def test_target_table_cells_give_target_facts_and_tasks():
    result = extract_text(TABLE)
    found = brief(TABLE)
    assert ("新增装备制造配套企业", "target", 6) in found
    assert ("装备制造配套企业（累计）", "target", 48) in found
    assert all(f["year"] == 2023 for f in result["facts"])
    assert result["tasks"]  # the task tree is still read


def test_bare_verb_in_a_table_row_takes_the_subject_cell():
    found = brief(TABLE)
    assert ("净增规模以上工业企业", "target", 7) in found
    assert any(ind.startswith("新增规") and v == 12 for ind, _, v in found)


def test_higher_tier_of_a_two_tier_target_is_named_for_its_tier():
    assert ("新登记市场主体（拼搏目标）", "target", 3600) in brief(TABLE)


def test_table_row_restating_the_prose_is_counted_once():
    text = (
        "2023年工作方案\n"
        "力争全年新增高新技术企业 30 家。\n"
        "目标名称\t目标内容\t牵头责任单位\t责任单位\n"
        "高新技术企业培育\t全年新增高新技术企业 30 家。\t区科技局\t各街道\n"
    )
    assert [v for _, _, v in brief(text)] == [30]


def test_park_named_by_its_item_heading_qualifies_anaphoric_and_repeated_names():
    text = (
        "2022年行动计划\n"
        "（1）加快建设电子信息产业园。力争新增配套企业3家。园区产值增幅达到12%以上。\n"
        "（2）提速打造生物医药产业园。力争新增配套企业3家。园区产值增幅达到15%以上。\n"
    )
    found = brief(text)
    assert ("新增配套企业（电子信息产业园）", "target", 3) in found
    assert ("新增配套企业（生物医药产业园）", "target", 3) in found
    assert ("产值（生物医药产业园）", "target", 15) in found


def test_spending_total_is_a_fact_named_by_the_work_but_a_single_purchase_is_not():
    found = brief(
        "2021年在完善园区路网上，投入资金5200万元。"
        "投入860万元，用于污水管网改造。"
        "新建了3条道路，总长2.1公里，投资930万元；"
        "投入18万元购买保洁服务。"
    )
    assert found == [
        ("完善园区路网投入资金", "actual", 52_000_000),
        ("污水管网改造投入", "actual", 8_600_000),
        ("道路新建投资", "actual", 9_300_000),
    ]


def test_topic_sentence_names_a_spending_target():
    found = brief("2024年工作计划\n进一步优化园区营商环境。计划投入1200万元，建设综合服务中心。")
    assert found == [("园区营商环境投入", "target", 12_000_000)]


def test_investment_of_a_batch_of_projects_under_way():
    assert brief("竣工投产项目14个，总投资26亿元。") == [
        ("竣工投产项目", "actual", 14),
        ("竣工投产项目总投资", "actual", 2_600_000_000),
    ]


def test_financing_amounts_are_facts():
    found = brief("为园区企业落实融资贷款6500万元，为企业担保融资2亿元。")
    assert found == [("融资贷款", "actual", 65_000_000), ("担保融资", "actual", 200_000_000)]


def test_people_counts_but_not_activity_counts():
    found = brief("全年引进博士人才5名，为企业招聘员工1200人，培训职工800人次。")
    assert found == [("博士人才", "actual", 5), ("员工", "actual", 1200)]
    assert brief("选派12名干部驻企服务。") == []


def test_areas_of_premises_and_land_in_square_metres_and_kilometres():
    found = brief("盘活闲置标准厂房约3万㎡，整理5平方公里左右的工业净地。")
    assert ("盘活闲置标准厂房面积", "actual", 30000) in found
    assert ("工业净地", "actual", 5) in found
    # floor areas of other kinds stay out
    assert brief("孵化面积超过120万平方米。") == []
