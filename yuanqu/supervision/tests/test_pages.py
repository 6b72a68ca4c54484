"""The office's pages: Excel import and export of the table, 调整任务, 督查设置 (红黄牌规则, 单位组)
and the admin. Who may use each; errors in Chinese; nothing saved on error; the history shown."""

from __future__ import annotations

from io import BytesIO
from urllib.parse import quote

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from yuanqu.core.changelog import history_for
from yuanqu.org.tests.factories import UserFactory
from yuanqu.supervision.choices import Card, GroupRule, UnitRole
from yuanqu.supervision.models import EvaluationRule, Plan, Task, UnitGroup
from yuanqu.supervision.seed004 import ROWS, build_xlsx
from yuanqu.supervision.tests.conftest import YEAR

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ALL = ["admin_user", "stats_user", "office_user", "leader_user", "viewer_user", "reporter", "lead_reporter"]
OFFICE = {"admin_user", "stats_user", "office_user"}
MANAGERS = {"admin_user", "stats_user"}


def xlsx(data: bytes, name: str = "任务总表.xlsx") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=XLSX)


@pytest.mark.parametrize("role", ALL)
def test_import_page_is_for_the_office_only(client, request, role, units_004):
    client.force_login(request.getfixturevalue(role))
    resp = client.get(reverse("supervision:import"))
    assert resp.status_code == (200 if role in OFFICE else 403)
    if role in OFFICE:
        html = resp.content.decode()
        assert 'name="dry_run"' in html and "checked" in html.split('name="dry_run"')[1].split(">")[0]


def test_import_page_checks_first_then_imports(client, office_user, units_004, xlsx_004):
    client.force_login(office_user)
    url = reverse("supervision:import")
    # When the table is uploaded with 仅检查 ticked
    resp = client.post(url, {"file": xlsx(xlsx_004), "year": YEAR, "dry_run": "on"})
    # Then the summary shows and nothing is saved
    html = resp.content.decode()
    assert resp.status_code == 200 and 'data-testid="import-summary"' in html and "检查结果（未保存）" in html
    assert '<td class="text">64</td>' in html and not Task.objects.exists()
    # When it is uploaded again without it
    resp = client.post(url, {"file": xlsx(xlsx_004), "year": YEAR})
    # Then the table is imported
    assert "导入结果" in resp.content.decode()
    assert Task.objects.filter(plan__year=YEAR).count() == 93


def test_import_page_lists_every_row_error_and_saves_nothing(client, office_user, units_004):
    rows = list(ROWS)
    i = next(k for k, r in enumerate(rows) if r[0] == "推动专业楼宇有序集聚")
    rows[i] = (*rows[i][:4], "区不存在局", rows[i][5])
    client.force_login(office_user)
    resp = client.post(reverse("supervision:import"), {"file": xlsx(build_xlsx(rows)), "year": YEAR})
    html = resp.content.decode()
    assert 'data-testid="import-errors"' in html
    assert f"第 {i + 3} 行「牵头责任单位」: 未找到单位「区不存在局」" in html
    assert not Plan.objects.exists() and not Task.objects.exists()


def test_import_page_refuses_a_file_that_is_not_xlsx(client, office_user, units_004):
    client.force_login(office_user)
    resp = client.post(reverse("supervision:import"), {"file": xlsx(b"abc", "表.xls"), "year": YEAR})
    assert "请上传 .xlsx 格式的Excel文件" in resp.content.decode() and not Task.objects.exists()


