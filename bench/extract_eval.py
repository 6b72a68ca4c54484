"""Accuracy of the document engine on the gold set: precision, recall and F1 of facts, and over
matched facts the accuracy of year, months, growth_pct and completion_pct.

A predicted fact matches a gold fact when the indicator is the same (the same catalogue entry, or
one written name is a suffix of the other), the kind is the same, and value_base agrees within 0.1%
(or, for a fact with no value, growth_pct within 0.01). Each fact matches at most once.

    python bench/extract_eval.py [GOLD_DIR] [SEED_DIR]
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "yuanqu" / "docintel" / "tests" / "data" / "gold"
SEED_DIR = Path(os.environ.get("YUANQU_SEED_DIR", Path(__file__).resolve().parent.parent / "yuanqu/docintel/seeds"))


def _setup() -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


SCOPE_RE = re.compile(r"^(?P<base>.+?)（(?P<scope>[^（）]*[\u4e00-\u9fff][^（）]*)）$")  # not （FDI）


# brackets that say which figure of an indicator it is, not which unit: X（累计） is X累计
TIERS = ("拼搏目标", "预期目标", "奋斗目标", "挑战目标")
NOT_SCOPES = ("累计", *TIERS)
# a bracket holding only a generic word names no unit: 国家级现代化农业产业园（基地） 1个
GENERIC_NOUNS = ("基地", "园区", "平台", "集群", "中心")
# a stock named with or without its word for "number of": 高新技术企业总数 = 高新技术企业数 = 高新技术企业
# (关联上下游企业累计 = 关联上下游企业: a cumulative count is the stock itself)
STOCK_WORD_RE = re.compile(r"(?:总数|总量|数量|累计|(?<=[业目体构户])数)$")


def _scoped(name: str) -> tuple[str, str]:
    """(indicator, the unit it is set for): 固定资产投资（青禾街道） → (固定资产投资, 青禾街道). A unit and
    a target's tier may both be written, in either order: X（青禾街道）（拼搏目标） = X（拼搏目标）（青禾街道）."""
    scope, kept = "", ""
    while m := SCOPE_RE.match(name):
        word, name = m.group("scope"), m.group("base")
        if word in GENERIC_NOUNS or word in TIERS:
            continue  # another word for what is counted (农业产业园（基地）), or a tier the value tells apart
        if word in NOT_SCOPES:
            kept = word + kept  # X（累计） is X累计
        elif scope:
            return f"{name}（{word}）{kept}", scope  # a bracket that is part of the name itself
        else:
            scope = word
    return name + kept, scope


# words annotators write or leave out of the same name: 新增各类市场主体 = 新增市场主体, 省重点项目
# 完成投资 = 省重点项目投资, 重点项目年度计划投资 = 重点项目投资 (the kind tells the plan from the work done)
FILLER_RE = re.compile(r"各类|(?<=项目)(?:完成|(?:年度)?计划)(?=投资)|有效(?:期内)?(?=(?:国家)?高新技术企业)")
# quotation marks around a name part: 国家级专精特新“小巨人”企业 = 国家级专精特新小巨人企业
QUOTES_RE = re.compile(r"[“”‘’\"'「」『』]")
# the tier of a two-tier target, which the value already tells apart: 新登记市场主体（拼搏目标） 25058户
TIER_RE = re.compile(f"(?:{'|'.join(TIERS)})$")


# the change of a stock written either way: 规模以上工业企业较年初净增 = 净增规模以上工业企业
DELTA_NAME_RE = re.compile(
    r"^(?P<stock>.+?)(?:较|比)(?:年初|年底|上年末|上年底|去年底|去年末|上年|去年)(?P<verb>净增|新增|增加|净减|减少)$"
)


# a size threshold written before or after the stage of the projects it sorts: 在谈10亿元以上项目 =
# 10亿元以上在谈项目, 新签约亿元以上项目 = 亿元以上新签约项目
THRESHOLD_RE = re.compile(r"(?:超|过)?(?:\d+(?:\.\d+)?)?(?:千万|百亿|十亿|万|亿)?元(?:及)?以上")


def _plain(name: str) -> str:
    name = TIER_RE.sub("", QUOTES_RE.sub("", FILLER_RE.sub("", name)))
    delta = DELTA_NAME_RE.match(name)
    name = delta.group("verb") + delta.group("stock") if delta else name
    threshold = THRESHOLD_RE.search(name)
    if threshold and threshold.start() > 0:
        name = threshold.group(0) + name[: threshold.start()] + name[threshold.end() :]
    return name


def _same_name(na: str, nb: str) -> bool:
    def same(x: str, y: str) -> bool:
        return x == y or (len(min(x, y, key=len)) >= 2 and (x.endswith(y) or y.endswith(x)))

    return same(na, nb) or same(_plain(na), _plain(nb))


def _industry_form(scoped: tuple[str, str], other: str) -> bool:
    """签约项目（电子信息产业） names the same figure as 电子信息产业签约项目, and 签约项目（锂电产业链）
    as 锂电产业链签约项目."""
    base, scope = scoped
    return bool(re.search(r"(?:产业链|产业|行业|业)$", scope)) and other.startswith(scope) and len(other) > len(scope)


