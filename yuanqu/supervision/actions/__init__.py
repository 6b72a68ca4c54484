"""Writes of 督查督办: tasks and their status, monthly reports (submit → consolidate → accept/return),
notices (提醒、催办、督办单) and the 五个一 calendar. Each write records the change log in its transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.core.mail import send_mass_mail
from django.db import transaction
from django.utils import timezone

from yuanqu.core.changelog import record_change, snapshot
from yuanqu.core.errors import DomainError, PermissionDenied
from yuanqu.org import access
from yuanqu.org.models import Unit, User, Zone
from yuanqu.supervision import conf, selectors
from yuanqu.supervision.choices import (
    Cadence,
    GroupRule,
    MeetingKind,
    NodeKind,
    NoticeKind,
    ReportKind,
    ReportState,
    TaskStatus,
    UnitRole,
)
from yuanqu.supervision.models import (
    Decision,
    Meeting,
    Notice,
    Plan,
    Report,
    ReportAttachment,
    Task,
    TaskUnit,
    UnitGroup,
)

REPORT_FIELDS = ["state", "progress", "progress_value", "problems", "support_needed", "is_late", "review_comment"]
TASK_FIELDS = ["status", "due_date", "cadence", "title"]

# The group phrases of seed 004 and how their members are found.
DEFAULT_GROUPS = [
    ("各街道", GroupRule.STREETS, ["全部街道", "各街道办事处"]),
    ("产业办", GroupRule.INDUSTRY_OFFICES, ["各产业办", "开发区管委会各产业办公室"]),
    ("相关街道", GroupRule.STREETS, ["有关街道"]),
]


def groups_ensure(*, zone: Zone) -> dict[str, UnitGroup]:
    """The zone's unit groups (各街道, 产业办, 相关街道), created with their default rules when missing."""
    existing = {g.name: g for g in UnitGroup.objects.filter(zone=zone)}
    for name, rule, aliases in DEFAULT_GROUPS:
        if name not in existing:
            existing[name] = UnitGroup.objects.create(zone=zone, name=name, rule=rule, aliases=aliases)
    return existing


def plan_get_or_create(*, zone: Zone, year: int, title: str = "", user: Any = None, source: str = "") -> Plan:
    plan, created = Plan.objects.get_or_create(
        zone=zone, year=year, defaults={"title": title or f"{year}年目标任务总表", "due_day": conf.due_day()}
    )
    if created:
        record_change(instance=plan, action="create", user=user, after=snapshot(plan, ["year", "title"]), source=source)
    return plan


# ------------------------------------------------------------------ tasks


def _require_office(user: Any, what: str) -> None:
    if not selectors.is_office(user):
        raise PermissionDenied(f"只有领导小组办公室可以{what}")


@transaction.atomic
def task_set_status(*, user: Any, task: Task, status: str, source: str = "") -> Task:
    """Set a task's status (未启动/推进中/已完成/滞后/已调整); the office or a lead unit may."""
    if status not in TaskStatus.values:
        raise DomainError(f"未知状态「{status}」")
    duty = selectors.duties([task.pk], task.plan.zone_id).get(task.pk)
    lead_ok = duty is not None and getattr(user, "unit_id", None) in duty.lead and access.is_reporter(user)
    if not (selectors.is_office(user) or lead_ok):
        raise PermissionDenied("只有领导小组办公室或牵头责任单位可以修改任务状态")
    before = snapshot(task, TASK_FIELDS)
    task.status = status
    task.save(update_fields=["status", "updated_at"])
    record_change(
        instance=task, action="update", user=user, before=before, after=snapshot(task, TASK_FIELDS), source=source
    )
    return task


Member = Unit | UnitGroup


def task_units_snapshot(task: Task) -> dict[str, list[str]]:
    """A task's lead and responsible units as names, in table order (for the change log)."""
    out: dict[str, list[str]] = {UnitRole.LEAD: [], UnitRole.RESPONSIBLE: []}
    for tu in task.task_units.select_related("unit", "group").order_by("role", "position"):
        out[tu.role].append(str(tu.unit or tu.group))
    return {"lead_units": out[UnitRole.LEAD], "responsible_units": out[UnitRole.RESPONSIBLE]}


