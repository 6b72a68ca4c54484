"""Run every benchmark of bench/ on SQLite and on PostgreSQL and print their figures.

    python bench/run_all.py [--sqlite PATH] [--pg URL] [--skip-generate]

Builds the city-scale set (generate_data --scale city) in each database when it is empty, then runs
bench_overview.py, bench_bulletin.py and bench_import.py against it. Figures only; nothing asserts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def run(cmd: list[str], env: dict[str, str]) -> None:
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, cwd=ROOT, env=env, check=False)


def has_data(env: dict[str, str]) -> bool:
    probe = "import django;django.setup();from yuanqu.indicators.models import Figure;print(Figure.objects.count())"
    out = subprocess.run([PY, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True)
    return out.returncode == 0 and out.stdout.strip().isdigit() and int(out.stdout.strip()) > 1_000_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sqlite", default="/tmp/city.sqlite3")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432/yuanqu_city")
    args = parser.parse_args()
    for url in (f"sqlite:///{args.sqlite}", args.pg):
        env = {
            **os.environ,
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "PYTHONPATH": str(ROOT),
        }
        print(f"\n=== {url}")
        if url.startswith("postgres"):
            name = url.rsplit("/", 1)[1]
            subprocess.run(
                ["psql", url.rsplit("/", 1)[0] + "/postgres", "-qc", f"CREATE DATABASE {name}"], capture_output=True
            )
        run([PY, "manage.py", "migrate", "--noinput", "-v", "0"], env)
        if not has_data(env):
            run(
                [
                    "/usr/bin/time",
                    "-f",
                    "generate_data: %e s, peak %M KB",
                    PY,
                    "manage.py",
                    "generate_data",
                    "--scale",
                    "city",
                ],
                env,
            )
        run([PY, "bench/bench_overview.py"], env)
        if (ROOT / "bench/bench_bulletin.py").exists():
            run(["/usr/bin/time", "-f", "bulletin process peak %M KB", PY, "bench/bench_bulletin.py"], env)
    if (ROOT / "bench/bench_import.py").exists():
        run(
            ["/usr/bin/time", "-f", "import process peak %M KB", PY, "bench/bench_import.py"],
            {**os.environ, "PYTHONPATH": str(ROOT)},
        )


if __name__ == "__main__":
    main()
