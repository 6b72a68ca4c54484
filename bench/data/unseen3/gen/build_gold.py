#!/usr/bin/env python3
"""Build gold/w1.json … gold/w4.json for the unseen3 held-out set from compact tables.

Row format:
  (indicator, kind, year, months, value, unit, growth, completion, qualifier[, value_text])
  - value / growth / completion are strings exactly as written in the document (or None);
  - growth "x2.3" means 增长2.3倍 (→ 230); "-4.6" means 下降4.6%;
  - value_text (optional) is the surface string to look for when the value is not written
    in Arabic digits (Chinese numerals) – used only by check_gold.py.
Kind codes: A = actual, E = estimate, T = target.
value_base is computed with Decimal: 亿 = 1e8, 万 = 1e4; counts (个/家/项) and 亩 and % are 1:1.
"""
import json
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KIND = {"A": "actual", "E": "estimate", "T": "target"}
UNITS = {  # unit -> (multiplier, currency)
    "亿元": (Decimal(10) ** 8, "CNY"),
    "万元": (Decimal(10) ** 4, "CNY"),
    "元": (Decimal(1), "CNY"),
    "亿美元": (Decimal(10) ** 8, "USD"),
    "万美元": (Decimal(10) ** 4, "USD"),
    "个": (Decimal(1), None),
    "家": (Decimal(1), None),
    "项": (Decimal(1), None),
    "亩": (Decimal(1), None),
    "%": (Decimal(1), None),
}
H1, Y1 = [1, 6], [1, 12]
M10, Q1, Q3 = [1, 10], [1, 3], [1, 9]

# ---------------------------------------------------------------- w1: 四川 2022 上半年总结
W1 = [
    ("规模以上工业总产值", "A", 2022, H1, "186.4", "亿元", "13.6", "45.5", None),
    ("规模以上工业总产值", "T", 2022, Y1, "410", "亿元", None, None, None),
    ("规模以上工业增加值", "A", 2022, H1, None, None, "9.2", None, None),
    ("新增规上工业企业", "A", 2022, H1, "7", "家", None, None, None),
    ("规上工业企业总数", "A", 2022, H1, "152", "家", None, None, None),
    ("电子信息产业产值", "A", 2022, H1, "78.2", "亿元", "21.3", None, None),
    ("新材料产业产值", "A", 2022, H1, "41.5", "亿元", "8.7", None, None),
    ("食品饮料产业产值", "A", 2022, H1, "23.9", "亿元", "-4.6", None, None),
    ("高新技术产业产值", "A", 2022, H1, "112.6", "亿元", "16.8", None, None),
    ("高新技术产业产值占规上工业总产值比重", "A", 2022, H1, "60.4", "%", None, None, None),
    ("固定资产投资", "A", 2022, H1, "96.8", "亿元", "15.2", "51.2", None),
    ("工业投资", "A", 2022, H1, "58.3", "亿元", "22.7", None, None),
    ("技改投资", "A", 2022, H1, None, None, "31.4", None, None),
    ("在建亿元以上项目", "A", 2022, H1, "63", "个", None, None, None),
    ("新签约项目", "A", 2022, H1, "41", "个", None, None, None),
    ("协议总投资", "A", 2022, H1, "286.5", "亿元", None, None, None),
    ("10亿元以上项目", "A", 2022, H1, "8", "个", None, None, None),
    ("招商引资实际到位资金", "A", 2022, H1, "83.7", "亿元", "18.9", "52.3", None),
    ("招商引资实际到位资金", "T", 2022, Y1, "160", "亿元", None, None, None),
    ("实际利用外资", "A", 2022, H1, "4860", "万美元", "x1.3", None, None),
    ("外贸进出口总额", "A", 2022, H1, "5.82", "亿美元", "24.1", None, None),
    ("出口", "A", 2022, H1, "3.96", "亿美元", "27.5", None, None),
    ("地方一般公共预算收入", "A", 2022, H1, "9.36", "亿元", "7.4", None, None),
    ("税收收入", "A", 2022, H1, "7.21", "亿元", "5.9", None, None),
    ("税收占比", "A", 2022, H1, "77.0", "%", None, None, None),
    ("全口径税收收入", "A", 2022, H1, "20.5", "亿元", "-2.3", None, "约"),
    ("新认定高新技术企业", "A", 2022, H1, "23", "家", None, None, None),
    ("高新技术企业", "A", 2022, H1, "218", "家", None, None, None),
    ("新增国家级专精特新“小巨人”企业", "A", 2022, H1, "2", "家", None, None, None),
    ("新增省级专精特新中小企业", "A", 2022, H1, "12", "家", None, None, None, "十二家"),
    ("新登记企业", "A", 2022, H1, "856", "家", "12.4", None, None),
    ("土地供应", "A", 2022, H1, "1260", "亩", None, None, None, "１２６０亩"),
    ("工业用地供应", "A", 2022, H1, "985", "亩", None, None, None),
    ("盘活闲置低效用地", "A", 2022, H1, "320", "亩", None, None, None),
    # 三、下半年工作计划 (全年 targets)
    ("规上工业增加值", "T", 2022, Y1, None, None, "9", None, "左右"),
    ("新增规上工业企业", "T", 2022, Y1, "15", "家", None, None, "以上"),
    ("固定资产投资", "T", 2022, Y1, "189", "亿元", None, None, None),
    ("工业投资", "T", 2022, Y1, None, None, "20", None, "以上"),
    ("新开工亿元以上项目", "T", 2022, Y1, "45", "个", None, None, None),
    ("签约项目", "T", 2022, Y1, "80", "个", None, None, "以上"),
    ("50亿元以上重大项目", "T", 2022, Y1, "3", "个", None, None, None),
    ("实际利用外资", "T", 2022, Y1, "1", "亿美元", None, None, "突破"),
    ("地方一般公共预算收入", "T", 2022, Y1, "17.8", "亿元", "6", None, None),
    ("新认定高新技术企业", "T", 2022, Y1, "50", "家", None, None, None),
    ("高新技术企业总数", "T", 2022, Y1, "240", "家", None, None, "突破"),
]

