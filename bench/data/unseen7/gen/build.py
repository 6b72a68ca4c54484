#!/usr/bin/env python3
"""Build gold/z1.json … gold/z5.json for the unseen7 held-out set and check them.

Usage:  python3 gen/build.py        build + check, print error count (exit 1 if > 0)
        python3 gen/build.py -v     also list every number in each document that no
                                    fact accounts for (distractors, repeats, dates …)

Standard library only; all arithmetic in Decimal.

Fact rows (compact):  F(indicator, kind, year, months, value, unit, growth=None,
                        completion=None, qualifier=None, **opt)
  kind      'A' actual, 'E' estimate, 'T' target
  months    'Y' [1,12], 'M11' [1,11], 'Q1' [1,3], 'Q2' [4,6], 'H1' [1,6], 'Q3' [1,9]
  value     string as written (None when only a growth rate is given)
  growth    string; '-x' for 下降x%; with opt bei=True the value is N×100 (增长N倍)
  opt.src   explicit source string (Chinese / full-width numerals); default value+unit
  opt.ctx   longer unique string containing src, to pin the occurrence
  opt.scope unique string; src is searched only inside the line containing it
  opt.tgt   target X of "完成…目标X的Y%" (same unit); opt.far: X is not written next to Y
  opt.gsrc  explicit growth string
Table rows:   TR(label, indicator, unit, value, growth, target, completion) for the
              tab-separated table of z1 (columns 指标 单位 累计 同比 全年目标 完成目标%).
"""
import json
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

UNITS = {
    '亿元': (D(10) ** 8, 'CNY'), '万元': (D(10) ** 4, 'CNY'), '元': (D(1), 'CNY'),
    '亿美元': (D(10) ** 8, 'USD'), '万美元': (D(10) ** 4, 'USD'), '美元': (D(1), 'USD'),
    '个': (D(1), None), '家': (D(1), None), '户': (D(1), None), '人': (D(1), None),
    '件': (D(1), None), '项': (D(1), None), '万人': (D(10) ** 4, None),
    '亩': (D(1), None), '万亩': (D(10) ** 4, None), '%': (D(1), None),
}
MONTHS = {'Y': [1, 12], 'M11': [1, 11], 'Q1': [1, 3], 'Q2': [4, 6], 'H1': [1, 6], 'Q3': [1, 9]}
KINDS = {'A': 'actual', 'E': 'estimate', 'T': 'target'}
QUALS = {'以上', '突破', '超', '近', '左右', '约', '余'}
KEYS = ['indicator', 'kind', 'year', 'months', 'value', 'unit', 'value_base', 'currency',
        'growth_pct', 'completion_pct', 'qualifier']


def F(ind, kind, year, mon, val, unit, g=None, c=None, q=None, **opt):
    return dict(ind=ind, kind=kind, year=year, mon=mon, val=val, unit=unit, g=g, c=c, q=q, opt=opt)


def TR(label, ind, unit, val, g, tgt, comp, year=2024, mon='M11'):
    """One row of a statistics table -> actual fact (+ target fact when the row has one)."""
    out = [F(ind, 'A', year, mon, val, unit if val else None, g, comp, None,
             row=label, tgt=tgt, table_unit=unit)]
    if tgt:
        out.append(F(ind, 'T', year, 'Y', tgt, unit, None, None, None, row=label, tcol=True))
    return out


def chain(name, n_sign, inv_sign, n_start, inv_start, money, tgt, comp):
    s = '（%s）' % name
    sc = dict(scope=name + '。')
    return [
        F('签约项目' + s, 'A', 2022, 'H1', n_sign, '个', ctx='签约项目' + n_sign + '个', **sc),
        F('签约项目协议总投资' + s, 'A', 2022, 'H1', inv_sign, '亿元', **sc),
        F('开工项目' + s, 'A', 2022, 'H1', n_start, '个', ctx='开工项目' + n_start + '个、', **sc),
        F('开工项目总投资' + s, 'A', 2022, 'H1', inv_start, '亿元', **sc),
        F('招商引资实际到位资金' + s, 'A', 2022, 'H1', money, '亿元', None, comp, tgt=tgt, **sc),
        F('招商引资实际到位资金' + s, 'T', 2022, 'Y', tgt, '亿元', **sc),
    ]


def subunit(unit, rev, fai, bud, money, newent):
    s = '（%s）' % unit
    sc = dict(scope='）%s：' % unit)
    return [
        F('规模以上工业营业收入' + s, 'T', 2025, 'Y', rev, '亿元', **sc),
        F('固定资产投资' + s, 'T', 2025, 'Y', fai, '亿元', ctx='固定资产投资' + fai + '亿元', **sc),
        F('地方一般公共预算收入' + s, 'T', 2025, 'Y', bud, '亿元', **sc),
        F('招商引资实际到位资金' + s, 'T', 2025, 'Y', money, '亿元', ctx='到位资金' + money + '亿元', **sc),
        F('新增规模以上工业企业' + s, 'T', 2025, 'Y', newent, '家', **sc),
    ]


