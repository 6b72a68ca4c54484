#!/usr/bin/env python3
"""Build gold/x1..x4.json from the compact tables below and check them against docs/.

Row format:
  (indicator, kind, year, months, value_as_written, unit, growth, completion, qualifier)
  kind: A=actual, E=estimate, T=target
  value_as_written: the string exactly as in the text (may be Chinese numerals or
      full-width digits) or None
  growth: "14.7" / "-2.4" (下降) / "1.3倍" (增长N倍) / None
  completion: "93.5" / None
Run:  python3 build.py          (writes gold/*.json, prints check report)
"""
import json
import os
import re
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A, E, T = "actual", "estimate", "target"
M3, M6, M9, M11, M12 = [1, 3], [1, 6], [1, 9], [1, 11], [1, 12]

UNITS = {
    "亿元": (Decimal(10) ** 8, "CNY"),
    "万元": (Decimal(10) ** 4, "CNY"),
    "元": (Decimal(1), "CNY"),
    "亿美元": (Decimal(10) ** 8, "USD"),
    "万美元": (Decimal(10) ** 4, "USD"),
    "个": (Decimal(1), None),
    "家": (Decimal(1), None),
    "项": (Decimal(1), None),
    "户": (Decimal(1), None),
    "亩": (Decimal(1), None),
    "%": (Decimal(1), None),
}
QUALS = {"以上", "突破", "超", "近", "左右", "约", None}
CN = {"十八": 18, "十一": 11, "三": 3, "二十一": 21}
FW = str.maketrans("０１２３４５６７８９．", "0123456789.")

X1 = [
    # 1-11月 actuals
    ("规模以上工业总产值", A, 2021, M11, "386.4", "亿元", "14.7", None, None),
    ("规模以上工业增加值", A, 2021, M11, None, None, "11.2", None, None),
    ("固定资产投资", A, 2021, M11, "97.8", "亿元", "9.6", None, None),
    ("工业投资", A, 2021, M11, "61.5", "亿元", "15.3", None, None),
    ("一般公共预算收入", A, 2021, M11, "12.36", "亿元", "8.1", "93.5", None),
    ("税收收入", A, 2021, M11, "10.12", "亿元", "-2.4", None, None),
    ("实际利用外资", A, 2021, M11, "8650", "万美元", "1.3倍", None, None),
    ("外贸进出口总额", A, 2021, M11, "46.2", "亿元", "6.8", None, None),
    ("出口", A, 2021, M11, "32.8", "亿元", "21.5", None, None),
    ("新增市场主体", A, 2021, M11, "1268", "户", None, None, None),
    # 初步预计 paragraph
    ("规模以上工业总产值", E, 2021, M12, "420", "亿元", "14", None, "左右"),
    ("固定资产投资", E, 2021, M12, "108", "亿元", "10", None, "突破"),
    ("一般公共预算收入", E, 2021, M12, "13.2", "亿元", None, "100", None),
    ("招商引资实际到位资金", E, 2021, M12, "165", "亿元", None, "110", None),
    ("招商引资实际到位资金", T, 2021, M12, "150", "亿元", None, None, None),
    # 招商 (全年)
    ("新签约项目", A, 2021, M12, "46", "项", None, None, None),
    ("合同引资额", A, 2021, M12, "280", "亿元", None, None, "超"),
    ("亿元以上项目", A, 2021, M12, "28", "个", None, None, None),
    ("10亿元以上项目", A, 2021, M12, "6", "个", None, None, None),
    ("新开工500万元以上项目", A, 2021, M12, "37", "个", None, None, None),
    ("新竣工投产项目", A, 2021, M12, "19", "个", None, None, None),
    # 产业 1-11月
    ("电子信息产业产值", A, 2021, M11, "158.7", "亿元", "22.4", None, None),
    ("新能源产业产值", A, 2021, M11, "96.3", "亿元", "31.6", None, None),
    ("生物医药产业产值", A, 2021, M11, "41.2", "亿元", "-5.3", None, None),
    # 企业梯次 (全年)
    ("新增规上工业企业", A, 2021, M12, "十八", "家", None, None, None),
    ("规上工业企业总数", A, 2021, M12, "203", "家", None, None, None),
    ("新认定高新技术企业", A, 2021, M12, "43", "家", None, None, None),
    ("高新技术企业总数", A, 2021, M12, "156", "家", None, None, None),
    ("新增省级专精特新中小企业", A, 2021, M12, "１２", "家", None, None, None),
    ("高新技术产业增加值占规上工业增加值比重", A, 2021, M12, "46.3", "%", None, None, None),
    # 要素
    ("盘活闲置低效用地", A, 2021, M12, "1260", "亩", None, None, None),
    ("新增工业用地供应", A, 2021, M12, "850", "亩", None, None, "约"),
    # 2022 plan
    ("规模以上工业总产值", T, 2022, M12, "470", "亿元", "12", None, "突破"),
    ("规模以上工业增加值", T, 2022, M12, None, None, "10", None, "左右"),
    ("固定资产投资", T, 2022, M12, "120", "亿元", "11", None, None),
    ("一般公共预算收入", T, 2022, M12, "14", "亿元", "6", None, None),
    ("实际利用外资", T, 2022, M12, "1", "亿美元", None, None, "突破"),
    ("外贸进出口总额", T, 2022, M12, "52", "亿元", None, None, None),
    ("新签约亿元以上项目", T, 2022, M12, "30", "个", None, None, "以上"),
    ("10亿元以上项目", T, 2022, M12, "8", "个", None, None, None),
    ("招商引资实际到位资金", T, 2022, M12, "180", "亿元", None, None, None),
    ("新开工500万元以上项目", T, 2022, M12, "40", "个", None, None, None),
    ("新增规上工业企业", T, 2022, M12, "20", "家", None, None, None),
    ("新认定高新技术企业", T, 2022, M12, "50", "家", None, None, None),
    ("高新技术企业总数", T, 2022, M12, "200", "家", None, None, "突破"),
    ("新增省级专精特新中小企业", T, 2022, M12, "15", "家", None, None, None),
    ("高新技术产业增加值占规上工业增加值比重", T, 2022, M12, "50", "%", None, None, None),
    ("土地收储", T, 2022, M12, "2000", "亩", None, None, None),
    ("新增工业用地供应", T, 2022, M12, "1000", "亩", None, None, "近"),
]

