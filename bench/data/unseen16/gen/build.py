#!/usr/bin/env python3
"""Build the gold of held-out set 16 (unseen16) from compact rows and check it against the documents.

Usage: python3 gen/build.py      (writes gold/<id>.json, prints `errors: N`)

Row helper F(indicator, kind, year, months, value, unit, vs, **kw)
  kind     a = actual, e = estimate, t = target
  months   'q1' [1,3] | 'h1' [1,6] | 'm8' [1,8] | 'q3' [1,9] | 'y' [1,12] | (a, b)
  value    number as written (Chinese numerals already converted), None for growth-only facts
  vs       value string: exact characters of value (+ unit) in the document; None for growth-only
  kw:  g    growth_pct          gs   growth string (e.g. '增长6.1%', '下降3.5%', '增长1.2倍', '持平', '-8.2')
       comp completion_pct      cs   completion string (e.g. '23.2%', table cell '68.9')
       tgt  X of 完成…X的Y% (or a table's 年度任务 cell): the target fact of X must exist
       q    qualifier           ctx  unique context string that contains vs (or gs for growth-only)
       gctx unique context that contains gs    cctx unique context that contains cs
Checks (spec_fact.md): value/growth string located exactly once (or once inside a unique context),
never inside a longer number; no two facts point at the same place; growth within 40 characters of the
value; completion arithmetic and target fact; every 完成…的Y% used; qualifiers agree both ways;
exactly 11 keys; no duplicate (indicator, kind, year, months, value); document length 3000-5000.
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
MONTHS = {'q1': [1, 3], 'h1': [1, 6], 'm8': [1, 8], 'q3': [1, 9], 'y': [1, 12]}
UNIT_BASE = {  # unit -> (factor, currency)
    '元': (1, 'CNY'), '万元': (10 ** 4, 'CNY'), '亿元': (10 ** 8, 'CNY'),
    '美元': (1, 'USD'), '万美元': (10 ** 4, 'USD'), '亿美元': (10 ** 8, 'USD'),
    '家': (1, None), '个': (1, None), '户': (1, None), '人': (1, None), '件': (1, None), '项': (1, None),
    '万人': (10 ** 4, None), '亩': (1, None), '万亩': (10 ** 4, None), '%': (None, None),
}
QUALS = ('以上', '突破', '超', '近', '左右', '约', '余')
NUMCH = set('0123456789.,')
CN = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
CNU = {'十': 10, '百': 100, '千': 1000}

ROWS = {}
errors = []


def err(doc, msg):
    errors.append('%s: %s' % (doc, msg))


def F(ind, kind, year, months, value, unit, vs, **kw):
    r = dict(ind=ind, kind=kind, year=year, months=months, value=value, unit=unit, vs=vs)
    r.update(kw)
    return r


def cn2num(s):
    total, cur = 0, 0
    for ch in s:
        if ch in CN:
            cur = CN[ch]
        elif ch in CNU:
            total += (cur or 1) * CNU[ch]
            cur = 0
        else:
            return None
    return total + cur


def num_of(s):
    """numeric value written in a value string (Arabic with separators/spaces, or Chinese numerals)."""
    m = re.search(r'-?\d[\d,]*(?:\.\d+)?', s)
    if m:
        return Decimal(m.group(0).replace(',', ''))
    m = re.match(r'[零〇一二两三四五六七八九十百千]+', s)
    if m:
        v = cn2num(m.group(0))
        return None if v is None else Decimal(v)
    return None


def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def boundary_ok(text, pos, s):
    if pos > 0 and s[0] in NUMCH | set('-') and text[pos - 1] in NUMCH:
        return False
    end = pos + len(s)
    if s[-1] in NUMCH and end < len(text) and text[end] in NUMCH:
        return False
    return True


def locate(doc, text, s, ctx, what):
    """absolute position of s (exactly once in text, or exactly once inside a context occurring once)."""
    if ctx is not None and ctx.startswith('LINE:'):
        # a table row: the unique line that starts with the given row label
        lines = [ln for ln in text.split('\n') if ln.startswith(ctx[5:])]
        if len(lines) != 1:
            err(doc, '%s row %r found %d times' % (what, ctx[5:], len(lines)))
            return None
        ctx = lines[0]
    if ctx is not None:
        c = occurrences(text, ctx)
        if len(c) != 1:
            err(doc, '%s context %r occurs %d times' % (what, ctx, len(c)))
            return None
        inner = occurrences(ctx, s)
        if len(inner) != 1:
            err(doc, '%s %r occurs %d times in context %r' % (what, s, len(inner), ctx))
            return None
        pos = c[0] + inner[0]
    else:
        o = occurrences(text, s)
        if len(o) != 1:
            err(doc, '%s %r occurs %d times (give a context)' % (what, s, len(o)))
            return None
        pos = o[0]
    if not boundary_ok(text, pos, s):
        err(doc, '%s %r lies inside a longer number' % (what, s))
        return None
    return pos


def near(doc, text, s, span, limit, what, ctx=None):
    """position of s within `limit` characters of span (closest), or inside a unique context."""
    if ctx is not None:
        pos = locate(doc, text, s, ctx, what)
        if pos is None:
            return None
        cands = [pos]
    else:
        cands = [p for p in occurrences(text, s) if boundary_ok(text, p, s)]
    best = None
    for p in cands:
        e = p + len(s)
        dist = 0 if (p < span[1] and e > span[0]) else (p - span[1] if p >= span[1] else span[0] - e)
        if dist <= limit and (best is None or dist < best[0]):
            best = (dist, p)
    if best is None:
        err(doc, '%s %r not within %d characters of the value at %d' % (what, s, limit, span[0]))
        return None
    return best[1]


def growth_of(gs):
    if gs == '持平':
        return Decimal(0)
    n = num_of(gs)
    if n is None:
        return None
    if '倍' in gs:
        n = n * 100
    if '下降' in gs or '减少' in gs:
        n = -n
    return n


def detect_quals(text, start, end, s):
    found = set()
    before = text[max(0, start - 6):start].rstrip(' \u3000\n')
    if before.endswith('突破'):
        found.add('突破')
    elif before.endswith('超'):
        found.add('超')
    elif before.endswith('近') and not before.endswith('最近'):
        found.add('近')
    elif before.endswith('约') and not before[-2:] in ('签约', '节约', '合约', '履约', '预约', '制约'):
        found.add('约')
    after = text[end:end + 6].lstrip(' \u3000\n')
    for w in ('以上', '左右'):
        if after.startswith(w) or w in s:
            found.add(w)
    if '余' in s or after.startswith('余'):
        found.add('余')
    return found


def to_json_num(d):
    if d is None:
        return None
    d = Decimal(d)
    if d == d.to_integral_value():
        return int(d)
    return float(d)


COMP_RE = re.compile(r'完成[^。；，,]{0,40}?的\s*(\d+(?:\.\d+)?)\s*%')


def build(doc, rows):
    path = os.path.join(DOCS, doc + '.txt')
    text = open(path, encoding='utf-8').read()
    n = len(text)
    if not 3000 <= n <= 5000:
        err(doc, 'document length %d outside 3000-5000' % n)
    facts, places, cplaces, keys = [], {}, {}, {}
    for i, r in enumerate(rows):
        tag = '#%d %s' % (i + 1, r['ind'])
        months = MONTHS[r['months']] if isinstance(r['months'], str) else list(r['months'])
        value, unit, vs = r['value'], r['unit'], r['vs']
        gs, g = r.get('gs'), r.get('g')
        anchor = None
        if value is not None:
            if vs is None or unit is None:
                err(doc, tag + ': value without value string or unit')
                continue
            pos = locate(doc, text, vs, r.get('ctx'), tag + ' value')
            if pos is None:
                continue
            span = (pos, pos + len(vs))
            if num_of(vs) != Decimal(str(value)):
                err(doc, '%s: value %s differs from value string %r' % (tag, value, vs))
            if unit not in vs and re.search(r'[^\d.,\- ]', vs) is not None:
                err(doc, '%s: unit %s not in value string %r' % (tag, unit, vs))
            anchor = span
        else:
            if unit is not None or vs is not None:
                err(doc, tag + ': null value needs null unit and no value string')
            if gs is None:
                err(doc, tag + ': growth-only fact without growth string')
                continue
        gspan = None
        if gs is not None:
            if value is None:
                p = locate(doc, text, gs, r.get('ctx') or r.get('gctx'), tag + ' growth')
            else:
                p = near(doc, text, gs, anchor, 40, tag + ' growth', r.get('gctx'))
            if p is None:
                continue
            gspan = (p, p + len(gs))
            if growth_of(gs) != Decimal(str(g)):
                err(doc, '%s: growth %s differs from growth string %r' % (tag, g, gs))
            if anchor is None:
                anchor = gspan
        elif g is not None:
            err(doc, tag + ': growth without growth string')
        # one place, one fact (value strings and growth strings alike)
        mine = [anchor] + ([gspan] if gspan is not None and gspan != anchor else [])
        for sp in mine:
            for (a, b), other in places.items():
                if a < sp[1] and sp[0] < b:
                    err(doc, '%s and %s point at the same place %r' % (tag, other, text[a:b]))
        for sp in mine:
            places[sp] = tag
        # completion
        comp = r.get('comp')
        if comp is not None:
            cs = r.get('cs')
            if cs is None:
                err(doc, tag + ': completion without completion string')
            else:
                p = near(doc, text, cs, anchor, 80, tag + ' completion', r.get('cctx'))
                if p is not None:
                    cplaces[p] = tag
                    if num_of(cs) != Decimal(str(comp)):
                        err(doc, '%s: completion %s differs from %r' % (tag, comp, cs))
            if r.get('tgt') is not None:
                x = Decimal(str(r['tgt']))
                y = round(Decimal(str(value)) / x * 100, 1)
                if y != Decimal(str(comp)):
                    err(doc, '%s: %s/%s*100 = %s, text says %s' % (tag, value, x, y, comp))
        # qualifiers
        s_anchor = text[anchor[0]:anchor[1]]
        found = detect_quals(text, anchor[0], anchor[1], s_anchor)
        q = r.get('q')
        if q is not None and q not in QUALS:
            err(doc, '%s: unknown qualifier %s' % (tag, q))
        if found != ({q} if q else set()):
            err(doc, '%s: qualifier %r but text shows %r' % (tag, q, sorted(found)))
        # base value
        vb, cur = None, None
        if value is not None:
            if unit not in UNIT_BASE:
                err(doc, '%s: unit %s has no base rule' % (tag, unit))
            else:
                fac, cur = UNIT_BASE[unit]
                vb = Decimal(str(value)) if fac is None else Decimal(str(value)) * fac
        fact = {
            'indicator': r['ind'],
            'kind': KIND[r['kind']],
            'year': r['year'],
            'months': months,
            'value': to_json_num(value) if value is not None else None,
            'unit': unit,
            'value_base': to_json_num(vb),
            'currency': cur,
            'growth_pct': to_json_num(g) if g is not None else None,
            'completion_pct': to_json_num(comp) if comp is not None else None,
            'qualifier': r.get('q'),
        }
        if len(fact) != 11:
            err(doc, tag + ': fact does not have 11 keys')
        key = (fact['indicator'], fact['kind'], fact['year'], tuple(months), fact['value'])
        if key in keys:
            err(doc, '%s duplicates %s %r' % (tag, keys[key], key))
        keys[key] = tag
        facts.append((r, fact))
    # target facts for 完成…X的Y%
    for r, fact in facts:
        if r.get('tgt') is not None:
            key = (fact['indicator'], 'target', fact['year'], (1, 12), to_json_num(Decimal(str(r['tgt']))))
            if key not in keys:
                err(doc, '%s: target fact %r missing' % (r['ind'], key))
    # every 完成…的Y% used
    for m in COMP_RE.finditer(text):
        p = m.start(1)
        if not any(cp <= p < cp + 8 for cp in cplaces):
            err(doc, 'completion %r at %d not used by a fact' % (m.group(0), p))
    os.makedirs(GOLD, exist_ok=True)
    with open(os.path.join(GOLD, doc + '.json'), 'w', encoding='utf-8') as fh:
        json.dump([f for _, f in facts], fh, ensure_ascii=False, indent=1)
    kinds = {}
    for _, f in facts:
        kinds[f['kind']] = kinds.get(f['kind'], 0) + 1
    print('%s: %d chars, %d facts %s' % (doc, n, len(facts), kinds))
    if not 40 <= len(facts) <= 60:
        err(doc, '%d facts outside 40-60' % len(facts))


# ---------------------------------------------------------------------------------------------
# p1  敖伦湖经济开发区（内蒙古） 2025年一季度经济运行分析 — clean text, per-园区 figures
Y = 2025
BS, HX, NT = '北山新材料园区', '河西装备制造园区', '南滩综合物流园区'
ROWS['p1'] = [
    F('地区生产总值', 'a', Y, 'q1', 86.37, '亿元', '86.37亿元', g=6.1, gs='增长6.1%'),
    F('第一产业增加值', 'a', Y, 'q1', 1.3, '亿元', '1.3亿元', ctx='第一产业增加值1.3亿元', g=0, gs='持平'),
    F('第二产业增加值', 'a', Y, 'q1', 54.12, '亿元', '54.12亿元', g=7.4, gs='增长7.4%'),
    F('服务业增加值', 'a', Y, 'q1', 30.95, '亿元', '30.95亿元', g=4.2, gs='增长4.2%'),
    F('规模以上工业总产值', 'a', Y, 'q1', 312.6, '亿元', '312.6亿元', g=9.3, gs='增长9.3%',
      comp=23.2, cs='23.2%', tgt=1350),
    F('规模以上工业总产值', 't', Y, 'y', 1350, '亿元', '1350亿元'),
    F('规模以上工业增加值', 'a', Y, 'q1', None, None, None, g=8.7, gs='增长8.7%'),
    F('规模以上工业总产值', 'a', Y, (3, 3), 118.4, '亿元', '118.4亿元', g=11.6, gs='增长11.6%'),
    F('规模以上工业总产值（%s）' % BS, 'a', Y, 'q1', 168.9, '亿元', '168.9亿元', g=12.4, gs='增长12.4%'),
    F('规模以上工业总产值（%s）' % HX, 'a', Y, 'q1', 97.3, '亿元', '97.3亿元', g=6.8, gs='增长6.8%'),
    F('规模以上工业总产值（%s）' % NT, 'a', Y, 'q1', 46.4, '亿元', '46.4亿元', g=-3.5, gs='下降3.5%'),
    F('规上工业企业', 'a', Y, 'q1', 127, '户', '一百二十七户'),
    F('净增规上工业企业', 'a', Y, 'q1', 9, '户', '9户', ctx='净增9户'),
    F('新增入规企业', 'a', Y, 'q1', 11, '户', '十一户'),
    F('固定资产投资', 'a', Y, 'q1', None, None, None, g=-4.2, gs='下降4.2%'),
    F('工业投资', 'a', Y, 'q1', None, None, None, g=5.6, gs='增长5.6%'),
    F('技改投资', 'a', Y, 'q1', None, None, None, g=18.3, gs='增长18.3%'),
    F('房地产开发投资', 'a', Y, 'q1', None, None, None, g=-21.7, gs='下降21.7%'),
    F('在建500万元以上项目', 'a', Y, 'q1', 78, '个', '78个'),
    F('新开工亿元以上项目', 'a', Y, 'q1', 14, '个', '14个'),
    F('在建500万元以上项目完成投资', 'a', Y, 'q1', 27.9, '亿元', '27.9亿元'),
    F('固定资产投资（%s）' % BS, 'a', Y, 'q1', None, None, None, g=15.2, gs='增长15.2%'),
    F('固定资产投资（%s）' % HX, 'a', Y, 'q1', None, None, None, g=-9.8, gs='下降9.8%'),
    F('固定资产投资（%s）' % NT, 'a', Y, 'q1', None, None, None, g=-27.4, gs='下降27.4%'),
    F('社会消费品零售总额', 'a', Y, 'q1', 9.86, '亿元', '9.86亿元', g=3.9, gs='增长3.9%'),
    F('外贸进出口总额', 'a', Y, 'q1', 14.52, '亿元', '14.52亿元', g=120, gs='增长1.2倍'),
    F('出口', 'a', Y, 'q1', 8.07, '亿元', '8.07亿元', g=86.5, gs='增长86.5%'),
    F('实际利用外资', 'a', Y, 'q1', 1260, '万美元', '1260万美元', g=-12.4, gs='下降12.4%'),
    F('新设外商投资企业', 'a', Y, 'q1', 3, '家', '3家', ctx='新设外商投资企业3家'),
    F('全口径税收', 'a', Y, 'q1', 7.64, '亿元', '7.64亿元', g=5.1, gs='增长5.1%'),
    F('地方一般公共预算收入', 'a', Y, 'q1', 4.73, '亿元', '4.73亿元', g=8.2, gs='增长8.2%',
      comp=27.4, cs='27.4%'),
    F('税收收入', 'a', Y, 'q1', 3.95, '亿元', '3.95亿元', g=10.6, gs='增长10.6%'),
    F('新签约项目', 'a', Y, 'q1', 23, '个', '23个', ctx='新签约项目23个'),
    F('新签约项目总投资', 'a', Y, 'q1', 96.5, '亿元', '96.5亿元'),
    F('新签约亿元以上项目', 'a', Y, 'q1', 17, '个', '十七个'),
    F('招商引资实际到位资金', 'a', Y, 'q1', 21.3, '亿元', '21.3亿元', comp=24.5, cs='24.5%'),
    F('新登记市场主体', 'a', Y, 'q1', 412, '户', '412户'),
    F('新登记企业', 'a', Y, 'q1', 168, '户', '168户'),
    F('实有市场主体', 'a', Y, 'q1', 18642, '户', '18642户'),
    F('城镇新增就业', 'a', Y, 'q1', 1385, '人', '1385人'),
    F('新开工项目（%s）' % NT, 'a', Y, 'q1', 2, '个', '2个', ctx='新开工项目仅2个'),
    F('规上工业亏损企业', 'a', Y, 'q1', 31, '户', '31户'),
    F('亏损面', 'a', Y, 'q1', 24.4, '%', '24.4%'),
    F('可用工业用地（%s）' % BS, 'a', Y, 'q1', 420, '亩', '420亩', q='约'),
    F('规模以上工业总产值', 't', Y, 'h1', 680, '亿元', '680亿元'),
    F('招商引资实际到位资金', 't', Y, 'y', 87, '亿元', '87亿元'),
    F('新开工亿元以上项目', 't', Y, 'h1', 30, '个', '30个'),
]


# ---------------------------------------------------------------------------------------------
# p2  青岚高新区（山东） 2025年上半年工作总结和下半年工作打算 — clean text, 初步预计 + targets
ROWS['p2'] = [
    # paragraph led by 经初步预计: all estimates
    F('地区生产总值', 'e', Y, 'h1', 142.8, '亿元', '142.8亿元', g=6.7, gs='增长6.7%'),
    F('服务业增加值', 'e', Y, 'h1', 51.6, '亿元', '51.6亿元', g=5.2, gs='增长5.2%'),
    F('规模以上工业总产值', 'e', Y, 'h1', 386.5, '亿元', '386.5亿元', g=9.1, gs='增长9.1%'),
    F('高新技术产业产值', 'e', Y, 'h1', 264.4, '亿元', '264.4亿元', g=11.3, gs='增长11.3%'),
    F('高新技术产业产值占规上工业总产值比重', 'e', Y, 'h1', 68.4, '%', '68.4%'),
    F('规模以上工业增加值', 'e', Y, 'h1', None, None, None, g=8.4, gs='增长8.4%'),
    F('固定资产投资', 'e', Y, 'h1', 61.3, '亿元', '61.3亿元', g=4.6, gs='增长4.6%'),
    F('工业投资', 'e', Y, 'h1', 33.7, '亿元', '33.7亿元', g=12.8, gs='增长12.8%'),
    F('地方一般公共预算收入', 'e', Y, 'h1', 10.24, '亿元', '10.24亿元', g=5.3, gs='增长5.3%',
      comp=52.6, cs='52.6%'),
    F('外贸进出口总额', 'e', Y, 'h1', 48.2, '亿元', '48.2亿元', g=-6.4, gs='下降6.4%'),
    F('实际利用外资', 'e', Y, 'h1', 4860, '万美元', '4860万美元', g=18.2, gs='增长18.2%'),
    # science and technology (actual)
    F('高新技术企业', 'a', Y, 'h1', 412, '家', '412家'),
    F('新增高新技术企业', 'a', Y, 'h1', 38, '家', '38家'),
    F('新认定省级专精特新中小企业', 'a', Y, 'h1', 26, '家', '二十六家'),
    F('入库科技型中小企业', 'a', Y, 'h1', 356, '家', '356家'),
    F('技术合同成交额', 'a', Y, 'h1', 18.7, '亿元', '18.7亿元', g=23.4, gs='增长23.4%'),
    F('新增发明专利授权', 'a', Y, 'h1', 312, '件', '312件'),
    F('新增省级以上创新平台', 'a', Y, 'h1', 9, '个', '9个', ctx='新增省级以上创新平台9个'),
    # investment promotion and projects
    F('新签约项目', 'a', Y, 'h1', 37, '个', '37个'),
    F('新签约亿元以上项目', 'a', Y, 'h1', 21, '个', '21个'),
    F('新签约10亿元以上项目', 'a', Y, 'h1', 4, '个', '4个', ctx='10亿元以上项目4个'),
    F('新签约项目总投资', 'a', Y, 'h1', 186.4, '亿元', '186.4亿元'),
    F('新签约项目（新一代信息技术产业链）', 'a', Y, 'h1', 14, '个', '14个'),
    F('新签约项目（生物医药产业链）', 'a', Y, 'h1', 9, '个', '9个', ctx='生物医药产业链新签约项目9个'),
    F('新开工项目', 'a', Y, 'h1', 29, '个', '29个'),
    F('签约项目开工率', 'a', Y, 'h1', 78.4, '%', '78.4%'),
    F('招商引资实际到位资金', 'a', Y, 'h1', 26.4, '亿元', '26.4亿元', comp=52.8, cs='52.8%', tgt=50),
    F('招商引资实际到位资金', 't', Y, 'y', 50, '亿元', '50亿元'),
    F('省市重点项目完成投资', 'a', Y, 'h1', 38.6, '亿元', '38.6亿元', comp=56.2, cs='56.2%'),
    F('新一代信息技术产业产值', 'a', Y, 'h1', 126.3, '亿元', '126.3亿元', g=15.8, gs='增长15.8%'),
    F('生物医药产业产值', 'a', Y, 'h1', 58.7, '亿元', '58.7亿元', g=9.4, gs='增长9.4%'),
    F('高端装备产业产值', 'a', Y, 'h1', 79.4, '亿元', '79.4亿元', g=-2.1, gs='下降2.1%'),
    F('新登记经营主体', 'a', Y, 'h1', 2100, '户', '2100户', q='超'),
    F('新增城镇就业', 'a', Y, 'h1', 3850, '人', '3850人'),
    # targets for the whole year
    F('地区生产总值', 't', Y, 'y', None, None, None, g=7, gs='增长7%', q='左右'),
    F('规模以上工业总产值', 't', Y, 'y', 800, '亿元', '800亿元'),
    F('规模以上工业总产值（拼搏目标）', 't', Y, 'y', 830, '亿元', '830亿元'),
    F('固定资产投资', 't', Y, 'y', None, None, None, g=6, gs='增长6%', q='以上'),
    F('地方一般公共预算收入', 't', Y, 'y', None, None, None, g=5.5, gs='增长5.5%'),
    F('新增高新技术企业', 't', Y, 'y', 60, '家', '60家', q='以上'),
    F('全社会研发经费投入强度', 't', Y, 'y', 4.3, '%', '4.3%'),
    F('新开工项目', 't', Y, 'y', 50, '个', '50个', q='以上'),
    F('新投产项目', 't', Y, 'y', 20, '个', '20个'),
    F('新签约亿元以上项目', 't', Y, 'y', 45, '个', '45个'),
    F('新增规上工业企业', 't', Y, 'y', 15, '家', '15家'),
]


# ---------------------------------------------------------------------------------------------
# p3  桂岭工业园区（广西） 1-8月招商引资和项目建设情况通报 — PDF text layer, table laid out with spaces
NE, NB, LC = '新能源电池材料产业链', '新型建材产业链', '林产品精深加工产业链'
ROWS['p3'] = [
    F('新签约项目', 'a', Y, 'm8', 58, '个', '58个', g=16, gs='增长16%'),
    F('新签约项目总投资', 'a', Y, 'm8', 264.3, '亿元', '264.3 亿元'),
    F('新签约亿元以上项目', 'a', Y, 'm8', 31, '个', '31 个', ctx='目 31 个'),
    F('新签约10亿元以上项目', 'a', Y, 'm8', 6, '个', '6 个', ctx='10 亿元以上项目 6 个'),
    F('新投产项目', 'a', Y, 'm8', 14, '个', '14 个'),
    F('招商引资实际到位资金', 'a', Y, 'm8', 41.8, '亿元', '41.8 亿元', g=9.7, gs='增长 9.7%',
      comp=61.5, cs='61.5%', tgt=68),
    F('招商引资实际到位资金', 't', Y, 'y', 68, '亿元', '68 亿元'),
    F('实际利用外资', 'a', Y, 'm8', 1268, '万美元', '1,268 万美元', g=35.2, gs='增长 35.2%',
      comp=84.5, cs='84.5%'),
    F('新签约项目', 'a', Y, (8, 8), 7, '个', '7 个', ctx='新签约项目 7 个'),
    F('招商引资实际到位资金', 'a', Y, (8, 8), 5.6, '亿元', '5.6 亿元'),
    F('新签约项目（%s）' % NE, 'a', Y, 'm8', 27, '个', '27 个'),
    F('新签约项目总投资（%s）' % NE, 'a', Y, 'm8', 151.2, '亿元', '151.2 亿元'),
    F('新签约项目（%s）' % NB, 'a', Y, 'm8', 17, '个', '17 个'),
    F('新签约项目总投资（%s）' % NB, 'a', Y, 'm8', 62.5, '亿元', '62.5 亿元'),
    F('新签约项目（%s）' % LC, 'a', Y, 'm8', 9, '个', '9 个', ctx='新签约项目 9 个'),
    F('新签约项目总投资（%s）' % LC, 'a', Y, 'm8', 33.8, '亿元', '33.8 亿元'),
]
# table 1: unit, 新签约项目（个）, 签约总投资（亿元）, 实际到位资金（亿元）, 年度任务（亿元）, 完成率（%）
for unit, n, inv, paid, task, rate in (
        ('招商一分局', '14', '72.5', '12.4', '18', '68.9'),
        ('招商二分局', '11', '46.8', '7.3', '14', '52.1'),
        ('招商三分局', '6', '18.2', '3.1', '10', '31.0'),
        ('新能源产业专班', '16', '87.4', '11.6', '14', '82.9'),
        ('新材料产业专班', '11', '39.4', '7.4', '12', '61.7')):
    row = 'LINE:' + unit
    ROWS['p3'] += [
        F('新签约项目（%s）' % unit, 'a', Y, 'm8', int(n), '个', n, ctx=row),
        F('新签约项目总投资（%s）' % unit, 'a', Y, 'm8', float(inv), '亿元', inv, ctx=row),
        F('招商引资实际到位资金（%s）' % unit, 'a', Y, 'm8', float(paid), '亿元', paid, ctx=row,
          comp=float(rate), cs=rate, cctx=row, tgt=int(task)),
        F('招商引资实际到位资金（%s）' % unit, 't', Y, 'y', int(task), '亿元', task, ctx=row),
    ]
ROWS['p3'] += [
    F('重点项目完成投资', 'a', Y, 'm8', 46.7, '亿元', '46.7 亿元', comp=64.9, cs='64.9%', tgt=72),
    F('重点项目完成投资', 't', Y, 'y', 72, '亿元', '72 亿元'),
    F('工业投资', 'a', Y, 'm8', 38.2, '亿元', '38.2 亿元', g=14.6, gs='14.6%'),
    F('新开工项目', 't', Y, 'y', 40, '个', '40 个'),
    F('新开工项目', 'a', Y, 'm8', 31, '个', '31 个', ctx='已开工 31 个'),
    F('开工率', 'a', Y, 'm8', 77.5, '%', '77.5%'),
    F('竣工项目', 't', Y, 'y', 18, '个', '18 个'),
    F('竣工项目', 'a', Y, 'm8', 9, '个', '9 个', ctx='已竣工 9 个'),
    F('供应工业用地', 'a', Y, 'm8', 1860, '亩', '1,860 亩'),
    F('盘活闲置土地', 'a', Y, 'm8', 400, '亩', '400 亩', q='近'),
    F('签约项目履约率', 'a', Y, 'm8', 62.1, '%', '62.1%'),
    F('招商引资实际到位资金', 't', Y, (1, 9), 50, '亿元', '50 亿元', q='以上'),
]


# ---------------------------------------------------------------------------------------------
# p4  松岚经济技术开发区（辽宁） 管委会工作报告（节选）, January 2026 — PDF text layer, five-year review,
#     2026 主要预期目标 in two tiers (预期目标 / 拼搏目标)
L, N = 2025, 2026
ROWS['p4'] = [
    F('地区生产总值', 'a', L, 'y', 1086.4, '亿元', '1,086.4 亿元', g=5.8, gs='增长 5.8%'),
    F('规模以上工业总产值', 'a', L, 'y', 2315.7, '亿元', '2,315.7 亿元', g=7.2, gs='增长 7.2%'),
    F('规模以上工业增加值', 'a', L, 'y', None, None, None, g=7.9, gs='7.9%'),
    F('固定资产投资', 'a', L, 'y', 412.6, '亿元', '412.6 亿元', g=3.5, gs='增长 3.5%'),
    F('工业投资', 'a', L, 'y', 238.4, '亿元', '238.4 亿元', g=11.2, gs='增长 11.2%'),
    F('地方一般公共预算收入', 'a', L, 'y', 86.42, '亿元', '86.42 亿元', g=4.1, gs='增长 4.1%',
      comp=102.9, cs='102.9%', tgt=84),
    F('地方一般公共预算收入', 't', L, 'y', 84, '亿元', '84 亿元'),
    F('税收收入', 'a', L, 'y', 71.35, '亿元', '71.35 亿元', g=6.3, gs='增长 6.3%'),
    F('社会消费品零售总额', 'a', L, 'y', 96.8, '亿元', '96.8 亿元', g=5.2, gs='增长 5.2%'),
    F('外贸进出口总额', 'a', L, 'y', 318.5, '亿元', '318.5 亿元', g=9.6, gs='9.6%'),
    F('出口', 'a', L, 'y', 201.7, '亿元', '201.7 亿元', g=14.3, gs='增长 14.3%'),
    F('实际利用外资', 'a', L, 'y', 3.26, '亿美元', '3.26 亿美元', g=12.1, gs='增长 12.1%'),
    # five-year review: stocks at year end 2020 and 2025, 2020 level of FDI (年均增长 rates are not facts)
    F('高新技术企业', 'a', 2020, 'y', 96, '家', '96 家'),
    F('高新技术企业', 'a', L, 'y', 268, '家', '268 家'),
    F('规上工业企业', 'a', 2020, 'y', 214, '户', '214 户'),
    F('规上工业企业', 'a', L, 'y', 297, '户', '297 户'),
    F('实际利用外资', 'a', 2020, 'y', 1.48, '亿美元', '1.48 亿美元'),
    # 2025 work review
    F('新能源汽车零部件产业产值', 'a', L, 'y', 612, '亿元', '612 亿元'),
    F('精细化工产业产值', 'a', L, 'y', 548, '亿元', '548 亿元'),
    F('智能装备产业产值', 'a', L, 'y', 387, '亿元', '387 亿元'),
    F('新增规上工业企业', 'a', L, 'y', 23, '户', '23 户'),
    F('新认定高新技术企业', 'a', L, 'y', 47, '家', '47 家'),
    F('高新技术产业增加值占规上工业增加值比重', 'a', L, 'y', 43.7, '%', '43.7%'),
    F('研发经费投入强度', 'a', L, 'y', 2.9, '%', '2.9%', ctx='强度达到 2.9%'),
    F('智能化改造和数字化转型项目', 'a', L, 'y', 86, '个', '86 个', ctx='项目 86 个'),
    F('省级智能工厂和数字化车间', 'a', L, 'y', 12, '个', '12 个', ctx='车间 12 个'),
    F('在建亿元以上项目', 'a', L, 'y', 186, '个', '186 个'),
    F('在建亿元以上项目完成投资', 'a', L, 'y', 296.5, '亿元', '296.5 亿元'),
    F('新签约亿元以上项目', 'a', L, 'y', 64, '个', '64 个'),
    F('新签约10亿元以上项目', 'a', L, 'y', 12, '个', '12 个', ctx='项目 12 个'),
    F('新签约亿元以上项目总投资', 'a', L, 'y', 735, '亿元', '735 亿元'),
    F('招商引资实际到位资金', 'a', L, 'y', 212.6, '亿元', '212.6 亿元', g=10.4, gs='增长 10.4%'),
    F('标准地出让工业用地', 'a', L, 'y', 2460, '亩', '2,460 亩'),
    F('新增城镇就业', 'a', L, 'y', 1.12, '万人', '1.12 万人'),
    # 2026 targets: lower tier plain name, higher tier （拼搏目标）
    F('地区生产总值', 't', N, 'y', None, None, None, g=6, gs='增长 6%', ctx='产总值增长 6%'),
    F('地区生产总值（拼搏目标）', 't', N, 'y', None, None, None, g=7, gs='7%', ctx='拼搏目标 7%'),
    F('规模以上工业增加值', 't', N, 'y', None, None, None, g=8, gs='增长 8%', ctx='工业增加值增长 8%'),
    F('规模以上工业增加值（拼搏目标）', 't', N, 'y', None, None, None, g=10, gs='10%', ctx='标 10%'),
    F('固定资产投资', 't', N, 'y', None, None, None, g=5, gs='5%', ctx='固定资产投资增长 5%'),
    F('固定资产投资（拼搏目标）', 't', N, 'y', None, None, None, g=8, gs='8%', ctx='拼搏目标 8%'),
    F('地方一般公共预算收入', 't', N, 'y', 90.2, '亿元', '90.2 亿元'),
    F('地方一般公共预算收入（拼搏目标）', 't', N, 'y', 92, '亿元', '92 亿元'),
    F('实际利用外资', 't', N, 'y', 3.5, '亿美元', '3.5 亿美元'),
    F('实际利用外资（拼搏目标）', 't', N, 'y', 4, '亿美元', '4 亿美元'),
    F('外贸进出口总额', 't', N, 'y', None, None, None, g=8, gs='增长 8%', ctx='口总额增长 8%'),
    F('社会消费品零售总额', 't', N, 'y', None, None, None, g=6, gs='6%', ctx='长 6% 左右', q='左右'),
    F('新增规上工业企业', 't', N, 'y', 25, '户', '25 户'),
    F('高新技术企业', 't', N, 'y', 300, '家', '300 家', q='突破'),
    F('新签约亿元以上项目', 't', N, 'y', 70, '个', '70 个', q='以上'),
    F('新开工亿元以上项目', 't', N, 'y', 50, '个', '50 个'),
]


# ---------------------------------------------------------------------------------------------
# p5  榕溪街道（福建） 2025年前三季度经济运行情况 — clean text, tab-separated table of 社区/园区
ROWS['p5'] = [
    F('规模以上工业总产值', 'a', Y, 'q3', 48.36, '亿元', '48.36亿元', g=3.2, gs='增长3.2%',
      comp=74.4, cs='74.4%', tgt=65),
    F('规模以上工业总产值', 't', Y, 'y', 65, '亿元', '65亿元'),
    F('规模以上工业增加值', 'a', Y, 'q3', None, None, None, g=4.1, gs='增长4.1%'),
    F('规模以上工业总产值', 'a', Y, (9, 9), 5.84, '亿元', '5.84亿元', g=-1.6, gs='下降1.6%'),
    F('规上工业企业', 'a', Y, 'q3', 37, '户', '37户'),
    F('产值超亿元企业', 'a', Y, 'q3', 14, '户', '14户'),
    F('限额以上批发和零售业销售额', 'a', Y, 'q3', 21.7, '亿元', '21.7亿元', g=8.6, gs='增长8.6%'),
    F('限额以上住宿和餐饮业营业额', 'a', Y, 'q3', 1.38, '亿元', '1.38亿元', g=12.3, gs='增长12.3%'),
    F('限额以上消费品零售额', 'a', Y, 'q3', 3.85, '亿元', '3.85亿元', g=4.4, gs='增长4.4%'),
    F('规上服务业营业收入', 'a', Y, 'q3', 9.42, '亿元', '9.42亿元', g=6.9, gs='增长6.9%'),
    F('房地产开发投资', 'a', Y, 'q3', 4.15, '亿元', '4.15亿元', g=-18.9, gs='下降18.9%'),
    F('工业投资', 'a', Y, 'q3', 0.96, '亿元', '0.96亿元', g=27.5, gs='增长27.5%'),
    F('新开工项目', 'a', Y, 'q3', 6, '个', '6个', ctx='新开工项目6个'),
    F('地方一般公共预算收入', 'a', Y, 'q3', 4862, '万元', '4862万元', g=6.8, gs='增长6.8%',
      comp=71.3, cs='71.3%'),
    F('新引进项目', 'a', Y, 'q3', 18, '个', '18个'),
    F('新引进项目总投资', 'a', Y, 'q3', 9.6, '亿元', '9.6亿元'),
    F('新引进亿元以上项目', 'a', Y, 'q3', 3, '个', '3个', ctx='亿元以上项目3个'),
    F('招商引资实际到位资金', 'a', Y, 'q3', 3.27, '亿元', '3.27亿元', comp=72.7, cs='72.7%', tgt=4.5),
    F('招商引资实际到位资金', 't', Y, 'y', 4.5, '亿元', '4.5亿元'),
    F('新增入库四上企业', 'a', Y, 'q3', 11, '家', '十一家'),
    F('新增城镇就业', 'a', Y, 'q3', 1200, '人', '1200余人', q='余'),
]
# table 1: unit, 税收总额（万元）, 同比增长（%）, 固定资产投资（万元）, 同比增长（%）, 新增市场主体（户）
for unit, tax, tg, inv, ig, ent in (
        ('榕溪社区', '2416', '5.3', '8420', '-15.3', '186'),
        ('东岭社区', '3187', '-2.4', '12650', '-21.4', '143'),
        ('茶亭社区', '1352', '11.8', '3180', '6.7', '97'),
        ('江滨社区', '968', '0.0', '2760', '12.5', '75'),
        ('海峡创意园', '5873', '17.6', '41190', '-9.6', '312'),
        ('合计', '13796', '8.9', '68200', '-12.7', '813')):
    row = 'LINE:' + unit
    sfx = '' if unit == '合计' else '（%s）' % unit   # the table's 合计 row is the street's own figure
    ROWS['p5'] += [
        F('全口径税收' + sfx, 'a', Y, 'q3', int(tax), '万元', tax, ctx=row,
          g=float(tg), gs=tg, gctx=tax + '\t' + tg),
        F('固定资产投资' + sfx, 'a', Y, 'q3', int(inv), '万元', inv, ctx=row,
          g=float(ig), gs=ig, gctx=inv + '\t' + ig),
        F('新增市场主体' + sfx, 'a', Y, 'q3', int(ent), '户', ent, ctx=row),
    ]
ROWS['p5'] += [
    F('在库500万元以上项目', 'a', Y, 'q3', 11, '个', '11个'),
    F('地方一般公共预算收入', 't', Y, 'y', 6820, '万元', '6820万元'),
    F('新增入库四上企业', 't', Y, 'y', 15, '家', '15家'),
]


def main():
    only = sys.argv[1:] or sorted(ROWS)
    for doc in only:
        build(doc, ROWS[doc])
    for e in errors:
        print('ERROR', e)
    print('errors: %d' % len(errors))


if __name__ == '__main__':
    main()