# ---------------------------------------------------------------- z1
# 江苏 淮澄高新区 经济发展局 2024年1-11月经济运行情况分析
Z1 = (
    TR('规上工业总产值', '规模以上工业总产值', '亿元', '1386.42', '8.7', '1520', '91.2')
    + TR('规上工业增加值', '规模以上工业增加值', '亿元', None, '9.1', None, None)
    + TR('工业开票销售', '工业开票销售', '亿元', '1604.18', '10.3', '1750', '91.7')
    + TR('固定资产投资', '固定资产投资', '亿元', None, '5.4', None, None)
    + TR('其中：工业投资', '工业投资', '亿元', '156.83', '12.6', '170', '92.3')
    + TR('一般公共预算收入', '地方一般公共预算收入', '亿元', '38.76', '-2.4', '43.5', '89.1')
    + TR('其中：税收收入', '税收收入', '亿元', '31.05', '-4.1', None, None)
    + TR('外贸进出口', '进出口总额', '亿美元', '52.37', '-6.8', '60', '87.3')
    + TR('其中：出口', '出口总额', '亿美元', '34.92', '-3.5', None, None)
    + TR('实际使用外资', '实际使用外资', '万美元', '18640', '21.5', '20000', '93.2')
    + TR('实际到位资金', '招商引资实际到位资金', '亿元', '96.35', '14.2', '110', '87.6')
    + TR('高新技术产业产值', '高新技术产业产值', '亿元', '812.56', '11.4', None, None)
    + TR('高新技术产业产值占比', '高新技术产业产值占比', '%', '58.6', None, None, None)
    + TR('规上工业企业数', '规上工业企业数', '家', '412', None, None, None)
    + [
        F('地区生产总值', 'A', 2024, 'Q3', '412.6', '亿元', '6.1'),
        F('服务业增加值', 'A', 2024, 'Q3', '142.35', '亿元', '4.8'),
        F('规模以上工业总产值（科创片区）', 'A', 2024, 'M11', '612.4', '亿元', '13.2'),
        F('规模以上工业总产值（临港片区）', 'A', 2024, 'M11', '498.75', '亿元', '5.1'),
        F('规模以上工业总产值（东湖街道）', 'A', 2024, 'M11', '275.27', '亿元', '-1.9'),
        F('新一代信息技术产业产值', 'A', 2024, 'M11', '486.27', '亿元', '15.6'),
        F('高端装备产业产值', 'A', 2024, 'M11', '352.14', '亿元', '7.2'),
        F('生物医药产业产值', 'A', 2024, 'M11', '163.9', '亿元', '-3.8'),
        F('产值超百亿元企业', 'A', 2024, 'M11', '4', '家', ctx='企业达到4家'),
        F('产值过10亿元企业', 'A', 2024, 'M11', '37', '家'),
        F('新增规上工业企业', 'A', 2024, 'M11', '38', '家'),
        F('在建亿元以上项目', 'A', 2024, 'M11', '126', '个'),
        F('在建10亿元以上项目', 'A', 2024, 'M11', '18', '个'),
        F('亿元以上项目完成投资', 'A', 2024, 'M11', '213.5', '亿元'),
        F('新开工亿元以上项目', 'A', 2024, 'M11', '41', '个'),
        F('技改投资', 'A', 2024, 'M11', None, None, '18.3'),
        F('新设外资企业', 'A', 2024, 'M11', '23', '家'),
        F('合同外资超千万美元项目', 'A', 2024, 'M11', '9', '个', ctx='项目9个'),
        F('一般贸易进出口', 'A', 2024, 'M11', '28.61', '亿美元', '4.3'),
        F('对欧盟出口', 'A', 2024, 'M11', None, None, '-12.4'),
        F('跨境电商进出口', 'A', 2024, 'M11', '5.86', '亿美元', '37.2'),
        F('全口径税收', 'A', 2024, 'M11', '66.83', '亿元', '-1.7'),
        F('增值税', 'A', 2024, 'M11', '26.14', '亿元', '-8.9'),
        F('产值同比下降的规上工业企业', 'A', 2024, 'M11', '127', '家'),
        F('下降面', 'A', 2024, 'M11', '30.8', '%'),
        F('规模以上工业总产值', 'E', 2024, 'Y', '1510', '亿元', None, '99.3', '左右', tgt='1520', far=True),
        F('进出口总额', 'E', 2024, 'Y', '56', '亿美元', '-5.1'),
        F('新增规上工业企业', 'T', 2024, 'Y', '45', '家', q='以上'),
        F('技改投资', 'T', 2024, 'Y', None, None, '20', q='以上'),
    ]
)

