"""Time the monthly bulletin: build it, then render Word, Excel and HTML, printing seconds for each.

    .venv/bin/python bench/bench_bulletin.py --year 2021 --month 11 [--zone 名称]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/yuanqu .venv/bin/python bench/bench_bulletin.py ...

Works on whatever database the settings point at (DJANGO_SETTINGS_MODULE, default
config.settings.base; DATABASE_URL when set). Without --year/--month it takes the zone's latest
month with data, and without --zone the zone with the most units. Target: each step under 3 s for
a city-scale zone (600 units × 60 indicators). Exits 1 when a step misses it, 2 on bad input.

--seed UNITS INDICATORS first creates a synthetic demo zone "基准测试开发区" of that size (a zone-total
unit plus UNITS streets, targets and 1-N月 figures written through the indicator actions) when it
does not exist yet, and benchmarks it. It never touches other zones.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")

import django  # noqa: E402

django.setup()

from django.db import connection, reset_queries  # noqa: E402

from yuanqu.core.errors import DomainError  # noqa: E402
from yuanqu.reports import selectors  # noqa: E402
from yuanqu.reports.bulletin import bulletin_build  # noqa: E402
from yuanqu.reports.renderers import FORMATS  # noqa: E402

SEED_ZONE = "基准测试开发区"
YI = Decimal(100_000_000)
TARGET_SECONDS = 3.0


def seed(*, units: int, indicators: int, year: int, month: int):
    """A synthetic city-scale zone, created once through the actions (targets and figures)."""
    from yuanqu.indicators import actions
    from yuanqu.indicators.models import Indicator
    from yuanqu.org.choices import Role, UnitType
    from yuanqu.org.models import Unit, User, Zone

    zone, created = Zone.objects.get_or_create(name=SEED_ZONE, defaults={"is_demo": True, "short_name": "基准"})
    if not created:
        print(f"seed: zone {SEED_ZONE} exists, reusing it")
        return zone
    rng = random.Random(20211130)
    started = time.perf_counter()
    total = Unit.objects.create(zone=zone, name="全区", type=UnitType.ZONE, sort_order=0)
    Unit.objects.bulk_create(
        [
            Unit(zone=zone, name=f"街道{i:03d}", type=UnitType.STREET, parent=total, sort_order=i)
            for i in range(1, units + 1)
        ]
    )
    user, _ = User.objects.get_or_create(username="bench-admin", defaults={"role": Role.ADMIN, "unit": total})
    catalogue = []
    for i in range(1, indicators + 1):
        code = f"bench-{i:03d}"
        ind = Indicator.objects.filter(code=code).first() or actions.indicator_save(
            user=user, code=code, name=f"基准指标{i:03d}", unit="亿元", sort_order=1000 + i
        )
        catalogue.append(ind)
    members = list(Unit.objects.filter(zone=zone))
    targets, figures = [], []
    for unit in members:
        scale = Decimal(units) if unit.type == UnitType.ZONE else Decimal(1)
        for ind in catalogue:
            target = Decimal(rng.randint(50, 150)) * scale * YI / 10
            done = target * Decimal(rng.uniform(0.6, 1.1)) * month / 12
            targets.append(actions.TargetInput(unit=unit, indicator=ind, year=year, value=target.quantize(YI / 10**4)))
            figures.append(
                actions.FigureInput(
                    unit=unit,
                    indicator=ind,
                    year=year,
                    month=month,
                    value=done.quantize(YI / 10**4),
                    growth_pct=Decimal(rng.randint(-150, 300)) / 10,
                )
            )
    actions.targets_set(user=user, items=targets, source="bench")
    actions.figures_set(user=user, items=figures, source="bench")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # fresh tables: give the planner statistics, as autovacuum would
            cursor.execute("ANALYZE")
    print(f"seed: {len(members)} units × {len(catalogue)} indicators in {time.perf_counter() - started:.1f} s")
    return zone


def largest_zone():
    """Without --zone: the zone with the most units, the worst case for the bulletin."""
    from django.db.models import Count

    from yuanqu.org.models import Zone

    zone = Zone.objects.annotate(n=Count("units")).order_by("-n", "name").first()
    if zone is None:
        raise DomainError("数据库中没有开发区")
    return zone


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zone", help="zone name or short name (optional when there is one zone)")
    parser.add_argument("--year", type=int)
    parser.add_argument("--month", type=int)
    parser.add_argument("--seed", nargs=2, type=int, metavar=("UNITS", "INDICATORS"))
    parser.add_argument("--out", type=Path, help="also write the three files into this folder")
    args = parser.parse_args()

    try:
        if args.seed:
            zone = seed(units=args.seed[0], indicators=args.seed[1], year=args.year or 2021, month=args.month or 11)
        elif args.zone:
            zone = selectors.zone_resolve(name=args.zone)
        else:
            zone = largest_zone()
        if args.year is None or args.month is None:
            latest = selectors.latest_month_with_data(zone=zone)
            if latest is None:
                raise DomainError(f"{zone.name}没有任何月度数据")
            args.year, args.month = args.year or latest[0], args.month or latest[1]
        print(f"database: {connection.vendor} {connection.settings_dict['NAME']}")
        timings: list[tuple[str, float]] = []
        started = time.perf_counter()
        reset_queries()
        bulletin = bulletin_build(zone=zone, year=args.year, month=args.month)
        timings.append(("build", time.perf_counter() - started))
    except DomainError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    units = {r.unit for ranking in bulletin.rankings for r in ranking.rows}
    print(
        f"{bulletin.title}: {len(bulletin.rows)} zone rows, {len(bulletin.rankings)} rankings over "
        f"{len(units)} units, {len(bulletin.cards)} red/yellow cards"
    )
    for name, fmt in FORMATS.items():
        started = time.perf_counter()
        content = fmt.render(bulletin)
        timings.append((name, time.perf_counter() - started))
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            (args.out / bulletin.filename(fmt.extension)).write_bytes(content)
        print(f"  {name}: {len(content) / 1024:.0f} KiB")
    slow = False
    for name, seconds in timings:
        total = seconds + (timings[0][1] if name != "build" else 0)
        flag = "" if total < TARGET_SECONDS else "  (over target)"
        slow |= bool(flag)
        print(f"{name:>6}: {seconds:6.2f} s" + ("" if name == "build" else f"  (with build {total:.2f} s)") + flag)
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
