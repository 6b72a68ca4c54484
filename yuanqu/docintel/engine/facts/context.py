"""Names from context: a number written without a name of its own takes it from what is around it:
the line's head, the figure before it (a higher tier, a change of a stock, a part after 其中), the
clause before it (a batch's size), the paragraph's subject or topic; and parentheses that break a count
down, or give the same period of last year, are figures of their own."""

from __future__ import annotations

import re

from yuanqu.docintel.engine import lexicon as lx
from yuanqu.docintel.engine.facts.mentions import DELTA_VERBS, EARLIER_FIGURE_RE, GROWTH_TAIL_RE
from yuanqu.docintel.engine.facts.model import (
    CLAUSE_SPLIT_RE,
    Fact,
    Mention,
    Name,
    _dimension,
    _last_stated,
    _new_fact,
    _State,
)
from yuanqu.docintel.engine.facts.names import clean_name, resolve_name
from yuanqu.docintel.engine.facts.sections import ITEM_MARK
from yuanqu.docintel.engine.numbers import base_value, parse_number
from yuanqu.docintel.engine.periods import find_months

# the higher tier of a two-tier target (预期目标20046户，拼搏目标25058户), named as its own fact
HIGHER_TIER_RE = re.compile(r"(?P<tier>拼搏|奋斗|挑战)(?:目标)?")


# a line headed by the indicator its figures are of: （一）地区生产总值：预期目标增长6％，拼搏目标增长6.5％。
LINE_HEAD_RE = re.compile(rf"^\s*{ITEM_MARK}?\s*(?P<name>[^，,。；;：:\d\s（()）]{{2,24}})\s*[：:]")


def _head_name(pre: str, m: Mention, state: _State, start: int, current: Fact | None) -> Name | None:
    """A figure named only by its tier or cue (预期目标, 拼搏目标, 力争) in a line headed by an
    indicator is of that indicator; the higher tier of a two-tier target is its own fact."""
    if not state.line_head:
        return None
    text = GROWTH_TAIL_RE.sub("", pre) if m.role == "growth" else pre
    residue = clean_name(text)[0]
    tier = HIGHER_TIER_RE.search(text)
    if residue not in ("", tier.group("tier") if tier else ""):
        return None
    if current is not None and not tier:
        return None  # 预期目标21.6亿元、增长5％: the growth is of the figure just stated
    unit = "" if m.role == "growth" else m.unit
    name = resolve_name(state.line_head, unit, start, growth_only=not unit)
    if name is None:
        return None
    if tier:
        word = tier.group("tier") + "目标"
        return Name(f"{name.label}（{word}）", f"{name.indicator}（{word}）", None, start)
    return name


def _tier_name(pre: str, previous: Fact | None, floor: bool = False) -> Name | None:
    """The higher tier of a two-tier target, written after the lower one with only its tier word:
    预期目标20046户，拼搏目标25058户 / 增长7%，拼搏8% → 新登记市场主体（拼搏目标）; after a floor set with
    确保 (``floor``), 力争 is the higher tier: 确保增长8%、力争增长10%."""
    tier = HIGHER_TIER_RE.search(pre) or (STRIVE_TIER_RE.search(pre) if floor else None)
    if tier is None or previous is None or "（" in previous.label:
        return None
    residue = clean_name(GROWTH_TAIL_RE.sub("", pre))[0]
    if residue not in ("", tier.group("tier")):  # 拼搏目标 is cut to 拼搏 (目标 is a trailing cue)
        return None
    word = f"（{'拼搏' if tier.group('tier') in ('力争', '争取') else tier.group('tier')}目标）"
    return Name(previous.label + word, previous.indicator + word, None, previous.start)


# a size threshold of projects or firms: 亿元以上, 10亿元以上, 500万元以上, 超亿元, 过千万元
SIZE_THRESHOLD = (
    r"(?:超|过)?(?:\d+(?:\.\d+)?)?(?:千万|百亿|十亿|万|亿)?元(?:及)?以上|(?:超|过)(?:\d+(?:\.\d+)?)?(?:千万|亿)元"
)
# …anywhere in a name: 新签约10亿元以上项目
SIZED_RE = re.compile(SIZE_THRESHOLD)