def _set_task_units(task: Task, role: str, members: list[Member]) -> None:
    TaskUnit.objects.filter(task=task, role=role).delete()
    TaskUnit.objects.bulk_create(
        TaskUnit(
            task=task,
            role=role,
            position=i,
            unit=m if isinstance(m, Unit) else None,
            group=m if isinstance(m, UnitGroup) else None,
        )
        for i, m in enumerate(members)
    )


@transaction.atomic
def task_update(
    *,
    user: Any,
    task: Task,
    due_date: date | None = None,
    cadence: str | None = None,
    title: str | None = None,
    lead: list[Member] | None = None,
    responsible: list[Member] | None = None,
    clear_due_date: bool = False,
    source: str = "",
) -> Task:
    """Change a task's deadline, cadence, wording or units (调整任务) — the office only.

    ``None`` leaves a field as it is; ``lead``/``responsible`` replace the task's units of that role
    (units or groups of the task's zone). The change log keeps the old and new values."""
    _require_office(user, "调整任务")
    zone_id = task.plan.zone_id
    for label, members in (("牵头责任单位", lead), ("责任单位", responsible)):
        for m in members or []:
            if m.zone_id != zone_id:
                raise DomainError(f"{label}「{m}」不属于本开发区")
        if members is not None and len({(type(m), m.pk) for m in members}) != len(members):
            raise DomainError(f"{label}有重复")
    has_responsible = (
        bool(responsible)
        if responsible is not None
        else TaskUnit.objects.filter(task=task, role=UnitRole.RESPONSIBLE).exists()
    )
    if lead is not None and not lead and has_responsible:
        raise DomainError("有责任单位的任务须指定牵头责任单位")
    if title is not None and not title.strip():
        raise DomainError("任务内容不能为空")
    if cadence is not None and cadence not in Cadence.values:
        raise DomainError(f"未知报告频次「{cadence}」")
    before = {**snapshot(task, TASK_FIELDS), **task_units_snapshot(task)}
    if due_date is not None or clear_due_date:
        task.due_date = None if clear_due_date else due_date
    if cadence is not None:
        task.cadence = cadence
    if title is not None:
        task.title = title.strip()
    task.save()
    if lead is not None:
        _set_task_units(task, UnitRole.LEAD, lead)
    if responsible is not None:
        _set_task_units(task, UnitRole.RESPONSIBLE, responsible)
    record_change(
        instance=task,
        action="update",
        user=user,
        before=before,
        after={**snapshot(task, TASK_FIELDS), **task_units_snapshot(task)},
        source=source,
    )
    return task


@transaction.atomic
def task_create(
    *,
    user: Any,
    parent: Task,
    title: str,
    lead_units: list[Unit],
    responsible_units: list[Unit] = (),  # type: ignore[assignment]
    due_date: date | None = None,
    source: str = "",
) -> Task:
    """Add an item under ``parent`` (a decision of a meeting, say) — the office only."""
    _require_office(user, "新增任务")
    if not title.strip():
        raise DomainError("任务内容不能为空")
    if not lead_units:
        raise DomainError("新增任务须指定牵头责任单位")
    last = Task.objects.filter(plan=parent.plan).order_by("-position").values_list("position", flat=True).first() or 0
    siblings = Task.objects.filter(parent=parent).count()
    task = Task.objects.create(
        plan=parent.plan,
        parent=parent,
        kind=NodeKind.ITEM,
        depth=parent.depth + 1,
        position=last + 1,
        number=f"{siblings + 1}.",
        title=title.strip(),
        due_date=due_date,
    )
    for role, units in ((UnitRole.LEAD, lead_units), (UnitRole.RESPONSIBLE, responsible_units)):
        TaskUnit.objects.bulk_create(TaskUnit(task=task, role=role, unit=u, position=i) for i, u in enumerate(units))
    record_change(
        instance=task, action="create", user=user, after=snapshot(task, [*TASK_FIELDS, "parent"]), source=source
    )
    return task


