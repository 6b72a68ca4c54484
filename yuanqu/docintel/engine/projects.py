"""Projects stated with an amount and a stage (签约, 开工, 投产, 落户), and enterprises named in the
text (listed before 等N家企业, or ending in 公司/集团), matched to known names when given."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from yuanqu.docintel.engine.numbers import NUM, as_json_number, base_value, parse_number

AMOUNT_RE = re.compile(
    rf"(?:总投资|计划投资|投资额?|总投入)\s*(?:约|超过|超|近)?\s*(?P<num>{NUM})\s*(?P<mag>万亿|亿|万)?\s*(?P<unit>美元|元)?"
)
STAGES = {
    "签约": "签约",
    "开工": "开工",
    "投产": "投产",
    "落户": "落户",
    "落地": "落户",
    "竣工": "投产",
    "引进": "落户",
}
STAGE_RE = re.compile("|".join(STAGES))
NAME_END_RE = re.compile(r"^[^，,。；;、（(]{2,30}(?:项目|产业园|基地|中心|工厂|生产线|园区|总部)")
SENTENCE_RE = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")
LISTED_RE = re.compile(
    r"((?:[\u4e00-\u9fffA-Za-z0-9]{2,12}、)*[\u4e00-\u9fffA-Za-z0-9]{2,12})等\s*\d+\s*家(?:企业|公司)"
)
COMPANY_RE = re.compile(
    r"(?:(?<=[，,、。；;：:“（(\s])|^)[\u4e00-\u9fff]{2,14}?(?:股份有限公司|有限责任公司|有限公司|集团|公司)(?=[，,、。；;”）)\s等])",
    re.M,
)
LEADING_VERB_RE = re.compile(r"^(?:签约|引进|推动|支持|服务|协助|协调|推荐|组织|为|对|与|其中|以及|和|及)+")


def extract_projects(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for sm in SENTENCE_RE.finditer(text):
        sentence = sm.group(0)
        stage_m = STAGE_RE.search(sentence)
        if not stage_m:
            continue
        for am in AMOUNT_RE.finditer(sentence):
            value = parse_number(am.group("num"))
            if value is None or (not am.group("mag") and not am.group("unit")):
                continue
            name = ""
            start = sm.start() + am.start()
            rest = sentence[am.end() :]
            if rest.startswith("的"):
                nm = NAME_END_RE.match(rest[1:])
                if nm:
                    name = nm.group(0)
            else:
                before = sentence[: am.start()]
                if before.endswith(("(", "（")):
                    cut = max(before.rfind(c, 0, len(before) - 1) for c in "、，,：:。；")
                    name = LEADING_VERB_RE.sub("", before[cut + 1 : -1].replace("其中", "")).strip()
                    start = sm.start() + cut + 1
            if not name:
                continue
            base, unit, currency = base_value(value, am.group("mag") or "", am.group("unit") or "元")
            stage_word = STAGE_RE.search(sentence[am.end() :]) or stage_m
            out.append(
                {
                    "name": name,
                    "amount": as_json_number(value),
                    "unit": unit,
                    "amount_base": as_json_number(base),
                    "currency": currency,
                    "stage": STAGES[stage_word.group(0)],
                    "start": start,
                    "end": sm.start() + am.end() + (1 + len(name) if rest.startswith("的") else 0),
                }
            )
    return out


def extract_enterprises(text: str, known: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Enterprises and units named in the text, each once, with every place it is mentioned; a name
    in ``known`` (name or alias → registry id) is reported with that id."""
    found: dict[str, dict[str, Any]] = {}

    def add(name: str, start: int, source: str, ref: Any = None) -> None:
        entry = found.setdefault(name, {"name": name, "ref": ref, "source": source, "spans": []})
        if ref is not None:
            entry["ref"] = ref
        entry["spans"].append([start, start + len(name)])

    for m in LISTED_RE.finditer(text):
        pos = m.start(1)
        for part in m.group(1).split("、"):
            clean = LEADING_VERB_RE.sub("", part)
            if len(clean) >= 2:
                add(clean, pos + len(part) - len(clean), "text")
            pos += len(part) + 1
    for m in COMPANY_RE.finditer(text):
        name = LEADING_VERB_RE.sub("", m.group(0))
        if len(name) >= 4:
            add(name, m.end() - len(name), "text")
    for name, ref in (known or {}).items():
        if len(name) < 2:
            continue
        for m in re.finditer(re.escape(name), text):
            add(name, m.start(), "registry", ref)
    for entry in found.values():
        entry["spans"].sort()
    return sorted(found.values(), key=lambda e: e["spans"][0][0])
