"""Pages and API: every role on every page and endpoint, entry-form checks, history, query counts."""

from decimal import Decimal as D

import pytest
from django.urls import reverse

from yuanqu.indicators import actions
from yuanqu.indicators.models import Figure

YI = D(100_000_000)


@pytest.fixture
def data(stats_user, zone_unit, street, other_street, retail, output_value):
    """Targets and 1-5月 figures for the zone total and two streets."""
    for unit, share in ((zone_unit, 3), (street, 1), (other_street, 2)):
        actions.target_set(
            user=stats_user, unit=unit, indicator=retail, year=2021, value=100 * share * YI, growth_pct=D(10)
        )
        actions.figures_set(
            user=stats_user,
            items=[
                actions.FigureInput(
                    unit=unit, indicator=retail, year=2021, month=m, value=8 * m * share * YI, growth_pct=D(9)
                )
                for m in range(1, 6)
            ],
        )
    return {"own": Figure.objects.get(unit=street, month=5), "other": Figure.objects.get(unit=other_street, month=5)}


ROLES = ["admin_user", "stats_user", "leader_user", "viewer_user", "reporter"]


def _page_urls(data, street, other_street):
    return {
        "overview": reverse("indicators:overview"),
        "indicator": reverse("indicators:indicator", args=["retail"]),
        "units": reverse("indicators:units"),
        "own_unit": reverse("indicators:unit", args=[street.pk]),
        "other_unit": reverse("indicators:unit", args=[other_street.pk]),
        "ranking": reverse("indicators:ranking"),
        "cards": reverse("indicators:cards"),
        "entry": reverse("indicators:entry"),
        "own_figure": reverse("indicators:figure", args=[data["own"].pk]),
        "other_figure": reverse("indicators:figure", args=[data["other"].pk]),
        "import": reverse("indicators:import"),
        "targets": reverse("indicators:targets"),
        "reports": reverse("reports:index"),
    }


# Expected status per role and page: zone-wide readers see everything, writers also enter and
# import; a reporter sees only its own unit and may not rank other units.
EXPECTED = {
    "admin_user": {},
    "stats_user": {},
    "leader_user": {"entry": 403, "import": 403},
    "viewer_user": {"entry": 403, "import": 403},
    "reporter": {"other_unit": 404, "other_figure": 404, "ranking": 403},
}


@pytest.mark.parametrize("role", ROLES)
def test_every_role_on_every_page(client, request, role, data, street, other_street):
    client.force_login(request.getfixturevalue(role))
    for name, url in _page_urls(data, street, other_street).items():
        status = client.get(url).status_code
        assert status == EXPECTED[role].get(name, 200), f"{role} {name} {url} → {status}"


def test_anonymous_is_sent_to_login_everywhere(client, data, street, other_street):
    for url in _page_urls(data, street, other_street).values():
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


API = ["/api/indicators/", "/api/units/", "/api/targets/", "/api/figures/", "/api/assessments/"]


@pytest.mark.parametrize("role", ROLES)
def test_api_lists_are_scoped_to_readable_units(client, request, role, data, street):
    client.force_login(request.getfixturevalue(role))
    for url in API:
        assert client.get(url).status_code == 200
    units = {row["unit"] for row in client.get("/api/figures/?page_size=1000").json()["results"]}
    if role == "reporter":
        assert units == {street.pk}
    else:
        assert len(units) == 3


def test_api_requires_authentication(client):
    for url in API:
        assert client.get(url).status_code in (401, 403)


def test_token_login_and_token_auth(client, reporter, data, street):
    response = client.post("/api/auth/token/", {"username": "zml", "password": "Yuanqu@2021"})
    assert response.status_code == 200
    token = response.json()["token"]
    client.logout()
    response = client.get("/api/figures/", HTTP_AUTHORIZATION=f"Token {token}")
    assert response.status_code == 200
    assert {r["unit"] for r in response.json()["results"]} == {street.pk}


def test_api_reporter_cannot_post_other_units_figure(client, reporter, data, other_street):
    client.force_login(reporter)
    payload = {
        "unit": other_street.pk,
        "indicator": "retail",
        "year": 2021,
        "month": 6,
        "value": "1",
        "growth_pct": "1",
    }
    response = client.post("/api/figures/", payload, content_type="application/json")
    assert response.status_code == 403
    assert "无权" in response.json()["detail"]
    assert not Figure.objects.filter(month=6).exists()


