"""Shared fixtures: a small zone with units, users of every role, and a few indicators."""

from __future__ import annotations

from decimal import Decimal

import pytest

from yuanqu.indicators.tests.factories import IndicatorFactory
from yuanqu.org.choices import Role, UnitType
from yuanqu.org.tests.factories import UnitFactory, UserFactory, ZoneFactory


@pytest.fixture
def zone(db):
    return ZoneFactory(name="测试开发区")


@pytest.fixture
def zone_unit(zone):
    return UnitFactory(zone=zone, name="全区", type=UnitType.ZONE, sort_order=0)


@pytest.fixture
def street(zone, zone_unit):
    return UnitFactory(zone=zone, name="走马岭街", type=UnitType.STREET, parent=zone_unit, sort_order=10)


@pytest.fixture
def other_street(zone, zone_unit):
    return UnitFactory(zone=zone, name="金银湖街", type=UnitType.STREET, parent=zone_unit, sort_order=11)


@pytest.fixture
def bureau(zone, zone_unit):
    return UnitFactory(zone=zone, name="区科经局", type=UnitType.DEPARTMENT, parent=zone_unit, sort_order=1)


@pytest.fixture
def admin_user(bureau):
    return UserFactory(username="admin", role=Role.ADMIN, unit=bureau)


@pytest.fixture
def stats_user(bureau):
    return UserFactory(username="tongji", role=Role.STATISTICS, unit=bureau)


@pytest.fixture
def leader_user(zone_unit):
    return UserFactory(username="lingdao", role=Role.LEADER, unit=zone_unit)


@pytest.fixture
def viewer_user(zone_unit):
    return UserFactory(username="chakan", role=Role.VIEWER, unit=zone_unit)


@pytest.fixture
def reporter(street):
    return UserFactory(username="zml", role=Role.REPORTER, unit=street)


@pytest.fixture
def other_reporter(other_street):
    return UserFactory(username="jyh", role=Role.REPORTER, unit=other_street)


@pytest.fixture
def output_value(db):
    """规模以上工业总产值: a cumulative flow in 亿元, first reported for 1-2月."""
    return IndicatorFactory(
        code="industrial-output",
        name="规模以上工业总产值",
        aliases=["规上工业总产值", "工业总产值"],
        unit="亿元",
        first_month=2,
        sort_order=10,
    )


@pytest.fixture
def retail(db):
    """社会消费品零售总额: a monthly cumulative flow in 亿元, reported from 1月."""
    return IndicatorFactory(code="retail", name="社会消费品零售总额", aliases=["社零"], unit="亿元", sort_order=20)


@pytest.fixture
def fdi(db):
    """实际利用外资: in 万美元, kept apart from yuan."""
    return IndicatorFactory(code="fdi", name="实际利用外资", aliases=["FDI"], unit="万美元", sort_order=30)


YI = Decimal(100_000_000)