# the higher tier after a floor: 确保增长8%、力争增长10%
STRIVE_TIER_RE = re.compile(r"(?P<tier>力争|争取)")


# a count broken down in the parentheses after it: 孵化器60家(国家级17家), 项目2个（其中50亿元以上项目1个）,
# 企业35家（其中含31家规上企业）, 新增40户（净增24户）
BREAKDOWN_RE = re.compile(
    r"\s*[（(]\s*(?:其中)?\s*(?:含)?\s*(?P<pre>[^（()），,；;：:、]{0,16}?)\s*(?<![\d.])(?P<num>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>家|个|户|所|名|人)(?P<post>[^\d（()），,；;：:、]{0,12})[)）]"
)


MODIFIER_RE = re.compile(r"^(?:国家级|省级|市级|区级|国家|省|市)$")


def _breakdowns(facts: list[Fact], text: str) -> list[Fact]:
    """Each count broken down in parentheses right after a count gives a fact of its own, named by
    the words in the parentheses: the noun after the number, a grade put before the counted noun
    (国家级孵化器), a change of the stock before it (净增规模以上工业企业), or the name as written."""
    out: list[Fact] = []
    for f in facts:
        out.append(f)
        m = BREAKDOWN_RE.match(text, f.end)
        if m is not None and f.unit and _dimension(f.unit) == "money" and BATCH_SIZE_NAME_RE.search(f.label):
            # 新签约项目37个、总投资286.5亿元(其中50亿元以上项目3个): a part of the batch, not of its size
            batch = next((b for b in reversed(out[:-1]) if f.label.startswith(b.label) and b.unit), None)
            if batch is not None and re.match(r"\s*[（(]\s*其中", m.group(0)):
                part = Name(lx.normalize(m.group("pre")), lx.normalize(m.group("pre")), None, m.start())
                named = _whole_of_part(part, "其中", [batch])
                if named is not None and m.group("unit") == batch.unit and (one := _breakdown_fact(batch, named, m)):
                    out.append(one)
            continue
        if f.value is None or f.unit is None or _dimension(f.unit) != "count" or m is None:
            continue
        if EARLIER_FIGURE_RE.search(text[f.end : m.start("num")]):
            continue  # （2024年末为1172家）: the stock at an earlier date, read with the sentence
        if not f.unit.endswith(m.group("unit")):
            continue
        pre, post = lx.normalize(m.group("pre")), lx.normalize(m.group("post"))
        stock = FLOW_PREFIX_RE.sub("", f.label) or f.label
        if post and not pre:
            label = post
        elif not post and (flow := _flow_name(pre, f.label)):
            label = flow
        elif MODIFIER_RE.match(pre) and not post:
            label = pre + re.sub(r"^(?:国家级|省级|市级)", "", stock)
        elif pre and not post:
            label = pre
        else:
            continue
        name = resolve_name(label, m.group("unit"), m.start()) or Name(label, label, None, m.start())
        if (broken := _breakdown_fact(f, name, m)) is not None:
            out.append(broken)
    return out


def _breakdown_fact(f: Fact, name: Name, m: re.Match[str]) -> Fact | None:
    """The fact of a count broken down in parentheses after ``f``, named ``name``."""
    value = parse_number(m.group("num"))
    if value is None:
        return None
    base, display, currency = base_value(value, "", m.group("unit"))
    part = Fact(
        indicator=name.indicator,
        label=name.label,
        code=name.code,
        kind=f.kind,
        year=f.year,
        months=list(f.months),
        start=m.start() + len(m.group(0)) - len(m.group(0).lstrip()),
        end=m.end(),
        value=value,
        unit=display,
        value_base=base,
        currency=currency or None,
        in_table=f.in_table,
    )
    part.extra = {k: v for k, v in f.extra.items() if k in ("scope", "subject", "segment")}
    return part


# the size of a batch of projects named after the batch: 新签约项目总投资, 签约项目协议总投资
BATCH_SIZE_NAME_RE = re.compile(r"项目(?:协议|合同)?(?:总投资|投资总额)$")