# ------------------------------------------------------------------ monthly reports


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def _check_month(plan: Plan, year: int, month: int) -> None:
    if year != plan.year or not 1 <= month <= 12:
        raise DomainError(f"报告月份须为{plan.year}年1-12月")


@dataclass(frozen=True)
class ReportInput:
    progress: str = ""
    progress_value: Decimal | None = None
    problems: str = ""
    support_needed: str = ""


@transaction.atomic
def report_save(
    *,
    user: Any,
    task: Task,
    unit: Unit,
    year: int,
    month: int,
    data: ReportInput,
    submit: bool = True,
    files: list[Any] = (),  # type: ignore[assignment]
    now: datetime | None = None,
    source: str = "",
) -> Report:
    """A unit writes (and by default submits) its monthly report on a task.

    Only the unit itself (or zone-wide writers) may; a consolidated or accepted report is locked until
    the office returns or reopens it. A first submission after the due day is marked late."""
    if not access.can_write_unit(user, unit):
        raise PermissionDenied(f"无权以「{unit}」的名义报送")
    _check_files(files)
    plan = task.plan
    _check_month(plan, year, month)
    duty = selectors.duties([task.pk], plan.zone_id).get(task.pk)
    if duty is None or not duty.involves(unit.pk):
        raise PermissionDenied(f"「{unit}」不是该任务的责任单位")
    report = (
        Report.objects.select_for_update()
        .filter(task=task, unit=unit, year=year, month=month, kind=ReportKind.UNIT)
        .first()
    )
    if report is not None and report.state in (ReportState.CONSOLIDATED, ReportState.ACCEPTED):
        raise DomainError(
            f"{year}年{month}月报告{report.get_state_display()}，须经领导小组办公室退回或重新打开后才能修改"
        )
    created = report is None
    if report is None:
        report = Report(task=task, unit=unit, year=year, month=month, kind=ReportKind.UNIT)
        before: dict[str, Any] = {}
    else:
        before = snapshot(report, REPORT_FIELDS)
    if not data.progress.strip() and submit:
        raise DomainError("请填写进展情况")
    report.progress = data.progress.strip()
    report.progress_value = data.progress_value
    report.problems = data.problems.strip()
    report.support_needed = data.support_needed.strip()
    if submit:
        moment = _now(now)
        if report.submitted_at is None:
            report.is_late = timezone.localdate(moment) > selectors.due_date(year, month, plan.due_day)
        report.submitted_at = moment
        report.submitted_by = user if getattr(user, "is_authenticated", False) else None
        report.state = ReportState.SUBMITTED
    elif report.state != ReportState.RETURNED:
        report.state = ReportState.DRAFT
    report.save()
    _store_files(report, files)
    record_change(
        instance=report,
        action="create" if created else "update",
        user=user,
        before=before,
        after=snapshot(report, REPORT_FIELDS),
        source=source,
    )
    _refresh(task, year, month, now, f"{unit}报送{year}年{month}月报告")
    return report


def _check_files(files: list[Any]) -> None:
    limit = conf.attachment_max_mb()
    for f in files:
        if getattr(f, "size", 0) > limit * 1024 * 1024:
            raise DomainError(f"附件「{getattr(f, 'name', '附件')}」超过{limit}MB上限，请压缩或拆分后上传")


def _store_files(report: Report, files: list[Any]) -> list[ReportAttachment]:
    return [
        ReportAttachment.objects.create(report=report, file=f, name=(getattr(f, "name", "") or "附件")[:200])
        for f in files
    ]


@transaction.atomic
def report_attach(*, user: Any, report: Report, files: list[Any], source: str = "") -> list[ReportAttachment]:
    """Add evidence files (照片、台账、佐证材料) to a report; its unit may, until the report is
    consolidated or accepted."""
    if not access.can_write_unit(user, report.unit_id):
        raise PermissionDenied(f"无权为「{report.unit}」的报告上传附件")
    if not files:
        raise DomainError("请选择要上传的附件")
    _check_files(files)
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.state in (ReportState.CONSOLIDATED, ReportState.ACCEPTED):
        raise DomainError(f"报告{report.get_state_display()}，不能再上传附件")
    added = _store_files(report, files)
    record_change(
        instance=report,
        action="update",
        user=user,
        before={"attachments": []},
        after={"attachments": [a.name for a in added]},
        source=source,
    )
    return added


