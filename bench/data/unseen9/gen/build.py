#!/usr/bin/env python3
"""Build gold/x1..x5.json for bench/data/unseen9 from the compact tables below and check them
against docs/x*.txt. Standard library only. Prints `errors: 0` and exits 0 when consistent.

Row format:  R(indicator, kind, year, months, lit, g=None, c=None, unit=None, ctx=None)
  kind   a=actual, e=estimate, t=target
  lit    the value as written in the document incl. unit and qualifier ("突破1.8万户", "420余亩",
         "二十三家", "45个以上"); None for growth-only facts. For table cells lit is the bare number
         and unit= gives the unit from the column header.
  g      the growth wording as written near the value ("同比下降4.2%", "增长1.4倍", "-2.7" in tables)
  c      the completion wording "完成…X的Y%" as written; or (text, X_lit, Y) for 分别 lists
  ctx    a string that occurs once in the document and contains lit (and g) exactly once
"""
import json, os, re, sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.dirname(HERE)
Y, Q1, H1, Q3, M10 = (1, 12), (1, 3), (1, 6), (1, 9), (1, 10)
KIND = {'a': 'actual', 'e': 'estimate', 't': 'target'}
UNITS = {'亿元': (Decimal(10**8), 'CNY'), '万元': (Decimal(10**4), 'CNY'), '元': (Decimal(1), 'CNY'),
         '亿美元': (Decimal(10**8), 'USD'), '万美元': (Decimal(10**4), 'USD'),
         '万户': (Decimal(10**4), None), '万人': (Decimal(10**4), None), '万亩': (Decimal(10**4), None),
         '%': (Decimal(1), None)}
for u in '家 个 户 人 项 件 名 亩'.split():
    UNITS[u] = (Decimal(1), None)