def _same_indicator(a: str, b: str) -> bool:
    from yuanqu.docintel.engine.lexicon import catalogue_match, normalize

    (a, scope_a), (b, scope_b) = _scoped(a), _scoped(b)
    if scope_a and not scope_b and _industry_form((a, scope_a), b):
        b, scope_b = b[len(scope_a) :], scope_a
    elif scope_b and not scope_a and _industry_form((b, scope_b), a):
        a, scope_a = a[len(scope_b) :], scope_b
    if normalize(scope_a) != normalize(scope_b):
        return False  # a figure set for one unit is its indicator for that unit: the bases compare as names do
    na, nb = normalize(a), normalize(b)
    if _same_name(na, nb) or _same_name(STOCK_WORD_RE.sub("", na), STOCK_WORD_RE.sub("", nb)):
        return True
    ea, eb = catalogue_match(na), catalogue_match(nb)
    return bool(ea and eb and ea["code"] == eb["code"])


def _close(a: Any, b: Any, *, rel: float = 0.0, absolute: float = 0.0) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= max(absolute, rel * abs(float(a)))


def _matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold["kind"] != pred["kind"] or not _same_indicator(gold["indicator"], pred["indicator"]):
        return False
    if gold.get("value_base") is not None:
        return _close(gold["value_base"], pred.get("value_base"), rel=0.001)
    return pred.get("value_base") is None and _close(gold.get("growth_pct"), pred.get("growth_pct"), absolute=0.01)


def score(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for one document: true positives, gold and predicted totals, and field agreement."""
    used: set[int] = set()
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for g in gold:
        # prefer the candidate nearest in the text, so repeated figures pair with their own place
        candidates = [
            (abs(p.get("start", 0) - g.get("start", 0)), i)
            for i, p in enumerate(predicted)
            if i not in used and _matches(g, p)
        ]
        if candidates:
            _, best = min(candidates)
            used.add(best)
            pairs.append((g, predicted[best]))
    fields = {
        "year": sum(g["year"] == p["year"] for g, p in pairs),
        "months": sum(list(g["months"]) == list(p["months"]) for g, p in pairs),
        "growth_pct": sum(_close(g.get("growth_pct"), p.get("growth_pct"), absolute=0.01) for g, p in pairs),
        "completion_pct": sum(
            _close(g.get("completion_pct"), p.get("completion_pct"), absolute=0.01) for g, p in pairs
        ),
    }
    missed = [g for g in gold if all(g is not pg for pg, _ in pairs)]
    extra = [p for i, p in enumerate(predicted) if i not in used]
    return {
        "tp": len(pairs),
        "gold": len(gold),
        "predicted": len(predicted),
        "fields": fields,
        "missed": missed,
        "extra": extra,
    }


def evaluate(gold_dir: Path = GOLD_DIR, seed_dir: Path = SEED_DIR) -> dict[str, Any]:
    """Run the engine on each seed that has a gold file and sum the scores."""
    _setup()
    from yuanqu.docintel.engine import extract_file

    total = {
        "tp": 0,
        "gold": 0,
        "predicted": 0,
        "fields": dict.fromkeys(("year", "months", "growth_pct", "completion_pct"), 0),
    }
    per_doc: dict[str, Any] = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(gold, list):  # a bare list of facts, for the document of the same stem
            gold = {"facts": gold}
        seed = seed_dir / gold.get("source", path.stem + ".txt")
        predicted = extract_file(seed)["facts"]
        result = score(gold["facts"], predicted)
        per_doc[path.stem] = result
        for key in ("tp", "gold", "predicted"):
            total[key] += result[key]
        for key, value in result["fields"].items():
            total["fields"][key] += value
    tp = total["tp"]
    precision = tp / total["predicted"] if total["predicted"] else 0.0
    recall = tp / total["gold"] if total["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = {k: (v / tp if tp else 0.0) for k, v in total["fields"].items()}
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "accuracy": accuracy,
        "totals": total,
        "documents": per_doc,
    }


def main(argv: list[str]) -> int:
    gold_dir = Path(argv[1]) if len(argv) > 1 else GOLD_DIR
    seed_dir = Path(argv[2]) if len(argv) > 2 else SEED_DIR
    result = evaluate(gold_dir, seed_dir)
    for name, doc in result["documents"].items():
        print(f"{name}: gold {doc['gold']}, predicted {doc['predicted']}, matched {doc['tp']}")
        for g in doc["missed"]:
            print(
                f"   missed  {g['kind']:8} {g['indicator']} {g.get('value')}{g.get('unit') or ''} g={g.get('growth_pct')}"
            )
        for p in doc["extra"]:
            print(
                f"   extra   {p['kind']:8} {p['indicator']} {p.get('value')}{p.get('unit') or ''} g={p.get('growth_pct')}"
            )
    t = result["totals"]
    print(f"facts: gold {t['gold']}, predicted {t['predicted']}, matched {t['tp']}")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}")
    print("over matched facts: " + ", ".join(f"{k} {v:.3f}" for k, v in result["accuracy"].items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
