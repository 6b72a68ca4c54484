"""Reads of 督查督办: who answers for which task, a unit's table (一街一表), reports, evaluations.

Group phrases (各街道, 产业办) are expanded here, once per request, from the zone's units."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from yuanqu.org import access
from yuanqu.org.choices import UnitType
from yuanqu.org.models import Unit, Zone
from yuanqu.supervision.choices import GroupRule, NodeKind, ReportKind, UnitRole
from yuanqu.supervision.models import (
    Goal,
    Meeting,
    Notice,
    Plan,
    Report,
    Task,
    TaskEvaluation,
    TaskUnit,
    UnitEvaluation,
    UnitGroup,
)


def is_office(user: Any) -> bool:
    """领导小组办公室: reviews reports. A user of a unit of that type, or admin / statistics staff."""
    if not user.is_authenticated:
        return False
    if access.writes_zone_wide(user):
        return True
    unit = getattr(user, "unit", None)
    return unit is not None and unit.type == UnitType.LEADING_GROUP_OFFICE


def reads_all_tasks(user: Any) -> bool:
    return access.reads_zone_wide(user) or is_office(user)


def due_date(year: int, month: int, due_day: int) -> date:
    """The day a month's report is due: ``due_day`` of the next month."""
    return date(year + 1, 1, due_day) if month == 12 else date(year, month + 1, due_day)


def plan_for(zone: Zone, year: int) -> Plan | None:
    return Plan.objects.filter(zone=zone, year=year).first()


def group_members(zone: Zone | int) -> dict[int, set[int]]:
    """Unit ids of each of the zone's groups (two queries)."""
    zone_id = zone if isinstance(zone, int) else zone.pk
    by_type: dict[str, set[int]] = defaultdict(set)
    for pk, type_ in Unit.objects.filter(zone_id=zone_id, is_active=True).values_list("pk", "type"):
        by_type[type_].add(pk)
    out: dict[int, set[int]] = {}
    listed = defaultdict(set)
    for group_id, unit_id in UnitGroup.members.through.objects.filter(unitgroup__zone_id=zone_id).values_list(
        "unitgroup_id", "unit_id"
    ):
        listed[group_id].add(unit_id)
    for pk, rule in UnitGroup.objects.filter(zone_id=zone_id).values_list("pk", "rule"):
        if rule == GroupRule.STREETS:
            out[pk] = set(by_type[UnitType.STREET])
        elif rule == GroupRule.INDUSTRY_OFFICES:
            out[pk] = set(by_type[UnitType.INDUSTRY_OFFICE])
        else:
            out[pk] = listed[pk]
    return out


@dataclass
class Duty:
    """The units answering for one task: leads and responsible units, groups expanded."""

    lead: list[int] = field(default_factory=list)
    responsible: list[int] = field(default_factory=list)

    @property
    def reporters(self) -> list[int]:
        """Units that write a unit report every month: the responsible units, else the leads."""
        return self.responsible or self.lead

    @property
    def consolidates(self) -> bool:
        return bool(self.responsible)

    def involves(self, unit_id: int) -> bool:
        return unit_id in self.lead or unit_id in self.responsible


def duties(
    tasks: QuerySet[Task] | list[int], zone: Zone | int, members: dict[int, set[int]] | None = None
) -> dict[int, Duty]:
    """Expanded duties of the given tasks (one query plus the group members)."""
    members = group_members(zone) if members is None else members
    rows = TaskUnit.objects.filter(task__in=tasks).order_by("task_id", "role", "position")
    out: dict[int, Duty] = defaultdict(Duty)
    for task_id, role, unit_id, group_id in rows.values_list("task_id", "role", "unit_id", "group_id"):
        target = out[task_id].lead if role == UnitRole.LEAD else out[task_id].responsible
        ids = [unit_id] if unit_id else sorted(members.get(group_id, ()))
        for pk in ids:
            if pk not in target:
                target.append(pk)
    return dict(out)


