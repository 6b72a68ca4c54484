"""Import of the target-task table (目标任务总表) from Excel, in the layout of seed 004's attachment:

    目标名称 | 目标内容 (one to three columns: 1. → (1) → ①) | 牵头责任单位 | 责任单位

with section rows (一、重点经济指标 / (一)提升主导产业集中度) spanning the sheet, 目标名称 merged over
its items, an item's cell merged over its sub-items, and unit cells merged over the items they
answer for. A merged unit cell applies to every row it covers; an empty unmerged one means none.
Every row is checked first; errors are reported as ``第 N 行「列名」: 原因`` and nothing is saved.

Importing into a year that already has a table merges (see ``_Merge``): tasks are matched by their
place in the tree and their text, so reports, cards and notices stay on their task."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from yuanqu.core.changelog import record_change, snapshot
from yuanqu.core.errors import DomainError
from yuanqu.indicators.choices import TargetTier
from yuanqu.indicators.importers.cells import key
from yuanqu.indicators.importers.lookup import AmbiguousUnit, Lookup
from yuanqu.indicators.models import Target
from yuanqu.org.models import Unit, Zone
from yuanqu.supervision import actions
from yuanqu.supervision.choices import NodeKind, TaskStatus, UnitRole
from yuanqu.supervision.goals import INDICATOR_NUMBERS, parse_goals, parse_indicator_goals
from yuanqu.supervision.models import (
    Decision,
    Goal,
    Notice,
    Plan,
    Report,
    Task,
    TaskEvaluation,
    TaskUnit,
    UnitGroup,
)

H_NAME, H_CONTENT, H_LEAD, H_RESP = "目标名称", "目标内容", "牵头责任单位", "责任单位"
NUMBERING = re.compile(
    r"^\s*(\d+\s*[.、．](?!\d)|[(（]\s*\d+\s*[)）]|[①-⑳]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*、)\s*"
)
TOP_SECTION = re.compile(r"^\s*[一二三四五六七八九十]+\s*、")
SUB_SECTION = re.compile(r"^\s*[(（]\s*[一二三四五六七八九十]+\s*[)）]")
SPLIT_UNITS = re.compile(r"[、，,；;\s]+")
EMPTY = {"", "—", "——", "-", "--", "/", "无"}


def split_number(text: str) -> tuple[str, str]:
    """'(1) 制定…' → ('(1)', '制定…'); text without numbering → ('', text)."""
    m = NUMBERING.match(text)
    if not m:
        return "", text.strip()
    return re.sub(r"\s+", "", m.group(1)), text[m.end() :].strip()


@dataclass
class Node:
    kind: str
    depth: int
    number: str
    title: str
    row: int
    parent: Node | None = None
    lead: list[tuple[str, Any]] = field(default_factory=list)  # ("unit"|"group", object)
    responsible: list[tuple[str, Any]] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    content: str = ""  # the item's text as written, for goals

    def path(self) -> tuple[str, ...]:
        out: list[str] = []
        node: Node | None = self
        while node is not None:
            out.insert(0, f"{node.number}{node.title}")
            node = node.parent
        return tuple(out)


@dataclass
class Parsed:
    roots: list[Node]
    errors: list[str]

    def walk(self) -> list[Node]:
        out: list[Node] = []

        def visit(n: Node) -> None:
            out.append(n)
            for c in n.children:
                visit(c)

        for r in self.roots:
            visit(r)
        return out


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


class Sheet:
    """Cells of a worksheet with merged ranges resolved: (value, top-left row, top-left column)."""

    def __init__(self, ws: Any):
        self.ws = ws
        self.origin: dict[tuple[int, int], tuple[int, int]] = {}
        for rng in ws.merged_cells.ranges:
            for r in range(rng.min_row, rng.max_row + 1):
                for c in range(rng.min_col, rng.max_col + 1):
                    self.origin[(r, c)] = (rng.min_row, rng.min_col)
        self.values: dict[tuple[int, int], Any] = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None and hasattr(cell, "row"):
                    self.values[(cell.row, cell.column)] = cell.value

    def cell(self, r: int, c: int) -> tuple[str, int, int]:
        orow, ocol = self.origin.get((r, c), (r, c))
        return _text(self.values.get((orow, ocol))), orow, ocol


def parse_sheet(ws: Any, *, zone: Zone, groups: dict[str, UnitGroup]) -> Parsed:
    """Read the table into a tree of nodes, collecting every error."""
    sheet = Sheet(ws)
    errors: list[str] = []
    lookup = Lookup(zone)
    group_keys = {}
    for g in groups.values():
        for label in [g.name, *g.aliases]:
            group_keys[key(label)] = g
    header_row = None
    cols: dict[str, int] = {}
    for r in range(1, min(ws.max_row, 30) + 1):
        texts: dict[str, int] = {}
        for c in range(1, ws.max_column + 1):
            texts.setdefault(key(sheet.cell(r, c)[0]), c)
        if key(H_NAME) in texts and key(H_LEAD) in texts:
            header_row = r
            cols = {H_NAME: texts[key(H_NAME)], H_LEAD: texts[key(H_LEAD)], H_RESP: texts.get(key(H_RESP), 0)}
            cols[H_CONTENT] = texts.get(key(H_CONTENT), cols[H_NAME] + 1)
            break
    if header_row is None:
        return Parsed(
            [], [f"第 1 行「{H_NAME}」: 未找到表头（须含「目标名称」「目标内容」「牵头责任单位」「责任单位」）"]
        )
    if not cols[H_RESP]:
        return Parsed([], [f"第 {header_row} 行「{H_RESP}」: 表头缺少「责任单位」列"])
    content_cols = list(range(cols[H_CONTENT], cols[H_LEAD]))
    last_col = max(cols.values())
    roots: list[Node] = []
    top: Node | None = None
    sub: Node | None = None
    target: Node | None = None
    levels: list[Node] = []  # current item at each content level

    def units(r: int, c: int, column: str) -> list[tuple[str, Any]]:
        text = sheet.cell(r, c)[0]
        out: list[tuple[str, Any]] = []
        for token in SPLIT_UNITS.split(unicodedata.normalize("NFKC", text)):
            token = token.strip()
            if token in EMPTY:
                continue
            group = group_keys.get(key(token))
            if group is not None:
                out.append(("group", group))
                continue
            try:
                unit = lookup.unit(token)
            except AmbiguousUnit:
                errors.append(f"第 {r} 行「{column}」: 单位「{token}」有重名，无法确定")
                continue
            if unit is None:
                errors.append(f"第 {r} 行「{column}」: 未找到单位「{token}」")
            else:
                out.append(("unit", unit))
        return out

    for r in range(header_row + 1, ws.max_row + 1):
        name, name_row, _ = sheet.cell(r, cols[H_NAME])
        contents = [sheet.cell(r, c) for c in content_cols]
        lead_text = sheet.cell(r, cols[H_LEAD])[0]
        resp_text = sheet.cell(r, cols[H_RESP])[0]
        if not name and not any(t for t, _r, _c in contents) and not lead_text and not resp_text:
            continue
        if key(name) == key(H_NAME):  # the header repeated on a new page
            continue
        row_cells = [sheet.cell(r, c) for c in range(1, last_col + 1)]
        spans_row = name and all(orow == name_row and ocol == cols[H_NAME] for _t, orow, ocol in row_cells)
        if spans_row or (name and not any(t for t, _r, _c in contents) and not lead_text and not resp_text):
            number, title = split_number(name)
            if TOP_SECTION.match(name):
                top = Node(NodeKind.SECTION, 0, number, title, r)
                roots.append(top)
                sub, target, levels = None, None, []
                continue
            if SUB_SECTION.match(name):
                sub = Node(NodeKind.SECTION, 1, number, title, r, parent=top)
                if top is None:
                    roots.append(sub)
                else:
                    top.children.append(sub)
                target, levels = None, []
                continue
            errors.append(f"第 {r} 行「{H_CONTENT}」: 目标「{name}」没有目标内容")
            continue
        section = sub or top
        if section is None:
            errors.append(f"第 {r} 行「{H_NAME}」: 任务之前缺少板块行（如「一、重点经济指标」）")
            continue
        if (
            name
            and name_row == r
            and not (target is not None and target.parent is section and key(name) == key(target.title))
        ):
            target = Node(NodeKind.TARGET, section.depth + 1, "", name, r, parent=section)
            section.children.append(target)
            levels = []
        if target is None:
            errors.append(f"第 {r} 行「{H_NAME}」: 缺少目标名称")
            continue
        leaf: Node | None = None
        for i, (text, orow, ocol) in enumerate(contents):
            if ocol != content_cols[i]:
                continue  # part of a cell merged across from the level to its left
            if not text:
                continue
            same = i < len(levels) and key(text) == key(levels[i].content)
            if orow != r or same:
                if i >= len(levels):
                    errors.append(f"第 {r} 行「{H_CONTENT}」: 层级不连续")
                    break
                continue
            parent = levels[i - 1] if i > 0 else target
            if i > len(levels):
                errors.append(f"第 {r} 行「{H_CONTENT}」: 第{i + 1}级内容缺少上一级")
                break
            number, title = split_number(text)
            node = Node(NodeKind.ITEM, target.depth + 1 + i, number, title, r, parent=parent, content=text)
            parent.children.append(node)
            levels = [*levels[:i], node]
            leaf = node
        if leaf is None:
            if not any(t for t, _r, _c in contents):
                errors.append(f"第 {r} 行「{H_CONTENT}」: 目标内容为空")
            elif not errors or not errors[-1].startswith(f"第 {r} 行"):
                errors.append(f"第 {r} 行「{H_CONTENT}」: 本行没有新的任务内容")
            continue
        leaf.lead = units(r, cols[H_LEAD], H_LEAD)
        leaf.responsible = units(r, cols[H_RESP], H_RESP)
    if not roots and not errors:
        errors.append(f"第 {header_row + 1} 行「{H_NAME}」: 表中没有任何目标任务")
    return Parsed(roots, errors)


def load_workbook(source: Any) -> Any:
    import openpyxl

    try:
        return openpyxl.load_workbook(source, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a file that is not xlsx
        raise DomainError(f"无法读取Excel文件：{exc}", errors=[f"第 1 行「{H_NAME}」: 文件不是有效的xlsx"]) from exc


@dataclass
class ImportSummary:
    """What an import found and (for a year that already had a table) what the merge did."""

    sections: int
    targets: int
    items: int
    units: list[str]
    merged: bool = False
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    adjusted: int = 0  # disappeared from the table, kept as 已调整 (reports or cards hang on them)
    removed: int = 0  # disappeared from the table with nothing on them: deleted

    def as_dict(self) -> dict[str, Any]:
        return {
            "sections": self.sections,
            "targets": self.targets,
            "items": self.items,
            "units": self.units,
            "merged": self.merged,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "adjusted": self.adjusted,
            "removed": self.removed,
        }

    def labelled(self) -> dict[str, Any]:
        """The summary with Chinese labels, for the import page."""
        out: dict[str, Any] = {
            "板块": self.sections,
            "目标": self.targets,
            "任务": self.items,
            "涉及单位": "、".join(self.units),
            "新增节点": self.added,
        }
        if self.merged:
            out.update({"修改节点": self.updated, "未变节点": self.unchanged})
            out.update({"已调整（保留）": self.adjusted, "删除（无报告）": self.removed})
        return out


def summarize(parsed: Parsed) -> ImportSummary:
    nodes = parsed.walk()
    names: list[str] = []
    for n in nodes:
        for _kind, obj in [*n.lead, *n.responsible]:
            if obj.name not in names:
                names.append(obj.name)
    return ImportSummary(
        sections=sum(n.kind == NodeKind.SECTION for n in nodes),
        targets=sum(n.kind == NodeKind.TARGET for n in nodes),
        items=sum(n.kind == NodeKind.ITEM for n in nodes),
        units=names,
    )


def tasks_import(
    *, zone: Zone, year: int, source: Any, user: Any = None, dry_run: bool = False, origin: str = "import"
) -> ImportSummary:
    """Check the whole table, then save the year's task tree from it in one transaction, or nothing.

    A year without a table gets the tree as read. A year that has one is merged: matched tasks take
    the new wording, numbering and units, new rows are added, and tasks no longer in the table are
    kept as 已调整 when reports, cards, notices or decisions hang on them (deleted otherwise).
    ``dry_run`` does all of it and rolls back, so the summary shows what an import would change."""
    wb = load_workbook(source)
    with transaction.atomic():
        groups = actions.groups_ensure(zone=zone)
        parsed = parse_sheet(wb.worksheets[0], zone=zone, groups=groups)
        if parsed.errors:
            raise DomainError(f"导入失败：{len(parsed.errors)} 处错误，未保存任何数据", errors=parsed.errors)
        summary = summarize(parsed)
        plan = actions.plan_get_or_create(zone=zone, year=year, user=user, source=origin)
        writer = _Writer(plan, user, origin)
        existing = list(Task.objects.filter(plan=plan).order_by("position"))
        if existing:
            _Merge(writer, existing, summary).run(parsed)
        else:
            for position, node in enumerate(parsed.walk(), start=1):
                parent = writer.tasks[id(node.parent)] if node.parent is not None else None
                writer.create(node, parent, position)
            summary.added = len(writer.tasks)
        writer.flush()
        if dry_run:
            transaction.set_rollback(True)
    return summary


class _Writer:
    """Saves nodes as tasks with their units, goals and indicator target; units and goals in bulk."""

    def __init__(self, plan: Plan, user: Any, origin: str):
        self.plan, self.user, self.origin = plan, user, origin
        self.lookup = Lookup(plan.zone)
        zone_unit = self.lookup.zone_unit()
        self.targets: dict[int, Target] = {}
        if zone_unit is not None:
            self.targets = {
                t.indicator_id: t
                for t in Target.objects.filter(unit=zone_unit, year=plan.year, tier=TargetTier.EXPECTED)
            }
        self.tasks: dict[int, Task] = {}  # id(node) → task
        self.task_units: list[TaskUnit] = []
        self.goals: list[Goal] = []

    def derive(self, node: Node, task: Task) -> None:
        """Set the task's indicator target and queue its goals and units from the node."""
        parsed_goals = []
        task.indicator_target = None
        if node.kind == NodeKind.ITEM and not node.children:
            target_node = node
            while target_node.kind != NodeKind.TARGET and target_node.parent is not None:
                target_node = target_node.parent
            if INDICATOR_NUMBERS.match(unicodedata.normalize("NFKC", node.content)):
                parsed_goals = parse_indicator_goals(target_node.title, node.content)
                match = self.lookup.indicator(target_node.title.split("/")[0])
                if match is not None and match.indicator.pk in self.targets:
                    task.indicator_target = self.targets[match.indicator.pk]
            else:
                parsed_goals = parse_goals(node.title)
        self._pending_goals = parsed_goals

    def attach(self, node: Node, task: Task) -> None:
        for role, entries in ((UnitRole.LEAD, node.lead), (UnitRole.RESPONSIBLE, node.responsible)):
            for i, (kind, obj) in enumerate(entries):
                self.task_units.append(
                    TaskUnit(
                        task=task,
                        role=role,
                        position=i,
                        unit=obj if kind == "unit" else None,
                        group=obj if kind == "group" else None,
                    )
                )
        for i, g in enumerate(self._pending_goals):
            self.goals.append(
                Goal(
                    task=task,
                    metric=g.metric,
                    comparator=g.comparator,
                    number=g.number,
                    measure=g.measure,
                    text=g.text[:200],
                    position=i,
                )
            )
        self.tasks[id(node)] = task

    def create(self, node: Node, parent: Task | None, position: int) -> Task:
        task = Task(
            plan=self.plan,
            parent=parent,
            kind=node.kind,
            depth=node.depth,
            position=position,
            number=node.number,
            title=node.title,
        )
        self.derive(node, task)
        task.save()
        self.attach(node, task)
        record_change(
            instance=task,
            action="create",
            user=self.user,
            after={"title": task.title, "kind": task.kind},
            source=self.origin,
        )
        return task

    def flush(self) -> None:
        TaskUnit.objects.bulk_create(self.task_units, batch_size=1000)
        Goal.objects.bulk_create(self.goals, batch_size=1000)
        self.task_units, self.goals = [], []


