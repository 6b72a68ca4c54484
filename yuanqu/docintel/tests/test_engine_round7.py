"""Round-7 rules: figures set for or reported by a sub-unit (a street, town or park) are named for it
and keep it as their scope; 分别 over a group of industries, over ordinal lists (第一、二、三产业) and over
years that carry their own months; a change told by its two ends (由…的A增加到…的B); a completion
rate that names again a figure of its sentence; a leading 预计 carried over every semicolon; 项 as a
count; 在建 projects; one named project's investment; assessment weights. Sentences written for the
tests."""

from __future__ import annotations

import pytest

from yuanqu.docintel.tests.helpers import facts

PLAN = "关于印发鹭江高新区2027年经济发展目标任务分解方案的通知\n"
REVIEW = "鹭江高新区2025年1-8月经济运行情况\n"


def brief(text: str) -> list[tuple]:
    return [
        (f["indicator"], f["kind"], f["year"], f["value_base"] if f["value_base"] is not None else f["growth_pct"])
        for f in facts(text)
    ]


# ------------------------------------------------------------------ sub-units


def test_an_item_headed_by_a_street_sets_its_figures_for_that_street():
    # given a target breakdown with one item per street and per park
    text = PLAN + (
        "二、目标任务分解\n"
        "1.白鹭街道：固定资产投资28亿元，新增规上企业6家。\n"
        "2.海沧片区：规上工业产值增长11%；新增市场主体900户。\n"
        "3.智能装备产业园：工业投资15亿元。\n"
    )
    # when the text is extracted
    found = facts(text)
    # then every figure is named for its unit and keeps the unit as its scope
    assert [(f["indicator"], f["scope"], f["kind"], f["year"]) for f in found] == [
        ("固定资产投资（白鹭街道）", "白鹭街道", "target", 2027),
        ("新增规上企业（白鹭街道）", "白鹭街道", "target", 2027),
        ("规模以上工业总产值（海沧片区）", "海沧片区", "target", 2027),  # an alias since round 15
        ("新登记市场主体（海沧片区）", "海沧片区", "target", 2027),
        ("工业投资（智能装备产业园）", "智能装备产业园", "target", 2027),
    ]


def test_a_clause_opening_with_a_street_reports_that_streets_figures_until_the_sentence_ends():
    text = REVIEW + (
        "分街道看，1-8月：东湖街道完成固定资产投资12.6亿元，增长9.1%；西岭街道完成固定资产投资8.2亿元，下降3.5%。"
        "全区完成固定资产投资40.3亿元。"
    )
    found = [(f["indicator"], f["scope"], f["value_base"], f["growth_pct"], f["months"]) for f in facts(text)]
    assert found == [
        ("固定资产投资（东湖街道）", "东湖街道", 1_260_000_000, 9.1, [1, 8]),
        ("固定资产投资（西岭街道）", "西岭街道", 820_000_000, -3.5, [1, 8]),
        ("固定资产投资", None, 4_030_000_000, None, [1, 8]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "三、主要目标\n确保全年新增城镇就业岗位3000个。",  # 城镇 is no town
        "1.各街道：新增规上企业10家。",  # 各街道 is every street, not one
        "专业园区：新增规上企业10家。",  # a kind of park, not one park
        "一季度园区实现规上工业产值52亿元。",  # the zone itself, after a period
        "鹭江高新区：新增规上企业10家。",  # the zone itself, named in the document's head
    ],
)
def test_generic_words_the_zone_itself_and_words_ending_like_a_unit_are_no_scope(text):
    found = facts(PLAN + text if text.startswith("鹭江高新区") else text)
    assert found and all(f["scope"] is None and "（" not in f["indicator"] for f in found)


# ------------------------------------------------------------------ 分别


def test_a_group_of_industries_shares_out_its_figures_one_per_industry():
    text = REVIEW + "1-8月，生物医药、光电两大主导产业分别实现产值61.2亿元和44.5亿元，分别增长12.3%和8.8%。"
    assert brief(text) == [
        ("生物医药产业产值", "actual", 2025, 6_120_000_000),
        ("光电产业产值", "actual", 2025, 4_450_000_000),
    ]
    assert [f["growth_pct"] for f in facts(text)] == [12.3, 8.8]