Y = 2019
X2 = [
    ("地区生产总值", A, Y, M6, "158.62", "亿元", "7.9", None, None),
    ("第一产业增加值", A, Y, M6, "2.15", "亿元", "3.1", None, None),
    ("第二产业增加值", A, Y, M6, "96.48", "亿元", "9.2", None, None),
    ("第三产业增加值", A, Y, M6, "59.99", "亿元", "5.8", None, None),
    ("农林牧渔业总产值", A, Y, M6, "3.62", "亿元", "3.4", None, None),
    ("规模以上工业总产值", A, Y, M6, "412.7", "亿元", "10.4", None, None),
    ("规模以上工业增加值", A, Y, M6, None, None, "9.1", None, None),
    ("电子信息产业产值", A, Y, M6, "168.3", "亿元", "18.2", None, None),
    ("食品加工产业产值", A, Y, M6, "92.6", "亿元", "6.5", None, None),
    ("新材料产业产值", A, Y, M6, "57.4", "亿元", "1.2倍", None, None),
    ("建材产业产值", A, Y, M6, "21.8", "亿元", "-12.6", None, None),
    ("规模以上工业企业", A, Y, M6, "218", "家", None, None, None),
    ("新增规上企业", A, Y, M6, "十一", "家", None, None, None),
    ("工业用电量", A, Y, M6, None, None, "-2.3", None, None),
    ("固定资产投资", A, Y, M6, None, None, "13.6", None, None),
    ("工业投资", A, Y, M6, None, None, "25.8", None, None),
    ("基础设施投资", A, Y, M6, None, None, "-8.4", None, None),
    ("房地产开发投资", A, Y, M6, "21.37", "亿元", "4.2", None, None),
    ("在建500万元以上项目", A, Y, M6, "143", "个", None, None, None),
    ("新开工项目", A, Y, M6, "52", "个", None, None, None),
    ("供应工业用地", A, Y, M6, "586", "亩", None, None, None),
    ("建筑业总产值", A, Y, M6, "45.3", "亿元", "6.1", None, None),
    ("一般公共预算收入", A, Y, M6, "9.86", "亿元", "5.3", "51.9", None),
    ("税收收入", A, Y, M6, "7.42", "亿元", "3.6", None, None),
    ("全口径税收", A, Y, M6, "31.25", "亿元", "-1.8", None, None),
    ("一般公共预算支出", A, Y, M6, "6.73", "亿元", "12.1", None, None),
    ("外贸进出口总额", A, Y, M6, "12.38", "亿美元", "22.6", None, None),
    ("出口", A, Y, M6, "7.15", "亿美元", "30.4", None, None),
    ("进口", A, Y, M6, "5.23", "亿美元", "13.2", None, None),
    ("实际利用外资", A, Y, M6, "2860", "万美元", "2.5倍", None, None),
    ("招商引资实际到位资金", A, Y, M6, "68.5", "亿元", "16.2", "52.7", None),
    ("招商引资实际到位资金", T, Y, M12, "130", "亿元", None, None, None),
    ("新签约项目", A, Y, M6, "37", "个", None, None, None),
    ("合同投资额", A, Y, M6, "215", "亿元", None, None, "约"),
    ("社会消费品零售总额", A, Y, M6, "27.84", "亿元", "8.7", None, None),
    ("限额以上企业零售额", A, Y, M6, "91200", "万元", "-4.6", None, None),
    ("规模以上服务业营业收入", A, Y, M6, "15.6", "亿元", "11.4", None, None),
    # 存在问题: growth of 一季度
    ("规模以上工业总产值", A, Y, M3, None, None, "13.5", None, None),
    # 下半年 targets for the whole year
    ("规模以上工业总产值", T, Y, M12, "850", "亿元", None, None, "突破"),
    ("固定资产投资", T, Y, M12, None, None, "12", None, "以上"),
    ("新增规上工业企业", T, Y, M12, "25", "家", None, None, None),
]

