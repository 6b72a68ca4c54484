"""The seeded indicator catalogue: every indicator the zone reports and documents name, as data.

Each entry carries the 口径 (definition) from DOMAIN.md §1 and the names the documents use for it
(``aliases``): 公共财政预算收入 is an old name of 地方一般公共预算收入, GDP of 地区生产总值, 出口创汇 of
出口总额. A name or alias belongs to one indicator only, so a label found in a report resolves to
exactly one indicator. ``catalogue_load`` writes the entries through ``indicator_save``.

Units are the display units the zone reports in (亿元, 万美元, 家…); figures are stored in base units.
Where the seeds and DOMAIN.md leave a point open (frequency of 高新技术产业增加值, price basis of
规上工业总产值) the entry says so in its description.
"""

from __future__ import annotations

from typing import Any

from yuanqu.indicators.choices import Direction, Frequency, GrowthBasis, IndicatorKind

FLOW, STOCK, RATE, COUNT = IndicatorKind.FLOW, IndicatorKind.STOCK, IndicatorKind.RATE, IndicatorKind.COUNT
CURRENT, COMPARABLE, CONSTANT = GrowthBasis.CURRENT, GrowthBasis.COMPARABLE, GrowthBasis.CONSTANT
MONTHLY, QUARTERLY = Frequency.MONTHLY, Frequency.QUARTERLY

_YTD = "按1-N月累计报送（不是当月值）。"
_FAI = "1月份数据免报，自1-2月起报。"

