"""The reader itself: paragraph by paragraph, sentence by sentence, clause by clause, each number is
named, given a kind and a period, and becomes a fact; then the document's facts are named after the
units and industries they are set for, and restated figures are dropped."""

from __future__ import annotations

import re

from yuanqu.docintel.engine import lexicon as lx
from yuanqu.docintel.engine.docmeta import DocContext
from yuanqu.docintel.engine.facts.context import (
    BATCH_SIZE_RE,
    LINE_HEAD_RE,
    STAGE_PREFIX_RE,
    _as_base,
    _breakdowns,
    _counted_batch,
    _from_clause_before,
    _growth_then_level,
    _head_name,
    _inherit,
    _list_item_name,
    _qualifying_share,
    _same_period_before,
    _specific_noun,
    _spending_name,
    _stated_before,
    _subject_name,
    _tier_name,
    _whole_of_part,
)
from yuanqu.docintel.engine.facts.lists import (
    BASE_DELTA_RE,
    FROM_TO_RE,
    INDUSTRY_HEAD_RE,
    PLAN_LIST_RE,
    _base_delta,
    _from_to,
    _industry_figure,
    _plan_list,
    _respectively,
)
from yuanqu.docintel.engine.facts.mentions import COMPLETION_RE, EARLIER_BRACKET_RE, GROWTH_TAIL_RE, find_mentions
from yuanqu.docintel.engine.facts.model import (
    CLAUSE_SPLIT_RE,
    LIST_SPLIT_RE,
    PAREN_RE,
    SENTENCE_RE,
    Fact,
    Mention,
    Name,
    _attach,
    _dimension,
    _figure_key,
    _inside_parentheses,
    _last_stated,
    _new_fact,
    _shared,
    _State,
    same_figure,
)
from yuanqu.docintel.engine.facts.names import (
    EARLY_PLAN_RE,
    ONE_PROJECT_SUBJECT_RE,
    PLAN_NOUN_RE,
    PROJECTS_RE,
    clean_name,
    resolve_name,
)
from yuanqu.docintel.engine.facts.sections import (
    ANNOUNCED_PERIOD_RE,
    FIGURE_RE,
    ITEM_LEAD_RE,
    ITEM_RE,
    PARA_ESTIMATE_RE,
    SENTENCE_YEAR_RE,
    TABLE_TAG_RE,
    _clause_months,
    _kind_of,
    _plan_year,
    _semicolon_cue,
    _update_head_period,
    _update_item_subject,
    _update_section,
    _update_section_months,
)
from yuanqu.docintel.engine.facts.units import (
    ASPECT_RE,
    CHAIN_CLAUSE_RE,
    CHAIN_ITEM_RE,
    SEGMENT_ITEM_RE,
    UNIT_CLAUSE_RE,
    UNIT_FIGURE_RE,
    UNIT_HEAD_ITEM_RE,
    UNIT_ITEM_RE,
    WHOLE_ZONE_RE,
    _carried_name,
    _document_head,
    _name_by_scope,
    _name_by_segment,
    _qualify_by_subject,
    _restated_park,
    _since_whole,
    _sub_unit,
    _topic_name,
)
from yuanqu.docintel.engine.periods import find_months, find_year


