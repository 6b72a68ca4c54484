"""The demo plan, worked out without a database: deterministic, additive and cumulative."""

from __future__ import annotations

from collections import defaultdict

import pytest

from yuanqu.demo import data
from yuanqu.demo.plan import demo_plan
from yuanqu.indicators.choices import TargetTier

ADDITIVE = [code for code, *_ in data.SPLIT]


@pytest.fixture(scope="module")
def plan():
    return demo_plan()


def test_plan_is_the_same_every_time(plan):
    again = demo_plan()
    assert again.targets == plan.targets
    assert again.figures == plan.figures


@pytest.mark.parametrize("code", ["fixed-asset-investment", "industrial-investment", "retail", "investment-attracted"])
def test_unit_targets_add_up_to_the_zone_target_of_seed_004(plan, code):
    expected = [t for t in plan.targets if t.code == code and t.tier == TargetTier.EXPECTED]
    zone = next(t for t in expected if t.unit == data.ZONE_UNIT)
    units = [t for t in expected if t.unit != data.ZONE_UNIT]
    assert len(units) == len(data.REPORTING_UNITS)
    assert round(sum(t.value for t in units), 2) == zone.value


@pytest.mark.parametrize("code", ADDITIVE)
def test_zone_figures_are_the_sum_of_the_units(plan, code):
    sums: dict[tuple[int, int], float] = defaultdict(float)
    zone: dict[tuple[int, int], float] = {}
    for f in plan.figures:
        if f.code != code:
            continue
        if f.unit == data.ZONE_UNIT:
            zone[(f.year, f.month)] = f.value
        else:
            sums[(f.year, f.month)] += f.value
    assert zone
    assert all(round(sums[k], 2) == v for k, v in zone.items())


def test_cumulative_values_never_fall_within_a_year(plan):
    series: dict[tuple[str, str, int], list[tuple[int, float]]] = defaultdict(list)
    for f in plan.figures:
        if f.value is not None and f.code not in (
            "tech-upgrade-share",
            "industrial-project-funds-share",
            "new-enterprise-share",
        ):
            series[(f.unit, f.code, f.year)].append((f.month, f.value))
    for points in series.values():
        values = [v for _m, v in sorted(points)]
        assert values == sorted(values)


def test_periods_follow_the_indicator_calendar(plan):
    months = defaultdict(set)
    for f in plan.figures:
        months[(f.code, f.year)].add(f.month)
    assert months[("gdp", 2020)] == {3, 6, 9, 12}
    assert months[("gdp", 2021)] == {3, 6, 9}
    assert months[("industrial-output", 2020)] == set(range(2, 13))
    assert months[("industrial-output", 2021)] == set(range(2, 12))
    assert months[("retail", 2021)] == set(range(1, 12))


def test_growth_only_indicators_carry_no_value(plan):
    for f in plan.figures:
        if f.code in ("industrial-value-added", "high-tech-value-added"):
            assert f.value is None and f.growth_pct is not None