# ---------------------------------------------------------------- w2: 安徽 2020 1-10月 通报
W2 = [
    # table rows (period 1-10月; target column -> target fact for 2020 全年)
    ("规模以上工业总产值", "A", 2020, M10, "352.6", "亿元", "6.8", "84.0", None),
    ("规模以上工业总产值", "T", 2020, Y1, "420", "亿元", None, None, None),
    ("规模以上工业增加值", "A", 2020, M10, None, None, "5.9", None, None),
    ("规模以上工业企业", "A", 2020, M10, "187", "家", None, None, None),
    ("新增规上工业企业", "A", 2020, M10, "14", "家", None, "70.0", None),
    ("新增规上工业企业", "T", 2020, Y1, "20", "家", None, None, None),
    ("固定资产投资", "A", 2020, M10, None, None, "4.2", None, None),
    ("工业投资", "A", 2020, M10, None, None, "-3.7", None, None),
    ("建筑业总产值", "A", 2020, M10, "86.4", "亿元", "7.9", None, None),
    ("社会消费品零售总额", "A", 2020, M10, "48.37", "亿元", "-2.6", "80.6", None),
    ("社会消费品零售总额", "T", 2020, Y1, "60", "亿元", None, None, None),
    ("限额以上商品销售额", "A", 2020, M10, "211.5", "亿元", "-4.8", None, None),
    ("地方一般公共预算收入", "A", 2020, M10, "126583", "万元", "3.1", "85.5", None),
    ("地方一般公共预算收入", "T", 2020, Y1, "148000", "万元", None, None, None),
    ("税收收入", "A", 2020, M10, "98746", "万元", "1.9", None, None),
    ("外贸进出口总额", "A", 2020, M10, "68425", "万美元", "12.6", "85.5", None),
    ("外贸进出口总额", "T", 2020, Y1, "80000", "万美元", None, None, None),
    ("出口", "A", 2020, M10, "41236", "万美元", "18.4", "85.9", None),
    ("出口", "T", 2020, Y1, "48000", "万美元", None, None, None),
    ("实际利用外资", "A", 2020, M10, "9650", "万美元", "-11.2", "80.4", None),
    ("实际利用外资", "T", 2020, Y1, "12000", "万美元", None, None, None),
    ("招商引资实际到位资金", "A", 2020, M10, "136.8", "亿元", "9.5", "82.9", None),
    ("招商引资实际到位资金", "T", 2020, Y1, "165", "亿元", None, None, None),
    ("工业用地供应", "A", 2020, M10, "846", "亩", None, "70.5", None),
    ("工业用地供应", "T", 2020, Y1, "1200", "亩", None, None, None),
    ("高新技术产业增加值占规上工业增加值比重", "A", 2020, M10, "47.3", "%", None, None, None),
    # prose
    ("汽车及零部件产业产值", "A", 2020, M10, "128.5", "亿元", "14.2", None, None),
    ("家电产业产值", "A", 2020, M10, "76.3", "亿元", "-5.8", None, None),
    ("新能源产业产值", "A", 2020, M10, None, None, "x1.6", None, None),
    ("战略性新兴产业产值占规上工业总产值比重", "A", 2020, M10, "38.6", "%", None, None, None),
    ("在建亿元以上项目", "A", 2020, M10, "94", "个", None, None, None),
    ("新开工项目", "A", 2020, M10, "37", "个", None, None, None),
    ("房地产开发投资", "A", 2020, M10, None, None, "2.4", None, None),
    ("民间投资占固定资产投资比重", "A", 2020, M10, "52.8", "%", None, None, None),
    ("限额以上单位消费品零售额", "A", 2020, M10, "21.64", "亿元", "-1.2", None, None),
    ("网上零售额", "A", 2020, M10, "9", "亿元", "23.5", None, "突破"),
    ("对“一带一路”沿线国家进出口额", "A", 2020, M10, "2.13", "亿美元", "31.7", None, None),
    ("新设外资企业", "A", 2020, M10, "11", "家", "37.5", None, None),
    ("全口径税收收入", "A", 2020, M10, "24.6", "亿元", "0.8", None, None),
    ("非税收入", "A", 2020, M10, "27837", "万元", "8.1", None, None),
    ("新认定国家高新技术企业", "A", 2020, M10, "46", "家", None, None, None),
    ("国家高新技术企业总数", "A", 2020, M10, "312", "家", None, None, None),
    ("技术合同成交额", "A", 2020, M10, "18", "亿元", "36.2", None, "超"),
]