def test_table_page_links_import_and_exports_the_year(client, office_user, leader_user, plan_004):
    client.force_login(office_user)
    html = client.get(reverse("supervision:index"), {"year": YEAR}).content.decode()
    assert reverse("supervision:import") in html and f"{reverse('supervision:export')}?year={YEAR}" in html
    client.force_login(leader_user)
    html = client.get(reverse("supervision:index"), {"year": YEAR}).content.decode()
    assert 'data-testid="export-link"' in html and 'data-testid="import-link"' not in html
    resp = client.get(reverse("supervision:export"), {"year": YEAR})
    assert resp.status_code == 200 and resp["Content-Type"] == XLSX
    assert f"tasks-{YEAR}.xlsx" in resp["Content-Disposition"]
    assert quote(f"{YEAR}年目标任务总表.xlsx") in resp["Content-Disposition"]  # the Chinese name, RFC 5987
    ws = openpyxl.load_workbook(BytesIO(resp.content)).active
    assert ws.cell(2, 1).value == "目标名称"


@pytest.fixture
def wangan(plan_004) -> Task:
    return Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")


@pytest.mark.parametrize("role", ALL)
def test_task_edit_page_is_for_the_office_only(client, request, role, wangan):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("supervision:task_edit", args=[wangan.pk])).status_code == (
        200 if role in OFFICE else 403
    )


def test_task_edit_changes_wording_deadline_cadence_and_units_with_history(client, office_user, wangan, units_004):
    client.force_login(office_user)
    streets = UnitGroup.objects.get(zone=wangan.plan.zone, name="各街道")
    # When the office changes the task through the form
    resp = client.post(
        reverse("supervision:task_edit", args=[wangan.pk]),
        {
            "title": "围绕国家网安产业，新增企业 20 家。",
            "due_date": f"{YEAR}-10-31",
            "cadence": "quarterly",
            "lead": [f"u:{units_004['区现代服务产业办'].pk}", f"u:{units_004['区科经局'].pk}"],
            "responsible": [f"g:{streets.pk}"],
        },
    )
    # Then the task is changed
    assert resp.status_code == 302
    wangan.refresh_from_db()
    assert wangan.title.endswith("20 家。") and str(wangan.due_date) == f"{YEAR}-10-31"
    assert wangan.cadence == "quarterly"
    assert [str(tu.unit or tu.group) for tu in wangan.task_units.order_by("role", "position")] == [
        "区现代服务产业办",
        "区科经局",
        "各街道",
    ]
    assert wangan.task_units.filter(role=UnitRole.RESPONSIBLE).get().group == streets
    # and the task page shows the history: who changed what from what to what
    entry = history_for(wangan).first()
    assert entry.before["responsible_units"] == ["相关街道"] and entry.after["responsible_units"] == ["各街道"]
    html = client.get(reverse("supervision:task", args=[wangan.pk])).content.decode()
    assert "报告频次：每月 → 每季" in html and "责任单位：相关街道 → 各街道" in html


def test_task_edit_errors_are_in_chinese_and_nothing_is_saved(client, office_user, wangan, units_004):
    client.force_login(office_user)
    before = wangan.title
    resp = client.post(
        reverse("supervision:task_edit", args=[wangan.pk]),
        {"title": "新内容", "cadence": "monthly", "lead": [], "responsible": [f"u:{units_004['走马岭街'].pk}"]},
    )
    assert resp.status_code == 400 and "有责任单位的任务须指定牵头责任单位" in resp.content.decode()
    resp = client.post(reverse("supervision:task_edit", args=[wangan.pk]), {"title": "", "cadence": "monthly"})
    assert resp.status_code == 400 and "任务内容" in resp.content.decode()
    wangan.refresh_from_db()
    assert wangan.title == before


@pytest.mark.parametrize("role", ALL)
def test_settings_pages_are_for_admin_and_statistics(client, request, role, plan_004):
    client.force_login(request.getfixturevalue(role))
    group = UnitGroup.objects.get(zone=plan_004.zone, name="相关街道")
    expected = 200 if role in MANAGERS else 403
    assert client.get(reverse("supervision:settings")).status_code == expected
    assert client.get(reverse("supervision:group_edit", args=[group.pk])).status_code == expected


