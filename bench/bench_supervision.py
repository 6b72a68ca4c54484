"""Time 督查督办 at city scale: 600 units, 300 tasks, 12 months of reports. Prints four figures:

- a whole monthly evaluation (every task × unit, the ranking): target under 10 s;
- a unit's table page (一街一表), server time and query count: target under 150 ms, bounded queries;
- import of a 300-item target-task table: target under 3 s;
- re-import of that table into the year with its reports (the merge): target under 10 s.

    .venv/bin/python bench/bench_supervision.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/yuanqu_bench .venv/bin/python bench/bench_supervision.py

Runs in a throw-away test database (created and dropped here; never touches other data).
Exits 1 when a figure misses its target.
"""

from __future__ import annotations

import os
import random
import sys
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

UNITS, TASKS, YEAR = 600, 300, 2021


def build_rows(streets: list[str], offices: list[str], departments: list[str]) -> list[tuple[str, ...]]:
    """A 300-item table in 004's layout: 4 sections × 15 targets × 5 items."""
    rng = random.Random(7)
    L, U = "<", "^"
    rows: list[tuple[str, ...]] = []
    n = 0
    for s in range(4):
        rows.append((f"{'一二三四'[s]}、第{s + 1}板块",))
        for t in range(15):
            for i in range(5):
                n += 1
                lead = "、".join(rng.sample(departments, 2))
                if n % 5 == 0:
                    resp = "各街道、产业办"
                else:
                    resp = "、".join(rng.sample(streets, 6) + rng.sample(offices, 2))
                name = f"目标{s + 1}-{t + 1}" if i == 0 else U
                rows.append(
                    (
                        name,
                        f"{i + 1}.任务{n}：新增企业{rng.randint(2, 40)}家，增幅达到{rng.randint(5, 20)}%以上。",
                        L,
                        L,
                        lead,
                        resp,
                    )
                )
    return rows


def main() -> int:
    from django.test import Client

    from yuanqu.org.choices import Role, UnitType
    from yuanqu.org.models import Unit, User, Zone
    from yuanqu.supervision import evaluation, importers, selectors
    from yuanqu.supervision.choices import ReportKind, ReportState
    from yuanqu.supervision.models import Report
    from yuanqu.supervision.seed004 import build_xlsx

    zone = Zone.objects.create(name="基准测试开发区")
    total = Unit.objects.create(zone=zone, name="全区", type=UnitType.ZONE)
    specs = [(f"街道{i:03d}", UnitType.STREET) for i in range(150)]
    specs += [(f"产业办{i:02d}", UnitType.INDUSTRY_OFFICE) for i in range(20)]
    specs += [(f"部门{i:03d}", UnitType.DEPARTMENT) for i in range(UNITS - 1 - len(specs))]
    Unit.objects.bulk_create(
        Unit(zone=zone, name=n, type=t, parent=total, sort_order=i) for i, (n, t) in enumerate(specs)
    )
    streets = [n for n, t in specs if t == UnitType.STREET]
    offices = [n for n, t in specs if t == UnitType.INDUSTRY_OFFICE]
    departments = [n for n, t in specs if t == UnitType.DEPARTMENT]
    data = build_xlsx(build_rows(streets, offices, departments))

    t0 = time.perf_counter()
    summary = importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(data))
    t_import = time.perf_counter() - t0
    plan = selectors.plan_for(zone, YEAR)
    assert plan is not None

    # 12 months of reports for every task × reporting unit (bulk: the figure measured is the evaluation).
    leaves = list(selectors.leaf_tasks(plan).values_list("pk", flat=True))
    duties = selectors.duties(leaves, zone)
    rng = random.Random(1)
    rows = []
    for month in range(1, 13):
        due = selectors.due_date(YEAR, month, plan.due_day)
        for task_id, duty in duties.items():
            for unit_id in duty.reporters:
                if rng.random() < 0.05:
                    continue
                rows.append(
                    Report(
                        task_id=task_id,
                        unit_id=unit_id,
                        year=YEAR,
                        month=month,
                        kind=ReportKind.UNIT,
                        state=ReportState.ACCEPTED,
                        progress="进展",
                        progress_value=Decimal(rng.randint(0, 30)),
                        is_late=rng.random() < 0.1,
                        submitted_at=datetime(due.year, due.month, due.day, 9, tzinfo=UTC),
                    )
                )
    Report.objects.bulk_create(rows, batch_size=5000)

    t0 = time.perf_counter()
    cards = evaluation.evaluate_month(zone=zone, year=YEAR, month=6, today=date(YEAR, 7, 10) + timedelta(days=1))
    t_eval = time.perf_counter() - t0

    unit = Unit.objects.get(zone=zone, name="街道001")
    user = User.objects.create(username="bench", role=Role.REPORTER, unit=unit)
    client = Client()
    client.force_login(user)
    url = f"/supervision/units/{unit.pk}/?year={YEAR}&month=6"
    client.get(url)  # warm templates
    best = None
    for _ in range(5):
        with CaptureQueriesContext(connection) as ctx:
            t0 = time.perf_counter()
            resp = client.get(url)
            elapsed = time.perf_counter() - t0
        assert resp.status_code == 200
        best = elapsed if best is None else min(best, elapsed)
    n_rows = len(selectors.unit_table(plan, unit, YEAR, 6))

    # Re-import of the same table into the year that now has a year of reports: the merge path.
    t0 = time.perf_counter()
    merged = importers.tasks_import(zone=zone, year=YEAR, source=BytesIO(data))
    t_merge = time.perf_counter() - t0
    assert merged.merged and merged.added == 0 and merged.adjusted == 0

    print(f"数据库: {connection.vendor}; {UNITS} 个单位, {summary.items} 项任务, {len(rows)} 份月报 (12个月)")
    print(f"导入 {summary.items} 项目标任务总表: {t_import:.2f} s (目标 < 3 s)")
    print(f"一个月全面评估 ({cards} 张任务红黄牌 + 单位排名): {t_eval:.2f} s (目标 < 10 s)")
    print(f"单位任务表页面 ({n_rows} 项任务): {best * 1000:.0f} ms, {len(ctx.captured_queries)} 次查询 (目标 < 150 ms)")
    print(f"已有月报年度重新导入（合并，{merged.unchanged} 个节点未变）: {t_merge:.2f} s (目标 < 10 s)")
    return 0 if (t_import < 3 and t_eval < 10 and best < 0.15 and t_merge < 10) else 1


if __name__ == "__main__":
    setup_test_environment()
    old = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        code = main()
    finally:
        connection.creation.destroy_test_db(old, verbosity=0)
    sys.exit(code)