def _same_period_before(
    pre: str, m: Mention, previous: Fact | None, state: _State, in_table: bool, sentence: list[Fact]
) -> Fact | None:
    """A number a bracket gives for an earlier date is a figure stated before, at that date: the same
    period of last year (（上年同期1.65亿美元）, （上年同期新签约项目72个）) or the level at a year's end
    (（2024年末为1172家）, （年初为…）). It is the figure just stated, or the one of the sentence the
    bracket names."""
    bracket = EARLIER_FIGURE_RE.search(pre)
    if bracket is None:
        return None
    before = previous
    if written := clean_name(bracket.group("name"))[0]:
        named = resolve_name(written, m.unit, m.start)
        before = next(
            (
                f
                for f in reversed(sentence)
                if named and f.indicator == named.indicator and not f.extra.get("year_before")
            ),
            None,
        )
    if before is None or before.year is None or before.value is None:
        return None
    if _dimension(before.unit or "") != _dimension(m.unit):
        return None
    if bracket.group("same"):
        year, months = before.year - 1, list(before.months)
    else:
        year, months = int(bracket.group("year")) if bracket.group("year") else before.year - 1, [1, 12]
    name = Name(before.label, before.indicator, before.code, m.start)
    fact = _new_fact(name, m, m, state, "actual", year, months, None, None, in_table, "")
    fact.extra["year_before"] = True  # the rates after it are still of the figure it compares with
    if "scope" in before.extra:
        fact.extra["scope"] = before.extra["scope"]
    return fact


def _as_base(fact: Fact, clause: str, year: int | None, state: _State) -> None:
    """在2025年实际到位资金138.9亿元的基础上，力争…: the figure a goal builds on is the actual of the
    year it names (上年/去年: the year before; else the year before the plan's), whatever the section."""
    fact.kind = "actual"
    fact.extra["base"] = True
    written = re.search(r"((?:19|20)\d{2})\s*年", clause)
    year = int(written.group(1)) if written else year
    if year is None and fact.year and (re.search(r"去年|上年|上一年", clause) or state.mode == "plan"):
        year = fact.year - 1
    fact.year = year or fact.year
    fact.months = [1, 12]


BARE_SHARE_RE = re.compile(r"^[^占的]{1,6}(?:占比|所占比重)$")


def _qualifying_share(name: Name, m: Mention, sentence_facts: list[Fact]) -> bool:
    """收入20亿元，其中税收占比78.6%: a share with no denominator of its own, right after a figure of the
    sentence, is the part's share of that figure and only qualifies it (a goal set for a share, 力争…占比
    达到50%, is a fact of its own)."""
    if m.unit != "%" or name.code is not None or not BARE_SHARE_RE.match(name.label):
        return False
    return any(f.unit and f.unit != "%" for f in sentence_facts)


def _stated_before(
    facts: list[Fact], name: Name, m: Mention, year: int | None, months: list[int] | None
) -> Fact | None:
    """The figure of this sentence a rate names again (…其中2024年1-9月到位资金完成年计划的71.3%):
    same indicator, the year and months the rate's clause writes, and no such rate yet."""
    if m.role != "completion" or not (year or months):
        return None
    for f in reversed(facts):
        if (
            f.indicator == name.indicator
            and not f.extra.get("embedded")
            and f.completion_pct is None
            and (year is None or f.year == year)
            and (months is None or f.months == months)
        ):
            return f
    return None


def _counted_batch(sentence: list[Fact]) -> Fact | None:
    """The count of projects a sentence has just stated, past their total size (推进市级重大项目17个，
    总投资417.5亿元，力争完成投资79亿元): the batch whose investment or plan a bare name is of."""
    # a part sorted out by its size is no batch of its own (签约项目20个，其中10亿元以上项目4个，协议总投资…);
    # a part that names its projects is (其中在建重点项目14个，完成投资9.74亿元)
    batch = _last_stated(
        [
            f
            for f in sentence
            if not f.label.endswith("总投资") and not (f.extra.get("part") and SIZED_RE.search(f.label))
        ]
    )
    if batch is None or not batch.label.endswith("项目") or not batch.unit or _dimension(batch.unit) != "count":
        return None
    return batch


