#!/usr/bin/env python3
"""Gold builder for held-out set 13 (unseen13).

The compact rows below are the only source of the gold. Running this script
checks every row against its document and writes gold/<id>.json (bare JSON
lists of facts, 11 keys each). It prints `errors: N` at the end.

Row: R(indicator, kind, year, (m1, m2), value_as_written, unit,
       g=growth_as_written, c=completion_as_written, q=qualifier,
       ctx=context_for_value, gctx=context_for_growth, X=target_value_as_written,
       num=numeric_value_when_written_in_Chinese_numerals)
kind: A = actual, E = estimate, T = target.
A growth-only fact has value_as_written None; its growth string is its anchor.
"""
import json
import os
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
GOLD = os.path.join(ROOT, "gold")

A, E, T = "actual", "estimate", "target"
Y12 = (1, 12)


def R(ind, kind, year, months, val, unit=None, g=None, c=None, q=None,
      ctx=None, gctx=None, X=None, num=None):
    return dict(ind=ind, kind=kind, year=year, months=months, val=val, unit=unit,
                g=g, c=c, q=q, ctx=ctx, gctx=gctx, X=X, num=num)


# ---------------------------------------------------------------- s1
# 宛北经济技术开发区 (河南) 2024年工作总结和2025年工作思路
S1 = [
    R("地区生产总值", A, 2024, Y12, "286.5", "亿元", g="6.4"),
    R("规模以上工业总产值", A, 2024, Y12, "612.4", "亿元", g="7.3", c="94.2", X="650"),
    R("规模以上工业总产值", T, 2024, Y12, "650", "亿元"),
    R("规模以上工业增加值", A, 2024, Y12, None, g="8.1"),
    R("装备制造产业增加值", A, 2024, Y12, None, g="12.6"),
    R("固定资产投资", A, 2024, Y12, "148.66", "亿元", g="5.2", c="101.3"),
    R("工业投资", A, 2024, Y12, "92.35", "亿元", g="11.8"),
    R("技改投资", A, 2024, Y12, "31.07", "亿元", g="16.4"),
    R("地方一般公共预算收入", A, 2024, Y12, "18.27", "亿元", g="-2.6"),
    R("税收收入", A, 2024, Y12, "14.53", "亿元"),
    R("全口径税收", A, 2024, Y12, "41.9", "亿元", g="1.8"),
    R("外贸进出口总额", A, 2024, Y12, "86.3", "亿元", g="13.4"),
    R("出口", A, 2024, Y12, "61.8", "亿元", g="15.2"),
    R("实际利用外资", A, 2024, Y12, "4260", "万美元", g="23.7", c="106.5"),
    R("新能源汽车零部件产业产值", A, 2024, Y12, "218.7", "亿元", g="14.3"),
    R("高端装备产业产值", A, 2024, Y12, "156.2", "亿元", g="6.8"),
    R("生物医药产业产值", A, 2024, Y12, "47.9", "亿元", g="3.1"),
    R("规上服务业营业收入", A, 2024, Y12, "38.6", "亿元", g="10.2"),
    R("社会消费品零售总额", A, 2024, Y12, "52.4", "亿元", g="5.6"),
    R("限额以上单位消费品零售额", A, 2024, Y12, "19.7", "亿元"),
    R("新签约项目", A, 2024, Y12, "63", "个"),
    R("新签约项目总投资", A, 2024, Y12, "418.6", "亿元"),
    R("新签约亿元以上项目", A, 2024, Y12, "37", "个"),
    R("新签约10亿元以上项目", A, 2024, Y12, "9", "个", ctx="10亿元以上项目9个"),
    R("新开工项目", A, 2024, Y12, "41", "个"),
    R("新投产项目", A, 2024, Y12, "28", "个"),
    R("招商引资实际到位资金", A, 2024, Y12, "126.8", "亿元", g="9.7", c="110.3", X="115"),
    R("招商引资实际到位资金", T, 2024, Y12, "115", "亿元"),
    R("省外境内到位资金", A, 2024, Y12, "98.4", "亿元"),
    R("省市重点项目", A, 2024, Y12, "29", "个"),
    R("省市重点项目完成投资", T, 2024, Y12, "97.5", "亿元"),
    R("省市重点项目完成投资", A, 2024, Y12, "103.2", "亿元", c="105.8", X="97.5"),
    R("开工率", A, 2024, Y12, "93.8", "%"),
    R("竣工投产项目", A, 2024, Y12, "11", "个"),
    R("盘活低效闲置土地", A, 2024, Y12, "1260", "亩"),
    R("新认定高新技术企业", A, 2024, Y12, "23", "家"),
    R("高新技术企业", A, 2024, Y12, "131", "家"),
    R("净增高新技术企业", A, 2024, Y12, "17", "家"),
    R("入库科技型中小企业", A, 2024, Y12, "46", "家"),
    R("研发经费支出", A, 2024, Y12, "11.2", "亿元", g="9.4"),
    R("新增规上工业企业", A, 2024, Y12, "14", "家"),
    R("规上工业企业", A, 2024, Y12, "186", "家"),
    R("新增城镇就业", A, 2024, Y12, "3860", "人"),
    # 2025 主要预期目标
    R("地区生产总值", T, 2025, Y12, None, g="7", q="左右", gctx="增长7%左右"),
    R("规模以上工业总产值", T, 2025, Y12, "680", "亿元", q="突破"),
    R("规模以上工业增加值", T, 2025, Y12, None, g="8.6"),
    R("固定资产投资", T, 2025, Y12, None, g="6", q="以上", gctx="增长6%以上"),
    R("工业投资", T, 2025, Y12, "100", "亿元"),
    R("地方一般公共预算收入", T, 2025, Y12, "19", "亿元", g="4", ctx="一般公共预算收入19亿元", gctx="增长4%；"),
    R("实际利用外资", T, 2025, Y12, "4500", "万美元"),
    R("招商引资实际到位资金", T, 2025, Y12, "135", "亿元", q="超"),
    R("新签约亿元以上项目", T, 2025, Y12, "40", "个", q="以上"),
    R("新开工项目", T, 2025, Y12, "45", "个"),
    R("新投产项目", T, 2025, Y12, "30", "个"),
    R("新增规上工业企业", T, 2025, Y12, "15", "家", ctx="新增规上工业企业15家"),
    R("新认定高新技术企业", T, 2025, Y12, "25", "家"),
]

