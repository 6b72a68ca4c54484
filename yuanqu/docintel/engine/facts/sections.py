"""Sections, headings and periods: the kind a cue word gives (预计, 力争…), the period and year a title,
a heading or a paragraph's opening names, review and plan sections, and the periods a 分别 list runs
over."""

from __future__ import annotations

import re

from yuanqu.docintel.engine import lexicon as lx
from yuanqu.docintel.engine.facts.model import Fact, _State
from yuanqu.docintel.engine.periods import find_months, find_year

TARGET_CUE_RE = re.compile(
    r"力争|确保|(?<![人才动])计划(?![”\"、，。）)]|$|总投资|[\u4e00-\u9fff]{0,4}的|[^，,。；;\d]{1,10}率)|"
    # 争取各级扶持资金4260万元: funds secured, not a goal (a goal by the plan it is in)
    r"争取(?![^，,。；;\d]{0,8}?(?:资金|债券|补助|奖补|奖励|专项|支持))|拼搏|预期|目标(?:是|为|[：:]|任务|值)|目标$"
)


def _kind_of(cue_text: str, state: _State, sentence_cue: str | None) -> str | None:
    """estimate for 预计 (DOMAIN §9.3), target for 力争/确保/计划/目标是…; 目标 as a modifier
    (目标企业) is no cue."""
    for word in lx.ESTIMATE_CUES:
        if word in cue_text:
            return "estimate"
    if TARGET_CUE_RE.search(cue_text.strip()):
        return "target"
    return sentence_cue


HEADING_RE = re.compile(
    r"^\s*(?:#+\s*)?(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+\s|第[一二三四五六七八九十]+[部分章])"
)


# an enumerated item: 1. / 1、 / (1) / （一） / 一、 / ① / - (a goal of a goal list, one a line)
ITEM_RE = re.compile(
    r"^\s*(?:[-·•*]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,2}\s*[.．、)）](?!\d)"
    r"|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳])"
)


FIGURE_RE = re.compile(r"\d\s*(?:[%％]|万|亿|元|家|个|户|人)")


NEXT_YEAR_RE = re.compile(r"明年|下一?年度?|来年")


def _plan_year(head: str, state: _State) -> int | None:
    """The year a goal list is for: written (2025年主要目标：), or 明年 after the reviewed year."""
    year = find_year(head)
    if year is None and NEXT_YEAR_RE.search(head):
        base = state.review_year or state.year
        year = base + 1 if base else None
    return year


DATE_LINE_RE = re.compile(r"^[（(]?\s*(?:(?:19|20)\d{2}|二〇\S{2})\s*年\s*\S{1,2}\s*月\s*\S{1,3}\s*日\s*[)）]?$")


def _update_head_period(line: str, state: _State) -> None:
    """A title or heading that names a period (2022年1-9月经济运行情况, 一季度…简报, 前三季度…, 上半年…,
    预计1-4月…) governs the figures below it until another heading names a period or a year; a
    heading naming only a year (2025年主要目标) starts a full year. Headings stating figures are
    items, not headings."""
    stripped = line.strip().lstrip("#").strip()
    if (
        not stripped
        or DATE_LINE_RE.match(stripped)  # （2024年4月15日）: the date the report was signed
        or len(stripped) > 90  # a long title is still a title: 关于…2023年1-9月经济运行情况和…的报告
        or re.search(r"[。；;，,]$", stripped)
        or "\t" in stripped
        or FIGURE_RE.search(stripped)
    ):
        return
    months = find_months(stripped)
    if months:
        state.head_months = months
        state.head_cue = "estimate" if re.search(r"预计|预估", stripped) else None
        return
    year = find_year(stripped[:30])
    if year is None and NEXT_YEAR_RE.search(stripped) and any(w in stripped for w in lx.PLAN_WORDS):
        base = state.review_year or state.year
        if base:
            year = base + 1
            state.mode, state.year = "plan", year
    plan_head = any(w in stripped for w in lx.PLAN_WORDS) and not any(w in stripped for w in lx.REVIEW_WORDS)
    if year or plan_head:  # 二、下一步工作打算: the plan is of the whole year, not of the months reviewed
        state.head_months, state.head_cue = None, None


# the sentence that announces a report names its period when the title does not: 现将2026年1-10月全区
# 招商引资工作情况通报如下
ANNOUNCED_PERIOD_RE = re.compile(
    r"现将(?:(?:19|20)\d{2}\s*年度?)?(?P<period>1\s*[-—–~至到]\s*\d{1,2}\s*月份?|前三季度|上半年|第?一季度|前\d{1,2}个月)"
    r"[^。；;]{0,40}?(?:通报|汇报|报告|分析|总结|报送)如下"
)