def test_api_post_figures_list_all_or_nothing(client, stats_user, data, street):
    client.force_login(stats_user)
    payload = [
        {"unit": street.pk, "indicator": "retail", "year": 2021, "month": 6, "value": str(50 * YI), "growth_pct": "3"},
        {"unit": street.pk, "indicator": "retail", "year": 2021, "month": 7, "value": str(1 * YI), "growth_pct": "3"},
    ]
    response = client.post("/api/figures/", payload, content_type="application/json")
    assert response.status_code == 400
    assert "累计值不能小于更早月份" in response.json()["errors"][0]
    assert not Figure.objects.filter(month__in=(6, 7)).exists()


def test_api_post_target_by_statistics(client, stats_user, zone_unit, retail):
    client.force_login(stats_user)
    payload = {"unit": zone_unit.pk, "indicator": "retail", "year": 2022, "value": str(500 * YI), "growth_pct": "12"}
    response = client.post("/api/targets/", payload, content_type="application/json")
    assert response.status_code == 201
    assert response.json()["value_display"] == "500"


def test_api_assessment_filters(client, stats_user, data, street):
    client.force_login(stats_user)
    rows = client.get(f"/api/assessments/?year=2021&month=5&unit={street.pk}&indicator=retail").json()["results"]
    assert len(rows) == 1 and rows[0]["completion_pct"] == "40.0000" and rows[0]["rank_growth"] == 1


def test_schema_and_docs_are_served_locally(client, stats_user):
    client.force_login(stats_user)
    assert client.get("/api/schema/").status_code == 200
    docs = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in docs and "cdn" not in docs.lower() and "//unpkg" not in docs


def test_reporter_overview_shows_own_unit(client, reporter, data):
    client.force_login(reporter)
    html = client.get("/").content.decode()
    assert "走马岭街" in html and 'data-testid="value-retail">40.00' in html


def test_zone_overview_shows_value_growth_completion_and_card(client, leader_user, data):
    client.force_login(leader_user)
    html = client.get("/").content.decode()
    assert 'data-testid="value-retail">120.00' in html
    assert '同比 <b class="up">9.00%</b>' in html
    assert "完成 40.0%" in html and "时间进度 41.7%" in html


def test_overview_query_count_is_bounded(client, leader_user, data, django_assert_max_num_queries):
    client.force_login(leader_user)
    with django_assert_max_num_queries(20):
        assert client.get("/").status_code == 200


def test_entry_form_saves_and_shows_in_history(client, reporter, data, street, retail):
    client.force_login(reporter)
    url = reverse("indicators:entry")
    post = {
        "unit": street.pk,
        "year": 2021,
        "month": 6,
        "status": "flash",
        f"value_{retail.pk}": "48",
        f"growth_pct_{retail.pk}": "9.5",
    }
    response = client.post(url, post)
    assert response.status_code == 302
    figure = Figure.objects.get(unit=street, indicator=retail, month=6)
    assert figure.value == 48 * YI and figure.growth_pct == D("9.5")
    html = client.get(reverse("indicators:figure", args=[figure.pk])).content.decode()
    assert "zml" in html and "48.00 亿元" in html


def test_entry_refuses_cumulative_below_last_month(client, reporter, data, street, retail):
    client.force_login(reporter)
    post = {"unit": street.pk, "year": 2021, "month": 6, "status": "flash", f"value_{retail.pk}": "30"}
    html = client.post(reverse("indicators:entry"), post).content.decode()
    assert "累计值低于1-5月的40.00" in html
    assert not Figure.objects.filter(unit=street, month=6).exists()


def test_entry_flags_a_jump_and_saves_only_when_confirmed(client, reporter, data, street, retail):
    client.force_login(reporter)
    post = {"unit": street.pk, "year": 2021, "month": 6, "status": "flash", f"value_{retail.pk}": "90"}
    html = client.post(reverse("indicators:entry"), post).content.decode()
    assert "超过50%的提示阈值" in html
    assert not Figure.objects.filter(unit=street, month=6).exists()
    assert client.post(reverse("indicators:entry"), {**post, "confirm_jumps": "on"}).status_code == 302
    assert Figure.objects.get(unit=street, month=6).value == 90 * YI


def test_entry_rejects_text_in_number_field(client, reporter, data, street, retail):
    client.force_login(reporter)
    post = {"unit": street.pk, "year": 2021, "month": 6, "status": "flash", f"value_{retail.pk}": "abc"}
    html = client.post(reverse("indicators:entry"), post).content.decode()
    assert "「社会消费品零售总额」1-N月累计：请输入数字" in html
    assert not Figure.objects.filter(month=6).exists()