CN = {'零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
CNU = {'十': 10, '百': 100, '千': 1000}
CNCH = ''.join(CN) + ''.join(CNU)


def cn2num(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        else:
            total += (cur or 1) * CNU[ch]
            cur = 0
    return total + cur


class R:
    def __init__(self, ind, kind, year, months, lit=None, g=None, c=None, unit=None, ctx=None):
        self.ind, self.kind, self.year, self.months = ind, KIND[kind], year, list(months)
        self.lit, self.g, self.c, self.unit, self.ctx = lit, g, c, unit, ctx


def parse_lit(lit, unit=None):
    """-> (value_str, Decimal value, unit, qualifier)"""
    m = re.fullmatch(r'(突破|超|近|约)?(-?[\d.]+|[%s]+)(余)?(.*?)(以上|左右)?' % CNCH, lit)
    if not m:
        raise ValueError('cannot parse ' + lit)
    pre, num, yu, u, post = m.groups()
    q = pre or yu or post
    u = u or unit
    if re.fullmatch(r'-?[\d.]+', num):
        v = Decimal(num)
    else:
        v = Decimal(cn2num(num))
        num = str(v)
    return num, v, u, q


def parse_growth(g):
    m = re.findall(r'-?\d+(?:\.\d+)?|[%s]+' % CNCH, g)
    num = m[-1]
    v = Decimal(num) if num[0] in '-0123456789' else Decimal(cn2num(num))
    if '倍' in g:
        v *= 100
    if '下降' in g or '减少' in g:
        v = -v
    return v


def num_json(d):
    d = Decimal(d)
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def occurrences(hay, lit):
    pat = re.escape(lit)
    if lit[0] in '-0123456789':
        pat = r'(?<![\d.])' + pat
    elif lit[0] in CNCH:
        pat = r'(?<![%s])' % CNCH + pat
    if lit[-1] in '0123456789':
        pat = pat + r'(?!\d|\.\d)'
    return [m.start() for m in re.finditer(pat, hay)]


# ---------------------------------------------------------------- x1 河北 滦泉经开区 2019年工作报告
X1 = [
    # 初步预计 paragraph: 2018 estimates
    R('地区生产总值', 'e', 2018, Y, '186.4亿元', '同比增长7.6%'),
    R('服务业增加值', 'e', 2018, Y, '61.3亿元', '增长8.2%'),
    R('社会消费品零售总额', 'e', 2018, Y, '38.2亿元', '增长8.9%'),
    R('城镇常住居民人均可支配收入', 'e', 2018, Y, '36820元', '增长8.3%'),
    # 2018 actuals
    R('规模以上工业总产值', 'a', 2018, Y, '412.8亿元', '比上年增长9.3%'),
    R('规模以上工业增加值', 'a', 2018, Y, None, '增长8.1%', ctx='规上工业增加值增长8.1%'),
    R('固定资产投资', 'a', 2018, Y, '163.5亿元', '增长6.8%'),
    R('工业投资', 'a', 2018, Y, '98.2亿元', '增长11.4%'),
    R('技改投资', 'a', 2018, Y, '42.6亿元', '增幅达18.7%'),
    R('地方一般公共预算收入', 'a', 2018, Y, '14.35亿元', '同比增长10.2%', c='完成年初预算13.6亿元的105.5%'),
    R('地方一般公共预算收入', 't', 2018, Y, '13.6亿元'),
    R('全口径税收', 'a', 2018, Y, '27.9亿元', '增长12.6%'),
    R('进出口总额', 'a', 2018, Y, '8.74亿美元', '增长15.3%'),
    R('出口总额', 'a', 2018, Y, '5.12亿美元', '增长9.8%'),
    R('实际利用外资', 'a', 2018, Y, '6860万美元', '同比下降4.2%'),
    R('亿元以上项目', 'a', 2018, Y, '86个'),
    R('亿元以上项目投资', 'a', 2018, Y, '121.3亿元'),
    R('新开工亿元以上项目', 'a', 2018, Y, '41个'),
    R('竣工投产亿元以上项目', 'a', 2018, Y, '29个'),
    R('土地征收', 'a', 2018, Y, '1860亩'),
    R('清理闲置低效用地', 'a', 2018, Y, '420余亩'),
    R('新签约项目', 'a', 2018, Y, '64个'),
    R('签约总额', 'a', 2018, Y, '318.5亿元'),
    R('引进500强企业项目', 'a', 2018, Y, '7个'),
    R('招商引资实际到位资金', 'a', 2018, Y, '97.6亿元', '增长13.2%', c='完成市定目标90亿元的108.4%'),
    R('招商引资实际到位资金', 't', 2018, Y, '90亿元'),
    R('跨境电商交易额', 'a', 2018, Y, '2.6亿元', '增长1.4倍'),
    R('新认定高新技术企业', 'a', 2018, Y, '28家'),
    R('高新技术企业', 'a', 2018, Y, '136家'),
    R('科技型中小企业', 'a', 2018, Y, '312家'),
    R('新增省级以上研发平台', 'a', 2018, Y, '9个'),
    R('研发经费投入强度', 'a', 2018, Y, '2.9%'),
    R('规上工业企业', 'a', 2018, Y, '214家'),
    R('新增规上工业企业', 'a', 2018, Y, '二十三家'),
    R('主营业务收入过10亿元企业', 'a', 2018, Y, '12家'),
    R('新增市场主体', 'a', 2018, Y, '2860户', '增长16.4%'),
    R('市场主体总量', 'a', 2018, Y, '突破1.8万户'),
    R('城镇新增就业', 'a', 2018, Y, '4120人'),
    R('关停取缔“散乱污”企业', 'a', 2018, Y, '37家'),
    R('造林绿化', 'a', 2018, Y, '3200亩'),
    # 2019 targets (预期 / 拼搏)
    R('地区生产总值', 't', 2019, Y, None, '预期增长7%'),
    R('地区生产总值（拼搏目标）', 't', 2019, Y, None, '拼搏增长7.5%'),
    R('规模以上工业总产值', 't', 2019, Y, '450亿元', '9%'),
    R('规模以上工业总产值（拼搏目标）', 't', 2019, Y, '465亿元', '12.6%',
      ctx='拼搏达到465亿元，分别增长9%和12.6%'),
    R('固定资产投资', 't', 2019, Y, None, '增长8%'),
    R('地方一般公共预算收入', 't', 2019, Y, '15.6亿元', '增长8.7%'),
    R('招商引资实际到位资金', 't', 2019, Y, '105亿元'),
    R('实际利用外资', 't', 2019, Y, '7200万美元'),
    R('进出口总额', 't', 2019, Y, None, '增长6%'),
    R('亿元以上项目', 't', 2019, Y, '90个'),
    R('亿元以上项目投资', 't', 2019, Y, '130亿元'),
    R('新开工亿元以上项目', 't', 2019, Y, '45个以上'),
    R('新签约亿元以上项目', 't', 2019, Y, '50个以上'),
    R('引进500强企业项目', 't', 2019, Y, '8个'),
    R('新认定高新技术企业', 't', 2019, Y, '30家'),
    R('新增规上工业企业', 't', 2019, Y, '20家以上'),
    R('研发经费投入强度', 't', 2019, Y, '3%'),
    R('新增市场主体', 't', 2019, Y, '3000户以上'),
    R('城镇新增就业', 't', 2019, Y, '4500人'),
    R('造林绿化', 't', 2019, Y, '3500亩'),
]

# ---------------------------------------------------------------- x2 江西 章江新区 2023年1-10月经济运行通报
OCT = (10, 10)
X2 = [
    R('规模以上工业增加值', 'a', 2023, M10, None, '同比增长7.4%'),
    R('规模以上工业增加值', 'a', 2023, OCT, None, '增长8.9%', ctx='其中10月当月增长8.9%'),
    R('规模以上工业总产值', 'a', 2023, M10, '526.3亿元', '增长9.1%', c='完成年计划620亿元的84.9%'),
    R('规模以上工业总产值', 't', 2023, Y, '620亿元'),
    R('规模以上工业总产值', 'a', 2023, OCT, '58.6亿元', '增长10.3%'),
    R('三大主导产业产值', 'a', 2023, M10, '381.5亿元', '增长12.7%'),
    R('电子信息产业产值', 'a', 2023, M10, '196.2亿元', '增长15.3%'),
    R('新能源产业产值', 'a', 2023, M10, '118.7亿元', '增长9.8%'),
    R('生物医药产业产值', 'a', 2023, M10, '66.6亿元', '增长10.2%'),
    R('产值过亿元企业', 'a', 2023, M10, '97家'),
    R('工业用电量', 'a', 2023, M10, None, '同比增长6.8%'),
    R('固定资产投资', 'a', 2023, M10, None, '增速为6.2%'),
    R('工业投资', 'a', 2023, M10, None, '增长14.5%'),
    R('基础设施投资', 'a', 2023, M10, None, '下降3.8%'),
    R('房地产开发投资', 'a', 2023, M10, None, '减少12.6%'),
    R('在库5000万元以上项目', 'a', 2023, M10, '218个'),
    R('新入库项目', 'a', 2023, M10, '67个'),
    R('亿元以上项目投资', 'a', 2023, M10, '141.6亿元', '增长8.4%'),
    R('社会消费品零售总额', 'a', 2023, M10, '142.7亿元', '增长7.8%'),
    R('限上单位商品零售额', 'a', 2023, M10, '68.9亿元', '增长10.5%'),
    R('汽车类零售额', 'a', 2023, M10, None, '下降6.3%'),
    R('石油及制品类零售额', 'a', 2023, M10, None, '增长4.1%'),
    R('规上服务业企业营业收入', 'a', 2023, M10, '86.4亿元', '增长12.9%'),
    R('软件和信息技术服务业营业收入', 'a', 2023, M10, None, '增长21.6%'),
    R('进出口总额', 'a', 2023, M10, '21.36亿元', '增长11.2%'),
    R('出口总额', 'a', 2023, M10, '15.08亿元', '增长13.4%'),
    R('实际利用外资', 'a', 2023, M10, '3296万美元', c='完成年计划4000万美元的82.4%'),
    R('实际利用外资', 't', 2023, Y, '4000万美元'),
    R('地方一般公共预算收入', 'a', 2023, M10, '18.64亿元', '同比增长6.9%', c='完成年初预算21.5亿元的86.7%'),
    R('地方一般公共预算收入', 't', 2023, Y, '21.5亿元'),
    R('税收收入', 'a', 2023, M10, '14.92亿元', '增长8.3%'),
    R('金融机构本外币存款余额', 'a', 2023, M10, '1286.4亿元', '比年初增长8.6%'),
    R('贷款余额', 'a', 2023, M10, '1043.7亿元', '比年初增长11.3%'),
    R('新登记市场主体', 'a', 2023, M10, '4162户', '同比增长9.6%'),
    R('市场主体总量', 'a', 2023, M10, '3.42万户'),
    R('规上工业企业', 'a', 2023, M10, '186家'),
    R('新增规上工业企业', 'a', 2023, M10, '17家'),
    R('限上商贸企业', 'a', 2023, M10, '231家'),
    R('有资质的建筑业企业', 'a', 2023, M10, '48家'),
    R('规上服务业企业', 'a', 2023, M10, '92家'),
    R('城镇新增就业', 'a', 2023, M10, '3856人', c='完成年计划4200人的91.8%'),
    R('城镇新增就业', 't', 2023, Y, '4200人'),
    R('停产半停产规上工业企业', 'a', 2023, M10, '11家'),
    R('规模以上工业总产值', 't', 2023, Y, None, '增长9%'),
    R('固定资产投资', 't', 2023, Y, None, '增长7%'),
    R('社会消费品零售总额', 't', 2023, Y, None, '增长8%'),
    R('规模以上工业总产值', 'e', 2023, Y, '630亿元左右'),
    R('社会消费品零售总额', 'e', 2023, Y, '突破170亿元'),
]
# table 1: unit, 规上总产值, 增速, 固投增速, 社零, 增速, 一般公共预算收入, 增速, 排名(distractor)
T2 = [('章江高新技术产业园', '268.4', '11.6', '18.3', '12.8', '5.1', '6.82', '9.4', '1'),
      ('临港物流园', '61.2', '4.3', '-5.6', '9.6', '6.6', '1.95', '-3.1', '4'),
      ('东湖街道', '88.5', '9.7', '7.2', '52.3', '8.7', '3.36', '7.7', '2'),
      ('西津街道', '64.9', '6.2', '3.9', '41.4', '8.2', '2.48', '5.3', '3'),
      ('白鹭街道', '43.3', '-2.7', '-8.4', '26.6', '7.9', '1.57', '2.2', '5')]
for row in T2:
    u, line = row[0], '\t'.join(row)
    X2 += [R('规模以上工业总产值（%s）' % u, 'a', 2023, M10, row[1], row[2], unit='亿元', ctx=line),
           R('固定资产投资（%s）' % u, 'a', 2023, M10, None, row[3], ctx=line),
           R('社会消费品零售总额（%s）' % u, 'a', 2023, M10, row[4], row[5], unit='亿元', ctx=line),
           R('地方一般公共预算收入（%s）' % u, 'a', 2023, M10, row[6], row[7], unit='亿元', ctx=line)]

# ---------------------------------------------------------------- x3 广西 鹭洲经开区 2021年前三季度重点项目通报
X3 = [
    R('重点项目', 'a', 2021, Y, '126个', ctx='三级重点项目126个'),
    R('重点项目总投资', 'a', 2021, Y, '1168.5亿元'),
    R('重点项目投资', 't', 2021, Y, '215.6亿元', ctx='年度计划投资215.6亿元，其中'),
    R('亿元以上项目', 'a', 2021, Y, '98个'),
    R('10亿元以上项目', 'a', 2021, Y, '27个'),
    R('重点项目投资', 'a', 2021, Q3, '178.3亿元', '同比增长12.4%', c='完成年度计划投资215.6亿元的82.7%',
      ctx='重点项目累计完成投资178.3亿元，同比增长12.4%，完成年度计划投资215.6亿元的82.7%'),
    R('重点项目投资', 'a', 2021, Q1, '48.2亿元'),
    R('重点项目投资', 'a', 2021, H1, '109.6亿元'),
    R('固定资产投资', 'a', 2021, Q3, None, '增长10.8%'),
    R('工业投资', 'a', 2021, Q3, None, '增长21.3%'),
    R('开工项目', 'a', 2021, Q3, '108个'),
    R('开工率', 'a', 2021, Q3, '85.7%'),
    R('续建项目', 'a', 2021, Q3, '77个'),
    R('新开工项目', 'a', 2021, Q3, '31个'),
    R('新开工项目', 't', 2021, Y, '38个'),
    R('新开工率', 'a', 2021, Q3, '81.6%'),
    R('新开工项目投资', 'a', 2021, Q3, '39.4亿元'),
    R('集中开工项目', 'a', 2021, Q3, '24个'),
    R('集中开工项目总投资', 'a', 2021, Q3, '86.7亿元'),
    R('竣工项目', 'a', 2021, Q3, '19个'),
    R('竣工投产项目', 'a', 2021, Q3, '14个'),
    R('新增产值', 'a', 2021, Q3, '38.6亿元'),
    R('新增规上工业企业', 'a', 2021, Q3, '九家'),
    R('新增就业', 'a', 2021, Q3, '2300余人'),
    R('产业项目投资', 'a', 2021, Q3, '112.6亿元', '增长18.7%', c='完成年度计划投资131.2亿元的85.8%'),
    R('产业项目投资', 't', 2021, Y, '131.2亿元'),
    R('工业项目投资', 'a', 2021, Q3, '96.8亿元', '增长24.1%'),
    R('基础设施项目投资', 'a', 2021, Q3, '46.2亿元', '下降3.5%', c='完成年度计划投资58.3亿元的79.2%'),
    R('基础设施项目投资', 't', 2021, Y, '58.3亿元'),
    R('社会民生项目投资', 'a', 2021, Q3, '19.5亿元', '增长6.1%', c='完成年度计划投资26.1亿元的74.7%'),
    R('社会民生项目投资', 't', 2021, Y, '26.1亿元'),
    R('自治区层面统筹推进项目投资', 'a', 2021, Q3, '41.7亿元'),
    R('市级重点项目投资', 'a', 2021, Q3, '68.4亿元'),
    R('区级重点项目投资', 'a', 2021, Q3, '68.2亿元'),
    R('供应工业用地', 'a', 2021, Q3, '2160亩', '增长25.6%'),
    R('盘活批而未供土地', 'a', 2021, Q3, '约850亩'),
    R('地方政府专项债券资金', 'a', 2021, Q3, '18.6亿元'),
    R('新增项目授信', 'a', 2021, Q3, '42.3亿元'),
    R('储备重大项目', 'a', 2021, Q3, '213个'),
    R('储备重大项目总投资', 'a', 2021, Q3, '2056亿元'),
    R('重点项目投资', 'e', 2021, Y, '220亿元左右'),
    R('竣工投产项目', 'e', 2021, Y, '25个'),
    R('重点项目投资', 't', 2021, Y, '突破225亿元'),
    R('竣工投产项目', 't', 2021, Y, '28个'),
]
for park, act, plan, pct in [('临港产业园', '76.5', '92.4', '82.8'), ('智能制造产业园', '54.9', '63.0', '87.1'),
                             ('商贸物流园', '28.6', '38.7', '73.9'), ('滨江新城片区', '18.3', '21.5', '85.1')]:
    X3 += [R('重点项目投资（%s）' % park, 'a', 2021, Q3, act + '亿元', c='完成年度计划%s亿元的%s%%' % (plan, pct)),
           R('重点项目投资（%s）' % park, 't', 2021, Y, plan + '亿元')]

# ---------------------------------------------------------------- x4 云南 曲澜经开区 产业链链长制工作方案
AL, PV, BIO, AGR = '绿色铝产业链', '光伏新材料产业链', '生物医药产业链', '农产品精深加工产业链'
X4 = [
    R('规模以上工业总产值', 'a', 2023, Y, '486.2亿元', '同比增长10.7%'),
    R('工业投资', 'a', 2023, Y, None, '增长23.5%'),
    R('规模以上工业总产值（%s）' % AL, 'a', 2023, Y, '176.4亿元', '增长14.2%'),
    R('规上工业企业（%s）' % AL, 'a', 2023, Y, '38家'),
    R('铝水就地转化率（%s）' % AL, 'a', 2023, Y, '72.6%'),
    R('规模以上工业总产值（%s）' % PV, 'a', 2023, Y, '121.8亿元', '增长1.6倍'),
    R('规上工业企业（%s）' % PV, 'a', 2023, Y, '27家'),
    R('规模以上工业总产值（%s）' % BIO, 'a', 2023, Y, '58.3亿元', '增长9.4%'),
    R('规上工业企业（%s）' % BIO, 'a', 2023, Y, '46家'),
    R('规模以上工业总产值（%s）' % AGR, 'a', 2023, Y, '42.1亿元', '下降2.3%'),
    R('规上工业企业（%s）' % AGR, 'a', 2023, Y, '45家'),
    R('高新技术企业', 'a', 2023, Y, '68家'),
    R('研发经费投入强度', 'a', 2023, Y, '1.8%'),
    R('新签约项目', 'a', 2023, Y, '41个'),
    R('招商引资实际到位资金', 'a', 2023, Y, '86.3亿元', '增长15.8%'),
    R('规模以上工业总产值', 'a', 2024, Q1, '118.4亿元', '同比增长8.6%'),
    R('规模以上工业总产值（%s）' % AL, 'a', 2024, Q1, '46.9亿元', '增长12.1%'),
    R('规模以上工业总产值（%s）' % PV, 'a', 2024, Q1, '27.5亿元', '同比下降6.4%'),
    R('规模以上工业总产值', 't', 2025, Y, '突破650亿元'),
    R('高新技术企业', 't', 2025, Y, '100家'),
    R('规模以上工业总产值', 't', 2027, Y, '900亿元'),
    R('规上工业企业', 't', 2027, Y, '380家'),
    R('产值超百亿元企业', 't', 2027, Y, '三家'),
    R('高新技术企业', 't', 2027, Y, '150家'),
    R('研发经费投入强度', 't', 2027, Y, '2.5%'),
    R('规模以上工业总产值（%s）' % AL, 't', 2024, Y, '突破200亿元'),
    R('铝水就地转化率（%s）' % AL, 't', 2025, Y, '85%', ctx='铝水就地转化率达到85%'),
    R('铝水就地转化率（%s）' % AL, 't', 2027, Y, '95%以上'),
    R('引进铝精深加工项目（%s）' % AL, 't', 2027, Y, '20个'),
    R('规上工业企业（%s）' % PV, 't', 2025, Y, '33家'),
    R('高新技术企业（%s）' % PV, 't', 2027, Y, '30家'),
    R('规模以上工业总产值（%s）' % BIO, 't', 2024, Y, None, '增长15%'),
    R('新增药品注册批件（%s）' % BIO, 't', 2027, Y, '15个'),
    R('省级以上创新平台（%s）' % BIO, 't', 2027, Y, '8个'),
    R('高原特色农产品原料基地（%s）' % AGR, 't', 2027, Y, '12万亩'),
    R('农产品加工转化率（%s）' % AGR, 't', 2027, Y, '70%'),
    R('规模以上工业总产值', 'e', 2024, Y, '540亿元'),
    R('新签约亿元以上产业链项目', 't', 2024, Y, '30个'),
    R('招商引资实际到位资金', 't', 2024, Y, None, '增长12%'),
]
T4 = [(AL, '管委会主任', '230', '300', '52', '3'),
      (PV, '管委会常务副主任', '200', '280', '40', '2'),
      (BIO, '管委会副主任（分管工业）', '85', '120', '65', '2'),
      (AGR, '管委会副主任（分管农业）', '55', '75', '60', '1')]
for row in T4:
    ch, line = row[0], '\t'.join(row)
    X4 += [R('规模以上工业总产值（%s）' % ch, 't', 2025, Y, row[2], unit='亿元', ctx=line),
           R('规模以上工业总产值（%s）' % ch, 't', 2027, Y, row[3], unit='亿元', ctx=line),
           R('规上工业企业（%s）' % ch, 't', 2027, Y, row[4], unit='家', ctx=line),
           R('链主企业（%s）' % ch, 't', 2027, Y, row[5], unit='家', ctx=line)]

# ---------------------------------------------------------------- x5 甘肃 陇泉经开区 2026年上半年招商引资通报
JUN = (6, 6)
X5 = [
    R('新签约项目', 'a', 2026, H1, '57个'),
    R('签约额', 'a', 2026, H1, '246.8亿元', '同比增长18.3%'),
    R('新签约亿元以上项目', 'a', 2026, H1, '39个'),
    R('新签约超10亿元项目', 'a', 2026, H1, '8个'),
    R('新签约制造业项目', 'a', 2026, H1, '46个'),
    R('引进500强企业投资项目', 'a', 2026, H1, '5个', ctx='引进500强企业投资项目5个'),
    R('新签约外资项目', 'a', 2026, H1, '6个', ctx='新签约外资项目6个'),
    R('合同外资', 'a', 2026, H1, '5200万美元'),
    R('签约补链延链项目', 'a', 2026, H1, '23个'),
    R('新签约项目', 'a', 2026, Q1, '21个'),
    R('新签约项目', 'a', 2026, JUN, '13个', ctx='6月当月新签约项目13个'),
    R('签约额', 'a', 2026, JUN, '62.4亿元'),
    R('招商引资实际到位资金', 'a', 2026, H1, '68.45亿元', '同比增长9.7%', c='完成年度目标任务140亿元的48.9%'),
    R('招商引资实际到位资金', 't', 2026, Y, '140亿元', ctx='完成年度目标任务140亿元的48.9%'),
    R('省外境内到位资金', 'a', 2026, H1, '67.12亿元', '增长8.9%'),
    R('实际利用外资', 'a', 2026, H1, '1860万美元', '增长1.2倍'),
    R('制造业项目到位资金', 'a', 2026, H1, '49.3亿元', '增长14.6%'),
    R('招商引资实际到位资金', 'a', 2026, Q1, '31.26亿元'),
    R('新开工招商引资项目', 'a', 2026, H1, '32个'),
    R('新签约项目开工率', 'a', 2026, H1, '56.1%'),
    R('新投产招商引资项目', 'a', 2026, H1, '14个'),
    R('新增产值', 'a', 2026, H1, '21.6亿元'),
    R('在谈项目', 'a', 2026, H1, '近90个'),
    R('亿元以上在谈项目', 'a', 2026, H1, '超60个'),
    R('签约未开工项目', 'a', 2026, H1, '25个'),
    R('招商引资实际到位资金', 'e', 2026, Q3, '105亿元'),
    R('新签约项目', 'e', 2026, Q3, '85个'),
    R('签约额', 't', 2026, Y, '突破500亿元'),
    R('新签约亿元以上项目', 't', 2026, Y, '80个以上'),
    R('实际利用外资', 't', 2026, Y, '4000万美元'),
    R('新开工招商引资项目', 't', 2026, Y, '70个'),
]
for unit, n, amt in [('新材料产业园', '18个', '96.3亿元'), ('装备制造产业园', '15个', '71.4亿元'),
                     ('现代物流园', '13个', '38.5亿元'), ('文旅康养片区', '11个', '40.6亿元'),
                     ('驻京津冀招商分局', '6个', '32.5亿元'), ('驻粤港澳招商分局', '5个', '27.9亿元'),
                     ('驻长三角招商分局', '2个', '1.6亿元')]:
    ctx = '%s新签约项目%s，签约额%s' % (unit, n, amt)
    X5 += [R('新签约项目（%s）' % unit, 'a', 2026, H1, n, ctx=ctx),
           R('签约额（%s）' % unit, 'a', 2026, H1, amt, ctx=ctx)]
C5 = '分别完成年度目标任务45亿元、40亿元、32亿元、23亿元的54.1%、49.7%、43.7%、44.4%'
for unit, act, plan, pct in [('新材料产业园', '24.36亿元', '45亿元', '54.1'), ('装备制造产业园', '19.88亿元', '40亿元', '49.7'),
                             ('现代物流园', '13.99亿元', '32亿元', '43.7'), ('文旅康养片区', '10.22亿元', '23亿元', '44.4')]:
    X5 += [R('招商引资实际到位资金（%s）' % unit, 'a', 2026, H1, act, c=(C5, plan, pct), ctx='分别完成实际到位资金24.36亿元、19.88亿元、13.99亿元、10.22亿元，' + C5),
           R('招商引资实际到位资金（%s）' % unit, 't', 2026, Y, plan, ctx=C5)]

DOCS = {'x1': X1, 'x2': X2, 'x3': X3, 'x4': X4, 'x5': X5}
KEYS = ['indicator', 'kind', 'year', 'months', 'value', 'unit', 'value_base', 'currency', 'growth_pct',
        'completion_pct', 'qualifier']


def build(name, rows, doc, errs):
    out, seen = [], set()

    def err(r, msg):
        errs.append('%s %s %s %s: %s' % (name, r.ind, r.year, r.lit or r.g, msg))

    for r in rows:
        fact = dict.fromkeys(KEYS)
        fact.update(indicator=r.ind, kind=r.kind, year=r.year, months=r.months)
        # locate the value (or growth-only wording)
        hay, off = doc, 0
        if r.ctx:
            occ = [m.start() for m in re.finditer(re.escape(r.ctx), doc)]
            if len(occ) != 1:
                err(r, 'context occurs %d times' % len(occ)); continue
            hay, off = r.ctx, occ[0]
        probe = r.lit if r.lit else r.g
        pos = occurrences(hay, probe)
        if len(pos) != 1:
            err(r, '%r occurs %d times %s' % (probe, len(pos), 'in context' if r.ctx else 'in doc')); continue
        p = off + pos[0]
        if r.lit:
            vs, v, unit, q = parse_lit(r.lit, r.unit)
            if unit not in UNITS:
                err(r, 'unknown unit %r' % unit); continue
            mult, cur = UNITS[unit]
            fact.update(value=num_json(v), unit=unit, value_base=num_json(v * mult), currency=cur, qualifier=q)
            before, after = doc[max(0, p - 2):p], doc[p + len(r.lit):p + len(r.lit) + 2]
            if (not q and (before[-1:] in ('超', '近', '约') or before == '突破' or after in ('以上', '左右'))
                    and not r.unit):
                err(r, 'qualifier next to value not captured: %r %r' % (before, after))
            if r.g:
                win = doc[max(0, p - 40): p + len(r.lit) + 90]
                if not occurrences(win, r.g) and not (r.ctx and occurrences(r.ctx, r.g)):
                    err(r, 'growth %r not near value' % r.g)
        if r.g:
            fact['growth_pct'] = num_json(parse_growth(r.g))
        if r.c:
            ctext, xlit, y = (r.c if isinstance(r.c, tuple) else
                              (r.c,) + re.fullmatch(r'完成.*?([\d.]+[^\d.的]+)的([\d.]+)%', r.c).groups())
            if not ctext.startswith('分别完成') and not ctext.startswith('完成'):
                err(r, 'completion wording must start with 完成')
            win = doc[max(0, p - 10): p + len(r.lit) + 160]
            if ctext not in win and not (r.ctx and ctext in r.ctx):
                err(r, 'completion %r not near value' % ctext)
            k = ctext.index('的')
            if not occurrences(ctext[:k], xlit):
                err(r, 'target %r not between 完成 and 的' % xlit)
            if not occurrences(ctext[k:], y + '%'):
                err(r, 'completion %s%% not after 的' % y)
            _, xv, xu, _ = parse_lit(xlit)
            xbase = xv * UNITS[xu][0]
            ratio = v * mult / xbase * 100
            if round(float(ratio), 1) != float(y) or ratio.quantize(Decimal('0.1'), ROUND_HALF_UP) != Decimal(y):
                err(r, 'completion %s != %s' % (y, ratio))
            if not any(t.ind == r.ind and t.kind == 'target' and t.year == r.year and t.lit
                       and parse_lit(t.lit, t.unit)[1] * UNITS[parse_lit(t.lit, t.unit)[2]][0] == xbase for t in rows):
                err(r, 'no separate target fact for %s' % xlit)
            fact['completion_pct'] = num_json(Decimal(y))
        if not r.lit and not r.g:
            err(r, 'fact without value and growth')
        key = (r.ind, r.kind, r.year, tuple(r.months), fact['value'])
        if key in seen:
            err(r, 'duplicate key %r' % (key,))
        seen.add(key)
        if list(fact) != KEYS:
            err(r, 'keys')
        out.append(fact)
    return out


def main():
    errs = []
    total = 0
    for name, rows in DOCS.items():
        doc = open(os.path.join(BASE, 'docs', name + '.txt'), encoding='utf-8').read()
        if not 2000 <= len(doc) <= 3500:
            errs.append('%s: length %d outside 2000-3500' % (name, len(doc)))
        facts = build(name, rows, doc, errs)
        os.makedirs(os.path.join(BASE, 'gold'), exist_ok=True)
        with open(os.path.join(BASE, 'gold', name + '.json'), 'w', encoding='utf-8') as f:
            f.write('[\n' + ',\n'.join(' ' + json.dumps(x, ensure_ascii=False) for x in facts) + '\n]\n')
        kinds = {k: sum(1 for x in facts if x['kind'] == k) for k in ('actual', 'estimate', 'target')}
        total += len(facts)
        print('%s: %d chars, %d facts %s, growth-only %d, with completion %d' % (
            name, len(doc), len(facts), kinds, sum(1 for x in facts if x['value'] is None),
            sum(1 for x in facts if x['completion_pct'] is not None)))
    for e in errs:
        print('ERROR', e)
    print('total facts:', total)
    print('errors:', len(errs))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
