"""Pages and API of 督查督办 for every role: a street sees and reports only its own tasks; only the
office reviews; the unit's table answers in a bounded number of queries."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from yuanqu.supervision import actions, evaluation
from yuanqu.supervision.models import Report, Task
from yuanqu.supervision.tests.conftest import YEAR

ROLES = ["admin_user", "stats_user", "leader_user", "viewer_user", "reporter", "office_user", "lead_reporter"]


@pytest.fixture
def wangan(plan_004):
    return Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")


@pytest.fixture
def atlas(plan_004):
    """制定产业发展图谱: departments only — no street is named."""
    return Task.objects.get(plan=plan_004, title__startswith="制定产业发展图谱")


@pytest.mark.parametrize("role", ROLES)
def test_every_role_on_every_page(client, request, role, plan_004, wangan, atlas, street, other_street):
    user = request.getfixturevalue(role)
    client.force_login(user)
    zone_wide = role not in ("reporter", "lead_reporter")
    q = f"?year={YEAR}&month=3"
    for name in ("index", "board", "calendar", "annual", "inbox"):
        assert client.get(reverse(f"supervision:{name}") + q).status_code == 200, name
    assert client.get(reverse("supervision:unit", args=[street.pk]) + q).status_code == (
        200 if role == "reporter" or zone_wide else 403
    )
    assert client.get(reverse("supervision:unit", args=[other_street.pk]) + q).status_code == (
        200 if zone_wide else 403
    )
    assert client.get(reverse("supervision:task", args=[wangan.pk])).status_code == 200
    # 区现代服务产业办 is a responsible unit of 制定产业发展图谱; 走马岭街 is not
    assert client.get(reverse("supervision:task", args=[atlas.pk])).status_code == (403 if role == "reporter" else 200)
    assert client.get(reverse("supervision:export") + q).status_code == (200 if zone_wide else 403)
    assert client.post(reverse("supervision:calendar"), {"year": YEAR}).status_code == (
        302 if role in ("admin_user", "stats_user", "office_user") else 403
    )


def test_anonymous_is_sent_to_login(client, plan_004, wangan):
    for url in (
        reverse("supervision:index"),
        reverse("supervision:task", args=[wangan.pk]),
        reverse("supervision:board"),
    ):
        assert client.get(url).status_code == 302
    assert client.get("/api/supervision/tasks/").status_code in (401, 403)


def test_street_tree_lists_only_its_own_tasks(client, reporter, plan_004, wangan, atlas):
    client.force_login(reporter)
    html = client.get(reverse("supervision:index"), {"year": YEAR}).content.decode()
    assert "围绕国家网安" in html and "制定产业发展图谱" not in html


def test_tree_filters_by_unit_section_and_state_with_htmx_partial(client, leader_user, plan_004, units_004):
    client.force_login(leader_user)
    section = Task.objects.get(plan=plan_004, title="提升市场主体成长性")
    resp = client.get(
        reverse("supervision:index"),
        {"year": YEAR, "section": section.pk, "unit": units_004["区住建局"].pk},
        HTTP_HX_REQUEST="true",
    )
    html = resp.content.decode()
    assert "<html" not in html and "新增 5 户" in html and "新增 40 户" not in html and "重点经济指标" not in html
    assert (
        "没有符合条件"
        in client.get(
            reverse("supervision:index"), {"year": YEAR, "status": "done"}, HTTP_HX_REQUEST="true"
        ).content.decode()
    )


def test_unit_table_query_count_is_bounded(client, reporter, street, plan_004, wangan, django_assert_max_num_queries):
    client.force_login(reporter)
    actions.report_save(user=reporter, task=wangan, unit=street, year=YEAR, month=3, data=actions.ReportInput("进展"))
    with django_assert_max_num_queries(18):
        resp = client.get(reverse("supervision:unit", args=[street.pk]), {"year": YEAR, "month": 3})
    html = resp.content.decode()
    assert resp.status_code == 200 and "已报送" in html and "新增企业 不低于 15家" in html


def test_report_form_submits_and_review_by_reporter_is_refused(client, reporter, street, wangan):
    client.force_login(reporter)
    resp = client.post(
        reverse("supervision:report_submit", args=[wangan.pk]),
        {"unit": street.pk, "year": YEAR, "month": 3, "progress": "新增企业3家", "progress_value": "3", "submit": "1"},
    )
    assert resp.status_code == 302
    report = Report.objects.get(task=wangan, unit=street)
    client.post(reverse("supervision:review", args=[report.pk]), {"decision": "accept"})
    report.refresh_from_db()
    assert report.state == "submitted"


def test_api_scopes_tasks_and_reports_to_the_reporters_unit(
    client, reporter, other_reporter, street, other_street, wangan, atlas
):
    actions.report_save(
        user=other_reporter, task=wangan, unit=other_street, year=YEAR, month=3, data=actions.ReportInput("x")
    )
    client.force_login(reporter)
    ids = {t["id"] for t in client.get("/api/supervision/tasks/", {"page_size": 500}).json()["results"]}
    assert wangan.pk in ids and atlas.pk not in ids
    # a street reads the other street's report on a shared task, but cannot write for it
    resp = client.post(
        "/api/supervision/reports/",
        {"task": wangan.pk, "unit": other_street.pk, "year": YEAR, "month": 3, "progress": "x"},
        content_type="application/json",
    )
    assert resp.status_code == 403 and resp.json()["detail"].startswith("无权")
    resp = client.post(
        "/api/supervision/reports/",
        {"task": wangan.pk, "unit": street.pk, "year": YEAR, "month": 3, "progress": "已报"},
        content_type="application/json",
    )
    assert resp.status_code == 201 and resp.json()["state"] == "submitted"
    assert (
        client.post(
            f"/api/supervision/reports/{resp.json()['id']}/review/", {"accept": True}, content_type="application/json"
        ).status_code
        == 403
    )


def test_api_review_by_office_and_evaluations(client, office_user, reporter, street, wangan):
    report = actions.report_save(
        user=reporter, task=wangan, unit=street, year=YEAR, month=3, data=actions.ReportInput("x")
    )
    client.force_login(office_user)
    resp = client.post(
        f"/api/supervision/reports/{report.pk}/review/",
        {"accept": False, "comment": "补充"},
        content_type="application/json",
    )
    assert resp.status_code == 200 and resp.json()["state"] == "returned"
    evaluation.evaluate_month(zone=wangan.plan.zone, year=YEAR, month=3, today=date(YEAR, 4, 10))
    cards = client.get("/api/supervision/evaluations/", {"unit": street.pk, "month": 3}).json()["results"]
    assert cards and {c["card"] for c in cards} >= {"yellow"}
    assert client.get("/api/supervision/unit-evaluations/", {"year": YEAR, "month": 3}).json()["results"]


def test_api_list_query_count_is_bounded(client, leader_user, plan_004, django_assert_max_num_queries):
    client.force_login(leader_user)
    with django_assert_max_num_queries(12):
        assert client.get("/api/supervision/tasks/", {"page_size": 100}).status_code == 200


def test_board_shows_cards_and_bottom_list(client, office_user, plan_004):
    evaluation.evaluate_month(zone=plan_004.zone, year=YEAR, month=3, today=date(YEAR, 4, 10))
    client.force_login(office_user)
    html = client.get(reverse("supervision:board"), {"year": YEAR, "month": 3}).content.decode()
    assert "排名靠后单位" in html and 'data-card="red"' in html