def extract_facts(text: str, context: DocContext) -> list[Fact]:
    """Every indicator fact of ``text`` in reading order (see the module docstring)."""
    state = _State(
        mode=context.mode,
        year=context.default_year,
        review_year=context.review_year,
        doc_year=context.start_year,
        plan_year=getattr(context, "plan_year", None),
        plan_title=getattr(context, "plan_title", False),
    )
    state.own = _document_head(text)
    facts: list[Fact] = []
    state.stated = facts
    pos = 0
    skip = context.task_table_lines
    for line_no, line in enumerate(text.split("\n")):
        line_start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        # （一）锂电新能源产业链。签约项目11个…: a chain with its own 链长 and 专班 is a sub-unit, not an industry
        chain = CHAIN_ITEM_RE.match(line) if line_no not in skip else None
        segment = SEGMENT_ITEM_RE.match(line) if line_no not in skip and not chain else None
        state.segment = lx.normalize(segment.group("seg")) if segment else None
        unit_item = (UNIT_ITEM_RE.match(line) or UNIT_HEAD_ITEM_RE.match(line)) if line_no not in skip else None
        state.scope = _sub_unit(unit_item.group("unit"), state) if unit_item else None
        if chain:
            state.scope = lx.normalize(chain.group("chain"))
        if line_no in skip:
            facts.extend(_table_row_facts(text, line, line_start, state))
            continue
        _update_section(line, state)
        body = ITEM_LEAD_RE.sub("", line, count=1)  # the paragraph after its item's heading, if any
        _update_section_months(line, body, state)
        _update_item_subject(line, state)
        if state.item_subject:
            state.park_lines.append((line_start, pos, state.item_subject))
        _update_head_period(line, state)
        if state.head_months is None and (announced := ANNOUNCED_PERIOD_RE.search(line)):
            state.head_months = find_months(announced.group("period"))  # 现将1-10月…情况通报如下
        in_table = "\t" in line
        state.para_months, state.topic, state.prev_fact, state.from_to = None, None, None, None
        state.project_line = bool(PROJECT_ITEM_RE.match(line)) and not GROUP_PROJECT_ITEM_RE.match(line)
        line_head = LINE_HEAD_RE.match(line) if not (segment or unit_item or chain) else None
        state.line_head = lx.normalize(line_head.group("name")) if line_head else None
        para_cue = "estimate" if PARA_ESTIMATE_RE.match(line) else state.head_cue
        item = ITEM_RE.match(line)
        list_year = None
        if para_cue is None and state.pending_cue and item:
            para_cue = state.pending_cue
            list_year = state.pending_year
        elif not re.match(r"^\s*(?:[-·•*])", line):
            state.pending_cue, state.pending_year = None, None
        head = line.split("：", 1)[0] if "：" in line[:60] else ""
        if head and _kind_of(head, state, None) == "target":
            para_cue = "target"
            if line.rstrip().endswith("："):
                state.pending_cue = "target"
                state.pending_year = _plan_year(head, state)
        # a paragraph opening with a year, after its item's heading or not: （二）谋划2019年工作。2019年，…
        para_year = find_year(body[:12]) if re.match(r"^\s*(?:#+\s*)?(?:(?:19|20)\d{2}|二〇)", body) else None
        state.para_year = para_year or list_year
        carried_cue: str | None = None
        for sm in SENTENCE_RE.finditer(line):
            found = _sentence_facts(
                text, line_start + sm.start(), line_start + sm.end(), state, para_cue or carried_cue, in_table
            )
            facts.extend(found)
            carried_cue = _semicolon_cue(sm.group(0), found, state, carried_cue)
            stated = [f for f in found if not f.extra.get("embedded")]
            if sm.group(0).rstrip().endswith(("；", ";")):
                state.prev_fact = stated[-1] if stated else state.prev_fact
            else:
                state.prev_fact = None
    _qualify_by_subject(facts, text)
    facts = _breakdowns(facts, text)
    _name_by_segment(facts)
    _name_by_scope(facts, text)
    _annual_plans(facts)
    facts = _drop_restated(_dedupe_table_facts(facts))
    return facts


def _table_row_facts(text: str, line: str, line_start: int, state: _State) -> list[Fact]:
    """The stated quantities of a target-task table row (目标名称 | 目标内容 | 牵头 | 责任单位) are
    targets of the plan year; a bare verb before a number (新增40户, 净增24户) takes the row's
    subject cell as its noun. The task tree itself is read by ``tasks``."""
    from yuanqu.docintel.engine.tasks import HEADER_RE, _is_units

    plain = TABLE_TAG_RE.sub("", line)
    if HEADER_RE.search(plain) or "<" in line:
        return []
    cells: list[tuple[int, int]] = []
    cursor = 0
    for part in line.split("\t"):
        if part.strip() and not _is_units(part):
            cells.append((line_start + cursor, line_start + cursor + len(part)))
        cursor += len(part) + 1
    if not cells:
        return []
    # the subject is the cell just before the first one stating a figure: in a table with a category
    # column (“企进规” | 规模以上工业企业 | 新增40户) it is the second cell, not the category
    texts = [text[a:b].strip() for a, b in cells]
    with_figure = next((i for i, t in enumerate(texts) if re.search(r"\d", t)), 0)
    first = texts[with_figure - 1] if with_figure > 0 else texts[0]
    subject = first if len(cells) > 1 and len(first) <= 20 and not re.search(r"\d", first) else None
    saved = (state.mode, state.subject, state.item_subject, state.para_year, state.head_months)
    state.mode, state.subject, state.para_year = "plan", subject, None
    state.item_subject = _restated_park(text, line, line_start, state)
    state.head_months = state.para_months = None
    out: list[Fact] = []
    try:
        for c_start, c_end in cells:
            for sm in SENTENCE_RE.finditer(text, c_start, c_end):
                out.extend(_sentence_facts(text, sm.start(), sm.end(), state, "target", True))
    finally:
        state.mode, state.subject, state.item_subject, state.para_year, state.head_months = saved
    return out


