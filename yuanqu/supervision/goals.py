"""Reading quantitative goals out of a task's text ("新增企业15家，累计达到140家", "增幅达到17%以上",
"不低于35万元", "比例达到100%", and the "1590/15" of an indicator row). Text is never guessed at: a
clause without a number and a unit of count or measure yields no goal."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from yuanqu.supervision.choices import Comparator

MEASURES = "亿元|万元|万美元|美元|元|平方公里|亩|家|个|户|栋|场|项|人|件|次|%"
GOAL = re.compile(
    r"(?P<before>[^，。；,;：:]*?)"
    r"(?P<verb>累计达到|达到|不低于|不少于|超过|不高于|不超过|控制在)?\s*"
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<measure>" + MEASURES + r")(?P<above>以上)?"
)
LEADING_WORDS = re.compile(r"^(?:\d{4}年|年|全年|力争|确保|推动|其中|并|均|产业园区|园区|重点工业园区)+")
RANGE_BEFORE = re.compile(r"\d+\s*[-—～~]\s*$")


@dataclass(frozen=True)
class ParsedGoal:
    metric: str
    comparator: str
    number: Decimal
    measure: str
    text: str


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def _metric(before: str, verb: str) -> str:
    words = re.sub(r"\s+", "", before)
    words = re.sub(r"[（(][^）)]*[）)]?", "", words)
    words = re.sub(r"^(?:[、，,\s]|\d+[.、])+", "", words)
    words = LEADING_WORDS.sub("", words)
    words = words.removesuffix("为").removesuffix("达")
    if verb == "累计达到":
        words = (words + "累计") if words else "累计"
    return words[-20:] or "目标"


def parse_goals(text: str) -> list[ParsedGoal]:
    """The quantitative goals a task's text states, in the order written."""
    out: list[ParsedGoal] = []
    for clause in re.split(r"[，。；;,]", _fold(text)):
        for m in GOAL.finditer(clause):
            before, verb = m.group("before"), m.group("verb") or ""
            if (
                RANGE_BEFORE.search(before)
                or re.search(r"(?:19|20)\d\d$", m.group("num"))
                and m.group("measure") == "年"
            ):
                continue
            if (
                not verb
                and not re.search(
                    r"(新增|引进|培育|推进|创建|举办|布局|完成|签约|开工|实施|净增|孵化)", before + clause[: m.start()]
                )
                and m.group("measure") != "%"
            ):
                continue
            if m.group("measure") == "%" and not (verb or m.group("above")):
                continue
            if m.group("above") and m.group("measure") != "%" and clause[m.end() :].strip(" )）"):
                continue  # "30亿元以上工业项目2个": the amount qualifies the project, the count is the goal
            comparator = Comparator.LTE if verb in {"不高于", "不超过", "控制在"} else Comparator.GTE
            out.append(
                ParsedGoal(
                    metric=_metric(before, verb),
                    comparator=comparator,
                    number=Decimal(m.group("num")),
                    measure=m.group("measure"),
                    text=m.group(0).strip(),
                )
            )
    return out


GROWTH_WORDS = re.compile(r"(增速|增幅)")


def _amount_label(growth_label: str) -> str:
    """ "社会消费品零售总额增速(%)" → "社会消费品零售总额(亿元)", the unit from the core catalogue."""
    from yuanqu.indicators.catalogue import catalogue_lookup

    metric = GROWTH_WORDS.split(re.sub(r"\([^()]*\)\s*$", "", growth_label))[0]
    entry = catalogue_lookup(metric)
    return f"{metric}({entry['unit']})" if entry else metric


INDICATOR_NUMBERS = re.compile(r"^\s*\d+(?:\.\d+)?(?:\s*/\s*\d+(?:\.\d+)?)*\s*$")


def parse_indicator_goals(name: str, content: str) -> list[ParsedGoal]:
    """ "GDP 总量（亿元）/增速（%）" with "1590/15" → GDP总量 ≥ 1590 亿元, 增速 ≥ 15 %."""
    content = _fold(content)
    if not INDICATOR_NUMBERS.match(content):
        return []
    numbers = [n.strip() for n in content.split("/")]
    labels = _fold(name).split("/")
    if len(labels) == 1 and len(numbers) == 2 and GROWTH_WORDS.search(labels[0]):
        # "社会消费品零售总额增速（%）" with "496/16.5": the table's convention is amount/growth, as
        # in the rows that name both; the amount takes the indicator's unit from the catalogue.
        labels = [_amount_label(labels[0]), labels[0]]
    elif len(labels) != len(numbers):
        labels = [_fold(name)] * len(numbers)
    out = []
    for label, number in zip(labels, numbers, strict=True):
        m = re.search(r"\(([^()]*)\)\s*$", label)
        measure = m.group(1) if m else ""
        metric = re.sub(r"\s+", "", label[: m.start()] if m else label)
        if not measure:
            measure = "%" if re.search(r"(增速|比重|占比|增幅)", metric) else ""
        out.append(ParsedGoal(metric or "目标", Comparator.GTE, Decimal(number), measure, f"{label}{number}"))
    return out