def test_settings_page_saves_the_rules_with_history(client, stats_user, plan_004):
    client.force_login(stats_user)
    data = {
        "yellow_pace": "70",
        "late_card": Card.GREEN,
        "missing_card": Card.RED,
        "returned_card": Card.YELLOW,
        "lagging_card": Card.YELLOW,
        "bottom_count": 5,
    }
    assert client.post(reverse("supervision:settings"), data).status_code == 302
    rule = EvaluationRule.objects.get(zone=plan_004.zone)
    assert (rule.yellow_pace, rule.late_card, rule.bottom_count) == (70, Card.GREEN, 5)
    assert history_for(rule).get().user == stats_user
    resp = client.post(reverse("supervision:settings"), {**data, "yellow_pace": "150"})
    assert resp.status_code == 400 and "黄牌进度比" in resp.content.decode()


def test_group_page_narrows_related_streets_to_listed_members(client, admin_user, plan_004, street, other_street):
    group = UnitGroup.objects.get(zone=plan_004.zone, name="相关街道")
    client.force_login(admin_user)
    url = reverse("supervision:group_edit", args=[group.pk])
    # When 指定单位 is chosen without members: a Chinese error, nothing saved
    resp = client.post(url, {"name": "相关街道", "aliases": "有关街道", "rule": GroupRule.LISTED})
    assert resp.status_code == 400 and "须至少选择一个单位" in resp.content.decode()
    # When 走马岭街 alone is listed
    resp = client.post(
        url, {"name": "相关街道", "aliases": "有关街道、涉及街道", "rule": GroupRule.LISTED, "members": [street.pk]}
    )
    assert resp.status_code == 302
    group.refresh_from_db()
    assert group.aliases == ["有关街道", "涉及街道"] and list(group.members.all()) == [street]
    assert history_for(group).get().after["members"] == ["走马岭街"]
    # Then only 走马岭街 answers for 网安产业园 (相关街道)
    from yuanqu.supervision import selectors

    wangan = Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")
    assert selectors.duties([wangan.pk], plan_004.zone)[wangan.pk].responsible == [street.pk]


def test_admin_lists_every_model_and_saves_rules_and_groups_through_actions(client, zone, plan_004, street):
    su = UserFactory(username="root", is_superuser=True, is_staff=True)
    client.force_login(su)
    for name in (
        "plan",
        "task",
        "report",
        "reportattachment",
        "unitgroup",
        "evaluationrule",
        "evaluationrelease",
        "taskevaluation",
        "unitevaluation",
        "annualscore",
        "notice",
        "meeting",
        "decision",
    ):
        assert client.get(reverse(f"admin:supervision_{name}_changelist")).status_code == 200, name
    resp = client.post(
        reverse("admin:supervision_evaluationrule_add"),
        {
            "zone": zone.pk,
            "yellow_pace": "75",
            "late_card": "yellow",
            "missing_card": "red",
            "returned_card": "yellow",
            "lagging_card": "red",
            "bottom_count": 2,
        },
    )
    assert resp.status_code == 302
    rule = EvaluationRule.objects.get(zone=zone)
    assert rule.bottom_count == 2 and history_for(rule).get().source == "admin"
    group = UnitGroup.objects.get(zone=zone, name="相关街道")
    resp = client.post(
        reverse("admin:supervision_unitgroup_change", args=[group.pk]),
        {"zone": zone.pk, "name": "相关街道", "aliases": '["有关街道"]', "rule": "listed", "members": [street.pk]},
    )
    assert resp.status_code == 302, resp.content.decode()[:2000]
    assert list(group.members.all()) == [street] and history_for(group).get().source == "admin"
    resp = client.post(
        reverse("admin:supervision_unitgroup_change", args=[group.pk]),
        {"zone": zone.pk, "name": "相关街道", "aliases": "[]", "rule": "listed"},
    )
    assert resp.status_code == 200 and "须至少选择一个单位" in resp.content.decode()