def _update_section_months(line: str, body: str, state: _State) -> None:
    """A paragraph opening with a period (前10个月，全区新签约…) sets it for the paragraphs of its
    section that name none: （二）资金到位稳步增长。招商引资实际到位资金76.4亿元 is of the first ten months
    too. A heading, or a paragraph opening with another period or a year, ends it."""
    if _is_heading(line):
        state.section_months = None
        return
    opening = re.split(r"[，,。；;]", body.strip(), maxsplit=1)[0]
    if len(opening) > 12:
        return
    months = find_months(opening)
    if months:
        state.section_months = months if months != [1, 12] else None
    elif find_year(opening):
        state.section_months = None


def _is_heading(paragraph: str) -> bool:
    stripped = paragraph.strip().lstrip("#").strip()
    if not stripped:
        return False
    return len(stripped) <= 40 and not re.search(r"[。；;，,]$", stripped) and "\t" not in stripped


# the mark of an enumerated item: （一） (1) 一、 1. ①
ITEM_MARK = (
    r"(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[①-⑳])"
)


# an item's mark and heading before its text: （一）签约项目量质齐升。前10个月，…
ITEM_LEAD = rf"{ITEM_MARK}\s*[^。；;，,]{{2,30}}[。：:]"


ITEM_LEAD_RE = re.compile(rf"^\s*{ITEM_LEAD}")


# a paragraph that opens with 初步预计, or whose item heading is followed by it: （一）经济运行稳中向好。初步预计，…
PARA_ESTIMATE_RE = re.compile(
    rf"^\s*(?:[-·•]\s*)?(?:{ITEM_LEAD}\s*)?(?:[^，,。；;]{{2,10}}(?:看|来看|方面)\s*[，,]\s*)?初步预计"
)  # 分园区看，初步预计…: a view's opening words before it


LEADING_CUE_RE = re.compile(
    r"^\s*(?:(?:综合判断|综合测算|经测算|据测算|总体来看|总体看|从目前情况看)\s*[，,]\s*)?"
    r"(?:(?:(?:19|20)\d{2}\s*年度?|全年|今年|年内|第?[一二三四]季度|上半年|前三季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月份?)"
    r"\s*[，,]?\s*)*(?P<cue>初步预计|预计|预估|力争|确保|争取)"
)


def _semicolon_cue(sentence: str, found: list[Fact], state: _State, carried: str | None = None) -> str | None:
    """预计1-4月A可达252亿元；B完成57亿元；C约22亿元。: a 预计/力争 that governs the first part of a
    sentence governs the parts after its semicolons too, until the full stop. Only a cue written in
    the part, or carried into it, and given to all its facts is carried on."""
    if not found or not sentence.rstrip().endswith(("；", ";")):
        return None
    if carried and all(f.kind == carried for f in found):
        return carried
    lead = LEADING_CUE_RE.match(sentence)
    if not lead:
        return None  # A预计完成…；B完成3家: a cue after each name governs only its own figure
    cue = _kind_of(lead.group("cue"), state, None)
    if cue and all(f.kind == cue for f in found):
        return cue
    return None


TABLE_TAG_RE = re.compile(r"</?[a-zA-Z][^>]*>")


ITEM_HEAD_RE = re.compile(
    r"^\s*(?:[（(]\s*\d{1,2}\s*[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]+、)\s*"
    r"(?P<head>[^。；;，,]{2,30}?)[。；;]"
)


PARK_RE = re.compile(
    r"(?:建设|开发|打造|推进|聚合|构建|提升|发展|建好|做强)(?P<park>[^，,。；;建开打推聚构提发]{2,12}?(?:产业园|园区|基地|示范区|产业区|创新园|科技园|工业园))$"
)


ANAPHOR_RE = re.compile(r"^(?:产业园区|园区|基地|该园区|本园区|该基地)")


def _update_item_subject(line: str, state: _State) -> None:
    """An enumerated item whose heading names a park, (2) 高标准建设智能制造产业园。, is about that
    park: its 园区/基地 mean the park. Any other item or heading ends it."""
    head = ITEM_HEAD_RE.match(line)
    if head:
        park = PARK_RE.search(head.group("head"))
        state.item_subject = lx.normalize(park.group("park")) if park else None
    elif _is_heading(line) or HEADING_RE.match(line):
        state.item_subject = None


