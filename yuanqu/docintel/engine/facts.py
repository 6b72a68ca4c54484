"""Indicator facts: every figure, growth rate, completion rate and target a document states.

The text is read paragraph by paragraph, sentence by sentence (。；;！？), clause by clause (，,
tab, and 、 after a number). Numbers with a unit are found first; each is then classed by the words
just before it (增长/下降 → growth, 完成…目标的 → completion, otherwise a value), given the name
written before it (the core catalogue with its aliases, else a generic noun phrase ending in
…额/…值/…收入/…投资 or naming enterprises, projects, land), a kind from the cue words
(预计 → estimate; 力争/目标/计划/确保 or a plan section → target; else actual) and a period.
Rules are about wording, never about particular documents; DOMAIN.md §9 is their source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from yuanqu.docintel.engine import lexicon as lx
from yuanqu.docintel.engine.docmeta import DocContext
from yuanqu.docintel.engine.numbers import NUM, as_json_number, base_value, parse_number
from yuanqu.docintel.engine.periods import find_months, find_year

# ------------------------------------------------------------------ number mentions

MENTION_RE = re.compile(
    rf"(?<![\d.A-Za-z第])(?P<num>{NUM}|(?<=[近超逾约上])[百千万](?=亿|万|美元|元|家|个|户|人|亩))\s*(?P<approx1>多|余)?\s*"
    rf"(?:(?P<pct>[%％])|(?P<times>倍)|(?P<mag>万亿|亿|万|千)?\s*(?P<approx2>多|余)?\s*"
    rf"(?P<unit>美元|元|家|个(?!百分点)|项(?!目)|户|人(?!次)|名|栋|座|件|所|套|亩|平方公里|平方千米|平方米|㎡|只(?=[\s\u4e00-\u9fff“”]{{0,16}}基金))|(?P<yi>亿)(?![元美\d]))"
)
ROUND_MAGNITUDE = {"百": Decimal(100), "千": Decimal(1000)}
AFTER_QUAL_RE = re.compile(r"\s*(及以上|以上|以下|左右|以内)")
BEFORE_QUAL_RE = re.compile(r"(突破|超过|超|逾|近|约|不低于|不少于|达到|达)\s*$")
GROWTH_RE = re.compile(
    r"(?P<neg>下降|减少|回落|降低|下滑|负增长)|(?:同比|比上年|较上年|比去年|[比较](?:19|20)\d{2}年(?:同期)?)?(?:增长|增加|上升|提高|增幅|增速)"
)
GROWTH_TAIL_RE = re.compile(
    r"(?:(?:同比|比上年|较上年|比去年|[比较](?:19|20)\d{2}\s*年(?:同期)?)?(?P<verb>下降|减少|回落|降低|下滑|增长率|增长速度|增长|增加|上升|提高|增幅|增速))"
    r"(?:均|都|分别)?(?:了|为|达到|达|约|近|超过|突破)?\s*$"
)
COMPLETION_RE = re.compile(
    r"(?:完成|达到|占|为)(?:了)?[^，,。；;]{0,16}?(?:目标|计划|预算|任务)(?:任务|投资)?"
    r"(?:\s*(?P<emb>\d[\d,]*(?:\.\d+)?)\s*(?P<mag>万亿|亿|万)?\s*(?P<unit>美元|元|家|个|户|人|亩)?)?\s*的\s*$"
)
OUT_OF_SCOPE_BEFORE = re.compile(
    r"(?:年均|平均|拉动|控制在|(?<!不)低于|不超过|排名|排|位居|占全[市区省国县]\S{0,6}?|占[^，,。；;：:]{0,14}?的)\s*$"
)
# a growth rate in brackets after its figure: 实际使用外资3862万美元（同比增长15%）
INNER_GROWTH_RE = re.compile(
    r"[（(]\s*(?:同比|比上年同期|比去年同期|比上年|较上年|比去年)?(?:增长|下降|减少|增加|增幅|增速)(?:了|为|达)?\s*$"
)
BASE_AFTER_RE = re.compile(r"\s*的?(?:基础上|基数上)")
ATTRIBUTIVE_NEXT = re.compile(r"\s*(?:及以上|以上|以下)?\s*(?:的|[“\"《「]|[\u4e00-\u9fff])")
NOT_ATTRIBUTIVE = set("和及与或至到等，。；、,;.:：!?！？")
# the change of a stock: 净增21家, 较上年末增加5家
DELTA_VERBS = "净增|净减|新增|增加|减少"
# the verbs of a change told by its two ends (由245家增至286家, 由13.5%回落至10.4%)
CHANGE_VERBS = "增加|增长|提高|提升|上升|扩大|加快|发展|回落|下降|减少|降低|放缓|收窄|增|降"
CHANGE_NEXT_RE = re.compile(rf"(?:{CHANGE_VERBS})(?:到|至|为)|(?:{DELTA_VERBS})\s*\d")
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


def find_mentions(text: str, start: int, end: int) -> list[Mention]:
    """Numbers with a unit in ``text[start:end]``, classed as value, growth or completion; numbers
    that are part of a name (500万元以上项目, 投资460亿的…项目), ranks, ceilings, 拉动, 年均 and
    numbers in parentheses are left out."""
    segment = text[start:end]
    out: list[Mention] = []
    for m in MENTION_RE.finditer(segment):
        value = parse_number(m.group("num"))
        mag = m.group("mag")
        if m.group("num") in ROUND_MAGNITUDE:
            value = ROUND_MAGNITUDE[m.group("num")]  # 总投资超千亿元: a round figure
        elif m.group("num") == "万" and not mag:
            value, mag = Decimal(1), "万"  # 增加学位近万个
        if value is None:
            continue
        s, e = start + m.start(), start + m.end()
        before = text[max(start, s - 24) : s]
        if OUT_OF_SCOPE_BEFORE.search(before) and not (
            m.group("pct") and COMPLETION_RE.search(text[max(start, s - 40) : s])
        ):
            continue  # but 占年度任务62.1亿元的58.3% is a completion, not a share of another figure
        after = AFTER_QUAL_RE.match(text, e)
        qualifier = m.group("approx1") or m.group("approx2")
        q_before = BEFORE_QUAL_RE.search(before)
        if q_before and q_before.group(1) not in ("达到", "达"):
            qualifier = q_before.group(1)
        if after:
            if after.group(1) in ("以内", "以下"):
                continue  # a ceiling, not a figure
            qualifier = after.group(1)
            e_q = after.end()
        else:
            e_q = e
        signed = (
            m.group("pct")
            and segment[m.start() - 1 : m.start()] in ("-", "－", "−")
            and not re.match(r"[\dA-Za-z年月]", segment[max(m.start() - 2, 0) : m.start() - 1] or "a")
        )
        if signed:
            value = -value  # 增速分别为21.3%、-6.2%, 同比增长-3.4%: a rate written with its sign
            before, s = before[:-1], s - 1
        if (
            _inside_parentheses(segment, m.start())
            and not EARLIER_FIGURE_RE.search(segment[: m.start()])
            and not (m.group("pct") and INNER_GROWTH_RE.search(before))
        ):
            # but （上年同期1.65亿美元）, （2024年末为1172家） are figures of an earlier date, and
            # （同比增长15%） is the growth of the figure before the bracket
            continue
        if m.group("pct") or m.group("times"):
            growth = GROWTH_TAIL_RE.search(before)
            if m.group("times"):
                if not growth:
                    continue
                value = value * 100
            if growth and re.search(r"(?:年均|平均)\s*$", before[: growth.start()]):
                continue  # 年均增长10.6%: an average annual rate is no growth of one period
            if growth:
                sign = -1 if growth.group("verb") in ("下降", "减少", "回落", "降低", "下滑") else 1
                out.append(Mention(s, e_q, "growth", sign * value, "%", qualifier=qualifier))
                continue
            completion = COMPLETION_RE.search(text[max(start, s - 40) : s])
            if completion:
                embedded = None
                if completion.group("emb"):
                    emb_value = parse_number(completion.group("emb"))
                    if emb_value is not None:
                        base, unit, currency = base_value(
                            emb_value, completion.group("mag") or "", completion.group("unit") or "元"
                        )
                        embedded = {"value": emb_value, "unit": unit, "value_base": base, "currency": currency}
                out.append(Mention(s, e_q, "completion", value, "%", qualifier=qualifier, embedded=embedded))
                continue
            out.append(Mention(s, e_q, "value", value, "%", value, "", qualifier))
            continue
        if BASE_AFTER_RE.match(text, e_q):
            unit = m.group("unit") or ("元" if m.group("yi") else "")
            base, display, currency = base_value(value, mag or ("亿" if m.group("yi") else ""), unit)
            out.append(Mention(s, e_q, "value", value, display, base, currency, qualifier, base=True))
            continue
        nxt = ATTRIBUTIVE_NEXT.match(text, e_q if not after else e)
        following = text[e_q : e_q + 1]
        if (
            nxt
            and following
            and following not in NOT_ATTRIBUTIVE
            and following not in "/每"
            and nxt.end() <= end + 1
            and not CHANGE_NEXT_RE.match(text, e_q)  # 由2022年底的118家增加到…: a figure that changed
        ):
            # part of a name or an attribute (100亿元以上工业项目, 7个拟开工项目), unless the counted
            # noun phrase is the subject or object of a result verb (48家企业入选…, 引进10家外资企业)
            # or the land an area measures (3000亩高标准农田)
            unit = m.group("unit") or ""
            counted = unit and not unit.endswith("元") and unit != "项"  # 三项100强, 10项措施: attributes
            found = _counted_after(text, start, end, s, e_q, unit) if counted else None
            if found is None:
                continue
            label, kind_hint, name_end = found
            base, display, currency = base_value(value, mag or "", unit)
            out.append(
                Mention(s, e_q, "value", value, display, base, currency, qualifier, None, label, kind_hint, name_end)
            )
            continue
        if text[e : e + 1] and text[e : e + 1] in "/每":
            continue  # an intensity: 35万元/亩
        if re.match(r"\d", text[e_q : e_q + 1]):
            continue  # part of a title: 湖北企业三项100强
        unit = m.group("unit") or ("元" if m.group("yi") else "")
        magnitude = mag or ("亿" if m.group("yi") else "")
        base, display, currency = base_value(value, magnitude, unit)
        out.append(Mention(s, e_q, "value", value, display, base, currency, qualifier))
    flat = [Mention(start + m.start(), start + m.end(), "growth", Decimal(0), "%") for m in FLAT_RE.finditer(segment)]
    return sorted(out + flat, key=lambda m: m.start) if flat else out


# no change on a year before, a growth of 0 (DOMAIN §9.3): 与上年基本持平, 确保与上年持平
FLAT_RE = re.compile(r"(?:与上年同期|与去年同期|与上年|与去年|同比)?(?:基本)?持平")


# the noun a count counts, and the verbs that make "N家企业" a result rather than an attribute
_ENTITY = "企业|项目|机构|公司|园区|楼宇|总部|基金|平台|工厂|单位|基地|孵化器|众创空间|工作站|研发中心|服务中心|综合体"
_PERIOD_WORDS = "年内|年底前|年底|第?[一二三四]季度|上半年|下半年"
POST_VERB_RE = re.compile(
    rf"(?P<np>[^，,。；;：:、\s\d（()）]{{0,16}}?(?:{_ENTITY}))"
    rf"(?P<adv>(?:已经|已|均|全部|先后|成功|顺利|被|近期|即将|有望|{_PERIOD_WORDS})*)"
    r"(?P<verb>入选|认定为|认定|获评|评为|备案|入库|获批|申领|开工|竣工|投产|完成|签约|落户|建成|入驻|上市)"
)
STATUS_VERBS = ("入选", "认定为", "认定", "获评", "评为", "备案", "入库", "获批", "申领")
VERB_TAIL_RE = re.compile(r"[\u4e00-\u9fff]{1,3}(?=$|[，,。；;：:、])")
OBJECT_RE = re.compile(r"[^，,。；;：:、\s\d（(]{2,30}")
OBJECT_END_RE = re.compile(r"(?:共计|合计|总计|累计|共|达到|达|为|的)$")
ENTITY_END_RE = re.compile(rf"(?:{_ENTITY}|中心|工厂|示范|名单|库|站)$")
PRE_VERB_RE = re.compile(
    r"新增|新引进|引进|引入|申报|签约|培育|新认定|认定|新开工|开工|建成|建立|设立|组建|落户|新建|入驻|招引|创建"
)
COUNTED_NP_RE = re.compile(rf"[^，,。；;：:、\s\d（()）]{{0,16}}(?:{_ENTITY})(?=\s*(?:$|[，,。；;：:]))")
AREA_AFTER_RE = re.compile(
    r"的?([^，,。；;：:、\s\d（()）的]{0,8}?(?:农田|耕地|土地|用地|林地|地块|净地))(?!整理|控制|规划|详规|征拆|开发)"
)
ESTIMATE_ADVERBS = ("近期", "即将", "有望")


AWARD_RE = re.compile(r"(?:获得|通过|荣获)(?P<obj>[^，,。；;：:、\s\d（(]{2,20}?(?:认定|认证|称号|资质|资格))\s*$")
CAUSE_BEFORE_RE = re.compile(r"(?:^|已|共|全区|园区)有$|(?:推动|助推|帮助|促成|引导)[^，,。；;：:\d]{0,4}$")
PREDICATE_RE = re.compile(
    rf"(?P<np>[^，,。；;：:、\s\d（()）]{{0,12}}?(?:{_ENTITY}))"
    r"(?P<adv>(?:已经|已|均|全部|先后|成功|顺利|陆续|相继)*)(?P<vp>[^，,。；;：:\d（()）的]{2,24}?)\s*$"
)
ACTIVITY_VP_RE = re.compile(r"参加|参与|参展|出席|报名|对接|走访|培训|座谈|观摩|考察|解决|协调|化解|办理|享受")


def _counted_by_predicate(text: str, start: int, s: int, e: int, rest: str) -> tuple[str, str | None, int] | None:
    """已有24家企业与高校建立了合作关系, 推动20家企业实现数字化转型: enterprises counted by what they
    did, after 有 or a verb that makes them do it; the name is the predicate with its noun
    (与高校建立合作关系企业). Taking part in an activity (推动500家企业参加招聘会) is no result."""
    clause_start = max(start, *(text.rfind(sep, start, s) + 1 for sep in "，,。；;：:\n"))
    if not CAUSE_BEFORE_RE.search(text[clause_start:s]):
        return None
    found = PREDICATE_RE.match(rest)
    if not found or ACTIVITY_VP_RE.search(found.group("vp")):
        return None
    head = re.search(rf"(?:{_ENTITY})$", found.group("np"))
    noun = head.group(0) if head else found.group("np")
    vp = lx.normalize(found.group("vp")).replace("了", "")
    if len(vp) < 2 or re.match(r"[的和与及等]", vp) and not vp.startswith("与"):
        return None
    return vp + noun, None, e + found.end()


def _counted_after(text: str, start: int, end: int, s: int, e: int, unit: str) -> tuple[str, str | None, int] | None:
    """(name, kind hint, end of the name) for a number written before the noun it counts, when that
    noun phrase is the subject of a result verb (48家企业入选省级…, 27个重点项目已开工, 11个项目近期投产),
    the object of one that closes the clause (签约…等6个项目, 引进10家以上外资企业), or, for 亩, the
    land measured (3000亩高标准农田); None for an attribute (7个拟开工项目, 推动500家企业参加…)."""
    clause_end = end
    for sep in "，,。；;：:":
        i = text.find(sep, e, end)
        if 0 <= i < clause_end:
            clause_end = i
    rest = text[e:clause_end]
    if unit in AREA_UNITS:
        land = AREA_AFTER_RE.match(rest)
        return (lx.normalize(land.group(1)), None, e + land.end()) if land else None
    award = AWARD_RE.match(rest) if unit == "家" else None
    if award:  # 等9家获得省级高新技术企业认定: the count of firms the award went to
        return lx.normalize(award.group("obj")), None, e + award.end()
    post = POST_VERB_RE.match(rest)
    if not post or (
        post.group("verb") not in STATUS_VERBS and not VERB_TAIL_RE.fullmatch(rest[post.end() :].strip() or "了")
    ):
        # 推动12家企业完成智能化改造: a longer predicate than a result verb alone names the count
        found = _counted_by_predicate(text, start, s, e, rest)
        if found:
            return found
    if post:
        np, adv, verb = lx.normalize(post.group("np")), post.group("adv"), post.group("verb")
        head = re.search(rf"(?:{_ENTITY})$", np)
        noun = head.group(0) if head else np
        after = rest[post.end() :]
        hint = "estimate" if any(w in adv for w in ESTIMATE_ADVERBS) else None
        if verb in STATUS_VERBS:
            obj = OBJECT_RE.match(after)
            if not obj:
                return None
            name = OBJECT_END_RE.sub("", lx.normalize(obj.group(0)))
            if len(name) < 2:
                return None
            label = verb + name
            if not ENTITY_END_RE.search(label):
                label += noun
            return label, hint, e + post.end()
        tail = VERB_TAIL_RE.match(after)
        phrase = verb + (tail.group(0) if tail else "")
        if re.search(_PERIOD_WORDS, adv):
            return np + verb, hint, e + post.end()  # 8个项目一季度开工: 项目开工 in that period
        return phrase + np, hint, e + post.end()
    counted = COUNTED_NP_RE.match(rest)
    if not counted or counted.end() < len(rest.rstrip()):
        return None
    clause_start = start
    for sep in "，,。；;：:":
        i = text.rfind(sep, start, s)
        if i + 1 > clause_start:
            clause_start = i + 1
    before = text[clause_start:s]
    verbs = [
        v
        for v in PRE_VERB_RE.finditer(before)
        # the verb governs this number, not an earlier one (a digit inside a name, 天马G6, 5G, is no number)
        if not re.search(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d.])", before[v.end() :])
        and not re.match(r"[拟待未在正将]", before[v.start() - 1 : v.start()])  # 拟开工项目 is a noun
        and not re.match(rf"(?:{_ENTITY})", before[v.end() :])  # 开工项目、… is a noun phrase
    ]
    if not verbs:
        return None
    np = lx.normalize(counted.group(0))
    return verbs[-1].group(0) + np, None, e + counted.end()


def _inside_parentheses(segment: str, pos: int) -> bool:
    opened = max(segment.rfind("（", 0, pos), segment.rfind("(", 0, pos))
    if opened < 0:
        return False
    closed = max(segment.rfind("）", 0, pos), segment.rfind(")", 0, pos))
    return closed < opened


# ------------------------------------------------------------------ names


@dataclass
class Name:
    label: str
    indicator: str
    code: str | None
    start: int
    verb: str = ""
    written: str = ""  # the word written at the number when the name is built from the clause before


# the coverage of a statistic before what it counts: 纳入统计的500万元以上在建项目
STATISTICS_SCOPE_RE = re.compile(r"^(?:纳入|列入)?[^，,。；;的\d]{0,6}?(?:统计|监测|调度|管理)(?:范围)?的")
TRAILING_RE = re.compile(f"(?:{'|'.join(sorted(map(re.escape, lx.TRAILING), key=len, reverse=True))})$")
PLAN_NOUN_RE = re.compile(r"[目度]计划总?投资")
# the plan made at the start of a year under review: 年初计划新开工项目49个，开工率达87.8%
EARLY_PLAN_RE = re.compile(r"年初(?:计划|目标|确定|下达)")


def clean_name(raw: str, *, cut: bool = True) -> tuple[str, str]:
    """(the indicator name written in ``raw``, the verb cut before it). Cue words and verbs around
    the name, years and periods, lists before 等 and a leading 其中 are removed."""
    name = raw.strip()
    if "基础上" in name or "相比" in name:  # 在2025年基础上增长10%, 与上年相比: the base is no part of the name
        name = re.sub(
            r"在[^，,。；;在]{0,30}?的?基础上|[与同和跟](?:(?:19|20)\d{2}年|上年|去年)(?:同期)?相比", "", name
        )
    name = re.sub(r"^(?:[-·•*—–]+|[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]|[①-⑳])\s*", "", name)
    name = re.sub(
        r"(?:19|20)\d{2}\s*年(?:度)?|(?:1|一)\s*[-—–~至到]\s*\d{1,2}\s*月(?:份)?|\d{1,2}\s*月(?:底|末)", "", name
    )
    name = re.sub(
        r"\d{1,2}\s*月份?\s*(?:当月|单月)|前三季度|第?[一二三四]季度(?:当季|单季|末|底)?|上半年|下半年|全年|今年以来|今年|当年|"
        r"年内|同期|当月|本月|单月",
        "",
        name,
    )
    name = STATISTICS_SCOPE_RE.sub("", lx.normalize(name))
    while name and (trailing := TRAILING_RE.search(name)):
        if trailing.group(0) == "约" and name[: trailing.start()].endswith(("签", "履", "合", "特", "节")):
            break  # 已签约31个: 约 ends a word here, it qualifies no number
        name = name[: trailing.start()]
    verb = ""
    cut_at = -1
    for v in lx.CUT_VERBS if cut else ():
        i = name.rfind(v)
        if v == "计划" and i > 0 and PLAN_NOUN_RE.match(name, i - 1):
            continue  # 新开工项目计划总投资, 年度计划投资: the planned investment is a noun
        if i >= 0 and i + len(v) > cut_at:
            cut_at, verb = i + len(v), v
    if cut_at >= 0:
        name = name[cut_at:]
    if "等" in name:
        name = name[name.rfind("等") + 1 :]
    changed = True
    while changed and name:
        changed = False
        for word in lx.LEADING:
            if word == "有" and name.startswith("有效"):
                continue  # 有效高新技术企业总数: 有效 is part of the name
            if name.startswith(word) and len(name) > len(word):
                name = name[len(word) :]
                changed = True
    return name, verb


def resolve_name(raw: str, unit: str, start: int, *, growth_only: bool = False) -> Name | None:
    """The indicator a written name stands for, or None when it is no indicator (a bare 投资,
    an activity, an intensity)."""
    label, verb = clean_name(raw)
    uncut, _ = clean_name(raw, cut=False)
    if unit == "%" and (label.startswith("占") or uncut.startswith("占")):
        return None  # 占规上工业增加值比重为38.7%: a share of the figure just stated qualifies it
    if uncut and uncut != label:
        entry = lx.catalogue_match(uncut)
        if entry:
            return Name(uncut, entry["name"], entry["code"], start, "")
    if not label or len(label) > 30:
        return None
    # a beneficiary before the verb is no part of the name: 为企业担保融资 → 担保融资
    label = re.sub(r"^(?:[^，,。；;为]{0,8}?为)(?:[^，,。；;为]{0,8}?(?:企业|园区|公司))", "", label)
    intensity = any(w in label for w in lx.INTENSITY_WORDS) and not PER_CAPITA_RE.search(label)
    if (intensity and _dimension(unit) != "count") or re.search(
        r"为|^[对向给](?!.{1,10}(?:进出口|出口|进口)$)|^在(?!建|谈|库|册|孵|营)", label
    ):
        # 对东盟进出口18.42亿元 is trade with one market; 对企业…, 向银行… are no names
        return None
    if any(w in uncut for w in lx.ENFORCEMENT_WORDS) or re.search(r"为(?:其|该|他们)", raw):
        return None  # enforcement counts; figures for one enterprise (为其争取资金…) are not the zone's
    entry = lx.catalogue_match(label)
    if entry:
        return Name(label, entry["name"], entry["code"], start, verb)
    plain = PAREN_RE.sub("", label)
    listed = re.split(r"[、或]", plain)
    if len(listed) > 1 and not growth_only:
        plain = listed[-1]
    if not plain or re.search(r"[：:；;。]", plain):
        return None
    entry = lx.catalogue_match(plain)
    if entry:
        return Name(plain, entry["name"], entry["code"], start, verb)
    dimension = _dimension(unit) if unit else "growth"
    if _sub_indicator(plain, dimension if not growth_only else "growth"):
        # 制造业实际使用外资, 一般贸易出口: a catalogue indicator narrowed to a sector or trade mode
        return Name(plain, plain, None, start, verb)
    accepted = False
    if dimension == "growth" or growth_only:
        accepted = (plain.endswith(lx.GROWTH_NAME_SUFFIXES) and plain not in lx.BARE_MONEY) or bool(
            lx.RD_SPENDING_RE.search(plain)
        )
    elif dimension == "money":
        if plain == "投资" and verb == "完成":
            if ONE_PROJECT_RE.search(uncut) and not GROUP_PROJECT_RE.search(uncut):
                return None  # 总投资50亿元的桂澜港口物流园项目完成投资6.8亿元: one project's own figure
            plain = "完成投资"  # 完成投资200亿元: investment completed, not a bare 投资
            if subject := SUBJECT_INVESTMENT_RE.fullmatch(uncut):
                # 省市重点建设项目完成投资128.6亿元, 重点项目累计完成投资: the projects whose investment it is
                plain = uncut[: subject.start("adverb")] + "完成投资" if subject.group("adverb") else uncut
        if ONE_PROJECT_SIZE_RE.search(uncut) and not GROUP_PROJECT_SIZE_RE.search(uncut):
            return None  # 第一小分队引进的中汇数科华北总部项目总投资12亿元: one project's size
        accepted = (
            plain.endswith(lx.MONEY_SUFFIXES)
            and plain not in lx.BARE_MONEY
            and not any(w in plain for w in lx.SPENDING_WORDS)
        ) or bool(lx.RD_SPENDING_RE.search(plain))
    elif dimension == "count":
        if HANDLING_RE.search(plain):
            return None  # 受理审批服务事项1460件, 走访企业200家: casework and visits are activity counts
        if PER_POPULATION_RE.search(plain):
            return None  # 万人有效发明专利拥有量61.2件: a count per head of population, an intensity
        if plain in lx.BARE_COUNT and verb and verb not in lx.ESTIMATE_CUES + lx.TARGET_CUES + ("完成", "实现", "达到"):
            # 签约引进项目37个: the stage the projects reached names them, not the verb of bringing them in
            stage = re.search(rf"(新?签约|新?开工|新?投产|竣工|落地|落户){re.escape(verb)}{plain}$", uncut)
            plain = (stage.group(1) if stage else verb) + plain
        accepted = (
            any(n in plain for n in lx.COUNT_NOUNS)
            or bool(RESULT_COUNT_RE.match(plain) and unit in COUNTED_UNITS)
            # 养老保险参保人员净增1.2万人: people added to a register, named by the register
            or bool(unit.endswith(("人", "名")) and len(plain) >= 4 and re.search(r"(?:净增|新增|增加)$", plain))
            # 完成房屋征迁412户: the households a clearance moved
            or bool(unit.endswith("户") and RELOCATION_RE.search(plain))
        ) and plain not in lx.BARE_COUNT
    elif dimension == "area":
        plain = re.sub(r"^.*\d\s*[个家项名人户]", "", plain)  # 引入13个项目租赁厂房: the count is not the name
        if "规划" in plain:
            return None  # 产业园规划总用地面积3115.5亩: the size a plan gives a park, not a result
        accepted = (any(n in plain for n in lx.AREA_NOUNS) and plain not in ("面积", "用地")) or (
            unit == "亩" and plain in LAND_VERBS  # 征地1760亩，平整土地1500亩，建成1500亩: land built
        )
        if unit.endswith(("平方米", "㎡")):  # floor space counts only as premises or land, not 绿地/孵化面积
            accepted = accepted and bool(re.search(rf"{'|'.join(lx.BUILDING_NOUNS)}|用地|土地|净地", plain))
        if accepted and plain.endswith(lx.BUILDING_NOUNS) and not BUILD_VERB_RE.match(plain):
            plain += "面积"  # 存量厂房约8万㎡ → 存量厂房面积; 新建标准厂房42万平方米 names itself
    elif dimension == "percent":
        if "权重" in plain:
            return None  # 考核权重占40%: how an assessment weighs a target, not a figure
        if RD_INTENSITY_RE.search(plain):
            # 研发投入占地区生产总值比重 (研发投入强度) is a standard indicator of its own, a share of GDP,
            # not a physical intensity like 万元/亩
            return Name(plain, plain, None, start, verb)
        if plain.endswith("占") and len(plain) >= 3 and not re.search(r"[的其]", plain):
            plain = plain + "比"  # 一般贸易出口占58.2%: a share stated with its own subject
        # a bare 占比/比重 after a figure qualifies that figure (出口12亿元，占比30%), as 占全市的…% does
        accepted = plain.endswith(lx.SHARE_WORDS) and plain not in lx.BARE_SHARES
    if not accepted:
        return None
    return Name(plain, plain, None, start, verb)


PER_POPULATION_RE = re.compile(r"万人")
# a resident's income or spending per head is a statistic of its own (农民人均可支配收入4326元), not a
# physical intensity like 亩均税收
PER_CAPITA_RE = re.compile(r"人均(?:可支配)?(?:收入|消费支出)$")
PROJECTS_RE = re.compile(r"^([^的和与及、，,\d]{0,12}项目)(?:年度)?(?:计划)?(?:完成)?投资$")
# adverbs between projects and their 完成投资 (重点项目累计完成投资), no part of the name
INVESTMENT_ADVERBS = "累计|共计|合计|共|已"
SUBJECT_INVESTMENT_RE = re.compile(rf"[^的和与及、，,\d]{{2,14}}项目(?P<adverb>{INVESTMENT_ADVERBS})?完成投资")
# one project named by what it is (总投资50亿元的X项目, “X”项目), not a group of projects (重点项目)
ONE_PROJECT_RE = re.compile(r"(?:的|[”\"])[^的，,。；;]{2,24}项目(?:一期|二期|三期)?(?:累计|共计|已)?完成投资$")
# a clause whose subject is one project named by its size or in quotation marks: 其中总投资58亿元的华屿锂电
# 隔膜项目提前3个月建成投产 / “华屿锂电”项目
ONE_PROJECT_SUBJECT_RE = re.compile(
    r"^\s*(?:其中|特别是|尤其是)?\s*[，,]?\s*(?:(?:总|计划)?投资(?:额|约|超|近)?\s*[\d.]+\s*(?:万|亿)?元的[^，,。；;]{2,24}?|"
    r"[“\"][^”\"]{2,24}[”\"])项目"
)
# the size of one project named before it: …引进的中汇数科华北总部项目总投资12亿元, “X”项目总投资
ONE_PROJECT_SIZE_RE = re.compile(r"(?:的|[”\"])[^的，,。；;]{2,24}项目(?:一期|二期|三期)?(?:计划)?(?:总投资|投资总额)$")
GROUP_PROJECT_SIZE_RE = re.compile(
    r"(?:重点|重大|在建|新开工|续建|签约|以上|省市|省级|市级|区级|\d+\s*个)[^的，,。；;]{0,4}项目"
)
GROUP_PROJECT_RE = re.compile(
    r"(?:重点|在建|新开工|续建|技改|基础设施|以上|省市|省级|市级|区级|民生|各类|全部|所有|\d+\s*个)"
    rf"[^的，,。；;]{{0,4}}项目(?:{INVESTMENT_ADVERBS})?完成投资$"
)
HANDLING_RE = re.compile(r"受理|办理|办结|处理|接待|走访|拜访|检查|排查|调处|解决|诉求")
RD_INTENSITY_RE = re.compile(r"(?:研发|R&D|研究与试验发展)\S*(?:占\S*(?:地区生产总值|GDP)|强度)")
LAND_VERBS = ("建成", "新征", "征收", "供应", "出让", "收储", "盘活", "流转")
BUILD_VERB_RE = re.compile(r"(?:新建成|新建|建成|竣工|新开工|开工建设)")
# a count named by what the zone did (新建成5G基站46个, 新签约项目40个, 开通充电桩120个)
RESULT_COUNT_RE = re.compile(
    r"^(?:新建成|建成投用|建成|新建|新增|新签约|签约|新开通|开通|新落地|落地|新落户|落户|新认定|新获批|获批)"
    r"(?=[^的和与及、]{2,14}$)[^的和与及、]*[\u4e00-\u9fff]$"
)
RELOCATION_RE = re.compile(r"(?:征迁|拆迁|搬迁|征收|安置)$")
COUNTED_UNITS = ("个", "家", "户", "栋", "座", "件", "所", "套")
SUB_PREFIX_RE = re.compile(r"^[^\d的和与及、，,]{2,10}$")
SUB_PREFIX_VERB_RE = re.compile(r"(?:促进|推动|扩大|稳定|带动|拉动|稳住|提升|增加|减少|完成|实现|其中)$")


def _sub_indicator(plain: str, dimension: str) -> bool:
    """A catalogue indicator narrowed by a prefix that is no place (制造业实际使用外资, 一般贸易出口,
    民营企业进出口): its own written name, of the catalogue indicator's dimension."""
    if len(plain) < 4:
        return False
    index, labels = lx.catalogue_index()
    for label in labels:
        if len(label) < 2 or len(label) >= len(plain) or not plain.endswith(label):
            continue
        prefix = plain[: -len(label)]
        if not SUB_PREFIX_RE.match(prefix) or SUB_PREFIX_VERB_RE.search(prefix) or lx.PLACE_PREFIX_RE.match(prefix):
            return False
        unit = index[label].get("unit") or ""
        wanted = "percent" if unit == "%" else ("money" if unit.endswith("元") else "count")
        return dimension == wanted or (dimension == "growth" and wanted != "percent")
    return False