def groups_of_unit(unit: Unit, members: dict[int, set[int]] | None = None) -> list[int]:
    members = group_members(unit.zone_id) if members is None else members
    return [gid for gid, ids in members.items() if unit.pk in ids]


def task_tree(plan: Plan) -> QuerySet[Task]:
    """Every node of a plan in table order, with units and goals prefetched (four queries)."""
    return (
        Task.objects.filter(plan=plan)
        .order_by("position")
        .prefetch_related(
            Prefetch(
                "task_units", queryset=TaskUnit.objects.select_related("unit", "group").order_by("role", "position")
            ),
            Prefetch("goals", queryset=Goal.objects.order_by("position")),
        )
    )


def filtered_tree(
    plan: Plan, *, user: Any, unit: Unit | None = None, section: int | None = None, status: str = ""
) -> list[Task]:
    """The plan's nodes for the tree page, with the ancestors of every item kept, filtered.

    A reporter sees only the items of their own unit; filters by unit, section and status narrow it."""
    nodes = list(task_tree(plan))
    by_id = {n.pk: n for n in nodes}
    if unit is None and not reads_all_tasks(user):
        unit = getattr(user, "unit", None)
        if unit is None:
            return []
    keep: set[int] | None = None
    if unit is not None:
        keep = set(unit_task_ids(plan, unit))
    leaf_ids = _leaf_ids(nodes)
    selected = set()
    for n in nodes:
        if n.pk not in leaf_ids:
            continue
        if keep is not None and n.pk not in keep:
            continue
        if status and n.status != status:
            continue
        if section and section not in _ancestor_ids(n, by_id):
            continue
        selected.add(n.pk)
    shown = set()
    for pk in selected:
        node: Task | None = by_id[pk]
        while node is not None and node.pk not in shown:
            shown.add(node.pk)
            node = by_id.get(node.parent_id) if node.parent_id else None
    return [n for n in nodes if n.pk in shown]


def _leaf_ids(nodes: list[Task]) -> set[int]:
    parents = {n.parent_id for n in nodes if n.parent_id}
    return {n.pk for n in nodes if n.kind == NodeKind.ITEM and n.pk not in parents}


def _ancestor_ids(node: Task, by_id: dict[int, Task]) -> set[int]:
    out = set()
    while node.parent_id:
        out.add(node.parent_id)
        node = by_id[node.parent_id]
    return out


def leaf_tasks(plan: Plan) -> QuerySet[Task]:
    """The items that are reported on: items without child items."""
    return Task.objects.filter(plan=plan, kind=NodeKind.ITEM).exclude(
        pk__in=Task.objects.filter(plan=plan, parent__isnull=False).values("parent_id")
    )


def unit_task_ids(plan: Plan, unit: Unit, members: dict[int, set[int]] | None = None) -> dict[int, str]:
    """Task id → role of ``unit`` (lead wins) for every task naming the unit or one of its groups."""
    group_ids = groups_of_unit(unit, members)
    out: dict[int, str] = {}
    rows = TaskUnit.objects.filter(Q(unit=unit) | Q(group_id__in=group_ids), task__plan=plan)
    for task_id, role in rows.values_list("task_id", "role"):
        if out.get(task_id) != UnitRole.LEAD:
            out[task_id] = role
    return out


@dataclass
class UnitRow:
    task: Task
    role: str
    report: Report | None
    consolidated: Report | None
    path: list[str]