# ---------------------------------------------------------------- z2
# 浙江 栖鹭街道办事处 2023年工作总结和2024年工作思路
Z2 = [
    # （一）"初步预计" governs the whole paragraph -> estimate
    F('规模以上工业总产值', 'E', 2023, 'Y', '218.64', '亿元', '7.9', '104.1', tgt='210'),
    F('规模以上工业总产值', 'T', 2023, 'Y', '210', '亿元'),
    F('规模以上工业总产值（瑞山工业功能区）', 'E', 2023, 'Y', '131.2', '亿元', '9.6'),
    F('规模以上工业增加值', 'E', 2023, 'Y', None, None, '8.3'),
    F('固定资产投资', 'E', 2023, 'Y', '46.2', '亿元', '12.5'),
    F('工业投资', 'E', 2023, 'Y', '21.08', '亿元', '23.6'),
    F('规上服务业营业收入', 'E', 2023, 'Y', '32', '亿元', q='超'),
    F('限上批零销售额', 'E', 2023, 'Y', '87.35', '亿元', '15.2'),
    F('自营出口', 'E', 2023, 'Y', '29.6', '亿元', '-4.7'),
    F('财政总收入', 'E', 2023, 'Y', '11.46', '亿元', '6.2'),
    F('地方财政收入', 'E', 2023, 'Y', '6.37', '亿元', '5.8'),
    # （二）stocks at 12月底, parenthetical 其中 breakdowns are facts
    F('规上工业企业', 'A', 2023, 'Y', '86', '家'),
    F('新增规上工业企业', 'A', 2023, 'Y', '12', '家', ctx='其中新增12家'),
    F('国家高新技术企业', 'A', 2023, 'Y', '62', '家'),
    F('新认定国家高新技术企业', 'A', 2023, 'Y', '15', '家'),
    F('省级专精特新中小企业', 'A', 2023, 'Y', '19', '家'),
    F('入库科技型中小企业', 'A', 2023, 'Y', '138', '家'),
    F('新增上市企业', 'A', 2023, 'Y', '1', '家', src='１家'),
    F('市场主体', 'A', 2023, 'Y', '12836', '户'),
    F('净增市场主体', 'A', 2023, 'Y', '1127', '户'),
    # （三）
    F('引进亿元以上项目', 'A', 2023, 'Y', '14', '个'),
    F('引进亿元以上项目总投资', 'A', 2023, 'Y', '63.8', '亿元'),
    F('引进10亿元以上项目', 'A', 2023, 'Y', '2', '个', ctx='项目2个'),
    F('招商引资实际到位资金', 'A', 2023, 'Y', '18.26', '亿元', None, '121.7', tgt='15'),
    F('招商引资实际到位资金', 'T', 2023, 'Y', '15', '亿元'),
    F('实际使用外资', 'A', 2023, 'Y', '2860', '万美元', '120', bei=True),
    F('新开工项目', 'A', 2023, 'Y', '23', '个'),
    F('竣工投产项目', 'A', 2023, 'Y', '11', '个'),
    # （四）（五）（六）
    F('腾退低效工业用地', 'A', 2023, 'Y', '326', '亩'),
    F('房屋征迁', 'A', 2023, 'Y', '412', '户'),
    F('新增城镇就业', 'A', 2023, 'Y', '2168', '人'),
    F('12345热线工单受理量', 'A', 2023, 'Y', '3572', '件'),
    F('按期办结率', 'A', 2023, 'Y', '99.6', '%'),
    F('信访总量', 'A', 2023, 'Y', None, None, '-18.5'),
    # 2024 主要预期目标 (完成… inside the goal list -> target)
    F('规模以上工业总产值', 'T', 2024, 'Y', '235', '亿元', '7.5'),
    F('固定资产投资', 'T', 2024, 'Y', '50', '亿元', q='以上'),
    F('招商引资实际到位资金', 'T', 2024, 'Y', '20', '亿元', q='突破'),
    F('实际使用外资', 'T', 2024, 'Y', '3000', '万美元'),
    F('新增规上工业企业', 'T', 2024, 'Y', '10', '家', q='以上', ctx='企业10家以上'),
    F('新认定国家高新技术企业', 'T', 2024, 'Y', '12', '家', ctx='高新技术企业12家'),
    F('限上批零销售额', 'T', 2024, 'Y', None, None, '10'),
    F('财政总收入', 'T', 2024, 'Y', None, None, '6', q='左右'),
    F('腾退低效工业用地', 'T', 2024, 'Y', '300', '亩'),
    F('房屋征迁', 'T', 2024, 'Y', '200', '户'),
    F('新增城镇就业', 'T', 2024, 'Y', '2000', '人', q='以上'),
]

