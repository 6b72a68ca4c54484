#!/usr/bin/env python3
"""Gold builder for the held-out set unseen10 (standard library only).

The facts below are the only source of gold/z*.json.  Running

    python3 gen/build.py

rewrites gold/z1.json ... gold/z5.json, checks every fact against its
document and prints ``errors: 0`` (exit code 0) when all is consistent.

Row format (one fact per line, fields separated by "|", trailing fields may
be omitted):

    indicator | kind | year | months | value | growth | completion | qualifier | context

kind        a = actual, e = estimate, t = target
months      "1-8" -> [1, 8];  "8" -> [8, 8];  "10-12" -> [10, 12]
value       the value literally as written in the document, unit included
            ("146.82亿元", "二十三家", "3000余家"); "-" for none (growth-only
            fact).  A table cell without unit is written "58.36#亿元".
growth      the growth text as written near the value ("同比增长6.4%",
            "下降2.7%", "增长1.6倍", table cell "-6.2"); the rate is parsed
            from it (下降/减少/leading "-" -> negative, 倍 -> x100).  An
            explicit rate may be appended: "3.4%=-3.4".
completion  "Y%" (完成…的Y%) or "X~Y%" when the target X is written between
            完成 and 的…Y% (X is a value literal such as "225亿元").
qualifier   以上 突破 超 近 左右 约 余, or empty.
context     a string occurring exactly once in the document that contains
            the value (or, for growth-only facts, the growth text) exactly
            once; "^name" means the whole document line starting with name
            (used for table rows).
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
GOLD = os.path.join(ROOT, "gold")

KEYS = ["indicator", "kind", "year", "months", "value", "unit", "value_base",
        "currency", "growth_pct", "completion_pct", "qualifier"]
KINDS = {"a": "actual", "e": "estimate", "t": "target"}
QUALIFIERS = {"以上", "突破", "超", "近", "左右", "约", "余"}
UNITS = {  # unit -> (multiplier to base, currency)
    "亿元": (Decimal(10) ** 8, "CNY"), "万元": (Decimal(10) ** 4, "CNY"),
    "元": (Decimal(1), "CNY"),
    "亿美元": (Decimal(10) ** 8, "USD"), "万美元": (Decimal(10) ** 4, "USD"),
    "美元": (Decimal(1), "USD"),
    "家": (Decimal(1), None), "个": (Decimal(1), None), "户": (Decimal(1), None),
    "人": (Decimal(1), None), "名": (Decimal(1), None), "项": (Decimal(1), None),
    "件": (Decimal(1), None), "万户": (Decimal(10) ** 4, None),
    "万人": (Decimal(10) ** 4, None),
    "亩": (Decimal(1), None), "万亩": (Decimal(10) ** 4, None),
    "%": (Decimal(1), None),
}
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_CHARS = set(CN_DIGITS) | set(CN_UNITS)
NUM_RE = re.compile(r"^(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(余?)(.*)$")
NOT_QUALIFIER = {"签约", "履约", "合约", "节约", "最近", "附近", "赶超"}
GROWTH_WINDOW = 40   # growth text within this many characters of the value
COMP_WINDOW = 160    # completion percentage after the value, same sentence

# --------------------------------------------------------------------------
# Facts
# --------------------------------------------------------------------------

FACTS = {}

# z1 浙江 云岙街道 2025年1-8月经济运行分析 ------------------------------------
FACTS["z1"] = """
规模以上工业总产值|a|2025|1-8|146.82亿元|同比增长6.4%|225亿元~65.3%
规模以上工业总产值|t|2025|1-12|225亿元
规模以上工业增加值|a|2025|1-8|-|同比增长5.8%
规模以上工业总产值|a|2025|8|19.64亿元|同比增长9.1%
规模以上工业增加值|a|2025|8|-|当月增长7.9%
规上工业销售产值|a|2025|1-8|141.37亿元|增长5.9%
产销率|a|2025|1-8|96.3%
数字安防产业产值|a|2025|1-8|38.6亿元|增长15.2%
智能装备产业产值|a|2025|1-8|29.4亿元|下降2.7%
规上工业企业|a|2025|1-8|163家
新增小升规企业|a|2025|1-8|9家
产值亿元以上企业|a|2025|1-8|37家
亏损企业|a|2025|1-8|28家
亏损面|a|2025|1-8|17.2%
规上工业企业利润总额|a|2025|1-8|7.46亿元|同比下降4.6%
工业投资|a|2025|1-8|21.36亿元|同比增长14.8%
技改投资|a|2025|1-8|15.82亿元|增长18.6%
工业投资|a|2025|8|2.96亿元
在建亿元以上产业项目|a|2025|1-8|24个
新开工项目|a|2025|1-8|11个||||新开工项目11个
竣工项目|a|2025|1-8|6个
全口径税收|a|2025|1-8|9.86亿元|同比增长4.2%|14.5亿元~68.0%
全口径税收|t|2025|1-12|14.5亿元
工业税收|a|2025|1-8|6.12亿元|增长5.5%
地方一般公共预算收入|a|2025|1-8|4.73亿元|增长3.6%
全口径税收|a|2025|8|1.08亿元|同比下降2.3%
限上批发零售业销售额|a|2025|1-8|52.6亿元|增长8.8%
限上住宿餐饮业营业额|a|2025|1-8|1.92亿元|增长6.1%
规上服务业营业收入|a|2025|1-8|18.74亿元|增长10.2%
软件和信息技术服务业营业收入|a|2025|1-8|6.35亿元|增长17.4%
新增市场主体|a|2025|1-8|1126户
新增企业|a|2025|1-8|402家
新增市场主体|a|2025|8|148户
实有市场主体|a|2025|1-8|1.86万户
实有企业|a|2025|1-8|6200家|||近
招商引资实际到位资金|a|2025|1-8|12.4亿元||71.3%
实际利用外资|a|2025|1-8|1860万美元|同比增长22.4%
出口|a|2025|1-8|26.3亿元|增长3.1%
新引进项目|a|2025|1-8|23个
亿元以上项目|a|2025|1-8|8个
规模以上工业总产值|e|2025|1-12|228亿元|增长6.5%||左右
全口径税收|e|2025|1-12|14.8亿元|增长4.5%
工业投资|e|2025|1-12|33亿元|增长12%
新增小升规企业|t|2025|1-12|15家
实际利用外资|t|2025|1-12|2500万美元|||突破
规模以上工业总产值（临浦工业功能区）|a|2025|1-8|58.36#亿元|7.9|||^临浦工业功能区
工业投资（临浦工业功能区）|a|2025|1-8|8.74#亿元|21.5|||^临浦工业功能区
全口径税收（临浦工业功能区）|a|2025|1-8|3.12#亿元||||^临浦工业功能区
规模以上工业总产值（湖塘工业功能区）|a|2025|1-8|41.27#亿元|5.2|||^湖塘工业功能区
工业投资（湖塘工业功能区）|a|2025|1-8|6.15#亿元|9.7|||^湖塘工业功能区
全口径税收（湖塘工业功能区）|a|2025|1-8|2.05#亿元||||^湖塘工业功能区
规模以上工业总产值（云岙社区）|a|2025|1-8|21.94#亿元|6.8|||^云岙社区
工业投资（云岙社区）|a|2025|1-8|2.93#亿元|-6.2|||^云岙社区
全口径税收（云岙社区）|a|2025|1-8|1.87#亿元||||^云岙社区
规模以上工业总产值（东堰社区）|a|2025|1-8|15.48#亿元|-3.4|||^东堰社区
工业投资（东堰社区）|a|2025|1-8|2.18#亿元|16.3|||^东堰社区
全口径税收（东堰社区）|a|2025|1-8|1.56#亿元||||^东堰社区
规模以上工业总产值（西陈社区）|a|2025|1-8|9.77#亿元|10.6|||^西陈社区
工业投资（西陈社区）|a|2025|1-8|1.36#亿元|30.8|||^西陈社区
全口径税收（西陈社区）|a|2025|1-8|1.26#亿元||||^西陈社区
"""

# z2 山东 岚海经开区 2024年企业梯度培育工作情况报告 ----------------------------
FACTS["z2"] = """
申报高新技术企业|a|2024|1-12|112家
新认定高新技术企业|a|2024|1-12|67家
高新技术企业认定通过率|a|2024|1-12|59.8%
高新技术企业|a|2023|1-12|245家
高新技术企业|a|2024|1-12|286家|增长16.7%
净增高新技术企业|a|2024|1-12|41家
高新技术企业营业收入|a|2024|1-12|500亿元|||超
高新技术产业产值|a|2024|1-12|612.5亿元|同比增长9.8%
入库科技型中小企业|a|2024|1-12|428家|同比增长18.9%
创新型中小企业|a|2024|1-12|156家
新增省级专精特新中小企业|a|2024|1-12|21家||||新增省级专精特新中小企业21家
省级专精特新中小企业|a|2024|1-12|83家
国家级专精特新“小巨人”企业|a|2024|1-12|9家||||累计达到9家
制造业单项冠军企业|a|2024|1-12|3家
专精特新企业营业收入|a|2024|1-12|186.3亿元|同比增长11.2%
新增省级瞪羚企业|a|2024|1-12|5家
省级瞪羚企业|a|2024|1-12|14家
梯度培育库企业|a|2024|1-12|900余家|||余
规上工业企业|a|2024|1-12|342家
规上工业企业|a|2023|1-12|321家
净增规上工业企业|a|2024|1-12|21家||||321家净增21家
新增规上工业企业|a|2024|1-12|38家
小升规企业|a|2024|1-12|29家
新建投产入规企业|a|2024|1-12|9家||||新建投产入规企业9家
退规企业|a|2024|1-12|17家
规上工业企业营业收入|a|2024|1-12|826.4亿元|同比增长7.6%
规上工业企业利润总额|a|2024|1-12|48.3亿元|增长5.2%
规上工业企业研发费用|a|2024|1-12|31.5亿元|增长12.4%
规上工业企业研发机构覆盖率|a|2024|1-12|62.3%
小进规培育库在库企业|a|2024|1-12|126家
重点培育企业|a|2024|1-12|48家
退规风险库在库企业|a|2024|1-12|23家
帮扶稳规企业|a|2024|1-12|15家
亩均效益评价参评企业|a|2024|1-12|418家
A类企业|a|2024|1-12|63家
B类企业|a|2024|1-12|172家
C类企业|a|2024|1-12|139家
D类企业|a|2024|1-12|44家
盘活低效用地|a|2024|1-12|1260亩
梯度培育奖补资金|a|2024|1-12|5860万元
高新技术企业认定奖励|a|2024|1-12|1340万元
专精特新企业奖励|a|2024|1-12|980万元
小升规奖励|a|2024|1-12|870万元
争取上级资金|a|2024|1-12|3260万元
科技信贷投放|a|2024|1-12|18.6亿元
营业收入超百亿元的企业|a|2024|1-12|1家
新增高新技术企业|t|2025|1-12|60家
高新技术企业|t|2025|1-12|320家|||突破
入库科技型中小企业|t|2025|1-12|480家
新增省级专精特新中小企业|t|2025|1-12|20家|||以上
省级瞪羚企业|t|2025|1-12|18家
新增规上工业企业|t|2025|1-12|35家
小升规企业|t|2025|1-12|25家
规上工业企业营业收入|t|2025|1-12|-|增长8%
A类企业|t|2025|1-12|70家
梯度培育奖补资金|t|2025|1-12|6000万元
"""

# z3 四川 锦岷高新区 2022年1-5月重点项目调度情况通报 --------------------------
FACTS["z3"] = """
重点项目|a|2022|1-5|118个
重点项目总投资|a|2022|1-5|1326.5亿元
新建项目|a|2022|1-5|68个||||新建项目68个
续建项目|a|2022|1-5|50个
10亿元以上重点项目|a|2022|1-5|37个
重点项目投资|a|2022|1-5|124.7亿元|同比增长15.3%|286.4亿元~43.5%
重点项目投资|t|2022|1-12|286.4亿元
重点项目投资|a|2022|3|28.4亿元
重点项目投资|a|2022|4|29.6亿元
重点项目投资|a|2022|5|31.9亿元
工业投资|a|2022|1-5|-|同比增长18.1%
产业项目|a|2022|1-5|78个
产业项目投资|a|2022|1-5|91.3亿元|增长19.6%
基础设施项目|a|2022|1-5|40个||||基础设施项目40个
基础设施项目投资|a|2022|1-5|33.4亿元|下降4.2%
民间投资重点项目|a|2022|1-5|59个
民间投资重点项目投资|a|2022|1-5|52.7亿元|增长24.3%
重点项目投资（电子信息产业链）|a|2022|1-5|38.5亿元|增长27.2%
重点项目投资（生物医药产业链）|a|2022|1-5|17.6亿元|增长9.4%
新签约重点项目|t|2022|1-12|40个||||新签约重点项目40个
新签约重点项目|a|2022|1-5|31个
签约率|a|2022|1-5|77.5%
签约项目协议投资额|a|2022|1-5|468.2亿元
签约项目实际到位资金|a|2022|1-5|58.6亿元
新开工项目|a|2022|1-5|46个
开工率|a|2022|1-5|67.6%
开工率|a|2022|1-3|41.2%
开工率|a|2022|1-4|55.9%
新开工项目|a|2022|5|9个||||新开工项目9个
新开工项目（金柏片区）|a|2022|1-5|17个
新开工项目（青杠片区）|a|2022|1-5|13个
新开工项目（白鹭湾片区）|a|2022|1-5|10个
新开工项目（新桥片区）|a|2022|1-5|6个
未开工项目|a|2022|1-5|22个
取得施工许可项目|a|2022|1-5|9个||||施工许可9个
竣工投产项目|t|2022|1-12|32个
竣工投产项目|a|2022|1-5|14个
投产率|a|2022|1-5|43.8%
投产项目产值|a|2022|1-5|36.2亿元
新入库纳统项目|a|2022|1-5|23个
供应项目用地|a|2022|1-5|1860亩
省重点项目|a|2022|1-5|21个||||省重点项目21个
省重点项目投资|a|2022|1-5|46.3亿元||48.9%
重点项目投资（金柏片区）|a|2022|1-5|48.6亿元|同比增长21.4%|102亿元~47.6%
重点项目投资（金柏片区）|t|2022|1-12|102亿元
重点项目投资（青杠片区）|a|2022|1-5|35.2亿元||84.5亿元~41.7%
重点项目投资（青杠片区）|t|2022|1-12|84.5亿元
重点项目投资（白鹭湾片区）|a|2022|1-5|26.5亿元||63.8亿元~41.5%
重点项目投资（白鹭湾片区）|t|2022|1-12|63.8亿元
重点项目投资（新桥片区）|a|2022|1-5|14.4亿元|同比下降6.8%|36.1亿元~39.9%
重点项目投资（新桥片区）|t|2022|1-12|36.1亿元
红灯项目（新桥片区）|a|2022|1-5|5个
绿灯项目|a|2022|1-5|86个
黄灯项目|a|2022|1-5|21个||||黄灯项目21个
红灯项目|a|2022|1-5|11个
"""

# z4 河南 洹州经济开发区 2023年工作总结和2024年工作安排 ------------------------
FACTS["z4"] = """
规模以上工业增加值|a|2023|1-11|-|同比增长9.2%
规模以上工业总产值|a|2023|1-11|436.8亿元|同比增长8.7%
工业投资|a|2023|1-11|-|同比增长23.6%
技改投资|a|2023|1-11|-|增长31.2%
地方一般公共预算收入|a|2023|1-11|18.62亿元|增长7.9%
税收收入|a|2023|1-11|14.37亿元|增长9.1%
实际利用外资|a|2023|1-11|4260万美元|增长1.6倍
外贸进出口总额|a|2023|1-11|38.5亿元|下降6.3%
出口|a|2023|1-11|29.7亿元|下降3.8%
招商引资实际到位资金|a|2023|1-11|126.4亿元|增长10.2%
亿元以上项目|a|2023|1-12|96个
亿元以上项目投资|a|2023|1-12|212.3亿元
新开工项目|a|2023|1-12|38个
竣工项目|a|2023|1-12|27个
新签约项目|a|2023|1-12|52个
签约总额|a|2023|1-12|386亿元
盘活闲置土地|a|2023|1-12|860亩
省重点项目|a|2023|1-12|18个
省重点项目投资|a|2023|1-12|86.4亿元||112.6%
规上工业企业|a|2023|1-12|186家
新增规上工业企业|a|2023|1-12|二十三家
新增国家级专精特新“小巨人”企业|a|2023|1-12|三家
新认定高新技术企业|a|2023|1-12|41家
高新技术企业|a|2023|1-12|158家
新增市场主体|a|2023|1-12|2860户|同比增长12.4%
新增城镇就业人员|a|2023|1-12|3150人
引进高层次人才|a|2023|1-12|126名
外贸进出口总额（洹州保税物流中心）|a|2023|1-12|6.3亿元|增长34.5%
地区生产总值|e|2023|1-12|318亿元|增长6.8%
规模以上工业总产值|e|2023|1-12|478亿元|增长8.5%
规模以上工业增加值|e|2023|1-12|-|增长9.0%
地方一般公共预算收入|e|2023|1-12|20.3亿元|增长7.4%
外贸进出口总额|e|2023|1-12|42亿元|下降5.1%
招商引资实际到位资金|e|2023|1-12|138亿元|||左右
地区生产总值|t|2024|1-12|-|增长7%
地区生产总值（拼搏目标）|t|2024|1-12|-|拼搏8%
规模以上工业增加值|t|2024|1-12|-|增长8.5%|||规上工业增加值增长8.5%
规模以上工业增加值（拼搏目标）|t|2024|1-12|-|拼搏10%
规模以上工业总产值|t|2024|1-12|500亿元|||突破
工业投资|t|2024|1-12|-|增长15%
工业投资（拼搏目标）|t|2024|1-12|-|拼搏20%
地方一般公共预算收入|t|2024|1-12|21.5亿元
地方一般公共预算收入（拼搏目标）|t|2024|1-12|22亿元
实际利用外资|t|2024|1-12|5000万美元
实际利用外资（拼搏目标）|t|2024|1-12|6000万美元
外贸进出口总额|t|2024|1-12|45亿元
外贸进出口总额（拼搏目标）|t|2024|1-12|50亿元||||拼搏50亿元
招商引资实际到位资金|t|2024|1-12|150亿元
招商引资实际到位资金（拼搏目标）|t|2024|1-12|160亿元
亿元以上项目|t|2024|1-12|100个|||以上
新开工亿元以上项目|t|2024|1-12|40个
新增规上工业企业|t|2024|1-12|25家
新增高新技术企业|t|2024|1-12|30家|||以上
新增市场主体|t|2024|1-12|3200户
新增城镇就业人员|t|2024|1-12|3000人|||以上
"""

# z5 江苏 澄湖科技产业园 2026年三季度招商引资和外资外贸工作简报 --------------
FACTS["z5"] = """
实际利用外资|a|2026|1-9|1.86亿美元|同比增长12.7%|2.5亿美元~74.4%
实际利用外资|a|2025|1-9|1.65亿美元
实际利用外资|t|2026|1-12|2.5亿美元
实际利用外资|a|2026|7-9|6120万美元
实际利用外资|a|2026|9|2870万美元
制造业实际使用外资|a|2026|1-9|1.12亿美元|增长21.3%
高技术产业实际使用外资|a|2026|1-9|9380万美元
新设外资企业|a|2026|1-9|23家
增资外资企业|a|2026|1-9|15家
新签约外资项目|a|2026|1-9|19个
协议外资|a|2026|1-9|2.34亿美元
新引进世界500强投资项目|a|2026|1-9|4个
外资企业|a|2026|1-9|418家
外资企业从业人员|a|2026|1-9|6.5万人|||约
新签约项目|a|2026|1-9|64个
新签约项目协议总投资|a|2026|1-9|412.5亿元|同比增长18.6%
10亿元以上项目|a|2026|1-9|11个
亿元以上项目|a|2026|1-9|38个
总部项目|a|2026|1-9|6个
先进制造业项目|a|2026|1-9|41个
现代服务业项目|a|2026|1-9|23个
新签约项目开工率|a|2026|1-9|42.2%
招商引资实际到位资金|a|2026|1-9|86.3亿元||115亿元~75.0%
招商引资实际到位资金|t|2026|1-12|115亿元
新签约项目|a|2026|9|9个
招商引资实际到位资金|a|2026|9|11.2亿元
在库招商项目|a|2026|1-9|146个
实际利用外资（澄北片区）|a|2026|1-9|6850万美元||8500万美元~80.6%
实际利用外资（澄北片区）|t|2026|1-12|8500万美元
实际利用外资（澄西片区）|a|2026|1-9|5120万美元||7000万美元~73.1%
实际利用外资（澄西片区）|t|2026|1-12|7000万美元
实际利用外资（湖滨片区）|a|2026|1-9|3970万美元||5500万美元~72.2%
实际利用外资（湖滨片区）|t|2026|1-12|5500万美元
实际利用外资（综保区）|a|2026|1-9|2660万美元||4000万美元~66.5%
实际利用外资（综保区）|t|2026|1-12|4000万美元
外贸进出口总额（综保区）|a|2026|1-9|88.6亿元|增长18.7%
招商引资实际到位资金（澄北片区）|a|2026|1-9|31.5亿元
外贸进出口总额|a|2026|1-9|312.6亿元|同比增长5.8%
出口|a|2026|1-9|198.4亿元|增长7.2%
进口|a|2026|1-9|114.2亿元|增长3.4%
外贸进出口总额|a|2026|9|36.8亿元|同比下降2.1%
出口|a|2026|9|23.5亿元|增长1.4%
一般贸易进出口|a|2026|1-9|186.7亿元|增长9.3%
对共建“一带一路”国家进出口|a|2026|1-9|97.5亿元|增长14.6%
跨境电商进出口|a|2026|1-9|12.8亿元|增长35.2%
外资企业进出口|a|2026|1-9|204.3亿元|增长4.1%
民营企业进出口|a|2026|1-9|96.2亿元|增长11.5%
有进出口实绩企业|a|2026|1-9|532家
新增外贸备案企业|a|2026|1-9|48家
出口退税|a|2026|1-9|14.6亿元
实际利用外资|t|2026|10-12|6400万美元|||以上
新签约项目|t|2026|10-12|26个
亿元以上项目|t|2026|10-12|15个
新签约项目|t|2026|1-12|90个
外贸进出口总额|t|2026|1-12|420亿元|||突破
出口|t|2026|1-12|-|增长6%
"""

# --------------------------------------------------------------------------
# Machinery
# --------------------------------------------------------------------------


def cn2int(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        else:
            total += (cur or 1) * CN_UNITS[ch]
            cur = 0
    return total + cur


def num_out(d):
    """Decimal -> int when integral, else float."""
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def occ(hay, s):
    """Start positions of s in hay where s is not part of a longer number."""
    out, i = [], hay.find(s)
    while i >= 0:
        ok = True
        prev = hay[i - 1] if i > 0 else ""
        nxt = hay[i + len(s)] if i + len(s) < len(hay) else ""
        if s[0].isdigit() and prev and (prev.isdigit() or prev in ".-"):
            ok = False
        if s[0] == "-" and prev.isdigit():
            ok = False
        if s[0] in CN_CHARS and prev in CN_CHARS and prev:
            ok = False
        if s[-1].isdigit() and nxt and (nxt.isdigit() or nxt in ".%"):
            ok = False
        if s[-1] in CN_CHARS and nxt in CN_CHARS and nxt:
            ok = False
        if ok:
            out.append(i)
        i = hay.find(s, i + 1)
    return out


def parse_value(lit):
    unit = None
    if "#" in lit:
        lit, unit = lit.split("#", 1)
    m = NUM_RE.match(lit)
    if not m:
        raise ValueError("cannot parse value %r" % lit)
    num, yu, rest = m.groups()
    unit = unit if unit is not None else rest
    if num[0].isdigit():
        d = Decimal(num)
    else:
        d = Decimal(cn2int(num))
    return lit, d, unit, bool(yu)


def parse_growth(g):
    explicit = None
    if "=" in g:
        g, explicit = g.split("=", 1)
    m = re.search(r"\d+(?:\.\d+)?", g)
    if not m:
        raise ValueError("no number in growth %r" % g)
    d = Decimal(m.group(0))
    if "倍" in g:
        d *= 100
    if g.startswith("-") or any(w in g for w in ("下降", "减少", "回落")):
        d = -d
    if explicit is not None:
        d = Decimal(explicit)
    return g, d


def line_of(doc, head):
    hits = [ln for ln in doc.split("\n") if ln.startswith(head)]
    return hits[0] if len(hits) == 1 else None


def build(name, doc, rows, errors):
    facts, meta, used, gused = [], [], {}, {}

    def err(msg):
        errors.append("%s: %s" % (name, msg))

    for ln, row in enumerate(r for r in rows.strip("\n").split("\n")):
        f = row.split("|")
        if len(f) > 9:
            err("row %d has %d fields" % (ln + 1, len(f)))
            continue
        f = (f + [""] * 9)[:9]
        ind, k, yr, mon, val, gro, comp, q, ctx = [x.strip() if i < 8 else x
                                                   for i, x in enumerate(f)]
        tag = "%s row %d (%s)" % (name, ln + 1, row[:40])
        if k not in KINDS:
            err("%s: bad kind" % tag)
            continue
        a, _, b = mon.partition("-")
        months = [int(a), int(b or a)]
        fact = dict.fromkeys(KEYS)
        fact.update(indicator=ind, kind=KINDS[k], year=int(yr), months=months,
                    qualifier=q or None)
        vpos = None
        # context
        cstart, chay = 0, doc
        if ctx:
            if ctx.startswith("^"):
                ctx = line_of(doc, ctx[1:])
                if ctx is None:
                    err("%s: table line not unique" % tag)
                    continue
            n = doc.count(ctx)
            if n != 1:
                err("%s: context occurs %d times" % (tag, n))
                continue
            cstart, chay = doc.index(ctx), ctx
        if val and val != "-":
            lit, d, unit, yu = parse_value(val)
            if unit not in UNITS:
                err("%s: unknown unit %r" % (tag, unit))
                continue
            mult, cur = UNITS[unit]
            fact["value"] = num_out(d) if "." in lit else int(d)
            fact["unit"] = unit
            fact["value_base"] = num_out(d * mult)
            fact["currency"] = cur
            hits = occ(chay, lit)
            if len(hits) != 1:
                err("%s: value %r occurs %d times in %s" % (
                    tag, lit, len(hits), "context" if ctx else "document"))
                continue
            vs = cstart + hits[0]
            ve = vs + len(lit)
            vpos = (vs, ve)
            if vs in used:
                err("%s: value %r at the same place as row %d" % (tag, lit, used[vs]))
            used[vs] = ln + 1
            # qualifier
            before, after = doc[max(0, vs - 2):vs], doc[ve:ve + 2]
            if q:
                if q not in QUALIFIERS:
                    err("%s: bad qualifier %r" % (tag, q))
                elif q in ("突破", "超", "近", "约") and (
                        not before.endswith(q) or before in NOT_QUALIFIER):
                    err("%s: qualifier %s not right before value" % (tag, q))
                elif q in ("以上", "左右") and not after.startswith(q):
                    err("%s: qualifier %s not right after value" % (tag, q))
                elif q == "余" and not yu:
                    err("%s: 余 not inside the value" % tag)
            else:
                for w in ("突破", "超", "近", "约"):
                    if before.endswith(w) and before not in NOT_QUALIFIER:
                        err("%s: %s before value but no qualifier" % (tag, w))
                for w in ("以上", "左右"):
                    if after.startswith(w):
                        err("%s: %s after value but no qualifier" % (tag, w))
                if yu:
                    err("%s: 余 in value but no qualifier" % tag)
        elif not gro:
            err("%s: neither value nor growth" % tag)
            continue
        if gro:
            glit, gd = parse_growth(gro)
            fact["growth_pct"] = num_out(gd)
            if vpos is None:
                ghits = occ(chay, glit)
                if len(ghits) != 1:
                    err("%s: growth-only %r occurs %d times in %s" % (
                        tag, glit, len(ghits), "context" if ctx else "document"))
                else:
                    gpos = cstart + ghits[0]
                    if gpos in gused:
                        err("%s: growth %r is the growth of row %d" % (tag, glit, gused[gpos]))
                    gused[gpos] = ln + 1
            else:
                vs, ve = vpos
                near = [g for g in occ(doc, glit)
                        if (g >= ve and g - ve <= GROWTH_WINDOW)
                        or (g + len(glit) <= vs and vs - g - len(glit) <= GROWTH_WINDOW)]
                if not near:
                    err("%s: growth %r not within %d chars of value" % (
                        tag, glit, GROWTH_WINDOW))
                else:
                    gpos = min(near, key=lambda g: abs(g - ve))
                    if gpos in gused:
                        err("%s: growth %r is the growth of row %d" % (tag, glit, gused[gpos]))
                    gused[gpos] = ln + 1
        target_lit = None
        if comp:
            if vpos is None:
                err("%s: completion without value" % tag)
                continue
            if "~" in comp:
                target_lit, ylit = comp.split("~", 1)
            else:
                ylit = comp
            fact["completion_pct"] = num_out(Decimal(ylit.rstrip("%")))
            vs, ve = vpos
            found = False
            for y in occ(doc, ylit):
                if y < ve or y - ve > COMP_WINDOW or re.search("[。；;]", doc[ve:y]):
                    continue
                if target_lit is None:
                    found = True
                    break
                seg = doc[vs:y]
                i = seg.find("完成")
                if i < 0:
                    continue
                for p in occ(seg, target_lit):
                    if p > i and seg.find("的", p + len(target_lit)) >= 0:
                        found = True
                if found:
                    break
            if not found:
                err("%s: completion %r (target %r) not found after value" % (
                    tag, comp, target_lit))
        facts.append(fact)
        meta.append(target_lit)

    # cross-fact checks
    seen = set()
    for fact, target_lit in zip(facts, meta):
        if list(fact) != KEYS:
            err("%s: keys %s" % (fact["indicator"], list(fact)))
        key = (fact["indicator"], fact["kind"], fact["year"],
               tuple(fact["months"]), fact["value"])
        if key in seen:
            err("duplicate fact %s" % (key,))
        seen.add(key)
        if fact["completion_pct"] is None:
            continue
        targets = [t for t in facts if t["indicator"] == fact["indicator"]
                   and t["kind"] == "target" and t["year"] == fact["year"]
                   and t["months"] == [1, 12] and t["value_base"] is not None]
        if target_lit is not None:
            _, xd, xunit, _ = parse_value(target_lit)
            xbase = num_out(xd * UNITS[xunit][0])
            if not any(t["value_base"] == xbase for t in targets):
                err("%s: no target fact %s for completion" % (
                    fact["indicator"], target_lit))
            targets = [t for t in targets if t["value_base"] == xbase]
        for t in targets:
            pct = round(fact["value_base"] / t["value_base"] * 100, 1)
            if abs(pct - fact["completion_pct"]) > 1e-9:
                err("%s: %s / %s = %.1f%%, text says %s%%" % (
                    fact["indicator"], fact["value"], t["value"], pct,
                    fact["completion_pct"]))
    # every "完成…的Y%" of the document is used by some fact
    comps = {f["completion_pct"] for f in facts if f["completion_pct"] is not None}
    for m in re.finditer(r"完成[^。；，]{0,40}?的(\d+(?:\.\d+)?)%", doc):
        if num_out(Decimal(m.group(1))) not in comps:
            err("completion %s%% in text is not in any fact" % m.group(1))
    return facts


def main():
    errors, stats = [], []
    for name in sorted(FACTS):
        with open(os.path.join(DOCS, name + ".txt"), encoding="utf-8") as fh:
            doc = fh.read()
        if not 2000 <= len(doc) <= 3500:
            errors.append("%s: document has %d characters" % (name, len(doc)))
        facts = build(name, doc, FACTS[name], errors)
        with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as fh:
            fh.write("[\n" + ",\n".join(
                " " + json.dumps(f, ensure_ascii=False) for f in facts) + "\n]\n")
        kinds = {k: sum(f["kind"] == k for f in facts)
                 for k in ("actual", "estimate", "target")}
        stats.append("%s: %d chars, %d facts (actual %d, estimate %d, target %d)" % (
            name, len(doc), len(facts), kinds["actual"], kinds["estimate"],
            kinds["target"]))
    for s in stats:
        print(s)
    for e in errors:
        print("ERROR", e)
    print("errors: %d" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