@transaction.atomic
def report_consolidate(
    *,
    user: Any,
    task: Task,
    unit: Unit,
    year: int,
    month: int,
    data: ReportInput | None = None,
    now: datetime | None = None,
    source: str = "",
) -> Report:
    """The lead unit ``unit`` consolidates its responsible units' submitted reports into one for the office."""
    if not access.can_write_unit(user, unit):
        raise PermissionDenied(f"无权以「{unit}」的名义汇总")
    plan = task.plan
    _check_month(plan, year, month)
    duty = selectors.duties([task.pk], plan.zone_id).get(task.pk)
    if duty is None or unit.pk not in duty.lead:
        raise PermissionDenied(f"「{unit}」不是该任务的牵头责任单位")
    merged = (
        Report.objects.select_for_update()
        .filter(task=task, year=year, month=month, kind=ReportKind.CONSOLIDATED)
        .first()
    )
    if merged is not None and merged.state in (ReportState.ACCEPTED, ReportState.SUBMITTED):
        raise DomainError(f"本月汇总报告{merged.get_state_display()}，不能重复汇总")
    parts = list(
        Report.objects.select_for_update()
        .filter(task=task, year=year, month=month, kind=ReportKind.UNIT, state=ReportState.SUBMITTED)
        .select_related("unit")
        .order_by("unit__sort_order", "unit__name")
    )
    if not parts:
        raise DomainError("尚无责任单位报送本月报告，无法汇总")
    data = data or ReportInput()
    created = merged is None
    before = {} if merged is None else snapshot(merged, REPORT_FIELDS)
    if merged is None:
        merged = Report(task=task, unit=unit, year=year, month=month, kind=ReportKind.CONSOLIDATED)
    moment = _now(now)
    merged.unit = unit
    merged.progress = data.progress.strip() or "\n".join(f"【{p.unit}】{p.progress}" for p in parts)
    values = [p.progress_value for p in parts if p.progress_value is not None]
    merged.progress_value = (
        data.progress_value if data.progress_value is not None else (sum(values, Decimal(0)) if values else None)
    )
    merged.problems = data.problems.strip() or "\n".join(f"【{p.unit}】{p.problems}" for p in parts if p.problems)
    merged.support_needed = data.support_needed.strip() or "\n".join(
        f"【{p.unit}】{p.support_needed}" for p in parts if p.support_needed
    )
    if merged.submitted_at is None:
        merged.is_late = timezone.localdate(moment) > selectors.due_date(year, month, plan.due_day)
    merged.submitted_at = moment
    merged.submitted_by = user if getattr(user, "is_authenticated", False) else None
    merged.state = ReportState.SUBMITTED
    merged.save()
    for p in parts:
        p_before = snapshot(p, REPORT_FIELDS)
        p.state = ReportState.CONSOLIDATED
        p.consolidated_into = merged
        p.save(update_fields=["state", "consolidated_into", "updated_at"])
        record_change(
            instance=p, action="update", user=user, before=p_before, after=snapshot(p, REPORT_FIELDS), source=source
        )
    record_change(
        instance=merged,
        action="create" if created else "update",
        user=user,
        before=before,
        after=snapshot(merged, REPORT_FIELDS),
        source=source,
    )
    _refresh(task, year, month, now, f"{unit}汇总{year}年{month}月报告")
    return merged


@transaction.atomic
def report_review(
    *, user: Any, report: Report, accept: bool, comment: str = "", now: datetime | None = None, source: str = ""
) -> Report:
    """The 领导小组办公室 accepts a submitted report or returns it (with a comment) to its authors.

    Returning a consolidation returns every unit report in it, so each author can correct and resubmit."""
    _require_office(user, "审核报告")
    report = Report.objects.select_for_update().select_related("task__plan").get(pk=report.pk)
    if report.state != ReportState.SUBMITTED:
        raise DomainError(f"报告{report.get_state_display()}，只有已报送的报告可以审核")
    if not accept and not comment.strip():
        raise DomainError("退回报告须填写审核意见")
    state = ReportState.ACCEPTED if accept else ReportState.RETURNED
    _review(user, report, state, comment.strip(), _now(now), source)
    if report.kind == ReportKind.CONSOLIDATED:
        for part in report.parts.select_for_update().select_related("unit"):
            _review(user, part, state, comment.strip(), _now(now), source)
    _refresh(report.task, report.year, report.month, now, "领导小组办公室审核报告")
    return report


