"""The demo zone's supervision data: seed 004's whole target-task table and generated monthly
reports for 2021 (演示数据), evaluated month by month.

Reports are generated in bulk (a year of them through the one-by-one actions would take minutes);
the office's acceptance and the cards are then computed by the evaluation as for real data."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from decimal import Decimal
from io import BytesIO
from typing import Any

from django.db import transaction
from django.utils import timezone

from yuanqu.org.models import Zone
from yuanqu.supervision import actions, evaluation, importers, selectors
from yuanqu.supervision.choices import ReportKind, ReportState, TaskStatus
from yuanqu.supervision.models import Goal, Report, Task
from yuanqu.supervision.seed004 import build_xlsx

YEAR = 2021
LAST_MONTH = 11  # the demo is "as of" 2021年1-11月, like the indicators
SEED = 2021
NOTE = "演示数据"


def supervision_demo_load(*, zone: Zone) -> dict[str, Any]:
    """Load 004's table for 2021 and generated reports for 1-11月 into the demo zone; idempotent:
    an existing table is kept, and months that already have reports are not generated again."""
    with transaction.atomic():
        plan = selectors.plan_for(zone, YEAR)
        imported = False
        if plan is None or not plan.tasks.exists():
            importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(build_xlsx()), origin="load_demo")
            plan = selectors.plan_for(zone, YEAR)
            imported = True
        assert plan is not None
        created = 0
        if not Report.objects.filter(task__plan=plan).exists():
            created = _generate(plan)
            for month in range(1, LAST_MONTH + 1):
                evaluation.evaluate_month(
                    zone=zone,
                    year=YEAR,
                    month=month,
                    today=selectors.due_date(YEAR, month, plan.due_day) + timedelta(days=4),
                )
        meetings = actions.meetings_generate(zone=zone, year=YEAR, source="load_demo")
    return {
        "imported": imported,
        "tasks": plan.tasks.count(),
        "reports_created": created,
        "reports": Report.objects.filter(task__plan=plan).count(),
        "meetings_created": meetings,
    }


def _generate(plan: Any) -> int:
    rng = random.Random(SEED)
    leaves = list(selectors.leaf_tasks(plan).values_list("pk", flat=True))
    duties = selectors.duties(leaves, plan.zone_id)
    goals: dict[int, Goal] = {}
    for g in Goal.objects.filter(task__in=leaves).order_by("task_id", "position"):
        goals.setdefault(g.task_id, g)
    tz = timezone.get_current_timezone()
    # Each pair keeps a pace of its own: most on time and on track, some slow, a few skipping months.
    pace = {
        (t, u): rng.choice([1.15, 1.1, 1.05, 1.02, 1.0, 1.0, 1.0, 0.95, 0.85, 0.6])
        for t, d in duties.items()
        for u in d.reporters
    }
    rows: list[Report] = []
    for month in range(1, LAST_MONTH + 1):
        due = selectors.due_date(YEAR, month, plan.due_day)
        for task_id, duty in duties.items():
            goal = goals.get(task_id)
            for unit_id in duty.reporters:
                if rng.random() < 0.04:
                    continue  # not reported
                late = rng.random() < 0.08
                day = due + timedelta(days=rng.randint(1, 4)) if late else due - timedelta(days=rng.randint(0, 4))
                value = None
                if goal is not None:
                    # A report states the task's progress against its whole goal ("8 of 15 enterprises").
                    # Rates (增幅达到17%) are reported as the rate so far; counts and amounts accumulate.
                    so_far = 1 if goal.measure.strip() == "%" else month / 12
                    value = (goal.number * Decimal(str(pace[(task_id, unit_id)] * so_far))).quantize(Decimal("0.01"))
                returned = rng.random() < 0.05 and month == LAST_MONTH
                rows.append(
                    Report(
                        task_id=task_id,
                        unit_id=unit_id,
                        year=YEAR,
                        month=month,
                        kind=ReportKind.UNIT,
                        state=ReportState.RETURNED if returned else ReportState.ACCEPTED,
                        progress=f"{month}月按计划推进，已完成阶段性工作（{NOTE}）",
                        progress_value=value,
                        problems="要素保障仍需协调" if rng.random() < 0.2 else "",
                        is_late=late,
                        submitted_at=datetime.combine(day, time(16, 0), tzinfo=tz),
                        review_comment="请补充佐证材料" if returned else "",
                    )
                )
    Report.objects.bulk_create(rows, batch_size=2000)
    lagging = [t for t in leaves if rng.random() < 0.08]
    Task.objects.filter(pk__in=leaves).update(status=TaskStatus.IN_PROGRESS)
    Task.objects.filter(pk__in=lagging).update(status=TaskStatus.LAGGING)
    return len(rows)