# ---------------------------------------------------------------- z3
# 山东 泺川经济开发区管委会 关于下达2025年度经济发展目标任务的通知 (full-width ％)
P = '（拼搏目标）'
Z3 = [
    F('地区生产总值', 'A', 2024, 'Y', None, None, '6.3'),
    F('规模以上工业营业收入', 'A', 2024, 'Y', '900', '亿元', q='突破'),
    F('地区生产总值', 'T', 2025, 'Y', None, None, '6', ctx='预期目标增长6％'),
    F('地区生产总值' + P, 'T', 2025, 'Y', None, None, '6.5'),
    F('规模以上工业增加值', 'T', 2025, 'Y', None, None, '8', ctx='预期目标增长8％'),
    F('规模以上工业增加值' + P, 'T', 2025, 'Y', None, None, '9', ctx='拼搏目标增长9％'),
    F('规模以上工业营业收入', 'T', 2025, 'Y', '980', '亿元'),
    F('规模以上工业营业收入' + P, 'T', 2025, 'Y', '1020', '亿元'),
    F('固定资产投资', 'T', 2025, 'Y', None, None, '7', ctx='预期目标增长7％'),
    F('固定资产投资' + P, 'T', 2025, 'Y', None, None, '10', ctx='拼搏目标增长10％'),
    F('地方一般公共预算收入', 'T', 2025, 'Y', '21.6', '亿元', '5'),
    F('地方一般公共预算收入' + P, 'T', 2025, 'Y', '22.3', '亿元', '8.5'),
    F('进出口总额', 'T', 2025, 'Y', '165', '亿元'),
    F('进出口总额' + P, 'T', 2025, 'Y', '180', '亿元'),
    F('实际使用外资', 'T', 2025, 'Y', '1.2', '亿美元'),
    F('实际使用外资' + P, 'T', 2025, 'Y', '1.5', '亿美元'),
    F('招商引资实际到位资金', 'T', 2025, 'Y', '95', '亿元'),
    F('招商引资实际到位资金' + P, 'T', 2025, 'Y', '110', '亿元'),
    F('新增规模以上工业企业', 'T', 2025, 'Y', '25', '家'),
    F('新增规模以上工业企业' + P, 'T', 2025, 'Y', '30', '家'),
    F('高新技术产业产值占规模以上工业总产值比重', 'T', 2025, 'Y', '55', '%', q='以上'),
    F('R&D经费投入强度', 'T', 2025, 'Y', '3.1', '%'),
]
Z3 += subunit('东关街道', '245', '38', '4.6', '22', '6')
Z3 += subunit('岚湖街道', '312', '46', '5.3', '26', '7')
Z3 += subunit('柳营街道', '168', '27', '2.9', '15', '5')
Z3 += subunit('泺川化工产业园', '236', '52', '6.1', '27', '7')
Z3 += [
    F('500万元以上工业项目', 'T', 2025, 'Y', '150', '个', q='以上'),
    F('10亿元以上工业项目', 'T', 2025, 'Y', '12', '个'),
    F('新开工亿元以上项目', 'T', 2025, 'Y', '60', '个'),
    F('世界500强和中国500强企业项目', 'T', 2025, 'Y', '5', '个', ctx='企业项目5个'),
    F('新认定高新技术企业', 'T', 2025, 'Y', '40', '家'),
    F('国家级专精特新“小巨人”企业', 'T', 2025, 'Y', '3', '家', ctx='企业3家'),
    F('省级专精特新中小企业', 'T', 2025, 'Y', '20', '家'),
    F('盘活闲置低效用地', 'T', 2025, 'Y', '1200', '亩'),
    F('城镇新增就业', 'T', 2025, 'Y', '3500', '人'),
    F('工业投资', 'T', 2025, 'Y', None, None, '12'),
    F('技改投资', 'T', 2025, 'Y', None, None, '15', q='以上'),
]