def _review(user: Any, report: Report, state: str, comment: str, moment: datetime, source: str) -> None:
    before = snapshot(report, REPORT_FIELDS)
    report.state = state
    report.review_comment = comment
    report.reviewed_at = moment
    report.reviewed_by = user
    report.save(update_fields=["state", "review_comment", "reviewed_at", "reviewed_by", "updated_at"])
    record_change(
        instance=report, action="update", user=user, before=before, after=snapshot(report, REPORT_FIELDS), source=source
    )
    if state == ReportState.RETURNED:
        notice_send(
            zone_id=report.task.plan.zone_id,
            unit=report.unit,
            kind=NoticeKind.RETURNED,
            task=report.task,
            year=report.year,
            month=report.month,
            title=f"{report.year}年{report.month}月报告被退回：{report.task}",
            body=comment,
            user=user,
            source=source,
        )


@transaction.atomic
def report_reopen(*, user: Any, report: Report, comment: str, now: datetime | None = None, source: str = "") -> Report:
    """Reopen an accepted report of a finished month (重新打开) so that its author can change it."""
    _require_office(user, "重新打开报告")
    report = Report.objects.select_for_update().select_related("task__plan").get(pk=report.pk)
    if report.state != ReportState.ACCEPTED:
        raise DomainError("只有已通过的报告需要重新打开")
    if not comment.strip():
        raise DomainError("重新打开须说明原因")
    _review(user, report, ReportState.RETURNED, comment.strip(), _now(now), source)
    for part in report.parts.all():
        _review(user, part, ReportState.RETURNED, comment.strip(), _now(now), source)
    _refresh(report.task, report.year, report.month, now, "领导小组办公室重新打开报告")
    return report


def _refresh(task: Task, year: int, month: int, now: datetime | None, why: str = "报告变更") -> None:
    from yuanqu.supervision.evaluation import evaluate_task_month

    evaluate_task_month(task=task, year=year, month=month, today=timezone.localdate(_now(now)), why=why)


# ------------------------------------------------------------------ notices


def notice_send(
    *,
    zone_id: int,
    unit: Unit,
    kind: str,
    year: int,
    month: int,
    title: str,
    body: str = "",
    task: Task | None = None,
    reply_due: date | None = None,
    user: Any = None,
    source: str = "",
) -> Notice | None:
    """Put a notice in a unit's inbox and e-mail its people (after commit). None when already sent."""
    if (
        kind != NoticeKind.RETURNED
        and Notice.objects.filter(unit=unit, kind=kind, task=task, year=year, month=month).exists()
    ):
        return None
    notice = Notice.objects.filter(unit=unit, kind=kind, task=task, year=year, month=month).first()
    if notice is None:
        notice = Notice.objects.create(
            zone_id=zone_id,
            unit=unit,
            kind=kind,
            task=task,
            year=year,
            month=month,
            title=title[:200],
            body=body,
            reply_due=reply_due,
        )
    else:  # a report returned again: the same notice, brought back to the top
        notice.title, notice.body, notice.read_at = title[:200], body, None
        notice.save()
    record_change(
        instance=notice,
        action="create",
        user=user,
        after=snapshot(notice, ["kind", "unit", "task", "year", "month", "reply_due"]),
        source=source,
    )
    recipients = list(User.objects.filter(unit=unit, is_active=True).exclude(email="").values_list("email", flat=True))
    if recipients:
        message = (f"[园区督查督办] {notice.title}", f"{notice.body}\n\n请登录园区平台查看处理。", None, recipients)

        def _mail() -> None:
            sent = send_mass_mail([message], fail_silently=True)
            Notice.objects.filter(pk=notice.pk).update(emailed=sent * len(recipients))

        transaction.on_commit(_mail)
    return notice


