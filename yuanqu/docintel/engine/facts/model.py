"""What the fact reader builds: number mentions, names, facts, the reading state, and the two ways
a fact is made (``_new_fact``) or given a rate (``_attach``); shared by every part of the reader."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from yuanqu.docintel.engine.numbers import as_json_number

SENTENCE_RE = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")


CLAUSE_SPLIT_RE = re.compile(r"[，,：:\t]")


LIST_SPLIT_RE = re.compile(r"(?<=[%％元家个户人名栋件所套亩只）)])\s*、")


PAREN_RE = re.compile(r"[（(][^（()）]{0,40}[)）]")


@dataclass
class Mention:
    start: int
    end: int
    role: str  # value | growth | completion
    value: Decimal
    unit: str = ""
    value_base: Decimal | None = None
    currency: str = ""
    qualifier: str | None = None
    embedded: dict[str, Any] | None = None  # an embedded target "完成年计划710亿元的89.4%"
    label: str | None = None  # a name read after the number: 48家企业入选…, 引进10家外资企业
    kind_hint: str | None = None  # 11个项目近期投产 → estimate
    name_end: int | None = None  # where the name read after the number ends
    base: bool = False  # 在2025年到位资金138.9亿元的基础上: the base a goal builds on, an actual


@dataclass
class Fact:
    indicator: str
    label: str
    code: str | None
    kind: str
    year: int | None
    months: list[int]
    start: int
    end: int
    value: Decimal | None = None
    unit: str | None = None
    value_base: Decimal | None = None
    currency: str | None = None
    growth_pct: Decimal | None = None
    completion_pct: Decimal | None = None
    qualifier: str | None = None
    in_table: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self, text: str = "") -> dict[str, Any]:
        return {
            "indicator": self.indicator,
            "label": self.label,
            "code": self.code,
            "kind": self.kind,
            "year": self.year,
            "months": self.months,
            "value": as_json_number(self.value),
            "unit": self.unit,
            "value_base": as_json_number(self.value_base),
            "currency": self.currency or None,
            "growth_pct": as_json_number(self.growth_pct),
            "completion_pct": as_json_number(self.completion_pct),
            "qualifier": self.qualifier,
            "scope": self.extra.get("scope"),
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end] if text else "",
        }


AREA_UNITS = ("亩", "平方公里", "平方千米", "平方米", "㎡")


def _dimension(unit: str) -> str:
    if unit.endswith("元"):
        return "money"
    if unit == "%":
        return "percent"
    if unit.endswith(AREA_UNITS):
        return "area"
    return "count"


def _inside_parentheses(segment: str, pos: int) -> bool:
    opened = max(segment.rfind("（", 0, pos), segment.rfind("(", 0, pos))
    if opened < 0:
        return False
    closed = max(segment.rfind("）", 0, pos), segment.rfind(")", 0, pos))
    return closed < opened


@dataclass
class Name:
    label: str
    indicator: str
    code: str | None
    start: int
    verb: str = ""
    written: str = ""  # the word written at the number when the name is built from the clause before


@dataclass
class _State:
    mode: str  # review | plan
    year: int | None
    review_year: int | None
    pending_cue: str | None = None
    para_year: int | None = None
    subject: str | None = None  # the row subject of a target table (规模以上工业企业 | 新增40户)
    item_subject: str | None = None  # the park an enumerated item is about ((2)高标准建设智能制造产业园。)
    head_months: list[int] | None = None  # the period a title or heading names (2022年1-9月经济运行情况)
    head_cue: str | None = None  # 预计 in such a heading (预计1-4月主要指标)
    para_months: list[int] | None = None  # the period a paragraph last named (1-9月，…；…)
    pending_year: int | None = None  # the plan year of a goal list announced by a line ending in ：
    plan_year: int | None = None  # the year the document plans for (its title's, else the reviewed year + 1)
    review_section: bool = False  # under a top-level review heading (一、2024年工作回顾)
    plan_title: bool = False  # the document's title names a plan
    segment: str | None = None  # the industry an enumerated goal is for (1.高端装备产业：签约项目25个…)
    scope: str | None = None  # the sub-unit a line's figures are set for (1.青禾街道：规上工业产值增长12%…)
    clause_scope: str | None = None  # the sub-unit a clause opens with (青禾街道完成固定资产投资50亿元)
    own: str = ""  # the document's head (title, issuer): a unit named there is the zone itself
    year_list: list[tuple[int | None, list[int] | None]] | None = None  # the years a sentence's 分别 runs over
    share_items: tuple[str, list[str]] | None = None  # the industries or units a sentence's 分别 runs over
    topic: str | None = None  # the indicator a paragraph's sentences are about (固定资产投资方面，…)
    section_months: list[int] | None = None  # the period a section's paragraph opened with (前10个月，…)
    line_head: str | None = None  # the indicator a line is headed by ((一)地区生产总值：预期目标增长6%，…)
    prev_fact: Fact | None = None  # the last figure of the sentence before, when a 「；」 ended it
    from_to: tuple[str, str | None] | None = None  # the periods of a paragraph's last change (由2020年的…到2025年的…)
    # the prose lines about one park, (start, end, park): a table row restating one takes its park
    park_lines: list[tuple[int, int, str]] = field(default_factory=list)
    stated: list[Fact] = field(default_factory=list)  # the document's facts read so far
    doc_year: int | None = None  # the year the document starts from (``DocContext.start_year``)
    project_line: bool = False  # the line is headed by one named project (华拓铝箔项目：1-8月完成投资9.3亿元)


def _new_fact(
    name: Name,
    value: Mention | None,
    anchor: Mention,
    state: _State,
    cue: str | None,
    year: int | None,
    months: list[int] | None,
    sentence_year: int | None,
    sentence_months: list[int] | None,
    in_table: bool,
    pre: str,
) -> Fact:
    kind = cue or ("target" if state.mode == "plan" else "actual")
    written_year = year or sentence_year or state.para_year
    if (
        cue is None
        and kind == "target"
        and written_year
        and state.year
        and written_year < state.year
        and written_year <= (state.review_year or (state.doc_year - 1 if state.doc_year else written_year))
    ):
        # 2025年，全区实现…, in a plan for 2026: a figure of a year already closed; not 到2025年… in a plan
        # to 2027 that reviews 2023: a milestone on the way
        kind = "actual"
    fact = Fact(
        indicator=name.indicator,
        label=name.label,
        code=name.code,
        kind=kind,
        year=year or sentence_year or state.para_year or state.year,
        months=months
        or sentence_months
        or state.para_months
        # the period a title names is the figures' reviewed, not a goal's (a goal names its own: 力争上半年…)
        or (state.head_months if kind != "target" else None)
        or (state.section_months if kind != "target" and not written_year else None)
        or [1, 12],
        start=max(anchor.start - len(pre.lstrip(" -·•*\t")), 0),
        end=anchor.end,
        in_table=in_table,
    )
    if state.item_subject:
        fact.extra["subject"] = state.item_subject
    if re.match(r"\s*其中", pre):
        fact.extra["part"] = True  # 其中10亿元以上项目4个: a part of the figure before, no batch of its own
    if state.clause_scope or state.scope:
        fact.extra["scope"] = state.clause_scope or state.scope
    if state.segment:
        fact.extra["segment"], fact.extra["verb"] = state.segment, name.verb
        if name.written:
            fact.extra["written"] = name.written
    if value is not None and value.role == "value":
        fact.value, fact.unit, fact.value_base = value.value, value.unit, value.value_base
        fact.currency, fact.qualifier = value.currency, value.qualifier
    elif anchor.role == "growth":
        fact.qualifier = anchor.qualifier
    return fact


def _attach(fact: Fact, m: Mention, facts: list[Fact]) -> None:
    fact.end = max(fact.end, m.end)
    if m.role == "growth" and fact.growth_pct is None:
        fact.growth_pct = m.value
        if fact.value is None and m.qualifier:
            fact.qualifier = m.qualifier
    elif m.role == "completion" and fact.completion_pct is None:
        fact.completion_pct = m.value
        if m.embedded:
            # 重点项目完成投资128亿元，完成年计划168亿元的…: the plan is of the projects' investment
            planned = re.sub(r"(?<=项目)完成投资$", "投资", fact.label) if fact.code is None else fact.label
            target = Fact(
                indicator=fact.indicator if planned == fact.label else planned,
                label=planned,
                code=fact.code,
                kind="target",
                year=fact.year,
                months=[1, 12],
                start=m.start,
                end=m.end,
                in_table=fact.in_table,
            )
            target.extra["embedded"] = True
            if fact.extra.get("scope"):
                target.extra["scope"] = fact.extra["scope"]  # 电子信息产业办：…完成年度任务36亿元的86.8%
            target.value, target.unit = m.embedded["value"], m.embedded["unit"]
            target.value_base, target.currency = m.embedded["value_base"], m.embedded["currency"]
            facts.append(target)


def _last_stated(facts: list[Fact]) -> Fact | None:
    """The last fact a bare growth or completion rate can belong to: 完成年计划285亿元的94.2%，同比增长5.6%
    grows the figure completed, not the plan amount embedded in the completion."""
    for f in reversed(facts[-2:]):
        if not f.extra.get("embedded") and not f.extra.get("year_before"):
            return f
    return facts[-1] if facts else None


def _head(name: str) -> str:
    return re.sub(r"（[^（）]*）$", "", name)[-2:]


def _shared(a: str, b: str) -> int:
    """How many characters two names share: the nearer name is the likelier twin."""
    return len(set(a) & set(b))


def _figure_key(f: Fact) -> tuple:
    return (f.kind, f.year, f.value_base, f.growth_pct if f.value_base is None else None)


def same_figure(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind or a.year != b.year:
        return False
    if a.value_base is not None or b.value_base is not None:
        return (
            a.value_base == b.value_base
            and (a.unit or "")[-1:] == (b.unit or "")[-1:]
            and (a.indicator == b.indicator or _head(a.indicator) == _head(b.indicator))
        )
    return a.growth_pct == b.growth_pct and (a.indicator == b.indicator or _head(a.indicator) == _head(b.indicator))
