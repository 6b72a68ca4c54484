"""Bulletin arithmetic against the hand-checked cases of DOMAIN.md 1.3."""

from decimal import Decimal as D

import pytest

from yuanqu.core.money import fmt
from yuanqu.core.periods import period_label, time_progress
from yuanqu.indicators import metrics
from yuanqu.indicators.choices import Card, Direction, IndicatorKind, ProjectionMethod


@pytest.mark.parametrize(
    ("value", "target", "published"),
    [(D("71.15"), D("61"), "117"), (D("50.56"), D("42.7"), "118"), (D("3.5"), D("3.125"), "112")],
)
def test_completion_matches_published_rounding(value, target, published):
    assert fmt(metrics.completion_pct(value, target), 0) == published


def test_completion_is_none_without_target_or_with_zero_target():
    assert metrics.completion_pct(D(5), None) is None
    assert metrics.completion_pct(D(5), D(0)) is None
    assert metrics.completion_pct(None, D(5)) is None


@pytest.mark.parametrize(
    ("month", "expected"), [(2, "16.67"), (6, "50.00"), (11, "91.67"), (12, "100.00"), (1, "8.33")]
)
def test_time_progress_is_n_over_twelve(month, expected):
    assert fmt(time_progress(month)) == expected


def test_time_progress_rejects_month_beyond_year():
    with pytest.raises(ValueError):
        time_progress(13)


@pytest.mark.parametrize(
    ("completion", "month", "gap"),
    [(D("12.85"), 2, "-3.82"), (D("56.6"), 6, "6.60"), (D("65.22"), 6, "15.22")],
)
def test_gap_against_time_progress_in_percentage_points(completion, month, gap):
    assert fmt(metrics.gap_pp(completion, time_progress(month))) == gap


def test_seed_sentence_arithmetic_590_3_of_658_1_at_november():
    # "1-11月…完成590.3亿元…完成全年目标的89.7%，低于时间进度2.0个百分点"
    completion = metrics.completion_pct(D("590.3"), D("658.1"))
    assert fmt(completion, 1) == "89.7"
    assert fmt(metrics.gap_pp(completion, time_progress(11)), 1) == "-2.0"


def test_derived_growth_and_decline():
    assert fmt(metrics.derived_growth_pct(D(115), D(100))) == "15.00"
    assert fmt(metrics.derived_growth_pct(D("96.8"), D(100))) == "-3.20"
    assert metrics.derived_growth_pct(D(1), D(0)) is None


def test_projection_uses_last_years_share_of_the_same_months():
    # Last year 1-6月 was 40 of a full year of 100: 60 this half-year projects to 150.
    value, method = metrics.project_full_year(D(60), 6, last_year_same_period=D(40), last_year_full=D(100))
    assert value == D(150)
    assert method == ProjectionMethod.LAST_YEAR_SHARE


def test_projection_falls_back_to_linear_without_last_year():
    value, method = metrics.project_full_year(D(60), 6, last_year_same_period=None, last_year_full=None)
    assert value == D(120)
    assert method == ProjectionMethod.LINEAR


def test_competition_ranks_share_ties_and_skip():
    ranks = metrics.competition_ranks({"a": D(10), "b": D(20), "c": D(20), "d": D(5), "e": None})
    assert ranks == {"b": 1, "c": 1, "a": 3, "d": 4}


def test_ranks_lower_better_reverse_order():
    assert metrics.competition_ranks({"a": D(1), "b": D(2)}, higher_better=False) == {"a": 1, "b": 2}


RULES = metrics.Rules()


def card(
    completion=None,
    month=6,
    growth=None,
    target_growth=None,
    previous=(),
    kind=IndicatorKind.FLOW,
    direction=Direction.HIGHER_BETTER,
    rules=RULES,
):
    return metrics.card_for(
        rules=rules,
        kind=kind,
        direction=direction,
        completion=completion,
        time_progress=time_progress(month),
        growth=growth,
        target_growth=target_growth,
        previous_cards=previous,
    )


@pytest.mark.parametrize(
    ("completion", "expected"),
    [
        (D(50), Card.GREEN),
        (D(45), Card.GREEN),
        (D("44.99"), Card.YELLOW),
        (D(40), Card.YELLOW),
        (D("39.99"), Card.RED),
        (D(70), Card.GREEN),
    ],
)
def test_card_by_lag_behind_time_progress_at_half_year(completion, expected):
    assert card(completion).card == expected


def test_growth_below_target_growth_is_yellow_with_reason():
    verdict = card(D(55), growth=D("14.0"), target_growth=D("16.8"))
    assert verdict.card == Card.YELLOW
    assert verdict.reasons == ["增速低于目标2.80个百分点"]


def test_yellow_two_months_running_turns_red():
    verdict = card(D(42), previous=[Card.YELLOW])
    assert verdict.card == Card.RED
    assert "连续2个月黄牌" in verdict.reasons


def test_yellow_after_green_stays_yellow():
    assert card(D(42), previous=[Card.GREEN, Card.YELLOW]).card == Card.YELLOW


def test_streak_rule_configurable_to_three_months():
    rules = metrics.Rules(red_after_yellow_months=3)
    assert card(D(42), previous=[Card.YELLOW], rules=rules).card == Card.YELLOW
    assert card(D(42), previous=[Card.YELLOW, Card.YELLOW], rules=rules).card == Card.RED


def test_no_card_without_any_target():
    assert card(None, growth=D(3)).card == Card.NONE


def test_stock_indicator_compares_with_full_target_not_time_progress():
    assert card(D(96), kind=IndicatorKind.STOCK).card == Card.GREEN
    assert card(D(85), kind=IndicatorKind.STOCK).card == Card.RED


def test_lower_better_growth_above_target_is_yellow():
    verdict = card(None, growth=D(5), target_growth=D(3), direction=Direction.LOWER_BETTER)
    assert verdict.card == Card.YELLOW


def test_period_labels():
    assert period_label(1) == "1月"
    assert period_label(11) == "1-11月"


def test_increment_completion_for_year_end_stock_target():
    assert fmt(metrics.increment_completion_pct(D(140_000), D(145_613), D(130_000))) == "64.05"
    assert metrics.increment_completion_pct(D(140_000), D(120_000), D(130_000)) is None
