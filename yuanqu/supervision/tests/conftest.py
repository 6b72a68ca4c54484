"""Fixtures of 督查督办: the units of seed 004 in the test zone, the 004 table imported, the office."""

from __future__ import annotations

from io import BytesIO

import pytest

from yuanqu.demo import data as demo
from yuanqu.org.choices import Role, UnitType
from yuanqu.org.models import Unit
from yuanqu.org.tests.factories import UnitFactory, UserFactory
from yuanqu.supervision import importers
from yuanqu.supervision.models import Plan
from yuanqu.supervision.seed004 import build_xlsx

YEAR = 2021


@pytest.fixture
def units_004(zone, zone_unit, street, other_street, bureau):
    """Every unit named in seed 004, in the test zone (走马岭街, 金银湖街, 区科经局 from the shared fixtures)."""
    out = {u.name: u for u in (zone_unit, street, other_street, bureau)}
    for i, spec in enumerate(demo.ALL_UNITS):
        if spec.name in out:
            continue
        out[spec.name] = UnitFactory(
            zone=zone,
            name=spec.name,
            short_name=spec.short_name,
            aliases=list(spec.aliases),
            type=spec.type,
            parent=zone_unit,
            sort_order=20 + i,
        )
    return out


@pytest.fixture
def office_user(units_004):
    return UserFactory(username="ldxz", role=Role.REPORTER, unit=units_004["区产业提升领导小组办公室"])


@pytest.fixture
def lead_reporter(units_004):
    """A reporter of 区现代服务产业办, lead of 网安产业园 (responsible: 相关街道)."""
    return UserFactory(username="xdfw", role=Role.REPORTER, unit=units_004["区现代服务产业办"])


@pytest.fixture
def xlsx_004() -> bytes:
    return build_xlsx()


@pytest.fixture
def plan_004(zone, units_004, xlsx_004) -> Plan:
    importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(xlsx_004))
    return Plan.objects.get(zone=zone, year=YEAR)


def streets(zone) -> list[Unit]:
    return list(Unit.objects.filter(zone=zone, type=UnitType.STREET))