def test_an_ordinal_list_names_every_item_in_full():
    text = REVIEW + "第一、二产业增加值分别完成1.8亿元和63.4亿元。"
    assert [f["indicator"] for f in facts(text)] == ["第一产业增加值", "第二产业增加值"]


def test_years_of_a_respectively_list_keep_their_own_months_and_a_later_list_reuses_them():
    text = REVIEW + (
        "2024年、2025年1-8月分别新签约亿元以上项目36个、27个，实际到位资金分别完成118亿元和86.5亿元，"
        "其中2025年1-8月到位资金完成年计划140亿元的61.8%。"
    )
    found = [
        (f["indicator"], f["kind"], f["year"], f["months"], f["value_base"], f["completion_pct"]) for f in facts(text)
    ]
    assert found == [
        ("新签约亿元以上项目", "actual", 2024, [1, 12], 36, None),
        ("新签约亿元以上项目", "actual", 2025, [1, 8], 27, None),
        ("招商引资实际到位资金", "actual", 2024, [1, 12], 11_800_000_000, None),
        ("招商引资实际到位资金", "actual", 2025, [1, 8], 8_650_000_000, 61.8),
        ("招商引资实际到位资金", "target", 2025, [1, 12], 14_000_000_000, None),
    ]


# ------------------------------------------------------------------ changes told by both ends


def test_a_stock_grown_from_one_date_to_another_gives_both_ends():
    text = REVIEW + "高新技术企业由2023年底的96家增加到2025年8月底的131家。"
    found = [(f["indicator"], f["kind"], f["year"], f["months"], f["value_base"]) for f in facts(text)]
    assert found == [
        ("高新技术企业", "actual", 2023, [1, 12], 96),
        ("高新技术企业", "actual", 2025, [1, 8], 131),
    ]


def test_a_rate_that_slowed_gives_the_earlier_rate_and_drops_the_one_already_stated():
    text = REVIEW + (
        "1-8月，规模以上工业总产值增长8.6%。\n"
        "存在问题：规模以上工业总产值增速由一季度的12.1%回落至1-8月的8.6%，工业投资增长乏力。"
    )
    found = [(f["indicator"], f["year"], f["months"], f["growth_pct"]) for f in facts(text)]
    assert found == [
        ("规模以上工业总产值", 2025, [1, 8], 8.6),
        ("规模以上工业总产值", 2025, [1, 3], 12.1),
    ]


# ------------------------------------------------------------------ cues, counts and names


def test_a_leading_estimate_governs_every_part_of_its_sentence():
    text = (
        REVIEW
        + "预计全年营业收入完成90亿元左右，增长7%；进出口总额15亿元，完成年计划的96%；一般公共预算收入约6.1亿元。"
    )
    assert [f["kind"] for f in facts(text)] == ["estimate", "estimate", "estimate"]


def test_xiang_counts_projects_but_not_measures_or_titles():
    text = REVIEW + "1-8月新签约项目38项，出台惠企政策12项，鹭江电子入选“福建制造三项50强”。"
    assert brief(text) == [("新签约项目", "actual", 2025, 38)]


def test_projects_under_construction_are_counted():
    text = REVIEW + "全区在建5000万元以上项目64个。"
    assert brief(text) == [("在建5000万元以上项目", "actual", 2025, 64)]


def test_the_investment_of_one_named_project_is_no_fact_but_that_of_a_group_is():
    text = REVIEW + ("总投资30亿元的鹭江光电产业园项目完成投资4.2亿元；省市重点项目完成投资21.6亿元。")
    found = brief(text)
    assert all(value != 420_000_000 for *_, value in found)
    assert any(value == 2_160_000_000 for *_, value in found)


def test_an_assessment_weight_is_no_fact():
    text = PLAN + "四、考核办法\n目标任务完成情况纳入年度综合考核，考核权重占30%。"
    assert facts(text) == []
