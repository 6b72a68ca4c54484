"""红黄牌 evaluation of the monthly reports (领导小组办公室每月进行进度评估), the unit ranking with the
排名靠后 list, and the annual assessment (全年一考核). Computed in bulk: one month of a zone of 600 units
and 300 tasks is a handful of queries and one bulk insert."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.db import transaction
from django.db.models import Avg, Count, Q
from django.utils import timezone

from yuanqu.core.bulk import insert_rows
from yuanqu.core.errors import DomainError
from yuanqu.core.periods import time_progress
from yuanqu.org.models import Unit, Zone
from yuanqu.supervision import conf, selectors
from yuanqu.supervision.choices import Card, Comparator, ReportKind, ReportState, TaskStatus
from yuanqu.supervision.models import (
    AnnualScore,
    EvaluationRelease,
    EvaluationRule,
    Goal,
    Plan,
    Report,
    Task,
    TaskEvaluation,
    UnitEvaluation,
)

ORDER: dict[str, int] = {Card.GREEN: 0, Card.YELLOW: 1, Card.RED: 2}
Q2 = Decimal("0.01")


def rule_for(zone: Zone | int) -> EvaluationRule:
    """The zone's rules, or the defaults (unsaved) when the zone has set none."""
    zone_id = zone if isinstance(zone, int) else zone.pk
    found = EvaluationRule.objects.filter(zone_id=zone_id).first()
    return found or EvaluationRule(zone_id=zone_id, bottom_count=conf.bottom_count())


def _worse(a: str, b: str) -> str:
    return a if ORDER[a] >= ORDER[b] else b


@dataclass
class Verdict:
    card: str
    pace: Decimal | None
    reasons: list[str]


def judge(
    *,
    report: Report | None,
    pace_value: Decimal | None,
    goal: Goal | None,
    status: str,
    month: int,
    overdue: bool,
    rule: EvaluationRule,
) -> Verdict:
    """The card of one unit on one task for a month, by the rules: report on time, returned, task
    lagging, and the quantitative pace against 时间进度 (goal × month/12)."""
    card: str = Card.GREEN
    reasons: list[str] = []
    pace = None
    if report is None or report.state == ReportState.DRAFT:
        if overdue:
            card = _worse(card, rule.missing_card)
            reasons.append("未按时报送")
    else:
        if report.state == ReportState.RETURNED:
            card = _worse(card, rule.returned_card)
            reasons.append("报告被退回")
        if report.is_late:
            card = _worse(card, rule.late_card)
            reasons.append("逾期报送")
    if status == TaskStatus.LAGGING:
        card = _worse(card, rule.lagging_card)
        reasons.append("任务滞后")
    if goal is not None and pace_value is not None and goal.number and status != TaskStatus.DONE:
        pace = (pace_value * 100 / goal.number).quantize(Q2, ROUND_HALF_UP)
        # A rate (增幅达到17%, 比例达到100%) is not cumulative: it is due in full at any time. Counts
        # and amounts accumulate over the year and are due in step with time progress.
        is_rate = goal.measure.strip() == "%"
        expected = Decimal(100) if is_rate else time_progress(month)
        if goal.comparator == Comparator.GTE and pace < expected:
            if pace >= expected * rule.yellow_pace / 100:
                card = _worse(card, Card.YELLOW)
            else:
                card = _worse(card, Card.RED)
            if is_rate:
                reasons.append(f"{goal.metric}{pace_value}%未达目标{goal.number.normalize():f}%")
            else:
                reasons.append(f"量化进度{pace}%落后时间进度{expected.quantize(Q2)}%")
    return Verdict(card, pace, reasons)


