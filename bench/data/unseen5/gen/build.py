#!/usr/bin/env python3
"""Build gold/y1..y5.json from the compact tables below and check them against docs/.

Row format (| separated, trailing fields may be omitted):
    indicator | kind | value | unit | growth | completion | qualifier | year | months
  kind:   a = actual, e = estimate, t = target
  value:  as written; "11=十一" / "6=６" gives value=11 with surface form 十一 (Chinese / full-width)
  growth: "7.8" = 增长7.8% ; "-2.4" = 下降2.4% (or written -2.4%) ; "1.4倍" = 增长1.4倍 -> 140
  year / months default to the last "@ year m1-m2" line; "1-12" etc. override per row.

Usage: python3 build.py [-v]
  -v  list every Arabic-digit number in each document that no gold fact accounts for
      (value, growth or completion string), with context, to confirm each is a distractor.
"""
import json
import os
import re
import sys
from collections import Counter
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

UNITS = {  # unit -> (multiplier, currency)
    '亿元': (Decimal(10) ** 8, 'CNY'), '万元': (Decimal(10) ** 4, 'CNY'), '元': (Decimal(1), 'CNY'),
    '亿美元': (Decimal(10) ** 8, 'USD'), '万美元': (Decimal(10) ** 4, 'USD'),
    '%': (Decimal(1), None),
    '家': (Decimal(1), None), '个': (Decimal(1), None), '件': (Decimal(1), None), '所': (Decimal(1), None),
    '户': (Decimal(1), None), '名': (Decimal(1), None), '人': (Decimal(1), None), '亩': (Decimal(1), None),
    '万人': (Decimal(10) ** 4, None), '万户': (Decimal(10) ** 4, None),
}
KINDS = {'a': 'actual', 'e': 'estimate', 't': 'target'}