def unit_table(plan: Plan, unit: Unit, year: int, month: int) -> list[UnitRow]:
    """一街一表: every task where ``unit`` leads or is responsible, with this month's reports.

    A fixed number of queries whatever the number of tasks."""
    members = group_members(unit.zone_id)
    roles = unit_task_ids(plan, unit, members)
    tasks = list(
        Task.objects.filter(pk__in=roles.keys())
        .select_related("parent", "parent__parent", "parent__parent__parent", "parent__parent__parent__parent")
        .prefetch_related(Prefetch("goals", queryset=Goal.objects.order_by("position")))
        .order_by("position")
    )
    reports = Report.objects.filter(task__in=roles.keys(), year=year, month=month).filter(
        Q(unit=unit, kind=ReportKind.UNIT) | Q(kind=ReportKind.CONSOLIDATED)
    )
    own: dict[int, Report] = {}
    merged: dict[int, Report] = {}
    for r in reports:
        (merged if r.kind == ReportKind.CONSOLIDATED else own)[r.task_id] = r
    rows = []
    for t in tasks:
        path: list[str] = []
        node = t.parent
        while node is not None and node.kind != NodeKind.SECTION:
            path.insert(0, f"{node.number}{node.title}"[:30])
            node = node.parent if node.parent_id else None
        rows.append(UnitRow(t, roles[t.pk], own.get(t.pk), merged.get(t.pk), path))
    return rows


def can_read_task(user: Any, task: Task) -> bool:
    if reads_all_tasks(user):
        return True
    unit = getattr(user, "unit", None)
    if not access.is_reporter(user) or unit is None:
        return False
    task_ids = [task.pk, *Task.objects.filter(parent=task).values_list("pk", flat=True)]
    return bool(set(unit_task_ids(task.plan, unit)) & set(task_ids))


def reports_for(user: Any) -> QuerySet[Report]:
    """Reports the user may read: all for zone-wide readers and the office; else those of tasks of their unit."""
    qs = Report.objects.select_related("task", "unit", "submitted_by").prefetch_related("attachments")
    task_ids = _own_task_ids(user)
    return qs if task_ids is None else qs.filter(task__in=task_ids)


def tasks_for(user: Any) -> QuerySet[Task]:
    qs = Task.objects.select_related("plan").prefetch_related(
        Prefetch("task_units", queryset=TaskUnit.objects.select_related("unit", "group")), "goals"
    )
    task_ids = _own_task_ids(user)
    return qs if task_ids is None else qs.filter(pk__in=task_ids)


def _own_task_ids(user: Any) -> QuerySet[Any] | None:
    """``None`` for a user who reads every task; else the ids of the tasks the user's unit answers
    for, itself or through its groups (none for a user who is not a unit's reporter)."""
    if reads_all_tasks(user):
        return None
    unit = getattr(user, "unit", None)
    if not access.is_reporter(user) or unit is None:
        return TaskUnit.objects.none().values("task_id")
    group_ids = groups_of_unit(unit)
    return TaskUnit.objects.filter(Q(unit=unit) | Q(group_id__in=group_ids)).values("task_id")


def task_reports(task: Task) -> QuerySet[Report]:
    return (
        task.reports.select_related("unit", "submitted_by", "reviewed_by")
        .prefetch_related("attachments")
        .order_by("-year", "-month", "kind", "unit__sort_order")
    )


def task_evaluations(task: Task) -> QuerySet[TaskEvaluation]:
    return task.evaluations.select_related("unit").order_by("-year", "-month", "unit__sort_order")


def unit_evaluations(zone: Zone, year: int, month: int | None = None) -> QuerySet[UnitEvaluation]:
    qs = UnitEvaluation.objects.filter(unit__zone=zone, year=year).select_related("unit")
    if month:
        qs = qs.filter(month=month)
    return qs.order_by("month", "rank")


def bottom_units(zone: Zone, year: int, month: int) -> QuerySet[UnitEvaluation]:
    """排名靠后: the units to speak at the monthly meeting."""
    return unit_evaluations(zone, year, month).filter(is_bottom=True)


def inbox(user: Any) -> QuerySet[Notice]:
    unit = getattr(user, "unit", None)
    qs = Notice.objects.select_related("task", "unit")
    if is_office(user) or access.reads_zone_wide(user):
        return qs.filter(zone=unit.zone) if unit else qs
    return qs.filter(unit=unit) if unit else qs.none()


def meetings(zone: Zone, year: int) -> QuerySet[Meeting]:
    return Meeting.objects.filter(zone=zone, year=year).prefetch_related("decisions__task").order_by("date", "kind")