def _norm(text: str) -> str:
    return key(text).rstrip("。；;，,.")


def _units_of(node: Node) -> list[tuple[str, str, int]]:
    return [
        (role, kind, obj.pk)
        for role, entries in ((UnitRole.LEAD, node.lead), (UnitRole.RESPONSIBLE, node.responsible))
        for kind, obj in entries
    ]


class _Merge:
    """Merge a parsed table into a year's existing tree, top-down.

    Under each matched parent, a new node is matched to an old child of the same kind by (1) the same
    text once numbering, width and spaces are set aside, then (2) the same number (its wording was
    changed), then (3) the most child items in common (a target renamed over the same items).
    Unmatched new nodes are added; unmatched old ones (and everything under them) disappeared."""

    def __init__(self, writer: _Writer, existing: list[Task], summary: ImportSummary):
        self.w = writer
        self.summary = summary
        self.kids: dict[int | None, list[Task]] = defaultdict(list)
        for t in existing:
            self.kids[t.parent_id].append(t)
        self.units: dict[int, list[tuple[str, str, int]]] = defaultdict(list)
        for tu in TaskUnit.objects.filter(task__plan=writer.plan).order_by("task_id", "role", "position"):
            self.units[tu.task_id].append((tu.role, "unit" if tu.unit_id else "group", tu.unit_id or tu.group_id or 0))
        zone_id = writer.plan.zone_id
        self.names = {
            "unit": dict(Unit.objects.filter(zone_id=zone_id).values_list("pk", "name")),
            "group": dict(UnitGroup.objects.filter(zone_id=zone_id).values_list("pk", "name")),
        }
        self.order: list[Task] = []
        self.gone: list[Task] = []
        self.changed: list[Task] = []

    def run(self, parsed: Parsed) -> None:
        self.summary.merged = True
        self.visit(parsed.roots, None, None)
        self.settle_gone()
        for position, task in enumerate(self.order, start=1):
            task.position = position
        Task.objects.bulk_update(self.order, ["position"], batch_size=500)

    def visit(self, nodes: list[Node], old_parent: int | None, parent: Task | None) -> None:
        olds = self.kids.get(old_parent, []) if old_parent is not None or parent is None else []
        pairs = self.match(nodes, olds)
        for node in nodes:
            old = pairs.get(id(node))
            if old is None:
                task = self.w.create(node, parent, 0)
                self.summary.added += 1
                self.order.append(task)
                self.visit(node.children, -1, task)
            else:
                self.update(old, node, parent)
                self.order.append(old)
                self.visit(node.children, old.pk, old)
        matched = {t.pk for t in pairs.values()}
        for old in olds:
            if old.pk not in matched:
                self.drop(old)

    def match(self, nodes: list[Node], olds: list[Task]) -> dict[int, Task]:
        free = list(olds)
        pairs: dict[int, Task] = {}

        def take(node: Node, test: Any) -> None:
            for o in free:
                if o.kind == node.kind and test(o):
                    pairs[id(node)] = o
                    free.remove(o)
                    return

        for n in nodes:
            take(n, lambda o, n=n: _norm(o.title) == _norm(n.title))
        for n in nodes:
            if id(n) not in pairs and n.number:
                take(n, lambda o, n=n: bool(o.number) and _norm(o.number) == _norm(n.number))
        for n in nodes:
            if id(n) in pairs or not n.children:
                continue
            wanted = {_norm(c.title) for c in n.children}
            scored = [
                (len(wanted & {_norm(c.title) for c in self.kids.get(o.pk, [])}), -i, o)
                for i, o in enumerate(free)
                if o.kind == n.kind
            ]
            best = max(scored, default=None, key=lambda x: (x[0], x[1]))
            if best is not None and best[0] > 0:
                pairs[id(n)] = best[2]
                free.remove(best[2])
        return pairs

    def update(self, task: Task, node: Node, parent: Task | None) -> None:
        fields = ["number", "title", "depth", "parent", "status"]
        before = {**snapshot(task, fields), "units": self.units.get(task.pk, [])}
        task.number, task.title, task.depth, task.parent = node.number, node.title, node.depth, parent
        if task.status == TaskStatus.ADJUSTED:  # back in the table
            task.status = TaskStatus.IN_PROGRESS if task.reports.exists() else TaskStatus.NOT_STARTED
        TaskUnit.objects.filter(task=task).delete()
        Goal.objects.filter(task=task).delete()
        self.w.derive(node, task)
        task.save()
        self.w.attach(node, task)
        after = {**snapshot(task, fields), "units": _units_of(node)}
        if before != after:
            self.summary.updated += 1
            old_units, new_units = before.pop("units"), after.pop("units")
            record_change(
                instance=task,
                action="update",
                user=self.w.user,
                before={**before, **self.named(old_units)},
                after={**after, **self.named(new_units)},
                source=self.w.origin,
            )
        else:
            self.summary.unchanged += 1

    def named(self, units: list[tuple[str, str, int]]) -> dict[str, list[str]]:
        """Units as names by role, as the change log of 调整任务 keeps them."""
        out: dict[str, list[str]] = {"lead_units": [], "responsible_units": []}
        for role, kind, pk in units:
            out["lead_units" if role == UnitRole.LEAD else "responsible_units"].append(self.names[kind].get(pk, "?"))
        return out

    def drop(self, task: Task) -> None:
        self.gone.append(task)
        self.order.append(task)
        for child in self.kids.get(task.pk, []):
            self.drop(child)

    def settle_gone(self) -> None:
        """Keep (as 已调整) every disappeared task that something hangs on, and its ancestors; delete the rest."""
        if not self.gone:
            return
        ids = [t.pk for t in self.gone]
        used: set[int] = set()
        for model in (Report, TaskEvaluation, Notice, Decision):
            used |= set(model.objects.filter(task_id__in=ids).values_list("task_id", flat=True))  # type: ignore[attr-defined]
        by_id = {t.pk: t for t in self.gone}
        keep: set[int] = set()
        for pk in used:
            node: Task | None = by_id.get(pk)
            while node is not None and node.pk not in keep:
                keep.add(node.pk)
                node = by_id.get(node.parent_id) if node.parent_id else None
        for t in self.gone:
            if t.pk in keep:
                self.summary.adjusted += 1
                if t.status != TaskStatus.ADJUSTED:
                    before = snapshot(t, ["status"])
                    t.status = TaskStatus.ADJUSTED
                    t.save(update_fields=["status", "updated_at"])
                    record_change(
                        instance=t,
                        action="update",
                        user=self.w.user,
                        before=before,
                        after={**snapshot(t, ["status"]), "note": "目标任务总表重新导入时该任务已不在表中"},
                        source=self.w.origin,
                    )
            else:
                self.summary.removed += 1
                record_change(
                    instance=t,
                    action="delete",
                    user=self.w.user,
                    before={"title": t.title, "kind": t.kind},
                    source=self.w.origin,
                )
        Task.objects.filter(pk__in=[pk for pk in ids if pk not in keep]).delete()
        self.order = [t for t in self.order if t.pk not in set(ids) - keep]