def _carry_period(text: str, start: int, end: int, state: _State) -> list[int] | None:
    """The period in force at this sentence from earlier sentences of its paragraph (1-9月，…增长8%；
    …增长10%: the second figure is of 1-9月 too), and what this sentence leaves in force: the last
    period it names; a sentence opening with a year alone (2025年，…) starts a full year."""
    carried = state.para_months
    sentence = text[start:end]
    if SENTENCE_YEAR_RE.match(sentence) and not find_months(sentence[:16]):
        carried = state.para_months = None
    if any(c in sentence for c in "月季年"):
        last = None
        for clause in CLAUSE_SPLIT_RE.split(PAREN_RE.sub("", sentence)):  # (11月底) is one figure's
            found = _clause_months(clause)
            if found:
                last = found
        if last and (last[0] == 1 or not (carried or state.section_months or state.head_months)):
            state.para_months = last  # but a slice of the period in force (9月当月) is its sentence's only
    return carried


def _sentence_facts(text: str, start: int, end: int, state: _State, para_cue: str | None, in_table: bool) -> list[Fact]:
    carried = _carry_period(text, start, end, state)
    mentions = find_mentions(text, start, end)
    if not mentions:
        return []
    saved_para = state.para_months
    state.para_months = carried
    state.clause_scope, state.year_list, state.share_items = None, None, None
    try:
        return _sentence_facts_in(text, start, end, state, para_cue, in_table, mentions)
    finally:
        state.para_months = saved_para
        state.clause_scope = None