TABLES = {
'y1': """
# 浙江 临澜经济技术开发区 月度经济运行通报 2023年1-10月
@ 2023 1-10
规模以上工业总产值|a|1186.4|亿元|7.8|83.5
规模以上工业总产值|t|1420|亿元||||2023|1-12
规模以上工业增加值|a|||8.6
新增规上工业企业|a|27|家||77.1
新增规上工业企业|t|35|家||||2023|1-12
新能源汽车及零部件产业产值|a|412.6|亿元|15.2
高端装备产业产值|a|268.3|亿元|6.1
新材料产业产值|a|197.5|亿元|-2.4
高新技术产业增加值占规上工业增加值比重|a|67.4|%
固定资产投资|a|286.7|亿元|11.4|86.9
固定资产投资|t|330|亿元||||2023|1-12
工业投资|a|142.3|亿元|18.6
技改投资|a|61.8|亿元|22.3
房地产开发投资|a|||-9.7
在建亿元以上项目|a|163|个
10亿元以上项目|a|21|个
社会消费品零售总额|a|96.4|亿元|7.2
限额以上批发零售业销售额|a|412.8|亿元|4.5
限额以上住宿和餐饮业营业额|a|7.9|亿元|13.4
财政总收入|a|138.2|亿元|-2.7
一般公共预算收入|a|79.6|亿元|3.8|85.2
税收收入|a|66.3|亿元|1.9
进出口总额|a|512.6|亿元|-4.3
出口|a|368.9|亿元|-1.6
实际利用外资|a|2.86|亿美元|12.7|95.3
招商引资实际到位资金|a|186.5|亿元|9.3
新增国家科技型中小企业|a|186|家
数字经济核心产业制造业增加值|a|||14.8
规模以上工业总产值（东湖片区）|a|452.3|亿元|10.6
规模以上工业总产值（高桥片区）|a|318.7|亿元|8.2
规模以上工业总产值（滨江新城）|a|226.5|亿元|6.9
规模以上工业总产值（石岭街道）|a|84.7|亿元|1.2
规模以上工业总产值（青禾街道）|a|104.2|亿元|-3.5
固定资产投资（高桥片区）|a|92.4|亿元|21.3
固定资产投资（东湖片区）|a|81.6|亿元|9.8
固定资产投资（滨江新城）|a|63.2|亿元|14.5
固定资产投资（青禾街道）|a|21.6|亿元|2.7
固定资产投资（石岭街道）|a|27.9|亿元|-6.2
一般公共预算收入（东湖片区）|a|25.3|亿元|6.4
一般公共预算收入（高桥片区）|a|19.8|亿元|4.1
@ 2023 1-12
规模以上工业总产值|t|1400|亿元|||突破
固定资产投资|t|||10||以上
新入库项目|t|15|个|||不少于
""",
'y2': """
# 江苏 泽阳高新区（新港区） 政府工作报告（节选） 2019年1月：回顾2018、目标2019
@ 2018 1-12
地区生产总值|e|862.5|亿元|7.6
一般公共预算收入|a|71.34|亿元|9.2
税收收入|a|59.86|亿元|12.4
规模以上工业增加值|a|||8.1
固定资产投资|a|596|亿元|6.8
工业投资|a|328|亿元|12.6
社会消费品零售总额|a|214.7|亿元|9.5
进出口总额|a|103.6|亿美元|11.3
出口|a|61.2|亿美元
实际利用外资|a|6.05|亿美元|3.4
规模以上工业总产值|a|2316|亿元|10.3
生物医药产业产值|a|416|亿元
集成电路产业产值|a|287|亿元
智能制造装备产业产值|a|359|亿元
战略性新兴产业产值占规上工业产值比重|a|52.8|%
新增境内外上市企业|a|3=三|家
境内外上市企业|a|17|家
全社会研发投入占地区生产总值比重|a|3.12|%
高新技术企业|a|386|家
净增高新技术企业|a|97|家
发明专利授权量|a|1326|件|28.4
新建省级以上研发机构|a|24|家
兑现扶持资金|a|3.6|亿元
新签约亿元以上项目|a|118|个
协议投资额|a|1200|亿元|||超
10亿元以上项目|a|32|个
新开工亿元以上项目|a|76|个
竣工亿元以上项目|a|41|个
民生支出|a|45.2|亿元
城镇新增就业|a|2.36|万人
城镇居民人均可支配收入|a|52860|元|8.6
农村居民人均可支配收入|a|26410|元|8.9
新建改扩建学校|a|6|所
新增学位|a|8400|个
@ 2019 1-12
地区生产总值|t|||7||左右
规模以上工业增加值|t|||7.5
一般公共预算收入|t|||6||以上
固定资产投资|t|||6
社会消费品零售总额|t|||9
实际利用外资|t|6.2|亿美元
高新技术企业|t|450|家|||突破
全社会研发投入占地区生产总值比重|t|3.2|%
城镇新增就业|t|2.2|万人
重大产业项目|t|156|个
重大产业项目投资|t|412|亿元
新开工亿元以上项目|t|80|个|||以上
竣工投产项目|t|50|个
新认定高新技术企业|t|100|家
规模以上工业总产值|t|2550|亿元
生物医药产业产值|t|500|亿元|||突破
新建改扩建学校|t|5|所
新增学位|t|6000|个
""",
'y3': """
# 四川 青岷经济开发区 招商引资和重点项目上半年报告 2021年
@ 2021 1-6
新签约项目|a|47|个||58.8
新签约项目|t|80|个||||2021|1-12
签约金额|a|386.2|亿元||64.4
签约金额|t|600|亿元||||2021|1-12
亿元以上签约项目|a|31|个
50亿元以上重大项目|a|3|个
世界500强及行业龙头企业投资项目|a|6=６|个
新签约项目（电子信息产业）|a|18|个
新签约项目（装备制造产业）|a|14|个
新签约项目（食品饮料产业）|a|9|个
签约金额（电子信息产业）|a|168.4|亿元
签约金额（装备制造产业）|a|121.7|亿元
签约金额（食品饮料产业）|a|52.3|亿元
招商引资实际到位资金|a|128.6|亿元|23.5|55.9
招商引资实际到位资金|t|230|亿元||||2021|1-12
省外境内资金实际到位|a|113.2|亿元|21.8
实际利用外资|a|2180|万美元|1.4倍
省市重点项目投资|a|91.3|亿元||57.8
省市重点项目投资|t|158|亿元||||2021|1-12
省重点项目投资|a|32.6|亿元||61.2
新开工项目|a|28|个
新开工项目总投资|a|196.4|亿元
新开工亿元以上项目|a|22|个
签约项目开工率|a|42.6|%
竣工投产项目|a|17|个
竣工投产项目总投资|a|63.8|亿元
新投产项目产值|a|21.4|亿元
在建项目|a|103|个
规模以上工业总产值|a|412.7|亿元|13.6
固定资产投资|a|||16.2
工业投资|a|||24.7
电子信息产业产值|a|186.3|亿元|21.4
装备制造产业产值|a|97.6|亿元|8.7
食品饮料产业产值|a|||-2.1
入驻企业|a|1126|家
规上工业企业|a|187|家
高新技术企业|a|64|家
新供应工业用地|a|1860|亩
盘活闲置土地|a|426|亩
签约未开工项目|a|27|个
用地指标缺口|a|800|亩|||约
@ 2021 1-12
新签约项目|t|85|个|||以上
签约金额|t|650|亿元|||突破
招商引资实际到位资金|t|240|亿元|||超过
新开工项目|t|55|个
竣工投产项目|t|35|个
省市重点项目投资|t|170|亿元|||以上
""",
'y4': """
# 广东 榕溪街道 2024年工作总结及2025年工作计划
@ 2024 1-11
规模以上工业总产值|a|376.8|亿元|7.4
固定资产投资|a|52.1|亿元|13.0
社会消费品零售总额|a|61.4|亿元|4.9
高新技术企业产值占规上工业总产值比重|a|71.6|%
@ 2024 1-12
地区生产总值|e|186.5|亿元|5.3
规模以上工业总产值|e|412.6|亿元|7.1
规模以上工业增加值|e|||6.8
固定资产投资|e|58.3|亿元|12.4
工业投资|e|31.7|亿元|26.5
社会消费品零售总额|e|67.2|亿元|4.6
税收总额|e|28.9|亿元|3.2
进出口总额|e|96.4|亿元|-5.8
出口|e|71.3|亿元|2.1
新增市场主体|e|3900|户|||近
市场主体|e|4.12|万户
电子信息产业产值|e|198.6|亿元
智能家电产业产值|e|104.3|亿元
新材料产业产值|e|56.8|亿元
规上服务业营业收入|e|58.4|亿元|9.6
新引进亿元以上产业项目|a|12|个
新引进亿元以上产业项目总投资|a|86.5|亿元
新增规上工业企业|a|15|家
规上工业企业|a|208|家
新认定高新技术企业|a|23|家
高新技术企业|a|167|家
新增省级专精特新中小企业|a|11=十一|家
争取各级扶持资金|a|4260|万元
土地整备|a|412|亩
盘活低效工业用地|a|286|亩
老旧小区改造|a|9|个
民生支出|a|1.86|亿元
新增就业岗位|a|2650|个
新增高层次人才|a|126|名
新建社区长者饭堂|a|3|个
公办幼儿园扩容提质|a|2|所
可供工业用地|a|150|亩|||约
@ 2025 1-12
地区生产总值|t|||5||左右
规模以上工业总产值|t|450|亿元|||突破
固定资产投资|t|||10||以上
社会消费品零售总额|t|||5
税收总额|t|30|亿元|||突破
新引进亿元以上产业项目|t|10|个|||以上
新增规上工业企业|t|12|家
新认定高新技术企业|t|20|家
土地整备|t|500|亩
新增就业岗位|t|2500|个
""",
'y5': """
# 河南 汝湾产业集聚区 2017年前三季度经济运行分析
@ 2017 1-9
规模以上工业总产值|a|486.3|亿元|14.6
规模以上工业增加值|a|||11.8
主营业务收入|a|472.8|亿元|15.3
利润总额|a|28.6|亿元|1.2倍
规模以上工业总产值|a|142.7|亿元|11.4|||2017|1-3
规模以上工业总产值|a|311.5|亿元|13.1|||2017|1-6
规模以上工业总产值|a|498.2|亿元||||2015|1-12
规模以上工业总产值|a|572.6|亿元||||2016|1-12
装备制造产业产值|a|203.4|亿元|19.2
食品加工产业产值|a|116.8|亿元|12.7
新型建材产业产值|a|68.5|亿元|-4.6
高新技术产业增加值占规上工业增加值比重|a|38.7|%
固定资产投资|a|198.6|亿元|16.8
工业投资|a|142.4|亿元|21.3
技改投资|a|39.6|亿元|1.6倍
基础设施投资|a|||-12.4
固定资产投资|a|51.2|亿元|9.7|||2017|1-3
固定资产投资|a|124.8|亿元|13.5|||2017|1-6
固定资产投资|a|201.3|亿元||||2015|1-12
固定资产投资|a|236.7|亿元||||2016|1-12
新开工亿元以上项目|a|26|个
竣工投产项目|a|19|个
在建5000万元以上项目|a|87|个
一般公共预算收入|a|9.86|亿元|8.4|78.2
税收收入|a|8.12|亿元|10.6
增值税|a|3.34|亿元|36.5
一般公共预算收入|a|||-3.1|||2017|1-3
一般公共预算收入|a|||4.2|||2017|1-6
进出口总额|a|4.62|亿美元|2.3倍
出口|a|3.87|亿美元|2.6倍
实际利用外资|a|1.26|亿美元|-6.7
招商引资实际到位资金|a|86.4|亿元|9.1|78.5
招商引资实际到位资金|t|110|亿元||||2017|1-12
规上工业企业|a|168|家
净增规上工业企业|a|14|家
亏损企业|a|12|家
亏损面|a|7.1|%
规模以上服务业营业收入|a|21.7|亿元|18.3
在建10亿元以上项目|a|4|个
@ 2017 1-12
规模以上工业总产值|e|655|亿元|14||左右
固定资产投资|e|270|亿元|14.1
一般公共预算收入|e|12.5|亿元|||突破
规模以上工业增加值|t|||12||以上
新开工亿元以上项目|t|35|个
""",
}

