"""The admin shows every model; catalogue edits go through the action and its change log."""

import pytest

from yuanqu.core.models import ChangeLog
from yuanqu.indicators.models import Indicator


@pytest.fixture
def superuser(admin_user):
    admin_user.is_staff = admin_user.is_superuser = True
    admin_user.save()
    return admin_user


@pytest.mark.parametrize(
    "path",
    [
        "indicators/indicator/",
        "indicators/figure/",
        "indicators/target/",
        "indicators/assessment/",
        "indicators/cardrules/",
        "core/changelog/",
        "org/unit/",
        "org/user/",
        "org/zone/",
    ],
)
def test_admin_lists_load(client, superuser, path):
    client.force_login(superuser)
    assert client.get(f"/admin/{path}").status_code == 200


def test_figures_are_read_only_in_admin(client, superuser):
    client.force_login(superuser)
    assert client.get("/admin/indicators/figure/add/").status_code == 403


def test_indicator_saved_in_admin_goes_through_the_action(client, superuser):
    client.force_login(superuser)
    post = {
        "code": "exports",
        "name": "出口总额",
        "aliases": '["出口创汇"]',
        "unit": "万美元",
        "kind": "flow",
        "direction": "higher",
        "growth_basis": "current",
        "frequency": "monthly",
        "first_month": 1,
        "decimals": 2,
        "description": "",
        "sort_order": 5,
        "is_active": "on",
    }
    response = client.post("/admin/indicators/indicator/add/", post)
    assert response.status_code == 302
    assert Indicator.objects.get(code="exports").aliases == ["出口创汇"]
    assert ChangeLog.objects.filter(model="indicators.indicator", source="admin").count() == 1
