"""Export of the target-task table to Excel in the layout it is imported from (seed 004's
attachment), and of the annual assessment."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from yuanqu.supervision import selectors
from yuanqu.supervision.choices import NodeKind, UnitRole
from yuanqu.supervision.models import AnnualScore, Plan, Task

WRAP = Alignment(wrap_text=True, vertical="center")
BOLD = Font(bold=True)


def _units(task: Task, role: str) -> str:
    return "、".join(str(tu.unit or tu.group) for tu in task.task_units.all() if tu.role == role)


def tasks_workbook(plan: Plan) -> Workbook:
    """The plan's table: 目标名称 | 目标内容 (as many columns as item levels) | 牵头责任单位 | 责任单位."""
    nodes = list(selectors.task_tree(plan))
    children: dict[int | None, list[Task]] = {}
    for n in nodes:
        children.setdefault(n.parent_id, []).append(n)
    by_id = {n.pk: n for n in nodes}

    def level(n: Task) -> int:
        up = 0
        while n.kind == NodeKind.ITEM and n.parent_id:
            up += 1
            n = by_id[n.parent_id]
        return up

    levels = max([level(n) for n in nodes if n.kind == NodeKind.ITEM] or [1])
    wb = Workbook()
    ws: Any = wb.active
    ws.title = "目标任务总表"
    c_name, c_first = 1, 2
    c_lead, c_resp = c_first + levels, c_first + levels + 1
    ws.cell(1, 1, f"{plan}").font = BOLD
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=c_resp)
    for c, label in ((c_name, "目标名称"), (c_first, "目标内容"), (c_lead, "牵头责任单位"), (c_resp, "责任单位")):
        ws.cell(2, c, label).font = BOLD
    if levels > 1:
        ws.merge_cells(start_row=2, start_column=c_first, end_row=2, end_column=c_lead - 1)
    ws.column_dimensions["A"].width = 22
    for i in range(levels):
        ws.column_dimensions[chr(ord("B") + i)].width = 40
    ws.column_dimensions[chr(ord("B") + levels)].width = 24
    ws.column_dimensions[chr(ord("B") + levels + 1)].width = 30
    row = 3

    def leaves(node: Task) -> list[Task]:
        kids = [k for k in children.get(node.pk, []) if k.kind == NodeKind.ITEM]
        if not kids:
            return [node]
        return [leaf for k in kids for leaf in leaves(k)]

    def write_target(target: Task) -> None:
        nonlocal row
        start = row
        unit_cells: list[tuple[int, str, str]] = []

        def write_item(item: Task) -> None:
            nonlocal row
            level = item.depth - target.depth - 1
            col = c_first + level
            first = row
            ws.cell(row, col, f"{item.number}{item.title}").alignment = WRAP
            kids = [k for k in children.get(item.pk, []) if k.kind == NodeKind.ITEM]
            if kids:
                for k in kids:
                    write_item(k)
                if row - 1 > first:
                    ws.merge_cells(start_row=first, start_column=col, end_row=row - 1, end_column=col)
            else:
                if col < c_lead - 1:
                    ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=c_lead - 1)
                unit_cells.append((row, _units(item, UnitRole.LEAD), _units(item, UnitRole.RESPONSIBLE) or "—"))
                row += 1

        items = [k for k in children.get(target.pk, []) if k.kind == NodeKind.ITEM]
        ws.cell(row, c_name, target.title).alignment = WRAP
        if not items:
            row += 1
        for item in items:
            write_item(item)
        if row - 1 > start:
            ws.merge_cells(start_row=start, start_column=c_name, end_row=row - 1, end_column=c_name)
        for col, idx in ((c_lead, 1), (c_resp, 2)):
            i = 0
            while i < len(unit_cells):
                j = i
                while (
                    j + 1 < len(unit_cells)
                    and unit_cells[j + 1][idx] == unit_cells[i][idx]
                    and unit_cells[i][idx] not in ("", "—")
                ):
                    j += 1
                ws.cell(unit_cells[i][0], col, unit_cells[i][idx]).alignment = WRAP
                if j > i:
                    ws.merge_cells(
                        start_row=unit_cells[i][0], start_column=col, end_row=unit_cells[j][0], end_column=col
                    )
                i = j + 1

    def write_node(node: Task) -> None:
        nonlocal row
        if node.kind == NodeKind.SECTION:
            ws.cell(row, c_name, f"{node.number}{node.title}").font = BOLD
            ws.merge_cells(start_row=row, start_column=c_name, end_row=row, end_column=c_resp)
            row += 1
            for k in children.get(node.pk, []):
                write_node(k)
        elif node.kind == NodeKind.TARGET:
            write_target(node)

    for root in children.get(None, []):
        write_node(root)
    return wb


def tasks_xlsx(plan: Plan) -> bytes:
    out = BytesIO()
    tasks_workbook(plan).save(out)
    return out.getvalue()


def annual_xlsx(scores: Any, year: int) -> bytes:
    wb = Workbook()
    ws: Any = wb.active
    ws.title = f"{year}年度考核"
    ws.append(["排名", "单位", "月度评估均分", "目标完成率(%)", "年度得分"])
    for s in scores:
        ws.append([s.rank, s.unit.name, float(s.monthly_score), float(s.completion_pct), float(s.score)])
    out = BytesIO()
    wb.save(out)
    return out.getvalue()


def annual_scores(zone: Any, year: int) -> Any:
    return AnnualScore.objects.filter(unit__zone=zone, year=year).select_related("unit").order_by("rank")