# ---------------------------------------------------------------- s2
# 渭川高新区 (陕西) 2024年1-10月经济运行情况, with a tab-separated table
M10 = (1, 10)
S2 = [
    R("规上工业企业", A, 2024, M10, "218", "家"),
    R("新增规上工业企业", A, 2024, M10, "15", "家"),
    R("电子信息产业产值", A, 2024, M10, "152.7", "亿元", g="18.4"),
    R("汽车及零部件产业产值", A, 2024, M10, "97.3", "亿元", g="6.4"),
    R("生物医药产业产值", A, 2024, M10, "41.05", "亿元", g="9.9"),
    R("智能网联汽车零部件产值", A, 2024, M10, "9.64", "亿元", g="1.3"),
    R("计算机、通信和其他电子设备制造业增加值", A, 2024, M10, None, g="19.6"),
    R("医药制造业增加值", A, 2024, M10, None, g="8.8"),
    R("汽车制造业增加值", A, 2024, M10, None, g="4.7"),
    R("高技术制造业增加值", A, 2024, M10, None, g="14.2"),
    R("产值超10亿元企业", A, 2024, M10, "11", "家", ctx="达到11家"),
    R("规模以上工业总产值", A, 2024, (10, 10), "43.8", "亿元", g="3.1"),
    R("规模以上工业增加值", A, 2024, (10, 10), None, g="7.6"),
    R("房地产开发投资", A, 2024, M10, None, g="12.8"),
    R("基础设施投资", A, 2024, M10, None, g="3.9"),
    R("高新技术产业投资", A, 2024, M10, None, g="24.5"),
    R("500万元以上在建项目", A, 2024, M10, "326", "个"),
    R("在建亿元以上项目", A, 2024, M10, "118", "个"),
    R("新增入库项目", A, 2024, M10, "37", "个"),
    R("信息传输、软件和信息技术服务业营业收入", A, 2024, M10, "31.2", "亿元", g="16.9", ctx="营业收入31.2亿元"),
    R("科学研究和技术服务业营业收入", A, 2024, M10, None, g="12.3"),
    R("限额以上单位消费品零售额", A, 2024, M10, "23.4", "亿元", g="8.5"),
    R("网上零售额", A, 2024, M10, None, g="27.5"),
    R("限额以上单位新能源汽车零售额", A, 2024, M10, None, g="41.6"),
    R("地方一般公共预算收入", A, 2024, (10, 10), "2.36", "亿元", g="11.4"),
    R("一般公共预算支出", A, 2024, M10, "28.9", "亿元", g="2.2"),
    R("新签约项目", A, 2024, M10, "52", "个"),
    R("新签约项目总投资", A, 2024, M10, "286.3", "亿元"),
    R("新签约亿元以上项目", A, 2024, M10, "31", "个"),
    R("省外到位资金", A, 2024, M10, "71.8", "亿元", g="15.3"),
    R("新设外商投资企业", A, 2024, M10, "9", "家", ctx="新设外商投资企业9家"),
    R("高新技术企业", A, 2024, M10, "1186", "家"),
    R("净增高新技术企业", A, 2024, M10, "134", "家"),
    R("入库科技型中小企业", A, 2024, M10, "892", "家"),
    R("市场主体", A, 2024, M10, "5.62", "万户"),
    R("净增市场主体", A, 2024, M10, "4381", "户"),
    R("规模以上工业总产值", E, 2024, Y12, "465", "亿元", q="左右"),
    R("固定资产投资", E, 2024, Y12, None, g="4", q="以上", gctx="保持4%以上"),
    # table (1-10月, 年度目标, 完成率)
    R("规模以上工业总产值", A, 2024, M10, "386.42", "亿元", g="8.7", c="82.2", X="470"),
    R("规模以上工业总产值", T, 2024, Y12, "470", "亿元", ctx="\t470\t"),
    R("规模以上工业增加值", A, 2024, M10, None, g="9.3", gctx="\t9.3\t"),
    R("固定资产投资", A, 2024, M10, "211.6", "亿元", g="4.6", c="81.4", X="260"),
    R("固定资产投资", T, 2024, Y12, "260", "亿元", ctx="\t260\t"),
    R("工业投资", A, 2024, M10, "87.46", "亿元", g="21.3", c="87.5", X="100"),
    R("工业投资", T, 2024, Y12, "100", "亿元", ctx="\t100\t"),
    R("社会消费品零售总额", A, 2024, M10, "58.93", "亿元", g="6.1", c="81.8", X="72"),
    R("社会消费品零售总额", T, 2024, Y12, "72", "亿元", ctx="\t72\t"),
    R("地方一般公共预算收入", A, 2024, M10, "24.17", "亿元", g="-3.8", c="79.2", X="30.5"),
    R("地方一般公共预算收入", T, 2024, Y12, "30.5", "亿元", ctx="\t30.5\t"),
    R("税收收入", A, 2024, M10, "19.64", "亿元", g="-5.1"),
    R("全口径税收", A, 2024, M10, "63.2", "亿元", g="2.4", gctx="\t2.4\t"),
    R("外贸进出口总额", A, 2024, M10, "142.8", "亿元", g="-8.3", c="79.3", X="180"),
    R("外贸进出口总额", T, 2024, Y12, "180", "亿元", ctx="\t180\t"),
    R("实际利用外资", A, 2024, M10, "6815", "万美元", g="31.2", c="85.2", X="8000"),
    R("实际利用外资", T, 2024, Y12, "8000", "万美元", ctx="\t8000\t"),
    R("招商引资实际到位资金", A, 2024, M10, "96.54", "亿元", g="12.7", c="87.8", X="110"),
    R("招商引资实际到位资金", T, 2024, Y12, "110", "亿元", ctx="\t110\t"),
    R("规上服务业营业收入", A, 2024, M10, "73.6", "亿元", g="10.8"),
    R("技术合同成交额", A, 2024, M10, "48.25", "亿元", g="15.6", c="87.7", X="55"),
    R("技术合同成交额", T, 2024, Y12, "55", "亿元", ctx="\t55\t"),
]

