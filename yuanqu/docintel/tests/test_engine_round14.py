"""Round-14 rules: the columns of a table of units named by no indicator (同比, 年度目标, 完成率), a
unit's cell as no restatement of another's figure, 分别 over units that share a suffix, over teams and
over kinds, research spending, patents held and technology contracts, figures a bracket gives for an
earlier date, the period a report's opening sentence announces, the size of a batch named by its own
word (协议总投资), parts of a count named from the whole (thresholds, 其中 + a grade, 新开工项目中…), items
sharing a head and a tail (存款、贷款余额), units' parts after 其中, a plan made at the start of a year
under review, the level of a figure whose growth was just stated (总量), one named project's own
figures, growth written in brackets, with its sign or as 增长率, and text as it comes out of a PDF
(lines broken inside sentences, page numbers, full-width digits). Sentences written for the tests."""

from __future__ import annotations

import pytest

from yuanqu.docintel.engine import extract_bytes, extract_text
from yuanqu.docintel.engine.reflow import reflow
from yuanqu.docintel.tests.helpers import rows
from yuanqu.docintel.tests.pdfgen import make_pdf

ANALYSIS = "柳川高新区2025年一季度经济运行分析\n\n"
PROJECTS = "柳川经济开发区2024年重点项目建设工作总结\n\n"
BULLETIN = "柳川经济开发区招商引资工作通报\n（2026年第10期）\n\n"
SCIENCE = "柳川高新区2025年上半年科技创新工作汇报\n\n"


# ------------------------------------------------------------------ tables of units


def test_a_table_of_units_reads_bare_growth_target_and_completion_columns():
    # given a table of units whose growth, target and completion columns name no indicator
    text = ANALYSIS + (
        "附表：各园区主要指标完成情况\n"
        "单位\t规上工业总产值（亿元）\t同比（%）\t年度目标（亿元）\t实际到位资金（亿元）\t完成率（%）\t综合排名\n"
        "青禾街道\t186.52\t12.5\t48\t45.36\t94.5\t2\n"
        "合计\t612.80\t-4.7\t100\t80.1\t80.1\t—\n"
    )
    # when it is read, each growth sits with the column before it, the bare target is the target of
    # the figure column after it, and the completion rate is that figure's; the rank is no figure
    assert rows(text, "indicator", "kind", "value_base", "growth_pct", "completion_pct") == [
        ("规模以上工业总产值（青禾街道）", "actual", 18_652_000_000, 12.5, None),
        ("招商引资实际到位资金（青禾街道）", "target", 4_800_000_000, None, None),
        ("招商引资实际到位资金（青禾街道）", "actual", 4_536_000_000, None, 94.5),
        ("规模以上工业总产值", "actual", 61_280_000_000, -4.7, None),
        ("招商引资实际到位资金", "target", 10_000_000_000, None, None),
        ("招商引资实际到位资金", "actual", 8_010_000_000, None, 80.1),
    ]


def test_a_units_cell_is_no_restatement_of_a_figure_of_another_unit():
    text = BULLETIN + (
        "1-10月，北部新城新签约亿元以上项目11个。\n产业链\t新签约亿元以上项目（个）\n光伏储能产业链\t11\n"
    )
    assert rows(text, "indicator", "value_base") == [
        ("新签约亿元以上项目（北部新城）", 11),
        ("新签约亿元以上项目（光伏储能产业链）", 11),
    ]


# ------------------------------------------------------------------ 分别 lists


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "新能源汽车、光伏储能产业链分别新签约项目21个、17个。",
            [("新签约项目（新能源汽车产业链）", 21), ("新签约项目（光伏储能产业链）", 17)],
        ),
        (
            "驻上海、驻深圳招商小分队分别新签约亿元以上项目6个、4个。",
            [("新签约亿元以上项目（驻上海招商小分队）", 6), ("新签约亿元以上项目（驻深圳招商小分队）", 4)],
        ),
        ("以商招商、基金招商分别落地项目18个、5个。", [("以商招商落地项目", 18), ("基金招商落地项目", 5)]),
    ],
)
def test_a_list_shares_out_over_units_sharing_a_suffix_teams_and_kinds(sentence, expected):
    assert rows(BULLETIN + "1-10月，" + sentence, "indicator", "value_base") == expected


