"""Time the Excel import of one month's matrix: 600 units × 60 indicators (target: under 5 s).

    .venv/bin/python bench/bench_import.py                 # a fresh SQLite file in a temp folder
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/yuanqu_bench .venv/bin/python bench/bench_import.py
    .venv/bin/python bench/bench_import.py --profile       # also print where the time goes

Point DATABASE_URL at a scratch database: the script migrates it, adds a zone of its own and
removes it again at the end. Prints seconds (read = parsing the workbook, apply = the actions)
and the process's peak memory.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

BASE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(BASE))
TMP = Path(tempfile.mkdtemp(prefix="bench-import-"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{TMP / 'bench.sqlite3'}")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from openpyxl import Workbook  # noqa: E402

from yuanqu.core.models import ChangeLog  # noqa: E402
from yuanqu.indicators.importers import import_workbook  # noqa: E402
from yuanqu.indicators.models import Assessment, Figure, Indicator, Target  # noqa: E402
from yuanqu.org.choices import Role, UnitType  # noqa: E402
from yuanqu.org.models import Unit, User, Zone  # noqa: E402

UNITS, INDICATORS, YEAR, MONTH = 600, 60, 2021, 6


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def setup() -> tuple[Zone, User, list[Unit], list[Indicator]]:
    call_command("migrate", verbosity=0)
    stamp = str(int(time.time()))
    zone = Zone.objects.create(name=f"基准开发区{stamp}")
    total = Unit.objects.create(zone=zone, name="全区", type=UnitType.ZONE)
    Unit.objects.bulk_create(
        Unit(zone=zone, name=f"街道{i:03d}", type=UnitType.STREET, parent=total, sort_order=i) for i in range(UNITS)
    )
    Indicator.objects.bulk_create(
        Indicator(code=f"bench-{stamp}-{i}", name=f"基准指标{stamp}-{i:02d}", unit="亿元", sort_order=i)
        for i in range(INDICATORS)
    )
    user, _ = User.objects.get_or_create(
        username="bench-admin", defaults={"role": Role.ADMIN, "is_superuser": True, "is_staff": True}
    )
    units = list(Unit.objects.filter(zone=zone, type=UnitType.STREET).order_by("sort_order"))
    indicators = list(Indicator.objects.filter(code__startswith=f"bench-{stamp}-").order_by("sort_order"))
    return zone, user, units, indicators


def build(units: list[Unit], indicators: list[Indicator]) -> Path:
    rng = random.Random(2021)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("1-6月")
    ws.append([f"各单位{YEAR}年1-{MONTH}月主要经济指标"])
    ws.append(["单位", *[f"{i.name}（亿元）" for i in indicators]])
    for unit in units:
        ws.append([unit.name, *[round(rng.uniform(0, 500), 2) for _ in indicators]])
    path = TMP / "matrix.xlsx"
    wb.save(path)
    return path


def cleanup(zone: Zone, indicators: list[Indicator]) -> None:
    ids = [i.pk for i in indicators]
    figure_ids = [str(pk) for pk in Figure.objects.filter(indicator_id__in=ids).values_list("pk", flat=True)]
    for start in range(0, len(figure_ids), 5000):
        ChangeLog.objects.filter(model="indicators.figure", object_id__in=figure_ids[start : start + 5000]).delete()
    Assessment.objects.filter(indicator_id__in=ids).delete()
    Figure.objects.filter(indicator_id__in=ids).delete()
    Target.objects.filter(indicator_id__in=ids).delete()
    Unit.objects.filter(zone=zone).exclude(type=UnitType.ZONE).delete()
    zone.delete()
    Indicator.objects.filter(pk__in=ids).delete()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", action="store_true", help="print the 25 most expensive functions")
    args = parser.parse_args()
    zone, user, units, indicators = setup()
    path = build(units, indicators)
    print(f"database: {connection.vendor}; file: {path.stat().st_size / 1024:.0f} KB, {UNITS} × {INDICATORS} cells")
    before = peak_mb()
    profiler = cProfile.Profile() if args.profile else None
    try:
        for label in ("first import", "re-import (unchanged)"):
            if profiler and label == "first import":
                profiler.enable()
            started = time.perf_counter()
            summary = import_workbook(path, user=user, zone=zone)
            seconds = time.perf_counter() - started
            if profiler and label == "first import":
                profiler.disable()
            print(
                f"{label}: {seconds:.2f} s (read {summary.seconds['read']:.2f} s, apply {summary.seconds['apply']:.2f} s); "
                f"created {summary.created}, updated {summary.updated}, unchanged {summary.unchanged}"
            )
        print(f"peak memory: {peak_mb():.0f} MB (before import {before:.0f} MB)")
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    finally:
        cleanup(zone, indicators)


if __name__ == "__main__":
    main()