Y = 2026


def unit_rows(unit, rows):
    return [(f"{ind}（{unit}）", T, Y, M12, v, u, g, None, q) for ind, v, u, g, q in rows]


X3 = [
    ("地区生产总值", T, Y, M12, None, None, "7.5", None, "左右"),
    ("规模以上工业总产值", T, Y, M12, "680", "亿元", "12", None, None),
    ("规模以上工业增加值", T, Y, M12, None, None, "10", None, None),
    ("固定资产投资", T, Y, M12, "210", "亿元", "8", None, None),
    ("工业投资", T, Y, M12, "120", "亿元", None, None, "以上"),
    ("一般公共预算收入", T, Y, M12, "28.5", "亿元", "5", None, None),
    ("招商引资实际到位资金", T, Y, M12, "300", "亿元", None, None, "突破"),
    ("实际利用外资", T, Y, M12, "1.2", "亿美元", None, None, None),
    ("外贸进出口总额", T, Y, M12, None, None, "15", None, None),
    ("社会消费品零售总额", T, Y, M12, None, None, "6", None, None),
    ("新增规模以上工业企业", T, Y, M12, "40", "家", None, None, None),
    ("新增高新技术企业", T, Y, M12, "60", "家", None, None, None),
    ("新增市场主体", T, Y, M12, "3500", "户", None, None, None),
    ("新增工业用地供应", T, Y, M12, "3000", "亩", None, None, None),
    # 一季度 开门红
    ("规模以上工业总产值", T, Y, M3, None, None, "10", None, "以上"),
    ("固定资产投资", T, Y, M3, "45", "亿元", None, None, None),
]
X3 += unit_rows("青禾街道", [
    ("规上工业产值", None, None, "12", None),
    ("固定资产投资", "50", "亿元", None, None),
    ("新增规上企业", "5", "家", None, None),
    ("招商引资实际到位资金", "60", "亿元", None, None),
])
X3 += unit_rows("松溪街道", [
    ("规上工业产值", None, None, "10.5", None),
    ("固定资产投资", "36", "亿元", None, None),
    ("一般公共预算收入", "32000", "万元", None, None),
    ("新增规上企业", "4", "家", None, None),
    ("新增市场主体", "800", "户", None, None),
])
X3 += unit_rows("岚桥街道", [
    ("规上工业产值", None, None, "15", None),
    ("固定资产投资", "42.5", "亿元", None, None),
    ("新增规上企业", "８", "家", None, None),
    ("实际利用外资", "3000", "万美元", None, None),
])
X3 += unit_rows("金沙街道", [
    ("规上工业产值", None, None, "9", None),
    ("固定资产投资", "22", "亿元", None, None),
    ("新增规上企业", "三", "家", None, None),
    ("社会消费品零售总额", None, None, "7", None),
])
X3 += unit_rows("新材料产业园", [
    ("规上工业产值", "180", "亿元", "18", None),
    ("工业投资", "35", "亿元", None, None),
    ("新增规上企业", "8", "家", None, None),
    ("新增工业用地供应", "800", "亩", None, None),
])
X3 += unit_rows("临港物流园", [
    ("物流业营业收入", "65", "亿元", "9", None),
    ("固定资产投资", "18", "亿元", None, None),
    ("外贸进出口总额", "12000", "万美元", None, None),
])
X3 += unit_rows("数字经济产业园", [
    ("软件和信息技术服务业营业收入", "40", "亿元", None, "突破"),
    ("新增高新技术企业", "25", "家", None, None),
    ("引进数字经济企业", "50", "家", None, "以上"),
])