# ---------------------------------------------------------------- s3
# 袁岭工业园区 (江西) 2024年上半年招商引资和项目建设通报, 产业链专班 + 红黄牌
H1 = (1, 6)
LD = "（锂电新能源产业链专班）"
DZ = "（电子信息产业链专班）"
ZB = "（装备制造产业链专班）"
SP = "（绿色食品产业链专班）"
CSJ = "（驻长三角招商分局）"
YGA = "（驻粤港澳大湾区招商分局）"
S3 = [
    R("新签约项目", A, 2024, H1, "38", "个", g="18.8"),
    R("新签约项目总投资", A, 2024, H1, "156.4", "亿元", g="9.3"),
    R("新签约亿元以上项目", A, 2024, H1, "24", "个", ctx="亿元以上项目24个"),
    R("新签约5亿元以上项目", A, 2024, H1, "8", "个", ctx="5亿元以上项目8个"),
    R("新开工项目", A, 2024, H1, "19", "个", ctx="新开工项目19个"),
    R("新投产项目", A, 2024, H1, "11", "个", ctx="新投产项目11个"),
    R("招商引资实际到位资金", A, 2024, H1, "32.75", "亿元", c="48.2", X="68"),
    R("招商引资实际到位资金", T, 2024, Y12, "68", "亿元"),
    R("省外到位资金", A, 2024, H1, "26.1", "亿元", c="47.5"),
    R("实际利用外资", A, 2024, H1, "1130", "万美元", g="14.7"),
    R("省市重点调度项目", A, 2024, H1, "27", "个", ctx="调度项目27个"),
    R("省市重点调度项目完成投资", T, 2024, Y12, "48.6", "亿元"),
    R("省市重点调度项目完成投资", A, 2024, H1, "25.83", "亿元", c="53.1", X="48.6"),
    R("新开工重点项目", T, 2024, Y12, "17", "个", ctx="新开工重点项目17个"),
    R("新开工重点项目", A, 2024, H1, "12", "个", ctx="已开工12个"),
    R("开工率", A, 2024, H1, "70.6", "%"),
    R("竣工投产重点项目", T, 2024, Y12, "8", "个", ctx="竣工投产重点项目8个"),
    R("竣工投产重点项目", A, 2024, H1, "5", "个", ctx="已投产5个"),
    R("投产率", A, 2024, H1, "62.5", "%"),
    R("工业投资", A, 2024, H1, None, g="13.6"),
    R("技改投资", A, 2024, H1, None, g="22.4"),
    R("新开工工业项目", A, 2024, H1, "16", "个", ctx="工业项目16个"),
    # 专班
    R("新签约项目" + LD, A, 2024, H1, "11", "个", ctx="专班。新签约项目11个"),
    R("新签约项目总投资" + LD, A, 2024, H1, "68.2", "亿元"),
    R("新开工项目" + LD, A, 2024, H1, "6", "个", ctx="新开工项目6个"),
    R("招商引资实际到位资金" + LD, A, 2024, H1, "12.46", "亿元", c="51.9", X="24"),
    R("招商引资实际到位资金" + LD, T, 2024, Y12, "24", "亿元", ctx="年度任务24亿元"),
    R("新签约项目" + DZ, A, 2024, H1, "9", "个", ctx="新签约项目9个"),
    R("新签约项目总投资" + DZ, A, 2024, H1, "37.5", "亿元"),
    R("新开工项目" + DZ, A, 2024, H1, "5", "个", ctx="新开工项目5个，新投产项目4个"),
    R("新投产项目" + DZ, A, 2024, H1, "4", "个", ctx="新投产项目4个"),
    R("招商引资实际到位资金" + DZ, A, 2024, H1, "9.83", "亿元", c="51.7", X="19"),
    R("招商引资实际到位资金" + DZ, T, 2024, Y12, "19", "亿元", ctx="年度任务19亿元"),
    R("新签约项目" + ZB, A, 2024, H1, "10", "个", ctx="新签约项目10个"),
    R("新签约项目总投资" + ZB, A, 2024, H1, "31.9", "亿元"),
    R("新开工项目" + ZB, A, 2024, H1, "5", "个", ctx="新开工项目5个；招商"),
    R("招商引资实际到位资金" + ZB, A, 2024, H1, "8.84", "亿元", c="49.1", X="18"),
    R("招商引资实际到位资金" + ZB, T, 2024, Y12, "18", "亿元", ctx="年度任务18亿元"),
    R("新签约项目" + SP, A, 2024, H1, "8", "个", ctx="新签约项目8个"),
    R("新签约项目总投资" + SP, A, 2024, H1, "18.8", "亿元", ctx="签约总投资18.8亿元"),
    R("新开工项目" + SP, A, 2024, H1, "3", "个", ctx="新开工项目3个"),
    R("新投产项目" + SP, A, 2024, H1, "2", "个", ctx="新投产项目2个"),
    R("招商引资实际到位资金" + SP, A, 2024, H1, "1.62", "亿元", c="21.3", X="7.6"),
    R("招商引资实际到位资金" + SP, T, 2024, Y12, "7.6", "亿元"),
    # 招商分局
    R("新签约项目" + CSJ, A, 2024, H1, "7", "个", ctx="新签约项目7个"),
    R("新签约项目总投资" + CSJ, A, 2024, H1, "41.3", "亿元"),
    R("新签约项目" + YGA, A, 2024, H1, "6", "个", ctx="新签约项目6个"),
    R("新签约项目总投资" + YGA, A, 2024, H1, "27.4", "亿元"),
    # 下半年要求
    R("招商引资实际到位资金", T, 2024, (1, 9), "50", "亿元", q="突破"),
    R("新签约项目", T, 2024, Y12, "70", "个", q="以上"),
    R("新开工项目", T, 2024, Y12, "40", "个"),
]

