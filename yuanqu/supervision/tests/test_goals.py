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
