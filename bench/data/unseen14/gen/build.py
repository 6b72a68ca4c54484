#!/usr/bin/env python3
"""Set 14 (unseen14): the only source of the gold.

Compact rows  R(indicator, kind, year, months, value, unit, g=..., c=..., q=..., ctx=..., gctx=..., cx=...)
  kind    'a' actual / 'e' estimate / 't' target
  months  'Y' -> [1,12];  '1-9' -> [1,9];  '9' -> [9,9]
  value   the number exactly as written in the document (Chinese numerals allowed), or None (growth only)
  g       the growth token exactly as written ('9.6%', '-2.3' in a table, '1倍'); the sign is read from
          the text (下降 -> negative, a leading '-' -> negative)
  c       completion percentage as written; cx = the target value X of "完成…X的Y%" (a target fact must exist)
  q       qualifier (以上/突破/超/近/左右/约/余)
  ctx     a context string (occurring once in the document) that contains the value token once
  gctx    the same for a growth-only fact's growth token

Writes ../gold/<id>.json and prints `errors: N`.
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')
GOLD = os.path.join(ROOT, 'gold')

KIND = {'a': 'actual', 'e': 'estimate', 't': 'target'}
UNITS = {
    '元': (Decimal(1), 'CNY'), '万元': (Decimal(10) ** 4, 'CNY'), '亿元': (Decimal(10) ** 8, 'CNY'),
    '美元': (Decimal(1), 'USD'), '万美元': (Decimal(10) ** 4, 'USD'), '亿美元': (Decimal(10) ** 8, 'USD'),
    '家': (Decimal(1), None), '个': (Decimal(1), None), '户': (Decimal(1), None), '人': (Decimal(1), None),
    '件': (Decimal(1), None), '项': (Decimal(1), None), '栋': (Decimal(1), None),
    '万户': (Decimal(10) ** 4, None), '万人': (Decimal(10) ** 4, None), '万家': (Decimal(10) ** 4, None),
    '亩': (Decimal(1), None), '万亩': (Decimal(10) ** 4, None), '%': (Decimal(1), None),
}
CN_NUM = {'两': 2, '二十三': 23}
CN_CHARS = set('零〇一二两三四五六七八九十百千万亿')
QUALS = ('以上', '突破', '超', '近', '左右', '约', '余')
NOT_Q_BEFORE = {'约': ('签约', '节约', '制约', '履约', '违约', '合约', '预约', '集约', '约定'),
                '近': ('最近', '接近', '附近', '临近'),
                '超': ('赶超',)}


def R(ind, kind, year, months, value, unit, g=None, c=None, q=None, ctx=None, gctx=None, cx=None):
    return dict(ind=ind, kind=kind, year=year, months=months, value=value, unit=unit, g=g, c=c, q=q,
                ctx=ctx, gctx=gctx, cx=cx)


# ----------------------------------------------------------------------------------------------
# t1  山东 泺川经济开发区  党工委书记 2024年度述职述责述廉报告
# ----------------------------------------------------------------------------------------------
T1 = [
    R('规模以上工业总产值', 'a', 2024, '1-11', '612.8', '亿元', g='9.6%', c='90.1', cx='680'),
    R('规模以上工业总产值', 't', 2024, 'Y', '680', '亿元'),
    R('规模以上工业增加值', 'a', 2024, '1-11', None, None, g='8.3%'),
    R('高新技术产业产值', 'a', 2024, '1-11', '350.4', '亿元', g='13.2%'),
    R('新能源材料产业产值', 'a', 2024, '1-11', '198.7', '亿元', g='16.4%'),
    R('高端装备产业产值', 'a', 2024, '1-11', '143.2', '亿元', g='7.5%'),
    R('食品加工产业产值', 'a', 2024, '1-11', None, None, g='4.2%'),
    R('地方一般公共预算收入', 'a', 2024, '1-11', '21.36', '亿元', g='6.2%', c='90.9', cx='23.5'),
    R('地方一般公共预算收入', 't', 2024, 'Y', '23.5', '亿元'),
    R('税收收入', 'a', 2024, '1-11', '17.05', '亿元'),
    R('全口径税收', 'a', 2024, '1-11', '48.7', '亿元', g='4.1%'),
    R('固定资产投资', 'a', 2024, '1-11', None, None, g='11.4%'),
    R('工业投资', 'a', 2024, '1-11', None, None, g='15.2%'),
    R('技改投资', 'a', 2024, '1-11', None, None, g='23.6%'),
    R('外贸进出口总额', 'a', 2024, '1-11', '86.9', '亿元', g='3.7%'),
    R('出口', 'a', 2024, '1-11', '52.4', '亿元', g='2.8%'),
    R('实际利用外资', 'a', 2024, '1-11', '4260', '万美元', c='106.5', cx='4000'),
    R('实际利用外资', 't', 2024, 'Y', '4000', '万美元'),
    # 初步预计 paragraph: every figure is an estimate for the whole year
    R('地区生产总值', 'e', 2024, 'Y', '318.6', '亿元', g='6.8%'),
    R('规模以上工业总产值', 'e', 2024, 'Y', '670', '亿元', q='突破'),
    R('社会消费品零售总额', 'e', 2024, 'Y', '72.4', '亿元', g='5.1%'),
    R('招商引资实际到位资金', 'e', 2024, 'Y', '176.2', '亿元', c='103.6'),
    # 项目建设
    R('500万元以上工业项目', 'a', 2024, '1-11', '87', '个'),
    R('500万元以上工业项目完成投资', 'a', 2024, '1-11', '143.6', '亿元', g='12.9%'),
    R('省市重点项目', 'a', 2024, '1-11', '33', '个', ctx='；33个省市'),
    R('省市重点项目完成投资', 'a', 2024, '1-11', '92.4', '亿元', c='118.5', cx='78'),
    R('省市重点项目完成投资', 't', 2024, 'Y', '78', '亿元'),
    R('新开工亿元以上项目', 'a', 2024, '1-11', '34', '个'),
    R('新开工10亿元以上项目', 'a', 2024, '1-11', '7', '个', ctx='10亿元以上项目7个'),
    R('竣工投产项目', 'a', 2024, '1-11', '29', '个'),
    R('项目竣工率', 'a', 2024, '1-11', '72.5', '%'),
    R('规上服务业营业收入', 'a', 2024, '1-11', '46.8', '亿元', g='9.2%'),
    # 招商引资
    R('新签约项目', 'a', 2024, 'Y', '58', '个'),
    R('新签约项目总投资', 'a', 2024, 'Y', '312.5', '亿元'),
    R('新签约亿元以上项目', 'a', 2024, 'Y', '41', '个'),
    R('新签约10亿元以上项目', 'a', 2024, 'Y', '9', '个', ctx='10亿元以上项目9个'),
    R('新签约项目（新能源材料专班）', 'a', 2024, 'Y', '19', '个', ctx='项目19个、'),
    R('新签约项目（高端装备专班）', 'a', 2024, 'Y', '16', '个', ctx='、16个、'),
    R('新签约项目（生物医药专班）', 'a', 2024, 'Y', '13', '个', ctx='、13个、'),
    R('新签约项目（现代物流专班）', 'a', 2024, 'Y', '10', '个', ctx='、10个。'),
    R('招商引资实际到位资金', 'a', 2024, '1-11', '163.8', '亿元', g='8.5%'),
    R('省外境内到位资金', 'a', 2024, '1-11', '118.9', '亿元', g='10.2%'),
    # 创新与企业培育（今年 = 2024）
    R('新认定高新技术企业', 'a', 2024, 'Y', '37', '家'),
    R('高新技术企业', 'a', 2024, 'Y', '186', '家'),
    R('新增省级专精特新中小企业', 'a', 2024, 'Y', '24', '家'),
    R('新增国家级专精特新“小巨人”企业', 'a', 2024, 'Y', '3', '家', ctx='“小巨人”企业3家'),
    R('入库科技型中小企业', 'a', 2024, 'Y', '215', '家', g='18.1%'),
    R('新增规上工业企业', 'a', 2024, 'Y', '21', '家'),
    R('规上工业企业', 'a', 2024, 'Y', '298', '家'),
    R('省级以上研发平台', 'a', 2024, 'Y', '11', '个', ctx='研发平台11个'),
    # 营商环境
    R('盘活低效闲置土地', 'a', 2024, 'Y', '2360', '亩'),
    R('受理企业诉求', 'a', 2024, 'Y', '742', '件'),
    R('企业诉求办结率', 'a', 2024, 'Y', '98.4', '%'),
    R('兑现产业扶持资金', 'a', 2024, 'Y', '3.27', '亿元'),
    R('争取银行授信和专项贷款', 'a', 2024, 'Y', '42.6', '亿元'),
    R('新登记市场主体', 'a', 2024, 'Y', '3126', '户', g='7.9%'),
    R('市场主体', 'a', 2024, 'Y', '2.43', '万户'),
    # 2025 目标
    R('规模以上工业总产值', 't', 2025, 'Y', None, None, g='8%', gctx='确保增长8%'),
    R('规模以上工业总产值（拼搏目标）', 't', 2025, 'Y', None, None, g='10%', gctx='力争增长10%'),
    R('固定资产投资', 't', 2025, 'Y', None, None, g='10%', gctx='增长10%以上', q='以上'),
    R('招商引资实际到位资金', 't', 2025, 'Y', '190', '亿元'),
    R('新认定高新技术企业', 't', 2025, 'Y', '40', '家', q='以上'),
    R('实际利用外资', 't', 2025, 'Y', '4500', '万美元'),
]

# ----------------------------------------------------------------------------------------------
# t2  四川 岷阳经济技术开发区  2025年前三季度经济运行分析（含表1）
# ----------------------------------------------------------------------------------------------
def tab(ind, label, unit, v, g, tgt, c):
    """a table row: the 1-9月 fact and the 全年目标 target fact"""
    row = label + '\t' + unit + '\t' + v + '\t' + g + '\t' + tgt + '\t' + c
    return [R(ind, 'a', 2025, '1-9', v, unit, g=None if g == '—' else g, c=c, cx=tgt, ctx=row),
            R(ind, 't', 2025, 'Y', tgt, unit, ctx=row[row.index(g + '\t' + tgt):])]


T2 = (
    tab('地区生产总值', '地区生产总值', '亿元', '256.8', '6.9', '350', '73.4')
    + tab('规模以上工业总产值', '规上工业总产值', '亿元', '418.9', '10.2', '560', '74.8')
    + [R('规模以上工业增加值', 'a', 2025, '1-9', None, None, g='9.1', gctx='规上工业增加值\t%\t—\t9.1'),
       R('规模以上工业增加值', 't', 2025, 'Y', None, None, g='8.5', gctx='9.1\t8.5')]
    + tab('固定资产投资', '固定资产投资', '亿元', '142.6', '7.6', '200', '71.3')
    + tab('工业投资', '其中：工业投资', '亿元', '88.4', '12.7', '120', '73.7')
    + tab('社会消费品零售总额', '社会消费品零售总额', '亿元', '41.3', '4.8', '58', '71.2')
    + tab('地方一般公共预算收入', '一般公共预算收入', '亿元', '15.72', '-2.3', '22', '71.5')
    + tab('全口径税收', '税收总额', '亿元', '36.9', '3.5', '50', '73.8')
    + tab('外贸进出口总额', '外贸进出口总额', '亿元', '27.4', '15.6', '34', '80.6')
    + tab('实际利用外资', '实际使用外资', '万美元', '2860', '21.4', '3500', '81.7')
    + tab('招商引资实际到位资金', '招商引资到位资金', '亿元', '96.3', '9.8', '130', '74.1')
    + tab('新签约亿元以上项目', '新签约亿元以上项目', '个', '38', '—', '52', '73.1')
    + [
        # （一）工业
        R('规模以上工业总产值', 'a', 2025, '9', '52.7', '亿元', g='13.4%'),
        R('规模以上工业总产值（东区电子信息产业园）', 'a', 2025, '1-9', '186.2', '亿元', g='14.1%'),
        R('规模以上工业总产值（西区装备制造园）', 'a', 2025, '1-9', '142.5', '亿元', g='8.7%'),
        R('规模以上工业总产值（南区食品医药园）', 'a', 2025, '1-9', '90.2', '亿元', g='1.6%'),
        R('电子信息产业产值', 'a', 2025, '1-9', '162.7', '亿元', g='17.5%'),
        R('食品饮料产业产值', 'a', 2025, '1-9', '76.4', '亿元', g='3.9%'),
        R('规上工业企业', 'a', 2025, '1-9', '213', '户'),
        R('新增规上工业企业', 'a', 2025, '1-9', '14', '户'),
        R('规上工业产销率', 'a', 2025, '1-9', '97.6', '%'),
        # （二）投资
        R('技改投资', 'a', 2025, '1-9', None, None, g='19.8%'),
        R('房地产开发投资', 'a', 2025, '1-9', None, None, g='12.6%'),
        R('新开工项目', 'a', 2025, '1-9', '46', '个'),
        R('计划新开工项目开工率', 'a', 2025, '1-9', '82.1', '%'),
        R('省市重点项目完成投资', 'a', 2025, '1-9', '63.5', '亿元', c='84.7'),
        R('固定资产投资（东区电子信息产业园）', 'a', 2025, '1-9', None, None, g='11.2%'),
        R('固定资产投资（西区装备制造园）', 'a', 2025, '1-9', None, None, g='6.9%'),
        R('固定资产投资（南区食品医药园）', 'a', 2025, '1-9', None, None, g='-4.1%'),
        # （三）服务业和创新
        R('规上服务业营业收入', 'a', 2025, '1-9', '31.7', '亿元', g='8.8%'),
        R('软件和信息技术服务业营业收入', 'a', 2025, '1-9', None, None, g='21.3%'),
        R('新认定高新技术企业', 'a', 2025, '1-9', '19', '家'),
        R('高新技术企业', 'a', 2025, '1-9', '142', '家'),
        R('金融机构各项贷款余额', 'a', 2025, '1-9', '412.6', '亿元'),
        # （四）消费 （五）财税 （六）开放招商 —— period from the report's scope (前三季度)
        R('限额以上单位消费品零售额', 'a', 2025, '1-9', '18.9', '亿元', g='7.2%'),
        R('税收收入', 'a', 2025, '1-9', '11.46', '亿元', g='4.5%'),
        R('非税收入', 'a', 2025, '1-9', '4.26', '亿元', g='4.9%'),
        R('出口', 'a', 2025, '1-9', '19.8', '亿元', g='18.2%', ctx='出口19.8亿元'),
        R('新设外商投资企业', 'a', 2025, '1-9', '5', '家', ctx='外商投资企业5家'),
        R('新签约亿元以上项目总投资', 'a', 2025, '1-9', '217.6', '亿元'),
        R('新签约10亿元以上项目', 'a', 2025, '1-9', '6', '个', ctx='10亿元以上项目6个'),
        # （七）市场主体
        R('市场主体', 'a', 2025, '1-9', '18462', '户'),
        R('净增市场主体', 'a', 2025, '1-9', '1275', '户'),
        R('新登记企业', 'a', 2025, '1-9', '1638', '户', g='6.4%'),
        # 四、全年预判
        R('地区生产总值', 'e', 2025, 'Y', None, None, g='7%', gctx='增长7%左右', q='左右'),
        R('规模以上工业总产值', 'e', 2025, 'Y', '565', '亿元'),
        R('固定资产投资', 'e', 2025, 'Y', '192', '亿元', q='左右'),
    ]
)

# ----------------------------------------------------------------------------------------------
# t3  安徽 淮岭高新技术产业开发区  2024年度招商引资和项目建设考核结果通报
# ----------------------------------------------------------------------------------------------
def unit_rows(name, n, inv, big, big10, arr, tgt, comp, start, rate, extra=()):
    u = '（' + name + '）'
    head = '（' + {'智能装备产业园': '一', '新材料产业园': '二', '生命健康产业园': '三',
                   '淮滨街道': '四', '岭南街道': '五'}[name] + '）' + name + '。全年新签约项目'
    rows = [
        R('新签约项目' + u, 'a', 2024, 'Y', n, '个', ctx=head + n + '个'),
        R('新签约项目总投资' + u, 'a', 2024, 'Y', inv, '亿元'),
        R('新签约亿元以上项目' + u, 'a', 2024, 'Y', big, '个', ctx=inv + '亿元，其中亿元以上项目' + big + '个'),
        R('招商引资实际到位资金' + u, 'a', 2024, 'Y', arr, '亿元', c=comp, cx=tgt),
        R('招商引资实际到位资金' + u, 't', 2024, 'Y', tgt, '亿元', ctx='年度目标' + tgt + '亿元的' + comp),
        R('新开工项目' + u, 'a', 2024, 'Y', start, '个', ctx='新开工项目' + start + '个'),
        R('签约项目开工率' + u, 'a', 2024, 'Y', rate, '%'),
    ]
    if big10:
        rows.append(R('新签约10亿元以上项目' + u, 'a', 2024, 'Y', big10, '个',
                      ctx='、10亿元以上项目' + big10 + '个'))
    return rows + list(extra)


T3 = [
    R('新签约项目', 'a', 2024, 'Y', '112', '个'),
    R('新签约项目总投资', 'a', 2024, 'Y', '486.3', '亿元'),
    R('新签约亿元以上项目', 'a', 2024, 'Y', '78', '个'),
    R('新签约先进制造业项目', 'a', 2024, 'Y', '86', '个'),
    R('新签约先进制造业项目总投资', 'a', 2024, 'Y', '401.2', '亿元'),
    R('招商引资实际到位资金', 'a', 2024, 'Y', '208.6', '亿元', g='11.7%', c='104.3', cx='200'),
    R('招商引资实际到位资金', 't', 2024, 'Y', '200', '亿元'),
    R('新开工项目', 'a', 2024, 'Y', '71', '个'),
    R('签约项目开工率', 'a', 2024, 'Y', '63.4', '%'),
    R('竣工项目', 'a', 2024, 'Y', '38', '个'),
    R('新投产项目', 'a', 2024, 'Y', '33', '个'),
    R('重点项目完成投资', 'a', 2024, 'Y', '137.9', '亿元', c='106.1', cx='130'),
    R('重点项目完成投资', 't', 2024, 'Y', '130', '亿元'),
    R('实际利用外资', 'a', 2024, 'Y', '8260', '万美元', g='13.5%'),
    R('省外境内到位资金', 'a', 2024, 'Y', '147.3', '亿元', g='9.6%'),
    R('签约项目履约率', 'a', 2024, 'Y', '91.2', '%'),
] + unit_rows('智能装备产业园', '31', '152.4', '24', '4', '63.8', '60', '106.3', '22', '71.0', extra=[
    R('竣工投产项目（智能装备产业园）', 'a', 2024, 'Y', '12', '个'),
    R('实际利用外资（智能装备产业园）', 'a', 2024, 'Y', '2350', '万美元'),
]) + unit_rows('新材料产业园', '27', '121.6', '19', '3', '52.7', '50', '105.4', '18', '66.7') \
   + unit_rows('生命健康产业园', '22', '97.3', '16', None, '41.9', '45', '93.1', '14', '63.6') \
   + unit_rows('淮滨街道', '18', '68.5', '11', None, '29.4', '28', '105.0', '10', '55.6') \
   + unit_rows('岭南街道', '14', '46.5', '8', None, '20.8', '22', '94.5', '7', '50.0') + [
    R('新签约亿元以上项目', 't', 2025, 'Y', '85', '个'),
    R('招商引资实际到位资金', 't', 2025, 'Y', '225', '亿元'),
    R('新开工项目', 't', 2025, 'Y', '80', '个'),
]

# ----------------------------------------------------------------------------------------------
# t4  辽宁 鞍岫经济开发区  2024年企业服务和营商环境工作总结
# ----------------------------------------------------------------------------------------------
T4 = [
    R('受理企业诉求', 'a', 2024, 'Y', '1286', '件', g='14.6%'),
    R('办结企业诉求', 'a', 2024, 'Y', '1251', '件'),
    R('企业诉求办结率', 'a', 2024, 'Y', '97.3', '%'),
    R('受理企业诉求（东片区）', 'a', 2024, 'Y', '512', '件'),
    R('受理企业诉求（西片区）', 'a', 2024, 'Y', '438', '件'),
    R('受理企业诉求（临港片区）', 'a', 2024, 'Y', '336', '件'),
    R('受理企业诉求', 'a', 2024, '1-6', '584', '件'),
    R('受理企业诉求', 'a', 2024, '12', '97', '件', ctx='受理企业诉求97件'),
    R('受理12345热线涉企工单', 'a', 2024, 'Y', '2174', '件'),
    R('12345热线涉企工单按时办结率', 'a', 2024, 'Y', '99.1', '%'),
    R('企业满意度', 'a', 2024, 'Y', '98.6', '%'),
    R('“政企直通车”平台注册企业', 'a', 2024, 'Y', '1635', '家'),
    R('惠企政策资金兑现', 'a', 2024, 'Y', '2.86', '亿元', g='21.5%'),
    R('减税降费及退税缓税', 'a', 2024, 'Y', '5.12', '亿元'),
    R('争取上级专项资金', 'a', 2024, 'Y', '1.47', '亿元'),
    R('银企对接促成融资', 'a', 2024, 'Y', '23.6', '亿元'),
    R('新登记市场主体', 'a', 2024, 'Y', '4217', '户', g='9.3%'),
    R('新登记企业', 'a', 2024, 'Y', '1386', '户'),
    R('市场主体', 'a', 2024, 'Y', '3.12', '万户'),
    R('新增“四上”企业', 'a', 2024, 'Y', '47', '家'),
    R('新增规上工业企业', 'a', 2024, 'Y', '19', '家'),
    R('新增省级上市后备企业', 'a', 2024, 'Y', '5', '家', ctx='上市后备企业5家'),
    R('新认定高新技术企业', 'a', 2024, 'Y', '52', '家'),
    R('高新技术企业', 'a', 2024, 'Y', '241', '家'),
    R('入库科技型中小企业', 'a', 2024, 'Y', '318', '家', g='24.2%'),
    R('新增省级专精特新中小企业', 'a', 2024, 'Y', '31', '家'),
    R('省级专精特新中小企业', 'a', 2024, 'Y', '97', '家', ctx='累计达到97家'),
    R('新增国家级专精特新“小巨人”企业', 'a', 2024, 'Y', '两', '家', ctx='企业两家'),
    R('国家级专精特新“小巨人”企业', 'a', 2024, 'Y', '8', '家', ctx='累计达到8家'),
    R('兑现人才政策资金', 'a', 2024, 'Y', '1860', '万元'),
    R('实际利用外资', 'a', 2024, 'Y', '3820', '万美元', g='12.3%'),
    R('新设外商投资企业', 'a', 2024, 'Y', '6', '家', ctx='外商投资企业6家'),
    R('出口退税', 'a', 2024, 'Y', '4.38', '亿元'),
    R('新增进出口实绩企业', 'a', 2024, 'Y', '12', '家', ctx='实绩企业12家'),
    # 2025 目标
    R('企业诉求办结率', 't', 2025, 'Y', '98', '%', q='以上', ctx='保持在98%以上'),
    R('企业满意度', 't', 2025, 'Y', '99', '%', ctx='达到99%'),
    R('惠企政策资金兑现', 't', 2025, 'Y', '3', '亿元', ctx='兑现3亿元'),
    R('新登记市场主体', 't', 2025, 'Y', '4500', '户'),
    R('新增“四上”企业', 't', 2025, 'Y', '50', '家'),
    R('新认定高新技术企业', 't', 2025, 'Y', '60', '家'),
    R('新增省级专精特新中小企业', 't', 2025, 'Y', '35', '家'),
]

# ----------------------------------------------------------------------------------------------
# t5  广西 榕溪区枫林街道  2025年1-11月经济发展情况汇报
# ----------------------------------------------------------------------------------------------
T5 = [
    R('税收收入', 'a', 2025, '1-11', '4.86', '亿元', g='5.7%', c='86.8', cx='5.6'),
    R('税收收入', 't', 2025, 'Y', '5.6', '亿元'),
    R('区级留成税收', 'a', 2025, '1-11', '1.92', '亿元', g='3.9%'),
    R('税收收入（枫林社区）', 'a', 2025, '1-11', '2.13', '亿元'),
    R('税收收入（锦湖社区）', 'a', 2025, '1-11', '1.58', '亿元'),
    R('税收收入（桂苑社区）', 'a', 2025, '1-11', '1.15', '亿元'),
    R('税收收入', 'a', 2025, '11', '4870', '万元', g='12.3%'),
    R('房地产业税收', 'a', 2025, '1-11', None, None, g='19.6%'),
    R('规模以上工业总产值', 'a', 2025, '1-11', '38.7', '亿元', g='2.4%'),
    R('规模以上工业增加值', 'a', 2025, '1-11', None, None, g='1.2%'),
    R('限额以上消费品零售额', 'a', 2025, '1-11', '15.3', '亿元', g='6.1%'),
    R('规上服务业营业收入', 'a', 2025, '1-11', '22.6', '亿元', g='8.4%'),
    R('外贸进出口总额', 'a', 2025, '1-11', '1.86', '亿元', g='22.4%'),
    R('固定资产投资', 'a', 2025, '1-11', '12.6', '亿元', c='91.3'),
    R('在建重点项目', 'a', 2025, '1-11', '14', '个', ctx='在建重点项目14个'),
    R('在建重点项目完成投资', 'a', 2025, '1-11', '9.74', '亿元'),
    R('新签约项目', 'a', 2025, '1-11', '二十三', '个'),
    R('新签约项目总投资', 'a', 2025, '1-11', '46.5', '亿元'),
    R('新签约亿元以上项目', 'a', 2025, '1-11', '9', '个', ctx='亿元以上项目9个'),
    R('新签约项目（楼宇招商专班）', 'a', 2025, '1-11', '14', '个', ctx='项目14个、'),
    R('新签约项目（产业招商专班）', 'a', 2025, '1-11', '9', '个', ctx='、9个；'),
    R('新引进企业', 'a', 2025, '1-11', '86', '家'),
    R('招商引资实际到位资金', 'a', 2025, '1-11', '8.9', '亿元', c='89.0', cx='10', ctx='资金8.9亿元'),
    R('招商引资实际到位资金', 't', 2025, 'Y', '10', '亿元', ctx='年度任务10亿元'),
    R('重点商务楼宇税收', 'a', 2025, '1-11', '1.67', '亿元', g='8.9%'),
    R('税收超千万元楼宇', 'a', 2025, '1-11', '5', '栋', ctx='楼宇5栋'),
    R('争取各级扶持资金', 'a', 2025, '1-11', '1320', '万元'),
    R('市场主体', 'a', 2025, '1-11', '9652', '户'),
    R('净增市场主体', 'a', 2025, '1-11', '834', '户'),
    R('净增市场主体（枫林社区）', 'a', 2025, '1-11', '362', '户'),
    R('净增市场主体（锦湖社区）', 'a', 2025, '1-11', '289', '户'),
    R('净增市场主体（桂苑社区）', 'a', 2025, '1-11', '183', '户'),
    R('新增“四上”企业', 'a', 2025, '1-11', '11', '家', ctx='企业11家'),
    R('新增限上批发零售企业', 'a', 2025, '1-11', '6', '家', ctx='零售企业6家'),
    R('新增规上服务业企业', 'a', 2025, '1-11', '3', '家', ctx='服务业企业3家'),
    R('城镇新增就业', 'a', 2025, '1-11', '1240', '人'),
    R('社区集体经济收入', 'a', 2025, '1-11', '386', '万元', g='11.6%'),
    # 五、全年预计
    R('税收收入', 'e', 2025, 'Y', '5.35', '亿元', c='95.5'),
    R('规模以上工业总产值', 'e', 2025, 'Y', '42', '亿元', q='左右'),
    # 七、2026年目标
    R('税收收入', 't', 2026, 'Y', '5.8', '亿元'),
    R('税收收入（拼搏目标）', 't', 2026, 'Y', '6', '亿元', ctx='力争6亿元'),
    R('规模以上工业总产值', 't', 2026, 'Y', None, None, g='3%', gctx='增长3%；'),
    R('限额以上消费品零售额', 't', 2026, 'Y', None, None, g='5%', gctx='增长5%左右', q='左右'),
    R('固定资产投资', 't', 2026, 'Y', '14', '亿元', ctx='完成14亿元'),
    R('招商引资实际到位资金', 't', 2026, 'Y', '11', '亿元', ctx='资金11亿元'),
    R('新签约亿元以上项目', 't', 2026, 'Y', '10', '个', ctx='项目10个'),
    R('新增“四上”企业', 't', 2026, 'Y', '12', '家', ctx='企业12家'),
    R('城镇新增就业', 't', 2026, 'Y', '1300', '人'),
    R('新增税收超千万元楼宇', 't', 2026, 'Y', '2', '栋', ctx='楼宇2栋'),
]

SETS = {'t1': T1, 't2': T2, 't3': T3, 't4': T4, 't5': T5}

# ----------------------------------------------------------------------------------------------
errors = []


def err(doc, msg):
    errors.append(doc + ': ' + msg)


def num(tok):
    if tok in CN_NUM:
        return Decimal(CN_NUM[tok])
    return Decimal(tok)


def jnum(d):
    if d is None:
        return None
    if d == d.to_integral_value():
        return int(d)
    return float(str(d.normalize()))


def standalone(doc, tok, i):
    """tok at i is not part of a longer number"""
    j = i + len(tok)
    if tok[0] in CN_CHARS:
        return not (i > 0 and doc[i - 1] in CN_CHARS) and not (j < len(doc) and doc[j] in CN_CHARS)
    if i > 0 and (doc[i - 1].isdigit() or doc[i - 1] == '.' or (doc[i - 1] == '-' and tok[0] != '-')):
        return False
    if tok[-1].isdigit() and j < len(doc):
        if doc[j].isdigit():
            return False
        if doc[j] == '.' and j + 1 < len(doc) and doc[j + 1].isdigit():
            return False
    return True


def occurrences(doc, tok, lo=0, hi=None):
    hi = len(doc) if hi is None else hi
    out, i = [], doc.find(tok, lo)
    while i != -1 and i + len(tok) <= hi:
        if standalone(doc, tok, i):
            out.append(i)
        i = doc.find(tok, i + 1)
    return out


def locate(doc, tok, ctx, what):
    if ctx is not None:
        n = doc.count(ctx)
        if n != 1:
            return None, '%s context %r occurs %d times' % (what, ctx, n)
        base = doc.index(ctx)
        occ = occurrences(doc, tok, base, base + len(ctx))
        if len(occ) != 1:
            return None, '%s token %r occurs %d times inside context %r' % (what, tok, len(occ), ctx)
        return occ[0], None
    occ = occurrences(doc, tok)
    if len(occ) != 1:
        return None, '%s token %r occurs %d times (give a context)' % (what, tok, len(occ))
    return occ[0], None


def qual_at(doc, i, tok, unit):
    found = []
    pre = doc[max(0, i - 4):i]
    for q in ('突破', '超过', '超', '近', '约'):
        if pre.endswith(q):
            if any(pre.endswith(x) for x in NOT_Q_BEFORE.get(q, ())):
                continue
            found.append('超' if q == '超过' else q)
            break
    post = doc[i + len(tok):]
    if post.startswith('余'):
        found.append('余')
        post = post[1:]
    if unit and post.startswith(unit):
        post = post[len(unit):]
    for q in ('以上', '左右'):
        if post.startswith(q):
            found.append(q)
    return found


def growth_value(doc, tok, pos):
    t = tok.rstrip('%')
    times = t.endswith('倍')
    t = t.rstrip('倍')
    v = Decimal(t)
    if not tok.startswith('-') and doc[max(0, pos - 2):pos] == '下降':
        v = -v
    if times:
        v = v * 100
    return v


def build(doc_id, rows):
    path = os.path.join(DOCS, doc_id + '.txt')
    doc = open(path, encoding='utf-8').read()
    n = len(doc)
    if not 3000 <= n <= 5000:
        err(doc_id, 'length %d outside 3000-5000' % n)
    facts, places, keys, comp_places = [], {}, set(), set()
    covered = set()
    for k, r in enumerate(rows):
        tag = '%s row %d (%s)' % (doc_id, k, r['ind'])
        months = [1, 12] if r['months'] == 'Y' else (
            [int(x) for x in r['months'].split('-')] if '-' in r['months'] else [int(r['months'])] * 2)
        vpos = gpos = None
        if r['value'] is not None:
            vpos, e = locate(doc, r['value'], r['ctx'], 'value')
            if e:
                err(tag, e)
                continue
            place = vpos
        if r['g'] is not None:
            if r['value'] is not None:
                end = vpos + len(r['value'])
                after = [p for p in occurrences(doc, r['g'], end, end + 40 + len(r['g']))]
                before = [p for p in occurrences(doc, r['g'], max(0, vpos - 40 - len(r['g'])), vpos)]
                cand = after[:1] or before[-1:]
                if not cand:
                    err(tag, 'growth %r not within 40 characters of value' % r['g'])
                    continue
                gpos = cand[0]
            else:
                gpos, e = locate(doc, r['g'], r['gctx'], 'growth')
                if e:
                    err(tag, e)
                    continue
                place = gpos
        if r['value'] is None and r['g'] is None:
            err(tag, 'neither value nor growth')
            continue
        covered.update(p for p in (vpos, gpos) if p is not None)
        if place in places:
            err(tag, 'same place as %s' % places[place])
        places[place] = tag
        # qualifier, both ways
        if r['value'] is not None:
            found = qual_at(doc, vpos, r['value'], r['unit'])
        else:
            found = qual_at(doc, gpos, r['g'], None)
        if r['q'] is None and found:
            err(tag, 'text carries qualifier %s but the fact has none' % found)
        if r['q'] is not None and found != [r['q']]:
            err(tag, 'qualifier %r not found in text (found %s)' % (r['q'], found))
        if r['q'] is not None and r['q'] not in QUALS:
            err(tag, 'unknown qualifier %r' % r['q'])
        # value
        value = num(r['value']) if r['value'] is not None else None
        unit = r['unit'] if value is not None else None
        if value is not None and unit not in UNITS:
            err(tag, 'unknown unit %r' % unit)
            continue
        vb = cur = None
        if value is not None:
            mult, cur = UNITS[unit]
            vb = value * mult
        growth = growth_value(doc, r['g'], gpos) if r['g'] is not None else None
        comp = Decimal(r['c']) if r['c'] is not None else None
        if comp is not None:
            end = vpos + len(r['value'])
            line_end = doc.find('\n', end)
            line_end = n if line_end == -1 else line_end
            occ = occurrences(doc, r['c'], end, min(end + 80, line_end))
            if not occ:
                err(tag, 'completion %s not found after the value' % r['c'])
            else:
                comp_places.add(occ[0])
            if r['cx'] is not None:
                x = num(r['cx'])
                if round(float(value) / float(x) * 100, 1) != round(float(comp), 1):
                    err(tag, 'completion %s != %s / %s' % (r['c'], r['value'], r['cx']))
                if not any(o['ind'] == r['ind'] and o['kind'] == 't' and o['year'] == r['year']
                           and o['months'] == 'Y' and o['value'] is not None and num(o['value']) == x
                           for o in rows):
                    err(tag, 'no target fact for X=%s' % r['cx'])
        fact = {
            'indicator': r['ind'],
            'kind': KIND[r['kind']],
            'year': r['year'],
            'months': months,
            'value': jnum(value),
            'unit': unit,
            'value_base': jnum(vb),
            'currency': cur,
            'growth_pct': jnum(growth),
            'completion_pct': jnum(comp),
            'qualifier': r['q'],
        }
        if len(fact) != 11:
            err(tag, 'fact does not have 11 keys')
        key = (fact['indicator'], fact['kind'], fact['year'], tuple(fact['months']), fact['value'])
        if key in keys:
            err(tag, 'duplicate key %s' % (key,))
        keys.add(key)
        facts.append(fact)
    # every 完成…的Y% / 占…年度计划(任务)的Y% in the text is used by a fact
    for m in re.finditer(r'(?:完成|占)[^，。；：\n]{0,30}?的(\d+(?:\.\d+)?)%', doc):
        if m.group(0).startswith('占') and not re.search(r'计划|任务|目标|预算', m.group(0)):
            continue
        if m.start(1) not in comp_places:
            err(doc_id, 'completion %r at %d not used by a fact' % (m.group(0), m.start(1)))
    covered |= comp_places
    if '--uncovered' in sys.argv:
        for m in re.finditer(r'\d+(?:\.\d+)?', doc):
            if m.start() not in covered and not (m.start() > 0 and doc[m.start() - 1] == '-' and m.start() - 1 in covered):
                print('  %s uncovered %-8s %s' % (doc_id, m.group(0), doc[max(0, m.start() - 14):m.end() + 8].replace('\n', ' ')))
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, doc_id + '.json'), 'w', encoding='utf-8') as f:
        json.dump(facts, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return doc, facts


def main():
    summary = []
    for doc_id in sorted(SETS):
        doc, facts = build(doc_id, SETS[doc_id])
        kinds = {k: sum(1 for f in facts if f['kind'] == k) for k in ('actual', 'estimate', 'target')}
        summary.append('%s: %d chars, %d facts (actual %d, estimate %d, target %d)' % (
            doc_id, len(doc), len(facts), kinds['actual'], kinds['estimate'], kinds['target']))
    for line in summary:
        print(line)
    for e in errors:
        print('ERROR', e)
    print('errors: %d' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