def test_reporter_cannot_post_entry_for_other_unit(client, reporter, data, other_street, retail):
    client.force_login(reporter)
    post = {"unit": other_street.pk, "year": 2021, "month": 6, "status": "flash", f"value_{retail.pk}": "90"}
    assert client.post(reverse("indicators:entry"), post).status_code == 403
    assert not Figure.objects.filter(month=6).exists()


def test_ranking_orders_units_by_growth(client, stats_user, data):
    client.force_login(stats_user)
    html = client.get(reverse("indicators:ranking") + "?year=2021&month=5&indicator=retail").content.decode()
    assert "走马岭街" in html and "金银湖街" in html and "全区" not in html.split('data-testid="ranking-table"')[1]


def test_htmx_list_returns_only_the_table(client, stats_user, data):
    client.force_login(stats_user)
    html = client.get(reverse("indicators:units"), HTTP_HX_REQUEST="true").content.decode()
    assert html.lstrip().startswith("<table") and "<html" not in html


def test_targets_page_and_form(client, stats_user, reporter, zone_unit, retail, data):
    client.force_login(reporter)
    assert client.post(reverse("indicators:target_set"), {}).status_code == 403
    client.force_login(stats_user)
    post = {"unit": zone_unit.pk, "indicator": retail.pk, "year": 2021, "tier": "stretch", "value": "330"}
    assert client.post(reverse("indicators:target_set"), post).status_code == 302
    html = client.get(reverse("indicators:targets") + "?year=2021").content.decode()
    assert "拼搏目标" in html and "330.00" in html


def test_lockout_after_five_failures(client, reporter):
    for _ in range(5):
        client.post("/accounts/login/", {"username": "zml", "password": "wrong"})
    response = client.post("/accounts/login/", {"username": "zml", "password": "Yuanqu@2021"})
    assert response.status_code == 200  # the login form again, not a redirect
    reporter.refresh_from_db()
    assert reporter.locked_until is not None


def test_successful_login_resets_failures(client, reporter):
    for _ in range(3):
        client.post("/accounts/login/", {"username": "zml", "password": "wrong"})
    response = client.post("/accounts/login/", {"username": "zml", "password": "Yuanqu@2021"})
    assert response.status_code == 302
    reporter.refresh_from_db()
    assert reporter.failed_login_count == 0


def test_password_rules_reject_weak_password(reporter):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("abcdefgh", reporter)
    validate_password("Yuanqu@2021", reporter)


def test_ui_is_chinese_first_with_english_translation(client, leader_user, data):
    client.force_login(leader_user)
    assert "经济运行总览" in client.get("/").content.decode()
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = client.get("/").content.decode()
    assert "economic overview" in html and "Log out" in html


def test_entry_defaults_to_the_month_after_the_latest_figure(client, reporter, data):
    client.force_login(reporter)
    html = client.get(reverse("indicators:entry")).content.decode()
    assert "2021年1-6月" in html


def _long_table(rows):
    import io

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["单位", "指标", "年", "月", "累计值", "上年同期", "同比%"])
    for row in rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    buf.seek(0)
    buf.name = "figures.xlsx"
    return buf


def test_import_page_checks_first_then_imports(client, stats_user, data, street, retail):
    client.force_login(stats_user)
    url = reverse("indicators:import")
    rows = [["走马岭街", "社零", 2021, 6, 48, 44, 9.1]]
    html = client.post(url, {"file": _long_table(rows), "dry_run": "on"}).content.decode()
    assert "检查通过，未保存" in html and not Figure.objects.filter(month=6).exists()
    html = client.post(url, {"file": _long_table(rows)}).content.decode()
    assert "导入完成" in html
    assert Figure.objects.get(unit=street, month=6).value == 48 * YI


def test_import_page_lists_row_errors_and_saves_nothing(client, stats_user, data):
    client.force_login(stats_user)
    rows = [["走马岭街", "社零", 2021, 6, 48, 44, 9.1], ["不存在街", "社零", 2021, 6, "abc", 44, 9.1]]
    html = client.post(reverse("indicators:import"), {"file": _long_table(rows)}).content.decode()
    assert "文件未导入" in html and "第 3 行" in html
    assert not Figure.objects.filter(month=6).exists()


def test_every_marked_string_has_an_english_translation():
    """The catalogue of marked strings (makemessages) is fully translated: a new label without its
    English shows up here rather than as Chinese in the English UI."""
    import re
    from pathlib import Path

    po = (Path(__file__).resolve().parents[3] / "locale/en/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    untranslated = re.findall(r'^msgid "(.+)"\nmsgstr ""$', po, re.M)
    assert untranslated == []