def _growth_then_level(pre: str, m: Mention, name: Name | None, sentence_facts: list[Fact], clause_start: bool) -> bool:
    """规上工业总产值增长10%，力争突破900亿元: a clause with a level and no name of its own (or the same
    indicator named again: 实际利用外资力争增长6.4%，商务部口径实际利用外资规模力争达到24716万美元), right
    after the growth of an indicator stated with no level, is that indicator's level: one fact."""
    last = sentence_facts[-1] if sentence_facts else None
    if (
        last is None
        or not clause_start
        or last.value is not None
        or last.growth_pct is None
        or (name is None and clean_name(pre)[0])
        or (name is not None and (last.code is None or name.code != last.code))
        or _dimension(m.unit) not in ("money", "count")
    ):
        return False
    last.value, last.unit, last.value_base, last.currency = m.value, m.unit, m.value_base, m.currency
    last.qualifier = m.qualifier or last.qualifier
    last.end = max(last.end, m.end)
    return True


def _inherit(pre: str, m: Mention, facts: list[Fact], current: Fact | None) -> Name | None:
    """A number without a name of its own: 累计达到7家 / 总数7万多家 after 新增企业总部1家 takes the
    name without 新增; 力争达到25058户 after 新登记市场主体达到20046户 takes the same indicator."""
    previous = current or (facts[-1] if facts else None)
    residue, _ = clean_name(pre)
    if previous is not None and previous.value is None and previous.growth_pct is not None and residue in TOTAL_WORDS:
        # 研发经费投入增长10%以上、总量突破55亿元: the level of the figure whose growth was just stated
        return Name(previous.label, previous.indicator, previous.code, previous.start)
    if previous is None or previous.unit is None or _dimension(previous.unit) != _dimension(m.unit):
        return None
    if tiered := _tier_name(pre, previous):
        return tiered
    if DELTA_RE.fullmatch(residue) and _stock_stated(previous):
        # 企业达到298家，较年初净增17家: the change of a stock just stated, named by it (the change of
        # a flow, 新增28家，较上年增加5家, compares two years and is no fact): 净增规上工业企业
        label = re.sub(rf"^{DELTA_SINCE}", "", residue) + previous.label
        return Name(label, label, None, previous.start)
    part = _part_name(pre, residue, previous)
    if part is not None:
        return part
    stock = STOCK_LABEL_RE.match(previous.label)
    if re.fullmatch(DELTA_VERBS, residue) and (
        (stock and _dimension(previous.unit) == "count") or _stock_stated(previous)
    ):
        # 高新技术企业总数达到386家，净增97家 / 由245家增至286家，净增41家: the change of the stock just stated
        label = residue + (stock.group("stock") if stock else previous.label)
        return Name(label, label, None, previous.start)
    flow = STAGE_VERB_RE.fullmatch(residue)
    if (
        flow
        and previous.value is not None
        and re.match(rf"(?:年度)?(?:计划)?(?:新|竣工)?{flow.group(1)}", previous.label)
    ):
        # 年度计划新签约重点项目40个，1-5月已签约31个 / 计划竣工投产项目32个，已竣工投产14个: the same
        # projects, counted as done
        return Name(previous.label, previous.indicator, previous.code, previous.start)
    if residue and residue not in ("总数", "总量"):
        return None
    if "累计" in pre or "总数" in pre or "总量" in pre:
        base = FLOW_PREFIX_RE.sub("", previous.label) or previous.label
        # 新增企业总部1家，累计达到7家: the stock after the flow, told apart from the flow's name
        suffix = "总数" if "总数" in pre else ("（累计）" if "累计" in pre else "")
        if suffix == "（累计）":
            return Name(base + suffix, base + suffix, None, previous.start)
        return resolve_name(base + suffix, m.unit, previous.start) or Name(
            base + suffix, base + suffix, None, previous.start
        )
    if not residue and any(c in pre for c in lx.TARGET_CUES + lx.ESTIMATE_CUES):
        return Name(previous.label, previous.indicator, previous.code, previous.start)
    if not residue and previous.value is not None and (months := find_months(pre)) and months != previous.months:
        # 三季度当季实际使用外资6120万美元，9月当月2870万美元: the same indicator, another period
        return Name(previous.label, previous.indicator, previous.code, previous.start)
    return None


TOTAL_WORDS = ("总量", "总额", "规模", "总规模")


def _stock_stated(fact: Fact) -> bool:
    """A count stated as a level (企业达到298家), not as a flow (新增28家, 签约项目12个), so a bare change
    after it (较年初净增17家, 净增41家) is that stock's change."""
    return (
        fact.value is not None
        and _dimension(fact.unit or "") == "count"
        and not re.match(r"新|净增|引进|签约", fact.label)
    )


