"""The target-task table: 004's attachment imported exactly, exported in the same layout, re-imported
to the same tree; bad sheets rejected with row-numbered messages and nothing saved."""

from __future__ import annotations

import json
from io import BytesIO, StringIO

import openpyxl
import pytest
from django.core.management import call_command

from yuanqu.core.errors import DomainError
from yuanqu.supervision import exporters, importers
from yuanqu.supervision.choices import NodeKind, UnitRole
from yuanqu.supervision.models import Goal, Plan, Task
from yuanqu.supervision.seed004 import ROWS, U, build_xlsx
from yuanqu.supervision.tests.conftest import YEAR


def tree(plan: Plan) -> list[tuple]:
    """The plan as comparable tuples: kind, depth, number, title, lead names, responsible names."""
    out = []
    for t in (
        Task.objects.filter(plan=plan).order_by("position").prefetch_related("task_units__unit", "task_units__group")
    ):
        tus = list(t.task_units.all())
        out.append(
            (
                t.kind,
                t.depth,
                t.number,
                t.title,
                tuple(str(x.unit or x.group) for x in tus if x.role == UnitRole.LEAD),
                tuple(str(x.unit or x.group) for x in tus if x.role == UnitRole.RESPONSIBLE),
            )
        )
    return out


def node(plan: Plan, startswith: str) -> Task:
    return Task.objects.get(plan=plan, title__startswith=startswith)


def names(task: Task, role: str) -> list[str]:
    return [str(x.unit or x.group) for x in task.task_units.filter(role=role).order_by("position")]


def test_import_004_reproduces_every_section_target_item_and_unit(plan_004):
    # Given the 004 attachment imported (fixture)
    # Then the tree has its 6 sections, 23 targets and 64 items
    kinds = [t[0] for t in tree(plan_004)]
    assert kinds.count(NodeKind.SECTION) == 6
    assert kinds.count(NodeKind.TARGET) == 23
    assert kinds.count(NodeKind.ITEM) == 64
    # and items nest as printed: 1. → (2) → ①…⑥
    policy = node(plan_004, "研究和汇编")
    assert policy.number == "(2)" and policy.parent.number == "1."
    assert [c.number for c in policy.children.order_by("position")] == ["①", "②", "③", "④", "⑤", "⑥"]
    fifth = policy.children.get(number="⑤")
    assert names(fifth, UnitRole.LEAD) == ["区发改局", "区食品医药产业办"]
    assert names(fifth, UnitRole.RESPONSIBLE) == [
        "区科经局",
        "区卫健局",
        "区市场监管局",
        "区财政局",
        "区税务局",
        "区人社局",
    ]
    # and group phrases resolve to groups, mixed with units
    land = node(plan_004, "推广新型工业用地政策")
    assert names(land, UnitRole.LEAD) == ["区科经局", "新沟镇街"]
    assert names(land, UnitRole.RESPONSIBLE) == ["区自然资源和规划局", "相关街道", "产业办"]
    assert names(node(plan_004, "编制并滚动更新"), UnitRole.RESPONSIBLE) == ["各街道", "产业办"]
    # and merged unit cells apply to every item they cover
    for title in ("做好顶层设计", "加速推进产业数字化", "创建1个数字经济产业园区"):
        assert names(node(plan_004, title), UnitRole.LEAD) == ["区科经局", "区现代服务产业办"]
    for title in ("举办 1 场", "推动新增上市企业", "筛选培育"):
        assert names(node(plan_004, title), UnitRole.RESPONSIBLE) == ["区金融办", "相关街道", "产业办"]
    assert names(node(plan_004, "新登记企业占比"), UnitRole.LEAD) == ["区市场监管局"]
    # and 招商引资实际到位资金 has no lead, as printed
    assert names(node(plan_004, "726"), UnitRole.LEAD) == []
    # and 企进规 keeps its category level
    above_scale = node(plan_004, "新增 40 户")
    assert above_scale.parent.title == "规模以上工业企业" and names(above_scale, UnitRole.LEAD) == ["区科经局"]


@pytest.mark.parametrize(
    ("startswith", "expected"),
    [
        ("围绕国家网安", [("新增企业", "15", "家"), ("累计", "140", "家"), ("产值或主营业务收入增幅", "17", "%")]),
        ("以机电产业园为样板", [("亩均税收", "35", "万元")]),
        ("推广新型工业用地政策", [("新增工业用地“标准地”供地比例", "100", "%")]),
        ("1590/15", [("GDP总量", "1590", "亿元"), ("增速", "15", "%")]),
        ("新登记企业占比", [("新登记企业占比", "75", "%")]),
        ("做好顶层设计", []),
    ],
)
def test_import_stores_quantitative_goals_stated_in_the_text(plan_004, startswith, expected):
    task = node(plan_004, startswith)
    got = [
        (g.metric, f"{g.number.normalize():f}", g.measure) for g in Goal.objects.filter(task=task).order_by("position")
    ]
    assert got == expected