# ---------------------------------------------------------------- z4
# 四川 岷坪产业园区管委会 2022年上半年“双招双引”工作情况通报
Z4 = [
    F('签约项目', 'A', 2022, 'H1', '37', '个'),
    F('签约项目协议总投资', 'A', 2022, 'H1', '286.4', '亿元', '32.6'),
    F('签约亿元以上项目', 'A', 2022, 'H1', '29', '个'),
    F('签约50亿元以上项目', 'A', 2022, 'H1', '2', '个', ctx='项目2个'),
    F('签约项目', 'A', 2022, 'Q1', '16', '个'),
    F('签约项目协议总投资', 'A', 2022, 'Q1', '98.6', '亿元'),
    F('签约项目', 'A', 2022, 'Q2', '21', '个', ctx='二季度签约项目21个'),
    F('签约项目协议总投资', 'A', 2022, 'Q2', '187.8', '亿元'),
    F('新开工项目', 'A', 2022, 'H1', '21', '个', ctx='新开工项目21个'),
    F('新开工项目总投资', 'A', 2022, 'H1', '132.75', '亿元'),
    F('新开工亿元以上项目', 'A', 2022, 'H1', '15', '个', ctx='项目15个'),
    F('新投产项目', 'A', 2022, 'H1', '12', '个'),
    F('新投产项目总投资', 'A', 2022, 'H1', '48.3', '亿元', '210', bei=True),
    F('在谈项目', 'A', 2022, 'H1', '43', '个'),
    F('在谈项目意向投资', 'A', 2022, 'H1', '230', '亿元', q='约'),
    F('招商引资实际到位资金', 'A', 2022, 'H1', '78.62', '亿元', '18.4', '52.4', tgt='150'),
    F('招商引资实际到位资金', 'T', 2022, 'Y', '150', '亿元'),
    F('省外到位资金', 'A', 2022, 'H1', '65.37', '亿元', '15.9'),
    F('实际使用外资', 'A', 2022, 'H1', '2160', '万美元', '-12.7', '43.2', tgt='5000'),
    F('实际使用外资', 'T', 2022, 'Y', '5000', '万美元'),
    F('引进高层次人才', 'A', 2022, 'H1', '86', '人'),
    F('引进产业急需紧缺人才', 'A', 2022, 'H1', '600', '人', q='近'),
    F('新增市场主体', 'A', 2022, 'H1', '1800', '户', q='余'),
    F('签约未开工项目', 'A', 2022, 'H1', '19', '个'),
    F('新设外资企业', 'A', 2022, 'H1', '3', '家', ctx='企业仅3家'),
]
Z4 += chain('锂电新能源产业链', '11', '126.5', '6', '58.2', '31.46', '55', '57.2')
Z4 += chain('新材料产业链', '9', '74.3', '5', '29.85', '17.92', '38', '47.2')
Z4 += chain('智能装备产业链', '8', '52.6', '4', '23.4', '12.08', '30', '40.3')
Z4 += chain('现代商贸物流产业链', '9', '33', '6', '21.3', '17.16', '27', '63.6')
Z4 += [
    F('签约项目', 'E', 2022, 'Y', '70', '个', q='以上'),
    F('招商引资实际到位资金', 'E', 2022, 'Y', '155', '亿元', None, '103.3', tgt='150', far=True),
    F('引进50亿元以上重大项目', 'T', 2022, 'Y', '1', '个'),
    F('引进高层次人才', 'T', 2022, 'Y', '150', '人'),
]