def _sentence_facts_in(
    text: str, start: int, end: int, state: _State, para_cue: str | None, in_table: bool, mentions: list[Mention]
) -> list[Fact]:
    clauses = _clauses(text, start, end)
    sentence_cue: str | None = para_cue
    sentence_year: int | None = None
    sentence_months: list[int] | None = None
    facts: list[Fact] = []
    first_of_list: Fact | None = None
    sentence_facts_from = len(facts)
    prev_clause = ""
    one_project = False  # the sentence is about one named project (总投资58亿元的X项目建成投产，…)
    for c_start, c_end, list_pos in clauses:
        clause = text[c_start:c_end]
        before_clause, prev_clause = prev_clause, clause
        if ONE_PROJECT_SUBJECT_RE.match(clause):
            one_project = True
        elif WHOLE_ZONE_RE.match(clause) or UNIT_CLAUSE_RE.match(clause):
            one_project = False
        aspect = ASPECT_RE.match(clause)
        if aspect:
            state.topic = lx.normalize(aspect.group("topic"))  # 规上工业总产值方面，东湖片区完成452.3亿元
        opens = (
            UNIT_CLAUSE_RE.match(clause)
            or (CHAIN_CLAUSE_RE.match(clause) if FIGURE_RE.search(clause) else None)
            or (
                UNIT_FIGURE_RE.match(clause)
                # 其中：东区98.2亿元; …186.2亿元；西区装备制造园142.5亿元 after another unit's figure
                if "其中" in text[start:c_end] or (state.prev_fact is not None and state.prev_fact.extra.get("scope"))
                else None
            )
        )
        if opens and not in_table:
            state.clause_scope = _sub_unit(opens.group("unit"), state) or state.clause_scope
        elif WHOLE_ZONE_RE.match(clause):
            state.clause_scope = None
        c_mentions = [m for m in mentions if c_start <= m.start < c_end]
        year = find_year(EARLIER_BRACKET_RE.sub("", clause))  # （2024年末为1172家） dates one figure only
        months = _clause_months(clause)
        if months and c_mentions and not _inside_parentheses(clause, len(clause)):
            state.para_months = months  # 预计全年完成A，B，C: the later clauses are of 全年 too
            sentence_months = months  # 二季度，力争上半年A，B: the last period named governs
        if not c_mentions:
            if year:
                sentence_year = year
            if months:
                sentence_months = months
            cue = _kind_of(clause, state, None)
            if cue:
                sentence_cue = cue
            continue
        year_before = sentence_year
        if year and not any(m.base for m in c_mentions):
            # 2026年A力争120个，B突破600亿元: the year a clause names holds for the clauses after it, but
            # not the year of a base (在2025年…的基础上)
            sentence_year = year
        if PLAN_LIST_RE.search(clause) and _plan_list(clause, c_start, c_end, facts):
            continue
        if (
            FROM_TO_RE.search(clause)
            and _from_to(text, c_start, c_end, c_mentions, facts, state, sentence_cue, in_table)
        ) or (BASE_DELTA_RE.search(clause) and _base_delta(text, c_start, c_end, c_mentions, facts, state, in_table)):
            sentence_year = (
                year_before  # 由2024年末的198家增至236家，净增38家: the year of a start is no year of the rest
            )
            continue
        if ("分别" in clause or re.search(r"均(?:达到|达|为|增长|实现)", clause)) and _respectively(
            text,
            c_start,
            c_end,
            c_mentions,
            facts,
            state,
            sentence_cue,
            year or sentence_year,
            months or sentence_months,
            in_table,
        ):
            continue
        cursor = c_start
        current: Fact | None = None
        for m in c_mentions:
            pre = text[cursor : m.start]
            previous = current or _last_stated(facts)
            floor = previous is not None and "确保" in text[max(previous.start - 4, 0) : previous.end]
            tiered = _tier_name(pre, previous, floor)
            if (
                tiered
                and previous is not None
                and m.role == "value"
                and m.unit == "%"
                and previous.value is None
                and previous.growth_pct is not None
            ):
                m.role = "growth"  # 地区生产总值增长7%，拼搏8%: the higher tier's growth
            if tiered and m.role == "growth":
                current = _new_fact(
                    tiered, None, m, state, sentence_cue, year, months, sentence_year, sentence_months, in_table, pre
                )
                current.growth_pct = m.value
                facts.append(current)
                cursor = m.end
                continue
            if m.role in ("growth", "completion"):
                name_text = GROWTH_TAIL_RE.sub("", pre) if m.role == "growth" else COMPLETION_RE.sub("", pre)
                name = resolve_name(name_text, "", cursor, growth_only=True) if name_text.strip() else None
                if name is None and m.role == "growth":
                    name = _head_name(pre, m, state, cursor, previous)
                if name is None and m.role == "growth":
                    industry = INDUSTRY_HEAD_RE.match(name_text)
                    figure = _industry_figure(industry.group(1), facts) if industry else None
                    if figure is not None:
                        _attach(figure, m, facts)  # 新材料产业受…影响下降2.4%: that industry's figure
                        cursor = m.end
                        continue
                    again = current or _last_stated(facts)
                    if (
                        again is not None
                        and again.growth_pct is not None
                        and months
                        and months != again.months
                        and re.fullmatch(r"(?:其中)?(?:转为?|由负转正|回升为?|回落为?)?", clean_name(name_text)[0])
                    ):
                        # 一季度A同比下降3.1%，上半年转为增长4.2%: the same indicator, a later period; A增长9.3%，
                        # 其中3月当月增长11.2%: the same indicator, a month of the period
                        name = Name(again.label, again.indicator, again.code, cursor)
                    slowed = SLOWED_RE.match(before_clause) if cursor == c_start and not facts else None
                    if name is None and slowed and not clean_name(name_text)[0]:
                        # 一是工业投资增速放缓，1-11月仅增长2.1%: the figure the clause before says slowed
                        name = resolve_name(slowed.group("name"), "", cursor, growth_only=True)
                stated = _stated_before(facts, name, m, year, months) if name is not None else None
                if stated is not None:
                    # 到位资金分别完成156.8亿元和128.4亿元，其中2024年1-9月到位资金完成年计划的71.3%
                    _attach(stated, m, facts)
                    cursor = m.end
                    continue
                if name is None or (current and current.indicator == name.indicator):
                    target = current or _last_stated(facts)
                    if target is not None and target.extra.get("base") and m.role == "growth":
                        # 在上年286亿元的基础上，力争增长6%: the growth is the goal's, not the base's
                        name = Name(target.label, target.indicator, target.code, cursor)
                    else:
                        if target is not None:
                            _attach(target, m, facts)
                        cursor = m.end
                        continue
                cue = _kind_of(pre, state, None)
                if cue:
                    sentence_cue = cue
                current = _new_fact(
                    name, None, m, state, sentence_cue, year, months, sentence_year, sentence_months, in_table, pre
                )
                facts.append(current)
                if m.role == "growth":
                    current.growth_pct = m.value
                else:  # 完成年度预算的55%以上: a completion rate with no figure of its own
                    _attach(current, m, facts)
                    current.qualifier = current.qualifier or m.qualifier
                cursor = m.end
                continue
            if m.label:
                cue = _kind_of(pre, state, None)
                if cue:
                    sentence_cue = cue
                entry = lx.catalogue_match(m.label)
                named = Name(m.label, entry["name"] if entry else m.label, entry["code"] if entry else None, cursor)
                current = _new_fact(
                    named,
                    m,
                    m,
                    state,
                    m.kind_hint or sentence_cue,
                    year,
                    months,
                    sentence_year,
                    sentence_months,
                    in_table,
                    "",
                )
                current.end = max(current.end, m.name_end or m.end)
                facts.append(current)
                cursor = m.name_end or m.end
                continue
            if (
                prior := _same_period_before(pre, m, previous, state, in_table, facts[sentence_facts_from:])
            ) is not None:
                facts.append(prior)  # 增长12.7%（上年同期1.65亿美元）: the figure a year before
                cursor = m.end
                continue
            name_pre = re.sub(r"^(\s*)在(?:去年|上年|上一年)?", r"\1", pre) if m.base else pre
            name = resolve_name(name_pre, m.unit, cursor) if name_pre.strip() else None
            if (
                name is not None
                and not state.segment  # 2.新能源汽车产业：…协议总投资突破120亿元: the industry names it
                and BATCH_SIZE_RE.fullmatch(name.label)
                and (batch := _counted_batch(facts))
            ):
                # 新签约项目87个，…，协议总投资486.3亿元: the size of the batch just counted (签约总投资 of
                # signed projects is their 总投资)
                size = name.label[2:] if name.label.startswith("签约") and "签约" in batch.label else name.label
                name = Name(batch.label + size, batch.label + size, None, name.start, name.verb)
            if (
                name is not None
                and name.code is None
                and (state.project_line or (one_project and len(name.label) <= 4))
            ):
                cursor = m.end  # …X项目建成投产，当年实现产值12.3亿元 / X项目：完成投资9.3亿元: the project's own
                continue
            # 其中新开工38个、竣工投产21个: a later item of the list 其中 opened (only a later item need look)
            listed = (
                list_pos > 0
                and (opened := text.rfind("其中", start, c_start)) >= 0
                and not re.search(r"[，,；;）)]", text[opened:c_start])
            )
            if name is None and listed and STAGE_PREFIX_RE.fullmatch(stage := clean_name(pre)[0]):
                name = _whole_of_part(Name(stage, stage, None, cursor), pre, facts[sentence_facts_from:], listed)
            among = AMONG_RE.match(before_clause) if cursor == c_start else None
            if name is not None and among and name.label.endswith("项目") and not STAGE_PREFIX_RE.match(name.label):
                # 新签约项目中，先进制造业项目86个: those of the projects named before 中
                whole_stage = STAGE_PREFIX_RE.match(among.group("whole"))
                label = (whole_stage.group(0) if whole_stage else "") + name.label
                name = Name(label, label, None, name.start, name.verb)
            if name is not None and name.code is None and _dimension(m.unit) == "count":
                if not state.segment:  # 2.新能源汽车产业：签约项目20个，其中10亿元以上项目4个: the industry names it
                    name = _whole_of_part(name, pre, facts[sentence_facts_from:], listed) or name
                name = _specific_noun(name, text[start:c_start]) or name
            cue = _kind_of(pre, state, None)
            # 重点项目126个，年度计划投资215.6亿元，其中亿元以上项目98个: a plan named as a noun is a
            # goal itself, but the figures after it are not
            plan = PLAN_NOUN_RE.search(pre) or EARLY_PLAN_RE.search(pre)
            plan_noun = (
                cue == "target"
                and plan is not None
                and not _kind_of(pre[: plan.start()] + pre[plan.end() :], state, None)
            )
            if cue and not plan_noun:
                sentence_cue = cue
            if _growth_then_level(pre, m, name, facts[sentence_facts_from:], cursor == c_start):
                cursor = m.end
                continue
            if name is None:
                name = (
                    _head_name(pre, m, state, cursor, current)
                    or _inherit(pre, m, facts, current)
                    or _from_clause_before(
                        text, pre, m, before_clause if cursor == c_start else "", facts[sentence_facts_from:], cursor
                    )
                    or _spending_name(text, pre, m, start, end, c_end, cursor)
                    or _subject_name(pre, m, state.subject, cursor)
                    or _topic_name(pre, m, state, cursor)
                    or _carried_name(
                        pre, m, state, months, cursor, facts[sentence_facts_from:], _since_whole(text, start, m, facts)
                    )
                    or (_list_item_name(pre, m, first_of_list, cursor) if list_pos > 0 else None)
                )
                if name is None:
                    cursor = m.end
                    continue
            elif (
                list_pos > 0
                and first_of_list
                and first_of_list.label.startswith("新增")
                and not name.label.startswith("新增")
                and _dimension(m.unit) == "count"
            ):
                name = resolve_name("新增" + name.label, m.unit, name.start) or name
            own_cue = "target" if plan_noun else sentence_cue
            if (
                own_cue == "target"
                and cue is None
                and (
                    (months and months != [1, 12] and re.search(r"完成|实现|累计|已", pre))
                    or re.match(r"^[\s，,]*已(?!经?[^，,]*(?:计划|目标))", pre)  # 计划竣工投产32个，已竣工投产14个
                )
            ):
                # 年度计划投资158亿元，上半年完成投资91.3亿元: the months done are no goal, nor are the
                # figures after them (年度计划新签约40个，1-5月已签约31个，签约率77.5%)
                own_cue = None
                if sentence_cue == "target" and cue is None:
                    sentence_cue = None
            if (
                plan_noun
                and name is not None
                and re.fullmatch(r"(?:年度)?计划投资", name.label)
                and (batch := _counted_batch(facts[sentence_facts_from:])) is not None
            ):
                # 重点项目126个，年度计划投资215.6亿元: the goal of the projects' investment
                name = Name(batch.label + name.label, batch.label + name.label, None, name.start)
            if name.label == "完成投资":
                subject = next(
                    (PROJECTS_RE.match(f.label) for f in reversed(facts) if PROJECTS_RE.match(f.label)), None
                )
                if subject:  # 重点项目年度计划投资158亿元，上半年完成投资91.3亿元: the projects' investment
                    name = Name(subject.group(1) + "完成投资", subject.group(1) + "完成投资", None, name.start)
                elif (batch := _counted_batch(facts[sentence_facts_from:])) is not None:
                    # 列入省重点项目12个，完成投资41.6亿元: the investment of the projects just counted
                    label = batch.label + "完成投资"
                    name = Name(label, label, None, name.start)
            if name.label.startswith("目标") and len(name.label) > 2 and _dimension(m.unit) == "money":
                own_cue = "target"  # 目标基金规模687亿: a money name headed by 目标 is a target
            current = _new_fact(name, m, m, state, own_cue, year, months, sentence_year, sentence_months, in_table, pre)
            if m.base:
                _as_base(current, clause, year, state)
            if current.kind == "actual" and _qualifying_share(name, m, facts[sentence_facts_from:]):
                cursor = m.end
                continue
            if list_pos == 0:
                first_of_list = current
            facts.append(current)
            cursor = m.end
    return facts


