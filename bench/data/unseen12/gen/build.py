#!/usr/bin/env python3
"""Gold builder for held-out set unseen12 (five invented zone documents r1..r5).

This file is the only source of the gold.  Each fact is one compact row

    R(indicator, kind, year, months, value_string, g=, c=, X=, q=, ctx=, u=)

  kind          'a' actual, 'e' estimate, 't' target
  months        '1-8' -> [1,8];  '8-8' -> [8,8];  '1-12' -> [1,12]
  value_string  the exact characters of the value and its unit as they stand in
                the document ("1,268.4亿元", "226.1 亿元", "十九户"); for a table
                cell only the number, with the unit given in u=.  None for a
                growth-only fact.
  g             the growth string as it stands ("7.6%", "8.5 %", "-3.4", "1.3倍",
                "持平"); the sign comes from a leading minus or from 下降/减少/回落
                just before it.
  c             the completion string as it stands ("108.8%", "63.5").
  X             the target the completion refers to ("95亿元"); checked:
                round(value / X * 100, 1) == c and a target fact X exists.
  q             qualifier (以上 突破 超 近 左右 约 余).
  ctx           a context string that occurs once in the document and contains
                the value string (or the growth string of a growth-only fact) once.

Run:  python3 gen/build.py      -> writes gold/<id>.json and prints "errors: N".
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

LEN_MIN, LEN_MAX = 3500, 6000
GROWTH_WINDOW = 40      # growth string within 40 characters of the value
COMPLETION_WINDOW = 60  # completion string after the value

KEYS = ["indicator", "kind", "year", "months", "value", "unit", "value_base",
        "currency", "growth_pct", "completion_pct", "qualifier"]
KINDS = {"a": "actual", "e": "estimate", "t": "target"}
UNITS = {  # unit -> (multiplier to base, currency)
    "亿元": (Decimal(10) ** 8, "CNY"), "万元": (Decimal(10) ** 4, "CNY"), "元": (Decimal(1), "CNY"),
    "亿美元": (Decimal(10) ** 8, "USD"), "万美元": (Decimal(10) ** 4, "USD"), "美元": (Decimal(1), "USD"),
    "家": (Decimal(1), None), "个": (Decimal(1), None), "户": (Decimal(1), None),
    "人": (Decimal(1), None), "件": (Decimal(1), None), "项": (Decimal(1), None),
    "座": (Decimal(1), None), "万人": (Decimal(10) ** 4, None),
    "亩": (Decimal(1), None), "万亩": (Decimal(10) ** 4, None), "%": (Decimal(1), None),
}
QUALIFIERS = {"以上", "突破", "超", "近", "左右", "约", "余"}
CN_DIGITS = "零一二两三四五六七八九"
CN_CHARS = CN_DIGITS + "十百千"
NUM_CHARS = "0123456789.,"


def R(indicator, kind, year, months, v, g=None, c=None, X=None, q=None, ctx=None, u=None):
    return dict(indicator=indicator, kind=kind, year=year, months=months, v=v, g=g, c=c,
                X=X, q=q, ctx=ctx, u=u)


# ---------------------------------------------------------------------------
# r1  吉林白桦岭经开区管委会 2025年工作报告 (review of 2024 with 初步预计; 2025 two-tier targets)
# ---------------------------------------------------------------------------
r1 = [
    # 初步预计 paragraph: every figure is an estimate for 2024
    R("地区生产总值", "e", 2024, "1-12", "286.4亿元", g="6.1%"),
    R("规模以上工业总产值", "e", 2024, "1-12", "1,268.4亿元", g="7.6%"),
    R("规模以上工业增加值", "e", 2024, "1-12", None, g="8.2%"),
    R("全社会固定资产投资", "e", 2024, "1-12", "153.7亿元", g="5.3%"),
    R("工业投资", "e", 2024, "1-12", "96.2亿元", g="11.4%"),
    R("社会消费品零售总额", "e", 2024, "1-12", "48.9亿元", g="4.7%"),
    R("地方一般公共预算收入", "e", 2024, "1-12", "356,800万元", g="3.9%"),
    R("税收收入", "e", 2024, "1-12", "271,500万元"),
    R("全口径税收", "e", 2024, "1-12", "82.6亿元", g="6.5%"),
    R("实际利用外资", "e", 2024, "1-12", "6,420万美元", g="15.2%"),
    # closed periods of 2024
    R("外贸进出口总额", "a", 2024, "1-11", "46.2亿元", g="12.8%"),
    R("亿元以上项目", "a", 2024, "1-12", "86个"),
    R("亿元以上项目完成投资", "a", 2024, "1-12", "112.5亿元", g="9.3%"),
    R("新开工亿元以上项目", "a", 2024, "1-12", "38个"),
    R("竣工投产亿元以上项目", "a", 2024, "1-12", "21个"),
    R("新签约项目", "a", 2024, "1-12", "64个"),
    R("新签约亿元以上项目", "a", 2024, "1-12", "29个"),
    R("新签约项目总投资", "a", 2024, "1-12", "385.6亿元"),
    R("招商引资实际到位资金", "a", 2024, "1-12", "103.4亿元", g="12.6%", c="108.8%", X="95亿元"),
    R("招商引资实际到位资金", "t", 2024, "1-12", "95亿元"),
    R("新签约项目（汽车零部件产业链专班）", "a", 2024, "1-12", "27个"),
    R("汽车零部件产业产值", "a", 2024, "1-12", "612.3亿元"),
    R("医药健康产业产值", "a", 2024, "1-12", "286.5亿元"),
    R("新材料产业产值", "a", 2024, "1-12", "197.8亿元"),
    R("新认定高新技术企业", "a", 2024, "1-12", "37家"),
    R("高新技术企业", "a", 2024, "1-12", "186家"),
    R("新增规上工业企业", "a", 2024, "1-12", "十九户"),
    R("产值过10亿元企业", "a", 2024, "1-12", "14户"),
    R("新登记市场主体", "a", 2024, "1-12", "3,862户", g="9.7%"),
    R("减税降费及退税", "a", 2024, "1-12", "4亿元", q="超", ctx="退税超4亿元"),
    R("工业用地供应", "a", 2024, "1-12", "1,236亩"),
    R("新增城镇就业", "a", 2024, "1-12", "4,120人"),
    R("老旧小区改造", "a", 2024, "1-12", "12个"),
    # 2025 主要预期目标: 预期 tier = plain name, 拼搏 tier = （拼搏目标）
    R("地区生产总值", "t", 2025, "1-12", None, g="6.5%", ctx="地区生产总值增长6.5%"),
    R("地区生产总值（拼搏目标）", "t", 2025, "1-12", None, g="7.5%"),
    R("规模以上工业总产值", "t", 2025, "1-12", "1,360亿元"),
    R("规模以上工业总产值（拼搏目标）", "t", 2025, "1-12", "1,400亿元"),
    R("全社会固定资产投资", "t", 2025, "1-12", None, g="8%", ctx="增长8%"),
    R("全社会固定资产投资（拼搏目标）", "t", 2025, "1-12", None, g="10%"),
    R("地方一般公共预算收入", "t", 2025, "1-12", "37.5亿元"),
    R("地方一般公共预算收入（拼搏目标）", "t", 2025, "1-12", "38.6亿元"),
    R("招商引资实际到位资金", "t", 2025, "1-12", "115亿元"),
    R("招商引资实际到位资金（拼搏目标）", "t", 2025, "1-12", "125亿元", ctx="拼搏目标125亿元"),
    R("实际利用外资", "t", 2025, "1-12", "7,000万美元", q="以上"),
    R("外贸进出口总额", "t", 2025, "1-12", "55亿元", q="突破"),
    R("新认定高新技术企业", "t", 2025, "1-12", "40家"),
    R("新增规上工业企业", "t", 2025, "1-12", "20户", q="以上"),
    R("新增城镇就业", "t", 2025, "1-12", "4,000人", q="以上"),
    # 2025 重点工作 (力争 ...)
    R("新引进汽车零部件配套企业", "t", 2025, "1-12", "15户"),
    R("汽车零部件产业产值", "t", 2025, "1-12", "700亿元", q="突破"),
    R("新开工亿元以上项目", "t", 2025, "1-12", "40个"),
    R("竣工投产亿元以上项目", "t", 2025, "1-12", "25个"),
    R("亿元以上项目完成投资", "t", 2025, "1-12", "125亿元", q="以上", ctx="完成投资125亿元"),
]

# ---------------------------------------------------------------------------
# r2  内蒙古河套云谷高新区 经济运行简报 1—8月 2025 (table 1 with tabs, table 2 with spaces)
# ---------------------------------------------------------------------------
T1 = {
    "gyzcz": "规模以上工业总产值\t亿元\t412.6\t8.3\t650\t63.5",
    "zjz": "规模以上工业增加值\t%\t—\t7.9\t—\t—",
    "gdzc": "全社会固定资产投资\t亿元\t96.7\t-3.4\t160\t60.4",
    "gytz": "其中：工业投资\t亿元\t71.2\t5.6\t110\t64.7",
    "sl": "社会消费品零售总额\t亿元\t21.8\t4.1\t34\t64.1",
    "ybgg": "地方一般公共预算收入\t万元\t186,420\t6.2\t285,000\t65.4",
    "ss": "其中：税收收入\t万元\t149,310\t7.1\t—\t—",
    "wz": "实际利用外资\t万美元\t2,860\t21.4\t4,500\t63.6",
    "wm": "外贸进出口总额\t亿元\t38.7\t12.9\t55\t70.4",
    "gq": "高新技术企业\t家\t214\t—\t240\t89.2",
}
T2 = {  # rows of table 2 (runs of spaces); the row text from the unit name on
    "jc": "金川新材料园      136.8             12.4        24.6                  15.2        96.5",
    "yg": "云谷数字产业园    58.3              18.7        19.8                  6.1         91.2",
    "hh": "黄河能源化工园    142.1             3.2         22.9                  -1.8        85.4",
    "bc": "北辰装备制造园    61.4              -5.6        13.5                  -9.3        78.0",
    "sg": "沙岗街道          14.0              2.7         6.2                   -12.5       72.6",
    "dg": "东岗物流园        —                 —           9.7                   -21.6       61.0",
}
r2 = [
    # table 1 (1—8月累计 = actual [1,8]; 全年目标 = target [1,12]; 完成目标% = completion)
    R("规模以上工业总产值", "a", 2025, "1-8", "412.6", u="亿元", g="8.3", c="63.5", X="650亿元", ctx=T1["gyzcz"]),
    R("规模以上工业总产值", "t", 2025, "1-12", "650", u="亿元", ctx=T1["gyzcz"]),
    R("规模以上工业增加值", "a", 2025, "1-8", None, g="7.9", ctx=T1["zjz"]),
    R("全社会固定资产投资", "a", 2025, "1-8", "96.7", u="亿元", g="-3.4", c="60.4", X="160亿元", ctx=T1["gdzc"]),
    R("全社会固定资产投资", "t", 2025, "1-12", "160", u="亿元", ctx=T1["gdzc"]),
    R("工业投资", "a", 2025, "1-8", "71.2", u="亿元", g="5.6", c="64.7", X="110亿元", ctx=T1["gytz"]),
    R("工业投资", "t", 2025, "1-12", "110", u="亿元", ctx=T1["gytz"]),
    R("社会消费品零售总额", "a", 2025, "1-8", "21.8", u="亿元", g="4.1", c="64.1", X="34亿元", ctx=T1["sl"]),
    R("社会消费品零售总额", "t", 2025, "1-12", "34", u="亿元", ctx=T1["sl"]),
    R("地方一般公共预算收入", "a", 2025, "1-8", "186,420", u="万元", g="6.2", c="65.4", X="285,000万元", ctx=T1["ybgg"]),
    R("地方一般公共预算收入", "t", 2025, "1-12", "285,000", u="万元", ctx=T1["ybgg"]),
    R("税收收入", "a", 2025, "1-8", "149,310", u="万元", g="7.1", ctx=T1["ss"]),
    R("实际利用外资", "a", 2025, "1-8", "2,860", u="万美元", g="21.4", c="63.6", X="4,500万美元", ctx=T1["wz"]),
    R("实际利用外资", "t", 2025, "1-12", "4,500", u="万美元", ctx=T1["wz"]),
    R("外贸进出口总额", "a", 2025, "1-8", "38.7", u="亿元", g="12.9", c="70.4", X="55亿元", ctx=T1["wm"]),
    R("外贸进出口总额", "t", 2025, "1-12", "55", u="亿元", ctx=T1["wm"]),
    R("高新技术企业", "a", 2025, "1-8", "214", u="家", c="89.2", X="240家", ctx=T1["gq"]),
    R("高新技术企业", "t", 2025, "1-12", "240", u="家", ctx=T1["gq"]),
    # text
    R("规模以上工业总产值", "a", 2025, "8-8", "54.2亿元", g="10.3%"),
    R("规模以上工业增加值", "a", 2025, "8-8", None, g="9.6%"),
    R("新增规上工业企业", "a", 2025, "1-8", "9户"),
    R("规上工业企业", "a", 2025, "1-8", "186户"),
    R("新材料产业产值", "a", 2025, "1-8", "118.4亿元", g="15.6%"),
    R("现代煤化工产业产值", "a", 2025, "1-8", "136.9亿元", g="2.1%"),
    R("装备制造产业产值", "a", 2025, "1-8", "64.3亿元", g="4.8%"),
    R("云计算和数据中心产业营业收入", "a", 2025, "1-8", "27.5亿元", g="32.6%"),
    R("基础设施投资", "a", 2025, "1-8", None, g="19.7%"),
    R("房地产开发投资", "a", 2025, "1-8", None, g="26.4%"),
    R("500万元以上在建项目", "a", 2025, "1-8", "132个"),
    R("新开工500万元以上项目", "a", 2025, "1-8", "47个"),
    R("亿元以上在建项目", "a", 2025, "1-8", "58个"),
    R("亿元以上在建项目完成投资", "a", 2025, "1-8", "63.8亿元"),
    R("新签约项目", "a", 2025, "1-8", "23个"),
    R("新签约亿元以上项目", "a", 2025, "1-8", "11个"),
    R("新签约项目总投资", "a", 2025, "1-8", "146.3亿元"),
    R("招商引资实际到位资金", "a", 2025, "1-8", "58.2亿元", g="9.8%", c="68.5%", X="85亿元"),
    R("招商引资实际到位资金", "t", 2025, "1-12", "85亿元"),
    R("限额以上单位商品零售额", "a", 2025, "1-8", "12.6 亿元", g="5.9 %"),
    R("非税收入", "a", 2025, "1-8", "37,110 万元", g="2.7 %"),
    # table 2 (园区/街道 figures, 1—8月)
    R("规模以上工业总产值（金川新材料园）", "a", 2025, "1-8", "136.8", u="亿元", g="12.4", ctx=T2["jc"]),
    R("全社会固定资产投资（金川新材料园）", "a", 2025, "1-8", "24.6", u="亿元", g="15.2", ctx=T2["jc"]),
    R("规模以上工业总产值（云谷数字产业园）", "a", 2025, "1-8", "58.3", u="亿元", g="18.7", ctx=T2["yg"]),
    R("全社会固定资产投资（云谷数字产业园）", "a", 2025, "1-8", "19.8", u="亿元", g="6.1", ctx=T2["yg"]),
    R("规模以上工业总产值（黄河能源化工园）", "a", 2025, "1-8", "142.1", u="亿元", g="3.2", ctx=T2["hh"]),
    R("全社会固定资产投资（黄河能源化工园）", "a", 2025, "1-8", "22.9", u="亿元", g="-1.8", ctx=T2["hh"]),
    R("规模以上工业总产值（北辰装备制造园）", "a", 2025, "1-8", "61.4", u="亿元", g="-5.6", ctx=T2["bc"]),
    R("全社会固定资产投资（北辰装备制造园）", "a", 2025, "1-8", "13.5", u="亿元", g="-9.3", ctx=T2["bc"]),
    R("规模以上工业总产值（沙岗街道）", "a", 2025, "1-8", "14.0", u="亿元", g="2.7", ctx=T2["sg"]),
    R("全社会固定资产投资（沙岗街道）", "a", 2025, "1-8", "6.2", u="亿元", g="-12.5", ctx=T2["sg"]),
    R("全社会固定资产投资（东岗物流园）", "a", 2025, "1-8", "9.7", u="亿元", g="-21.6", ctx=T2["dg"]),
    # 下一步 (确保全年 ...)
    R("新签约项目", "t", 2025, "1-12", "35个", q="以上"),
    R("新增规上工业企业", "t", 2025, "1-12", "15户", q="以上"),
]

# ---------------------------------------------------------------------------
# r3  天津津北区瑞丰街道产业办 2025年上半年招商引资和企业服务工作总结 (Word text, half-width marks)
# ---------------------------------------------------------------------------
r3 = [
    R("注册企业", "a", 2025, "1-6", "8,600 余家", q="余"),
    R("新签约项目", "a", 2025, "1-6", "47 个"),
    R("新签约亿元以上项目", "a", 2025, "1-6", "12 个"),
    R("新签约项目总投资", "a", 2025, "1-6", "86.4 亿元"),
    R("新落户企业", "a", 2025, "1-6", "318 家"),
    R("新落户注册资本1000万元以上企业", "a", 2025, "1-6", "42 家"),
    R("新注册市场主体", "a", 2025, "1-6", "1,126 户", g="8.5 %"),
    R("新注册市场主体", "a", 2025, "6-6", "214 户"),
    R("招商引资实际到位资金", "a", 2025, "1-6", "23.75亿元", g="14.2%", c="52.8%", X="45亿元"),
    R("招商引资实际到位资金", "t", 2025, "1-12", "45亿元"),
    R("签约项目（第一招商小分队）", "a", 2025, "1-6", "18 个"),
    R("签约项目（第二招商小分队）", "a", 2025, "1-6", "16 个"),
    R("签约项目（第三招商小分队）", "a", 2025, "1-6", "13 个"),
    R("实际利用外资", "a", 2025, "1-6", "1,850 万美元", g="-12.5%"),
    R("新设外资企业", "a", 2025, "1-6", "6 家", ctx="新设外资企业 6 家"),
    R("合同外资", "a", 2025, "1-6", "3,200万美元", g="1.3倍"),
    R("全口径税收", "a", 2025, "1-6", "15.36 亿元", g="6.8%"),
    R("区级税收", "a", 2025, "1-6", "4.12 亿元"),
    R("全口径税收（瑞丰金融港）", "a", 2025, "1-6", "3.86 亿元"),
    R("全口径税收（津北中心）", "a", 2025, "1-6", "2.17 亿元"),
    R("税收亿元楼宇", "a", 2025, "1-6", "5 座"),
    R("受理企业服务诉求", "a", 2025, "1-6", "236 件"),
    R("办结企业服务诉求", "a", 2025, "1-6", "221 件"),
    R("企业服务诉求办结率", "a", 2025, "1-6", "93.6%"),
    R("企业满意率", "a", 2025, "1-6", "98.2%"),
    R("新增贷款", "a", 2025, "1-6", "5.64 亿元"),
    R("新增就业岗位", "a", 2025, "1-6", "1,400 个", q="近"),
    R("国家高新技术企业", "a", 2025, "1-6", "128 家"),
    R("市级专精特新中小企业", "a", 2025, "1-6", "46 家"),
    R("国家级专精特新小巨人企业", "a", 2025, "1-6", "5 家", ctx="小巨人企业 5 家"),
    R("雏鹰企业", "a", 2025, "1-6", "57 家"),
    R("瞪羚企业", "a", 2025, "1-6", "9 家"),
    R("新认定创新型中小企业", "a", 2025, "1-6", "二十三家"),
    R("新增规上工业企业", "a", 2025, "1-6", "3 家"),
    R("新增限上商贸企业", "a", 2025, "1-6", "11 家"),
    R("兑现政策资金", "a", 2025, "1-6", "1,286 万元"),
    # 下半年工作打算 (list of goals)
    R("新签约项目", "t", 2025, "1-12", "90 个", q="以上"),
    R("新落户企业", "t", 2025, "1-12", "600 家"),
    R("实际利用外资", "t", 2025, "1-12", "3,000 万美元", q="突破"),
    R("新增国家高新技术企业", "t", 2025, "1-12", "15 家"),
    R("市级专精特新中小企业", "t", 2025, "1-12", "55 家"),
]

# ---------------------------------------------------------------------------
# r4  宁夏沙湖临空经济园区 重点项目建设调度通报 2025年第3期 (1~9月; PDF text, table with unit row)
# ---------------------------------------------------------------------------
T4 = {
    "kg": "空港物流片区      42              28.6              22.4               78.3",
    "lk": "临空制造片区      51              33.2              25.1               75.6",
    "zb": "综合保税片区      23              12.5              8.2                65.6",
    "sh": "沙湖文旅片区      32              12.2              8.6                70.5",
}
r4 = [
    R("重点项目", "a", 2025, "1-9", "148个"),
    R("重点项目总投资", "a", 2025, "1-9", "612.8亿元"),
    R("重点项目完成投资", "t", 2025, "1-12", "86.5亿元"),
    R("重点项目完成投资", "a", 2025, "1-9", "64.3亿元", g="9.6%", c="74.3%", X="86.5亿元"),
    R("重点项目完成投资", "a", 2025, "9-9", "9.1亿元"),
    R("工业类重点项目完成投资", "a", 2025, "1-9", "38.6亿元", g="14.2%"),
    R("基础设施类重点项目完成投资", "a", 2025, "1-9", "16.9亿元", g="3.5%"),
    R("社会民生类重点项目完成投资", "a", 2025, "1-9", "8.8亿元", g="5.1%"),
    R("新谋划项目", "a", 2025, "1-9", "41个"),
    R("新谋划项目总投资", "a", 2025, "1-9", "186.2亿元"),
    R("新谋划10亿元以上项目", "a", 2025, "1-9", "6个", ctx="10亿元以上项目6个"),
    R("入库项目", "a", 2025, "1-9", "213个"),
    R("在谈项目", "a", 2025, "1-9", "26个"),
    R("新签约项目", "a", 2025, "1-9", "23个"),
    R("新签约项目总投资", "a", 2025, "1-9", "132.6亿元"),
    R("招商引资实际到位资金", "a", 2025, "1-9", "41.7亿元", g="16.3%"),
    R("新开工项目", "a", 2025, "1-9", "19个"),
    R("开工率", "a", 2025, "1-9", "82.6%"),
    R("新开工项目（空港物流片区）", "a", 2025, "1-9", "7个", ctx="分别为7个"),
    R("新开工项目（临空制造片区）", "a", 2025, "1-9", "6个", ctx="7个、6个"),
    R("新开工项目（综合保税片区）", "a", 2025, "1-9", "2个", ctx="6个、2个"),
    R("新开工项目（沙湖文旅片区）", "a", 2025, "1-9", "4个", ctx="2个、4个"),
    R("新投产项目", "a", 2025, "1-9", "12个"),
    R("投产率", "a", 2025, "1-9", "63.2%"),
    R("新投产项目新增产值", "a", 2025, "1-9", "21.6亿元"),
    R("新投产项目新增就业岗位", "a", 2025, "1-9", "1,150个", q="约"),
    # table 1 (重点项目数 = stock at 9月底; 年度计划投资 = target; 1~9月完成投资 + 完成率)
    R("重点项目（空港物流片区）", "a", 2025, "1-9", "42", u="个", ctx=T4["kg"]),
    R("重点项目完成投资（空港物流片区）", "t", 2025, "1-12", "28.6", u="亿元", ctx=T4["kg"]),
    R("重点项目完成投资（空港物流片区）", "a", 2025, "1-9", "22.4", u="亿元", c="78.3", X="28.6亿元", ctx=T4["kg"]),
    R("重点项目（临空制造片区）", "a", 2025, "1-9", "51", u="个", ctx=T4["lk"]),
    R("重点项目完成投资（临空制造片区）", "t", 2025, "1-12", "33.2", u="亿元", ctx=T4["lk"]),
    R("重点项目完成投资（临空制造片区）", "a", 2025, "1-9", "25.1", u="亿元", c="75.6", X="33.2亿元", ctx=T4["lk"]),
    R("重点项目（综合保税片区）", "a", 2025, "1-9", "23", u="个", ctx=T4["zb"]),
    R("重点项目完成投资（综合保税片区）", "t", 2025, "1-12", "12.5", u="亿元", ctx=T4["zb"]),
    R("重点项目完成投资（综合保税片区）", "a", 2025, "1-9", "8.2", u="亿元", c="65.6", X="12.5亿元", ctx=T4["zb"]),
    R("重点项目（沙湖文旅片区）", "a", 2025, "1-9", "32", u="个", ctx=T4["sh"]),
    R("重点项目完成投资（沙湖文旅片区）", "t", 2025, "1-12", "12.2", u="亿元", ctx=T4["sh"]),
    R("重点项目完成投资（沙湖文旅片区）", "a", 2025, "1-9", "8.6", u="亿元", c="70.5", X="12.2亿元", ctx=T4["sh"]),
    # 下步工作要求 (力争全年 ...)
    R("新开工项目", "t", 2025, "1-12", "25个"),
    R("新投产项目", "t", 2025, "1-12", "18个"),
    R("新签约项目", "t", 2025, "1-12", "30个", q="以上"),
]

# ---------------------------------------------------------------------------
# r5  重庆缙云湖经开区 上半年经济工作会议讲话 2025 (上半年 actual, 预计全年, 确保/挑战 targets)
# ---------------------------------------------------------------------------
r5 = [
    R("地区生产总值", "a", 2025, "1-6", "198.6亿元", g="6.8%"),
    R("规模以上工业总产值", "a", 2025, "1-6", "763.2亿元", g="9.1%", c="49.2%", X="1,550亿元"),
    R("规模以上工业增加值", "a", 2025, "1-6", None, g="9.4%"),
    R("规模以上工业增加值", "a", 2025, "1-5", None, g="8.7%", ctx="增长8.7%"),
    R("规模以上工业增加值", "a", 2025, "6-6", None, g="12.6%"),
    R("全社会固定资产投资", "a", 2025, "1-6", None, g="-2.7 %"),
    R("社会消费品零售总额", "a", 2025, "1-6", "52.36亿元", g="5.3%"),
    R("外贸进出口总额", "a", 2025, "1-6", "152.4亿元", g="11.7%"),
    R("地方一般公共预算收入", "a", 2025, "1-6", "186,300万元", g="4.2%"),
    R("税收收入", "a", 2025, "1-6", "142,700万元"),
    R("全口径税收", "a", 2025, "1-6", "46.8亿元", g="7.4%"),
    R("汽车产业产值", "a", 2025, "1-6", "412.6亿元", g="6.4%"),
    R("电子信息产业产值", "a", 2025, "1-6", "186.7亿元", g="18.3%"),
    R("生物医药产业产值", "a", 2025, "1-6", "58.9亿元", g="12.1%"),
    R("规上工业企业营业收入", "a", 2025, "1-6", "802.5亿元"),
    R("规上工业企业利润总额", "a", 2025, "1-6", "41.3亿元", g="15.8%"),
    R("新培育国家级专精特新小巨人企业", "a", 2025, "1-6", "2家", ctx="小巨人企业2家"),
    R("新认定高新技术企业", "a", 2025, "1-6", "28家"),
    R("高新技术企业", "a", 2025, "1-6", "312家"),
    R("新增规上工业企业", "a", 2025, "1-6", "11户"),
    R("新签约项目", "a", 2025, "1-6", "37个"),
    R("新签约项目总投资", "a", 2025, "1-6", "286.5亿元"),
    R("新签约50亿元以上项目", "a", 2025, "1-6", "3个", ctx="50亿元以上项目3个"),
    R("招商引资实际到位资金", "a", 2025, "1-6", "61.8亿元", g="15.6%", c="51.5%", X="120亿元"),
    R("实际利用外资", "a", 2025, "1-6", "5,120万美元", g="8.9%"),
    R("市级重点项目完成投资", "a", 2025, "1-6", "72.4亿元", c="53.6%"),
    R("规模以上工业总产值（西永智造园）", "a", 2025, "1-6", "352.8亿元", g="10.6%"),
    R("规模以上工业总产值（缙北汽车城）", "a", 2025, "1-6", "298.4亿元", g="5.2%"),
    R("新登记市场主体", "a", 2025, "1-6", "2,418户", g="6.3%"),
    # 经初步测算，预计全年 ...
    R("地区生产总值", "e", 2025, "1-12", "410亿元", g="7%", q="左右"),
    R("规模以上工业总产值", "e", 2025, "1-12", "1,560亿元"),
    R("外贸进出口总额", "e", 2025, "1-12", "300亿元", q="突破"),
    R("实际利用外资", "e", 2025, "1-12", "1.05亿美元"),
    # 全年目标 ①-⑤: 确保 = plain name, 挑战 = （拼搏目标）
    R("地区生产总值", "t", 2025, "1-12", None, g="6.5%"),
    R("地区生产总值（拼搏目标）", "t", 2025, "1-12", None, g="7.5%"),
    R("规模以上工业总产值", "t", 2025, "1-12", "1,550亿元"),
    R("规模以上工业总产值（拼搏目标）", "t", 2025, "1-12", "1,600亿元"),
    R("全社会固定资产投资", "t", 2025, "1-12", None, g="持平"),
    R("全社会固定资产投资（拼搏目标）", "t", 2025, "1-12", None, g="3%", ctx="挑战增长3%"),
    R("招商引资实际到位资金", "t", 2025, "1-12", "120亿元", q="突破"),
    R("新签约项目", "t", 2025, "1-12", "75个"),
    R("新增规上工业企业", "t", 2025, "1-12", "25户", q="以上"),
    R("新认定高新技术企业", "t", 2025, "1-12", "60家", ctx="高新技术企业60家"),
]

ROWS = {"r1": r1, "r2": r2, "r3": r3, "r4": r4, "r5": r5}


# ---------------------------------------------------------------------------
# machinery
# ---------------------------------------------------------------------------
def cn2int(s):
    vals = {c: i for i, c in enumerate("零一二三四五六七八九")}
    vals["两"] = 2
    total, cur = 0, 0
    for ch in s:
        if ch in vals:
            cur = vals[ch]
        elif ch in "十百千":
            mult = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (cur or 1) * mult
            cur = 0
        else:
            raise ValueError(s)
    return total + cur


NUM_RE = re.compile(r"\s*([-−]?\d[\d,]*(?:\.\d+)?|[零一二两三四五六七八九十百千]+)\s*(余)?\s*(.*?)\s*$")


def parse_amount(s, unit_override=None):
    """'1,268.4亿元' -> (Decimal, text of number, unit, has_yu)."""
    m = NUM_RE.match(s)
    if not m:
        raise ValueError("cannot parse value %r" % s)
    num, yu, unit = m.group(1), bool(m.group(2)), m.group(3)
    if unit_override:
        if unit:
            raise ValueError("unit given twice in %r" % s)
        unit = unit_override
    if num[0] in CN_CHARS:
        d = Decimal(cn2int(num))
    else:
        d = Decimal(num.replace(",", "").replace("−", "-"))
    return d, num, unit, yu


def as_json_number(d, text=None):
    if text is not None and "." not in text and d == d.to_integral_value():
        return int(d)
    if text is None and d == d.to_integral_value():
        return int(d)
    return float(d)


def boundary_ok(doc, pos, s, chinese=False):
    before = doc[pos - 1] if pos > 0 else ""
    bad = NUM_CHARS + "-−" + (CN_CHARS if chinese else "")
    if before and before in bad:
        return False
    # if the string ends with a digit, the next char must not continue the number
    end = pos + len(s)
    if s and s[-1].isdigit() and end < len(doc) and doc[end] in NUM_CHARS and not (
            doc[end] in ".," and (end + 1 >= len(doc) or not doc[end + 1].isdigit())):
        return False
    return True


def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def locate(doc, s, ctx, errs, tag):
    chinese = bool(s) and s.strip()[0] in CN_CHARS
    if ctx:
        occ = find_all(doc, ctx)
        if len(occ) != 1:
            errs.append("%s: context %r occurs %d times" % (tag, ctx, len(occ)))
            return None
        inner = find_all(ctx, s)
        if len(inner) != 1:
            errs.append("%s: %r occurs %d times inside its context" % (tag, s, len(inner)))
            return None
        pos = occ[0] + inner[0]
    else:
        occ = find_all(doc, s)
        if len(occ) != 1:
            errs.append("%s: %r occurs %d times (needs a context)" % (tag, s, len(occ)))
            return None
        pos = occ[0]
    if not boundary_ok(doc, pos, s, chinese):
        errs.append("%s: %r sits inside a longer number" % (tag, s))
    return pos


def near(doc, s, a, b, window, errs, tag, after_only=False):
    """Find s near the span [a, b): nearest valid occurrence after b, else before a."""
    lo, hi = max(0, a - window - len(s)), min(len(doc), b + window + len(s))
    cands = [lo + i for i in find_all(doc[lo:hi], s)]
    cands = [p for p in cands if boundary_ok(doc, p, s) and (p >= b or p + len(s) <= a)]
    after = [p for p in cands if p >= b and p - b <= window]
    before = [p for p in cands if p + len(s) <= a and a - (p + len(s)) <= window]
    if after:
        return min(after)
    if before and not after_only:
        return max(before)
    errs.append("%s: %r not found within %d characters" % (tag, s, window))
    return None


NEG_WORDS = ("下降", "减少", "回落", "降低")


def growth_value(doc, gpos, gs):
    t = gs.replace(" ", "")
    if t == "持平":
        return Decimal(0)
    m = re.match(r"([-−]?)(\d+(?:\.\d+)?)(%|倍)?$", t)
    if not m:
        raise ValueError("growth string %r" % gs)
    d = Decimal(m.group(2))
    if m.group(3) == "倍":
        d *= 100
    pre = doc[max(0, gpos - 8):gpos].replace("\n", "").replace(" ", "")
    neg = bool(m.group(1)) or any(pre.endswith(w) or pre.endswith(w + "了") for w in NEG_WORDS) \
        or any(w in pre[-4:] for w in NEG_WORDS)
    return -d if neg else d


def qualifiers_at(doc, pos, s):
    found = set()
    before = doc[:pos].rstrip(" \u3000\n")
    if before.endswith("突破"):
        found.add("突破")
    elif before.endswith("超过") or before.endswith("超"):
        found.add("超")
    elif before.endswith("近") and not before.endswith("最近"):
        found.add("近")
    elif before.endswith("约") and not before.endswith("签约"):
        found.add("约")
    if "余" in s:
        found.add("余")
    after = doc[pos + len(s):].lstrip(" \u3000\n")
    for w in ("以上", "左右", "余", "多"):
        if after.startswith(w):
            found.add(w)
    return found


def build_doc(did, rows, doc, errs):
    facts, anchors, gspots, cspots, keys = [], {}, {}, {}, {}
    L = len(doc)
    if not (LEN_MIN <= L <= LEN_MAX):
        errs.append("%s: document length %d outside %d-%d" % (did, L, LEN_MIN, LEN_MAX))
    for i, r in enumerate(rows):
        tag = "%s#%d %s" % (did, i + 1, r["indicator"])
        if r["kind"] not in KINDS:
            errs.append(tag + ": bad kind")
            continue
        a, b = (int(x) for x in r["months"].split("-"))
        if not (1 <= a <= b <= 12 and (a == 1 or a == b)):
            errs.append(tag + ": bad months %s" % r["months"])
        value = unit = vb = cur = None
        qual = r["q"]
        if qual is not None and qual not in QUALIFIERS:
            errs.append(tag + ": unknown qualifier %r" % qual)
        if r["v"] is not None:
            d, numtxt, unit, yu = parse_amount(r["v"], r["u"])
            if unit not in UNITS:
                errs.append(tag + ": unknown unit %r" % unit)
                continue
            mult, cur = UNITS[unit]
            value = as_json_number(d, numtxt)
            vb = as_json_number(d * mult)
            pos = locate(doc, r["v"], r["ctx"], errs, tag)
            span = (pos, pos + len(r["v"])) if pos is not None else None
        else:
            if not r["g"]:
                errs.append(tag + ": neither value nor growth")
                continue
            pos = locate(doc, r["g"], r["ctx"], errs, tag)
            span = (pos, pos + len(r["g"])) if pos is not None else None
        if span is None:
            continue
        # one place, one fact
        if span[0] in anchors:
            errs.append("%s: same place as %s" % (tag, anchors[span[0]]))
        anchors[span[0]] = tag
        # growth
        growth = None
        if r["g"]:
            gpos = span[0] if r["v"] is None else near(doc, r["g"], span[0], span[1], GROWTH_WINDOW, errs, tag + " growth")
            if gpos is not None:
                growth = growth_value(doc, gpos, r["g"])
                if r["v"] is not None:
                    if gpos in gspots or gpos in anchors:
                        errs.append("%s: growth string already used (%s)" % (tag, gspots.get(gpos, anchors.get(gpos))))
                    gspots[gpos] = tag
                growth = as_json_number(growth)
        # completion
        comp = None
        if r["c"]:
            cpos = near(doc, r["c"], span[0], span[1], COMPLETION_WINDOW, errs, tag + " completion", after_only=True)
            cd = Decimal(r["c"].replace("%", "").strip())
            comp = as_json_number(cd, r["c"])
            if cpos is not None:
                if cpos in cspots:
                    errs.append("%s: completion string already used" % tag)
                cspots[cpos] = tag
            if r["X"]:
                xd, xt, xu, _ = parse_amount(r["X"])
                if xu != unit:
                    errs.append("%s: target unit %s differs from %s" % (tag, xu, unit))
                calc = (Decimal(str(value)) / xd * 100).quantize(Decimal("0.1"), rounding="ROUND_HALF_UP")
                if calc != cd.quantize(Decimal("0.1")):
                    errs.append("%s: completion %s but value/X gives %s" % (tag, cd, calc))
                r["_X"] = (as_json_number(xd, xt), xu)
        elif r["X"]:
            errs.append(tag + ": X without completion")
        # qualifiers, both ways
        qs_at = qualifiers_at(doc, span[0], r["v"] if r["v"] is not None else r["g"])
        want = {qual} if qual else set()
        if qs_at != want:
            errs.append("%s: qualifier in text %s, in row %s" % (tag, sorted(qs_at), sorted(want)))
        fact = {
            "indicator": r["indicator"], "kind": KINDS[r["kind"]], "year": r["year"],
            "months": [a, b], "value": value, "unit": unit, "value_base": vb,
            "currency": cur, "growth_pct": growth, "completion_pct": comp, "qualifier": qual,
        }
        if list(fact.keys()) != KEYS:
            errs.append(tag + ": keys")
        key = (fact["indicator"], fact["kind"], fact["year"], tuple(fact["months"]), fact["value"])
        if key in keys:
            errs.append("%s: duplicate of %s" % (tag, keys[key]))
        keys[key] = tag
        r["_fact"] = fact
        r["_cpos"] = None
        facts.append(fact)
    # every X target exists
    for i, r in enumerate(rows):
        if "_X" in r and "_fact" in r:
            f = r["_fact"]
            xv, xu = r["_X"]
            ok = any(g["indicator"] == f["indicator"] and g["kind"] == "target" and g["year"] == f["year"]
                     and g["months"] == [1, 12] and g["value"] == xv and g["unit"] == xu for g in facts)
            if not ok:
                errs.append("%s#%d %s: no target fact %s%s" % (did, i + 1, f["indicator"], xv, xu))
    # every 完成…的Y% in the text is used by a fact
    for m in re.finditer(r"完成[^。；;]{0,30}?的\s*(\d+(?:\.\d+)?)\s*%", doc):
        if m.start(1) not in cspots:
            errs.append("%s: 完成…的%s%% at %d is not used by a fact" % (did, m.group(1), m.start(1)))
    return facts


def main():
    os.makedirs(GOLD, exist_ok=True)
    errs = []
    total = 0
    for did, rows in ROWS.items():
        with open(os.path.join(DOCS, did + ".txt"), encoding="utf-8") as fh:
            doc = fh.read()
        n0 = len(errs)
        facts = build_doc(did, rows, doc, errs)
        with open(os.path.join(GOLD, did + ".json"), "w", encoding="utf-8") as fh:
            json.dump(facts, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        by = {k: sum(1 for f in facts if f["kind"] == k) for k in ("actual", "estimate", "target")}
        print("%s: %d chars, %d facts (actual %d, estimate %d, target %d), %d errors"
              % (did, len(doc), len(facts), by["actual"], by["estimate"], by["target"], len(errs) - n0))
        total += len(facts)
    for e in errs:
        print("ERROR", e)
    print("facts: %d" % total)
    print("errors: %d" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