@transaction.atomic
def notice_read(*, user: Any, notice: Notice) -> Notice:
    if notice.read_at is None and getattr(user, "unit_id", None) == notice.unit_id:
        notice.read_at = timezone.now()
        notice.save(update_fields=["read_at", "updated_at"])
    return notice


@transaction.atomic
def notice_reply(*, user: Any, notice: Notice, text: str, now: datetime | None = None, source: str = "") -> Notice:
    """A unit answers a 督办单 (or any notice) from its inbox."""
    if not access.can_write_unit(user, notice.unit):
        raise PermissionDenied("只能回复本单位收到的通知")
    if not text.strip():
        raise DomainError("回复内容不能为空")
    before = snapshot(notice, ["reply", "replied_at"])
    notice.reply = text.strip()
    notice.replied_at = _now(now)
    notice.save(update_fields=["reply", "replied_at", "updated_at"])
    record_change(
        instance=notice,
        action="update",
        user=user,
        before=before,
        after=snapshot(notice, ["reply", "replied_at"]),
        source=source,
    )
    return notice


def _previous_month(today: date) -> tuple[int, int]:
    return (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)


@dataclass
class DailyResult:
    reminders: int = 0
    urges: int = 0
    supervisions: int = 0
    evaluated: int = 0  # task cards of last month refreshed (after its due day, while unpublished)


@transaction.atomic
def supervision_daily(*, zone: Zone, today: date, source: str = "job") -> DailyResult:
    """The daily round for last month's reports: reminders before the due day, 催办 after it, and a
    督办单 for every task a unit has had red two months running (with a reply deadline).

    After the due day last month is re-evaluated first (unless published), so that a unit that
    never reported gets its red card; notices go out once per unit, task and month, so running the
    round twice on a day sends nothing twice."""
    from yuanqu.supervision.evaluation import evaluate_month, release_for

    result = DailyResult()
    year, month = _previous_month(today)
    plan = selectors.plan_for(zone, year)
    if plan is None:
        return result
    due = selectors.due_date(year, month, plan.due_day)
    leaves = list(selectors.leaf_tasks(plan).values_list("pk", flat=True))
    duties = selectors.duties(leaves, zone)
    submitted = set(
        Report.objects.filter(task__plan=plan, year=year, month=month, kind=ReportKind.UNIT)
        .exclude(state=ReportState.DRAFT)
        .values_list("task_id", "unit_id")
    )
    missing: dict[int, list[int]] = {}
    for task_id, duty in duties.items():
        for unit_id in duty.reporters:
            if (task_id, unit_id) not in submitted:
                missing.setdefault(unit_id, []).append(task_id)
    units = Unit.objects.in_bulk(list(missing))
    kind: str = ""
    label = ""
    if due - timedelta(days=conf.remind_days()) <= today <= due:
        kind, label = NoticeKind.REMINDER, f"请于{due.month}月{due.day}日前报送"
    elif today > due:
        kind, label = NoticeKind.URGE, f"已超过{due.month}月{due.day}日报送期限，请立即报送"
    if kind:
        for unit_id, task_ids in missing.items():
            notice = notice_send(
                zone_id=zone.pk,
                unit=units[unit_id],
                kind=kind,
                year=year,
                month=month,
                title=f"{'催办' if kind == NoticeKind.URGE else '报送提醒'}：{year}年{month}月目标任务落实情况（{len(task_ids)}项）",
                body=f"{label}。未报送任务 {len(task_ids)} 项。",
                source=source,
            )
            if notice is not None:
                if kind == NoticeKind.URGE:
                    result.urges += 1
                else:
                    result.reminders += 1
    if today > due and release_for(zone, year, month) is None:
        result.evaluated = evaluate_month(zone=zone, year=year, month=month, today=today)
    result.supervisions = _escalate(zone, plan, year, month, today, source)
    return result