# ---------------------------------------------------------------- s4
# 荆川经济开发区 (湖北) 2025年度主要经济指标目标任务分解通知, 预期/拼搏两档
PB = "（拼搏目标）"
DY = "（东岳街道）"
LJ = "（临江街道）"
ZZ = "（智造产业园）"
LG = "（临港物流园）"
ZCZ = "规模以上工业总产值"
GT = "固定资产投资"
DW = "招商引资实际到位资金"
XZ = "新增规上工业企业"
XS = "限额以上单位消费品零售额"
S4 = [
    R(ZCZ, A, 2024, Y12, "391.6", "亿元", g="7.7"),
    R(GT, A, 2024, Y12, "109.3", "亿元", g="4.4"),
    R(DW, A, 2024, Y12, "68.4", "亿元", g="10.6"),
    R("地方一般公共预算收入", A, 2024, Y12, "11.95", "亿元", g="持平"),
    R("地区生产总值", T, 2025, Y12, None, g="6.5"),
    R("地区生产总值" + PB, T, 2025, Y12, None, g="7.5", gctx="拼搏增长7.5%"),
    R(ZCZ, T, 2025, Y12, "420", "亿元"),
    R(ZCZ + PB, T, 2025, Y12, "440", "亿元"),
    R("规模以上工业增加值", T, 2025, Y12, None, g="8", gctx="预期增长8%"),
    R("规模以上工业增加值" + PB, T, 2025, Y12, None, g="9", gctx="拼搏增长9%"),
    R(GT, T, 2025, Y12, "118", "亿元"),
    R(GT + PB, T, 2025, Y12, "125", "亿元"),
    R(DW, T, 2025, Y12, "75", "亿元"),
    R(DW + PB, T, 2025, Y12, "82", "亿元", ctx="拼搏目标82亿元"),
    R("地方一般公共预算收入", T, 2025, Y12, "12.6", "亿元"),
    R("地方一般公共预算收入" + PB, T, 2025, Y12, "13.2", "亿元"),
    R(XS, T, 2025, Y12, "16.3", "亿元"),
    R(XS + PB, T, 2025, Y12, "17.5", "亿元"),
    R(XZ, T, 2025, Y12, "20", "家", ctx="预期目标20家"),
    R(XZ + PB, T, 2025, Y12, "25", "家", ctx="拼搏目标25家"),
    R("新签约亿元以上项目", T, 2025, Y12, "30", "个", ctx="亿元以上项目30个"),
    R("新签约10亿元以上项目", T, 2025, Y12, "6", "个", ctx="10亿元以上项目6个"),
    R("实际利用外资", T, 2025, Y12, "1500", "万美元"),
    R("新认定高新技术企业", T, 2025, Y12, "28", "家", ctx="高新技术企业28家"),
    # 东岳街道
    R(ZCZ + DY, T, 2025, Y12, "96", "亿元", ctx="预期目标96亿元"),
    R(ZCZ + DY + PB, T, 2025, Y12, "101", "亿元"),
    R(GT + DY, T, 2025, Y12, "21", "亿元", ctx="预期目标21亿元"),
    R(GT + DY + PB, T, 2025, Y12, "22.5", "亿元"),
    R(DW + DY, T, 2025, Y12, "14", "亿元", ctx="预期目标14亿元"),
    R(DW + DY + PB, T, 2025, Y12, "15.5", "亿元"),
    R(XZ + DY, T, 2025, Y12, "4", "家", ctx="预期目标4家"),
    R(XZ + DY + PB, T, 2025, Y12, "5", "家", ctx="拼搏目标5家"),
    R(XS + DY, T, 2025, Y12, "9.5", "亿元"),
    R(XS + DY + PB, T, 2025, Y12, "10.2", "亿元"),
    # 临江街道
    R(ZCZ + LJ, T, 2025, Y12, "54", "亿元", ctx="预期目标54亿元"),
    R(ZCZ + LJ + PB, T, 2025, Y12, "57", "亿元", ctx="拼搏目标57亿元"),
    R(GT + LJ, T, 2025, Y12, "17", "亿元", ctx="预期目标17亿元"),
    R(GT + LJ + PB, T, 2025, Y12, "18", "亿元", ctx="拼搏目标18亿元"),
    R(DW + LJ, T, 2025, Y12, "9", "亿元", ctx="预期目标9亿元"),
    R(DW + LJ + PB, T, 2025, Y12, "10", "亿元", ctx="拼搏目标10亿元"),
    R(XZ + LJ, T, 2025, Y12, "3", "家", ctx="预期目标3家"),
    R(XZ + LJ + PB, T, 2025, Y12, "4", "家", ctx="拼搏目标4家"),
    R(XS + LJ, T, 2025, Y12, "6.8", "亿元"),
    R(XS + LJ + PB, T, 2025, Y12, "7.3", "亿元"),
    # 智造产业园
    R(ZCZ + ZZ, T, 2025, Y12, "188", "亿元"),
    R(ZCZ + ZZ + PB, T, 2025, Y12, "196", "亿元"),
    R(GT + ZZ, T, 2025, Y12, "52", "亿元", ctx="预期目标52亿元"),
    R(GT + ZZ + PB, T, 2025, Y12, "55.5", "亿元"),
    R(DW + ZZ, T, 2025, Y12, "33", "亿元", ctx="预期目标33亿元"),
    R(DW + ZZ + PB, T, 2025, Y12, "36", "亿元", ctx="拼搏目标36亿元"),
    R(XZ + ZZ, T, 2025, Y12, "8", "家", ctx="预期目标8家"),
    R(XZ + ZZ + PB, T, 2025, Y12, "10", "家", ctx="拼搏目标10家"),
    # 临港物流园
    R(ZCZ + LG, T, 2025, Y12, "82", "亿元", ctx="预期目标82亿元"),
    R(ZCZ + LG + PB, T, 2025, Y12, "86", "亿元", ctx="拼搏目标86亿元"),
    R(GT + LG, T, 2025, Y12, "28", "亿元", ctx="预期目标28亿元"),
    R(GT + LG + PB, T, 2025, Y12, "29", "亿元", ctx="拼搏目标29亿元"),
    R(DW + LG, T, 2025, Y12, "19", "亿元", ctx="预期目标19亿元"),
    R(DW + LG + PB, T, 2025, Y12, "20.5", "亿元"),
    R(XZ + LG, T, 2025, Y12, "5", "家", ctx="预期目标5家"),
    R(XZ + LG + PB, T, 2025, Y12, "6", "家", ctx="拼搏目标6家"),
]

