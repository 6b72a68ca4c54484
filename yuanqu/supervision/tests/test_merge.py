"""Re-importing a year that already has reports merges the table: matched tasks keep their reports,
cards and history; new rows are added; rows gone from the table are kept as 已调整 or, with nothing
on them, deleted. All or nothing."""

from __future__ import annotations

from io import BytesIO

import pytest

from yuanqu.core.changelog import history_for
from yuanqu.core.errors import DomainError
from yuanqu.supervision import actions, importers
from yuanqu.supervision.choices import TaskStatus
from yuanqu.supervision.models import Goal, Report, Task
from yuanqu.supervision.seed004 import ROWS, L, U, build_xlsx
from yuanqu.supervision.tests.conftest import YEAR

TECH = "3.滚动实施工业技改项目 32 个。"
NEW = "4.新建智能工厂 3 个。"


def edited_rows(*, drop_tech: bool = True, add: bool = True, bad_unit: bool = False) -> list[tuple[str, ...]]:
    """004 with 网安产业园's goal changed from 15 to 18 enterprises, 技改 dropped, one item added."""
    rows: list[tuple[str, ...]] = []
    for row in ROWS:
        if len(row) > 2 and row[2].startswith("(1) 围绕国家网安"):
            row = (row[0], row[1], row[2].replace("新增企业 15 家", "新增企业 18 家"), *row[3:])
        if len(row) > 1 and row[1] == TECH:
            if add:
                rows.append((U, NEW, L, L, "火星局" if bad_unit else "区科经局", "各街道、产业办"))
            if drop_tech:
                continue
        rows.append(row)
    return rows


def report_on(user, task, unit, month=3):
    return actions.report_save(
        user=user, task=task, unit=unit, year=YEAR, month=month, data=actions.ReportInput(progress="推进中")
    )


@pytest.fixture
def reported(plan_004, reporter, street):
    """走马岭街 has reported 3月 on 网安产业园 and on 技改."""
    wangan = Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")
    tech = Task.objects.get(plan=plan_004, title__startswith="滚动实施工业技改项目")
    return report_on(reporter, wangan, street), report_on(reporter, tech, street)


def test_reimport_merges_keeping_reports_on_their_tasks(zone, plan_004, reported):
    wangan_report, tech_report = reported
    count_before = Task.objects.filter(plan=plan_004).count()
    # When the edited table is imported into the same year
    summary = importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(build_xlsx(edited_rows())), user=None)
    # Then the summary counts one added, one updated, one adjusted, the rest unchanged
    assert summary.merged
    assert (summary.added, summary.updated, summary.adjusted, summary.removed) == (1, 1, 1, 0)
    assert summary.unchanged == count_before - 2
    # and the reports are kept and still on the same tasks
    wangan_report.refresh_from_db()
    tech_report.refresh_from_db()
    assert Report.objects.count() == 2
    wangan = wangan_report.task
    assert "新增企业 18 家" in wangan.title and wangan.number == "(1)"
    assert Goal.objects.filter(task=wangan).order_by("position").first().number == 18
    assert history_for(wangan).filter(action="update").exists()
    # and the dropped task stays, marked 已调整, the new one is added after its siblings
    assert tech_report.task.status == TaskStatus.ADJUSTED
    new = Task.objects.get(plan=plan_004, title="新建智能工厂 3 个。")
    assert new.number == "4." and new.parent_id == tech_report.task.parent_id
    assert [n.name for n in (tu.unit or tu.group for tu in new.task_units.order_by("role", "position"))] == [
        "区科经局",
        "各街道",
        "产业办",
    ]
    assert Task.objects.filter(plan=plan_004).count() == count_before + 1
    # and positions are still a clean table order
    positions = list(Task.objects.filter(plan=plan_004).order_by("position").values_list("position", flat=True))
    assert positions == list(range(1, len(positions) + 1))


def test_reimport_of_the_same_table_changes_nothing(zone, plan_004, reported, xlsx_004):
    summary = importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(xlsx_004))
    assert (summary.added, summary.updated, summary.adjusted, summary.removed) == (0, 0, 0, 0)
    assert summary.unchanged == Task.objects.filter(plan=plan_004).count()


def test_task_gone_without_reports_is_deleted(zone, plan_004):
    # Given no report on 技改
    # When the table without it is imported
    summary = importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(build_xlsx(edited_rows(add=False))))
    # Then it is deleted, not kept
    assert (summary.removed, summary.adjusted) == (1, 0)
    assert not Task.objects.filter(plan=plan_004, title__startswith="滚动实施工业技改项目").exists()


def test_merge_dry_run_reports_counts_and_saves_nothing(zone, plan_004, reported):
    before = list(Task.objects.filter(plan=plan_004).order_by("pk").values_list("pk", "title", "status"))
    summary = importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(build_xlsx(edited_rows())), dry_run=True)
    assert (summary.added, summary.updated, summary.adjusted) == (1, 1, 1)
    assert list(Task.objects.filter(plan=plan_004).order_by("pk").values_list("pk", "title", "status")) == before


def test_merge_with_a_bad_row_saves_nothing(zone, plan_004, reported):
    before = Task.objects.filter(plan=plan_004).count()
    with pytest.raises(DomainError) as exc:
        importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(build_xlsx(edited_rows(bad_unit=True))))
    assert any("未找到单位「火星局」" in e for e in exc.value.errors)
    assert Task.objects.filter(plan=plan_004).count() == before
    assert not Task.objects.filter(plan=plan_004, status=TaskStatus.ADJUSTED).exists()


def test_renamed_target_is_matched_by_its_items(zone, plan_004, reporter, street):
    # Given a report on an item of 产业园区提升
    wangan = Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")
    target = wangan.parent.parent
    report = report_on(reporter, wangan, street)
    rows = [(("产业园区提质增效", *r[1:]) if r[0] == target.title else r) for r in ROWS]
    # When the target is renamed in the table
    summary = importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(build_xlsx(rows)))
    # Then the target is the same task, renamed, and the report stays on its item
    target.refresh_from_db()
    report.refresh_from_db()
    assert target.title == "产业园区提质增效" and report.task_id == wangan.pk
    assert (summary.added, summary.updated, summary.adjusted, summary.removed) == (0, 1, 0, 0)


def test_merge_history_names_the_changed_units(zone, plan_004, reporter, street):
    # Given 网安产业园 answered for by 相关街道
    wangan = Task.objects.get(plan=plan_004, title__startswith="围绕国家网安")
    report_on(reporter, wangan, street)
    rows = [(*r[:5], "各街道") if len(r) > 2 and r[2].startswith("(1) 围绕国家网安") else r for r in ROWS]
    # When the re-imported table names 各街道 instead
    importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(build_xlsx(rows)))
    # Then its history says so in names
    entry = history_for(wangan).filter(action="update").first()
    assert entry.before["responsible_units"] == ["相关街道"] and entry.after["responsible_units"] == ["各街道"]
    assert "units" not in entry.after
