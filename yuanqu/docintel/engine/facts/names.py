"""The name of a figure: ``clean_name`` cuts the cue words, verbs, periods and adverbs around what is
written before a number, and ``resolve_name`` says which indicator it stands for (the catalogue's,
else a noun phrase naming money, a count, land or a share) or that it is none (an activity, an
intensity, one project's own figure)."""

from __future__ import annotations

import re

from yuanqu.docintel.engine import lexicon as lx
from yuanqu.docintel.engine.facts.model import PAREN_RE, Name, _dimension

# funds named by their paying out, the verb ending the name: 惠企政策资金兑现, 奖补资金拨付
PAID_OUT_RE = re.compile(r"(?:资金|奖补|补贴|奖励)(?:兑现|拨付|发放)$")
# a stock written before its change: 规上工业企业净增37家
STOCK_THEN_CHANGE_RE = re.compile(r"(?P<stock>.{2,}?(?:企业|主体|项目|机构|平台))(?P<verb>净增|净减|新增)")
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
    if (change := STOCK_THEN_CHANGE_RE.fullmatch(name)) and not re.search(r"[较比]", name):
        name = change.group("verb") + change.group("stock")  # 规上工业企业净增37家: 净增规上工业企业
    verb = ""
    cut_at = -1
    for v in lx.CUT_VERBS if cut else ():
        i = name.rfind(v)
        if v == "计划" and i > 0 and PLAN_NOUN_RE.match(name, i - 1):
            continue  # 新开工项目计划总投资, 年度计划投资: the planned investment is a noun
        if i >= 0 and i + len(v) > cut_at:
            cut_at, verb = i + len(v), v
    if cut_at >= 0 and not (cut_at == len(name) and PAID_OUT_RE.search(name)):
        name = name[cut_at:]  # but 惠企政策资金兑现: funds paid out, named by the verb that ends the name
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
    label = re.sub(r"^(?:[^，,。；;为]{0,8}?为)(?:[^，,。；;为]{0,8}?(?:企业|园区|公司|项目))", "", label)
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
        if STAFF_RE.search(plain):
            return None  # 设立企业服务专员86名, 班子成员12名: the zone's own staff, an organisation count
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
        if "权重" in plain or "贡献" in plain:
            return None  # 考核权重占40%, 对工业增长的贡献率: an assessment's weight or a contribution, no figure
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
STAFF_RE = re.compile(r"专员|班子成员|联络员|网格员|指导员|首席服务官")


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
