"""Sub-units: the streets, parks, 片区, chains and teams a figure is set for. A unit heading an item,
opening a clause, or listed before the indicator it shares scopes the figures after it, which are then
named 指标（单位）."""

from __future__ import annotations

import re

from yuanqu.docintel.engine import lexicon as lx
from yuanqu.docintel.engine.facts.model import PAREN_RE, Fact, Mention, Name, _dimension, _last_stated, _State
from yuanqu.docintel.engine.facts.names import clean_name, resolve_name
from yuanqu.docintel.engine.facts.sections import ANAPHOR_RE, FIGURE_RE, ITEM_MARK, ITEM_RE


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


UNIT_NAME = rf"(?:[^，,。；;：:、\s\d（()）“”\"《》]{{1,14}}?(?:{UNIT_SUFFIXES})(?:片区|园区)?|[东西南北中]部?区(?![\u4e00-\u9fff]*区)(?![^，,。；;：:、\s\d（()）]{{1,12}}?(?:{UNIT_SUFFIXES}))|综合保税区|综保区)"


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
    rf"^\s*(?:其中|分别是|分别为|依次为)?\s*[，,]?\s*(?:初步预计|力争|确保|预计|争取)?\s*(?:(?:19|20)\d{{2}}\s*年)?"
    rf"(?:辖区内?|区内)?(?P<unit>{UNIT_NAME})"
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
    label, indicator, code = before.label, before.indicator, before.code
    if (unit := before.extra.get("scope")) and indicator.startswith(unit):
        # 电子信息产业园规上工业总产值完成563.2亿元；生物医药产业园完成261.7亿元: the indicator, not the unit before
        label = indicator = clean_name(indicator[len(unit) :], cut=False)[0]
        if entry := lx.catalogue_match(indicator):
            indicator, code = entry["name"], entry["code"]
    return Name(label, indicator, code, start)


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


# places counted after their list, the figure named after them: X、Y两座重点楼宇全口径税收, A、B四个片区新开工项目
UNIT_GROUP_RE = re.compile(
    r"^(?P<items>[^，,。；;]+?、[^，,。；;]+?)(?:[两二三四五六七八九十]|\d{1,2})(?:座|个|家|栋|大)(?:重点)?"
    r"(?P<group>楼宇|载体|平台|片区|园区|街道|社区|功能区|产业园)(?P<figure>[^、]{2,})$"
)


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
