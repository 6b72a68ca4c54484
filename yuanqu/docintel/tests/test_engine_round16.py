"""Round-16 rules (set 15, Word documents with real tables, as development data): a unit cell merged
with the row above; a 其中 row named by its size alone; the prose saying a table row's rates again;
a target-decomposition table (单位 | 指标 | 预期目标 | 拼搏目标) whose units are merged down their rows;
a list of projects, whose rows are single projects and whose total row is the batch's; lines headed by
one project; the columns of a table of units that are a part of the count before them or the size of
that batch; 初步预计 after a view's opening words; the unit of a figure carried to the next unit; a
stock written before its change (规上工业企业净增37家); 保底/奋斗 tiers; parts named by their stage (其中
新开工38个、竣工投产21个; 其中新开工项目17个 of 过千万元项目); a growth whose figure the clause before says
slowed; contributions (贡献率) out. Sentences and tables written for the tests."""

from __future__ import annotations

import pytest

from yuanqu.docintel.tests.helpers import rows

BULLETIN = "柳川经济开发区2025年1-9月经济运行情况通报\n\n"
NOTICE = "柳川高新区关于下达2026年度主要经济指标目标任务的通知\n\n"
SUMMARY = "柳川经开区2025年工作总结\n\n"


def test_a_statistics_table_with_merged_unit_cells_a_part_row_and_the_prose_saying_it_again():
    text = BULLETIN + (
        "1-9月，全区规上工业总产值同比增长9.4%，完成全年目标的73.6%。\n"
        "指标\t单位\t1-9月累计\t同比增长（%）\t全年目标\t完成目标（%）\n"
        "规模以上工业总产值\t亿元\t412.36\t9.4\t560\t\n"
        "其中：工业投资\t\t71.42\t11.8\t95\t75.2\n"
        "新开工项目\t个\t48\t—\t60\t80.0\n"
        "其中：亿元以上\t\t21\t\t25\t84.0\n"
    )
    assert rows(text, "indicator", "kind", "value_base", "growth_pct", "completion_pct") == [
        ("规模以上工业总产值", "actual", 41_236_000_000, 9.4, 73.6),
        ("规模以上工业总产值", "target", 56_000_000_000, None, None),
        ("工业投资", "actual", 7_142_000_000, 11.8, 75.2),
        ("工业投资", "target", 9_500_000_000, None, None),
        ("新开工项目", "actual", 48, None, 80),
        ("新开工项目", "target", 60, None, None),
        ("新开工亿元以上产业项目", "actual", 21, None, 84),
        ("新开工亿元以上产业项目", "target", 25, None, None),
    ]


def test_a_target_decomposition_table_sets_each_units_two_tiers():
    text = NOTICE + (
        "单位\t指标\t预期目标\t拼搏目标\n"
        "全区\t规上工业总产值（亿元）\t1280\t1350\n"
        "\t规上工业增加值增速（%）\t8\t10\n"
        "锦川街道\t社会消费品零售总额（亿元）\t56\t60\n"
        "\t新增四上企业（家）\t18\t22\n"
    )
    assert rows(text, "indicator", "kind", "value_base", "growth_pct") == [
        ("规模以上工业总产值", "target", 128_000_000_000, None),
        ("规模以上工业总产值（拼搏目标）", "target", 135_000_000_000, None),
        ("规模以上工业增加值", "target", None, 8),
        ("规模以上工业增加值（拼搏目标）", "target", None, 10),
        ("社会消费品零售总额（锦川街道）", "target", 5_600_000_000, None),
        ("社会消费品零售总额（锦川街道）（拼搏目标）", "target", 6_000_000_000, None),
        ("新增“四上”企业（锦川街道）", "target", 18, None),
        ("新增“四上”企业（锦川街道）（拼搏目标）", "target", 22, None),
    ]


def test_a_line_headed_by_one_project_states_that_projects_own_figures():
    text = "汝滨新材料产业园2025年1-8月重点项目推进情况\n\n" + (
        "华拓年产20万吨高端铝箔项目：1-8月完成投资9.3亿元，达产后可实现年产值约45亿元。\n"
        "宏铝储能材料产业园项目（一期）：项目总投资26.5亿元，1-8月完成投资5.1亿元。\n"
        "1-8月，为重点项目供应工业用地1260亩。\n"
    )
    assert rows(text, "indicator", "value_base") == [("供应工业用地", 1260)]


def test_the_columns_of_a_table_of_units_that_are_a_part_or_a_size_of_the_count_before_them():
    text = "汝滨新材料产业园2025年1-8月招商工作情况\n\n" + (
        "片区\t新签约项目（个）\t其中亿元以上项目（个）\t签约总投资（亿元）\n"
        "临港片区\t9\t5\t61.7\n"
        "合计\t23\t12\t146.2\n"
    )
    assert rows(text, "indicator", "value_base") == [
        ("新签约项目（临港片区）", 9),
        ("新签约亿元以上项目（临港片区）", 5),
        ("新签约项目总投资（临港片区）", 6_170_000_000),
        ("新签约项目", 23),
        ("新签约亿元以上项目", 12),
        ("新签约项目总投资", 14_620_000_000),
    ]


def test_an_estimate_after_a_views_opening_words_names_each_units_figure():
    text = "柳川高新区2025年工作总结\n\n" + (
        "分园区看，初步预计2025年电子信息产业园规上工业总产值完成563.2亿元，同比增长11.4%；"
        "生物医药产业园完成261.7亿元，同比增长8.3%。锦川街道社会消费品零售总额完成51.3亿元。\n"
    )
    assert rows(text, "indicator", "kind", "value_base") == [
        ("规模以上工业总产值（电子信息产业园）", "estimate", 56_320_000_000),
        ("规模以上工业总产值（生物医药产业园）", "estimate", 26_170_000_000),
        ("社会消费品零售总额（锦川街道）", "estimate", 5_130_000_000),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("全年规上工业企业净增37家。", [("净增规上工业企业", "actual", 37)]),
        (
            "力争新签约亿元以上项目保底60个、奋斗70个。",
            [("新签约亿元以上项目", "target", 60), ("新签约亿元以上项目（奋斗目标）", "target", 70)],
        ),
        (
            "上半年，全街固定资产投资同比增长8.7%，新增产能对园区工业增长的贡献率达到35%。",
            [("固定资产投资", "actual", None)],
        ),
    ],
)
def test_a_change_after_its_stock_a_floor_tier_and_the_street_that_writes(sentence, expected):
    assert rows(SUMMARY + sentence, "indicator", "kind", "value_base") == expected


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("实施过千万元项目41个，其中新开工项目17个。", ("新开工过千万元项目", 17)),
        ("1-11月，全区实施亿元以上项目96个，其中新开工38个、竣工投产21个。", ("竣工投产亿元以上项目", 21)),
        ("1-8月，园区新开工项目19个，其中亿元以上项目11个。", ("新开工亿元以上产业项目", 11)),
    ],
)
def test_a_part_named_by_the_stage_it_reached(sentence, part):
    assert rows(SUMMARY + sentence, "indicator", "value_base")[-1] == part


def test_a_growth_whose_figure_the_clause_before_says_slowed():
    text = "柳川街道2025年1-11月经济发展情况汇报\n\n二、存在的问题\n\n一是工业投资增速放缓，1-11月仅增长2.1%，低于全市平均3.4个百分点。\n"
    assert rows(text, "indicator", "months", "growth_pct") == [("工业投资", [1, 11], 2.1)]
