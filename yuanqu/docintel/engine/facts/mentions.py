"""Number mentions: each number with a unit in a stretch of text, classed as a value, a growth rate
or a completion rate by the words just before it. Numbers that are part of a name (500万元以上项目),
ranks, ceilings, contributions, average annual rates and numbers in parentheses are left out, except
a growth rate or a figure of an earlier date given in brackets."""

from __future__ import annotations

import re
from decimal import Decimal

from yuanqu.docintel.engine import lexicon as lx
from yuanqu.docintel.engine.facts.model import AREA_UNITS, Mention, _inside_parentheses
from yuanqu.docintel.engine.numbers import NUM, base_value, parse_number

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


# a figure a bracket gives for an earlier date: （上年同期1.65亿美元）, （上年同期新签约项目72个）, （2024年末为1172家）
EARLIER_FIGURE_RE = re.compile(
    r"[（(]\s*(?:(?P<same>(?:上年|去年|上一年)同期)|(?P<end>(?:(?P<year>(?:19|20)\d{2})\s*年|上年|去年)\s*(?:末|底)|年初))"
    r"(?P<name>[^（()）]{0,20}?)(?:为|是|完成|实现|达到?|有)?\s*$"
)


EARLIER_BRACKET_RE = re.compile(r"[（(]\s*(?:(?:19|20)\d{2}\s*年|上年|去年)\s*(?:末|底)[^（()）]*[)）]")
