"""python manage.py generate_data: synthetic zones for benchmarks, written in bulk."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from yuanqu.demo.synthetic import synthetic_zones
from yuanqu.indicators.models import Assessment, Figure, Indicator, Target
from yuanqu.org.choices import UnitType
from yuanqu.org.models import Unit

pytestmark = pytest.mark.django_db


def _generate(*args: str) -> str:
    out = StringIO()
    call_command("generate_data", *args, stdout=out)
    return out.getvalue()


def _reported_months(indicators) -> int:
    return sum(1 for ind in indicators for m in range(1, 13) if ind.reports_month(m))


def test_small_scale_produces_the_expected_counts():
    # when the small scale is generated
    out = _generate("--scale", "small")
    # then one zone of 30 units (its 全区 included), 20 indicators, two years of every reported month
    zone = synthetic_zones().get()
    assert zone.is_demo
    units = Unit.objects.filter(zone=zone)
    assert units.count() == 30
    assert units.filter(type=UnitType.ZONE).count() == 1
    indicators = list(Indicator.objects.filter(pk__in=Figure.objects.values("indicator")))
    assert len(indicators) == 20
    assert Figure.objects.count() == 30 * 2 * _reported_months(indicators)
    assert set(Figure.objects.values_list("year", flat=True)) == {2020, 2021}
    assert set(Figure.objects.values_list("note", flat=True)) == {"合成数据"}
    assert Target.objects.filter(tier="expected").count() == 30 * 20 * 2
    # and cards only for the last year
    assert Assessment.objects.filter(year=2020).count() == 0
    assert Assessment.objects.filter(year=2021).count() == 30 * _reported_months(indicators)
    assert "月度数据 12540" in out


def test_synthetic_indicators_make_up_what_the_catalogue_lacks():
    _generate("--scale", "small", "--indicators", "45", "--units", "4", "--years", "1")
    used = Indicator.objects.filter(pk__in=Figure.objects.values("indicator"))
    assert used.count() == 45
    assert (
        used.filter(code__startswith="synthetic-").count()
        == 45 - Indicator.objects.exclude(code__startswith="synthetic-").count()
    )


def test_zone_total_is_the_sum_of_its_units_for_flows():
    _generate("--scale", "small", "--indicators", "5", "--years", "1")
    sums: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    totals = {}
    for unit_type, ind, month, value in Figure.objects.filter(indicator__kind="flow").values_list(
        "unit__type", "indicator_id", "month", "value"
    ):
        if unit_type == UnitType.ZONE:
            totals[(ind, month)] = value
        else:
            sums[(ind, month)] += value
    assert totals and totals == dict(sums)


def test_cumulative_values_never_fall():
    _generate("--scale", "small", "--indicators", "10", "--years", "1")
    series = defaultdict(list)
    for unit, ind, month, value in Figure.objects.filter(indicator__kind__in=["flow", "count"]).values_list(
        "unit_id", "indicator_id", "month", "value"
    ):
        series[(unit, ind)].append((month, value))
    for points in series.values():
        values = [v for _m, v in sorted(points)]
        assert values == sorted(values)


def test_a_second_run_needs_reset_and_reset_rebuilds_the_same_counts():
    _generate("--scale", "small", "--indicators", "5", "--years", "1")
    figures = Figure.objects.count()
    with pytest.raises(CommandError, match="--reset"):
        _generate("--scale", "small", "--indicators", "5", "--years", "1")
    _generate("--scale", "small", "--indicators", "5", "--years", "1", "--reset")
    assert Figure.objects.count() == figures
    assert synthetic_zones().count() == 1
