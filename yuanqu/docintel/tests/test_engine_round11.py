"""Round-11 rules: 初步预计 after an item's heading, a breakdown with a time word, a unit's part after
其中, households moved, the addressees of a notice, a line headed by its indicator with two tiers,
an industry chain's item, adverbs before a qualifier, both ends of later changes, average annual
rates after a change, and a few more counted nouns. Sentences written for the tests."""

from __future__ import annotations

from yuanqu.docintel.tests.helpers import rows

REPORT = "青梧街道2024年工作总结\n\n"
NOTICE = (
    "青梧开发区管理委员会\n关于下达2026年度经济发展目标任务的通知\n\n各街道办事处、青梧新材料产业园管理办公室：\n\n"
)


def test_a_preliminary_estimate_after_an_item_heading_governs_the_paragraph():
    text = REPORT + (
        "（一）经济运行总体平稳。初步预计，全年实现规上工业总产值156.3亿元，增长6.8%；"
        "完成固定资产投资38.4亿元，增长9.2%；限上批零销售额61.7亿元。\n\n"
        "（二）企业培育。全街道规上工业企业达到74家。"
    )
    assert rows(text, "indicator", "kind") == [
        ("规模以上工业总产值", "estimate"),
        ("固定资产投资", "estimate"),
        ("限上批零销售额", "estimate"),
        ("规上工业企业", "actual"),
    ]


def test_a_breakdown_with_a_time_word_names_the_flow_of_the_stock():
    text = REPORT + "截至12月底，国家高新技术企业58家（其中当年新认定13家）。"
    assert rows(text, "indicator", "value_base") == [("国家高新技术企业", 58), ("新认定国家高新技术企业", 13)]


def test_a_units_part_after_qizhong_is_the_same_indicator_for_that_unit():
    text = REPORT + "全年实现规上工业总产值156.3亿元，同比增长6.8%，其中清溪工业功能区完成97.5亿元，增长8.1%。"
    assert rows(text, "indicator", "value_base", "growth_pct") == [
        ("规模以上工业总产值", 15_630_000_000, 6.8),
        ("规模以上工业总产值（清溪工业功能区）", 9_750_000_000, 8.1),
    ]


def test_households_moved_by_a_clearance_are_counted():
    text = REPORT + "全年腾退低效工业用地210亩，完成房屋征迁386户。"
    assert rows(text, "indicator", "value_base") == [("腾退低效工业用地", 210), ("房屋征迁", 386)]


def test_a_line_headed_by_its_indicator_gives_both_tiers():
    text = NOTICE + (
        "一、全区主要目标\n\n"
        "（一）地区生产总值：预期目标增长6％，拼搏目标增长7％。\n"
        "（二）一般公共预算收入：预期目标18.2亿元、增长5％；拼搏目标19亿元、增长9.6％。\n"
    )
    assert rows(text, "indicator", "kind", "value_base", "growth_pct") == [
        ("地区生产总值", "target", None, 6),
        ("地区生产总值（拼搏目标）", "target", None, 7),
        ("地方一般公共预算收入", "target", 1_820_000_000, 5),
        ("地方一般公共预算收入（拼搏目标）", "target", 1_900_000_000, 9.6),
    ]


def test_a_unit_among_the_addressees_is_a_sub_unit_not_the_writer():
    text = NOTICE + "二、分解目标任务\n\n（一）青梧新材料产业园：固定资产投资41亿元，新增规模以上工业企业6家。\n"
    assert rows(text, "indicator", "value_base") == [
        ("固定资产投资（青梧新材料产业园）", 4_100_000_000),
        ("新增规上工业企业（青梧新材料产业园）", 6),
    ]


def test_an_industry_chains_item_scopes_its_figures():
    text = "青梧园区2023年上半年招商工作通报\n\n二、各产业链推进情况\n\n" + (
        "（一）光伏新能源产业链。签约项目7个、协议总投资88.6亿元；到位资金21.3亿元，完成年度目标40亿元的53.3%。\n"
    )
    assert rows(text, "indicator", "kind", "value_base", "completion_pct") == [
        ("招商引资签约项目（光伏新能源产业链）", "actual", 7, None),
        ("签约项目协议总投资（光伏新能源产业链）", "actual", 8_860_000_000, None),  # the batch's size (round 14)
        ("招商引资实际到位资金（光伏新能源产业链）", "actual", 2_130_000_000, 53.3),
        ("招商引资实际到位资金（光伏新能源产业链）", "target", 4_000_000_000, None),
    ]


def test_an_adverb_before_the_qualifier_is_no_part_of_the_name():
    text = REPORT + "规模以上工业主营业务收入首次突破八十亿元。"
    assert rows(text, "indicator", "value_base", "qualifier") == [("规模以上工业主营业务收入", 8_000_000_000, "突破")]