def test_a_team_set_up_is_no_unit_of_its_own():
    text = PROJECTS + "组建专班开展产业链研究，全年策划生成项目168个，总投资1286亿元。"
    assert rows(text, "indicator", "value_base") == [
        ("策划生成项目", 168),
        ("策划生成项目总投资", 128_600_000_000),
    ]


def test_items_sharing_a_head_and_a_tail_each_take_both():
    text = ANALYSIS + "3月末，全区金融机构本外币存款、贷款余额分别为1268.4亿元、986.7亿元，同比分别增长8.1%、11.5%。"
    assert rows(text, "indicator", "value_base", "growth_pct") == [
        ("金融机构本外币存款余额", 126_840_000_000, 8.1),
        ("金融机构本外币贷款余额", 98_670_000_000, 11.5),
    ]


def test_units_after_qi_zhong_share_out_the_figure_just_stated():
    text = "柳川经济开发区2022年工作报告\n\n初步预计，规模以上工业总产值812.4亿元，增长16.8%，其中东区、南区分别完成386.2亿元、271.5亿元。"
    assert rows(text, "indicator", "kind", "value_base") == [
        ("规模以上工业总产值", "estimate", 81_240_000_000),
        ("规模以上工业总产值（东区）", "estimate", 38_620_000_000),
        ("规模以上工业总产值（南区）", "estimate", 27_150_000_000),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "全区规上工业总产值实现226.1亿元，其中东区完成98.2亿元，西区完成77.3亿元。",
        "全区规上工业总产值实现226.1亿元，其中：东区98.2亿元，西区77.3亿元。",
        "全区规上工业总产值实现226.1亿元。其中：东区完成98.2亿元，西区完成77.3亿元。",
    ],
)
def test_each_units_part_after_qi_zhong_is_of_the_figure_before(sentence):
    assert rows(ANALYSIS + sentence, "indicator", "value_base") == [
        ("规模以上工业总产值", 22_610_000_000),
        ("规模以上工业总产值（东区）", 9_820_000_000),
        ("规模以上工业总产值（西区）", 7_730_000_000),
    ]


def test_a_units_share_of_the_projects_investment_is_named_by_the_projects():
    text = (
        PROJECTS
        + "全区列入省市重点项目62个，全年完成投资203.7亿元。分片区看，东港片区、综合保税区分别完成投资86.5亿元和45.3亿元。"
    )
    assert rows(text, "indicator", "value_base") == [
        ("省市重点项目", 62),
        ("省市重点项目完成投资", 20_370_000_000),
        ("省市重点项目完成投资（东港片区）", 8_650_000_000),
        ("省市重点项目完成投资（综合保税区）", 4_530_000_000),
    ]


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("生物医药产业链仅新签约项目4个。", "新签约项目（生物医药产业链）"),
        ("全区有效期内高新技术企业1268家。", "高新技术企业"),
        ("新投产项目当年新增产值86.4亿元。", "新投产项目新增产值"),
        ("——地方一般预算收入13.6亿元。", "地方一般公共预算收入"),
        ("全区共签约引进项目37个。", "签约项目"),
    ],
)
def test_adverbs_validity_time_words_and_list_dashes_are_no_part_of_a_name(sentence, expected):
    assert [f["indicator"] for f in extract_text(PROJECTS + sentence)["facts"]] == [expected]


def test_research_spending_is_a_figure_but_other_spending_is_not():
    text = SCIENCE + (
        "全区规上工业企业研发经费投入28.6亿元，同比增长12.4%；投入资金3000万元用于道路改造。"
        "力争规上工业企业研发经费投入增长10%以上、总量突破55亿元。"
    )
    assert rows(text, "indicator", "kind", "value_base", "growth_pct") == [
        ("规上工业企业研发经费投入", "actual", 2_860_000_000, 12.4),
        ("规上工业企业研发经费投入", "target", None, 10),
        ("规上工业企业研发经费投入", "target", 5_500_000_000, None),
    ]