# a section heading's numbering (一、 （一） 1． (1) ① 第一部分), cut before the heading is classed
HEAD_NUMBER_RE = re.compile(
    r"^\s*(?:#+\s*)?(?:<b>)?\s*(?:第[一二三四五六七八九十]+(?:部分|章|节)|[一二三四五六七八九十]{1,3}\s*[、.．]"
    r"|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,2}\s*[.．、)）]?(?!\d)|[①-⑳])?\s*"
)


# a goal section: its heading is a noun phrase ending in a plan noun (主要目标, 经济发展目标, 重点任务,
# 下一步工作打算, 2025年工作目标); a heading that acts (聚焦重点任务, 完成目标任务) is no section of goals
GOAL_HEAD_RE = re.compile(r"(?:目标|任务|计划|打算|安排|思路|要点|展望|谋划)(?:及|和|与)?(?:措施|举措|指标|重点)?$")


GOAL_HEAD_VERB_RE = re.compile(
    r"聚焦|围绕|紧扣|紧盯|锚定|落实|完成|推进|抓好|狠抓|坚持|强化|突出|确保|实现|超额|全面|扎实|加快|着力|聚力|对标"
)


# a review section: 2024年工作回顾, 目标任务完成情况, 主要成效, 2023年主要工作 (a year before the plan's)
REVIEW_HEAD_RE = re.compile(
    r"回顾|总结|回眸|情况$|完成情况|运行情况|工作情况|进展情况|执行情况|开展情况|成效|成绩|成果|主要做法|"
    r"发展基础|发展现状|现实基础|基础条件"  # a plan's chapter on where the zone stands (第一章 发展基础)
)


SUB_HEAD_RE = re.compile(
    r"^\s*(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|\d{1,2}\s*[.．、)）](?!\d)|[①-⑳])"
)


def _heading_core(line: str) -> str:
    stripped = TABLE_TAG_RE.sub("", line).strip()
    return HEAD_NUMBER_RE.sub("", stripped, count=1).strip().lstrip("#").strip()


def _section_kind(core: str) -> str | None:
    """review | plan | None for the text of a heading (numbering cut)."""
    if "，" in core or "," in core or len(core) > 40:
        return None
    if REVIEW_HEAD_RE.search(core):
        return "review"
    bare = re.sub(r"(?:(?:19|20)\d{2}|二〇[〇零一二三四五六七八九]{2})\s*年(?:度)?", "", core)
    if re.search(r"\d", bare) or len(bare) > 14 or GOAL_HEAD_VERB_RE.search(bare):
        return None
    return "plan" if GOAL_HEAD_RE.search(bare) else None


def _goal_year(state: _State) -> int | None:
    """The year of a goal section whose heading names none: the plan year already in force, else the
    document's plan year, else the year after the one reviewed."""
    if state.mode == "plan" and state.year and (state.plan_year is None or state.year >= state.plan_year):
        return state.year
    if state.plan_year:
        return state.plan_year
    if state.review_year:
        return state.review_year + 1
    return state.year


def _update_section(line: str, state: _State) -> None:
    """The section state machine: a heading that names a goal section (三、主要目标, （一）经济发展目标,
    二、2025年工作目标, 四、重点任务, 二、下一步工作打算) makes the figures under it targets of its year
    (the heading's, else the plan year); a review heading (一、2024年工作回顾, …完成情况, 主要成效, or a
    year before the plan year: 2023年主要工作) makes them actuals of its year, in any document."""
    stripped = line.strip().lstrip("#").strip()
    if DATE_LINE_RE.match(stripped):
        return  # 2025年1月20日 under the title: the day the report was signed, no section of that year
    year = find_year(stripped[:30])
    if _is_heading(stripped) or HEADING_RE.match(line):
        if FIGURE_RE.search(stripped) or len(stripped) > 40:
            return  # an item stating a figure (1）地区生产总值比2023年增长6.5%) is no heading
        top = not SUB_HEAD_RE.match(TABLE_TAG_RE.sub("", stripped))
        kind = _section_kind(_heading_core(stripped))
        if year:
            if kind == "review":
                state.mode, state.year = "review", year
            elif kind == "plan":
                state.mode, state.year = "plan", year
            else:
                _year_heading(stripped, year, state)
        elif kind == "plan" and (top or (state.plan_title and not state.review_section)):
            # a sub-heading of a review section (（一）经济发展目标 under 一、2024年工作回顾) reviews goals,
            # and so does one in a document titled as a review only
            state.mode, state.year = "plan", _goal_year(state)
        elif kind == "review":
            reviewed = state.review_year or (state.plan_year - 1 if state.plan_year else None)
            if state.mode == "plan" and state.year and reviewed and state.year <= reviewed:
                reviewed = state.year  # 上半年完成情况 within a plan of the same year
            state.mode, state.year = "review", reviewed or state.year
        if top:
            state.review_section = (
                state.mode == "review"
                and kind == "review"
                or (bool(year) and state.mode == "review" and kind is None and state.plan_year is not None)
            )
        return
    if year and re.match(r"^\s*(?:(?:19|20)\d{2})\s*年", stripped) and state.review_year:
        if year > state.review_year:
            state.mode, state.year = "plan", year
        elif state.mode == "review":
            state.year = year