# ---------------------------------------------------------------- s5
# 凤栖街道 (贵州) 2024年工作总结及2025年工作计划; 初步预计 paragraph
FQ = "（凤栖小微企业园）"
S5 = [
    # 初步预计 paragraph: all estimates
    R("规模以上工业总产值", E, 2024, Y12, "78.6", "亿元", g="5.8"),
    R("固定资产投资", E, 2024, Y12, "23.4", "亿元", g="9.1"),
    R("产业投资", E, 2024, Y12, "14.7", "亿元"),
    R("限额以上批发零售业销售额", E, 2024, Y12, "42.3", "亿元", g="7.2"),
    R("限额以上住宿餐饮业营业额", E, 2024, Y12, "1.86", "亿元", g="持平"),
    R("规上服务业营业收入", E, 2024, Y12, "3.42", "亿元", g="12.1"),
    R("全口径税收", E, 2024, Y12, "6.83", "亿元", g="2.4"),
    R("实到外资", E, 2024, Y12, "1260", "万美元", c="105"),
    R("招商引资实际到位资金", E, 2024, Y12, "17.9", "亿元", c="108.5", X="16.5"),
    R("招商引资实际到位资金", T, 2024, Y12, "16.5", "亿元"),
    R("新增四上企业", E, 2024, Y12, "12", "家", ctx="企业12家"),
    R("新增规上工业企业", E, 2024, Y12, "5", "家", ctx="规上工业企业5家"),
    # 1-11月 actual paragraph
    R("规模以上工业增加值", A, 2024, (1, 11), None, g="6.9"),
    R("规上工业企业营业收入", A, 2024, (1, 11), "72.35", "亿元", g="4.7"),
    R("固定资产投资", A, 2024, (1, 11), None, g="10.3"),
    # 全年 actual
    R("新引进亿元以上项目", A, 2024, Y12, "六", "个", num=6, ctx="亿元以上项目六个"),
    R("新签约项目", A, 2024, Y12, "14", "个"),
    R("新签约项目总投资", A, 2024, Y12, "53.6", "亿元"),
    R("新开工项目", A, 2024, Y12, "9", "个", ctx="新开工项目9个"),
    R("竣工投产项目", A, 2024, Y12, "7", "个", ctx="竣工投产项目7个"),
    R("新入驻企业" + FQ, A, 2024, Y12, "23", "家"),
    R("工业产值" + FQ, A, 2024, Y12, "9.3", "亿元", g="17.2"),
    R("征地", A, 2024, Y12, "320", "亩", q="约"),
    R("房屋征收", A, 2024, Y12, "86", "户"),
    R("楼宇税收", A, 2024, Y12, "2.67", "亿元", g="15.3"),
    R("楼宇税收（金鼎社区）", A, 2024, Y12, "1.26", "亿元"),
    R("楼宇税收（和平社区）", A, 2024, Y12, "0.87", "亿元"),
    R("楼宇税收（云锦社区）", A, 2024, Y12, "0.54", "亿元"),
    R("新增市场主体", A, 2024, Y12, "900", "户", q="近"),
    R("新增城镇就业", A, 2024, Y12, "1120", "人", q="余"),
    # 2025 主要目标
    R("规模以上工业总产值", T, 2025, Y12, "84", "亿元", g="7", gctx="增长7%；"),
    R("规模以上工业增加值", T, 2025, Y12, None, g="7.5"),
    R("固定资产投资", T, 2025, Y12, "25", "亿元", g="6.8", ctx="固定资产投资25亿元"),
    R("限额以上批发零售业销售额", T, 2025, Y12, "45", "亿元"),
    R("楼宇税收", T, 2025, Y12, "3", "亿元", q="突破", ctx="突破3亿元"),
    R("招商引资实际到位资金", T, 2025, Y12, "18", "亿元", ctx="实际到位资金18亿元"),
    R("实到外资", T, 2025, Y12, "1300", "万美元"),
    R("新签约亿元以上项目", T, 2025, Y12, "8", "个", ctx="亿元以上项目8个"),
    R("新增四上企业", T, 2025, Y12, "15", "家", ctx="企业15家"),
    R("新增规上工业企业", T, 2025, Y12, "6", "家", ctx="规上工业企业6家"),
    R("新增城镇就业", T, 2025, Y12, "1200", "人"),
]