def _rows(plan: Plan, task_ids: list[int], year: int, month: int, today: date, rule: EvaluationRule) -> list[tuple]:
    duties = selectors.duties(task_ids, plan.zone_id)
    statuses = dict(Task.objects.filter(pk__in=task_ids).values_list("pk", "status"))
    goals: dict[int, Goal] = {}
    for g in Goal.objects.filter(task__in=task_ids).order_by("task_id", "position"):
        goals.setdefault(g.task_id, g)
    unit_reports: dict[tuple[int, int], Report] = {}
    merged: dict[int, Report] = {}
    fields = ["id", "task_id", "unit_id", "kind", "state", "is_late", "progress_value"]
    for r in Report.objects.filter(task__in=task_ids, year=year, month=month).only(*fields):
        if r.kind == ReportKind.CONSOLIDATED:
            merged[r.task_id] = r
        else:
            unit_reports[(r.task_id, r.unit_id)] = r
    overdue = today > selectors.due_date(year, month, plan.due_day)
    scores = conf.card_scores()
    rows = []
    for task_id, duty in duties.items():
        goal = goals.get(task_id)
        status = statuses.get(task_id, "")
        whole = merged.get(task_id)
        pairs = [(u, unit_reports.get((task_id, u))) for u in duty.reporters]
        if duty.consolidates:
            pairs += [(u, whole) for u in duty.lead if u not in duty.reporters]
        for unit_id, report in pairs:
            value = (
                report.progress_value
                if report and report.progress_value is not None
                else (whole.progress_value if whole else None)
            )
            v = judge(
                report=report, pace_value=value, goal=goal, status=status, month=month, overdue=overdue, rule=rule
            )
            rows.append((task_id, unit_id, year, month, v.card, scores[v.card], v.pace, v.reasons))
    return rows


FIELDS = ["task", "unit", "year", "month", "card", "score", "pace_pct", "reasons"]


def release_for(zone: Zone | int, year: int, month: int) -> EvaluationRelease | None:
    """The month's publication (发布本月评估), or None while the month is still live."""
    zone_id = zone if isinstance(zone, int) else zone.pk
    return EvaluationRelease.objects.filter(zone_id=zone_id, year=year, month=month).first()


def note_after_release(release: EvaluationRelease, text: str) -> None:
    """Record on a published month what changed after publication (its cards stay as published)."""
    stamp = timezone.localtime().strftime("%Y-%m-%d %H:%M")
    release.notes = [*release.notes, f"{stamp} {text}"][-500:]
    release.save(update_fields=["notes", "updated_at"])


@transaction.atomic
def evaluate_month(*, zone: Zone, year: int, month: int, today: date) -> int:
    """The whole monthly evaluation of a zone: every task and unit, then the unit ranking. Replaces
    that month's earlier result; other months stay as history. Returns the number of task cards.

    Refused for a published month: its cards are frozen."""
    if release_for(zone, year, month) is not None:
        raise DomainError(f"{year}年{month}月评估已发布，不能重新评估")
    plan = selectors.plan_for(zone, year)
    if plan is None:
        return 0
    task_ids = list(selectors.leaf_tasks(plan).values_list("pk", flat=True))
    rows = _rows(plan, task_ids, year, month, today, rule := rule_for(zone))
    TaskEvaluation.objects.filter(task__plan=plan, year=year, month=month).delete()
    insert_rows(TaskEvaluation, [f"{f}_id" if f in ("task", "unit") else f for f in FIELDS], rows)
    rank_units(zone=zone, year=year, month=month, rule=rule)
    return len(rows)


def evaluate_task_month(*, task: Task, year: int, month: int, today: date, why: str = "报告变更") -> None:
    """Re-evaluate one task for a month after a report changed, then the ranking of that month.

    A published month is left as published; the change is noted on its publication instead."""
    plan = task.plan
    leaf_ids = [task.pk] if not task.children.exists() else []
    if not leaf_ids:
        return
    release = release_for(plan.zone_id, year, month)
    if release is not None:
        note_after_release(release, f"{why}：{task}（已发布评估未改变）")
        return
    rule = rule_for(plan.zone_id)
    rows = _rows(plan, leaf_ids, year, month, today, rule)
    TaskEvaluation.objects.filter(task_id=task.pk, year=year, month=month).delete()
    TaskEvaluation.objects.bulk_create(
        TaskEvaluation(
            task_id=r[0], unit_id=r[1], year=r[2], month=r[3], card=r[4], score=r[5], pace_pct=r[6], reasons=r[7]
        )
        for r in rows
    )
    rank_units(zone=plan.zone, year=year, month=month, rule=rule)


