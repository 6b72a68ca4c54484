from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import YI
from yuanqu.core.errors import DomainError
from yuanqu.indicators import actions
from yuanqu.indicators.choices import FigureStatus
from yuanqu.indicators.tests.factories import IndicatorFactory
from yuanqu.reports.bulletin import bulletin_build

SEED_SENTENCE = (
    "1-11月，规模以上工业总产值完成590.3亿元，同比增长14.07%，完成全年目标的89.7%，低于时间进度2.0个百分点。"
)


def test_bulletin_says_the_seed_sentence_for_the_zone_total(bulletin_data):
    # Given 590.3 of a 658.1亿元 target at 1-11月, +14.07% (fixture)
    # When
    bulletin = bulletin_build(zone=bulletin_data, year=2021, month=11)
    # Then
    assert bulletin.title == "武汉临空港经开区2021年1-11月经济运行情况通报"
    assert bulletin.period == "1-11月"
    assert bulletin.sentences == [SEED_SENTENCE]
    row = bulletin.rows[0]
    assert (row.indicator, row.unit, row.value_text, row.growth_text) == (
        "规模以上工业总产值",
        "亿元",
        "590.30",
        "14.07",
    )
    assert (row.completion_pct, row.time_progress_pct, row.gap_pp) == (
        Decimal("89.7"),
        Decimal("91.7"),
        Decimal("-2.0"),
    )
    assert row.target_value == Decimal("658.1")


def test_bulletin_is_built_in_two_queries(bulletin_data, django_assert_num_queries):
    with django_assert_num_queries(2):
        bulletin_build(zone=bulletin_data, year=2021, month=11)


def test_demo_zone_is_labelled_in_the_title(bulletin_data):
    bulletin_data.is_demo = True
    bulletin_data.save()

    bulletin = bulletin_build(zone=bulletin_data, year=2021, month=11)

    assert bulletin.title == "武汉临空港经开区2021年1-11月经济运行情况通报（演示数据）"


@pytest.mark.parametrize(
    ("name", "month", "value", "growth", "target", "target_growth", "status", "expected"),
    [
        pytest.param(
            "规模以上工业总产值",
            11,
            "100",
            "-3.2",
            None,
            None,
            FigureStatus.FLASH,
            "1-11月，规模以上工业总产值完成100.0亿元，同比下降3.2%。",
            id="decline",
        ),
        pytest.param(
            "规模以上工业总产值",
            11,
            "100",
            "0",
            None,
            None,
            FigureStatus.FLASH,
            "1-11月，规模以上工业总产值完成100.0亿元，同比持平。",
            id="flat",
        ),
        pytest.param(
            "规模以上工业增加值",
            11,
            None,
            "16.8",
            None,
            "16.3",
            FigureStatus.FLASH,
            "1-11月，规模以上工业增加值同比增长16.8%，高于目标增速0.5个百分点。",
            id="growth-only",
        ),
        pytest.param(
            "规模以上工业增加值",
            6,
            None,
            "5.0",
            None,
            "7.8",
            FigureStatus.FLASH,
            "1-6月，规模以上工业增加值同比增长5%，低于目标增速2.8个百分点。",
            id="growth-only-below",
        ),
        pytest.param(
            "规模以上工业总产值",
            11,
            "590.3",
            "14.07",
            None,
            None,
            FigureStatus.FLASH,
            "1-11月，规模以上工业总产值完成590.3亿元，同比增长14.07%。",
            id="no-target",
        ),
        pytest.param(
            "规模以上工业总产值",
            11,
            "590.3",
            None,
            "658.1",
            None,
            FigureStatus.FLASH,
            "1-11月，规模以上工业总产值完成590.3亿元，完成全年目标的89.7%，低于时间进度2.0个百分点。",
            id="no-growth",
        ),
        pytest.param(
            "规模以上工业总产值",
            11,
            "700",
            "9.5",
            "658.1",
            None,
            FigureStatus.FLASH,
            "1-11月，规模以上工业总产值完成700.0亿元，同比增长9.5%，完成全年目标的106.4%，高于时间进度14.7个百分点。",
            id="ahead",
        ),
        pytest.param(
            "规模以上工业总产值",
            12,
            "226.1",
            "21",
            "226.1",
            None,
            FigureStatus.ESTIMATE,
            "1-12月，规模以上工业总产值预计完成226.1亿元，同比增长21%，完成全年目标的100.0%，与时间进度持平。",
            id="estimate",
        ),
    ],
)
def test_sentence_wording(
    zone, zone_unit, stats_user, name, month, value, growth, target, target_growth, status, expected
):
    # Given
    indicator = IndicatorFactory(code="ind", name=name, unit="亿元", first_month=2)
    if target or target_growth:
        actions.target_set(
            user=stats_user,
            unit=zone_unit,
            indicator=indicator,
            year=2021,
            value=Decimal(target) * YI if target else None,
            growth_pct=Decimal(target_growth) if target_growth else None,
        )
    actions.figure_set(
        user=stats_user,
        unit=zone_unit,
        indicator=indicator,
        year=2021,
        month=month,
        value=Decimal(value) * YI if value else None,
        growth_pct=Decimal(growth) if growth else None,
        status=status,
    )
    # When
    bulletin = bulletin_build(zone=zone, year=2021, month=month)
    # Then
    assert bulletin.sentences == [expected]


