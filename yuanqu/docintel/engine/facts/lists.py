"""Lists: 分别 shares numbers out over years, periods, units, industries, kinds or names written as a
list, and changes told by their two ends (由…增至…) or by a base and its change give a figure for each
end."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from yuanqu.docintel.engine.facts.mentions import CHANGE_VERBS, DELTA_VERBS, GROWTH_TAIL_RE
from yuanqu.docintel.engine.facts.model import Fact, Mention, Name, _attach, _dimension, _last_stated, _new_fact, _State
from yuanqu.docintel.engine.facts.names import clean_name, resolve_name
from yuanqu.docintel.engine.facts.sections import PERIOD_LIST_RE, YEAR_LIST_RE, _kind_of, _year_list
from yuanqu.docintel.engine.facts.units import _list_items, _listed_units, _unit_group, _units_then_noun
from yuanqu.docintel.engine.numbers import NUM, base_value, parse_number
from yuanqu.docintel.engine.periods import find_months, find_year

# a change told by its two ends: 高新技术企业由2022年底的118家增加到2024年9月底的165家 /
# 规模以上工业总产值增速由一季度的13.5%回落至上半年的10.4%
FROM_TO_RE = re.compile(
    r"由(?:(?P<p1>[^，,。；;的由]{2,14})的)?\s*\d[^，,。；;]{0,16}?"
    rf"(?:{CHANGE_VERBS})(?:到|至|为)(?:(?P<p2>[^，,。；;的\d]{{0,4}}\d[^，,。；;的]{{1,12}}|[^，,。；;的\d]{{2,8}})的)?\s*\d"
)


RATE_NAME_RE = re.compile(r"(?:增速|增幅|增长率|增长速度)$")


# the plans of the figures just stated, shared out: 新签约项目47个，签约金额386.2亿元，分别完成年计划
# 80个、600亿元的58.8%和64.4% / …分别完成年度目标任务45亿元、40亿元的54.1%、49.7%
PLAN_LIST_RE = re.compile(
    r"分别完成(?:了)?(?:全?年|年度|全年)?(?:计划|目标|任务){1,2}\s*(?P<amounts>\d[^，,。；;]*?)的\s*"
    r"(?P<rates>\d[\d.]*\s*[%％](?:\s*[、和及与]\s*\d[\d.]*\s*[%％])+)"
)


PLAN_AMOUNT_RE = re.compile(rf"(?P<num>{NUM})\s*(?P<mag>万亿|亿|万)?\s*(?P<unit>美元|元|家|个|项|户|亩)?")


def _plan_list(clause: str, c_start: int, c_end: int, facts: list[Fact]) -> bool:
    """Each rate completes the figure stated in the same place of the sentence, and each amount is
    that figure's plan: a target fact of the whole year, as 完成年计划X的Y% gives one."""
    found = PLAN_LIST_RE.search(clause)
    if found is None:
        return False
    amounts = [a for a in re.split(r"\s*[、和及与]\s*", found.group("amounts").strip()) if a]
    rates = re.findall(r"\d[\d.]*", found.group("rates"))
    stated = [f for f in facts if not f.extra.get("embedded") and f.completion_pct is None]
    if len(amounts) != len(rates) or len(stated) < len(rates):
        return False
    parsed: list[dict[str, Any]] = []
    for amount in amounts:
        m = PLAN_AMOUNT_RE.fullmatch(amount)
        value = parse_number(m.group("num")) if m else None
        if m is None or value is None:
            return False
        base, unit, currency = base_value(value, m.group("mag") or "", m.group("unit") or "")
        parsed.append({"value": value, "unit": unit, "value_base": base, "currency": currency})
    for f, plan in zip(stated[-len(rates) :], parsed, strict=True):
        if plan["unit"] and f.unit and _dimension(plan["unit"]) != _dimension(f.unit):
            return False
    for f, plan, rate in zip(stated[-len(rates) :], parsed, rates, strict=True):
        _attach(f, Mention(c_start, c_end, "completion", Decimal(rate), "%", embedded=plan), facts)
    return True


def _period_of(phrase: str, state: _State) -> tuple[int | None, list[int]]:
    """The year and months a phrase names (2022年底, 2024年9月底, 一季度, 上半年)."""
    year = find_year(phrase)
    end = re.search(r"(\d{1,2})\s*月(?:底|末)", phrase)
    months = [1, int(end.group(1))] if end else find_months(phrase)
    return year or state.year, months or [1, 12]


