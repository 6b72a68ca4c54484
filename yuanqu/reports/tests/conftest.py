"""Bulletin fixtures: the 武汉临空港 1-11月 case, entered through the indicator actions."""

from __future__ import annotations

from decimal import Decimal

import pytest

from conftest import YI
from yuanqu.indicators import actions
from yuanqu.indicators.choices import IndicatorKind
from yuanqu.indicators.tests.factories import IndicatorFactory
from yuanqu.org.choices import UnitType
from yuanqu.org.tests.factories import UnitFactory


@pytest.fixture
def linkonggang(zone):
    zone.name = "武汉临空港经开区"
    zone.save()
    return zone


@pytest.fixture
def value_added(db):
    """规模以上工业增加值: published as a growth rate only."""
    return IndicatorFactory(
        code="industrial-value-added",
        name="规模以上工业增加值",
        unit="亿元",
        first_month=2,
        sort_order=5,
        kind=IndicatorKind.FLOW,
        growth_basis="comparable",
    )


@pytest.fixture
def third_street(zone, zone_unit):
    return UnitFactory(zone=zone, name="径河街", type=UnitType.STREET, parent=zone_unit, sort_order=12)


@pytest.fixture
def bulletin_data(linkonggang, zone_unit, street, other_street, third_street, output_value, stats_user):
    """Zone total 590.3 of 658.1亿元 (+14.07%) for 1-11月; three streets:
    走马岭街 100 of 100亿元 +20%, 金银湖街 80 of 100亿元 (lags ~11.7 points: red) +5%,
    径河街 85 of 100亿元 (lags ~6.7 points: yellow) +5%."""
    year, month = 2021, 11
    targets = [
        actions.TargetInput(unit=zone_unit, indicator=output_value, year=year, value=Decimal("658.1") * YI),
        actions.TargetInput(unit=street, indicator=output_value, year=year, value=100 * YI),
        actions.TargetInput(unit=other_street, indicator=output_value, year=year, value=100 * YI),
        actions.TargetInput(unit=third_street, indicator=output_value, year=year, value=100 * YI),
    ]
    actions.targets_set(user=stats_user, items=targets)
    figures = [
        actions.FigureInput(
            unit=zone_unit,
            indicator=output_value,
            year=year,
            month=month,
            value=Decimal("590.3") * YI,
            growth_pct=Decimal("14.07"),
        ),
        actions.FigureInput(
            unit=street, indicator=output_value, year=year, month=month, value=100 * YI, growth_pct=Decimal("20")
        ),
        actions.FigureInput(
            unit=other_street, indicator=output_value, year=year, month=month, value=80 * YI, growth_pct=Decimal("5")
        ),
        actions.FigureInput(
            unit=third_street, indicator=output_value, year=year, month=month, value=85 * YI, growth_pct=Decimal("5")
        ),
    ]
    actions.figures_set(user=stats_user, items=figures)
    return linkonggang
