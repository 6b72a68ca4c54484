"""Organisation writes: only administrators (or the system) change zones, units and accounts."""

import pytest

from yuanqu.core.errors import DomainError, PermissionDenied
from yuanqu.core.models import ChangeLog
from yuanqu.org import actions
from yuanqu.org.choices import Role, UnitType


def test_admin_creates_unit_and_it_is_logged(admin_user, zone, zone_unit):
    unit = actions.unit_save(actor=admin_user, zone=zone, name="新街道", type=UnitType.STREET, parent=zone_unit)
    log = ChangeLog.objects.get(model="org.unit", object_id=str(unit.pk))
    assert log.user == admin_user and log.after["name"] == "新街道"


def test_statistics_user_may_not_change_the_organisation(stats_user, zone):
    with pytest.raises(PermissionDenied):
        actions.unit_save(actor=stats_user, zone=zone, name="新街道", type=UnitType.STREET)


def test_a_zone_has_one_zone_total(admin_user, zone, zone_unit):
    with pytest.raises(DomainError, match="已有“全区”单位"):
        actions.unit_save(actor=admin_user, zone=zone, name="另一个全区", type=UnitType.ZONE)


def test_weak_password_is_refused_with_reasons(admin_user, street):
    with pytest.raises(DomainError, match="密码不符合要求"):
        actions.user_save(actor=admin_user, username="new", password="12345678", unit=street, role=Role.REPORTER)


def test_account_saved_with_password_and_no_password_in_log(admin_user, street):
    user = actions.user_save(actor=admin_user, username="new", password="Jiedao@2026", unit=street, role=Role.REPORTER)
    assert user.check_password("Jiedao@2026")
    log = ChangeLog.objects.get(model="org.user", object_id=str(user.pk))
    assert "password" not in log.after and log.after["role"] == "reporter"