def _from_to(
    text: str,
    c_start: int,
    c_end: int,
    mentions: list[Mention],
    facts: list[Fact],
    state: _State,
    cue: str | None,
    in_table: bool,
) -> bool:
    """Both ends of a change are facts of their own periods, named by what changed; a rate
    (…增速由…的13.5%回落至…的10.4%) gives growth rates of its indicator. An end that restates a
    figure already read is dropped when the document is done (``_drop_restated``)."""
    clause = text[c_start:c_end]
    found = FROM_TO_RE.search(clause)
    if found is None or len(mentions) != 2:
        return False
    raw = clause[: clause.find("由", found.start())]
    rate = RATE_NAME_RE.search(raw.strip())
    first, second = mentions
    if rate:
        if first.unit != "%" or second.unit != "%":
            return False
        name = resolve_name(RATE_NAME_RE.sub("", raw.strip()), "", c_start, growth_only=True)
    else:
        if first.role != "value" or second.role != "value" or _dimension(first.unit) != _dimension(second.unit):
            return False
        name = resolve_name(raw, first.unit, c_start)
    if name is None:
        return False
    # 高新技术企业由2020年的87家增加到203家，规上工业企业由146家增加到238家: an end written without its
    # period takes the one the paragraph's last change wrote
    last = state.from_to or (None, None)
    p1, p2 = found.group("p1") or last[0], found.group("p2") or last[1]
    if p1:  # 地区生产总值由2013年的112.5亿元增加到186.4亿元；规上工业企业由58家增加到103家: 2013 too
        state.from_to = (p1, p2)
    ends = ((first, p1), (second, p2)) if p1 else ((second, p2),)  # with no start period: the level reached
    for m, phrase in ends:
        year, months = _period_of(phrase, state) if phrase else (None, None)
        # the start is reached; the end is too, unless a 力争/预计 makes it a goal or an estimate
        kind = cue if cue and m is second else "actual"
        f = _new_fact(name, None if rate else m, m, state, kind, year, months, None, None, in_table, "")
        f.start = c_start + len(raw) - len(raw.lstrip()) if m is first else f.start
        if rate:
            f.growth_pct = m.value
        f.extra["restated"] = True
        facts.append(f)
    return True


# a stock's level at an earlier date and its change since: 规上工业企业达到342家，较2023年末的321家净增21家
BASE_DELTA_RE = re.compile(
    rf"(?:较|比)(?P<period>[^，,。；;的]{{0,10}}(?:年末|年底|年初|月末|月底))的\s*\d[^，,。；;]{{0,6}}?(?P<verb>{DELTA_VERBS})\s*\d"
)


def _base_delta(
    text: str, c_start: int, c_end: int, mentions: list[Mention], facts: list[Fact], state: _State, in_table: bool
) -> bool:
    """The level a stock had at the date compared with is a fact of that date, and the change is the
    stock's change (净增规上工业企业); the stock is named before 较, else by the count just stated."""
    clause = text[c_start:c_end]
    found = BASE_DELTA_RE.search(clause)
    if found is None or len(mentions) != 2 or any(m.role != "value" for m in mentions):
        return False
    level, change = mentions
    if _dimension(level.unit) != "count" or _dimension(change.unit) != "count":
        return False
    raw = clause[: found.start()]
    name = resolve_name(raw, level.unit, c_start) if raw.strip() else None
    if name is None:
        previous = facts[-1] if facts else None
        if previous is None or previous.value is None or _dimension(previous.unit or "") != "count":
            return False
        name = Name(previous.label, previous.indicator, previous.code, previous.start)
    period = found.group("period")
    year, months = _period_of(period, state)
    if re.search(r"上年|去年|上一年", period) and state.year:
        year = state.year - 1
    if "年初" in period:
        year, months = (year or state.year or 0) - 1, [1, 12]  # the start of a year is the end of the one before
    base = _new_fact(name, level, level, state, "actual", year, months, None, None, in_table, "")
    base.extra["restated"] = True
    label = found.group("verb") + name.label
    delta = _new_fact(
        Name(label, label, None, change.start), change, change, state, None, None, None, None, None, in_table, ""
    )
    facts.extend((base, delta))
    return True


NAME_LIST_RE = re.compile(r"[、和及与]")