def _part_name(pre: str, residue: str, previous: Fact) -> Name | None:
    """A count after 其中 with only a verb, a grade or a noun of its own is part of the count before
    it: 专精特新中小企业9家，其中上半年新认定两家 → 新认定专精特新中小企业; 新登记市场主体2356户，其中企业1127户
    → 新登记企业; 新增省级以上研发平台17个，其中国家级2个 → 新增国家级研发平台."""
    if not re.match(r"\s*其中", pre) or _dimension(previous.unit or "") != "count" or previous.value is None:
        return None
    flow = FLOW_PREFIX_RE.match(previous.label)
    residue = TIME_WORD_RE.sub("", residue)
    if not flow and (named := _flow_name(residue, previous.label)):
        label = named
    elif LEVEL_RE.fullmatch(residue) and LEVEL_RE.search(stock := previous.label[flow.end() if flow else 0 :]):
        # 新增省级以上研发平台17个，其中国家级2个 → 新增国家级研发平台: a grade of the count before
        label = (flow.group(0) if flow else "") + residue + LEVEL_RE.sub("", stock)
    elif flow and residue and any(residue.endswith(n) for n in lx.COUNT_NOUNS) and not FLOW_PREFIX_RE.match(residue):
        label = flow.group(0) + residue
    elif STAGE_PREFIX_RE.fullmatch(residue) and previous.label.endswith("项目"):
        # 实施亿元以上项目96个，其中新开工38个 → 新开工亿元以上项目: the stage the part has reached
        label = residue + STAGE_PREFIX_RE.sub("", previous.label)
    else:
        return None
    entry = lx.catalogue_match(label)
    return Name(label, entry["name"] if entry else label, entry["code"] if entry else None, previous.start)


# a size threshold at the head of a name of projects or firms: 亿元以上, 10亿元以上, 500万元以上, 超亿元
THRESHOLD_RE = re.compile(rf"^(?:{SIZE_THRESHOLD})")


# the stage a batch of projects is at, written before its threshold: 新签约亿元以上项目, 在建10亿元以上项目
STAGE_PREFIX_RE = re.compile(
    r"^(?:新签约|签约|新开工|开工|新投产|投产|竣工投产|竣工|在建|在谈|续建|新引进|引进|落地|新落户|落户|储备|谋划|新增)"
)


LEVEL_RE = re.compile(r"^(?:国家级|省级|市级|区级|县级)(?:及以上|以上)?")


def _whole_of_part(name: Name, pre: str, sentence: list[Fact], listed: bool = False) -> Name | None:
    """A part of the count just stated, named only by what sets it apart, takes the rest of its name
    from the whole: 500万元以上在库项目213个，其中亿元以上项目58个 → 亿元以上在库项目; 新开工项目中亿元以上
    项目27个 → 新开工亿元以上项目; 入库科技型中小企业2186家，其中6月当月新增入库312家 → 新增入库科技型中小企业.
    ``listed``: a later item of the list 其中 opened (其中新开工38个、竣工投产21个)."""
    label = name.label
    whole_label = None
    part = listed or bool(re.match(r"\s*其中", pre))
    if "中" in label and not part:
        whole_label, _, label = label.rpartition("中")  # 新开工项目中亿元以上项目
        if not whole_label or whole_label[-2:] != label[-2:]:
            return None
    elif part:
        whole = _last_stated([f for f in sentence if not f.extra.get("part")])
        if whole is None or whole.value is None or _dimension(whole.unit or "") != "count":
            return None
        whole_label = whole.label
    if not whole_label:
        return None
    full = whole_of_part(label, ZONE_WORD_RE.sub("", whole_label))
    if full is None or full == name.label:
        return None
    entry = lx.catalogue_match(full)
    return Name(full, entry["name"] if entry else full, entry["code"] if entry else None, name.start, name.verb)


# the zone itself before a name, no part of what the whole counts: 园区新开工项目
ZONE_WORD_RE = re.compile(r"^(?:全区|全园区?|园区|开发区|高新区|经开区)(?=.{2})")