def test_patents_held_and_contracts_registered_are_counted_but_not_per_head_of_population():
    text = SCIENCE + "截至6月底，有效发明专利拥有量12,860件，技术合同登记数1865项，万人有效发明专利拥有量61.2件。"
    assert rows(text, "indicator", "months", "value_base") == [
        ("有效发明专利拥有量", [1, 6], 12860),
        ("技术合同登记数", [1, 6], 1865),
    ]


def test_the_size_of_a_batch_written_with_its_own_word_is_named_after_the_batch():
    text = BULLETIN + (
        "1-10月，全区新签约项目87个，完成年度目标100个的87.0%，协议总投资486.3亿元，同比增长23.5%；"
        "在谈项目20个，其中10亿元以上项目4个，协议投资120亿元。"
    )
    assert rows(text, "indicator", "kind", "value_base", "growth_pct") == [
        ("新签约项目", "actual", 87, None),
        ("新签约项目", "target", 100, None),
        ("新签约项目协议总投资", "actual", 48_630_000_000, 23.5),
        ("在谈项目", "actual", 20, None),
        ("在谈10亿元以上项目", "actual", 4, None),
        ("在谈项目协议投资", "actual", 12_000_000_000, None),  # the whole batch's, not its part's
    ]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("截至3月底，全区500万元以上在库项目213个，其中亿元以上项目58个。", ("亿元以上在库项目", 58)),
        ("全区新签约亿元以上项目52个，其中10亿元以上项目11个。", ("新签约10亿元以上项目", 11)),
        ("全年新开工项目43个，新开工项目中亿元以上项目27个。", ("新开工亿元以上产业项目", 27)),  # the catalogue's
        ("入库科技型中小企业2186家，其中6月当月新增入库312家。", ("新增入库科技型中小企业", 312)),
        ("新增省级以上研发平台17个，其中国家级2个。", ("新增国家级研发平台", 2)),
    ],
)
def test_a_part_of_a_count_takes_the_rest_of_its_name_from_the_whole(sentence, part):
    assert rows(SCIENCE + sentence, "indicator", "value_base")[-1] == part


# ------------------------------------------------------------------ periods and kinds


def test_a_bracket_gives_a_figure_of_an_earlier_date_without_dating_the_sentence():
    text = SCIENCE + (
        "截至6月底，全区高新技术企业达到1268家（2024年末为1172家），较年初净增96家。"
        "新签约项目46个，协议总投资312.5亿元（上年同期新签约项目38个）。"
    )
    assert rows(text, "indicator", "year", "months", "value_base") == [
        ("高新技术企业", 2025, [1, 6], 1268),
        ("高新技术企业", 2024, [1, 12], 1172),
        ("净增高新技术企业", 2025, [1, 6], 96),
        ("新签约项目", 2025, [1, 6], 46),
        ("新签约项目协议总投资", 2025, [1, 6], 31_250_000_000),
        ("新签约项目", 2024, [1, 6], 38),
    ]


def test_the_period_the_opening_sentence_announces_holds_for_the_report():
    text = BULLETIN + (
        "为压实招商责任，现将2026年1-10月全区招商引资工作情况通报如下。\n\n一、总体情况\n\n全区新签约项目87个。\n\n"
        "二、各片区情况\n\n高新片区、临湖片区分别新签约亿元以上项目24个、17个。"
    )
    assert rows(text, "indicator", "year", "months") == [
        ("新签约项目", 2026, [1, 10]),
        ("新签约亿元以上项目（高新片区）", 2026, [1, 10]),
        ("新签约亿元以上项目（临湖片区）", 2026, [1, 10]),
    ]


def test_a_month_after_qi_zhong_is_the_same_indicator_for_that_month():
    text = ANALYSIS + "全区规模以上工业增加值同比增长9.3%，其中3月当月增长11.2%，为近两年来单月最高水平。"
    assert rows(text, "indicator", "months", "growth_pct") == [
        ("规模以上工业增加值", [1, 3], 9.3),
        ("规模以上工业增加值", [3, 3], 11.2),
    ]


def test_a_plan_made_at_the_start_of_the_year_under_review_is_the_goal_of_its_own_figure_only():
    text = PROJECTS + "年初计划新开工项目49个，开工率达87.8%，新开工项目中亿元以上项目27个。"
    assert rows(text, "indicator", "kind") == [
        ("新开工项目", "target"),
        ("开工率", "actual"),
        ("新开工亿元以上产业项目", "actual"),  # the catalogue's name (round 16)
    ]