def test_round_trip_import_export_import_gives_the_same_tree(zone, plan_004, units_004):
    # Given the imported 004 table
    before = tree(plan_004)
    # When it is exported and the export imported into another year
    data = exporters.tasks_xlsx(plan_004)
    importers.tasks_import(zone=zone, year=YEAR + 1, source=BytesIO(data))
    # Then the second tree is the same, node for node
    assert tree(Plan.objects.get(zone=zone, year=YEAR + 1)) == before
    # and the export keeps the layout: merged 目标名称 and unit cells, multi-line content
    ws = openpyxl.load_workbook(BytesIO(data)).active
    assert ws.cell(2, 1).value == "目标名称" and ws.cell(2, 5).value == "牵头责任单位"
    merged = [str(r) for r in ws.merged_cells.ranges]
    assert any(
        r.startswith("A") and r.split(":")[1].startswith("A") and r.split(":")[0] != r.split(":")[1] for r in merged
    )
    assert any(r.startswith("E") and r.split(":")[1].startswith("E") for r in merged)
    assert ws.cell(5, 2).alignment.wrap_text


def test_command_import_and_export(zone, units_004, xlsx_004, tmp_path):
    src = tmp_path / "004.xlsx"
    src.write_bytes(xlsx_004)
    # When the table is imported from the command line
    out = StringIO()
    call_command("import_tasks", str(src), "--year", "2021", "--zone", zone.name, stdout=out)
    summary = json.loads(out.getvalue())
    # Then it prints the JSON summary
    assert (summary["sections"], summary["targets"], summary["items"]) == (6, 23, 64)
    assert "区发改局" in summary["units"] and "各街道" in summary["units"]
    # and export_tasks writes the same layout back
    dest = tmp_path / "out.xlsx"
    call_command("export_tasks", "--year", "2021", "--zone", zone.name, "-o", str(dest), stdout=StringIO())
    assert openpyxl.load_workbook(dest).active.cell(2, 1).value == "目标名称"


def test_command_dry_run_saves_nothing(zone, units_004, xlsx_004, tmp_path):
    src = tmp_path / "004.xlsx"
    src.write_bytes(xlsx_004)
    out = StringIO()
    call_command("import_tasks", str(src), "--year", "2021", "--zone", zone.name, "--dry-run", stdout=out)
    assert json.loads(out.getvalue())["items"] == 64
    assert not Task.objects.exists()


def _bad_rows():
    rows = list(ROWS)
    i = next(k for k, r in enumerate(rows) if r[0] == "推动专业楼宇有序集聚")
    rows[i] = (rows[i][0], rows[i][1], rows[i][2], rows[i][3], "区不存在局", rows[i][5])
    j = next(k for k, r in enumerate(rows) if r[0] == "“规上市”")
    rows[j] = (rows[j][0], rows[j][1], rows[j][2], rows[j][3], rows[j][4], "区金融办、火星街")
    rows.insert(1, ("孤立目标",))
    return rows, i + 3 + 1, j + 3 + 1, 1 + 3


def test_bad_import_reports_each_error_with_row_and_column_and_saves_nothing(zone, units_004, tmp_path):
    # Given a sheet with two unknown units and a target without content
    rows, bad_lead_row, bad_resp_row, empty_row = _bad_rows()
    # When it is imported
    with pytest.raises(DomainError) as exc:
        importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(build_xlsx(rows)))
    # Then every error is reported as 第 N 行「列名」: 原因
    assert f"第 {bad_lead_row} 行「牵头责任单位」: 未找到单位「区不存在局」" in exc.value.errors
    assert f"第 {bad_resp_row} 行「责任单位」: 未找到单位「火星街」" in exc.value.errors
    assert f"第 {empty_row} 行「目标内容」: 目标「孤立目标」没有目标内容" in exc.value.errors
    # and nothing is saved
    assert not Plan.objects.exists() and not Task.objects.exists()


def test_command_exits_2_with_row_messages_on_bad_input(zone, units_004, tmp_path, capsys):
    rows, bad_lead_row, _r, _e = _bad_rows()
    src = tmp_path / "bad.xlsx"
    src.write_bytes(build_xlsx(rows))
    err = StringIO()
    with pytest.raises(SystemExit) as exc:
        call_command("import_tasks", str(src), "--year", "2021", "--zone", zone.name, stderr=err)
    assert exc.value.code == 2
    assert f"第 {bad_lead_row} 行「牵头责任单位」: 未找到单位「区不存在局」" in err.getvalue()
    assert not Task.objects.exists()


def test_import_rejects_a_file_that_is_not_xlsx(zone, units_004):
    with pytest.raises(DomainError) as exc:
        importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(b"not a workbook"))
    assert exc.value.errors and exc.value.errors[0].startswith("第 1 行")


def test_seed_rows_are_well_formed():
    assert all(len(r) in (1, 6) for r in ROWS) and ROWS[0] != (U,)