def _respectively(
    text: str,
    c_start: int,
    c_end: int,
    mentions: list[Mention],
    facts: list[Fact],
    state: _State,
    cue: str | None,
    year: int | None,
    months: list[int] | None,
    in_table: bool,
) -> bool:
    """分别/均: numbers shared out over the facts just stated, over a list of names, or over years."""
    clause = text[c_start:c_end]
    marker = clause.find("分别") if "分别" in clause else clause.find("均")
    head = clause[:marker]
    values = [m for m in mentions if m.start > c_start + marker]
    if not values:
        return False
    if values[0].role == "growth":  # 分别增长14%、3%和38%: the bare percents are growth too
        sign = -1 if values[0].value < 0 else 1
        for m in values[1:]:
            if m.role == "value" and m.unit == "%":
                m.role, m.value = "growth", sign * m.value
    if values[0].role == "completion":
        # 产值、进出口总额、出口分别完成全年目标的79.3%、76.6%和77.4%: completions of figures stated
        # before, never facts of their own
        for m in values[1:]:
            if m.role == "value" and m.unit == "%":
                m.role = "completion"
        return _restated_completions(head, values, state.stated + facts)
    head_name, _ = clean_name(head)
    after = clause[marker + 2 : values[0].start - c_start]  # what is written between 分别 and the numbers

    def share(name: Name, m: Mention, fact_year: int | None, fact_months: list[int] | None = None) -> Fact:
        """One fact of the shared-out list: ``name`` with the number ``m`` for ``fact_year``."""
        f = _new_fact(
            name,
            m if m.role == "value" else None,
            m,
            state,
            _kind_of(head, state, cue),
            fact_year,
            fact_months or months,
            None,
            None,
            in_table,
            "",
        )
        f.start = c_start
        if m.role == "growth":
            f.growth_pct = m.value
        facts.append(f)
        return f

    unit = values[0].unit if values[0].role == "value" else ""
    growth_only = values[0].role != "value"

    def spread(count: int) -> list[Mention]:
        """One number for every item (均增长10%), else one each."""
        return values * count if len(values) == 1 else values

    periods = _year_list(head)
    again = (
        state.year_list and not periods and not NAME_LIST_RE.search(head_name) and len(values) == len(state.year_list)
    )
    if len(periods) >= 2 or again:
        # 2023年、2024年1-9月分别新签约项目42个、35个，到位资金分别完成156.8亿元和128.4亿元: each year
        # (with the months written at it) takes its number; a later 分别 of the sentence reuses the years
        if len(periods) >= 2:
            state.year_list = periods
            label = PERIOD_LIST_RE.sub("", YEAR_LIST_RE.sub("", head))
        else:
            periods, label = state.year_list or [], head
        if not clean_name(label)[0] or (
            # 2015、2016年集聚区分别完成固定资产投资…: the name follows 分别, the head names a place
            resolve_name(label, unit, c_start, growth_only=growth_only) is None and clean_name(after)[0]
        ):
            label = after  # the name follows 分别: 分别新签约亿元以上项目42个、35个
        name = resolve_name(label, unit, c_start, growth_only=growth_only)
        if name is None and facts:
            last = facts[-1]
            name = Name(last.label, last.indicator, last.code, last.start)
        if name is None:
            return False
        for (y, y_months), m in zip(periods, values, strict=False):
            one = share(name, m, y, y_months)
            if y is None:
                one.extra["restated"] = True  # 一季度、上半年、前三季度分别…: the last is often the figure just read
        return True
    noun = clean_name(after)[0]  # the name written after 分别
    # A、B园区固定资产投资分别增长11.2%、6.9%: 增长 names nothing the units share
    named_after = noun if not (growth_only and GROWTH_TAIL_RE.fullmatch(noun)) else ""
    split = None if named_after else (_unit_group(head_name, state) or _units_then_noun(head_name, state))
    listed: tuple[str, list[str]] | None
    if split:
        # 澄北片区、澄西片区、综保区实际使用外资分别为…: the units, then the indicator written once
        listed, noun = ("units", split[0]), split[1]
    else:
        listed = _listed_items(head_name, noun, state)
    if (
        listed is None
        and state.share_items
        and values[0].role == "value"
        and not NAME_LIST_RE.search(head_name)
        and len(values) == len(state.share_items[1])
    ):
        # …产业分别签约项目18个、14个、9个，签约金额分别为168.4亿元、…: the same items again
        listed, noun = state.share_items, head_name or noun
    if listed:
        kind, items = listed
        if kind == "units":
            # 高桥片区、东湖片区分别完成92.4亿元、81.6亿元 (固定资产投资方面): each unit's figure
            name = resolve_name(noun, unit, c_start, growth_only=growth_only) if noun else None
            if name is None and after:
                name = resolve_name(after, unit, c_start, growth_only=growth_only)  # 分别完成投资: 完成投资
            if name is None and state.topic:
                name = resolve_name(state.topic, unit, c_start, growth_only=growth_only)
            whole = _last_stated(facts) if re.match(r"\s*其中", head) else None
            if name is None and whole is not None and _dimension(whole.unit or "%") == _dimension(unit or "%"):
                # A812.4亿元，其中东区、南区、北区分别完成386.2亿元、…: each unit's part of the figure
                name = Name(whole.label, whole.indicator, whole.code, c_start)
            if name is None:
                return False
            for unit_name, m in zip(items, spread(len(items)), strict=False):
                share(name, m, year).extra["scope"] = unit_name
        else:
            # 电子信息、新能源两大主导产业分别实现产值158.7亿元和96.3亿元: one figure per industry, named by
            # the industry and the noun after 分别 (电子信息产业产值)
            if growth_only:
                # …三大产业分别实现产值A、B、C，其中X、Y产业分别增长15.2%、6.1%: the growth of those figures
                stated = [_industry_figure(item, facts) for item in items]
                if all(stated) and len(values) == len(items):
                    for f, m in zip(stated, values, strict=True):
                        _attach(f, m, facts)  # type: ignore[arg-type]
                    return True
            if kind == "names":
                noun = ""  # 电子信息、生物医药两大产业产值分别为…: the names are whole before 分别
            elif not noun or (growth_only and GROWTH_TAIL_RE.fullmatch(noun)):
                return False
            for item, m in zip(items, spread(len(items)), strict=False):
                share(Name(item + noun, item + noun, None, c_start), m, year)
        state.share_items = listed
        return True
    if head_name.startswith("城乡居民") and len(head_name) > 4 and len(values) == 2:
        # 城乡居民人均可支配收入分别达到52860元、26410元: urban, then rural
        for who, m in zip(("城镇居民", "农村居民"), values, strict=True):
            share(Name(who + head_name[4:], who + head_name[4:], None, c_start), m, year)
        return True
    # codes run together when the quotation marks around each are lost: PM10PM2.5平均浓度 is PM10、PM2.5平均浓度
    head_name = CODE_RUN_RE.sub(r"\1、", head_name)
    pieces = _ordinal_list([p for p in NAME_LIST_RE.split(head_name) if p])
    if len(pieces) >= 2:
        names: list[Name] = []
        for i, piece in enumerate(pieces):
            n = resolve_name(piece, unit, c_start, growth_only=growth_only)
            if n is None and i < len(pieces) - 1:
                # PM10、PM2.5平均浓度分别下降…; 一般贸易、加工贸易出口分别增长…: the earlier items share
                # the head noun written once after the last one
                tail = _shared_head(piece, pieces[-1])
                n = resolve_name(piece + tail, unit, c_start, growth_only=growth_only) if tail else None
            if n is None:
                names = _parallel_names(pieces, unit, c_start, growth_only) or []
                break
            names.append(n)
        if not names:
            return False
        shared = spread(len(names))
        for n, m in zip(names, shared, strict=False):
            share(n, m, year)
        return True
    # no names here: the numbers belong to the facts just stated in this sentence
    role = values[0].role
    if role == "value" or head_name:
        return False
    open_facts = [f for f in facts if (f.growth_pct if role == "growth" else f.completion_pct) is None]
    if len(open_facts) < len(values):
        return False
    for f, m in zip(open_facts[-len(values) :], values, strict=True):
        _attach(f, m, facts)
    return True