# ---------------------------------------------------------------- w3: 河南 2026 工作报告
W3 = [
    # 一、过去一年 (2025) 工作回顾
    ("地区生产总值", "A", 2025, Y1, "412.6", "亿元", "6.8", None, None),
    ("规模以上工业增加值", "A", 2025, Y1, None, None, "9.1", None, None),
    ("规上工业总产值", "A", 2025, Y1, "1000", "亿元", "11.3", None, "突破"),
    ("固定资产投资", "E", 2025, Y1, "268", "亿元", "7.5", None, None),
    ("工业投资", "E", 2025, Y1, None, None, "15.6", None, None),
    ("社会消费品零售总额", "A", 2025, Y1, "96.4", "亿元", "5.2", None, None),
    ("一般公共预算收入", "A", 2025, Y1, "31.85", "亿元", "6.3", "103.2", None),
    ("一般公共预算收入", "T", 2025, Y1, "30.86", "亿元", None, None, None),
    ("税收收入", "A", 2025, Y1, "26.4", "亿元", None, None, None),
    ("税收占一般公共预算收入比重", "A", 2025, Y1, "82.9", "%", None, None, None),
    ("新签约亿元以上项目", "A", 2025, Y1, "86", "个", None, None, None),
    ("协议投资额", "A", 2025, Y1, "812", "亿元", None, None, None),
    ("百亿级项目", "A", 2025, Y1, "3", "个", None, None, None),
    ("省外资金到位额", "A", 2025, Y1, "245.3", "亿元", None, "108.5", None),
    ("省外资金到位额", "T", 2025, Y1, "226", "亿元", None, None, None),
    ("实际使用外资", "A", 2025, Y1, "1.26", "亿美元", "-8.5", None, None),
    ("外贸进出口总额", "A", 2025, Y1, "132.6", "亿元", "22.4", None, None),
    ("跨境电商进出口额", "A", 2025, Y1, None, None, "x2.1", None, None),
    ("新能源电池产业产值", "A", 2025, Y1, "246.8", "亿元", "85.4", None, None),
    ("新增规上工业企业", "A", 2025, Y1, "31", "家", None, None, None),
    ("新增国家级绿色工厂", "A", 2025, Y1, "3", "家", None, None, None, "三家"),
    ("新认定高新技术企业", "A", 2025, Y1, "67", "家", None, None, None),
    ("高新技术企业总数", "A", 2025, Y1, "286", "家", None, None, None),
    ("高新技术产业增加值占规上工业增加值比重", "A", 2025, Y1, "52.4", "%", None, None, None),
    ("土地征收", "A", 2025, Y1, "3860", "亩", None, None, None),
    ("供应工业用地", "A", 2025, Y1, "2150", "亩", None, None, None),
    # 二、今年 (2026) 主要预期目标
    ("地区生产总值", "T", 2026, Y1, None, None, "7", None, "左右"),
    ("规模以上工业增加值", "T", 2026, Y1, None, None, "10", None, "以上"),
    ("规上工业总产值", "T", 2026, Y1, "1150", "亿元", None, None, None),
    ("固定资产投资", "T", 2026, Y1, None, None, "8", None, None),
    ("工业投资", "T", 2026, Y1, None, None, "15", None, "以上"),
    ("社会消费品零售总额", "T", 2026, Y1, None, None, "6", None, "左右"),
    ("一般公共预算收入", "T", 2026, Y1, "33.5", "亿元", "5", None, None),
    ("外贸进出口总额", "T", 2026, Y1, "150", "亿元", None, None, None),
    ("实际使用外资", "T", 2026, Y1, "1.3", "亿美元", None, None, None),
    ("新签约亿元以上项目", "T", 2026, Y1, "90", "个", None, None, "以上"),
    ("省外资金到位额", "T", 2026, Y1, "250", "亿元", None, None, None),
    ("新增规上工业企业", "T", 2026, Y1, "30", "家", None, None, None),
    ("高新技术企业总数", "T", 2026, Y1, "330", "家", None, None, "突破"),
    # 三、今年重点工作 (① … ⑤) – also goals
    ("重点项目", "T", 2026, Y1, "156", "个", None, None, None),
    ("年度投资", "T", 2026, Y1, "320", "亿元", None, None, "以上"),
    ("新开工项目", "T", 2026, Y1, "60", "个", None, None, None),
    ("竣工投产项目", "T", 2026, Y1, "45", "个", None, None, None),
    ("新能源电池产业产值", "T", 2026, Y1, "300", "亿元", None, None, "突破"),
    ("智能装备产业产值", "T", 2026, Y1, "180", "亿元", None, None, None),
    ("新认定高新技术企业", "T", 2026, Y1, "60", "家", None, None, None),
    ("技术合同成交额", "T", 2026, Y1, "25", "亿元", None, None, None),
    ("供应工业用地", "T", 2026, Y1, "2500", "亩", None, None, None),
    ("盘活低效用地", "T", 2026, Y1, "600", "亩", None, None, None),
]

