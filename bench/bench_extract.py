"""Speed of the document engine: characters per second on plain text (the seeds, repeated), the
time to read and extract a generated 100-page text PDF, and peak memory (tracemalloc and RSS).

    python bench/bench_extract.py
"""

from __future__ import annotations

import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
SEED_DIR = Path(os.environ.get("YUANQU_SEED_DIR", Path(__file__).resolve().parent.parent / "yuanqu/docintel/seeds"))


def _reference() -> float:
    """Seconds for a fixed pure-Python loop: figures from different machines compare through it."""
    started = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - started


def main() -> int:
    from yuanqu.docintel.engine import extract_text
    from yuanqu.docintel.engine.reader import read_bytes
    from yuanqu.docintel.tests.pdfgen import make_pdf

    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt")))
    text = "\n".join([seeds] * 20)
    print(f"machine reference: a 10-million-step Python loop takes {_reference():.2f} s")
    extract_text(seeds)  # warm the catalogue index and regex caches
    times = []
    for _ in range(3):  # timed without tracemalloc, which slows Python code severalfold
        started = time.perf_counter()
        result = extract_text(text)
        times.append(time.perf_counter() - started)
    elapsed = sorted(times)[1]
    tracemalloc.start()
    extract_text(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"plain text: {len(text):,} chars in {elapsed:.2f} s (median of 3) = {len(text) / elapsed:,.0f} chars/s, "
        f"{len(result['facts'])} facts, peak traced memory {peak / 2**20:.1f} MB"
    )

    lines = [line[:40] for line in seeds.split("\n") if line.strip()]
    pages = [lines[(i * 45) % len(lines) :][:45] or lines[:45] for i in range(100)]
    pdf = make_pdf(pages)
    started = time.perf_counter()
    read = read_bytes(pdf, "bench.pdf")
    read_s = time.perf_counter() - started
    pdf_result = extract_text(read.text)
    total = time.perf_counter() - started
    print(
        f"100-page PDF ({len(pdf) / 2**10:.0f} KB, {len(read.text):,} chars): read {read_s:.2f} s, read + extract {total:.2f} s, {len(pdf_result['facts'])} facts"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