X4 = [
    # 2023 full year
    ("地区生产总值", A, 2023, M12, "286.3", "亿元", "6.8", None, None),
    ("规模以上工业总产值", A, 2023, M12, "512.6", "亿元", "9.3", None, None),
    ("固定资产投资", A, 2023, M12, "88.5", "亿元", None, "104.1", None),
    ("固定资产投资", T, 2023, M12, "85", "亿元", None, None, None),
    ("一般公共预算收入", A, 2023, M12, "21.47", "亿元", "7.2", None, None),
    ("全口径税收", A, 2023, M12, "53.2", "亿元", "-4.2", None, None),
    ("实际利用外资", A, 2023, M12, "1.36", "亿美元", "38.5", None, None),
    # 2024 1-9月
    ("地区生产总值", A, 2024, M9, "221.8", "亿元", "5.9", None, None),
    ("规模以上工业总产值", A, 2024, M9, "405.3", "亿元", "7.6", "72.4", None),
    ("规模以上工业总产值", T, 2024, M12, "560", "亿元", None, None, None),
    ("固定资产投资", A, 2024, M9, "71.2", "亿元", "4.5", "74.9", None),
    ("固定资产投资", T, 2024, M12, "95", "亿元", None, None, None),
    ("一般公共预算收入", A, 2024, M9, "16.85", "亿元", "-3.1", "73.3", None),
    ("一般公共预算收入", T, 2024, M12, "23", "亿元", None, None, None),
    ("实际利用外资", A, 2024, M9, "8960", "万美元", None, "59.7", None),
    ("实际利用外资", T, 2024, M12, "1.5", "亿美元", None, None, None),
    ("外贸进出口总额", A, 2024, M9, "48.6", "亿元", "1.8倍", None, None),
    # 预计全年 2024
    ("地区生产总值", E, 2024, M12, "300", "亿元", "6", None, "左右"),
    ("规模以上工业总产值", E, 2024, M12, "550", "亿元", None, "98.2", None),
    ("一般公共预算收入", E, 2024, M12, "22.5", "亿元", None, None, "约"),
    # 招商 (分别 over two periods)
    ("新签约亿元以上项目", A, 2023, M12, "42", "个", None, None, None),
    ("新签约亿元以上项目", A, 2024, M9, "35", "个", None, None, None),
    ("招商引资实际到位资金", A, 2023, M12, "156.8", "亿元", None, None, None),
    ("招商引资实际到位资金", A, 2024, M9, "128.4", "亿元", None, "71.3", None),
    ("招商引资实际到位资金", T, 2024, M12, "180", "亿元", None, None, None),
    # 项目
    ("省市重点项目", A, 2023, M12, "86", "个", None, None, None),
    ("省市重点项目完成投资", A, 2023, M12, "62.4", "亿元", None, None, None),
    ("重点项目开复工", A, 2024, M9, "78", "个", None, None, None),
    ("新开工5000万元以上项目", A, 2024, M9, "31", "个", None, None, None),
    # 产业
    ("装备制造产业产值", A, 2023, M12, "236.5", "亿元", None, None, None),
    ("精细化工产业产值", A, 2023, M12, "148.2", "亿元", None, None, None),
    ("新增规上工业企业", A, 2023, M12, "二十一", "家", None, None, None),
    ("新增规上工业企业", A, 2024, M9, "14", "家", None, None, None),
    ("高新技术企业", A, 2022, M12, "118", "家", None, None, None),
    ("高新技术企业", A, 2024, M9, "165", "家", None, None, None),
    ("新增国家级专精特新“小巨人”企业", A, 2023, M12, "３", "家", None, None, None),
    # 土地
    ("盘活批而未供土地", A, 2023, M12, "1860", "亩", None, None, None),
    ("处置闲置土地", A, 2024, M9, "920", "亩", None, None, "约"),
    # 2025 plan
    ("地区生产总值", T, 2025, M12, None, None, "6", None, None),
    ("规模以上工业总产值", T, 2025, M12, "620", "亿元", None, None, "突破"),
    ("固定资产投资", T, 2025, M12, "100", "亿元", None, None, None),
    ("一般公共预算收入", T, 2025, M12, None, None, "5", None, "左右"),
    ("实际利用外资", T, 2025, M12, "1.6", "亿美元", None, None, None),
    ("招商引资实际到位资金", T, 2025, M12, "200", "亿元", None, None, None),
    ("新签约亿元以上项目", T, 2025, M12, "45", "个", None, None, None),
    ("新增规上工业企业", T, 2025, M12, "25", "家", None, None, None),
    ("新增高新技术企业", T, 2025, M12, "30", "家", None, None, "以上"),
    ("盘活存量土地", T, 2025, M12, "1500", "亩", None, None, None),
]