# ------------------------------------------------------------------ document walk


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


TARGET_CUE_RE = re.compile(
    r"力争|确保|(?<![人才动])计划(?![”\"、，。）)]|$|总投资|[\u4e00-\u9fff]{0,4}的)|"
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


# the mark of an enumerated item: （一） (1) 一、 1. ①
ITEM_MARK = (
    r"(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|[①-⑳])"
)
# an item's mark and heading before its text: （一）签约项目量质齐升。前10个月，…
ITEM_LEAD = rf"{ITEM_MARK}\s*[^。；;，,]{{2,30}}[。：:]"
ITEM_LEAD_RE = re.compile(rf"^\s*{ITEM_LEAD}")
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


def _tier_name(pre: str, previous: Fact | None) -> Name | None:
    """The higher tier of a two-tier target, written after the lower one with only its tier word:
    预期目标20046户，拼搏目标25058户 / 增长7%，拼搏8% → 新登记市场主体（拼搏目标）."""
    tier = HIGHER_TIER_RE.search(pre)
    if tier is None or previous is None or "（" in previous.label:
        return None
    residue = clean_name(GROWTH_TAIL_RE.sub("", pre))[0]
    if residue not in ("", tier.group("tier")):  # 拼搏目标 is cut to 拼搏 (目标 is a trailing cue)
        return None
    word = f"（{tier.group('tier')}目标）"
    return Name(previous.label + word, previous.indicator + word, None, previous.start)


# a paragraph that opens with 初步预计, or whose item heading is followed by it: （一）经济运行稳中向好。初步预计，…
PARA_ESTIMATE_RE = re.compile(rf"^\s*(?:[-·•]\s*)?(?:{ITEM_LEAD}\s*)?初步预计")


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


# ------------------------------------------------------------------ figures set for a sub-unit


def _document_head(text: str) -> str:
    """The lines before the body (issuer, title, 文号): a unit named there is the zone that writes,
    not one of its sub-units. The addressees (主送机关, the line ending in 「：」) end the head."""
    head = []
    for line in text.split("\n")[:12]:
        stripped = line.strip()
        if not stripped:
            continue
        if len(stripped) > 60 or FIGURE_RE.search(stripped) or ITEM_RE.match(stripped) or stripped.endswith("。"):
            break
        if stripped.endswith(("：", ":")):
            break  # 各街道办事处、泺川化工产业园管理办公室：the addressees are sub-units, not the writer
        head.append(stripped)
    return "\n".join(head)


UNIT_SUFFIXES = (
    "街道办事处|街道办|街道|镇|乡|社区|片区|功能区|集聚区|集中区|"
    "产业园|工业园|科技园|物流园|创业园|分园|园区|园|新城|管理处|产业办|办事处|招商分局|分局|"
    # customs-bonded areas inside a zone: 综保区, 洹州保税物流中心
    "综合保税区|综保区|保税区|保税物流中心|"
    # the teams a zone's work is shared out to: 现代服务业专班, 驻上海招商小分队
    "专班|招商小分队|小分队|"
    # parks named as towns: 缙北汽车城, 光谷科学城
    "科学城|科技城|汽车城|产业城|智造城|未来城|商务城"
)
UNIT_NAME = rf"(?:[^，,。；;：:、\s\d（()）“”\"《》]{{1,14}}?(?:{UNIT_SUFFIXES})(?:片区|园区)?|[东西南北中]部?区(?![\u4e00-\u9fff]*区)|综合保税区|综保区)"
# an item headed by the unit its figures are set for: 1.青禾街道： / （二）新材料产业园： / 松溪街道：
UNIT_ITEM_RE = re.compile(
    r"^\s*(?:\d{1,2}\s*[.．、)）]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])?"
    rf"\s*(?P<unit>{UNIT_NAME})\s*[：:]"
)
# an item whose heading is a unit alone, closed by 。: （一）东岳街道。规上工业总产值预期目标96亿元…
UNIT_HEAD_ITEM_RE = re.compile(rf"^\s*{ITEM_MARK}\s*(?P<unit>{UNIT_NAME})\s*。")
# a clause opening with the unit it is about: 青禾街道完成固定资产投资50亿元 / 其中，松溪街道增长10.5% /
# 新材料产业园新签约项目18个; not a project or enterprise named after a park (临港产业园二期项目开工),
# told apart by the flow word (签约, 开工, 引进…) that comes before 项目 in the unit's clause
UNIT_FLOW_WORDS = (
    "新签约|签约|新开工|开工|新引进|引进|在建|续建|竣工|投产|新增|新落户|落户|新注册|注册|新入驻|入驻|新设立|设立"
)
UNIT_CLAUSE_RE = re.compile(
    rf"^\s*(?:其中|分别是|分别为|依次为)?\s*[，,]?\s*(?:力争|确保|预计|争取)?(?:辖区内?|区内)?(?P<unit>{UNIT_NAME})"
    rf"(?!(?:(?!{UNIT_FLOW_WORDS})[\u4e00-\u9fff])*(?:项目|企业|公司))"
    r"(?=\s*(?:[\u4e00-\u9fff]|[（(]))"
)
# a unit with its bare figure, in a breakdown after 其中: 其中：东区98.2亿元，西区77.3亿元
UNIT_FIGURE_RE = re.compile(rf"^\s*(?:其中)?\s*[，,：:]?\s*(?P<unit>{UNIT_NAME})(?=\s*\d)")
# a clause opening with the industry chain it is about: 新能源产业链引进项目13个，总投资146.5亿元
CHAIN_CLAUSE_RE = re.compile(
    r"^\s*(?:其中)?\s*[，,]?\s*(?!谋划|围绕|聚焦|推进|推动|实施|开展|加快|强化|加强|打造|做强|延伸|完善|绘制|梳理)"
    r"(?P<unit>[^，,。；;：:、\s\d（()）“”\"]{2,12}?产业链)(?=[\u4e00-\u9fff])"
)
# the zone as a whole: a clause about it ends the sub-unit a sentence was about
WHOLE_ZONE_RE = re.compile(r"^\s*(?:全区|全园区?|全县|全市|全镇|全街道|开发区|高新区|经开区|园区|全域)")
GENERIC_UNIT_RE = re.compile(
    # a zone has one 综保区, so the word alone names it
    r"^(?!(?:综合保税区|综保区)$)(?:相关|有关|重点|部分|多个|两个|三个|省级|国家级|市级|县级|区级|新建|在建|专业|产业|工业|"
    r"科技|物流|创业|城|农|乡|村|城乡|街|集|小|分|(?:第?[一二三四]季度|上半年|下半年|前三季度|全年|今年|年内|当月|本月))?"
    rf"(?:{UNIT_SUFFIXES})$"
)


# a phrase that only ends like a unit: 确保全年新增城镇…, 以新沟镇为…, 在临港物流园…
NOT_UNIT_RE = re.compile(
    r"^(?:各|全|本|该|其他|其余|所有|以|在|对|向|由|从|为|将|把|按|经|据|到|至|于|围绕|依托|推动|支持)|[与及的]|"
    r"(?:城镇|乡镇|村镇|城乡)$|全(?:区|县|镇|乡|街道|园区?)$|"  # 上半年全街道: the whole zone
    r"确保|力争|争取|预计|完成|实现|新增|引进|培育|全年|年内|建设|打造|推进|累计|达到|开展|加快|实施|发展|大力|^我|"
    r"组建|成立|设立|抽调|开发(?!区)"  # 组建专班开展…, 高质量开发…产业园: work on a unit, not a unit
)


# a paragraph about one indicator unit by unit: 固定资产投资方面，… / 从规上工业总产值看，…
ASPECT_RE = re.compile(r"^\s*(?:从)?(?P<topic>[^，,。；;：:\d]{2,16}?)(?:方面|来看|看)\s*$")


def _carried_name(
    pre: str, m: Mention, state: _State, months: list[int] | None, start: int, sentence: list[Fact], since: str
) -> Name | None:
    """After a 「；」, a number with no name of its own is the figure just stated, for its own period
    (一季度，A完成142.7亿元；上半年完成311.5亿元) or for its own unit (北区完成规上工业总产值186.4亿元；
    南区完成121.7亿元; 东区（光电园）完成104.26亿元), and so is a unit's part of the zone's figure
    after 其中 (``since`` is the text since the last figure of the whole zone) and the next unit's
    figure after one unit's."""
    before = state.prev_fact
    part = False
    if before is None and state.clause_scope:
        wholes = [f for f in sentence if not f.extra.get("scope")]
        siblings = [f for f in sentence if f.extra.get("scope") not in (None, state.clause_scope)]
        if re.search(r"其中", since):
            # A完成218.6亿元，其中瑞山工业功能区完成131.2亿元 (or 。其中：东区98.2亿元): that unit's part of it
            before = _last_stated(wholes) or (siblings[-1] if siblings else None)
            before, part = before or (state.stated[-1] if not sentence and state.stated else None), True
        elif siblings and not wholes:
            before, part = siblings[-1], True  # 东区完成98.2亿元，西区完成77.3亿元: the unit before's indicator
    if before is None or before.unit is None or _dimension(before.unit) != _dimension(m.unit):
        return None
    residue = re.sub(r"^其中", "", clean_name(pre)[0])
    scope = state.clause_scope
    own_unit = (
        bool(scope)
        and before.extra.get("scope") not in ((scope,) if part else (None, scope))
        and PAREN_RE.sub("", residue) in ("", scope)
    )
    own_period = bool(months) and months != before.months and not residue
    if not (own_unit or own_period):
        return None
    return Name(before.label, before.indicator, before.code, start)


def _since_whole(text: str, start: int, m: Mention, sentence: list[Fact]) -> str:
    """The sentence's text from its last figure of the whole zone (or its start) to ``m``."""
    whole = next((f for f in reversed(sentence) if not f.extra.get("scope")), None)
    return text[whole.end if whole is not None else start : m.start]


def _topic_name(pre: str, m: Mention, state: _State, start: int) -> Name | None:
    """A unit's number with no name of its own (东湖片区完成452.3亿元) is of the paragraph's topic."""
    if not state.topic or not state.clause_scope or clean_name(pre)[0] not in ("", state.clause_scope):
        return None
    return resolve_name(state.topic, m.unit, start)


def _sub_unit(name: str, state: _State) -> str | None:
    """``name`` when it names a sub-unit of the zone (a street, town, park, office); None for a
    generic word (各街道, 专业园区, 产业园) or the zone itself (named in the document's head)."""
    name = lx.normalize(name)
    if GENERIC_UNIT_RE.match(name) or NOT_UNIT_RE.search(name) or name in state.own:
        return None
    return name


BARE_INVESTMENT = ("投资", "完成投资")
GROUP_INVESTMENT_RE = re.compile(r"(?:重点|重大)(?:建设)?项目(?:完成)?投资$")


def _name_by_scope(facts: list[Fact], text: str) -> None:
    """A figure set for a sub-unit is named for it (固定资产投资（青禾街道）) and keeps the unit as its
    ``scope``, so an import can file it under that unit; the catalogue code stays the indicator's.
    A unit's bare 完成投资 is of the investment the paragraph opened with: 全区完成固定资产投资98.6亿元
    …；桂湾片区完成投资36.2亿元 is 固定资产投资（桂湾片区）."""
    for f in facts:
        scope = f.extra.get("scope")
        if f.indicator in BARE_INVESTMENT:
            paragraph = text.rfind("\n", 0, f.start) + 1
            zone = next(
                (
                    g
                    for g in facts
                    if paragraph <= g.start < f.start
                    and not g.extra.get("scope")
                    and g.indicator.endswith("投资")
                    and not g.indicator.endswith("总投资")  # a batch's size, not investment done
                    and g.indicator not in BARE_INVESTMENT
                    and g.value is not None
                ),
                None,
            )
            if zone is None:
                # 临港产业园完成投资76.5亿元 in a report on 重点项目: of the projects the report opened with
                zone = next(
                    (
                        g
                        for g in facts
                        if g.start < f.start
                        and not g.extra.get("scope")
                        and GROUP_INVESTMENT_RE.search(g.indicator)
                        and g.value is not None
                    ),
                    None,
                )
            if zone is not None:
                f.indicator, f.label, f.code = zone.indicator, zone.label, zone.code
        if scope and f.indicator.startswith(scope) and len(f.indicator) > len(scope) + 1:
            # the unit opened the clause right before its indicator: 新材料产业园新签约项目18个 (an
            # adverb between them goes with it: 生物医药产业链仅新签约项目4个)
            f.indicator = clean_name(f.indicator[len(scope) :], cut=False)[0] or f.indicator[len(scope) :]
            f.label = clean_name(f.label.removeprefix(scope), cut=False)[0] or f.label.removeprefix(scope)
            if f.code is None and (entry := lx.catalogue_match(f.indicator)):
                f.indicator, f.code = entry["name"], entry["code"]  # 缙北汽车城规上工业总产值: the catalogue's
        tier = TIER_BRACKET_RE.search(f.indicator)
        if scope and tier and "（" not in f.indicator[: tier.start()]:
            # 青禾街道：…预期目标120亿元，拼搏目标130亿元: the unit's higher tier, X（青禾街道）（拼搏目标）
            f.indicator = f"{f.indicator[: tier.start()]}（{scope}）{tier.group(0)}"
            f.label = f"{TIER_BRACKET_RE.sub('', f.label)}（{scope}）{tier.group(0)}"
        elif scope and "（" not in f.indicator:
            f.indicator = f"{f.indicator}（{scope}）"
            f.label = f"{f.label}（{scope}）"


# the higher tier of a two-tier target, written after its name: 规模以上工业总产值（拼搏目标）
TIER_BRACKET_RE = re.compile(r"（(?:拼搏|奋斗|挑战)目标）$")


# an enumerated item headed by the industry it is about: 1.高端装备产业：… / （二）现代服务业：…
SEGMENT_ITEM_RE = re.compile(
    r"^\s*(?:\d{1,2}\s*[.．、)）]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}、|[①-⑳])"
    r"\s*(?P<seg>[^，,。；;：:\d\s]{2,16}?(?:产业集群|产业|行业|(?<![企就创物营作])业))\s*[：:]"
)


# an item headed by an industry chain (链长制), whose figures are the chain's own: （一）锂电新能源产业链。
CHAIN_ITEM_RE = re.compile(rf"^\s*{ITEM_MARK}\s*(?P<chain>[^，,。；;：:\d\s]{{2,16}}?产业链(?:专班)?)\s*[：:。]")


def _name_by_segment(facts: list[Fact]) -> None:
    """The figures of an item headed by an industry (2.新能源汽车产业：签约项目20个，实际到位资金30亿元)
    are that industry's share of the zone's goals, not the catalogue indicators themselves: each is
    named by the industry and its written name (新能源汽车产业签约项目), keeping a verb that says what is
    counted (引进项目, 实施技改项目) and dropping one that only says it was done (完成技改投资)."""
    for f in facts:
        segment = f.extra.get("segment")
        if not segment or f.label.startswith(segment):
            continue
        verb = f.extra.get("verb", "")
        label = f.extra.get("written") or f.label  # 签约项目25个，总投资150亿元 → 高端装备产业总投资
        if verb in lx.NAME_VERBS and not label.startswith(verb):
            label = verb + label
        f.indicator = f.label = segment + label
        f.code = None


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


# ------------------------------------------------------------------ target-task tables and items

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


RESTATED_CLAUSE_RE = re.compile(r"[\u4e00-\u9fff][^，,。；;：:\t\d()（）]{14,}")


def _restated_park(text: str, line: str, line_start: int, state: _State) -> str | None:
    """The park of the prose item a target-table row restates word for word (an attachment that
    repeats the report's items: 围绕新型显示、人工智能…等产业，明确产业发展规划 in both), else None."""
    if not state.park_lines:
        return None
    for m in RESTATED_CLAUSE_RE.finditer(line):
        at = text.find(m.group(0)[:15], 0, line_start)  # a page break may cut the prose clause
        park = next((p for a, b, p in state.park_lines if a <= at < b), None) if at >= 0 else None
        if park:
            return park
    return None


def _qualify_by_subject(facts: list[Fact], text: str) -> None:
    """Facts of an item about one park are named for it when the name points at the park (园区…,
    基地…) or when several items state the same indicator, each for its own park:
    新增关联企业2家 (in the item on park A) and 新增关联企业2家 (park B) → 新增关联企业（A）, …（B）."""
    groups: dict[tuple, set[str]] = {}
    for f in facts:
        subject = f.extra.get("subject")
        if subject:
            groups.setdefault((f.indicator, f.kind, f.year), set()).add(subject)
    for f in facts:
        subject = f.extra.get("subject")
        if not subject or "（" in f.indicator.removesuffix("（累计）"):
            continue
        anaphor = ANAPHOR_RE.match(f.label)
        written = ANAPHOR_RE.match(text[f.start : f.start + 8].lstrip())
        if anaphor or written or len(groups.get((f.indicator, f.kind, f.year), ())) > 1:
            base = f.label[anaphor.end() :] if anaphor else f.label
            base = re.sub(r"^年", "", base) or f.label
            base = re.sub(r"（累计）$", "累计", base)  # 关联上下游企业累计（智能制造产业园）
            f.indicator = f.label = f"{base}（{subject}）"
            f.code = None
            f.extra["scope"] = subject


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
            or (UNIT_FIGURE_RE.match(clause) if "其中" in text[start:c_end] else None)
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
            tiered = _tier_name(pre, previous)
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
            if one_project and name is not None and name.code is None and len(name.label) <= 4:
                cursor = m.end  # …X项目建成投产，当年实现产值12.3亿元: the project's own output
                continue
            if name is not None and name.code is None and _dimension(m.unit) == "count":
                if not state.segment:  # 2.新能源汽车产业：签约项目20个，其中10亿元以上项目4个: the industry names it
                    name = _whole_of_part(name, pre, facts[sentence_facts_from:]) or name
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


# a figure a bracket gives for an earlier date: （上年同期1.65亿美元）, （上年同期新签约项目72个）, （2024年末为1172家）
EARLIER_FIGURE_RE = re.compile(
    r"[（(]\s*(?:(?P<same>(?:上年|去年|上一年)同期)|(?P<end>(?:(?P<year>(?:19|20)\d{2})\s*年|上年|去年)\s*(?:末|底)|年初))"
    r"(?P<name>[^（()）]{0,20}?)(?:为|是|完成|实现|达到?|有)?\s*$"
)


EARLIER_BRACKET_RE = re.compile(r"[（(]\s*(?:(?:19|20)\d{2}\s*年|上年|去年)\s*(?:末|底)[^（()）]*[)）]")


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
    batch = _last_stated([f for f in sentence if not f.label.endswith("总投资") and not f.extra.get("part")])
    if batch is None or not batch.label.endswith("项目") or not batch.unit or _dimension(batch.unit) != "count":
        return None
    return batch


def _last_stated(facts: list[Fact]) -> Fact | None:
    """The last fact a bare growth or completion rate can belong to: 完成年计划285亿元的94.2%，同比增长5.6%
    grows the figure completed, not the plan amount embedded in the completion."""
    for f in reversed(facts[-2:]):
        if not f.extra.get("embedded") and not f.extra.get("year_before"):
            return f
    return facts[-1] if facts else None


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
    else:
        return None
    entry = lx.catalogue_match(label)
    return Name(label, entry["name"] if entry else label, entry["code"] if entry else None, previous.start)


# a size threshold at the head of a name of projects or firms: 亿元以上, 10亿元以上, 500万元以上, 超亿元
THRESHOLD_RE = re.compile(
    r"^(?:超|过)?(?:\d+(?:\.\d+)?)?(?:千万|百亿|十亿|万|亿)?元(?:及)?以上|^(?:超|过)(?:\d+(?:\.\d+)?)?(?:千万|亿)元"
)
# the stage a batch of projects is at, written before its threshold: 新签约亿元以上项目, 在建10亿元以上项目
STAGE_PREFIX_RE = re.compile(
    r"^(?:新签约|签约|新开工|开工|新投产|投产|竣工|在建|在谈|续建|新引进|引进|落地|新落户|落户|储备|谋划|新增)"
)
LEVEL_RE = re.compile(r"^(?:国家级|省级|市级|区级|县级)(?:及以上|以上)?")


def _whole_of_part(name: Name, pre: str, sentence: list[Fact]) -> Name | None:
    """A part of the count just stated, named only by what sets it apart, takes the rest of its name
    from the whole: 500万元以上在库项目213个，其中亿元以上项目58个 → 亿元以上在库项目; 新开工项目中亿元以上
    项目27个 → 新开工亿元以上项目; 入库科技型中小企业2186家，其中6月当月新增入库312家 → 新增入库科技型中小企业."""
    label = name.label
    whole_label = None
    if "中" in label and not re.match(r"\s*其中", pre):
        whole_label, _, label = label.rpartition("中")  # 新开工项目中亿元以上项目
        if not whole_label or whole_label[-2:] != label[-2:]:
            return None
    elif re.match(r"\s*其中", pre):
        whole = _last_stated([f for f in sentence if not f.extra.get("part")])
        if whole is None or whole.value is None or _dimension(whole.unit or "") != "count":
            return None
        whole_label = whole.label
    if not whole_label:
        return None
    threshold = THRESHOLD_RE.match(label)
    if threshold and label[threshold.end() :] and whole_label.endswith(label[threshold.end() :]):
        stage = STAGE_PREFIX_RE.match(whole_label)
        at = stage.end() if stage else 0
        # the whole's own threshold gives way: 新签约亿元以上项目52个，其中10亿元以上项目11个
        full = whole_label[:at] + threshold.group(0) + THRESHOLD_RE.sub("", whole_label[at:])
    elif (
        (verb := re.search(r"(?:入库|认定|签约|开工|投产|落户|注册|登记)$", label))
        and whole_label.startswith(verb.group(0))
        and FLOW_PREFIX_RE.match(label)
    ):
        full = label[: verb.start()] + whole_label  # 新增入库 + 入库科技型中小企业
    else:
        return None
    if full == name.label:
        return None
    return Name(full, full, None, name.start, name.verb)


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
                    text[last.start : last.end],
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
    split = None if noun else (_unit_group(head_name, state) or _units_then_noun(head_name, state))
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
# a list of names counted by a group noun: 电子信息、新能源两大主导产业 / 青禾、松溪两个街道
COUNTED_GROUP_RE = re.compile(
    r"^(?P<items>[^，,。；;]+?[、和及与][^，,。；;]+?)(?:[两二三四五六七八九十]|\d{1,2})(?:大|个|类|项)"
    r"(?P<noun>[^、和及与]{0,6}?(?:产业|行业))(?P<figure>[^、和及与]{0,6})$"
)
# places counted after their list, the figure named after them: X、Y两座重点楼宇全口径税收, A、B四个片区新开工项目
UNIT_GROUP_RE = re.compile(
    r"^(?P<items>[^，,。；;]+?、[^，,。；;]+?)(?:[两二三四五六七八九十]|\d{1,2})(?:座|个|家|栋|大)(?:重点)?"
    r"(?P<group>楼宇|载体|平台|片区|园区|街道|社区|功能区|产业园)(?P<figure>[^、]{2,})$"
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


def _list_items(raw: str) -> list[str]:
    """The items of a list of names: split at 、, or at 和 when there is no 、 (汽车及零部件 stays one)."""
    return [p for p in re.split("、" if "、" in raw else "[、和]", raw) if p]


UNIT_THEN_NOUN_RE = re.compile(rf"(?P<unit>{UNIT_NAME})(?P<noun>[^、]{{2,}})")


def _listed_units(items: list[str], last: str, state: _State) -> list[str] | None:
    """The sub-units of a list whose last item is ``last``, or None when one item is no unit. The
    suffix may be written once, at the last unit: 金柏、青杠、新桥片区; 新能源汽车、光伏储能、高端装备产业链;
    驻上海、驻深圳招商小分队."""
    suffix = re.search(rf"(?:{UNIT_SUFFIXES}|产业链)$", last)
    units = [p + suffix.group(0) if suffix and len(p) <= 6 and not _unit_name(p) else p for p in items[:-1]] + [last]
    if not all(_unit_name(u) and _sub_unit(u, state) for u in units):
        return None
    return units


def _unit_name(name: str) -> bool:
    return bool(re.fullmatch(UNIT_NAME, name) or CHAIN_NAME_RE.fullmatch(name))


CHAIN_NAME_RE = re.compile(r"[^，,。；;：:、\s\d（()）“”\"]{2,12}?产业链")


def _units_then_noun(head_name: str, state: _State) -> tuple[list[str], str] | None:
    """(the units, the indicator) of a list of sub-units whose last item runs on into the indicator
    they share: 澄北片区、湖滨片区、综保区实际使用外资 → ([澄北片区, 湖滨片区, 综保区], 实际使用外资)."""
    items = _list_items(head_name)
    last = UNIT_THEN_NOUN_RE.fullmatch(items[-1]) if len(items) >= 2 else None
    if last is None:
        return None
    units = _listed_units(items, last.group("unit"), state)
    return (units, last.group("noun")) if units else None


def _unit_group(head_name: str, state: _State) -> tuple[list[str], str] | None:
    """(the units, the indicator) of places listed, then counted, then the figure they share:
    瑞丰金融港、津北中心两座重点楼宇全口径税收 → ([瑞丰金融港, 津北中心], 全口径税收); 空港物流、临空制造
    两个片区新开工项目 → ([空港物流片区, 临空制造片区], 新开工项目)."""
    places = UNIT_GROUP_RE.match(head_name)
    if places is None:
        return None
    word = places.group("group")
    named = word in ("楼宇", "载体", "平台")  # a building is named without its kind; a 片区 is not
    units = [p if named or p.endswith(word) else p + word for p in _list_items(places.group("items"))]
    if not all(_sub_unit(u, state) for u in units):
        return None
    return units, places.group("figure")


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


def _head(name: str) -> str:
    return re.sub(r"（[^（）]*）$", "", name)[-2:]


def _shared(a: str, b: str) -> int:
    """How many characters two names share: the nearer name is the likelier twin."""
    return len(set(a) & set(b))


def _figure_key(f: Fact) -> tuple:
    return (f.kind, f.year, f.value_base, f.growth_pct if f.value_base is None else None)


def _same_figure(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind or a.year != b.year:
        return False
    if a.value_base is not None or b.value_base is not None:
        return (
            a.value_base == b.value_base
            and (a.unit or "")[-1:] == (b.unit or "")[-1:]
            and (a.indicator == b.indicator or _head(a.indicator) == _head(b.indicator))
        )
    return a.growth_pct == b.growth_pct and (a.indicator == b.indicator or _head(a.indicator) == _head(b.indicator))


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
        candidates = [b for b in body.get(_figure_key(f), ()) if id(b) not in used and _same_figure(b, f)]
        twin = max(candidates, key=lambda b: (b.indicator == f.indicator, _shared(b.label, f.label)), default=None)
        if twin is None:
            out.append(f)
            continue
        used.add(id(twin))
        if twin.code is None and "（" not in twin.indicator and ("（" in f.indicator or len(f.label) > len(twin.label)):
            twin.indicator, twin.label, twin.code = f.indicator, f.label, f.code
    return out
