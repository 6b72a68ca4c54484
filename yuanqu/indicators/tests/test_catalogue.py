"""The seeded indicator catalogue: complete for the seeds, unambiguous, and loaded idempotently."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from yuanqu.core.models import ChangeLog
from yuanqu.core.money import UNITS
from yuanqu.indicators.catalogue import CATALOGUE, catalogue_entries, catalogue_load, catalogue_lookup
from yuanqu.indicators.choices import Frequency, GrowthBasis, IndicatorKind
from yuanqu.indicators.models import Indicator

# Indicator names as the five seed documents write them, and the catalogue entry each must resolve to.
SEED_LABELS = [
    # 000 机电产业办 2017 年工作总结
    ("公共财政预算收入", "general-budget-revenue"),
    ("全口径税收", "total-tax"),
    ("固定资产投资总额", "fixed-asset-investment"),
    ("规模以上工业总产值", "industrial-output"),
    ("实际利用内资", "domestic-capital"),
    ("实际利用外资", "fdi"),
    ("社会消费品零售总额", "retail"),
    ("出口创汇", "exports"),
    ("签约投资额", "signed-investment"),
    ("签约项目", "signed-projects"),
    # 001 蔡甸经开区 2024 年工作总结
    ("工业总产值", "industrial-output"),
    ("全社会固定资产投资", "fixed-asset-investment"),
    ("工业投资", "industrial-investment"),
    ("新增四上企业", "new-four-above"),
    ("签约亿元以上重大项目", "signed-major-projects"),
    ("签约金额", "signed-investment"),
    ("新增创新型中小企业", "new-innovative-smes"),
    ("新增省级专精特新中小企业", "new-specialised-smes"),
    ("新增高新技术企业", "new-high-tech-enterprises"),
    # 002 咸安经济开发区
    ("新增规模企业", "new-above-scale-industrial"),
    ("招商引资到位资金", "investment-attracted"),
    ("固定资产投资", "fixed-asset-investment"),
    # 003 东湖高新区 2019 年工作报告
    ("GDP", "gdp"),
    ("规上工业增加值", "industrial-value-added"),
    ("服务业增加值", "services-value-added"),
    ("固定投资额", "fixed-asset-investment"),
    ("高新技术产业产值", "high-tech-output"),
    ("地方一般公共预算收入", "general-budget-revenue"),
    ("招商引资实际到位资金", "investment-attracted"),
    ("出口总额", "exports"),
    ("进出口", "foreign-trade"),
    ("新增四上单位", "new-four-above"),
    ("新增规上工业企业", "new-above-scale-industrial"),
    ("技术合同成交额", "technology-contract-turnover"),
    ("城镇新增就业", "new-urban-jobs"),
    # 004 临空港经开区 产业转型提升专项行动方案
    ("地区生产总值", "gdp"),
    ("GDP 总量", "gdp"),
    ("规模以上工业增加值", "industrial-value-added"),
    ("高新技术产业增加值", "high-tech-value-added"),
    ("固定资产投资规模", "fixed-asset-investment"),
    ("工业投资规模", "industrial-investment"),
    ("技改占工业投资的比重", "tech-upgrade-share"),
    ("技改投资占工业投资比重", "tech-upgrade-share"),
    ("产业项目到位资金占比", "industrial-project-funds-share"),
    ("外贸进出口规模", "foreign-trade"),
    ("商务部口径实际利用外资（FDI）", "fdi"),
    ("商务部实际利用外资（FDI）", "fdi"),
    ("产业链招商签约金额", "signed-investment"),
    ("新开工亿元以上产业项目", "major-projects-started"),
    ("工业技改项目", "tech-upgrade-projects"),
    ("新登记市场主体", "new-market-entities"),
    ("市场主体总量", "market-entities"),
    ("新登记企业占比", "new-enterprise-share"),
    ("新增规模以上工业企业", "new-above-scale-industrial"),
    ("新增上市企业", "new-listed-companies"),
    # DOMAIN.md §1.2 synonyms
    ("公共财政收入", "general-budget-revenue"),
    ("地方一般预算收入", "general-budget-revenue"),
    ("第三产业增加值", "services-value-added"),
    ("税收总额", "total-tax"),
    ("实际使用外资", "fdi"),
    ("工业技术改造投资", "tech-upgrade-investment"),
    ("社零", "retail"),
    ("到位资金", "investment-attracted"),
]


def _resolve(label: str) -> Indicator | None:
    wanted = "".join(label.split())
    for indicator in Indicator.objects.all():
        if wanted in ["".join(x.split()) for x in [indicator.name, *indicator.aliases]]:
            return indicator
    return None


def test_catalogue_names_and_aliases_belong_to_one_indicator_only():
    labels = Counter(label for e in catalogue_entries() for label in [e["name"], *e["aliases"]])
    assert [label for label, n in labels.items() if n > 1] == []


def test_catalogue_codes_are_unique_slugs():
    codes = [e["code"] for e in CATALOGUE]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[a-z0-9-]+", c) for c in codes)


def test_catalogue_entries_use_known_units_and_choices():
    for e in catalogue_entries():
        assert e["unit"] in UNITS, e["code"]
        assert e["kind"] in IndicatorKind.values
        assert e["growth_basis"] in GrowthBasis.values
        assert e["frequency"] in Frequency.values
        assert e["description"], e["code"]


@pytest.mark.parametrize(
    ("code", "first_month", "frequency", "basis"),
    [
        ("gdp", 3, Frequency.QUARTERLY, GrowthBasis.CONSTANT),
        ("services-value-added", 3, Frequency.QUARTERLY, GrowthBasis.CONSTANT),
        ("industrial-value-added", 2, Frequency.MONTHLY, GrowthBasis.COMPARABLE),
        ("industrial-output", 2, Frequency.MONTHLY, GrowthBasis.CURRENT),
        ("fixed-asset-investment", 2, Frequency.MONTHLY, GrowthBasis.CURRENT),
        ("industrial-investment", 2, Frequency.MONTHLY, GrowthBasis.CURRENT),
        ("retail", 1, Frequency.MONTHLY, GrowthBasis.CURRENT),
    ],
)
def test_catalogue_periods_follow_domain_conventions(code, first_month, frequency, basis):
    entry = next(e for e in catalogue_entries() if e["code"] == code)
    assert (entry["first_month"], entry["frequency"], entry["growth_basis"]) == (first_month, frequency, basis)


def test_fdi_and_exports_are_in_us_dollars_and_shares_are_rates():
    entries = {e["code"]: e for e in catalogue_entries()}
    assert entries["fdi"]["unit"] == "万美元"
    assert entries["exports"]["unit"] == "万美元"
    assert entries["tech-upgrade-share"]["kind"] == IndicatorKind.RATE
    assert entries["tech-upgrade-share"]["unit"] == "%"
    assert entries["market-entities"]["kind"] == IndicatorKind.STOCK
    assert entries["new-market-entities"]["kind"] == IndicatorKind.COUNT


@pytest.mark.django_db
def test_catalogue_load_creates_every_entry_then_writes_nothing_the_second_time():
    # given an empty catalogue
    assert Indicator.objects.count() == 0
    # when it is loaded twice
    first = catalogue_load()
    logs = ChangeLog.objects.count()
    second = catalogue_load()
    # then every entry exists once, and the second load changed nothing
    assert first == len(CATALOGUE)
    assert second == 0
    assert Indicator.objects.count() == len(CATALOGUE)
    assert ChangeLog.objects.count() == logs == len(CATALOGUE)


@pytest.mark.django_db
def test_catalogue_load_restores_an_entry_changed_in_the_database():
    catalogue_load()
    Indicator.objects.filter(code="gdp").update(description="改过", aliases=["GDP"])
    assert catalogue_load() == 1
    gdp = Indicator.objects.get(code="gdp")
    assert gdp.aliases == ["GDP", "GDP总量", "生产总值"]
    assert gdp.description.startswith("按季度累计")


@pytest.mark.django_db
@pytest.mark.parametrize(("label", "code"), SEED_LABELS)
def test_every_indicator_named_in_the_seeds_resolves_to_its_catalogue_entry(label, code):
    catalogue_load()
    indicator = _resolve(label)
    assert indicator is not None, label
    assert indicator.code == code
    assert catalogue_lookup(label)["code"] == code


def test_a_label_that_is_no_indicator_resolves_to_nothing():
    assert catalogue_lookup("规上工业企业") is None
    assert catalogue_lookup("地方财政收入") is None  # DOMAIN.md: often but not always 地方一般公共预算收入
