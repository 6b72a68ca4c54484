#!/usr/bin/env python3
"""Generate gold/z1..z5.json for unseen6 from the compact tables below.

Checks (error count printed at the end, exit status 1 when > 0):
  * every value string (value+unit, or an explicit src for Chinese/full-width numerals),
    growth string (N% / 下降N% / N倍), completion string (N%) and qualifier occurs in its doc;
  * every "完成…目标X的Y%" pair reconciles (round(value/X*100, 1) == Y);
  * table rows match a tab-separated line of the document cell by cell;
  * 11 keys per fact, kinds/units valid, document length 2000-3500 characters.
With -v: lists every number in each document that no gold fact accounts for.

Row syntax inside a doc list:
  C(kind, year, months)                     set the running context
  (indicator, value, unit, growth, completion, qualifier, {opts})   trailing items optional
     value/unit None  -> growth-only fact
     growth '-6.3'    -> 下降6.3% ; '1.6倍' -> 160
     opts: src=<exact text of the value>, tgt=<target value as written> (adds a target fact),
           kind/year/months overrides
  T(label, indicator, unit, value, growth, target, completion)   statistics-table row
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
DOCS = os.path.join(BASE, 'docs')
GOLD = os.path.join(BASE, 'gold')

UNITS = {  # unit -> (multiplier, currency)
    '亿元': (Decimal('100000000'), 'CNY'), '万元': (Decimal('10000'), 'CNY'), '元': (Decimal(1), 'CNY'),
    '亿美元': (Decimal('100000000'), 'USD'), '万美元': (Decimal('10000'), 'USD'),
    '个': (Decimal(1), None), '家': (Decimal(1), None), '户': (Decimal(1), None),
    '人': (Decimal(1), None), '件': (Decimal(1), None), '亩': (Decimal(1), None),
    '万亩': (Decimal('10000'), None), '万头': (Decimal('10000'), None),
    '万人次': (Decimal('10000'), None), '%': (Decimal(1), None),
}
KEYS = ['indicator', 'kind', 'year', 'months', 'value', 'unit', 'value_base', 'currency',
        'growth_pct', 'completion_pct', 'qualifier']
FY = (1, 12)


class C:
    def __init__(self, kind, year, months=FY):
        self.kind, self.year, self.months = kind, year, months


class T:
    def __init__(self, label, indicator, unit, value, growth, target, comp):
        self.label, self.indicator, self.unit = label, indicator, unit
        self.value, self.growth, self.target, self.comp = value, growth, target, comp


A, E, G = 'actual', 'estimate', 'target'
H1, Q3 = (1, 6), (1, 9)

SPEC = {}

# ---------------------------------------------------------------- z1 安徽 经开区 管委会工作报告 2025/2026
SPEC['z1'] = [
    C(E, 2025),
    ('规模以上工业增加值', None, None, '9.6'),
    ('固定资产投资', '186.3', '亿元', '6.8'),
    ('工业投资', '112.5', '亿元', '15.3'),
    ('工业投资占固定资产投资比重', '60.4', '%'),
    ('社会消费品零售总额', '48.7', '亿元', '5.1'),
    ('税收收入', '17.82', '亿元', '3.9'),
    ('进出口总额', '9.6', '亿美元', '18.7'),
    ('出口', '7.2', '亿美元', '22.4'),
    ('实际利用外资', '1.3', '亿美元', None, None, '约'),
    ('招商引资实际到位资金', '136.8', '亿元', None, '106.9', None, {'tgt': '128'}),
    C(A, 2020),
    ('地区生产总值', '205.3', '亿元'),
    ('规模以上工业总产值', '438.6', '亿元'),
    ('一般公共预算收入', '13.05', '亿元'),
    ('高新技术企业', '87', '家'),
    ('规上工业企业', '146', '家'),
    C(A, 2025),
    ('地区生产总值', '312.6', '亿元'),
    ('规模以上工业总产值', '826.4', '亿元'),
    ('一般公共预算收入', '21.36', '亿元'),
    ('高新技术企业', '203', '家'),
    ('规上工业企业', '238', '家'),
    ('省级以上研发平台', '64', '个'),
    ('高新技术产业增加值占规上工业增加值比重', '52.7', '%'),
    ('500万元以上项目', '168', '个'),
    ('新开工项目', '72', '个'),
    ('竣工投产项目', '51', '个'),
    ('新签约亿元以上项目', '63', '个'),
    ('10亿元以上项目', '12', '个'),
    ('协议引资总额', '418.5', '亿元'),
    ('兑现奖补资金', '3.26', '亿元'),
    ('新增市场主体', '2186', '户'),
    ('新增国家级专精特新“小巨人”企业', '4', '家'),
    ('国家级专精特新“小巨人”企业', '11', '家'),
    ('发明专利授权量', '412', '件', '16.5'),
    ('民生支出占一般公共预算支出比重', '71.3', '%'),
    ('新增城镇就业', '6320', '人'),
    C(G, 2026),
    ('地区生产总值', None, None, '7', None, '左右'),
    ('规模以上工业总产值', '900', '亿元', '10', None, '突破'),
    ('规模以上工业增加值', None, None, '8', None, '以上'),
    ('固定资产投资', None, None, '6'),
    ('社会消费品零售总额', None, None, '5', None, '左右'),
    ('一般公共预算收入', '22.2', '亿元', '4'),
    ('进出口总额', None, None, '10', None, '以上'),
    ('招商引资实际到位资金', '150', '亿元'),
    ('新增高新技术企业', '30', '家', None, None, '以上'),
    ('新增规上工业企业', '25', '家'),
    ('500万元以上项目', '170', '个', None, None, '以上'),
    ('新开工项目', '75', '个'),
    ('竣工投产项目', '50', '个'),
    ('工业投资', None, None, '12'),
    ('新签约亿元以上项目', '60', '个'),
    ('10亿元以上项目', '10', '个', None, None, '以上'),
    ('进出口总额（综合保税区）', '5', '亿美元', None, None, '突破'),
    ('盘活闲置低效土地', '1200', '亩'),
]

# ---------------------------------------------------------------- z2 福建 高新区 经济运行月报 2019年1-10月
M10 = (1, 10)
SPEC['z2'] = [
    C(A, 2019, M10),
    T('规上工业总产值', '规模以上工业总产值', '亿元', '412.36', '9.8', '520', '79.3'),
    T('规上工业增加值', '规模以上工业增加值', '亿元', None, '8.6', None, None),
    T('固定资产投资', '固定资产投资', '亿元', '96.52', '12.4', '118', '81.8'),
    T('工业投资', '工业投资', '亿元', '41.27', '18.9', '50', '82.5'),
    T('技改投资', '技改投资', '亿元', '15.83', '24.6', '18', '87.9'),
    T('社会消费品零售总额', '社会消费品零售总额', '亿元', '23.64', '6.7', '29', '81.5'),
    T('限上批发零售业销售额', '限上批发零售业销售额', '亿元', '190.2', '10.2', '230', '82.7'),
    T('进出口总额', '进出口总额', '亿元', '68.93', '-4.2', '90', '76.6'),
    T('出口', '出口', '亿元', '51.08', '-2.7', '66', '77.4'),
    T('实际利用外资', '实际利用外资', '万美元', '4860', '15.3', '6000', '81.0'),
    T('财政总收入', '财政总收入', '亿元', '13.96', '7.3', '17', '82.1'),
    T('一般公共预算收入', '一般公共预算收入', '亿元', '8.53', '6.1', '10.2', '83.6'),
    T('税收收入', '税收收入', '亿元', '7.02', '5.4', '8.5', '82.6'),
    T('招商引资实际到位资金', '招商引资实际到位资金', '亿元', '61.35', '11.8', '75', '81.8'),
    ('规模以上工业总产值（北区）', '186.4', '亿元', '13.2'),
    ('规模以上工业总产值（南区）', '121.7', '亿元', '7.5'),
    ('规模以上工业总产值（东区）', '104.26', '亿元', '7.1'),
    ('电子信息产业产值', '168.3', '亿元', '14.6'),
    ('新材料产业产值', '97.5', '亿元', '8.2'),
    ('食品加工产业产值', '61.2', '亿元', '-3.4'),
    ('高技术制造业增加值占规上工业增加值比重', '34.6', '%'),
    ('规上工业企业', '128', '家'),
    ('新入规企业', '11', '家', None, None, None, {'src': '１１家'}),
    ('在建500万元以上项目', '97', '个'),
    ('新开工项目', '38', '个'),
    ('在库亿元以上项目', '43', '个'),
    ('在库亿元以上项目完成投资', '62.8', '亿元'),
    ('房地产开发投资', '12.61', '亿元', '-8.7'),
    ('汽车类零售额', None, None, '12.4'),
    ('石油及制品类零售额', None, None, '-5.6'),
    ('对东盟进出口', '18.42', '亿元', '12.6'),
    ('对美国进出口', '14.07', '亿元', '-19.3'),
    ('新批外商投资企业', '14', '家'),
    ('合同外资', '1.26', '亿美元'),
    ('新登记市场主体', '1862', '户', '11.3'),
    ('非税收入', '1.51', '亿元', '9.4'),
    ('增值税', '3.12', '亿元', '4.7'),
    ('企业所得税', None, None, '-2.8'),
    ('新增减税降费', '2.37', '亿元'),
    C(E, 2019),
    ('规模以上工业总产值', '500', '亿元', None, None, '左右'),
    C(G, 2019),
    ('新开工项目', '45', '个'),
    ('新入规企业', '15', '家'),
]

# ---------------------------------------------------------------- z3 湖南 高新区 招商引资通报 2023年前三季度
UNITS_Z3 = [  # unit, 签约, 合同引资, 到位, 完成%, 年度任务
    ('电子信息产业办', '14', '68.5', '31.26', '86.8', '36'),
    ('生物医药产业办', '11', '42.3', '19.84', '79.4', '25'),
    ('装备制造产业办', '9', '37.6', '17.05', '71.0', '24'),
    ('现代服务业产业办', '8', '29.8', '9.72', '60.8', '16'),
    ('芷北街道', '12', '40.6', '18.62', '84.6', None),
    ('澜湖街道', '10', '35.2', '14.35', '75.5', None),
    ('金桥街道', '7', '31.4', '10.48', '63.7', None),
    ('白沙街道', '6', '27', '7.33', '55.5', None),
]
SPEC['z3'] = [
    C(A, 2023, Q3),
    ('新签约项目', '86', '个'),
    ('合同引资', '312.4', '亿元', '16.8'),
    ('亿元以上项目', '41', '个'),
    ('10亿元以上项目', '9', '个'),
    ('“三类500强”企业投资项目', '6', '个'),
    ('招商引资实际到位资金', '128.65', '亿元', '13.2', '78.0', None, {'tgt': '165'}),
    ('省外境内到位资金', '115.37', '亿元', '12.1'),
    ('实际利用外资', '1.86', '亿美元', '21.6', '80.9', None, {'tgt': '2.3'}),
    ('进出口总额', '26.4', '亿元', '-6.3'),
    ('先进制造业项目', '58', '个'),
    ('现代服务业项目', '21', '个'),
    ('新开工招商项目', '37', '个'),
    ('新开工招商项目完成投资', '43.2', '亿元'),
    ('新投产项目', '22', '个'),
]
for _u, _n, _c, _a, _p, _t in UNITS_Z3:
    SPEC['z3'] += [
        ('新签约项目（%s）' % _u, _n, '个'),
        ('合同引资（%s）' % _u, _c, '亿元'),
        ('招商引资实际到位资金（%s）' % _u, _a, '亿元', None, _p, None, {'tgt': _t} if _t else {}),
    ]
SPEC['z3'] += [
    ('新签约项目（区直部门）', '9', '个'),
    C(G, 2023),
    ('新签约项目', '110', '个', None, None, '以上'),
    ('合同引资', '400', '亿元', None, None, '超'),
    ('亿元以上项目', '55', '个'),
    ('新开工招商项目', '50', '个'),
    ('签约项目开工率', '80', '%', None, None, '以上'),
]

# ---------------------------------------------------------------- z4 重庆 经开区 项目建设推进会讲话 2021年上半年
SPEC['z4'] = [
    C(A, 2021, H1),
    ('新签约项目', '42', '个'),
    ('协议投资', '286', '亿元'),
    ('亿元以上项目', '29', '个'),
    ('50亿元以上项目', '3', '个'),
    ('新开工项目', '31', '个'),
    ('新开工项目总投资', '134.5', '亿元'),
    ('竣工投产项目', '18', '个'),
    ('在建项目', '127', '个'),
    ('在建项目总投资', '1000', '亿元', None, None, '超', {'src': '千亿元'}),
    ('固定资产投资', '98.6', '亿元', '21.4', '52.4'),
    ('工业投资', '61.2', '亿元', '26.8'),
    ('技改投资', '18.6', '亿元', '34.2'),
    ('固定资产投资（桂湾片区）', '36.2', '亿元', None, '58.3', None, {'tgt': '62.1'}),
    ('固定资产投资（龙潭片区）', '28.9', '亿元', None, '51.6', None, {'tgt': '56'}),
    ('固定资产投资（溱北片区）', '21.7', '亿元', None, '49.2'),
    ('规模以上工业总产值', '356.8', '亿元', '24.7'),
    ('规模以上工业增加值', None, None, '19.3'),
    ('税收收入', '12.46', '亿元', '17.2'),
    ('一般公共预算收入', '6.38', '亿元', '15.6'),
    ('进出口总额', '9.8', '亿美元', '41.5'),
    ('实际利用外资', '3280', '万美元', '63.1'),
    ('招商引资实际到位资金', '73.4', '亿元', '28.5'),
    ('入驻企业', '1300', '家', None, None, '余'),
    ('规上工业企业', '231', '家'),
    ('高新技术企业', '97', '家'),
    ('新增规上工业企业', '14', '家'),
    ('供地', '2860', '亩'),
    C(E, 2021, Q3),
    ('新开工项目', '45', '个'),
    ('竣工投产项目', '27', '个'),
    C(E, 2021),
    ('规模以上工业总产值', '720', '亿元', None, None, '突破'),
    ('招商引资实际到位资金', '150', '亿元', None, None, '左右'),
    C(G, 2021),
    ('新签约项目', '80', '个', None, None, '以上'),
    ('协议投资', '500', '亿元', None, None, '以上'),
    ('新开工项目', '60', '个'),
    ('竣工投产项目', '40', '个'),
    ('工业投资', None, None, '20', None, '以上'),
    ('固定资产投资', '188', '亿元'),
    ('规上工业企业', '260', '家'),
    ('新增规上工业企业', '30', '家', None, None, '以上'),
    ('高新技术企业', '120', '家', None, None, '突破'),
    ('规模以上工业总产值', '1500', '亿元', None, None, '突破', {'year': 2025}),
    ('供地', '6000', '亩', None, None, '以上'),
]

# ---------------------------------------------------------------- z5 贵州 镇 上半年工作总结 2016
SPEC['z5'] = [
    C(A, 2016, H1),
    ('地区生产总值', '4.86', '亿元', '11.2'),
    ('固定资产投资', '3.12', '亿元', '18.6', '44.6', None, {'tgt': '7'}),
    ('财政收入', '1862', '万元', '8.9'),
    ('税收收入', '1427', '万元', '12.6'),
    ('财政支出', '2685', '万元', '6.1'),
    ('社会消费品零售总额', '1.37', '亿元', '9.8'),
    ('招商引资实际到位资金', '2.35', '亿元', '1.6倍'),
    ('新引进项目', '7', '个'),
    ('亿元以上项目', '2', '个', None, None, None, {'src': '亿元以上项目两个'}),
    ('规模以上工业总产值', '2.86', '亿元', '-4.7'),
    ('规上工业企业', '4', '家'),
    ('农民人均可支配收入', '4326', '元', '10.3'),
    ('粮食播种面积', '3.62', '万亩'),
    ('蔬菜种植面积', '1.2', '万亩', '8.1'),
    ('新植茶园', '2300', '亩'),
    ('茶园总面积', '2.1', '万亩', None, None, '近'),
    ('生猪出栏', '2.16', '万头', '-6.2'),
    ('新增农民专业合作社', '6', '家'),
    ('农民专业合作社', '58', '家'),
    ('高标准农田', '3200', '亩'),
    ('植树造林', '1200', '亩'),
    ('入驻企业（高岩工业集中区）', '11', '家'),
    ('工业总产值（高岩工业集中区）', '1.64', '亿元', '19.2'),
    ('接待游客', '12.8', '万人次', '1.3倍'),
    ('旅游综合收入', '8960', '万元', '96.4'),
    ('农村电商交易额', '3260', '万元', '2.4倍'),
    ('减少贫困人口', '1380', '人'),
    ('村级集体经济收入', '186.4', '万元', '23.5'),
    ('村级集体经济收入（桃坪村）', '38.6', '万元'),
    ('新增城镇就业', '420', '人'),
    ('转移农村劳动力', '1260', '人'),
    ('城乡居民基本养老保险参保人数', '18642', '人'),
    ('争取上级项目资金', '2860', '万元', '35.7'),
    ('新增市场主体', '146', '户', '21.7'),
    C(E, 2016),
    ('社会消费品零售总额', '2.9', '亿元'),
    C(G, 2016),
    ('地区生产总值', '10', '亿元', '11', None, '突破'),
    ('财政收入', '3800', '万元'),
    ('招商引资实际到位资金', '5', '亿元', None, None, '突破'),
    ('农民人均可支配收入', None, None, '10', None, '以上'),
    ('新开工项目', '9', '个'),
    ('新增规上工业企业', '2', '家'),
    ('新增市场主体', '300', '户'),
    ('高标准农田', '5000', '亩'),
    ('植树造林', '2000', '亩'),
    ('接待游客', '30', '万人次', None, None, '突破'),
    ('贫困村出列', '4', '个'),
]

# ---------------------------------------------------------------- machinery
NUM = r'(?<![\d.０-９])%s(?![\d０-９]|\.\d)'
PREFIX_Q = ('突破', '超过', '超', '近', '约', '逾')
errors = []


def err(doc, msg):
    errors.append('%s: %s' % (doc, msg))


def num(s):
    d = Decimal(s)
    return int(d) if d == d.to_integral_value() and '.' not in s else float(s)


def dec_out(d):
    if d == d.to_integral_value():
        return int(d)
    return float(d.normalize())


def growth_pct(g):
    if g is None:
        return None
    if g.endswith('倍'):
        return dec_out(Decimal(g[:-1]) * 100)
    return num(g) if not g.startswith('-') else -num(g[1:])


class Marker:
    """Finds strings in the document and records which character spans are accounted for."""

    def __init__(self, text):
        self.text, self.spans = text, []

    def free(self, a, b):
        return all(b <= x or a >= y for x, y in self.spans)

    def find(self, pattern, numspan=None, lo=0):
        """Mark the first unmarked match at or after lo (wrapping to the start); numspan=(group) marks
        only that group. Returns the match (with .pos_ = absolute start) or None."""
        text = self.text
        order = [(lo, len(text)), (0, lo)]
        first = None
        for a0, b0 in order:
            for m in re.finditer(pattern, text[a0:b0]):
                g = numspan or 0
                a, b = m.start(g) + a0, m.end(g) + a0
                if first is None:
                    first = (m, a)
                if self.free(a, b):
                    self.spans.append((a, b))
                    self.last = a
                    return m
        if first:  # already used by another fact (e.g. a target written once) - still present
            self.last = first[1]
            return first[0]
        return None

    last = 0


def fact(ind, kind, year, months, value, unit, growth, comp, qual):
    vb = cur = None
    if value is not None:
        mult, cur = UNITS[unit]
        vb = dec_out(Decimal(value) * mult)
    return dict(zip(KEYS, [ind, kind, year, list(months), None if value is None else num(value), unit,
                           vb, cur, growth_pct(growth), None if comp is None else num(comp), qual]))


def check_value(doc, mk, value, unit, src, qual):
    if src:
        pat = re.escape(src)
        m = mk.find('(' + pat + ')', 1, mk.last)
    else:
        mid = '余' if qual == '余' else ''  # 1300余家: the qualifier sits between number and unit
        m = mk.find('(' + NUM % re.escape(value) + ')' + mid + re.escape(unit), 1, mk.last)
    if not m:
        err(doc, 'value %s%s not found' % (value, unit or ''))
        return
    if qual:
        shown = src or (value + unit)
        if qual == '余':
            shown = value + '余' + unit
        pats = [re.escape(qual) + r'(?:达到)?' + re.escape(shown), re.escape(shown) + re.escape(qual)]
        if qual == '余':
            pats = [re.escape(shown)]
        if not any(re.search(p, mk.text) for p in pats):
            err(doc, 'qualifier %s not adjacent to %s' % (qual, shown))


def check_growth(doc, mk, g, qual, with_value):
    if g.endswith('倍'):
        pat = r'增长(' + NUM % re.escape(g[:-1]) + ')倍'
    elif g.startswith('-'):
        pat = r'下降(' + NUM % re.escape(g[1:]) + ')%'
    else:
        pat = '(' + NUM % re.escape(g) + ')%'
    if not mk.find(pat, 1, mk.last):
        err(doc, 'growth %s not found' % g)
    if qual and not with_value:
        if not re.search(NUM % re.escape(g) + '%' + re.escape(qual), mk.text):
            err(doc, 'qualifier %s not after growth %s' % (qual, g))


def build(doc):
    text = open(os.path.join(DOCS, doc + '.txt'), encoding='utf-8').read()
    mk = Marker(text)
    n = len(text)
    if not 2000 <= n <= 3500:
        err(doc, 'length %d outside 2000-3500' % n)
    facts = []
    ctx = None
    for row in SPEC[doc]:
        if isinstance(row, C):
            ctx = row
            continue
        if isinstance(row, T):
            cells = [row.label, row.unit] + [c if c is not None else '—'
                                             for c in (row.value, row.growth, row.target, row.comp)]
            line_pat = r'^[ \t]*(?:其中：)?[ \t]*' + r'\t'.join(re.escape(c) for c in cells) + r'[ \t]*$'
            lm = re.search(line_pat, text, re.M)
            if not lm:
                err(doc, 'table row %s not found' % row.label)
            else:
                pos = lm.start()
                for c in cells[2:]:
                    if c != '—':
                        k = text.index(c, pos, lm.end())
                        mk.spans.append((k, k + len(c)))
                        pos = k + len(c)
            g = row.growth
            if g is not None and g.startswith('-'):
                gp = -num(g[1:])
            else:
                gp = growth_pct(g)
            f = fact(row.indicator, ctx.kind, ctx.year, ctx.months, row.value,
                     row.unit if row.value else None, None, row.comp, None)
            f['growth_pct'] = gp
            facts.append(f)
            if row.target:
                facts.append(fact(row.indicator, G, ctx.year, FY, row.target, row.unit, None, None, None))
                if row.value and row.comp:
                    calc = (Decimal(row.value) / Decimal(row.target) * 100).quantize(Decimal('0.1'))
                    if calc != Decimal(row.comp):
                        err(doc, 'table %s: %s/%s = %s, written %s' % (row.label, row.value, row.target, calc, row.comp))
            continue
        row = list(row)
        opts = row.pop() if isinstance(row[-1], dict) else {}
        row += [None] * (6 - len(row))
        ind, value, unit, growth, comp, qual = row
        kind = opts.get('kind', ctx.kind)
        year = opts.get('year', ctx.year)
        months = opts.get('months', ctx.months)
        if value is not None:
            if unit not in UNITS:
                err(doc, 'unknown unit %s' % unit)
                continue
            check_value(doc, mk, value, unit, opts.get('src'), qual)
        if growth is not None:
            check_growth(doc, mk, growth, qual, value is not None)
        if comp is not None:
            if not mk.find('(' + NUM % re.escape(comp) + ')%', 1, mk.last):
                err(doc, 'completion %s not found' % comp)
        facts.append(fact(ind, kind, year, months, value, unit, growth, comp, qual))
        if opts.get('tgt'):
            t = opts['tgt']
            tm = mk.find('(' + NUM % re.escape(t) + ')' + re.escape(unit) + '的' + NUM % re.escape(comp) + '%', 1,
                         max(0, mk.last - 40))
            if not tm:
                err(doc, 'target %s%s not found before %s%%' % (t, unit, comp))
            calc = (Decimal(value) / Decimal(t) * 100).quantize(Decimal('0.1'))
            if calc != Decimal(comp):
                err(doc, '%s: %s/%s = %s, written %s' % (ind, value, t, calc, comp))
            facts.append(fact(ind, G, year, FY, t, unit, None, None, None))
    for f in facts:
        if list(f) != KEYS:
            err(doc, 'bad keys %s' % f)
        if f['kind'] not in (A, E, G):
            err(doc, 'bad kind %s' % f)
        if f['value'] is None and f['growth_pct'] is None:
            err(doc, 'empty fact %s' % f['indicator'])
    keyset = [(f['indicator'], f['kind'], f['year'], tuple(f['months']), f['value']) for f in facts]
    for k in set(keyset):
        if keyset.count(k) > 1:
            err(doc, 'duplicate fact %s' % (k,))
    return text, mk, facts


NUM_ANY = re.compile(r'[0-9０-９]+(?:\.[0-9]+)?|(?<=第)[一二三四五六七八九十百]+'
                     r'|(?<![0-9.])[一二两三四五六七八九十百千]+万?(?=[个家项户名位倍次场条所起亩人])')


def unaccounted(text, mk):
    out = []
    for m in NUM_ANY.finditer(text):
        if mk.free(m.start(), m.end()):
            a, b = max(0, m.start() - 12), min(len(text), m.end() + 10)
            tag = ''
            after = text[m.end():m.end() + 1]
            if after in '年月日' or text[m.start() - 1:m.start()] in '〔':
                tag = '[date/文号]'
            out.append('  %-8s %-11s …%s…' % (m.group(), tag, text[a:b].replace('\n', '⏎')))
    return out


def main():
    verbose = '-v' in sys.argv
    os.makedirs(GOLD, exist_ok=True)
    total = {}
    for doc in sorted(SPEC):
        text, mk, facts = build(doc)
        with open(os.path.join(GOLD, doc + '.json'), 'w', encoding='utf-8') as fh:
            json.dump({'source': doc + '.txt', 'facts': facts}, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        kinds = {k: sum(f['kind'] == k for f in facts) for k in (A, E, G)}
        total[doc] = (len(facts), kinds)
        print('%s: %d chars, %d facts %s' % (doc, len(text), len(facts), kinds))
        if verbose:
            rest = unaccounted(text, mk)
            print(' unaccounted numbers: %d' % len(rest))
            print('\n'.join(rest))
    print('total facts: %d' % sum(v[0] for v in total.values()),
          {k: sum(v[1][k] for v in total.values()) for k in (A, E, G)})
    for e in errors:
        print('ERROR', e)
    print('%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