# ---------------------------------------------------------------- z5
# 河南 濮岚经济开发区 2019年政府工作报告（节选）
Z5 = [
    F('地区生产总值', 'A', 2018, 'Y', '186.4', '亿元', '8.9', ctx='完成地区生产总值186.4亿元'),
    F('规模以上工业增加值', 'A', 2018, 'Y', None, None, '9.6'),
    F('规模以上工业主营业务收入', 'A', 2018, 'Y', '120', '亿元', q='突破', src='一百二十亿元'),
    F('固定资产投资', 'A', 2018, 'Y', '96.7', '亿元', '11.2'),
    F('工业投资', 'A', 2018, 'Y', None, None, '14.5'),
    F('地方一般公共预算收入', 'A', 2018, 'Y', '6.83', '亿元', '12.1'),
    F('税收收入', 'A', 2018, 'Y', '5.47', '亿元'),
    F('社会消费品零售总额', 'E', 2018, 'Y', '42.3', '亿元', '10.6'),
    F('亿元以上项目', 'A', 2018, 'Y', '58', '个'),
    F('亿元以上项目完成投资', 'A', 2018, 'Y', '63.2', '亿元'),
    F('征收土地', 'A', 2018, 'Y', '2860', '亩'),
    F('新增规模以上工业企业', 'A', 2018, 'Y', '17', '家'),
    F('百亿级产业集群', 'A', 2018, 'Y', '2', '个', src='两个', ctx='两个百亿级'),
    F('实际到位省外资金', 'A', 2018, 'Y', '48.6', '亿元', None, '108', tgt='45'),
    F('实际到位省外资金', 'T', 2018, 'Y', '45', '亿元'),
    F('实际利用外资', 'A', 2018, 'Y', '8650', '万美元', '6.3'),
    F('出口总额', 'A', 2018, 'Y', '1.26', '亿美元', '-5.2'),
    F('新签约亿元以上项目', 'A', 2018, 'Y', '27', '个'),
    F('新签约10亿元以上项目', 'A', 2018, 'Y', '4', '个', ctx='项目4个'),
    F('新认定高新技术企业', 'A', 2018, 'Y', '3', '家', src='三家'),
    F('省级工程技术研究中心', 'A', 2018, 'Y', '2', '个', src='两个', ctx='研究中心两个'),
    F('新增城镇就业', 'A', 2018, 'Y', '4120', '人'),
    F('稳定脱贫贫困户', 'A', 2018, 'Y', '1260', '户'),
    F('稳定脱贫贫困人口', 'A', 2018, 'Y', '3870', '人'),
    F('减税降费', 'A', 2018, 'Y', '2.3', '亿元'),
    # 五年回顾: 由2013年的…增加到… (186.4 is a repeat of the 2018 fact above)
    F('地区生产总值', 'A', 2013, 'Y', '112.5', '亿元'),
    F('规模以上工业企业', 'A', 2013, 'Y', '58', '家'),
    F('规模以上工业企业', 'A', 2018, 'Y', '103', '家'),
    F('入驻企业', 'A', 2013, 'Y', '214', '家'),
    F('入驻企业', 'A', 2018, 'Y', '486', '家'),
    F('高新技术企业', 'A', 2013, 'Y', '3', '家', ctx='由3家'),
    F('高新技术企业', 'A', 2018, 'Y', '19', '家'),
    F('从业人员', 'A', 2013, 'Y', '1.8', '万人'),
    F('从业人员', 'A', 2018, 'Y', '4.3', '万人'),
    # 2019 主要预期目标
    F('地区生产总值', 'T', 2019, 'Y', None, None, '8.5', q='左右'),
    F('规模以上工业增加值', 'T', 2019, 'Y', None, None, '9', q='以上'),
    F('固定资产投资', 'T', 2019, 'Y', None, None, '10'),
    F('地方一般公共预算收入', 'T', 2019, 'Y', None, None, '8'),
    F('社会消费品零售总额', 'T', 2019, 'Y', None, None, '10.5'),
    F('实际到位省外资金', 'T', 2019, 'Y', '52', '亿元'),
    F('实际利用外资', 'T', 2019, 'Y', '9000', '万美元'),
    F('出口总额', 'T', 2019, 'Y', '1.35', '亿美元'),
    F('新增规模以上工业企业', 'T', 2019, 'Y', '15', '家'),
    F('城镇新增就业', 'T', 2019, 'Y', '4000', '人', q='以上'),
    F('新签约亿元以上项目', 'T', 2019, 'Y', '30', '个'),
    F('新签约10亿元以上项目', 'T', 2019, 'Y', '5', '个', ctx='项目5个'),
    F('主营业务收入超百亿元企业', 'T', 2019, 'Y', '2', '家', src='两家'),
    F('新认定高新技术企业', 'T', 2019, 'Y', '5', '家', q='以上'),
]

DOCS = {'z1': Z1, 'z2': Z2, 'z3': Z3, 'z4': Z4, 'z5': Z5}
# Numbers that repeat an already recorded fact (no new fact); accounted for in -v.
REPEATS = {'z5': ['增加到186.4亿元']}

# ---------------------------------------------------------------- checking
ERRS = []


def err(doc, msg):
    ERRS.append('%s: %s' % (doc, msg))


def num_pat(s):
    p = re.escape(s)
    if s[:1].isdigit():
        p = r'(?<![\d.０-９])' + p
    if s[-1:].isdigit():
        p += r'(?![\d.])'
    return p