# ---------------------------------------------------------------- w4: 陕西 2019 前三季度 招商/项目 通报
W4 = [
    # leading 初步预计 paragraph -> estimates (the 年度目标 inside it stays a target)
    ("招商引资实际到位资金", "E", 2019, Q3, "186.4", "亿元", "14.6", "77.7", None),
    ("招商引资实际到位资金", "T", 2019, Y1, "240", "亿元", None, None, None),
    ("省外资金", "E", 2019, Q3, "152.8", "亿元", "12.1", None, None),
    ("实际利用外资", "E", 2019, Q3, "8650", "万美元", "-6.2", None, None),
    ("重点项目完成投资", "E", 2019, Q3, "213.5", "亿元", "9.8", None, None),
    # 一、招商引资
    ("新签约项目", "A", 2019, Q3, "118", "个", "18.0", None, None),
    ("协议总投资", "A", 2019, Q3, "1026.8", "亿元", "x2.3", None, None),
    ("亿元以上项目", "A", 2019, Q3, "74", "个", None, None, None),
    ("10亿元以上项目", "A", 2019, Q3, "19", "个", None, None, None),
    ("工业项目", "A", 2019, Q3, "82", "个", None, None, None),
    ("服务业项目", "A", 2019, Q3, "36", "个", None, None, None),
    ("工业项目协议投资", "A", 2019, Q3, "765.2", "亿元", None, None, None),
    ("服务业项目协议投资", "A", 2019, Q3, "261.6", "亿元", None, None, None),
    ("工业项目占签约项目比重", "A", 2019, Q3, "69.5", "%", None, None, None),
    ("签约项目", "A", 2019, Q1, "31", "个", None, None, None, "３１个"),
    ("新能源汽车及零部件产业签约项目", "A", 2019, Q3, "28", "个", None, None, None),
    ("电子信息产业签约项目", "A", 2019, Q3, "21", "个", None, None, None),
    ("新能源汽车及零部件产业协议投资", "A", 2019, Q3, "312.5", "亿元", None, None, None),
    ("电子信息产业协议投资", "A", 2019, Q3, "186.0", "亿元", None, None, None),
    ("新签约外资项目", "A", 2019, Q3, "9", "个", "x1", None, None),
    ("新落户总部型企业", "A", 2019, Q3, "5", "家", None, None, None, "五家"),
    ("产业链招商签约项目", "A", 2019, Q3, "45", "个", None, None, None),
    ("招商引资到位资金", "A", 2019, Q1, "52.3", "亿元", "16.2", None, None),
    ("招商引资到位资金", "A", 2019, H1, "121.7", "亿元", "13.9", None, None),
    ("到位资金", "A", 2017, Y1, "198.6", "亿元", None, None, None),
    ("到位资金", "A", 2018, Y1, "221.4", "亿元", None, None, None),
    ("外贸进出口总额", "A", 2019, Q3, "26.8", "亿元", "-4.1", None, None),
    ("出口", "A", 2019, Q3, "17.3", "亿元", "2.6", None, None),
    # 二、项目建设
    ("固定资产投资", "A", 2019, Q3, None, None, "10.6", None, None),
    ("工业投资", "A", 2019, Q3, None, None, "16.3", None, None),
    ("新开工项目", "A", 2019, Q3, "87", "个", "11.5", None, None),
    ("新开工项目总投资", "A", 2019, Q3, "486.3", "亿元", None, None, None),
    ("新投产项目", "A", 2019, Q3, "42", "个", "-8.7", None, None),
    ("新投产项目总投资", "A", 2019, Q3, "160", "亿元", None, None, "近"),
    ("新开工项目", "A", 2019, Q1, "21", "个", None, None, None),
    ("新增入统项目", "A", 2019, Q3, "53", "个", None, None, None),
    ("省市重点项目", "A", 2019, Q3, "38", "个", None, None, None),
    ("省市重点项目完成投资", "A", 2019, Q3, "142.7", "亿元", None, "82.7", None),
    ("省市重点项目完成投资", "T", 2019, Y1, "172.5", "亿元", None, None, None),
    ("500万元以上项目", "A", 2019, Q3, "326", "个", None, None, None),
    ("新开工项目供地", "A", 2019, Q3, "2860", "亩", None, None, None),
    # 四、四季度工作安排 (全年 targets)
    ("新签约项目", "T", 2019, Y1, "150", "个", None, None, "以上"),
    ("新开工项目", "T", 2019, Y1, "110", "个", None, None, None),
    ("新投产项目", "T", 2019, Y1, "60", "个", None, None, None),
    ("实际利用外资", "T", 2019, Y1, "1.2", "亿美元", None, None, None),
]