SETS = {"s1": S1, "s2": S2, "s3": S3, "s4": S4, "s5": S5}

# ---------------------------------------------------------------- checks
UNIT = {
    "亿元": (Decimal(10) ** 8, "CNY"), "万元": (Decimal(10) ** 4, "CNY"), "元": (Decimal(1), "CNY"),
    "亿美元": (Decimal(10) ** 8, "USD"), "万美元": (Decimal(10) ** 4, "USD"), "美元": (Decimal(1), "USD"),
    "家": (Decimal(1), None), "个": (Decimal(1), None), "户": (Decimal(1), None), "人": (Decimal(1), None),
    "件": (Decimal(1), None), "项": (Decimal(1), None), "亩": (Decimal(1), None),
    "万人": (Decimal(10) ** 4, None), "万户": (Decimal(10) ** 4, None), "万亩": (Decimal(10) ** 4, None),
    "%": (None, None),
}
QUALS = ["以上", "突破", "超", "近", "左右", "约", "余"]
CN_DIGITS = set("零〇一二三四五六七八九十百千万亿两")
KEYS = ["indicator", "kind", "year", "months", "value", "unit", "value_base", "currency",
        "growth_pct", "completion_pct", "qualifier"]

errors = []


def err(doc_id, msg):
    errors.append(f"{doc_id}: {msg}")