def rank_units(*, zone: Zone, year: int, month: int, rule: EvaluationRule | None = None) -> list[UnitEvaluation]:
    """The unit ranking of a month from the task cards: average score, fewer reds first; the last
    ``bottom_count`` units that are not all green are 排名靠后."""
    rule = rule or rule_for(zone)
    agg = (
        TaskEvaluation.objects.filter(unit__zone=zone, year=year, month=month)
        .values("unit_id", "unit__sort_order", "unit__name")
        .annotate(
            score=Avg("score"),
            green=Count("id", filter=Q(card=Card.GREEN)),
            yellow=Count("id", filter=Q(card=Card.YELLOW)),
            red=Count("id", filter=Q(card=Card.RED)),
        )
    )
    ordered = sorted(agg, key=lambda a: (-Decimal(str(a["score"])), a["red"], a["unit__sort_order"], a["unit__name"]))
    UnitEvaluation.objects.filter(unit__zone=zone, year=year, month=month).delete()
    out = []
    not_green = [a["unit_id"] for a in ordered if a["red"] or a["yellow"]]
    bottom = set(not_green[-rule.bottom_count :]) if rule.bottom_count else set()
    thresholds = conf.unit_card_scores()
    for rank, a in enumerate(ordered, start=1):
        average = Decimal(str(a["score"]))
        card = (
            Card.GREEN
            if average >= thresholds["green"]
            else Card.YELLOW
            if average >= thresholds["yellow"]
            else Card.RED
        )
        out.append(
            UnitEvaluation(
                unit_id=a["unit_id"],
                year=year,
                month=month,
                card=card,
                green=a["green"],
                yellow=a["yellow"],
                red=a["red"],
                score=Decimal(str(a["score"])).quantize(Q2, ROUND_HALF_UP),
                rank=rank,
                is_bottom=a["unit_id"] in bottom,
            )
        )
    UnitEvaluation.objects.bulk_create(out, batch_size=1000)
    return out


@transaction.atomic
def annual_assess(*, zone: Zone, year: int) -> list[AnnualScore]:
    """全年一考核: each unit's yearly score = weights × (average monthly score, goal completion %).

    Goal completion is the share of the unit's tasks that are done, or whose last accepted report
    reaches the goal."""
    plan = selectors.plan_for(zone, year)
    if plan is None:
        return []
    weights = conf.annual_weights()
    monthly = dict(
        UnitEvaluation.objects.filter(unit__zone=zone, year=year)
        .values("unit_id")
        .annotate(s=Avg("score"))
        .values_list("unit_id", "s")
    )
    task_ids = list(selectors.leaf_tasks(plan).values_list("pk", flat=True))
    duties = selectors.duties(task_ids, zone)
    statuses = dict(Task.objects.filter(pk__in=task_ids).values_list("pk", "status"))
    goals: dict[int, Goal] = {}
    for g in Goal.objects.filter(task__in=task_ids).order_by("task_id", "position"):
        goals.setdefault(g.task_id, g)
    last_value: dict[int, Decimal] = {}
    for r in (
        Report.objects.filter(task__in=task_ids, year=year, state=ReportState.ACCEPTED)
        .exclude(progress_value=None)
        .order_by("month")
    ):
        last_value[r.task_id] = r.progress_value  # type: ignore[assignment]
    met: dict[int, bool] = {}
    for task_id in task_ids:
        goal = goals.get(task_id)
        reached = goal is not None and task_id in last_value and last_value[task_id] >= goal.number
        met[task_id] = statuses.get(task_id) == TaskStatus.DONE or reached
    per_unit: dict[int, list[bool]] = defaultdict(list)
    for task_id, duty in duties.items():
        for unit_id in set(duty.lead) | set(duty.responsible):
            per_unit[unit_id].append(met[task_id])
    rows = []
    for unit_id in set(per_unit) | set(monthly):
        done = per_unit.get(unit_id, [])
        completion = Decimal(100 * sum(done)) / len(done) if done else Decimal(0)
        m = Decimal(str(monthly.get(unit_id) or 0))
        score = m * weights.get("monthly", Decimal("0.7")) + completion * weights.get("completion", Decimal("0.3"))
        rows.append((unit_id, m.quantize(Q2), completion.quantize(Q2), score.quantize(Q2, ROUND_HALF_UP)))
    units = Unit.objects.in_bulk([r[0] for r in rows])
    rows.sort(key=lambda r: (-r[3], units[r[0]].sort_order, units[r[0]].name))
    AnnualScore.objects.filter(unit__zone=zone, year=year).delete()
    return AnnualScore.objects.bulk_create(
        AnnualScore(unit_id=u, year=year, monthly_score=m, completion_pct=c, score=s, rank=i)
        for i, (u, m, c, s) in enumerate(rows, start=1)
    )