def _escalate(zone: Zone, plan: Plan, year: int, month: int, today: date, source: str) -> int:
    from yuanqu.supervision.models import TaskEvaluation

    if month == 1:
        return 0
    red = TaskEvaluation.objects.filter(task__plan=plan, year=year, card="red")
    this = set(red.filter(month=month).values_list("task_id", "unit_id"))
    both = this & set(red.filter(month=month - 1).values_list("task_id", "unit_id"))
    tasks = Task.objects.in_bulk({t for t, _u in both})
    units = Unit.objects.in_bulk({u for _t, u in both})
    count = 0
    for task_id, unit_id in sorted(both):
        task = tasks[task_id]
        notice = notice_send(
            zone_id=zone.pk,
            unit=units[unit_id],
            kind=NoticeKind.SUPERVISE,
            task=task,
            year=year,
            month=month,
            title=f"督办单：{task}",
            body=f"该任务{year}年{month - 1}月、{month}月连续红牌，请于期限内书面回复整改措施。",
            reply_due=today + timedelta(days=conf.reply_days()),
            source=source,
        )
        count += notice is not None
    return count


# ------------------------------------------------------------------ 五个一 calendar

MEETING_PLAN = [
    # kind, months, day, title
    (MeetingKind.MONTHLY_REVIEW, range(1, 13), 10, "{m}月工作推进研判会"),
    (MeetingKind.BIMONTHLY_TOUR, range(2, 13, 2), 20, "{m}月拉练活动"),
    (MeetingKind.QUARTERLY_SUMMARY, (3, 6, 9, 12), 25, "第{q}季度产业链发展总结"),
    (MeetingKind.HALF_YEAR_REVIEW, (7,), 15, "年中全区产业提升讲评会"),
    (MeetingKind.ANNUAL_ASSESSMENT, (12,), 28, "全年综合考核"),
]


@transaction.atomic
def meetings_generate(*, zone: Zone, year: int, user: Any = None, source: str = "") -> int:
    """Generate the year's 五个一 calendar (每月一研判、双月一拉练、每季一总结、半年一讲评、全年一考核);
    dates already in the calendar are left alone. Returns how many were added."""
    if user is not None:
        _require_office(user, "生成五个一日程")
    existing = set(Meeting.objects.filter(zone=zone, year=year).values_list("kind", "seq"))
    added = 0
    for kind, months, day, title in MEETING_PLAN:
        for seq, m in enumerate(months, start=1):
            if (kind, seq) in existing:
                continue
            meeting = Meeting.objects.create(
                zone=zone,
                year=year,
                kind=kind,
                seq=seq,
                date=date(year, m, day),
                title=f"{year}年" + title.format(m=m, q=seq),
            )
            record_change(
                instance=meeting,
                action="create",
                user=user,
                after=snapshot(meeting, ["kind", "date", "title"]),
                source=source,
            )
            added += 1
    return added


@transaction.atomic
def meeting_record(
    *,
    user: Any,
    meeting: Meeting,
    minutes: str,
    decision: str = "",
    task: Task | None = None,
    task_status: str = "",
    task_due: date | None = None,
    new_under: Task | None = None,
    new_leads: list[Unit] = (),  # type: ignore[assignment]
    source: str = "",
) -> Meeting:
    """Record a meeting's minutes and a decision; the decision may update a task (status, deadline)
    or create a new task under ``new_under`` with its lead units."""
    _require_office(user, "记录会议纪要")
    before = snapshot(meeting, ["minutes"])
    meeting.minutes = minutes
    meeting.save(update_fields=["minutes", "updated_at"])
    record_change(
        instance=meeting, action="update", user=user, before=before, after=snapshot(meeting, ["minutes"]), source=source
    )
    if decision.strip():
        if new_under is not None:
            task = task_create(
                user=user,
                parent=new_under,
                title=decision,
                lead_units=list(new_leads),
                due_date=task_due,
                source=source,
            )
        elif task is not None:
            if task_status:
                task_set_status(user=user, task=task, status=task_status, source=source)
            if task_due:
                task_update(user=user, task=task, due_date=task_due, source=source)
        Decision.objects.create(meeting=meeting, text=decision.strip(), task=task)
    return meeting


# Configuration and publication live in their own module; re-exported so callers use ``actions.X``.
from yuanqu.supervision.actions.config import (  # noqa: E402, F401
    evaluation_publish,
    evaluation_rule_save,
    unit_group_save,
)