def test_derived_growth_is_marked_in_the_table(zone, zone_unit, stats_user, output_value):
    actions.figure_set(
        user=stats_user,
        unit=zone_unit,
        indicator=output_value,
        year=2021,
        month=6,
        value=Decimal("110") * YI,
        prior_value=Decimal("100") * YI,
    )

    bulletin = bulletin_build(zone=zone, year=2021, month=6)

    assert bulletin.rows[0].growth_text == "10*"
    assert bulletin.has_derived_growth
    assert bulletin.sentences == ["1-6月，规模以上工业总产值完成110.0亿元，同比增长10%。"]


def test_rankings_exclude_the_zone_total_and_follow_the_assessment_ranks(bulletin_data):
    bulletin = bulletin_build(zone=bulletin_data, year=2021, month=11)

    (ranking,) = bulletin.rankings
    assert ranking.indicator == "规模以上工业总产值"
    assert ranking.size == 3
    by_growth = [(r.unit, r.rank_growth) for r in ranking.by_growth]
    # 金银湖街 and 径河街 tie on 5%: shared rank, kept in the zone's unit order.
    assert by_growth == [("走马岭街", 1), ("金银湖街", 2), ("径河街", 2)]
    by_completion = [(r.unit, r.rank_completion) for r in ranking.by_completion]
    assert by_completion == [("走马岭街", 1), ("径河街", 2), ("金银湖街", 3)]


def test_red_and_yellow_list_puts_red_first_with_reasons(bulletin_data):
    bulletin = bulletin_build(zone=bulletin_data, year=2021, month=11)

    assert [(c.unit, c.indicator, c.card_label) for c in bulletin.cards] == [
        ("金银湖街", "规模以上工业总产值", "红牌"),
        ("径河街", "规模以上工业总产值", "黄牌"),
    ]
    assert "完成率落后时间进度11.67个百分点" in bulletin.cards[0].reasons_text
    assert bulletin.cards_summary == "1-11月，共有2个单位的指标亮牌，其中红牌1个、黄牌1个。"


@pytest.mark.parametrize("month", [0, 13])
def test_month_outside_the_year_is_refused(zone, month):
    with pytest.raises(DomainError, match="超出 1-12 月"):
        bulletin_build(zone=zone, year=2021, month=month)


def test_month_without_data_is_refused(bulletin_data):
    with pytest.raises(DomainError, match="2021年1-10月没有数据"):
        bulletin_build(zone=bulletin_data, year=2021, month=10)


def test_bulletin_stays_chinese_when_the_interface_is_in_english(bulletin_data):
    from django.utils import translation

    with translation.override("en"):
        bulletin = bulletin_build(zone=bulletin_data, year=2021, month=11)

    assert [c.card_label for c in bulletin.cards] == ["红牌", "黄牌"]
    assert bulletin.rows[0].card_label == "绿牌"
