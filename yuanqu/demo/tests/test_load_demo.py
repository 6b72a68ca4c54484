"""python manage.py load_demo: the demo zone 武汉临空港经开区（东西湖区）, loaded idempotently."""

from __future__ import annotations

from collections import Counter, defaultdict
from decimal import Decimal
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

from yuanqu.demo import data
from yuanqu.indicators.choices import Card, FigureStatus, TargetTier
from yuanqu.indicators.models import Assessment, Figure, Target
from yuanqu.org.choices import Role, UnitType
from yuanqu.org.models import Unit, User, Zone
from yuanqu.org.tests.factories import UnitFactory, UserFactory, ZoneFactory

pytestmark = pytest.mark.django_db

YI = Decimal(100_000_000)


def _load(*args: str) -> str:
    out = StringIO()
    call_command("load_demo", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def _counts() -> dict[str, int]:
    return {
        m._meta.label: m._default_manager.count()
        for m in apps.get_models()
        if m._meta.app_label in ("core", "org", "indicators")
    }


@pytest.fixture
def demo():
    return _load()


def test_load_demo_creates_the_demo_zone_and_its_units(demo):
    zone = Zone.objects.get(name="武汉临空港经开区（东西湖区）")
    assert (zone.short_name, zone.code, zone.is_demo) == ("临空港经开区", "420112", True)
    units = {u.name: u for u in Unit.objects.filter(zone=zone)}
    assert units["全区"].type == UnitType.ZONE
    assert len(units) == len(data.ALL_UNITS)
    for name in (
        "区发改局",
        "区科经局",
        "区商务局",
        "区财政局",
        "区税务局",
        "区自然资源和规划局",
        "区交通运输局",
        "区住建局",
        "区人社局",
        "区市场监管局",
        "区农业农村局",
        "区大数据中心",
        "区卫健局",
        "区工商联",
        "区金融办",
    ):
        assert units[name].type == UnitType.DEPARTMENT
    for name in (
        "区机电产业办",
        "区食品医药产业办",
        "区保税物流产业办",
        "区现代服务产业办",
        "区临空产业办",
        "区高新产业办",
    ):
        assert units[name].type == UnitType.INDUSTRY_OFFICE
    assert units["新沟镇街"].type == UnitType.STREET
    assert "走马岭街道" in units["走马岭街"].aliases
    office = units["区产业提升领导小组办公室"]
    assert office.type == UnitType.LEADING_GROUP_OFFICE
    assert office.parent == units["区发改局"]


def test_every_demo_login_works_with_the_demo_password(demo):
    for spec in data.demo_users():
        user = authenticate(username=spec.username, password="Yuanqu@2021")
        assert user is not None, spec.username
        assert (user.role, user.unit.name) == (spec.role, spec.unit), spec.username
    assert User.objects.count() == len(data.demo_users())


def test_demo_roles_match_the_brief(demo):
    admin = User.objects.get(username="admin")
    assert admin.role == Role.ADMIN and admin.is_staff and admin.is_superuser
    assert (User.objects.get(username="tongji").role, User.objects.get(username="tongji").unit.name) == (
        Role.STATISTICS,
        "区发改局",
    )
    assert (User.objects.get(username="lingdao").role, User.objects.get(username="lingdao").unit.name) == (
        Role.LEADER,
        "全区",
    )
    zml = User.objects.get(username="zmlj")
    assert (zml.role, zml.unit.name) == (Role.REPORTER, "走马岭街")
    reporting = {u.name for u in data.REPORTING_UNITS}
    reporters = set(User.objects.filter(role=Role.REPORTER).values_list("unit__name", flat=True))
    assert reporting <= reporters


def test_the_command_prints_the_demo_logins(demo):
    assert "演示账号（仅限演示环境）" in demo
    assert "Yuanqu@2021" in demo
    assert "zmlj" in demo and "走马岭街" in demo


def test_gdp_target_is_1590_yi_and_15_percent_led_by_the_development_bureau(demo):
    target = Target.objects.get(unit__name="全区", indicator__code="gdp", year=2021, tier=TargetTier.EXPECTED)
    assert target.value == Decimal(159_000_000_000)
    assert target.growth_pct == Decimal(15)
    assert target.lead_unit.name == "区发改局"
    assert target.text == "1590/15"
    stretch = Target.objects.get(unit__name="全区", indicator__code="gdp", year=2021, tier=TargetTier.STRETCH)
    assert stretch.value > target.value and stretch.growth_pct > target.growth_pct


@pytest.mark.parametrize(
    ("code", "value", "growth", "lead"),
    [
        ("industrial-value-added", None, Decimal("16.8"), "区科经局"),
        ("services-value-added", None, Decimal("15.8"), "区发改局"),
        ("high-tech-value-added", None, Decimal(15), "区科经局"),
        ("fixed-asset-investment", 740 * YI, Decimal("22.9"), "区发改局"),
        ("industrial-investment", 230 * YI, Decimal("22.6"), "区科经局"),
        ("tech-upgrade-share", Decimal(40), None, "区科经局"),
        ("retail", 496 * YI, Decimal("16.5"), "区商务局"),
        ("investment-attracted", 726 * YI, None, "区商务局"),
        ("industrial-project-funds-share", Decimal(50), None, "区商务局"),
        ("foreign-trade", 219 * YI, Decimal(16), "区商务局"),
        ("fdi", Decimal(247_160_000), Decimal("6.4"), "区商务局"),  # 24716万美元, in dollars
        ("new-market-entities", Decimal(20046), None, "区市场监管局"),
    ],
)
def test_zone_targets_are_those_of_seed_004(demo, code, value, growth, lead):
    target = Target.objects.get(unit__name="全区", indicator__code=code, year=2021, tier=TargetTier.EXPECTED)
    assert (target.value, target.growth_pct, target.lead_unit.name) == (value, growth, lead)


def test_stretch_target_of_new_registrations_is_the_one_seed_004_states(demo):
    stretch = Target.objects.get(unit__name="全区", indicator__code="new-market-entities", tier=TargetTier.STRETCH)
    assert stretch.value == Decimal(25058)


def test_units_have_targets_that_split_the_zone_investment_target(demo):
    units = Target.objects.filter(indicator__code="fixed-asset-investment", tier=TargetTier.EXPECTED).exclude(
        unit__name="全区"
    )
    assert units.count() == len(data.REPORTING_UNITS)
    assert sum(t.value for t in units) == 740 * YI
    assert all(t.growth_pct is not None for t in units)


def test_figures_cover_2020_and_2021_to_november_marked_as_demo_data(demo):
    months = defaultdict(set)
    for year, month, status in Figure.objects.values_list("year", "month", "status"):
        months[year].add(month)
        if year == 2020:
            assert status == FigureStatus.FINAL
        elif month == 11:
            assert status == FigureStatus.ESTIMATE
        else:
            assert status == FigureStatus.FLASH
    assert months == {2020: set(range(1, 13)), 2021: set(range(1, 12))}
    assert set(Figure.objects.values_list("note", flat=True)) == {"演示数据"}
    assert not Figure.objects.filter(indicator__code="industrial-output", month=1).exists()
    assert set(Figure.objects.filter(indicator__code="gdp").values_list("month", flat=True)) == {3, 6, 9, 12}


def test_cumulative_values_never_fall_within_a_year(demo):
    series = defaultdict(list)
    for unit, ind, year, month, value in Figure.objects.filter(
        indicator__kind__in=["flow", "count"], value__isnull=False
    ).values_list("unit_id", "indicator_id", "year", "month", "value"):
        series[(unit, ind, year)].append((month, value))
    assert series
    for points in series.values():
        values = [v for _m, v in sorted(points)]
        assert values == sorted(values)


def test_zone_total_is_the_sum_of_the_units_for_additive_indicators(demo):
    for code in ("industrial-output", "fixed-asset-investment", "retail", "investment-attracted"):
        sums = defaultdict(Decimal)
        zone = {}
        for unit, year, month, value in Figure.objects.filter(indicator__code=code).values_list(
            "unit__name", "year", "month", "value"
        ):
            if unit == "全区":
                zone[(year, month)] = value
            else:
                sums[(year, month)] += value
        assert zone == dict(sums)


def test_growth_rates_are_stored_as_published(demo):
    assert not Figure.objects.filter(growth_derived=True).exclude(indicator__kind="rate").exists()
    gdp = Figure.objects.get(unit__name="全区", indicator__code="gdp", year=2020, month=12)
    assert gdp.growth_pct == Decimal("-4.2")


def test_the_november_cards_show_green_yellow_and_red(demo):
    cards = Counter(Assessment.objects.filter(year=2021, month=11).values_list("card", flat=True))
    assert cards[Card.GREEN] > cards[Card.YELLOW] > 0
    assert cards[Card.RED] > 0


def test_zoumaling_investment_is_yellow_for_october_and_red_for_november(demo):
    cards = dict(
        Assessment.objects.filter(
            unit__name="走马岭街", indicator__code="fixed-asset-investment", year=2021, month__in=[9, 10, 11]
        ).values_list("month", "card")
    )
    assert cards == {9: Card.GREEN, 10: Card.YELLOW, 11: Card.RED}
    red = Assessment.objects.get(unit__name="走马岭街", indicator__code="fixed-asset-investment", year=2021, month=11)
    assert any("连续2个月黄牌" in r for r in red.reasons)


def test_running_load_demo_twice_changes_no_counts(demo):
    before = _counts()
    _load()
    assert _counts() == before


def test_reset_reloads_the_same_data(demo):
    before = _counts()
    gdp = Figure.objects.get(unit__name="全区", indicator__code="gdp", year=2021, month=9).value
    _load("--reset")
    after = _counts()
    # the catalogue's change-log rows stay; everything else is rebuilt identically
    assert after == before
    assert Figure.objects.get(unit__name="全区", indicator__code="gdp", year=2021, month=9).value == gdp


def test_a_real_zone_with_the_demo_name_is_refused():
    ZoneFactory(name="武汉临空港经开区（东西湖区）")
    with pytest.raises(CommandError, match="不是演示数据"):
        _load()


def test_an_existing_login_outside_the_demo_zone_is_left_alone():
    other = UnitFactory(zone=ZoneFactory(name="别的开发区"), name="某局")
    admin = UserFactory(username="admin", role=Role.VIEWER, unit=other, password="Other@2021x")
    _load()
    admin.refresh_from_db()
    assert admin.role == Role.VIEWER and admin.unit == other
    assert authenticate(username="admin", password="Yuanqu@2021") is None
    assert authenticate(username="tongji", password="Yuanqu@2021") is not None


def test_demo_uploads_the_seed_reports_once(demo):
    from yuanqu.docintel.choices import ItemType
    from yuanqu.docintel.models import Document

    zone = Zone.objects.get(name=data.ZONE["name"])
    documents = Document.objects.filter(zone=zone)
    assert documents.count() == 5
    table = documents.get(filename__startswith="004_")
    assert table.items.filter(type=ItemType.TASK).count() == 93
    assert table.items.filter(type=ItemType.FACT).exists()
    _load()
    assert Document.objects.filter(zone=zone).count() == 5