def whole_of_part(label: str, whole_label: str) -> str | None:
    """The full name of a part named only by what sets it apart from its whole: 亿元以上项目 of
    500万元以上在库项目 → 亿元以上在库项目, of 新签约亿元以上项目 (10亿元以上项目) → 新签约10亿元以上项目;
    新增入库 of 入库科技型中小企业 → 新增入库科技型中小企业; None when the part names itself."""
    threshold = THRESHOLD_RE.match(label)
    if threshold and label[threshold.end() :] and whole_label.endswith(label[threshold.end() :]):
        stage = STAGE_PREFIX_RE.match(whole_label)
        at = stage.end() if stage else 0
        # the whole's own threshold gives way: 新签约亿元以上项目52个，其中10亿元以上项目11个
        return whole_label[:at] + threshold.group(0) + THRESHOLD_RE.sub("", whole_label[at:])
    verb = re.search(r"(?:入库|认定|签约|开工|投产|落户|注册|登记)$", label)
    if verb and whole_label.startswith(verb.group(0)) and FLOW_PREFIX_RE.match(label):
        return label[: verb.start()] + whole_label  # 新增入库 + 入库科技型中小企业
    stage = STAGE_PREFIX_RE.match(label)
    sized = THRESHOLD_RE.match(whole_label)
    if stage and sized and label[stage.end() :] and whole_label.endswith(label[stage.end() :]):
        return stage.group(0) + whole_label  # 过千万元项目41个，其中新开工项目17个 → 新开工过千万元项目
    if stage and stage.end() == len(label) and whole_label.endswith("项目"):
        return label + STAGE_PREFIX_RE.sub("", whole_label)  # 其中新开工38个、竣工投产21个: the stage reached
    return None


def _flow_name(words: str, stock_label: str) -> str | None:
    """The flow a breakdown's words name of the stock before it, a time word aside: 当年新认定 of
    国家高新技术企业 is 新认定国家高新技术企业; None when the words are no flow verb."""
    flow = TIME_WORD_RE.sub("", words)
    if not FLOW_PREFIX_RE.fullmatch(flow):
        return None
    return flow + (FLOW_PREFIX_RE.sub("", stock_label) or stock_label)


# a project stage named by its verb alone: 已签约, 已竣工投产
STAGE_VERB_RE = re.compile(r"(?:已|累计|共)?新?(签约|开工|竣工投产|竣工|投产|落地|落户|入库)")


STOCK_LABEL_RE = re.compile(r"^(?P<stock>.+?)(?:总数|总量|（累计）)$")


FLOW_PREFIX_RE = re.compile(r"^(?:新增|新认定|新引进|新培育|新登记|新入库|新纳入|新设立|净增|净减)")


# a time word before a breakdown's verb: （其中当年新认定15家）, （其中上半年新增5家） is that flow of the
# stock before it
TIME_WORD_RE = re.compile(r"^(?:当年|今年|本年|年内|全年|上半年|下半年|一季度|前三季度)")


# the date a stock's change is counted from: 较年初, 比上年末
DELTA_SINCE = r"(?:较|比)(?:年初|年底|上年末|上年底|去年底|去年末|上年|去年)"


DELTA_RE = re.compile(rf"{DELTA_SINCE}(?:{DELTA_VERBS})")


MONEY_NP_RE = re.compile(
    rf"([^，,。；;：:、\s\d]{{2,24}}?(?:{'|'.join(lx.MONEY_NOUN_SUFFIXES)}))\s*(?:\d+\s*(?:笔|项|批|个|次))?\s*$"
)


COUNT_NP_RE = re.compile(rf"([^，,。；;：:、\s\d]{{1,14}}?(?:{'|'.join(lx.COUNT_NOUNS)}))\s*$")


# the size of a batch named with the word for it, after the batch's count: 协议总投资, 合同总投资, 投资总额
BATCH_SIZE_RE = re.compile(r"(?:协议|合同|签约)(?:总投资|投资)|投资总额")


# the size of a batch of projects, written bare after their count: 总投资, 协议总投资, 计划总投资, 投资总额
BATCH_INVESTMENT_RE = re.compile(r"(?:共|共计|合计|总计)?(?:协议|合同|计划)?(?:总投资|投资总额|投资)")