# fmt: off
CATALOGUE: list[dict[str, Any]] = [
    # ---------------------------------------------------------- 经济总量
    {
        "code": "gdp", "name": "地区生产总值", "aliases": ["GDP", "GDP总量", "生产总值"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CONSTANT, "frequency": QUARTERLY, "first_month": 3,
        "description": "按季度累计（一季度、上半年、前三季度、全年）。绝对额按现价计算，增长速度按不变价计算。"
                       "三次产业按国家统计局《三次产业划分规定》（2018）划分，行业按GB/T 4754-2017。",
    },
    {
        "code": "industrial-value-added", "name": "规模以上工业增加值", "aliases": ["规上工业增加值"],
        "unit": "亿元", "kind": FLOW, "growth_basis": COMPARABLE, "first_month": 2,
        "description": "规模以上工业（年主营业务收入2000万元及以上的工业法人单位）。增长速度按可比价计算，为实际增长速度。"
                       "国家统计局月度只发布增速，绝对额常不公布：数据可只填同比增长，累计值留空。1月、2月合并，自1-2月起报。",
    },
    {
        "code": "industrial-output", "name": "规模以上工业总产值",
        "aliases": ["规上工业总产值", "工业总产值", "规模以上企业工业总产值", "规上工业产值", "规模以上工业产值"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT, "first_month": 2,
        "description": _YTD + "多数地方按现价计算、为名义增长（国家统计局月报不发布此项，价格口径以本地统计局为准，未经核实）。"
                       "自1-2月起报。",
    },
    {
        "code": "services-value-added", "name": "服务业增加值", "aliases": ["第三产业增加值"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CONSTANT, "frequency": QUARTERLY, "first_month": 3,
        "description": "即第三产业增加值，属地区生产总值核算，按季度累计；增长速度按不变价计算。",
    },
    {
        "code": "high-tech-value-added", "name": "高新技术产业增加值", "aliases": [],
        "unit": "亿元", "kind": FLOW, "growth_basis": COMPARABLE, "frequency": QUARTERLY, "first_month": 3,
        "description": "湖北省指标：以高新产业市场主体（高新技术企业及登记高新技术产品的企业）为范围，累计值。"
                       "增速口径未经核实，按可比价处理；报送频度按季度（待本地统计局确认）。"
                       "全国对应指标为高技术制造业增加值（占规上工业增加值比重）。",
    },
    {
        "code": "high-tech-output", "name": "高新技术产业产值", "aliases": ["高新技术产业总产值"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT, "first_month": 2,
        "description": _YTD + "高新技术产业（高新技术企业及高新技术产品）的工业产值，按现价计算。自1-2月起报。",
    },
    # ---------------------------------------------------------- 投资
    {
        "code": "fixed-asset-investment", "name": "固定资产投资",
        "aliases": ["固定资产投资总额", "固定资产投资规模", "全社会固定资产投资", "固定资产投资（不含农户）", "固定投资额"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT, "first_month": 2,
        "description": _YTD + _FAI + "名义增长。不含农户口径：计划总投资500万元及以上项目和全部房地产开发投资（2011年起由50万元提高到500万元）；"
                       "全社会固定资产投资 = 不含农户 + 农户（年度）。地方常只公布增速不公布总额。",
    },
    {
        "code": "industrial-investment", "name": "工业投资", "aliases": ["工业投资规模"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT, "first_month": 2,
        "description": _YTD + _FAI + "采矿业、制造业、电力热力燃气及水生产和供应业（门类B、C、D）的固定资产投资，名义增长。",
    },
    {
        "code": "tech-upgrade-investment", "name": "技改投资", "aliases": ["工业技术改造投资", "技术改造投资", "工业技改投资"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT, "first_month": 2,
        "description": _YTD + _FAI + "仅工业项目（行业代码0610–4690）：建设性质为“改建和技术改造”的全部项目，"
                       "加上扩建、迁建、恢复、单纯购置项目中的技术改造部分。常以增速和占工业投资比重报告。",
    },
    {
        "code": "tech-upgrade-share", "name": "技改投资占工业投资比重",
        "aliases": ["技改占工业投资的比重", "技改占工业投资比重", "技改投资占比", "技改占比"],
        "unit": "%", "kind": RATE, "growth_basis": CURRENT, "first_month": 2, "decimals": 1,
        "description": "技改投资 ÷ 工业投资 × 100，1-N月累计口径。比重的变化以百分点表示，不算同比增长率。",
    },
    # ---------------------------------------------------------- 消费
    {
        "code": "retail", "name": "社会消费品零售总额", "aliases": ["社零", "社零额", "社会消费品零售额"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT,
        "description": "月度，报本月和1-本月累计，名义增长。限额以上：批发业年主营业务收入2000万元、零售业500万元、"
                       "住宿餐饮业200万元及以上。",
    },
    # ---------------------------------------------------------- 招商
    {
        "code": "investment-attracted", "name": "招商引资实际到位资金",
        "aliases": ["到位资金", "招商引资到位资金", "实际到位资金"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT,
        "description": _YTD + "非国家统计局指标，为省、市商务（招商）部门统计：一般为省外境内资金（内资）加外资折人民币，"
                       "按考核目标考核。各省口径不一，以本地规定为准。",
    },
    {
        "code": "industrial-project-funds-share", "name": "产业项目到位资金占比", "aliases": ["产业项目到位资金比重"],
        "unit": "%", "kind": RATE, "growth_basis": CURRENT, "decimals": 1,
        "description": "产业项目到位资金 ÷ 招商引资实际到位资金 × 100，1-N月累计口径。",
    },
    {
        "code": "domestic-capital", "name": "实际利用内资", "aliases": ["实际使用内资", "利用内资"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT,
        "description": _YTD + "招商统计中引进的省外（或区外）境内资金实际到位额，口径以本地商务部门为准。",
    },
    {
        "code": "fdi", "name": "实际利用外资",
        "aliases": ["实际使用外资", "FDI", "利用外资", "商务部口径实际利用外资", "商务部口径实际利用外资（FDI）",
                    "商务部实际利用外资", "商务部实际利用外资（FDI）"],
        "unit": "万美元", "kind": FLOW, "growth_basis": CURRENT, "decimals": 0,
        "description": _YTD + "商务部口径外商直接投资（FDI）实际使用额，以美元计，不与人民币相加。"
                       "2022年5月起金额为全口径（含银行、证券、保险），同比按不含该三领域的可比口径计算；此前不含该三领域。",
    },
    {
        "code": "foreign-trade", "name": "外贸进出口总额",
        "aliases": ["外贸进出口", "进出口总额", "外贸进出口规模", "进出口", "进出口额"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT,
        "description": _YTD + "海关统计，出口按离岸价（FOB）、进口按到岸价（CIF），人民币计。",
    },
    {
        "code": "exports", "name": "出口总额", "aliases": ["出口创汇", "出口额", "出口"],
        "unit": "万美元", "kind": FLOW, "growth_basis": CURRENT, "decimals": 0,
        "description": _YTD + "海关统计出口额（离岸价），以美元计。",
    },
    {
        "code": "signed-investment", "name": "招商引资签约金额",
        "aliases": ["签约金额", "签约投资额", "产业链招商签约金额"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT,
        "description": _YTD + "年内签约项目的协议投资额合计，招商部门统计。",
    },
    {
        "code": "signed-projects", "name": "招商引资签约项目", "aliases": ["签约项目", "签约项目数"],
        "unit": "个", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计签约项目个数。",
    },
    {
        "code": "signed-major-projects", "name": "签约亿元以上项目", "aliases": ["签约亿元以上重大项目"],
        "unit": "个", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计签约的计划投资1亿元及以上项目个数。",
    },
    {
        "code": "major-projects-started", "name": "新开工亿元以上产业项目", "aliases": ["新开工亿元以上项目"],
        "unit": "个", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新开工的计划总投资1亿元及以上产业项目个数。",
    },
    {
        "code": "tech-upgrade-projects", "name": "工业技改项目", "aliases": ["技改项目"],
        "unit": "个", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内滚动实施的工业技术改造项目个数。",
    },
    # ---------------------------------------------------------- 财税
    {
        "code": "general-budget-revenue", "name": "地方一般公共预算收入",
        "aliases": ["公共财政预算收入", "公共财政收入", "地方一般预算收入", "一般公共预算收入"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT,
        "description": _YTD + "财政部门月报，名义增长，分税收收入和非税收入。公共财政预算收入、公共财政收入、地方一般预算收入为旧称"
                       "（“地方财政收入”常同义但不总是同义，不作别名）。目标为年初预算。不同于财政总收入（含上划中央、省级部分）。",
    },
    {
        "code": "fiscal-total-revenue", "name": "财政总收入", "aliases": [],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT,
        "description": _YTD + "大于地方一般公共预算收入：包括上划中央和上级的收入；确切口径未经核实，以本地财政部门为准。",
    },
    {
        "code": "total-tax", "name": "全口径税收", "aliases": ["税收总额", "全口径税收收入"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT,
        "description": _YTD + "税务部门在本区征收的全部税收，含上划中央、省级部分（地方习惯口径，未经核实）。"
                       "不同于一般公共预算收入中的税收收入（仅地方留成部分）。",
    },
    # ---------------------------------------------------------- 市场主体
    {
        "code": "new-above-scale-industrial", "name": "新增规上工业企业",
        "aliases": ["新增规模以上工业企业", "新增规模企业", "小升规", "小进规", "新增工业小进规"],
        "unit": "家", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新纳入统计联网直报的规模以上工业企业（年主营业务收入2000万元及以上）家数，即“小升规”。"
                       "“小进规”作为同义词未经核实。",
    },
    {
        "code": "new-four-above", "name": "新增“四上”企业",
        "aliases": ["新增四上企业", "新增四上单位", "新增“四上”单位", "新增培育四上企业", '新增"四上"企业'],
        "unit": "家", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新增达到规模、资质或限额标准的单位家数：规上工业、有资质建筑业、限上批零、限上住餐、"
                       "房地产开发经营、规上服务业。",
    },
    {
        "code": "new-qualified-construction", "name": "新增资质以上建筑业企业", "aliases": ["新增有资质建筑业企业"],
        "unit": "家", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新增具有总承包、专业承包资质的建筑业法人单位家数。",
    },
    {
        "code": "new-above-quota-trade", "name": "新增限额以上批零住餐业企业",
        "aliases": ["新增限上批零住餐企业", "新增限额以上批零餐饮业企业"],
        "unit": "家", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新增限额以上批发（2000万元）、零售（500万元）、住宿餐饮（200万元）企业家数。",
    },
    {
        "code": "new-above-scale-services", "name": "新增规模以上其他营利性服务业企业",
        "aliases": ["新增规上其他营利性服务业企业"],
        "unit": "家", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新增规模以上其他营利性服务业企业家数（单一营业收入标准，国统字〔2019〕101号）。",
    },
    {
        "code": "new-above-scale-transport", "name": "新增规模以上交通运输业企业",
        "aliases": ["新增规上交通运输业企业"],
        "unit": "家", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新增规模以上交通运输业企业家数（属规上服务业，门类G年营业收入2000万元及以上）。",
    },
    {
        "code": "high-tech-enterprises", "name": "高新技术企业数", "aliases": ["高新技术企业总数", "高企数量"],
        "unit": "家", "kind": STOCK, "growth_basis": CURRENT, "decimals": 0,
        "description": "期末有效期内的国家高新技术企业家数（存量）。",
    },
    {
        "code": "new-high-tech-enterprises", "name": "新增高新技术企业", "aliases": ["新增高企"],
        "unit": "家", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新认定的国家高新技术企业家数。",
    },
    {
        "code": "new-innovative-smes", "name": "新增创新型中小企业", "aliases": [],
        "unit": "家", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新认定的创新型中小企业家数。",
    },
    {
        "code": "new-specialised-smes", "name": "新增省级专精特新中小企业", "aliases": ["新增专精特新中小企业"],
        "unit": "家", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新认定的省级专精特新中小企业家数。",
    },
    {
        "code": "market-entities", "name": "市场主体总量", "aliases": ["期末市场主体总量", "市场主体总数"],
        "unit": "户", "kind": STOCK, "growth_basis": CURRENT, "decimals": 0,
        "description": "期末实有市场主体户数（企业、个体工商户、农民专业合作社），市场监管部门统计；存量，按期末数。",
    },
    {
        "code": "new-market-entities", "name": "新登记市场主体", "aliases": ["新增市场主体", "新登记市场主体数"],
        "unit": "户", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新登记的市场主体户数，市场监管部门统计。",
    },
    {
        "code": "new-enterprise-share", "name": "新登记企业占比", "aliases": ["新登记企业占新登记市场主体比重"],
        "unit": "%", "kind": RATE, "growth_basis": CURRENT, "decimals": 1,
        "description": "新登记企业 ÷ 新登记市场主体 × 100，年内累计口径。",
    },
    {
        "code": "new-listed-companies", "name": "新增上市企业", "aliases": [],
        "unit": "家", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计新增境内外上市企业家数。",
    },
    # ---------------------------------------------------------- 科技、就业
    {
        "code": "technology-contract-turnover", "name": "技术合同成交额", "aliases": ["技术合同成交金额"],
        "unit": "亿元", "kind": FLOW, "growth_basis": CURRENT,
        "description": _YTD + "经技术合同登记机构认定登记的技术合同成交金额，科技部门统计。",
    },
    {
        "code": "new-urban-jobs", "name": "城镇新增就业", "aliases": ["城镇新增就业人数", "新增城镇就业"],
        "unit": "人", "kind": COUNT, "growth_basis": CURRENT, "decimals": 0,
        "description": "年内累计城镇新增就业人数，人社部门统计。",
    },
]
# fmt: on

DEFAULTS: dict[str, Any] = {
    "kind": FLOW,
    "direction": Direction.HIGHER_BETTER,
    "growth_basis": CURRENT,
    "frequency": MONTHLY,
    "first_month": 1,
    "decimals": 2,
    "is_active": True,
}


def catalogue_entries() -> list[dict[str, Any]]:
    """The catalogue with defaults filled in and ``sort_order`` in steps of 10, in catalogue order."""
    out = []
    for position, entry in enumerate(CATALOGUE, start=1):
        full = {**DEFAULTS, "sort_order": position * 10, **entry}
        full["aliases"] = list(entry.get("aliases", []))
        out.append(full)
    return out


def catalogue_lookup(label: str) -> dict[str, Any] | None:
    """The catalogue entry whose name or alias is ``label`` (spaces ignored: "GDP 总量" → 地区生产总值)."""
    wanted = "".join(label.split())
    for entry in catalogue_entries():
        if wanted in ("".join(x.split()) for x in [entry["name"], *entry["aliases"]]):
            return entry
    return None


def catalogue_load(*, user: Any = None, source: str = "catalogue") -> int:
    """Create or update the seeded catalogue through ``indicator_save``; returns how many indicators
    were created or changed (0 when the database already holds the catalogue as written here).

    Entries that already match are skipped, so a second run writes no change-log rows.
    """
    from yuanqu.indicators.actions import INDICATOR_FIELDS, indicator_save
    from yuanqu.indicators.models import Indicator

    existing = {i.code: i for i in Indicator.objects.all()}
    written = 0
    for entry in catalogue_entries():
        current = existing.get(entry["code"])
        if current is not None and all(
            getattr(current, name) == entry[name] for name in INDICATOR_FIELDS if name in entry
        ):
            continue
        fields = {k: v for k, v in entry.items() if k not in ("code", "name", "unit")}
        indicator_save(user=user, code=entry["code"], name=entry["name"], unit=entry["unit"], source=source, **fields)
        written += 1
    return written
