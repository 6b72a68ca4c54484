"""The words the engine reads by: indicator names (the core catalogue with its aliases), verb and
wording cues (DOMAIN.md §9.3), and the nouns that make a generic name an indicator.

Kept apart from the rules so a zone can see, in one place, which words decide what.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from yuanqu.indicators.catalogue import catalogue_entries

QUOTES_RE = re.compile(r"[\s“”\"'‘’「」『』《》]")

# kind cues (DOMAIN.md §9.3): 预计 = estimate; 力争/目标/计划/确保 = target
ESTIMATE_CUES = ("初步预计", "预计", "预估", "有望")
TARGET_CUES = ("力争", "目标", "计划", "确保", "预期", "争取", "拼搏")
# review / plan words in titles and headings
REVIEW_WORDS = ("总结", "回顾", "回眸", "工作情况", "完成情况", "运行情况", "成绩")
PLAN_WORDS = ("计划", "安排", "任务", "谋划", "打算", "思路", "目标", "展望", "要点")
PLAN_DOC_WORDS = ("方案", "计划", "规划", "意见", "要点", "安排")

# name clean-up: words cut from the end, words cut from the start, verbs after which the name starts
TRAILING = (
    # a level reached, not a growth rate: 占比提高到58.2%, 保持在100亿美元左右, 可达252亿元
    *(
        f"{v}{p}"
        for v in ("提高", "提升", "上升", "增加", "增长", "扩大", "下降", "降低", "减少", "回落")
        for p in "到至"
    ),
    "增至",
    "降至",
    "保持在",
    "稳定在",
    "维持在",
    # a modal before the qualifier: 预计全年规上工业总产值可突破720亿元, 可达252亿元, 有望超过…
    *(f"{m}{q}" for m in ("可", "将", "有望", "可望") for q in ("突破", "超过", "超", "达到", "达")),
    "初步预计",
    "预计",
    "力争",
    "确保",
    "计划",
    "争取",
    "已经",
    "已",
    "完成了",
    "完成",
    "实现",
    "达到了",
    "达到",
    "总计",
    "合计",
    "共计",
    "累计",
    "共",
    "不低于",
    "不少于",
    "突破",
    "超过",
    "超",
    "逾",
    "近",
    "约",
    "达",
    "为",
    "是",
    "增幅",
    "增速",
    "同比",
    "均",
    "分别",
    "都",
    "了",
    "的",
    "有",
    "将",
    "要",
    "预期目标",
    "目标",
    # the tier a growth target is set at: 地区生产总值预期增长6.5%，拼搏增长7.5%; 保底60个、奋斗70个
    "预期",
    "保底目标",
    "保底",
    # adverbs between a name and its number: 签约未开工项目仍有27个, 在建10亿元以上项目仅4个
    "仍有",
    "仍",
    "尚有",
    "还有",
    "仅有",
    "仅",
    # 规模以上工业主营业务收入首次突破一百二十亿元
    "首次",
    "再次",
    "一举",
)
LEADING = (
    "其中",
    "全年",
    "今年",
    "本年",
    "当年",
    "年内",
    "全区",
    "全镇",
    "全县",
    "全乡",
    "全街道",
    "全园区",
    # the street or area that writes the report: 街道规上工业增加值, 全街固定资产投资, 辖区凤栖小微企业园
    "全街",
    "街道",
    "辖区内",
    "辖区",
    "累计",
    "共计",
    "共",
    "已经",
    "已",
    "有",
    "新引进",
    "各项",
    "各类",
    "此外",
    "另外",
    "同时",
    "目前",
    # 仅新签约项目4个, 有效期内高新技术企业: an adverb or a validity, no part of what is counted
    "仅",
    "有效期内",
    "截至",
    "以来",
    "今年以来",
    "初步预计",
    "预计",
    "力争",
    "确保",
    "计划",
    "争取",
    "，",
    ",",
    "、",
    "：",
    ":",
    "和",
    "及",
    "并",
)
CUT_VERBS = (
    "初步预计",
    "预计",
    "力争",
    "确保",
    "计划",
    "争取",
    "完成",
    "实现",
    "达到",
    "推动",
    "推进",
    "引进",
    "谋划",
    "实施",
    "培育",
    "竞得",
    "带动",
    "遴选",
    "兑现",
    "发放",
    "拨付",
    "申领",
    "招聘",
    "落实",
    # a list a project is put on is no part of what is counted: 列入省重点项目12个
    "列入",
    "纳入",
)
# cut verbs that say what is counted, kept when a name is built from the written one (引进项目, 实施技改项目)
NAME_VERBS = ("引进", "实施", "谋划", "培育", "招聘")
# generic names accepted by dimension when the name is not in the catalogue
# names of money figures that also take a growth rate of their own (税收收入增长5%)
MONEY_FIGURE_SUFFIXES = (
    "额",
    "值",
    "收入",
    "投资",
    "税收",
    "利润",
    "营收",
    "进口",
    "出口",
    "外资",
    "内资",
    # fiscal spending is a budget indicator, unlike the 投入 of a line of work
    "预算支出",
    "财政支出",
    "民生支出",
    # taxes by kind: 增值税, 企业所得税
    "增值税",
    "所得税",
    # funds that arrived: 省外境内资金实际到位113.2亿元
    "资金实际到位",
    "资金到位",
    # investment agreed in signed contracts: 合同引资312.4亿元
    "引资",
    # tax relief the zone's firms received: 全年为企业减税降费2.3亿元
    "减税降费",
    "退税",
    "缓税",
    # funds paid out to firms under a policy: 惠企政策资金兑现2.86亿元
    "资金兑现",
    "资金拨付",
    "资金发放",
    # what firms spend that statistics count: 研发费用31.5亿元, 研发经费支出
    "费用",
    "经费支出",
    # credit a bank put out: 科技信贷投放18.6亿元
    "信贷投放",
    "贷款投放",
)
MONEY_SUFFIXES = (*MONEY_FIGURE_SUFFIXES, "资金", "补贴", "奖励", "奖补", "基金规模", "贷款", "融资")
BARE_MONEY = {"投资", "总投资", "计划投资", "金额", "资金", "投入", "总额", "额", "值", "收入", "补贴", "奖励", "奖补"}
# money that is spent, not a quantity of the zone (DOMAIN: 投入 is spending)
SPENDING_WORDS = ("投入",)
# research spending is a statistic of its own, unlike the 投入 of a line of work: 规上工业企业研发经费投入
RD_SPENDING_RE = re.compile(r"(?:研发|R&D|研究与试验发展)(?:经费)?投入(?:资金|总额|总量)?$")
# enforcement counts are not indicators (勒令停产整顿企业2家)
ENFORCEMENT_WORDS = ("勒令", "关停", "取缔", "查处", "处罚", "整顿", "责令")
# a bare result verb before a count takes the noun of the clause before: 发展股权投资机构，新增200家
RESULT_VERBS = ("新增", "新引进", "引进", "培育", "签约", "认定", "入驻", "落户", "新建", "招引")
# verbs cut from the front of a noun phrase taken from the clause before
ACTION_VERBS = (
    *CUT_VERBS,
    "发展",
    "壮大",
    "支持",
    "扶持",
    "加快",
    "吸引",
    "集聚",
    "招引",
    "服务",
    "兑现",
    "做强",
    "做大",
)
MONEY_NOUN_SUFFIXES = ("资金", "补贴", "奖励", "奖补", "经费")
COUNT_NOUNS = (
    "企业",
    "项目",
    "单位",
    "主体",
    "公司",
    "总部",
    "楼宇",
    "孵化器",
    "空间",
    "工作站",
    "人才",
    "院士",
    "专家",
    "博士",
    "得主",
    # schools and housing, counted in 所 and 套 in the social sections of a report
    "学校",
    "小学",
    "中学",
    "幼儿园",
    # places at school: 增加学位近万个
    "学位",
    # housing estates renewed: 实施老旧小区改造6个
    "小区",
    "医院",
    "卫生院",
    "养老院",
    "公寓",
    "住房",
    "保障房",
    "安置房",
    "还建房",
    "公租房",
    "工人",
    "员工",
    "从业人员",
    # poverty relief, counted in 户 and 人 in the reports of 2016–2020
    "贫困户",
    "贫困人口",
    "职工",
    "技工",
    "大学生",
    "就业",
    "岗位",
    "机构",
    "产业园",
    "基地",
    "平台",
    "申请量",
    "授权量",
    # patents granted, filed or held, counted in 件 (发明专利授权487件, 有效发明专利拥有量12860件)
    "专利授权",
    "专利申请",
    "专利拥有量",
    # technology contracts registered, counted in 项 (技术合同登记数1865项)
    "技术合同",
    "基站",
    "综合体",
    "人数",
)
BARE_COUNT = {"项目", "企业", "公司", "单位", "机构"}
AREA_NOUNS = ("面积", "地", "农田", "指标", "厂房", "楼宇", "载体")
# built space measured in ㎡: its area is named …面积 (存量厂房约8万㎡ → 存量厂房面积)
BUILDING_NOUNS = ("厂房", "楼宇", "载体", "仓库", "标准厂房")
SHARE_WORDS = ("比重", "占比", "比例", "率", "亏损面", "满意度")
BARE_SHARES = {"比重", "占比", "比例", "率", "所占比重", "所占比例", "占的比重"}
INTENSITY_WORDS = ("亩均", "人均", "每亩", "地均", "单位面积", "户均", "每平方米", "每平米")
GROWTH_NAME_SUFFIXES = (*MONEY_FIGURE_SUFFIXES, "量", "率", "总量", "浓度")
# words of activities and measures, not quantities of the zone (考察32次, 对接活动11场次, 21条措施)
ACTIVITY_WORDS = ("活动", "会议", "培训", "考察", "对接", "措施", "举措", "检查", "走访", "宣传")
# a bare verb heading a later item of a 、-list takes the noun of the list's first item: 新增大学生
# 13万人、落户3万人 → 大学生落户; 新建中小学5所、扩建6所 → 扩建中小学. Verbs of what the thing
# itself did follow the noun; verbs of what the zone did to it precede it.
LIST_VERBS_AFTER = (
    "落户",
    "投入使用",
    "交付使用",
    "投用",
    "开工",
    "竣工",
    "投产",
    "上市",
    "入驻",
    "挂牌",
    "完工",
    "建成",
)
LIST_VERBS_BEFORE = ("新建", "扩建", "改建", "改造", "新增", "净增", "引进", "新引进", "培育", "认定", "签约", "提升")


def normalize(label: str) -> str:
    """A name with spaces and quotation marks removed (“四上”企业 → 四上企业)."""
    return QUOTES_RE.sub("", label)


@lru_cache(maxsize=1)
def catalogue_index() -> tuple[dict[str, dict[str, Any]], tuple[str, ...]]:
    """Normalized name or alias → catalogue entry, and the labels longest first."""
    index: dict[str, dict[str, Any]] = {}
    for entry in catalogue_entries():
        for label in [entry["name"], *entry["aliases"]]:
            index[normalize(label)] = entry
    return index, tuple(sorted(index, key=len, reverse=True))


PLACE_PREFIX_RE = re.compile(r"^(?:全|全区|全市|全县|全省|园区|开发区|本区|我区|.{1,8}?(?:区|市|县|园区))$")


def catalogue_match(name: str) -> dict[str, Any] | None:
    """The catalogue entry a written name stands for: the name or an alias, optionally preceded by
    a place (全区, 开发区) and followed by 规模/总量 (外贸进出口规模 → 外贸进出口总额)."""
    index, _ = catalogue_index()
    wanted = normalize(name)
    if wanted in index:
        return index[wanted]
    for trimmed in (wanted, re.sub(r"(?:规模|总量|总额)$", "", wanted)):
        if trimmed in index:
            return index[trimmed]
        # the longest label the name ends with whose prefix is a place: each suffix looked up once
        for cut in range(1, len(trimmed) - 1):
            label = trimmed[cut:]
            if label in index and PLACE_PREFIX_RE.match(trimmed[:cut]):
                return index[label]
    return None