def _from_clause_before(
    text: str, pre: str, m: Mention, before: str, sentence_facts: list[Fact], start: int
) -> Name | None:
    """A number whose own name is only a bare word takes its noun from the clause before:
    兑现奖励资金31笔，金额1.15亿元 → 奖励资金; 发展股权投资机构，新增200家 → 新增股权投资机构;
    谋划项目80个，总投资1000亿元 → 谋划项目总投资 (the size of a counted batch of projects: planned,
    signed, started, finished; a single project's 总投资 stays out)."""
    residue, verb = clean_name(pre, cut=False)
    dimension = _dimension(m.unit)
    if dimension == "money" and BATCH_INVESTMENT_RE.fullmatch(residue) and BATCH_INVESTMENT_RE.match(pre.strip()):
        # 开工建设项目28个，总投资43.4亿元 / 新引进项目12个，总投资86.5亿元: the investment of a
        # counted batch of projects
        last = sentence_facts[-1] if sentence_facts else None
        if (
            last is not None
            and last.unit
            and _dimension(last.unit) == "count"
            and last.label.endswith("项目")
            and (
                re.search(
                    r"谋划|策划|生成|储备|开工|建设|投产|技改|扩规|在建|在谈|推进|竣工|实施|签约|引进|招引|落户|"
                    r"调度|纳入|列入|重点",
                    text[last.start : last.end] + last.label,
                )
            )
            and last.end >= start - 2
        ):
            label = last.label + residue
            return Name(label, label, None, start, written=residue)
        return None
    if not before:
        return None
    if dimension == "money" and residue in ("金额", "总额", "资金", "共计", "合计", ""):
        found = MONEY_NP_RE.search(before)
        if found:
            return resolve_name(found.group(1), m.unit, start)
        return None
    if dimension == "count" and residue in lx.RESULT_VERBS:
        found = COUNT_NP_RE.search(before)
        if not found:
            return None
        np = lx.normalize(found.group(1))
        cut = max((np.rfind(v) + len(v) for v in lx.ACTION_VERBS if v in np), default=0)
        np = np[cut:]
        if not np:
            return None
        return resolve_name(residue + np, m.unit, start)
    return None


SPENDING_RESIDUES = ("投入", "投入资金", "投资", "总投资")


PURPOSE_BEFORE_RE = re.compile(r"在(?P<np>[^，,。；;]{2,20}?)(?:上|方面|中)\s*$")


PURPOSE_AFTER_RE = re.compile(r"^\s*[，,]\s*(?:主要)?(?:用于|进行)(?P<np>[^，,。；;]{2,30})")


WORK_VERBS = "建设|新建|改造|修建|铺设|实施|完成"


WORK_CLAUSE_RE = re.compile(
    rf"^\s*(?:(?:19|20)\d{{2}}年)?(?P<verb>{WORK_VERBS})了?\s*(?:\d+(?:\.\d+)?\s*[条座个处项公里米]+)?(?P<np>[^，,。；;\d]{{2,20}})$"
)


TOPIC_RE = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)?\s*(?:进一步|不断|持续|全力|大力)?"
    r"(?:提升|加大|拓展|改善|优化|加强|完善)(?P<np>[^，,。；;]{2,12})。"
)


SUBJECT_VERBS = ("新增", "净增", "新引进", "引进", "培育", "新培育", "认定", "新认定", "签约", "入驻", "落户")


def _subject_name(pre: str, m: Mention, subject: str | None, start: int) -> Name | None:
    """In a table row whose first cell names what is counted (规模以上工业企业 | 新增40户，力争净增24户),
    a bare verb before the number takes that cell as its noun: 新增规模以上工业企业, 净增规模以上工业企业."""
    if not subject or _dimension(m.unit) != "count":
        return None
    residue, _ = clean_name(pre)
    if residue not in SUBJECT_VERBS and residue:
        return None
    subject = lx.normalize(subject)
    if not any(n in subject for n in lx.COUNT_NOUNS):
        return None
    label = (residue or "") + subject
    entry = lx.catalogue_match(label)
    return Name(label, entry["name"] if entry else label, entry["code"] if entry else None, start)


LIST_HEAD_VERB_RE = re.compile(rf"^(?:{'|'.join(sorted(lx.LIST_VERBS_BEFORE, key=len, reverse=True))})")


