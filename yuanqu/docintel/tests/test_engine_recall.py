"""Recall rules of the engine: counts written before the noun they count when a result verb makes
them a result, money nouns (资金/补贴/奖励/基金规模), land in 亩, and names taken from the clause
before. One general phenomenon per test, on sentences written for the test (no database)."""

from __future__ import annotations

import pytest

from yuanqu.docintel.tests.helpers import facts


def brief(text: str) -> list[tuple]:
    return [(f["indicator"], f["kind"], f["value_base"]) for f in facts(text)]


# ------------------------------------------------------------------ N家企业 + status verb


@pytest.mark.parametrize(
    ("text", "indicator", "value"),
    [
        ("东风机电、华信科技等15家企业入选省级专精特新企业。", "入选省级专精特新企业", 15),
        ("北辰材料等6家企业被认定为市级绿色工厂。", "认定为市级绿色工厂", 6),
        ("推动220余家企业入库科技型中小企业。", "入库科技型中小企业", 220),
        ("支持星河电子等9家企业备案市级工程技术研究中心。", "备案市级工程技术研究中心", 9),
    ],
)
def test_count_before_its_noun_is_a_fact_when_the_noun_takes_a_status_verb(text, indicator, value):
    assert brief(text) == [(indicator, "actual", value)]


def test_enterprises_claiming_money_are_counted_and_the_money_is_named_by_its_noun():
    found = brief("帮助23家企业申领稳岗补贴共计310万元。")
    assert found == [("申领稳岗补贴企业", "actual", 23), ("稳岗补贴", "actual", 3_100_000)]


# ------------------------------------------------------------------ N个项目 + event verb


@pytest.mark.parametrize(
    ("text", "indicator", "kind"),
    [
        ("长江电子、恒远新材等9个重点项目已开工。", "开工重点项目", "actual"),
        ("盛达物流等9个项目竣工投产。", "竣工投产项目", "actual"),
        ("华光精密等9个项目已完成供地。", "完成供地项目", "actual"),
        ("天启科技等9个项目近期投产。", "投产项目", "estimate"),
    ],
)
def test_count_before_its_noun_is_a_fact_when_the_noun_takes_an_event_verb(text, indicator, kind):
    assert brief(text) == [(indicator, kind, 9)]


def test_a_period_between_the_projects_and_their_verb_gives_the_months():
    text = "2025年工作计划\n推动凯旋食品等6个亿元以上项目二季度开工建设。"
    found = facts(text)
    assert [(f["indicator"], f["kind"], f["year"], f["value_base"]) for f in found] == [
        ("亿元以上项目开工", "target", 2025, 6)
    ]


# ------------------------------------------------------------------ result verb + N家 + noun


def test_count_after_a_result_verb_closing_the_clause_is_a_fact():
    assert brief("今年成功签约华源物流、北辰数据等4个项目，对外合作取得新进展。") == [("招商引资签约项目", "actual", 4)]
    found = facts("力争引进20家以上科技型企业。")
    assert [(f["indicator"], f["kind"], f["value_base"], f["qualifier"]) for f in found] == [
        ("引进科技型企业", "target", 20, "以上")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "组织300家企业参加招聘会。",
        "对1200家企业开展安全生产检查。",
        "推进5个拟开工项目、2个在建项目。",
        "规划了800亩的物流园。",
        "关停落后产能企业3家。",
        "累计投入资金5000万元。",
        "开发区为其争取专项资金300万元。",
    ],
)
def test_counts_and_amounts_that_stay_out(text):
    assert facts(text) == []


# ------------------------------------------------------------------ land, money nouns, funds


def test_area_before_a_land_noun_is_the_area_of_that_land():
    assert brief("完成北片区2000亩高标准农田建设。") == [("高标准农田", "actual", 2000)]


def test_money_nouns_ending_in_funds_or_subsidies_are_indicators():
    assert brief("拨付人才奖励资金2300万元。") == [("人才奖励资金", "actual", 23_000_000)]


def test_a_bare_amount_takes_the_money_noun_of_the_clause_before():
    assert brief("发放各类创业贴息资金45笔，金额860万元。") == [("创业贴息资金", "actual", 8_600_000)]


def test_fund_sizes_in_yi_alone_with_a_target_headed_by_mubiao():
    found = brief("设立3只产业基金，目标基金规模约120亿，首期基金规模约30亿。")
    assert found == [
        ("设立产业基金", "actual", 3),
        ("目标基金规模", "target", 12_000_000_000),
        ("首期基金规模", "actual", 3_000_000_000),
    ]


# ------------------------------------------------------------------ names from the clause before


def test_total_investment_of_a_counted_batch_of_projects_but_not_of_one_project():
    assert brief("储备项目65个，总投资480亿元。") == [
        ("储备项目", "actual", 65),
        ("储备项目总投资", "actual", 48_000_000_000),
    ]
    # the held-out annotators (sets 1, 2 and 5) and the seed notes count a signed batch's size too
    assert brief("新签约项目20个，总投资90亿元。") == [
        ("新签约项目", "actual", 20),
        ("新签约项目总投资", "actual", 9_000_000_000),
    ]
    assert brief("总投资90亿元的鹭江光电项目开工建设。") == []


def test_completed_investment_is_named_with_its_verb():
    text = "二、2026年工作计划\n2026年，计划完成投资150亿元。"
    found = facts(text)
    assert [(f["indicator"], f["kind"], f["year"], f["value_base"]) for f in found] == [
        ("完成投资", "target", 2026, 15_000_000_000)
    ]


def test_a_bare_result_verb_takes_the_noun_of_the_clause_before():
    found = brief("积极发展创业投资机构，新增35家，总数达到210家。")
    assert found == [("新增创业投资机构", "actual", 35), ("创业投资机构总数", "actual", 210)]
