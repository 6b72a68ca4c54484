"""Excel import of annual targets: the 重点经济指标 table of seed 004's attachment
(东西湖区产业转型提升专项行动目标任务总表)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from yuanqu.core.errors import DomainError
from yuanqu.core.models import ChangeLog
from yuanqu.indicators.importers import import_workbook
from yuanqu.indicators.models import Target
from yuanqu.indicators.tests.factories import IndicatorFactory
from yuanqu.indicators.tests.test_import_figures import xlsx
from yuanqu.org.choices import UnitType
from yuanqu.org.tests.factories import UnitFactory

YI = D(100_000_000)
WAN = D(10_000)

# The attachment's first table as published (tab-separated, section row included).
SEED_004 = """\
目标名称	目标内容	牵头责任单位	责任单位
一、重点经济指标
GDP 总量（亿元）/增速（%）	1590/15	区发改局	—
规上工业增加值增速（%）	16.8	区科经局	—
服务业增加值增速（%）	15.8	区发改局	—
高新技术产业增加值增速（%）	15	区科经局	—
固定资产投资规模（亿元）/增速（%）	740/22.9	区发改局	—
工业投资规模（亿元）/增速（%）	230/22.6	区科经局	—
技改投资占工业投资比重（%）	40	区科经局	—
社会消费品零售总额增速（%）	496/16.5	区商务局	—
招商引资实际到位资金（亿元）	726		—
产业项目到位资金占比（%）	50		—
外贸进出口规模（亿元）/增速（%）	219/16		—
实际利用外资增速（%）/商务部实际利用外资（FDI）规模（万美元）	6.4/24716		—"""

CATALOGUE = [
    ("gdp", "地区生产总值", ["GDP"], "亿元", "flow"),
    ("value-added", "规模以上工业增加值", ["规上工业增加值"], "亿元", "flow"),
    ("services", "服务业增加值", [], "亿元", "flow"),
    ("hi-tech", "高新技术产业增加值", [], "亿元", "flow"),
    ("fai", "固定资产投资", [], "亿元", "flow"),
    ("industrial-fai", "工业投资", [], "亿元", "flow"),
    ("tech-share", "技改投资占工业投资比重", [], "%", "rate"),
    ("retail", "社会消费品零售总额", ["社零"], "亿元", "flow"),
    ("attracted", "招商引资实际到位资金", [], "亿元", "flow"),
    ("project-share", "产业项目到位资金占比", [], "%", "rate"),
    ("trade", "外贸进出口总额", ["外贸进出口"], "亿元", "flow"),
    ("fdi", "实际利用外资", ["FDI", "商务部口径实际利用外资(FDI)"], "万美元", "flow"),
]

# indicator code → (value in base units, growth %, lead unit)
EXPECTED = {
    "gdp": (1590 * YI, D(15), "区发改局"),
    "value-added": (None, D("16.8"), "区科经局"),
    "services": (None, D("15.8"), "区发改局"),
    "hi-tech": (None, D(15), "区科经局"),
    "fai": (740 * YI, D("22.9"), "区发改局"),
    "industrial-fai": (230 * YI, D("22.6"), "区科经局"),
    "tech-share": (D(40), None, "区科经局"),
    "retail": (496 * YI, D("16.5"), "区商务局"),
    "attracted": (726 * YI, None, None),
    "project-share": (D(50), None, None),
    "trade": (219 * YI, D(16), None),
    "fdi": (24716 * WAN, D("6.4"), None),
}


def seed_rows(title="东西湖区产业转型提升专项行动目标任务总表"):
    return [[title], [], *[line.split("\t") for line in SEED_004.splitlines()]]


@pytest.fixture
def catalogue(db):
    return {
        code: IndicatorFactory(code=code, name=name, aliases=aliases, unit=unit, kind=kind, sort_order=i)
        for i, (code, name, aliases, unit, kind) in enumerate(CATALOGUE)
    }


@pytest.fixture
def bureaus(zone, zone_unit, bureau):
    return {
        "区科经局": bureau,
        "区发改局": UnitFactory(zone=zone, name="区发改局", type=UnitType.DEPARTMENT, parent=zone_unit),
        "区商务局": UnitFactory(zone=zone, name="区商务局", type=UnitType.DEPARTMENT, parent=zone_unit),
    }


def test_seed_004_key_indicators_become_the_zones_targets(tmp_path, stats_user, zone_unit, bureaus, catalogue):
    # given the attachment's 重点经济指标 table, whose title carries no year
    path = xlsx(tmp_path / "004.xlsx", {"目标任务总表": seed_rows()})

    # when it is imported for 2021
    summary = import_workbook(path, user=stats_user, year=2021)

    # then all 12 rows are expected-tier targets of the zone total, amounts in base units
    assert (summary.layout, summary.targets, summary.year) == ("targets", 12, 2021)
    got = {
        t.indicator.code: (t.value, t.growth_pct, t.lead_unit.name if t.lead_unit else None)
        for t in Target.objects.filter(unit=zone_unit, year=2021, tier="expected").select_related(
            "indicator", "lead_unit"
        )
    }
    assert got == EXPECTED
    gdp = Target.objects.get(indicator=catalogue["gdp"])
    assert gdp.text == "1590/15"
    # 社零's name mentions only the growth: read as 总量/增速 and said so
    assert summary.warnings == [
        "第 12 行「目标内容」: 「496/16.5」有两项而目标名称只写了一项，按「总量（亿元）/增速（%）」读取"
    ]


def test_target_year_comes_from_the_title(tmp_path, stats_user, zone_unit, bureaus, catalogue):
    path = xlsx(tmp_path / "t.xlsx", {"S": seed_rows(title="2022年产业转型提升专项行动目标任务总表")})
    assert import_workbook(path, user=stats_user).year == 2022
    assert Target.objects.filter(year=2022).count() == 12


def test_expected_and_stretch_columns_give_two_tiers(tmp_path, stats_user, zone_unit, bureaus, catalogue):
    rows = [
        ["2021年目标"],
        ["目标名称", "预期目标", "拼搏目标", "牵头单位"],
        ["GDP 总量（亿元）/增速（%）", "1590/15", "1600/16", "区发改局"],
    ]
    import_workbook(xlsx(tmp_path / "t.xlsx", {"S": rows}), user=stats_user)
    stretch = Target.objects.get(indicator=catalogue["gdp"], tier="stretch")
    assert (stretch.value, stretch.growth_pct) == (1600 * YI, D(16))
    assert Target.objects.get(indicator=catalogue["gdp"], tier="expected").value == 1590 * YI


def test_targets_for_a_named_unit(tmp_path, stats_user, street, bureaus, catalogue):
    rows = [["2021年"], ["目标名称", "目标内容"], ["社会消费品零售总额（万元）", "5000"]]
    import_workbook(xlsx(tmp_path / "t.xlsx", {"S": rows}), user=stats_user, unit="走马岭街")
    assert Target.objects.get(unit=street).value == 5000 * WAN


@pytest.mark.parametrize(
    ("row", "errors"),
    [
        (
            ["规上工业总产量增速（%）", "16.8", "区科经局"],
            ["第 3 行「目标名称」: 「规上工业总产量增速（%）」不在指标目录中"],
        ),
        (["GDP 总量（亿元）/增速（%）", "1590/abc", "区发改局"], ["第 3 行「目标内容」: 「1590/abc」不是数字"]),
        (
            ["GDP 总量（亿元）/增速（%）", "1590", "区发改局"],
            ["第 3 行「目标内容」: 「1590」有 1 项，与目标名称的 2 项对不上"],
        ),
        (
            ["GDP 总量（亿元）/增速（%）", "1590/15", "区财政局"],
            ["第 3 行「牵头责任单位」: 「区财政局」不在单位名录中"],
        ),
        (
            ["GDP 总量（万美元）", "1590", ""],
            ["第 3 行「目标名称」: 计量单位「万美元」与指标「地区生产总值」的计量单位「亿元」不符"],
        ),
    ],
)
def test_bad_target_rows_are_reported_and_nothing_is_saved(
    tmp_path, stats_user, zone_unit, bureaus, catalogue, row, errors
):
    # given a bad row above a good one
    rows = [["2021年"], ["目标名称", "目标内容", "牵头责任单位"], row, ["招商引资实际到位资金（亿元）", "726", ""]]
    before = ChangeLog.objects.count()
    with pytest.raises(DomainError) as caught:
        import_workbook(xlsx(tmp_path / "t.xlsx", {"S": rows}), user=stats_user)
    assert caught.value.errors == errors
    assert (Target.objects.count(), ChangeLog.objects.count()) == (0, before)


def test_duplicate_target_rows_are_rejected(tmp_path, stats_user, zone_unit, bureaus, catalogue):
    rows = [["2021年"], ["目标名称", "目标内容"], ["GDP（亿元）", "1590"], ["地区生产总值（亿元）", "1600"]]
    with pytest.raises(DomainError) as caught:
        import_workbook(xlsx(tmp_path / "t.xlsx", {"S": rows}), user=stats_user)
    assert caught.value.errors == ["第 4 行「目标名称」: 与第 3 行重复（指标「地区生产总值」）"]


def test_target_year_is_required(tmp_path, stats_user, zone_unit, bureaus, catalogue):
    with pytest.raises(DomainError) as caught:
        import_workbook(xlsx(tmp_path / "t.xlsx", {"S": seed_rows()}), user=stats_user)
    assert caught.value.errors == [
        "第 3 行「目标内容」: 无法确定目标年度：标题中没有「2021年」这样的年份，请指定年份（--year）"
    ]


def test_reporter_may_not_import_targets(tmp_path, reporter, zone_unit, bureaus, catalogue):
    with pytest.raises(DomainError) as caught:
        import_workbook(xlsx(tmp_path / "t.xlsx", {"S": seed_rows()}), user=reporter, year=2021)
    assert caught.value.errors == ["第 3 行「目标内容」: 无权设置年度目标（需经发局统计或系统管理员）"]
    assert Target.objects.count() == 0