def inside_longer(doc, i, s):
    """True when s at position i is part of a longer number."""
    b = doc[i - 1] if i > 0 else ""
    j = i + len(s)
    a = doc[j] if j < len(doc) else ""
    a2 = doc[j + 1] if j + 1 < len(doc) else ""
    if s and s[0] in CN_DIGITS:
        return b in CN_DIGITS or a in CN_DIGITS
    if b.isdigit() or b == "." or (b == "-" and not s.startswith("-")):
        return True
    if a.isdigit() or (a == "." and a2.isdigit()):
        return True
    return False


def occurrences(doc, s, lo=0, hi=None):
    hi = len(doc) if hi is None else hi
    out, k = [], doc.find(s, lo)
    while k != -1 and k + len(s) <= hi:
        if not inside_longer(doc, k, s):
            out.append(k)
        k = doc.find(s, k + 1)
    return out


def locate(doc_id, doc, s, ctx, what):
    if ctx is not None:
        n = doc.count(ctx)
        if n != 1:
            err(doc_id, f"{what}: context {ctx!r} occurs {n} times")
            return None
        c0 = doc.find(ctx)
        occ = occurrences(doc, s, c0, c0 + len(ctx))
        if len(occ) != 1:
            err(doc_id, f"{what}: {s!r} occurs {len(occ)} times inside context {ctx!r}")
            return None
        return occ[0]
    occ = occurrences(doc, s)
    if len(occ) != 1:
        err(doc_id, f"{what}: {s!r} occurs {len(occ)} times in document (give a context)")
        return None
    return occ[0]


def qualifier_at(doc, pos, s, unit):
    b2 = doc[max(0, pos - 2):pos]
    b1 = doc[pos - 1] if pos > 0 else ""
    if b2 == "突破":
        return "突破"
    if b1 in ("超", "近", "约") and b2 not in ("签约", "最近"):
        return b1
    e = pos + len(s)
    rest = doc[e:]
    if rest.startswith("余"):
        return "余"
    if unit and rest.startswith(unit):
        rest = rest[len(unit):]
    for qq in ("以上", "左右"):
        if rest.startswith(qq):
            return qq
    return None