def _list_item_name(pre: str, m: Mention, first: Fact | None, start: int) -> Name | None:
    """A later item of a 、-list named by a bare verb (落户3万人, 扩建6所) counts the noun of the list's
    first item: 新增大学生13万人、落户3万人 → 大学生落户; 新建中小学5所、扩建6所 → 扩建中小学. An item
    named by a plain noun in the same unit as the first item (引进院士14名、千人计划人才5名) is one more
    of the same kind of count."""
    if first is None or first.unit is None or _dimension(first.unit) != _dimension(m.unit) or first.value is None:
        return None
    residue, _ = clean_name(pre, cut=False)
    noun = LIST_HEAD_VERB_RE.sub("", first.label)
    if residue in lx.LIST_VERBS_AFTER:
        label = noun + residue
    elif residue in lx.LIST_VERBS_BEFORE:
        label = residue + noun
    else:
        written = lx.normalize(pre).strip("、，, ")
        if (
            first.unit == m.unit
            and _dimension(m.unit) == "count"
            and re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]{2,12}", written)
            and not re.search(rf"[的和与及等]|{'|'.join(lx.ACTIVITY_WORDS)}", written)
        ):
            return Name(written, written, None, start)
        return None
    if len(noun) < 2:
        return None
    return Name(label, label, None, start)


SPECIFIC_NP_RE = re.compile(r"([^，,。；;：:、\s\d（()）]{2,20})[，,]\s*$")


def _specific_noun(name: Name, before: str) -> Name | None:
    """新增企业15家 right after a clause that names which enterprises (带动聚集网络安全上下游企业，新增企业15家)
    counts those: 新增网络安全上下游企业."""
    bare = re.fullmatch(rf"({'|'.join(lx.RESULT_VERBS)})({'|'.join(lx.BARE_COUNT)})", name.label)
    if not bare:
        return None
    found = SPECIFIC_NP_RE.search(before)
    if not found:
        return None
    np = lx.normalize(found.group(1))
    cut = max((np.rfind(v) + len(v) for v in (*lx.ACTION_VERBS, "聚集", "集聚", "带动") if v in np), default=0)
    np = np[cut:]
    if len(np) <= len(bare.group(2)) or not np.endswith(bare.group(2)) or re.search(r"[的和与及]", np):
        return None
    label = bare.group(1) + np
    return Name(label, label, None, name.start, name.verb)


def _spending_name(text: str, pre: str, m: Mention, s_start: int, s_end: int, c_end: int, start: int) -> Name | None:
    """An amount spent or invested with no name of its own (投入2893万元, 投资1504.7万元) is a fact when
    it closes its clause, i.e. it is the total of a line of work rather than the price of one
    purchase (投入36万元与…签订合同), and the work is written next to it: 在拓展发展空间上，投入资金…;
    投入…万元，进行/用于基础设施建设; 建设了5条道路，…，投资…万元; or the topic sentence of the
    paragraph (进一步提升园区发展环境。计划投入…万元，建设…)."""
    if _dimension(m.unit) != "money":
        return None
    residue, _ = clean_name(pre, cut=False)
    if residue not in SPENDING_RESIDUES or text[m.end : c_end].strip(" 。；;！!？?"):
        return None
    before = text[s_start : m.start - len(pre)].rstrip("，,： :")
    after = text[c_end:s_end]
    np = ""
    found = PURPOSE_BEFORE_RE.search(before)
    if found or (found := PURPOSE_AFTER_RE.match(after)) is not None:
        np = found.group("np")
    else:
        for clause in reversed([c for c in CLAUSE_SPLIT_RE.split(before) if c.strip()]):
            work = WORK_CLAUSE_RE.match(clause)
            if work:
                np = work.group("np")
                if not re.search(r"(?:建设|改造|工程)$", np) and work.group("verb") != "完成":
                    np += work.group("verb")
                break
        if not np and re.match(rf"^\s*[，,]\s*(?:{WORK_VERBS})", after):
            line_start = text.rfind("\n", 0, s_start) + 1
            topic = TOPIC_RE.match(text, line_start, s_start + 1) if line_start < s_start else None
            if topic:
                np = topic.group("np")
    np = re.sub(r"(?:19|20)\d{2}年", "", lx.normalize(np))
    if len(np) < 2:
        return None
    label = np + residue
    return Name(label, label, None, start)
