#!/usr/bin/env python3
"""Build and check the gold facts of bench/data/unseen8.

The facts are kept below as compact rows; this script expands them into
gold/yN.json (a bare JSON list of facts with exactly 11 keys) and checks every
row against its document:

  * the document is 2000-3500 characters long;
  * the value string occurs exactly once in the document, or exactly once inside
    a context string that itself occurs exactly once (digit boundaries checked);
  * the growth string occurs near the value (or once inside its own context);
  * a completion "完成…X的Y%" has the target X between 完成 and 的Y%, satisfies
    round(value/X*100, 1) == Y and a separate target fact with value X exists;
  * a qualifier sits right before (突破/超/近/约) or right after (以上/左右) the
    number, or inside the value string (余);
  * no duplicate (indicator, kind, year, months, value).

Prints per-document counts and "errors: N"; exits 0 only when N == 0.
Standard library only.  Run:  python3 gen/build.py
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
QUALS_BEFORE = ("突破", "超", "近", "约")
QUALS_AFTER = ("以上", "左右")
UNITS = {  # unit -> (factor to base, currency)
    "亿元": (Decimal(10) ** 8, "CNY"), "万元": (Decimal(10) ** 4, "CNY"), "元": (Decimal(1), "CNY"),
    "亿美元": (Decimal(10) ** 8, "USD"), "万美元": (Decimal(10) ** 4, "USD"),
    "万人": (Decimal(10) ** 4, None), "万户": (Decimal(10) ** 4, None), "万亩": (Decimal(10) ** 4, None),
    "家": (Decimal(1), None), "个": (Decimal(1), None), "户": (Decimal(1), None),
    "人": (Decimal(1), None), "亩": (Decimal(1), None), "件": (Decimal(1), None),
    "项": (Decimal(1), None), "%": (Decimal(1), None),
}
CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
FW = str.maketrans("０１２３４５６７８９．－", "0123456789.-")
DIGITCH = set("0123456789.０１２３４５６７８９")


def cn_int(s):
    """Chinese numeral below 10000 (十四, 一百, 两, 三十五)."""
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGITS:
            cur = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (cur or 1) * CN_UNITS[ch]
            cur = 0
        else:
            raise ValueError(s)
    return total + cur


def num(s):
    """Decimal from a written number: 1,250 / １８３ / 12.5 / 十四."""
    t = s.translate(FW).replace(",", "")
    if re.fullmatch(r"-?\d+(\.\d+)?", t):
        return Decimal(t)
    return Decimal(cn_int(s))


def as_json_number(d, written=None):
    """int when the written form has no decimal point, else float."""
    if written is not None and "." not in written.translate(FW):
        return int(d)
    if written is None and d == d.to_integral_value():
        return int(d)
    return float(d)


def split_value(v, unit=None):
    """'45.6亿元' -> ('45.6', '亿元', None); '3200余人' -> ('3200', '人', '余')."""
    if unit is not None:
        return v, unit, None
    for u in sorted(UNITS, key=len, reverse=True):
        for yu in ("余", ""):
            suf = yu + u
            if v.endswith(suf) and len(v) > len(suf):
                n = v[: -len(suf)]
                try:
                    num(n)
                except (ValueError, KeyError):
                    continue
                return n, u, (yu or None)
    raise ValueError("cannot split value %r" % v)


def growth(g):
    """'增长12.3%' -> 12.3; '下降4.3%' / '-12.4' -> negative; '增长1.3倍' -> 130."""
    t = g.translate(FW)
    m = re.search(r"-?\d+(\.\d+)?", t)
    d = Decimal(m.group(0))
    if "倍" in t:
        d = d * 100
    if ("下降" in t or "减少" in t) and d > 0:
        d = -d
    return as_json_number(d, None if "倍" in t else m.group(0))


# --------------------------------------------------------------------------
# Compact fact tables.
#   S(kind, year, months)            sets defaults for following rows
#   F(indicator, value, g=growth string, c=(target string, pct string),
#     q=qualifier, ctx=unique context, gctx=context for growth,
#     u=unit for bare table numbers, k/y/m=override kind/year/months)
# --------------------------------------------------------------------------
def S(kind, year, months):
    return ("S", kind, year, months)


def F(ind, v, g=None, c=None, q=None, ctx=None, gctx=None, u=None, k=None, y=None, m=None):
    return ("F", dict(ind=ind, v=v, g=g, c=c, q=q, ctx=ctx, gctx=gctx, u=u, k=k, y=y, m=m))


T = "\t"
FACTS = {}

# y1  广东 鹤洲高新区 2021年一季度经济运行简报
FACTS["y1"] = [
    S("actual", 2021, [1, 3]),
    F("地区生产总值", "128.65", "21.4", u="亿元", ctx="地区生产总值\t亿元\t128.65\t21.4"),
    F("规模以上工业总产值", "312.47", "35.8", u="亿元", ctx="312.47\t35.8"),
    F("规模以上工业增加值", "78.36", "32.1", u="亿元", ctx="78.36\t32.1"),
    F("固定资产投资", "56.82", "28.9", u="亿元", ctx="56.82\t28.9"),
    F("工业投资", "24.15", "41.6", u="亿元", ctx="工业投资\t亿元\t24.15\t41.6"),
    F("社会消费品零售总额", "19.73", "26.3", u="亿元", ctx="19.73\t26.3"),
    F("进出口总额", "96.54", "18.7", u="亿元", ctx="96.54\t18.7"),
    F("出口总额", "61.28", "22.5", u="亿元", ctx="61.28\t22.5"),
    F("实际利用外资", "8650", "-12.4", u="万美元", ctx="8650\t-12.4"),
    F("地方一般公共预算收入", "9.86亿元", "15.2", c=("38.5亿元", "25.6"),
      ctx="一般公共预算收入9.86亿元，完成年初预算38.5亿元的25.6%", gctx="9.86\t15.2"),
    F("全口径税收", "21.37", "19.8", u="亿元", ctx="21.37\t19.8"),
    F("规模以上工业总产值", "121.56亿元", "同比增长18.9%", m=[3, 3]),
    F("规模以上工业增加值", None, "增长15.6%", m=[3, 3], ctx="规上工业增加值增长15.6%"),
    F("电子信息产业产值", "142.3亿元", "增长41.2%"),
    F("新能源汽车零部件产业产值", "38.6亿元", "增长1.3倍"),
    F("生物医药产业产值", "16.74亿元", "同比下降3.6%"),
    F("规模以上工业总产值（北区片区）", "186.74亿元", "增长39.6%"),
    F("规模以上工业总产值（南湾片区）", "98.51亿元", "增长30.2%"),
    F("规模以上工业总产值（科学城片区）", "27.22亿元", "增长34.7%"),
    F("规上工业企业", "412家"),
    F("新增规上工业企业", "9家", ctx="其中一季度新增9家"),
    F("产值过10亿元企业", "11家"),
    F("固定资产投资", "24.37亿元", "同比增长31.4%", m=[3, 3]),
    F("技改投资", None, "增长56.4%", ctx="其中技改投资增长56.4%"),
    F("基础设施投资", "13.42亿元", "增长8.7%"),
    F("房地产开发投资", "19.25亿元", "增长22.3%"),
    F("新开工项目", "37个"),
    F("新开工项目总投资", "152.6亿元"),
    F("新开工亿元以上项目", "21个"),
    F("市重点项目投资", "18.6亿元", c=("82亿元", "22.7")),
    F("限额以上批发零售业销售额", "45.21亿元", "增长29.6%"),
    F("网上零售额", None, "增幅37.2%", ctx="网上零售额增幅37.2%"),
    F("进口总额", "35.26亿元", "同比增长13.1%"),
    F("新设外商投资企业", "十四家"),
    F("合同外资", "1.23亿美元", "增长2.1倍"),
    F("税收收入", "7.92亿元", "增长17.4%"),
    F("非税收入", "1.94亿元", "同比下降4.3%"),
    F("高新技术企业", "586家"),
    F("发明专利授权", "１８３件", "增速26.2%"),
    F("新登记市场主体", "2356户", "同比增长19.3%"),
    F("新登记企业", "1127户"),
    F("服务业增加值", "51.37亿元", "增长14.8%"),
    F("规上服务业营业收入", "36.8亿元", "增长27.5%"),
    F("重点企业用工", "12万人", q="近"),
    F("新增就业", "3200余人", q="余"),
    S("estimate", 2021, [1, 6]),
    F("地区生产总值", None, "增长15%", q="左右", ctx="预计上半年全区地区生产总值增长15%左右"),
    S("target", 2021, [1, 12]),
    F("市重点项目投资", "82亿元"),
    F("地方一般公共预算收入", "38.5亿元"),
    F("地区生产总值", None, "增长8.5%", q="以上", ctx="全年力争地区生产总值增长8.5%以上"),
    F("规模以上工业增加值", None, "增长10%", q="左右", ctx="规上工业增加值增长10%左右"),
    F("规模以上工业总产值", "600亿元", q="突破", m=[1, 6]),
    F("实际利用外资", "2.8亿美元"),
]

# y2  湖南 澧阳经济开发区 2020年度目标管理考核结果通报
SUBS2 = [  # unit, output, out-target, out-pct, fai, fai-target, fai-pct, funds, funds-target, funds-pct, new-firms, signed
    ("高新产业园", "168.2", "150", "112.1", "58.6", "52", "112.7", "38.4", "35", "109.7", "8家", "12个"),
    ("金桥街道", "64.3", "63", "102.1", "27.4", "25", "109.6", "17.9", "18", "99.4", "4家", "5个"),
    ("临港物流园", "96.7", "92", "105.1", "31.2", "36", "86.7", "24.6", "22", "111.8", "三家", "7个"),
    ("白鹭湖街道", "57.3", "62", "92.4", "25.6", "24", "106.7", "15.5", "17", "91.2", "3家", "4个"),
]
FACTS["y2"] = [
    S("actual", 2020, [1, 12]),
    F("规模以上工业总产值", "386.5亿元", "同比增长6.8%", c=("360亿元", "107.4")),
    F("规模以上工业增加值", None, "增长5.9%", ctx="规模以上工业增加值增长5.9%"),
    F("技工贸总收入", "1020.6亿元", "增长7.2%"),
    F("新增规上工业企业", "18家", c=("15家", "120")),
    F("单位工业增加值能耗", None, "下降4.1%", ctx="单位工业增加值能耗下降4.1%"),
    F("固定资产投资", "142.8亿元", "增长8.3%", c=("135亿元", "105.8")),
    F("新签约亿元以上项目", "28个"),
    F("招商引资实际到位资金", "96.4亿元", "增长11.6%", c=("88亿元", "109.5")),
    F("实际利用外资", "1.86亿美元", c=("1.8亿美元", "103.3")),
    F("进出口总额", "5.42亿美元", "同比下降7.6%", c=("6.5亿美元", "83.4")),
    F("地方一般公共预算收入", "12.46亿元", "增长3.1%", c=("12.2亿元", "102.1")),
    F("全口径税收", "23.75亿元", "增幅4.6%"),
    F("规上服务业营业收入", "47.3亿元", "增长9.8%"),
    F("新增限额以上商贸企业", "12家"),
    F("新认定高新技术企业", "31家"),
    F("高新技术企业", "142家"),
    S("target", 2020, [1, 12]),
    F("规模以上工业总产值", "360亿元"),
    F("新增规上工业企业", "15家"),
    F("固定资产投资", "135亿元"),
    F("招商引资实际到位资金", "88亿元"),
    F("实际利用外资", "1.8亿美元"),
    F("进出口总额", "6.5亿美元"),
    F("地方一般公共预算收入", "12.2亿元"),
]
for (unit, o, ot, op, f, ft, fp, d, dt, dp, firms, signed) in SUBS2:
    b = "（%s）" % unit
    para = "（%s）：" % unit  # paragraph head, e.g. "（高新产业园）："
    FACTS["y2"] += [
        S("actual", 2020, [1, 12]),
        F("规模以上工业总产值" + b, o + "亿元", c=(ot + "亿元", op)),
        F("固定资产投资" + b, f + "亿元", c=(ft + "亿元", fp)),
        F("招商引资实际到位资金" + b, d + "亿元", c=(dt + "亿元", dp)),
        F("新增规上工业企业" + b, firms, ctx="新增规上工业企业%s，新签约亿元以上项目%s" % (firms, signed)),
        F("新签约亿元以上项目" + b, signed, ctx="新增规上工业企业%s，新签约亿元以上项目%s" % (firms, signed)),
        S("target", 2020, [1, 12]),
        F("规模以上工业总产值" + b, ot + "亿元", ctx="完成目标%s亿元的%s%%" % (ot, op)),
        F("固定资产投资" + b, ft + "亿元", ctx="完成目标%s亿元的%s%%" % (ft, fp)),
        F("招商引资实际到位资金" + b, dt + "亿元", ctx="完成目标%s亿元的%s%%" % (dt, dp)),
    ]
FACTS["y2"] += [
    S("target", 2021, [1, 12]),
    F("规模以上工业总产值", "425亿元"),
    F("固定资产投资", None, "增长10%", ctx="固定资产投资增长10%"),
    F("招商引资实际到位资金", "105亿元"),
    F("新增规上工业企业", "20家", q="以上"),
]

# y3  安徽 凤鸣街道 2026年上半年工作总结和下半年工作打算
FACTS["y3"] = [
    S("estimate", 2026, [1, 6]),
    F("地区生产总值", "46.8亿元", "同比增长6.2%"),
    F("服务业增加值", "24.3亿元", "增长5.6%"),
    F("规模以上工业总产值", "58.3亿元", "增长9.4%"),
    F("规模以上工业增加值", None, "增长7.5%", ctx="规模以上工业增加值增长7.5%"),
    F("固定资产投资", "21.6亿元", "增长5.1%"),
    F("社会消费品零售总额", "12.35亿元", "增长4.8%"),
    F("地方一般公共预算收入", "2.14亿元", c=("4亿元", "53.5")),
    F("税收收入", "1.76亿元"),
    S("actual", 2026, [1, 5]),
    F("规模以上工业总产值", "47.62亿元", "同比增长9.1%"),
    F("规模以上工业增加值", None, "增长7.8%", ctx="规上工业增加值增长7.8%"),
    F("工业投资", "9.74亿元", "增长12.6%"),
    F("技改投资", None, "增长18.3%", ctx="技改投资增长18.3%"),
    F("限额以上消费品零售额", "4.36亿元", "增长8.2%"),
    F("规上服务业营业收入", "5.12亿元", "增长10.4%"),
    F("建筑业总产值", "6.3亿元", "同比下降2.4%"),
    F("进出口总额", "3.28亿元", "增长11.5%"),
    F("实际利用外资", "1260万美元", "同比减少6.7%"),
    F("全口径税收", "2.87亿元", "增速6.9%"),
    F("新材料产业产值", "18.26亿元", "增长15.2%"),
    F("智能装备产业产值", "12.47亿元", "增长10.8%"),
    F("农副食品加工业产值", "6.35亿元", "下降1.9%"),
    F("招商引资实际到位资金", "15.7亿元", c=("32亿元", "49.1")),
    S("actual", 2026, [1, 6]),
    F("新签约项目", "14个"),
    F("新签约项目协议总投资", "38.6亿元"),
    F("新签约亿元以上项目", "9个", ctx="其中亿元以上项目9个"),
    F("新开工项目", "6个", ctx="新开工项目6个"),
    F("规上工业企业", "68家"),
    F("新增规上工业企业", "5家", ctx="其中上半年新增5家"),
    F("“四上”企业", "142家"),
    F("高新技术企业", "23家"),
    F("专精特新中小企业", "9家"),
    F("新认定专精特新中小企业", "两家"),
    F("市场主体", "12486户"),
    F("新增市场主体", "1124户", "增长8.9%"),
    F("授权发明专利", "37件"),
    F("房屋征收", "312户"),
    F("征收土地", "860亩"),
    F("老旧小区改造", "6个", ctx="实施老旧小区改造6个"),
    F("新建高标准农田", "1500亩"),
    F("新增城镇就业", "486人"),
    F("农村劳动力转移就业", "320人"),
    S("target", 2026, [1, 12]),
    F("地方一般公共预算收入", "4亿元", ctx="完成全年目标4亿元的"),
    F("招商引资实际到位资金", "32亿元"),
    F("地区生产总值", "98亿元", "增长6.5%"),
    F("地区生产总值（拼搏目标）", "100亿元"),
    F("规模以上工业总产值", "125亿元", q="突破"),
    F("规模以上工业增加值", None, "增长8%", q="左右", ctx="规上工业增加值增长8%左右"),
    F("固定资产投资", None, "增长6%", q="以上", ctx="固定资产投资增长6%以上"),
    F("社会消费品零售总额", "26亿元"),
    F("实际利用外资", "3000万美元"),
    F("新增规上工业企业", "10家"),
    F("新增市场主体", "2500户"),
    F("新签约亿元以上项目", "15个"),
    F("新开工项目", "12个", ctx="新开工项目12个"),
    F("新认定高新技术企业", "8家"),
]

# y4  福建 闽溪经开区 2018年招商引资和项目建设情况汇报
FACTS["y4"] = [
    S("actual", 2018, [1, 10]),
    F("新签约项目", "46个"),
    F("新签约项目总投资", "328.6亿元", "同比增长23.5%"),
    F("新签约亿元以上项目", "31个"),
    F("新签约10亿元以上项目", "8个", ctx="10亿元以上项目8个"),
    F("新签约工业项目", "34个"),
    F("新签约工业项目总投资", "251.3亿元"),
    F("新签约服务业项目", "12个", ctx="服务业项目12个"),
    F("新签约服务业项目总投资", "77.3亿元"),
    F("新签约外资项目", "7个", ctx="外资项目7个"),
    F("合同外资", "1.62亿美元"),
    F("招商引资实际到位资金", "76.4亿元", "增长14.2%", c=("90亿元", "84.9")),
    F("实际利用外资", "8420万美元", "增长9.6%"),
    F("招商引资实际到位资金", "58.2亿元", y=2016, m=[1, 12]),
    F("招商引资实际到位资金", "69.7亿元", y=2017, m=[1, 12]),
    F("引进世界500强和行业龙头企业项目", "3个", y=2016, m=[1, 12], ctx="项目3个、5个、6个"),
    F("引进世界500强和行业龙头企业项目", "5个", y=2017, m=[1, 12], ctx="项目3个、5个、6个"),
    F("引进世界500强和行业龙头企业项目", "6个", ctx="项目3个、5个、6个"),
    F("引进项目（新能源产业链）", "13个"),
    F("引进项目总投资（新能源产业链）", "146.5亿元"),
    F("引进项目（光电显示产业链）", "9个", ctx="光电显示产业链引进项目9个"),
    F("引进项目总投资（光电显示产业链）", "82.4亿元"),
    F("引进项目（食品加工产业链）", "6个", ctx="食品加工产业链引进项目6个"),
    F("引进项目总投资（食品加工产业链）", "24.7亿元"),
    F("在谈项目", "５３个"),
    F("在谈项目意向投资", "412亿元", q="约"),
    F("在谈亿元以上项目", "36个"),
    F("固定资产投资", "186.4亿元", "增长15.3%"),
    F("工业投资", "98.2亿元", "增长21.6%"),
    F("新开工项目", "28个"),
    F("新开工项目总投资", "143.2亿元"),
    F("新开工亿元以上项目", "17个"),
    F("签约项目开工率", "60.9%"),
    F("新签约项目履约率", "86.5%"),
    F("新投产项目", "19个"),
    F("新投产工业项目", "15个", ctx="其中工业项目15个"),
    F("新投产项目新增产值", "36.8亿元"),
    F("新增规上工业企业", "14家"),
    F("规模以上工业总产值", "612.5亿元", "增长12.8%"),
    F("达效项目", "11个"),
    F("达效项目产值", "52.4亿元"),
    F("达效项目税收", "3.18亿元"),
    F("省重点项目", "12个", ctx="列入省重点项目12个"),
    F("省重点项目投资", "41.6亿元", c=("45亿元", "92.4")),
    F("包保重点项目", "62个"),
    F("包保重点项目投资", "98.9亿元", c=("120亿元", "82.4")),
    F("供应工业用地", "2860亩"),
    F("盘活闲置土地", "1,250亩"),
    S("estimate", 2018, [1, 12]),
    F("新签约项目", "55个", q="以上"),
    F("招商引资实际到位资金", "92亿元", c=("90亿元", "102.2")),
    F("固定资产投资", "225亿元", "增长14%", q="左右"),
    S("target", 2018, [1, 12]),
    F("招商引资实际到位资金", "90亿元", ctx="完成年度目标90亿元的84.9%"),
    F("省重点项目投资", "45亿元"),
    F("包保重点项目投资", "120亿元"),
    F("新开工项目", "35个"),
    F("新投产项目", "25个"),
    S("target", 2019, [1, 12]),
    F("新签约亿元以上项目", "40个"),
    F("招商引资实际到位资金", "一百亿元", "增长10%", q="突破"),
    F("实际利用外资", "1亿美元"),
    F("新开工项目", "30个", q="超", ctx="新开工项目超30个"),
    F("固定资产投资", None, "增长12%", ctx="固定资产投资增长12%"),
]

# y5  陕西 渭川经开区 “十四五”规划纲要（节选）
def row5(name, unit, v20, v25):
    return "%s\t%s\t%s\t%s" % (name, unit, v20, v25)


TABLE5 = [  # indicator, unit, 2020, 2025, which cells are facts ("20", "25")
    ("地区生产总值", "亿元", "612.4", "1000", "25"),
    ("规模以上工业总产值", "亿元", "1386", "2300", "25"),
    ("服务业增加值占地区生产总值比重", "%", "38.5", "43", "20 25"),
    ("地方一般公共预算收入", "亿元", "48.6", "75", "25"),
    ("进出口总额", "亿元", "236.7", "400", "25"),
    ("实际利用外资", "亿美元", "4.2", "6.5", "25"),
    ("研发经费投入强度", "%", "3.2", "4.0", "25"),
    ("高新技术企业", "家", "386", "800", "25"),
    ("每万人口发明专利拥有量", "件", "28.6", "45", "20 25"),
    ("工业固体废物综合利用率", "%", "92.1", "95", "20 25"),
    ("居民人均可支配收入", "元", "42860", "63000", "20 25"),
    ("城镇登记失业率", "%", "3.4", "<4.5", "20"),
    ("城镇化率", "%", "72.4", "78", "25"),
]
FACTS["y5"] = [
    S("actual", 2020, [1, 12]),
    F("地区生产总值", "612.4亿元", "比上年增长4.1%"),
    F("规模以上工业总产值", "1386亿元", "增长5.3%"),
    F("规模以上工业增加值", None, "增长5.2%", ctx="规模以上工业增加值增长5.2%"),
    F("全社会固定资产投资", None, "增长6.8%", ctx="全社会固定资产投资增长6.8%"),
    F("社会消费品零售总额", "168.5亿元", "下降3.9%"),
    F("地方一般公共预算收入", "48.6亿元", "增长2.7%"),
    F("全口径税收", "96.3亿元"),
    F("进出口总额", "236.7亿元", "增长15.8%"),
    F("实际利用外资", "4.2亿美元"),
    F("电子信息产业产值", "412.6亿元"),
    F("新能源汽车及零部件产业产值", "186亿元"),
    F("规上工业企业", "527家"),
    F("高新技术企业", "386家"),
    F("专精特新“小巨人”企业", "4家"),
    F("上市企业", "5家"),
    F("研发经费投入强度", "3.2%"),
    F("常住人口", "56.3万人"),
    F("城镇化率", "72.4%"),
    F("规模以上工业总产值（北部智造片区）", "812亿元"),
    F("高新技术企业（南部科创片区）", "214家"),
    F("进出口总额（东部临港片区）", "98.6亿元"),
]
for (name, unit, v20, v25, which) in TABLE5:
    ctx = row5(name, unit, v20, v25)
    if "20" in which.split():
        FACTS["y5"] += [S("actual", 2020, [1, 12]), F(name, v20, u=unit, ctx=ctx)]
    if "25" in which.split():
        FACTS["y5"] += [S("target", 2025, [1, 12]), F(name, v25, u=unit, ctx=ctx)]
FACTS["y5"] += [
    S("target", 2025, [1, 12]),
    F("地区生产总值（拼搏目标）", "1100亿元"),
    F("电子信息产业产值", "800亿元", q="突破"),
    F("新能源汽车及零部件产业产值", "500亿元", q="左右"),
    F("产值超百亿元企业", "6家"),
    F("产值超十亿元企业", "30家"),
    F("规上工业企业", "750家"),
    F("专精特新“小巨人”企业", "15家", q="以上"),
    F("上市企业", "13家"),
    F("社会消费品零售总额", "260亿元"),
    F("全口径税收", "150亿元"),
    F("常住人口", "65万人", q="左右"),
    F("战略性新兴产业产值占规上工业总产值比重", "60%"),
    F("规模以上工业总产值（北部智造片区）", "1350亿元"),
    F("高新技术企业（南部科创片区）", "450家"),
    F("进出口总额（东部临港片区）", "180亿元"),
    S("target", 2035, [1, 12]),
    F("地区生产总值", "2000亿元"),
]


# --------------------------------------------------------------------------
def find_unique(text, s, start=0, end=None):
    """Positions of s in text[start:end] that are not inside a longer number."""
    end = len(text) if end is None else end
    out, i = [], text.find(s, start, end)
    while i != -1:
        before = text[i - 1] if i > 0 else ""
        after = text[i + len(s)] if i + len(s) < len(text) else ""
        ok = not (s[0] in DIGITCH and before in DIGITCH)
        if s[-1] in DIGITCH and after in DIGITCH:
            ok = False
        if ok:
            out.append(i)
        i = text.find(s, i + 1, end)
    return out


def build(doc_id, rows, text, errors):
    def err(msg):
        errors.append("%s: %s" % (doc_id, msg))

    if not 2000 <= len(text) <= 3500:
        err("document length %d outside 2000-3500" % len(text))
    facts, seen = [], set()
    kind = year = months = None
    for row in rows:
        if row[0] == "S":
            _, kind, year, months = row
            continue
        r = row[1]
        k, y, m = r["k"] or kind, r["y"] or year, r["m"] or months
        label = "%s %s %s %s %s" % (r["ind"], k, y, m, r["v"])
        # region (context)
        rs, re_ = 0, len(text)
        if r["ctx"]:
            n = text.count(r["ctx"])
            if n != 1:
                err("%s: context %r occurs %d times" % (label, r["ctx"], n))
                continue
            rs = text.index(r["ctx"])
            re_ = rs + len(r["ctx"])
        value = unit = base = cur = qual = None
        anchor = None  # (pos, len) of the number in the text
        if r["v"] is not None:
            pos = find_unique(text, r["v"], rs, re_)
            if len(pos) != 1:
                err("%s: value %r occurs %d times in %s" % (label, r["v"], len(pos),
                                                            "context" if r["ctx"] else "document"))
                continue
            anchor = (pos[0], len(r["v"]))
            n, unit, qual = split_value(r["v"], r["u"])
            if unit not in UNITS:
                err("%s: unknown unit %r" % (label, unit))
                continue
            d = num(n)
            value = as_json_number(d, n)
            factor, cur = UNITS[unit]
            base = as_json_number(d * factor)
        gp = None
        if r["g"]:
            gp = growth(r["g"])
            if r["gctx"]:
                if text.count(r["gctx"]) != 1:
                    err("%s: growth context %r not unique" % (label, r["gctx"]))
                gs = text.find(r["gctx"])
                gpos = find_unique(text, r["g"], gs, gs + len(r["gctx"]))
                if len(gpos) != 1:
                    err("%s: growth %r not once in its context" % (label, r["g"]))
            elif anchor:
                lo, hi = max(0, anchor[0] - 40), min(len(text), anchor[0] + anchor[1] + 40)
                if not find_unique(text, r["g"], lo, hi):
                    err("%s: growth %r not near value" % (label, r["g"]))
            else:
                gpos = find_unique(text, r["g"], rs, re_)
                if len(gpos) != 1:
                    err("%s: growth-only %r occurs %d times" % (label, r["g"], len(gpos)))
                    continue
                anchor = (gpos[0], len(r["g"]))
        if anchor is None:
            err("%s: neither value nor growth" % label)
            continue
        cp = None
        if r["c"]:
            xs, ys = r["c"]
            lo, hi = max(0, anchor[0] - 30), min(len(text), anchor[0] + anchor[1] + 60)
            pat = "完成[^。；]*?" + re.escape(xs) + "的" + re.escape(ys) + "%"
            if not re.search(pat, text[lo:hi]):
                err("%s: completion pattern %r not found near value" % (label, pat))
            xn, xu, _ = split_value(xs)
            xb = num(xn) * UNITS[xu][0]
            if round(float(Decimal(base) / xb * 100), 1) != float(ys):
                err("%s: %s / %s = %.3f%%, written %s%%" % (label, r["v"], xs,
                                                           float(Decimal(base) / xb * 100), ys))
            cp = as_json_number(Decimal(ys), ys)
            tgt = [x for x in rows if x[0] == "F" and x[1]["v"] == xs and x[1]["ind"] == r["ind"]]
            if not tgt:
                err("%s: no target fact %s %s" % (label, r["ind"], xs))
        q = r["q"]
        if q:
            p, L = anchor
            if q == "余":
                if qual != "余":
                    err("%s: qualifier 余 not in value" % label)
            elif q in QUALS_BEFORE:
                if text[max(0, p - len(q)):p] != q:
                    err("%s: qualifier %s not before number" % (label, q))
            elif q in QUALS_AFTER:
                if text[p + L:p + L + len(q)] != q:
                    err("%s: qualifier %s not after number" % (label, q))
            else:
                err("%s: bad qualifier %s" % (label, q))
        if k not in ("actual", "estimate", "target"):
            err("%s: bad kind" % label)
        if not (isinstance(m, list) and len(m) == 2 and 1 <= m[0] <= m[1] <= 12):
            err("%s: bad months" % label)
        fact = dict(indicator=r["ind"], kind=k, year=y, months=list(m), value=value, unit=unit,
                    value_base=base, currency=cur, growth_pct=gp, completion_pct=cp,
                    qualifier=q)
        if list(fact) != KEYS:
            err("%s: keys %s" % (label, list(fact)))
        key = (fact["indicator"], k, y, tuple(m), value)
        if key in seen:
            err("%s: duplicate %s" % (label, key))
        seen.add(key)
        facts.append(fact)
    return facts


def main():
    errors = []
    total = {"actual": 0, "estimate": 0, "target": 0}
    os.makedirs(GOLD, exist_ok=True)
    for doc_id in sorted(FACTS):
        with open(os.path.join(DOCS, doc_id + ".txt"), encoding="utf-8") as fh:
            text = fh.read()
        facts = build(doc_id, FACTS[doc_id], text, errors)
        # completion targets must exist as target facts
        for row in FACTS[doc_id]:
            if row[0] == "F" and row[1]["c"]:
                xs = row[1]["c"][0]
                xn, xu, _ = split_value(xs)
                xb = as_json_number(num(xn) * UNITS[xu][0])
                if not any(f["kind"] == "target" and f["indicator"] == row[1]["ind"]
                           and f["value_base"] == xb for f in facts):
                    errors.append("%s: completion target %s %s missing as kind target"
                                  % (doc_id, row[1]["ind"], xs))
        with open(os.path.join(GOLD, doc_id + ".json"), "w", encoding="utf-8") as fh:
            json.dump(facts, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        kinds = {kk: sum(1 for f in facts if f["kind"] == kk) for kk in total}
        for kk in total:
            total[kk] += kinds[kk]
        print("%s: %d chars, %d facts  actual %d  estimate %d  target %d" % (
            doc_id, len(text), len(facts), kinds["actual"], kinds["estimate"], kinds["target"]))
    print("total: %d facts  %s" % (sum(total.values()), total))
    for e in errors:
        print("ERROR", e)
    print("errors: %d" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