# a line headed by one project, named, with its own figures after it: 华拓年产20万吨高端铝箔项目：1-8月…
PROJECT_LEAD = r"^\s*(?:[（(]?\d{1,2}[)）.．、]|[①-⑳])?\s*"
PROJECT_ITEM_RE = re.compile(rf"{PROJECT_LEAD}[^，,。；;：:\s]{{4,30}}?项目(?:[（(][^）)]{{1,8}}[)）])?\s*[：:]")
# …but a batch of projects heading its line is the zone's: 重点项目：, 省市重点项目：
GROUP_PROJECT_ITEM_RE = re.compile(
    rf"{PROJECT_LEAD}[^，,。；;：:\s]{{0,8}}?(?:重点|重大|签约|在建|新开工|储备|谋划)项目\s*[：:]"
)


# a clause naming the whole its next clause's count is part of: 新签约项目中，先进制造业项目86个
AMONG_RE = re.compile(r"^\s*(?P<whole>[^，,。；;：:\d]{2,12}项目)(?:之)?中\s*$")


# a clause saying a figure's growth slowed, before the growth itself: 一是工业投资增速放缓，
SLOWED_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]是)?(?P<name>[^，,。；;：:\d]{2,16}?)(?:增速|增长|增幅)(?:明显|有所|持续)?"
    r"(?:放缓|回落|趋缓|下滑|乏力|偏慢|较慢|不快)\s*$"
)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(start, end, position in a 、-list) of each clause of a sentence."""
    out: list[tuple[int, int, int]] = []
    cursor = start
    pieces = []
    for sep in CLAUSE_SPLIT_RE.finditer(text, start, end):
        pieces.append((cursor, sep.start()))
        cursor = sep.end()
    pieces.append((cursor, end))
    for c_start, c_end in pieces:
        clause = text[c_start:c_end]
        if "分别" in clause or "均" in clause:
            out.append((c_start, c_end, 0))
            continue
        sub = c_start
        position = 0
        for sep in LIST_SPLIT_RE.finditer(text, c_start, c_end):
            out.append((sub, sep.start(), position))
            sub = sep.end()
            position += 1
        out.append((sub, c_end, position))
    return out


ANNUAL_PLAN_RE = re.compile(r"^(?P<subject>.+项目)年度计划(?:完成)?投资$")


def _annual_plans(facts: list[Fact]) -> None:
    """重点项目年度计划投资158亿元 is the year's goal for the projects' investment: a target of the
    whole year, named as the investment completed against it is (重点项目完成投资)."""
    for f in facts:
        plan = ANNUAL_PLAN_RE.match(f.label)
        if plan and f.kind == "target" and f.code is None:
            f.indicator = f.label = plan.group("subject") + "完成投资"
            f.months = [1, 12]


def _drop_restated(facts: list[Fact]) -> list[Fact]:
    """Drop an end of a change (``_from_to``) that states again a figure read elsewhere: the same
    value, or for a rate the same growth of a figure of that period."""
    values, rates = set(), set()
    for f in facts:
        if not f.extra.get("restated"):
            values.add((f.indicator, f.kind, f.year, tuple(f.months), f.value_base))
            rates.add((f.indicator, f.kind, f.year, tuple(f.months), f.growth_pct))
    out = []
    for f in facts:
        key = (f.indicator, f.kind, f.year, tuple(f.months))
        if f.extra.get("restated") and (
            key + (f.value_base,) in values if f.value_base is not None else key + (f.growth_pct,) in rates
        ):
            continue
        out.append(f)
    return out


def _dedupe_table_facts(facts: list[Fact]) -> list[Fact]:
    """A table row restating a figure of the prose is not a new fact: a table fact with the value,
    kind and year of a prose fact whose name has the same head noun (…企业, …收入) is dropped, each
    prose fact answering for one table fact. The more specific name of the two is kept: one that
    names its park (…（园区）) over one that does not, else the longer one."""
    body: dict[tuple, list[Fact]] = {}
    for f in facts:
        if not f.in_table and not f.extra.get("segment"):  # one industry's goal is no twin of a total
            body.setdefault(_figure_key(f), []).append(f)
    used: set[int] = set()
    out: list[Fact] = []
    for f in facts:
        if not f.in_table:
            out.append(f)
            continue
        candidates = [b for b in body.get(_figure_key(f), ()) if id(b) not in used and same_figure(b, f)]
        twin = max(candidates, key=lambda b: (b.indicator == f.indicator, _shared(b.label, f.label)), default=None)
        if twin is None:
            out.append(f)
            continue
        used.add(id(twin))
        if twin.code is None and "（" not in twin.indicator and ("（" in f.indicator or len(f.label) > len(twin.label)):
            twin.indicator, twin.label, twin.code = f.indicator, f.label, f.code
    return out