def test_one_named_projects_own_figures_are_not_the_zones():
    text = PROJECTS + (
        "新投产项目当年新增产值86.4亿元，其中总投资58亿元的华屿锂电隔膜项目提前3个月建成投产，当年实现产值12.3亿元。"
        "全年在建项目达到214个。"
    )
    assert rows(text, "indicator", "value_base") == [("新投产项目新增产值", 8_640_000_000), ("在建项目", 214)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("实际使用外资3862万美元（同比增长15%）。", ("实际利用外资", 38_620_000, 15)),
        ("固定资产投资356,800万元，同比增长-3.4%。", ("固定资产投资", 3_568_000_000, -3.4)),
        ("工业投资增长率为15.6%。", ("工业投资", None, 15.6)),
    ],
)
def test_growth_in_brackets_with_its_sign_or_as_a_rate_is_the_figures_growth(sentence, expected):
    assert rows(ANALYSIS + sentence, "indicator", "value_base", "growth_pct") == [expected]


# ------------------------------------------------------------------ text as it comes out of a PDF


def test_lines_broken_inside_a_sentence_are_read_joined_and_point_at_the_text_as_written():
    text = ANALYSIS + (
        "一、主要指标\n1-3月，全区规模以上工业总产值 226.1 亿元，同比增\n长12.3%，\n— 3 —\n完成全年目标的27.1%。\n"
    )
    [fact] = extract_text(text)["facts"]
    assert (fact["indicator"], fact["value_base"], fact["growth_pct"], fact["completion_pct"]) == (
        "规模以上工业总产值",
        22_610_000_000,
        12.3,
        27.1,
    )
    assert fact["text"] == text[fact["start"] : fact["end"]]
    assert fact["text"].startswith("全区规模以上工业总产值") and fact["text"].endswith("27.1%")


def test_titles_headings_and_document_numbers_are_not_joined_to_the_next_line():
    text = "柳川经济开发区管理委员会关于2021年前三季度重点项目建设推进情况的通报\n柳开管发〔2021〕58号\n一、总体情况\n"
    assert reflow(text).text == text
    assert (
        reflow("报送：市委办、市政府办，市统计局\n抄送：区领导\n").text
        == "报送：市委办、市政府办，市统计局\n抄送：区领导\n"
    )


def test_full_width_digits_are_read_as_digits():
    assert rows(
        ANALYSIS + "全区规上工业总产值２２６．１亿元，增长１２．３％。", "indicator", "value_base", "growth_pct"
    ) == [("规模以上工业总产值", 22_610_000_000, 12.3)]


def test_a_pdf_whose_lines_break_inside_sentences_reads_as_its_sentences():
    pdf = make_pdf(
        [
            [
                "柳川高新区2025年1-10月经济运行情况",
                "1-10月，全区规模以上工业总产值226.1亿元，同比增",
                "长12.3%。",
                "— 1 —",
            ],
            ["固定资产投资356,800万元，同比", "增长-3.4%。"],
        ]
    )
    text, result = extract_bytes(pdf, "report.pdf")
    assert [(f["indicator"], f["growth_pct"]) for f in result["facts"]] == [
        ("规模以上工业总产值", 12.3),
        ("固定资产投资", -3.4),
    ]
    assert all(f["text"] == text[f["start"] : f["end"]] for f in result["facts"])


def test_a_units_higher_tier_keeps_its_unit():
    text = "柳川经济开发区关于下达2025年度目标任务的通知\n\n二、分解目标任务\n\n" + (
        "（一）青禾街道：规模以上工业总产值预期目标120亿元，拼搏目标130亿元；固定资产投资增长8%，拼搏目标增长10%。\n"
    )
    assert rows(text, "indicator", "value_base", "growth_pct") == [
        ("规模以上工业总产值（青禾街道）", 12_000_000_000, None),
        ("规模以上工业总产值（青禾街道）（拼搏目标）", 13_000_000_000, None),
        ("固定资产投资（青禾街道）", None, 8),
        ("固定资产投资（青禾街道）（拼搏目标）", None, 10),
    ]