def occ(text, s, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    return [m.start() for m in re.finditer(num_pat(s), text) if lo <= m.start() < hi]


def pct_variants(s):
    return [s, s.replace('%', '％')] if '%' in s else [s]


def dnum(x):
    """Decimal -> int or float for JSON."""
    if x is None:
        return None
    if x == x.to_integral_value():
        return int(x)
    return float(x)


def growth_strings(f):
    g = D(f['g'])
    o = f['opt']
    if o.get('gsrc'):
        return [o['gsrc']]
    if o.get('bei'):
        return ['增长%s倍' % (g / 100).normalize()]
    if g < 0:
        return pct_variants('下降%s%%' % (-g))
    if g == 0:
        return ['持平']
    return pct_variants('%s%%' % f['g'])


def locate(doc, text, f, srcs):
    """Return (pos, src) of the one occurrence this fact is anchored at, or (None, None)."""
    o = f['opt']
    lo, hi = 0, len(text)
    if o.get('scope'):
        sc = occ(text, o['scope'])
        if len(sc) != 1:
            err(doc, '%s: scope %r found %d times' % (f['ind'], o['scope'], len(sc)))
            return None, None
        lo = text.rfind('\n', 0, sc[0]) + 1
        hi = text.find('\n', sc[0])
        hi = len(text) if hi < 0 else hi
    for src in srcs:
        if o.get('ctx'):
            cs = occ(text, o['ctx'], lo, hi)
            if not cs:
                continue
            if len(cs) > 1:
                err(doc, '%s: ctx %r not unique (%d)' % (f['ind'], o['ctx'], len(cs)))
                return None, None
            k = o['ctx'].find(src)
            if k < 0:
                continue
            return cs[0] + k, src
        ps = occ(text, src, lo, hi)
        if f['val'] is None and f['g'] is not None and D(f['g']) > 0 and not o.get('src'):
            ps = [p for p in ps if text[max(0, p - 2):p] not in ('下降', '减少') and text[p - 1:p] != '-']
        if len(ps) == 1:
            return ps[0], src
        if len(ps) > 1:
            err(doc, '%s: source %r occurs %d times, give ctx' % (f['ind'], src, len(ps)))
            return None, None
    err(doc, '%s %s: source %r not found' % (f['ind'], f['year'], srcs))
    return None, None


def find_near(text, cands, lo, hi, positive=False):
    for c in cands:
        ps = occ(text, c, max(0, lo), hi)
        if positive:  # a plain "N%" must not be the tail of "下降N%" / "减少N%" / "-N%"
            ps = [p for p in ps if text[max(0, p - 2):p] not in ('下降', '减少') and text[p - 1:p] != '-']
        if ps:
            return ps[0], c
    return None, None


def check_fact(doc, text, f, spans):
    o = f['opt']
    ind = f['ind']
    if f['kind'] not in KINDS or f['mon'] not in MONTHS:
        err(doc, '%s: bad kind/months' % ind)
    if f['q'] is not None and f['q'] not in QUALS:
        err(doc, '%s: bad qualifier %r' % (ind, f['q']))
    if f['val'] is None and f['g'] is None:
        err(doc, '%s: neither value nor growth' % ind)
    if f['val'] is not None and f['unit'] not in UNITS:
        err(doc, '%s: unknown unit %r' % (ind, f['unit']))
    if f['c'] is not None and o.get('tgt'):
        r = (D(f['val']) / D(o['tgt']) * 100).quantize(D('0.1'), ROUND_HALF_UP)
        if r != D(f['c']):
            err(doc, '%s: completion %s%% does not reconcile: %s/%s -> %s' % (ind, f['c'], f['val'], o['tgt'], r))
    # ---- table row
    if o.get('row'):
        lines = [ln for ln in text.split('\n') if ln.startswith(o['row'] + '\t')]
        if len(lines) != 1:
            err(doc, 'table row %r found %d times' % (o['row'], len(lines)))
            return
        ln = lines[0]
        cells = ln.split('\t')
        start = text.find(ln + '\n') if (ln + '\n') in text else text.find(ln)
        dash = '—'
        unit = o.get('table_unit') or f['unit']
        if cells[1] != unit:
            err(doc, 'row %r: unit cell %r != %r' % (o['row'], cells[1], unit))
        if o.get('tcol'):
            if cells[4] != f['val']:
                err(doc, 'row %r: target cell %r != %r' % (o['row'], cells[4], f['val']))
            off = start + len('\t'.join(cells[:4])) + 1
            spans.append((off, off + len(cells[4])))
        else:
            want = [f['val'] or dash, f['g'] or dash, o.get('tgt') or dash, f['c'] or dash]
            if cells[2:6] != want:
                err(doc, 'row %r: cells %r != %r' % (o['row'], cells[2:6], want))
            spans.append((start, start + len(ln)))
        return
    # ---- prose
    if f['val'] is None:
        srcs = [o['src']] if o.get('src') else growth_strings(f)
    elif o.get('src'):
        srcs = [o['src']]
    else:
        u = f['unit']
        if f['q'] == '余':
            srcs = pct_variants(f['val'] + '余' + u)
        else:
            srcs = pct_variants(f['val'] + u)
    pos, src = locate(doc, text, f, srcs)
    if pos is None:
        return
    end = pos + len(src)
    spans.append((pos, end))
    if f['g'] is not None and f['val'] is not None:
        gp, gs = find_near(text, growth_strings(f), pos - 60, end + 100, positive=D(f['g']) > 0)
        if gp is None:
            err(doc, '%s %s: growth %r not near its value' % (ind, f['val'], growth_strings(f)))
        else:
            spans.append((gp, gp + len(gs)))
    if f['c'] is not None:
        cp, cs = find_near(text, pct_variants(f['c'] + '%'), pos, end + 120)
        if cp is None:
            err(doc, '%s %s: completion %s%% not near its value' % (ind, f['val'], f['c']))
        else:
            spans.append((cp, cp + len(cs)))
            if o.get('tgt') and not o.get('far'):
                tp, ts = find_near(text, pct_variants(o['tgt'] + f['unit']), pos, cp)
                if tp is None:
                    err(doc, '%s: target %s%s not written before %s%%' % (ind, o['tgt'], f['unit'], f['c']))
                else:
                    spans.append((tp, tp + len(ts)))
    q = f['q']
    if q:
        if q == '余':
            ok = '余' in src
        else:
            ok = text[pos - len(q):pos] == q or text[end:end + len(q)] == q
        if not ok:
            err(doc, '%s %s: qualifier %r not next to %r' % (ind, f['val'], q, src))


def to_json(f):
    o = f['opt']
    val = D(f['val']) if f['val'] is not None else None
    unit = f['unit'] if val is not None else None
    base, cur = None, None
    if val is not None:
        mult, cur = UNITS[unit]
        base = val * mult
    g = D(f['g']) if f['g'] is not None else None
    obj = {
        'indicator': f['ind'],
        'kind': KINDS[f['kind']],
        'year': f['year'],
        'months': MONTHS[f['mon']],
        'value': dnum(val),
        'unit': unit,
        'value_base': dnum(base),
        'currency': cur,
        'growth_pct': dnum(g),
        'completion_pct': dnum(D(f['c'])) if f['c'] is not None else None,
        'qualifier': f['q'],
    }
    assert list(obj) == KEYS
    return obj


CN_NUM = r'[零〇一二两三四五六七八九十百千万亿]+(?=[个家项户人亿万倍次场批位期所条级大元年])'
NUM = r'(?<![\d.])[\d０-９]+(?:\.\d+)?'


def main():
    verbose = '-v' in sys.argv[1:]
    total = {}
    for doc, facts in DOCS.items():
        path = os.path.join(ROOT, 'docs', doc + '.txt')
        text = open(path, encoding='utf-8').read()
        n = len(text)
        if not 2000 <= n <= 3500:
            err(doc, 'length %d outside 2000-3500' % n)
        spans = []
        seen = set()
        for f in facts:
            check_fact(doc, text, f, spans)
            key = (f['ind'], f['kind'], f['year'], f['mon'], D(f['val']) if f['val'] else None)
            if key in seen:
                err(doc, 'duplicate fact %r' % (key,))
            seen.add(key)
        # completion pairs need their target fact
        for f in facts:
            if f['c'] is not None and f['opt'].get('tgt'):
                if (f['ind'], 'T', f['year'], 'Y', D(f['opt']['tgt'])) not in seen:
                    err(doc, '%s: no target fact %s for completion %s%%' % (f['ind'], f['opt']['tgt'], f['c']))
        objs = [to_json(f) for f in facts]
        for o in objs:
            if sorted(o) != sorted(KEYS) or len(o) != 11:
                err(doc, 'bad keys %r' % o)
        os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
        with open(os.path.join(ROOT, 'gold', doc + '.json'), 'w', encoding='utf-8') as fh:
            fh.write('[\n' + ',\n'.join(json.dumps(o, ensure_ascii=False) for o in objs) + '\n]\n')
        kinds = {}
        for o in objs:
            kinds[o['kind']] = kinds.get(o['kind'], 0) + 1
        total[doc] = (len(objs), kinds, n)
        if verbose:
            rep = []
            for r in REPEATS.get(doc, []):
                for p in occ(text, r):
                    rep.append((p, p + len(r)))
            print('== %s (%d chars, %d facts)' % (doc, n, len(objs)))
            for rx, tag in ((NUM, 'num'), (CN_NUM, 'cn')):
                for m in re.finditer(rx, text):
                    a, b = m.start(), m.end()
                    if any(s <= a and b <= e for s, e in spans):
                        continue
                    if tag == 'cn' and not re.search('[零〇一二两三四五六七八九十百千]', m.group()):
                        continue
                    isrep = any(s <= a and b <= e for s, e in rep)
                    ctx = text[max(0, a - 14):b + 10].replace('\n', '⏎').replace('\t', '→')
                    print('  %-6s %-10s %s  …%s…' % ('REPEAT' if isrep else 'free', m.group(), tag, ctx))
    for doc, (n, kinds, chars) in total.items():
        print('%s: %d facts %s, %d chars' % (doc, n, kinds, chars))
    print('total facts: %d' % sum(v[0] for v in total.values()))
    for e in ERRS:
        print('ERROR', e)
    print('errors: %d' % len(ERRS))
    sys.exit(1 if ERRS else 0)


if __name__ == '__main__':
    main()