NUM_RE = re.compile(r'[0-9０-９]+(?:[.．][0-9０-９]+)?')
FW = str.maketrans('０１２３４５６７８９．', '0123456789.')


def num(d):
    return int(d) if d == d.to_integral_value() else float(d)


def tokens(text):
    """Arabic-digit number tokens (half- or full-width) with their spans."""
    return [(m.group(), m.start(), m.end()) for m in NUM_RE.finditer(text)]


def parse(name, table):
    rows, year, months = [], None, None
    for ln, line in enumerate(table.strip().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('@'):
            _, y, m = line.split()
            year, months = int(y), [int(x) for x in m.split('-')]
            continue
        f = line.split('|') + [''] * 9
        ind, k, val, unit, gr, comp, qual, y, m = [x.strip() for x in f[:9]]
        rows.append(dict(ind=ind, k=k, val=val, unit=unit, gr=gr, comp=comp, qual=qual,
                         year=int(y) if y else year,
                         months=[int(x) for x in m.split('-')] if m else list(months), line=line))
    return rows


def near(text, surface, follow, qual, window=6):
    """True if `surface` (as a whole number token followed by `follow`) occurs with `qual` nearby."""
    for m in re.finditer(r'(?<![0-9０-９.．])' + re.escape(surface) + re.escape(follow), text):
        if qual is None:
            return True
        ctx = text[max(0, m.start() - window - len(qual)):m.end() + window + len(qual)]
        if qual in ctx:
            return True
    return False


def build(name, verbose):
    errors, warnings = [], []
    text = open(os.path.join(ROOT, 'docs', name + '.txt'), encoding='utf-8').read()
    rows = parse(name, TABLES[name])
    facts, claims = [], []
    for r in rows:
        e = lambda msg: errors.append(f'{name}: {msg}  [{r["line"]}]')
        if r['k'] not in KINDS:
            e('bad kind')
        mo = r['months']
        if len(mo) != 2 or not (1 <= mo[0] <= mo[1] <= 12) or mo[0] != 1:
            e('bad months')
        if not (2015 <= r['year'] <= 2026):
            e('bad year')
        value = value_base = currency = unit = None
        if r['val']:
            vs, _, surface = r['val'].partition('=')
            surface = surface or vs
            dv = Decimal(vs)
            if r['unit'] not in UNITS:
                e('unknown unit ' + r['unit'])
                continue
            mult, currency = UNITS[r['unit']]
            unit = r['unit']
            value, value_base = num(dv), num(dv * mult)
            if not near(text, surface, unit, None):
                e(f'value "{surface}{unit}" not in document')
            if NUM_RE.fullmatch(surface):
                claims.append((surface, unit))
            if r['qual'] and not near(text, surface, unit, r['qual']):
                # qualifier may sit on the growth instead (e.g. 增长7%左右)
                if not (r['gr'] and near(text, r['gr'].lstrip('-'), '%', r['qual'])):
                    e(f'qualifier "{r["qual"]}" not next to value')
        elif r['unit']:
            e('unit without value')
        growth = None
        if r['gr']:
            g = r['gr']
            if g.endswith('倍'):
                s = g[:-1]
                growth = num(Decimal(s) * 100)
                if not near(text, s, '倍', None):
                    e(f'growth "{g}" not in document')
            else:
                s = g.lstrip('-')
                growth = num(Decimal(g))
                if not near(text, s, '%', None):
                    e(f'growth "{s}%" not in document')
                if g.startswith('-'):
                    ok = False
                    for m in re.finditer(r'(?<![0-9.])' + re.escape(s) + '%', text):
                        before = text[max(0, m.start() - 30):m.start()]
                        if re.search(r'下降|减少|-$', before):
                            ok = True
                    if not ok:
                        warnings.append(f'{name}: negative growth without 下降 nearby [{r["line"]}]')
            claims.append((s, '倍' if g.endswith('倍') else '%'))
            if r['qual'] and not r['val'] and not near(text, s, '%', r['qual']):
                e(f'qualifier "{r["qual"]}" not next to growth')
        comp = None
        if r['comp']:
            comp = num(Decimal(r['comp']))
            if not near(text, r['comp'], '%', None):
                e(f'completion "{r["comp"]}%" not in document')
            claims.append((r['comp'], '%'))
        if value is None and growth is None:
            e('fact without value or growth')
        if not r['qual']:  # a qualifier in the text that the row does not carry?
            for surface, follow in ([(r['val'].partition('=')[2] or r['val'], r['unit'])] if r['val'] else []) + \
                    ([(r['gr'].lstrip('-').rstrip('倍'), '倍' if r['gr'].endswith('倍') else '%')] if r['gr'] else []):
                hits = list(re.finditer(r'(?<![0-9０-９.．])' + re.escape(surface) + re.escape(follow), text))
                if hits and all(re.search(r'(约|近|超|突破|逾|不少于)$', text[max(0, m.start() - 3):m.start()])
                                or re.match(r'(以上|左右|以内)', text[m.end():m.end() + 2]) for m in hits):
                    warnings.append(f'{name}: qualifier in text but not in row [{r["line"]}]')
        facts.append({
            'indicator': r['ind'], 'kind': KINDS.get(r['k']), 'year': r['year'], 'months': mo,
            'value': value, 'unit': unit, 'value_base': value_base, 'currency': currency,
            'growth_pct': growth, 'completion_pct': comp, 'qualifier': r['qual'] or None,
        })
    # completion arithmetic against a target fact of the same indicator/unit, if present
    for f in facts:
        if f['completion_pct'] is None or f['value'] is None:
            continue
        tg = [t for t in facts if t['kind'] == 'target' and t['indicator'] == f['indicator']
              and t['unit'] == f['unit'] and t['months'] == [1, 12] and t['qualifier'] is None
              and t['value'] is not None and t['year'] == f['year']]
        if tg:
            pct = Decimal(str(f['value'])) / Decimal(str(tg[0]['value'])) * 100
            if abs(pct - Decimal(str(f['completion_pct']))) > Decimal('0.06'):
                warnings.append(f'{name}: {f["indicator"]} completion {f["completion_pct"]} vs computed {pct:.2f}')
    # duplicates
    keys = Counter(json.dumps([f['indicator'], f['kind'], f['year'], f['months'], f['value'], f['growth_pct']],
                              ensure_ascii=False) for f in facts)
    for k, c in keys.items():
        if c > 1:
            errors.append(f'{name}: duplicate fact {k}')
    for f in facts:
        assert len(f) == 11
    # accounting of Arabic-digit numbers: each fact field claims the first unclaimed
    # occurrence of "<number><unit|%|倍>" in the document (position-aware)
    claimed = set()
    for surface, follow in claims:
        for m in re.finditer(r'(?<![0-9０-９.．])' + re.escape(surface) + re.escape(follow), text):
            if m.start() not in claimed:
                claimed.add(m.start())
                break
        else:
            warnings.append(f'{name}: "{surface}{follow}" claimed by more fact fields than it occurs')
    unacc = []
    for t, a, b in tokens(text):
        if a not in claimed:
            unacc.append((t, text[max(0, a - 14):a].replace('\n', ' '), text[b:b + 14].replace('\n', ' ')))
    return text, facts, errors, warnings, unacc


def main():
    verbose = '-v' in sys.argv
    total_err, total = 0, Counter()
    os.makedirs(os.path.join(ROOT, 'gold'), exist_ok=True)
    for name in sorted(TABLES):
        text, facts, errors, warnings, unacc = build(name, verbose)
        with open(os.path.join(ROOT, 'gold', name + '.json'), 'w', encoding='utf-8') as fh:
            json.dump({'source': name + '.txt', 'facts': facts}, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        kinds = Counter(f['kind'] for f in facts)
        total.update(kinds)
        print(f'{name}: {len(text)} chars, {len(facts)} facts '
              f'(actual {kinds["actual"]}, estimate {kinds["estimate"]}, target {kinds["target"]}), '
              f'{len(errors)} errors, {len(warnings)} warnings, {len(unacc)} unaccounted numbers')
        for m in errors:
            print('  ERROR', m)
        for m in warnings:
            print('  warn ', m)
        if verbose:
            for t, pre, post in unacc:
                print(f'    {t:>8}   …{pre}[{t}]{post}…')
        total_err += len(errors)
    print(f'TOTAL {sum(total.values())} facts {dict(total)}; {total_err} errors')
    return 1 if total_err else 0


if __name__ == '__main__':
    sys.exit(main())