def test_later_changes_take_the_start_year_of_the_first():
    text = "青梧开发区2019年工作总结\n\n" + (
        "五年来，地区生产总值由2015年的96.2亿元增加到151.8亿元，年均增长9.6%；"
        "入驻企业由180家增加到402家；从业人员由1.2万人增加到2.9万人。"
    )
    assert rows(text, "indicator", "year", "value_base", "growth_pct") == [
        ("地区生产总值", 2015, 9_620_000_000, None),
        ("地区生产总值", 2019, 15_180_000_000, None),
        ("入驻企业", 2015, 180, None),
        ("入驻企业", 2019, 402, None),
        ("从业人员", 2015, 12_000, None),
        ("从业人员", 2019, 29_000, None),
    ]


def test_poverty_relief_tax_relief_and_school_places_are_figures():
    text = REPORT + "稳定脱贫贫困户820户、贫困人口2140人；全年为企业减税降费1.6亿元；新建学校3所，增加学位2400个。"
    assert rows(text, "indicator", "value_base") == [
        ("稳定脱贫贫困户", 820),
        ("贫困人口", 2140),
        ("减税降费", 160_000_000),
        ("新建学校", 3),
        ("增加学位", 2400),
    ]


# ---------------------------------------------------------------- rules developed on set 8


def test_a_five_year_plans_table_gives_base_year_actuals_and_plan_year_targets():
    text = (
        "青梧开发区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n\n"
        "第一章　发展基础\n\n"
        "“十三五”时期，全区综合实力明显增强。地区生产总值达到412.6亿元；规上工业企业318家。\n\n"
        "表1　主要指标\n"
        "指标\t单位\t2020年\t2025年\t年均增长（%）\t属性\n"
        "地区生产总值\t亿元\t412.6\t650\t9.5\t预期性\n"
        "研发经费投入强度\t%\t2.6\t3.5\t[0.9]\t预期性\n"
    )
    assert rows(text, "indicator", "kind", "year", "value_base", "growth_pct") == [
        ("地区生产总值", "actual", 2020, 41_260_000_000, None),
        ("规上工业企业", "actual", 2020, 318, None),
        ("地区生产总值", "target", 2025, 65_000_000_000, None),
        ("研发经费投入强度", "actual", 2020, 2.6, None),
        ("研发经费投入强度", "target", 2025, 3.5, None),
    ]


def test_an_assessment_notice_is_of_the_year_it_assesses():
    text = (
        "青梧开发区管理委员会\n关于2022年度各园区目标管理考核结果的通报\n\n一、全区目标任务完成情况\n\n"
        "全区完成规上工业总产值386.2亿元，完成年度目标380亿元的101.6%。\n"
    )
    assert rows(text, "indicator", "kind", "year", "value_base") == [
        ("规模以上工业总产值", "actual", 2022, 38_620_000_000),
        ("规模以上工业总产值", "target", 2022, 38_000_000_000),
    ]


def test_a_period_opening_a_section_holds_for_its_paragraphs():
    text = "青梧开发区2018年招商引资情况汇报\n\n一、招商引资情况\n\n" + (
        "（一）签约项目。前10个月，全区新签约项目46个。\n\n"
        "（二）资金到位。招商引资实际到位资金76.4亿元，增长14.2%。\n\n"
        "二、下一步打算\n\n"
        "（一）谋划2019年工作。2019年，计划新签约亿元以上项目40个；实际利用外资1亿美元。\n"
    )
    assert rows(text, "indicator", "kind", "year", "months") == [
        ("新签约项目", "actual", 2018, [1, 10]),
        ("招商引资实际到位资金", "actual", 2018, [1, 10]),
        ("新签约亿元以上项目", "target", 2019, [1, 12]),
        ("实际利用外资", "target", 2019, [1, 12]),
    ]


def test_a_count_after_qizhong_with_only_a_verb_or_a_noun_is_part_of_the_count_before():
    text = REPORT + (
        "截至6月底，专精特新中小企业11家，其中上半年新认定三家。新登记市场主体1860户，增长7.5%，其中企业642户。"
    )
    assert rows(text, "indicator", "value_base") == [
        ("专精特新中小企业", 11),
        ("新认定专精特新中小企业", 3),
        ("新登记市场主体", 1860),
        ("新登记企业", 642),
    ]


def test_the_whole_street_after_a_period_is_no_sub_unit():
    text = REPORT + "初步预计，上半年全街道实现地区生产总值38.2亿元，同比增长5.9%。"
    assert rows(text, "indicator", "kind", "months", "value_base") == [
        ("地区生产总值", "estimate", [1, 6], 3_820_000_000)
    ]


def test_a_chain_opening_a_clause_and_the_investment_of_projects_just_counted():
    text = "青梧开发区2018年项目建设情况汇报\n\n" + (
        "前10个月，新能源产业链引进项目13个，总投资146.5亿元；食品加工产业链引进项目6个，总投资24.7亿元。"
        "列入省重点项目12个，完成投资41.6亿元。实施老旧小区改造6个。"
    )
    assert rows(text, "indicator", "value_base") == [
        ("引进项目（新能源产业链）", 13),
        ("引进项目总投资（新能源产业链）", 14_650_000_000),
        ("引进项目（食品加工产业链）", 6),
        ("引进项目总投资（食品加工产业链）", 2_470_000_000),
        ("省重点项目", 12),
        ("省重点项目完成投资", 4_160_000_000),
        ("老旧小区改造", 6),
    ]