def _year_heading(stripped: str, year: int, state: _State) -> None:
    """A heading naming a year and neither a goal nor a review section (2025年主要工作)."""
    if any(w in stripped for w in lx.PLAN_WORDS) and not any(w in stripped for w in lx.REVIEW_WORDS[:3]):
        state.mode, state.year = "plan", year
    elif any(w in stripped for w in lx.REVIEW_WORDS):
        state.mode, state.year = "review", year
    else:
        state.year = year
        if state.review_year and year > state.review_year:
            state.mode = "plan"
        elif state.plan_year and year < state.plan_year:
            state.mode = "review"


SENTENCE_YEAR_RE = re.compile(r"^\s*(?:(?:19|20)\d{2}|二〇[一二三四五六七八九〇零]{2})\s*年")


PLAN_OF_YEAR_RE = re.compile(r"(?:完成|达到|占|为)[^，,。；;]{0,6}?(?:全年|年度|年)(?:目标|计划|预算|任务)")


def _clause_months(clause: str) -> list[int] | None:
    """The period a clause names; 完成全年目标35家的77.1% names the plan a figure is measured
    against, not the figure's period."""
    return find_months(COMPARED_PERIODS_RE.sub("", PLAN_OF_YEAR_RE.sub("", clause)))


# the periods of a year a 分别 list names, with or without the year before them
LIST_PERIODS = r"(?:1|一)\s*[-—–~至到]\s*\d{1,2}\s*月份?|第?[一二三四]季度|上半年|前三季度"


YEAR_ITEM_RE = re.compile(rf"(?P<year>(?:19|20)\d{{2}})\s*年?(?:度)?\s*(?P<months>{LIST_PERIODS})?")


YEAR_LIST_RE = re.compile(rf"(?:{YEAR_ITEM_RE.pattern}\s*[、和及与至]?\s*)+")


# a month alone (3月、4月、5月当月): that month
SINGLE_MONTH_ITEM = r"(?<![\d\-—–~至到])(\d{1,2})\s*月份?(?:当月|单月)?"


SINGLE_MONTH_ITEM_RE = re.compile(SINGLE_MONTH_ITEM)


PERIOD_ITEM_RE = re.compile(rf"{LIST_PERIODS}|前\d{{1,2}}个月|{SINGLE_MONTH_ITEM}")


# periods compared against (开工率较1-3月、1-4月分别提高…) are no period of the figures
COMPARED_PERIODS_RE = re.compile(
    rf"(?:较|比)\s*(?:{PERIOD_ITEM_RE.pattern})(?:\s*[、和及与]\s*(?:{PERIOD_ITEM_RE.pattern}))*"
)


PERIOD_LIST_RE = re.compile(rf"(?:{PERIOD_ITEM_RE.pattern})(?:\s*[、和及与]\s*(?:{PERIOD_ITEM_RE.pattern}))+")


def _year_list(head: str) -> list[tuple[int | None, list[int] | None]]:
    """The years a 分别 list runs over, each with the months written at it (2023年、2024年1-9月), or
    the periods of the year in force (一季度、上半年、前三季度)."""
    found = YEAR_LIST_RE.search(head)
    if not found:
        periods = PERIOD_LIST_RE.search(head)
        if periods is None or re.search(r"[比较与]\s*$", head[: periods.start()]):
            return []  # 增速比一季度、上半年分别提高3.2个和1.5个百分点: the bases of a comparison
        return [
            (
                None,
                [int(one.group(1))] * 2
                if (one := SINGLE_MONTH_ITEM_RE.fullmatch(m.group(0)))
                else find_months(m.group(0)),
            )
            for m in PERIOD_ITEM_RE.finditer(periods.group(0))
        ]
    items: list[tuple[int | None, list[int] | None]] = [
        (int(m.group("year")), find_months(m.group("months")) if m.group("months") else None)
        for m in YEAR_ITEM_RE.finditer(found.group(0))
    ]
    if any(months for _, months in items):
        items = [(y, months or [1, 12]) for y, months in items]
    return items