DOCS = {"w1": W1, "w2": W2, "w3": W3, "w4": W4}


def num(s):
    """JSON number preserving the written form (int if no decimal point)."""
    d = Decimal(s)
    return int(d) if "." not in s else float(s)


def dec_out(d):
    d = d.normalize()
    if d == d.to_integral_value():
        return int(d)
    return float(str(d))


def fact(row):
    ind, k, year, months, value, unit, growth, comp, qual = row[:9]
    assert k in KIND and qual in (None, "以上", "突破", "超", "近", "左右", "约")
    assert (value is None) == (unit is None)
    value_base = currency = None
    if value is not None:
        mult, currency = UNITS[unit]
        value_base = dec_out(Decimal(value) * mult)
    if growth is None:
        g = None
    elif growth.startswith("x"):
        g = dec_out(Decimal(growth[1:]) * 100)
    else:
        g = num(growth)
    return {
        "indicator": ind,
        "kind": KIND[k],
        "year": year,
        "months": list(months),
        "value": None if value is None else num(value),
        "unit": unit,
        "value_base": value_base,
        "currency": currency,
        "growth_pct": g,
        "completion_pct": None if comp is None else num(comp),
        "qualifier": qual,
    }


def main():
    for name, rows in DOCS.items():
        facts = [fact(r) for r in rows]
        keys = [(f["indicator"], f["kind"], f["year"], tuple(f["months"])) for f in facts]
        dup = {k for k in keys if keys.count(k) > 1}
        assert not dup, (name, dup)
        out = {"source": f"{name}.txt", "facts": facts}
        p = ROOT / "gold" / f"{name}.json"
        p.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(name, len(facts), "facts ->", p)


if __name__ == "__main__":
    main()