def _parallel_names(pieces: list[str], unit: str, start: int, growth_only: bool) -> list[Name] | None:
    """Items that differ in one word and share the rest, written once around them: 金融机构本外币存款、
    贷款余额 is 金融机构本外币存款余额 and 金融机构本外币贷款余额 (the head before the first item, the
    tail after the last, each the rest of a two-character word)."""
    first, last = pieces[0], pieces[-1]
    if len(first) < 3 or len(last) < 3 or any(len(p) < 2 for p in pieces):
        return None
    head, tail = first[:-2], last[2:]
    written = [pieces[0] + tail, *(head + p + tail for p in pieces[1:-1]), head + last]
    names = [resolve_name(w, unit, start, growth_only=growth_only) for w in written]
    return names if all(names) else None  # type: ignore[return-value]


CODE_RUN_RE = re.compile(r"([A-Z]{1,5}\d+(?:\.\d+)?)(?=[A-Z]{1,5}\d)")


def _restated_completions(head: str, values: list[Mention], facts: list[Fact]) -> bool:
    """Attach the completion rates of a 分别 list to the actual figures of the named indicators stated
    before (the latest of each, when it has no rate yet); a rate whose figure is not found is dropped."""
    pieces = [p for p in NAME_LIST_RE.split(clean_name(head)[0]) if p]
    if not pieces or len(pieces) != len(values):
        return bool(pieces)
    for piece, m in zip(pieces, values, strict=True):
        name = resolve_name(piece, "", m.start, growth_only=True) or Name(piece, piece, None, m.start)
        for f in reversed(facts):
            if (
                f.indicator == name.indicator
                and f.value is not None
                and f.kind == "actual"
                and not f.extra.get("scope")
            ):
                if f.completion_pct is None:
                    f.completion_pct = m.value
                break
    return True


