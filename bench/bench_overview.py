"""Benchmark: zone overview server time and SQL queries on whatever database DATABASE_URL names.

    DATABASE_URL=sqlite:////tmp/city.sqlite3 python bench/bench_overview.py [--runs 20]

Uses the first zone that has figures, logs in as a leader of that zone (created if missing) and
requests / through Django's test client. Prints median and p95 server time, the query count and
the peak memory of the process. Target (issue 2): < 150 ms and ≤ 20 queries on the city-scale set.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--path", default="/")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from yuanqu.indicators.models import Figure
    from yuanqu.org.choices import Role, UnitType
    from yuanqu.org.models import Unit, User

    settings.ALLOWED_HOSTS = ["*"]
    first = Figure.objects.order_by("pk").values_list("unit__zone_id", flat=True).first()
    if first is None:
        sys.exit("数据库中没有数据：请先运行 generate_data --scale city")
    total = Unit.objects.get(zone_id=first, type=UnitType.ZONE)
    user, _ = User.objects.get_or_create(username="bench-leader", defaults={"role": Role.LEADER, "unit": total})
    client = Client()
    client.force_login(user)
    client.get(args.path)  # warm caches and the connection
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        response = client.get(args.path)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as ctx:
        client.get(args.path)
    times.sort()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"overview {args.path} on {connection.vendor}: figures={Figure.objects.count():,} "
        f"median={statistics.median(times):.1f} ms p95={times[int(len(times) * 0.95) - 1]:.1f} ms "
        f"queries={len(ctx.captured_queries)} peak_rss={rss_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