DOCS = {"x1": X1, "x2": X2, "x3": X3, "x4": X4}


def num(s):
    s = s.translate(FW)
    if s in CN:
        return Decimal(CN[s])
    return Decimal(s)


def jnum(d):
    if d is None:
        return None
    d = d.normalize()
    if d == d.to_integral_value():
        return int(d)
    return float(str(d))


def growth(g):
    if g is None:
        return None
    if g.endswith("倍"):
        return Decimal(g[:-1]) * 100
    return Decimal(g)


def build(rows):
    facts = []
    for ind, kind, year, months, v, unit, g, c, q in rows:
        assert q in QUALS, q
        assert kind in (A, E, T)
        if v is None:
            assert unit is None
            value = base = cur = None
        else:
            mult, cur = UNITS[unit]
            value = num(v)
            base = value * mult
        facts.append({
            "indicator": ind,
            "kind": kind,
            "year": year,
            "months": list(months),
            "value": jnum(value),
            "unit": unit,
            "value_base": jnum(base),
            "currency": cur,
            "growth_pct": jnum(growth(g)),
            "completion_pct": jnum(Decimal(c)) if c else None,
            "qualifier": q,
        })
    return facts


def check(name, rows, text):
    errs = []
    used = []  # spans of text explained by gold
    def need(s, what):
        i = text.find(s)
        if i < 0:
            errs.append(f"{name}: {what}: '{s}' not in text")
        else:
            for m in re.finditer(re.escape(s), text):
                used.append((m.start(), m.end()))
    for ind, kind, year, months, v, unit, g, c, q in rows:
        tag = f"{ind}/{kind}/{year}"
        if v is not None:
            s = v + unit
            if q in ("突破", "超", "近", "约"):
                s = q + s
            elif q in ("以上", "左右"):
                s = s + q
            need(s, tag + " value")
        if g is not None:
            if g.endswith("倍"):
                need("增长" + g, tag + " growth")
            elif g.startswith("-"):
                need("下降" + g[1:] + "%", tag + " growth")
            else:
                s = g + "%"
                if v is None and q in ("以上", "左右"):
                    s += q
                need(s, tag + " growth")
        if c is not None:
            need(c + "%", tag + " completion")
        if v is None and q is not None and g is None:
            errs.append(f"{name}: {tag} qualifier without value/growth")
    # completion arithmetic where the target value is known in the same table
    for ind, kind, year, months, v, unit, g, c, q in rows:
        if c and v:
            tgts = [r for r in rows if r[0] == ind and r[1] == T and r[2] == year
                    and r[3] == M12 and r[4]]
            for t in tgts:
                ratio = num(v) * UNITS[unit][0] / (num(t[4]) * UNITS[t[5]][0]) * 100
                if abs(ratio - Decimal(c)) > Decimal("0.06"):
                    errs.append(f"{name}: {ind} {year} completion {c} vs computed {ratio:.2f}")
    # numbers in the text not explained by any gold string (should all be distractors)
    left = []
    for m in re.finditer(r"[0-9０-９][0-9０-９.．]*|[一二三四五六七八九十]+(?=家|个|项|户|条|次)", text):
        if not any(a <= m.start() < b for a, b in used):
            left.append(text[max(0, m.start() - 8):m.end() + 6].replace("\n", " "))
    return errs, left


def main():
    total_errs = 0
    for name, rows in DOCS.items():
        text = open(os.path.join(ROOT, "docs", name + ".txt"), encoding="utf-8").read()
        facts = build(rows)
        out = {"source": name + ".txt", "facts": facts}
        with open(os.path.join(ROOT, "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        errs, left = check(name, rows, text)
        total_errs += len(errs)
        kinds = {}
        for fa in facts:
            kinds[fa["kind"]] = kinds.get(fa["kind"], 0) + 1
        print(f"== {name}: {len(facts)} facts {kinds}, {len(text)} chars")
        for e in errs:
            print("  ERR", e)
        if "-v" in sys.argv:
            for l in left:
                print("  unexplained:", l)
    sys.exit(1 if total_errs else 0)


if __name__ == "__main__":
    main()
