#!/usr/bin/env python3
"""Sanity checks for the unseen3 gold: every value / growth / completion string of every gold fact
must appear in its document text (after NFKC, so full-width digits match), with unit / qualifier
adjacency and bulletin arithmetic checked as well. Also checks that each listed distractor is in
the text and that no gold fact uses a distractor number with the distractor's unit."""
import json
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_gold import DOCS  # noqa: E402
from distractors import DISTRACTORS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR", msg)


def s(x):
    """number -> string as it would be written (no exponent)."""
    return format(Decimal(str(x)), "f")


for name, rows in DOCS.items():
    raw = (ROOT / "docs" / f"{name}.txt").read_text(encoding="utf-8")
    text = unicodedata.normalize("NFKC", raw)
    table_cells = [ln.split("\t") for ln in text.splitlines() if "\t" in ln]
    gold = json.loads((ROOT / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    assert gold["source"] == f"{name}.txt"
    assert len(gold["facts"]) == len(rows)
    n = len(raw)
    if not 2000 <= n <= 3500:
        err(f"{name}: length {n}")
    for row, f in zip(rows, gold["facts"]):
        assert set(f) == {"indicator", "kind", "year", "months", "value", "unit", "value_base",
                          "currency", "growth_pct", "completion_pct", "qualifier"}
        ind, kind, year, months, v, unit, g, c, q = row[:9]
        vtext = row[9] if len(row) > 9 else None
        tag = f"{name}:{ind}/{f['kind']}/{year}/{months}"
        in_table = [cells for cells in table_cells if cells[0].strip().replace("其中:", "").replace("其中：", "") == ind]
        if in_table:
            cells = [x.strip() for x in in_table[0]]
            if f["kind"] == "actual":
                if (v or "—") != cells[2] or unit not in (None, cells[1]):
                    err(f"{tag}: table value {cells[2]} {cells[1]} vs {v} {unit}")
                if (g or "—") != cells[3] or (c or "—") != cells[5]:
                    err(f"{tag}: table growth/completion {cells[3]}/{cells[5]} vs {g}/{c}")
            else:
                if v != cells[4] or unit != cells[1]:
                    err(f"{tag}: table target {cells[4]} vs {v}")
            continue
        # value
        if v is not None:
            if vtext:
                if vtext not in raw:
                    err(f"{tag}: value text {vtext!r} missing")
                if unicodedata.normalize("NFKC", vtext) == vtext:
                    pass  # Chinese numerals: nothing more to check
                elif f"{v}{unit}" not in text:
                    err(f"{tag}: {v}{unit} missing after NFKC")
            else:
                if f"{v}{unit}" not in text:
                    err(f"{tag}: '{v}{unit}' not in text")
                if q in ("突破", "超", "近", "约") and f"{q}{v}{unit}" not in text:
                    err(f"{tag}: qualifier {q} not before value")
                if q in ("以上", "左右") and f"{v}{unit}{q}" not in text:
                    err(f"{tag}: qualifier {q} not after value")
        # growth
        if g is not None:
            if g.startswith("x"):
                if f"增长{g[1:]}倍" not in text:
                    err(f"{tag}: 增长{g[1:]}倍 missing")
            elif g.startswith("-"):
                if f"下降{g[1:]}%" not in text:
                    err(f"{tag}: 下降{g[1:]}% missing")
            else:
                if f"{g}%" not in text:
                    err(f"{tag}: {g}% missing")
                if v is None and q in ("以上", "左右") and f"{g}%{q}" not in text:
                    err(f"{tag}: qualifier {q} not after growth")
        if c is not None and f"{c}%" not in text:
            err(f"{tag}: completion {c}% missing")
        # kind cue words near the value (weak check)
        if v is not None and not vtext:
            i = text.find(f"{v}{unit}")
            ctx = text[max(0, i - 60):i]
            if f["kind"] == "estimate" and "预计" not in text[max(0, text.rfind("\n", 0, i)):i]:
                err(f"{tag}: estimate without 预计 in paragraph")
    # arithmetic: completion = actual / target
    facts = gold["facts"]
    for f in facts:
        if f["completion_pct"] is None or f["kind"] == "target":
            continue
        tg = [t for t in facts if t["kind"] == "target" and t["indicator"] == f["indicator"]
              and t["year"] == f["year"] and t["value"] is not None]
        if not tg:
            print(f"note {name}: {f['indicator']} completion {f['completion_pct']} without target value")
            continue
        t = tg[0]
        assert t["unit"] == f["unit"]
        pct = (Decimal(s(f["value"])) / Decimal(s(t["value"])) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
        if pct != Decimal(s(f["completion_pct"])):
            err(f"{name}: {f['indicator']} {f['value']}/{t['value']} = {pct} != {f['completion_pct']}")
    # distractors
    for surface, num_, unit_, why in DISTRACTORS.get(name, []):
        if surface not in raw:
            err(f"{name}: distractor {surface!r} not in text")
        for f in facts:
            if num_ is not None and f["value"] is not None and s(f["value"]) == num_ and f["unit"] == unit_:
                err(f"{name}: gold fact {f['indicator']} uses distractor number {num_}{unit_}")
    # value_base arithmetic via Decimal
    mult = {"亿元": 10**8, "万元": 10**4, "亿美元": 10**8, "万美元": 10**4}
    for f in facts:
        if f["value"] is None:
            assert f["value_base"] is None and f["unit"] is None and f["currency"] is None
            continue
        m = mult.get(f["unit"], 1)
        assert Decimal(s(f["value_base"])) == Decimal(s(f["value"])) * m, f
        assert f["currency"] == ({"亿元": "CNY", "万元": "CNY", "亿美元": "USD", "万美元": "USD"}.get(f["unit"]))
    kinds = {k: sum(1 for f in facts if f["kind"] == k) for k in ("actual", "estimate", "target")}
    print(f"{name}: {len(facts)} facts {kinds}, {n} chars, {len(DISTRACTORS.get(name, []))} distractors listed")

print("OK" if not errors else f"{len(errors)} errors")
sys.exit(1 if errors else 0)