# a list of names counted by a group noun: 电子信息、新能源两大主导产业 / 青禾、松溪两个街道
COUNTED_GROUP_RE = re.compile(
    r"^(?P<items>[^，,。；;]+?[、和及与][^，,。；;]+?)(?:[两二三四五六七八九十]|\d{1,2})(?:大|个|类|项)"
    r"(?P<noun>[^、和及与]{0,6}?(?:产业|行业))(?P<figure>[^、和及与]{0,6})$"
)


ORDINALS = "一二三四五六七八九十"


INDUSTRY_END_RE = re.compile(r"(?:产业|行业)$")


INDUSTRY_HEAD_RE = re.compile(r"^\s*(?:其中)?[，,]?\s*([^，,。；;\d]{2,12}?(?:产业|行业))")


def _industry_figure(industry: str, facts: list[Fact]) -> Fact | None:
    """The figure of ``industry`` stated earlier in the sentence with no growth yet (电子信息产业产值)."""
    stem = INDUSTRY_END_RE.sub("", industry)
    for f in reversed(facts):
        if f.label.startswith(stem) and f.growth_pct is None and f.value is not None:
            return f
    return None


def _listed_items(head_name: str, noun: str, state: _State) -> tuple[str, list[str]] | None:
    """The items a 分别 shares out over when they are industries (电子信息、新能源两大主导产业 /
    电子信息、装备制造、食品饮料产业 + a noun after 分别), sub-units (高桥片区、东湖片区) or, with the noun
    after 分别, kinds of a thing (以商招商、基金招商分别落地项目…): ("industries", [电子信息产业, …]),
    ("units", [高桥片区, …]) or ("kinds", [以商招商, …]); with the figure named before 分别 (三大主导产业
    产值分别…), the whole names: ("names", [电子信息产业产值, …])."""
    group = COUNTED_GROUP_RE.match(head_name)
    if group and group.group("figure") and not noun:
        # 电子信息、汽车及零部件、生物医药三大产业产值分别为…: the figure is named before 分别
        items = _list_items(group.group("items"))
        suffix = group.group("noun")[-2:]
        return "names", [(p if p.endswith(suffix) else p + suffix) + group.group("figure") for p in items]
    if group and not group.group("figure"):
        raw = group.group("items")
        items = _list_items(raw)
        suffix = group.group("noun")[-2:]
    else:
        items = _list_items(head_name)
        units = _listed_units(items, items[-1], state) if len(items) >= 2 else None
        if units:
            return "units", units
        if not (len(items) >= 2 and noun):
            return None
        if not INDUSTRY_END_RE.search(items[-1]):
            kinds = all(KIND_ITEM_RE.fullmatch(p) for p in items) and not GROWTH_TAIL_RE.search(noun)
            return ("kinds", items) if kinds else None  # 一般贸易、加工贸易出口分别增长…: one name each
        suffix = items[-1][-2:]
    if len(items) < 2:
        return None
    return "industries", [p if p.endswith(suffix) or p.endswith("业") else p + suffix for p in items]


# an item of a list of kinds (以商招商、基金招商), short and written in words alone
KIND_ITEM_RE = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _ordinal_list(pieces: list[str]) -> list[str]:
    """第一、二、三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值."""
    if (
        len(pieces) >= 2
        and re.fullmatch(rf"第[{ORDINALS}]", pieces[0])
        and all(len(p) == 1 and p in ORDINALS for p in pieces[1:-1])
        and pieces[-1][:1] in ORDINALS
        and len(pieces[-1]) > 1
    ):
        tail = pieces[-1][1:]
        return [f"第{p[-1]}{tail}" for p in pieces[:-1]] + [f"第{pieces[-1]}"]
    return pieces


def _shared_head(piece: str, last: str) -> str:
    """The head noun the last item of a list carries for all: what follows the part of ``last`` that
    corresponds to ``piece`` (a code of letters and digits, else as many characters)."""
    if re.fullmatch(r"[A-Za-z0-9.]+", piece):
        tail = re.sub(r"^[A-Za-z0-9.]+", "", last)
    else:
        tail = last[len(piece) :]
    return tail if len(tail) >= 2 and tail != last else ""
