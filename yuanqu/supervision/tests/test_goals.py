"""Quantitative goals read from task text and from indicator rows of the target-task table."""

from decimal import Decimal as D

import pytest

from yuanqu.supervision.goals import parse_indicator_goals


def _goals(name, content):
    return [(g.metric, g.number, g.measure) for g in parse_indicator_goals(name, content)]


def test_indicator_row_with_amount_and_growth_named_in_order():
    assert _goals("GDP 总量（亿元）/增速（%）", "1590/15") == [("GDP总量", D(1590), "亿元"), ("增速", D(15), "%")]


@pytest.mark.django_db
def test_growth_only_name_with_two_numbers_reads_amount_then_growth():
    # Given a row that names only the growth but states "amount/growth", as the others do
    goals = _goals("社会消费品零售总额增速（%）", "496/16.5")
    # Then the amount takes the indicator's unit, not %
    assert goals == [("社会消费品零售总额", D(496), "亿元"), ("社会消费品零售总额增速", D("16.5"), "%")]


def test_growth_only_row():
    assert _goals("规上工业增加值增速（%）", "16.8") == [("规上工业增加值增速", D("16.8"), "%")]


@pytest.mark.django_db
def test_pages_open_on_the_latest_plan_year_when_it_is_past(client, stats_user, zone):
    from yuanqu.supervision.models import Plan

    Plan.objects.create(zone=zone, year=2021)
    client.force_login(stats_user)
    html = client.get("/supervision/").content.decode()
    assert "2021年目标任务总表" in html


def test_a_rate_goal_is_judged_against_the_goal_not_time_progress():
    from yuanqu.supervision.evaluation import judge
    from yuanqu.supervision.models import EvaluationRule, Goal

    goal = Goal(metric="主营业务收入增幅", number=D(17), measure="%")
    rule = EvaluationRule()
    # 1-3月: a growth of 12% is not "70% of the goal at 25% of the year", it is below the 17% goal
    verdict = judge(report=None, pace_value=D(12), goal=goal, status="", month=3, overdue=False, rule=rule)
    assert verdict.card != "green" and "主营业务收入增幅12%未达目标17%" in verdict.reasons
    assert judge(report=None, pace_value=D(18), goal=goal, status="", month=3, overdue=False, rule=rule).card == "green"


def test_unit_card_follows_average_score_thresholds(settings):
    from yuanqu.supervision import conf

    settings.YUANQU_SUPERVISION_UNIT_CARD_SCORES = {"green": 95, "yellow": 70}
    assert conf.unit_card_scores() == {"green": D(95), "yellow": D(70)}