def num_out(d):
    d = d.normalize()
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def build(doc_id, rows):
    path = os.path.join(DOCS, doc_id + ".txt")
    doc = open(path, encoding="utf-8").read()
    if not 3000 <= len(doc) <= 5000:
        err(doc_id, f"document length {len(doc)} outside 3000-5000")
    facts, anchors, gplaces, keys = [], {}, {}, set()
    comp_uses = []  # (value_pos, completion string)
    for r in rows:
        what = f"{r['ind']} {r['kind']} {r['year']} {r['months']} {r['val']}"
        vpos = gpos = None
        if r["val"] is not None:
            vpos = locate(doc_id, doc, r["val"], r["ctx"], what)
            if vpos is None:
                continue
            vend = vpos + len(r["val"])
            if r["unit"] not in UNIT:
                err(doc_id, f"{what}: unknown unit {r['unit']!r}")
            elif not (doc[vend:].startswith(r["unit"]) or doc[vend:].startswith("余" + r["unit"])
                      or doc[vend:vend + 1] == "\t"):
                err(doc_id, f"{what}: unit {r['unit']!r} does not follow the value")
            if vpos in anchors:
                err(doc_id, f"{what}: same place as {anchors[vpos]}")
            anchors[vpos] = what
        if r["g"] is not None:
            if r["val"] is None:
                gpos = locate(doc_id, doc, r["g"], r["gctx"], what + " (growth)")
                if gpos is None:
                    continue
                if gpos in anchors:
                    err(doc_id, f"{what}: same place as {anchors[gpos]}")
                anchors[gpos] = what
            else:
                if r["gctx"] is not None:
                    gp = locate(doc_id, doc, r["g"], r["gctx"], what + " (growth)")
                    cands = [gp] if gp is not None else []
                else:
                    cands = occurrences(doc, r["g"])
                best = None
                for gp in cands:
                    dist = max(0, gp - vend, vpos - (gp + len(r["g"])))
                    if dist <= 40 and (best is None or dist < best[0]):
                        best = (dist, gp)
                if best is None:
                    err(doc_id, f"{what}: growth {r['g']!r} not within 40 characters of the value")
                    continue
                gpos = best[1]
            if gpos in gplaces:
                err(doc_id, f"{what}: growth place shared with {gplaces[gpos]}")
            gplaces[gpos] = what
        # growth value
        growth = None
        if r["g"] is not None:
            gs = r["g"]
            if gs == "持平":
                growth = Decimal(0)
            else:
                ge = gpos + len(gs)
                after = doc[ge:ge + 1]
                if after not in ("%", "倍", "\t"):
                    err(doc_id, f"{what}: growth {gs!r} not followed by % or 倍")
                growth = Decimal(gs)
                before = doc[max(0, gpos - 2):gpos]
                if before == "下降" and not gs.startswith("-"):
                    growth = -growth
                if after == "倍":
                    growth = growth * 100
        # qualifier, both ways
        if vpos is not None:
            qt = qualifier_at(doc, vpos, r["val"], r["unit"])
        else:
            qt = qualifier_at(doc, gpos, r["g"], "%")
        if qt != r["q"]:
            err(doc_id, f"{what}: qualifier in text {qt!r} but row has {r['q']!r}")
        # completion
        if r["c"] is not None:
            line_start = doc.rfind("\n", 0, vpos) + 1
            line_end = doc.find("\n", vpos)
            line = doc[line_start:line_end if line_end != -1 else len(doc)]
            if "\t" in line:
                if line.split("\t")[-1] != r["c"]:
                    err(doc_id, f"{what}: completion {r['c']} is not the row's 完成率 cell")
            else:
                k = doc.find("的" + r["c"] + "%", vend)
                if k == -1 or k - vend > 60:
                    err(doc_id, f"{what}: '的{r['c']}%' not found after the value")
                comp_uses.append((vpos, r["c"]))
            if r["X"] is not None:
                y = (Decimal(r["val"]) / Decimal(r["X"]) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)
                if y != Decimal(r["c"]).quantize(Decimal("0.1")):
                    err(doc_id, f"{what}: {r['val']}/{r['X']} = {y}% but completion is {r['c']}%")
                ok = any(o["ind"] == r["ind"] and o["kind"] == T and o["year"] == r["year"]
                         and o["months"] == Y12 and o["val"] == r["X"] for o in rows)
                if not ok:
                    err(doc_id, f"{what}: target fact of {r['X']} missing")
        # fact
        value = value_base = currency = unit = None
        if r["val"] is not None:
            dv = Decimal(r["num"]) if r["num"] is not None else Decimal(r["val"])
            value = num_out(dv)
            unit = r["unit"]
            mult, currency = UNIT.get(unit, (None, None))
            value_base = num_out(dv * mult) if mult is not None else num_out(dv)
        fact = {
            "indicator": r["ind"], "kind": r["kind"], "year": r["year"],
            "months": list(r["months"]), "value": value, "unit": unit,
            "value_base": value_base, "currency": currency,
            "growth_pct": None if growth is None else num_out(growth),
            "completion_pct": None if r["c"] is None else num_out(Decimal(r["c"])),
            "qualifier": r["q"],
        }
        if list(fact) != KEYS:
            err(doc_id, f"{what}: keys {list(fact)}")
        key = (fact["indicator"], fact["kind"], fact["year"], tuple(fact["months"]), fact["value"])
        if key in keys:
            err(doc_id, f"{what}: duplicate (indicator, kind, year, months, value)")
        keys.add(key)
        if r["q"] is not None and r["q"] not in QUALS:
            err(doc_id, f"{what}: unknown qualifier {r['q']!r}")
        facts.append(fact)
    # every 完成…的Y% in the text is used by a fact
    for m in re.finditer(r"完成[^，。；：、\n]{0,40}?的(\d+(?:\.\d+)?)%", doc):
        y = m.group(1)
        if not any(c == y and 0 <= m.start() - vp <= 80 for vp, c in comp_uses):
            err(doc_id, f"'{m.group(0)}' at {m.start()} is not used by any fact")
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, doc_id + ".json"), "w", encoding="utf-8") as f:
        json.dump(facts, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return doc, facts


def main():
    summary = []
    for doc_id, rows in SETS.items():
        doc, facts = build(doc_id, rows)
        kinds = {k: sum(1 for f in facts if f["kind"] == k) for k in (A, E, T)}
        summary.append(f"{doc_id}: {len(doc)} chars, {len(facts)} facts "
                       f"(actual {kinds[A]}, estimate {kinds[E]}, target {kinds[T]})")
    for line in summary:
        print(line)
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
