"""The demo zone as data: 武汉临空港经开区（东西湖区）, its units and logins, and its 2021 targets.

Everything here comes from seed 004 (武临开办〔2021〕2号, 产业转型提升专项行动方案 and its 目标任务总表)
unless a comment says it is a demo assumption. The figures themselves are generated
(``yuanqu.demo.actions``): they are 演示数据, not the zone's statistics.
"""

from __future__ import annotations

from dataclasses import dataclass

from yuanqu.org.choices import Role, UnitType

PASSWORD = "Yuanqu@2021"
DEMO_NOTE = "演示数据"
SEED = 2021
DATA_YEAR = 2021
LAST_MONTH = 11  # the demo is "as of" the 1-11月 bulletin of 2021
YEARS = (2020, 2021)

ZONE = {"name": "武汉临空港经开区（东西湖区）", "short_name": "临空港经开区", "code": "420112"}
ZONE_UNIT = "全区"


@dataclass(frozen=True)
class UnitSpec:
    name: str
    type: str
    short_name: str = ""
    aliases: tuple[str, ...] = ()
    parent: str = ZONE_UNIT
    reporter: str = ""  # username of the unit's 单位填报 account, "" when the unit has none


# The 18 units that report the zone's additive indicators (产值、投资、社零、到位资金): the six
# industrial offices and the twelve streets. Together they make up the zone ("全区16家街道产业处",
# seed 000), so the zone total is their sum.
OFFICES = [
    UnitSpec(
        "区机电产业办",
        UnitType.INDUSTRY_OFFICE,
        "机电产业办",
        ("机电产业办", "武汉临空港经开区机电产业建设管理办公室", "机电产业建设管理办公室"),
        reporter="jdcyb",
    ),
    UnitSpec("区食品医药产业办", UnitType.INDUSTRY_OFFICE, "食品医药产业办", ("食品医药产业办",), reporter="spyycyb"),
    UnitSpec("区保税物流产业办", UnitType.INDUSTRY_OFFICE, "保税物流产业办", ("保税物流产业办",), reporter="bswlcyb"),
    UnitSpec("区现代服务产业办", UnitType.INDUSTRY_OFFICE, "现代服务产业办", ("现代服务产业办",), reporter="xdfwcyb"),
    UnitSpec("区临空产业办", UnitType.INDUSTRY_OFFICE, "临空产业办", ("临空产业办",), reporter="lkcyb"),
    UnitSpec("区高新产业办", UnitType.INDUSTRY_OFFICE, "高新产业办", ("高新产业办",), reporter="gxcyb"),
]


def _street(name: str, reporter: str, *extra: str) -> UnitSpec:
    short = name.removesuffix("街")
    return UnitSpec(name, UnitType.STREET, short, (f"{short}街道", short, *extra), reporter=reporter)


# Streets of 东西湖区 (新沟镇街 is named in seed 004; the others from the district's divisions).
STREETS = [
    _street("吴家山街", "wjsj"),
    _street("将军路街", "jjlj"),
    _street("慈惠街", "chj"),
    _street("走马岭街", "zmlj"),
    _street("径河街", "jhj"),
    _street("长青街", "cqj"),
    _street("金银湖街", "jyhj"),
    _street("东山街", "dsj", "东山办事处"),
    _street("柏泉街", "bqj", "柏泉办事处"),
    _street("辛安渡街", "xadj", "辛安渡办事处"),
    _street("东西湖街", "dxhj"),
    _street("新沟镇街", "xgzj"),
]

# Departments named in seed 004. Those that lead a demo target (牵头责任单位) get a reporter login.
DEPARTMENTS = [
    UnitSpec("区发改局", UnitType.DEPARTMENT, "发改局", ("发改局", "区发展和改革局"), reporter="fgj"),
    UnitSpec("区科经局", UnitType.DEPARTMENT, "科经局", ("科经局", "区科技和经济信息化局"), reporter="kjj"),
    UnitSpec("区商务局", UnitType.DEPARTMENT, "商务局", ("商务局",), reporter="swj"),
    UnitSpec("区财政局", UnitType.DEPARTMENT, "财政局", ("财政局",)),
    UnitSpec("区税务局", UnitType.DEPARTMENT, "税务局", ("税务局",)),
    UnitSpec("区自然资源和规划局", UnitType.DEPARTMENT, "自然资源和规划局", ("自然资源和规划局", "区自规局")),
    UnitSpec("区交通运输局", UnitType.DEPARTMENT, "交通运输局", ("交通运输局",)),
    UnitSpec("区住建局", UnitType.DEPARTMENT, "住建局", ("住建局",)),
    UnitSpec("区人社局", UnitType.DEPARTMENT, "人社局", ("人社局",)),
    UnitSpec("区市场监管局", UnitType.DEPARTMENT, "市场监管局", ("市场监管局",), reporter="scjgj"),
    UnitSpec("区农业农村局", UnitType.DEPARTMENT, "农业农村局", ("农业农村局",)),
    UnitSpec("区大数据中心", UnitType.DEPARTMENT, "大数据中心", ("大数据中心",)),
    UnitSpec("区卫健局", UnitType.DEPARTMENT, "卫健局", ("卫健局",)),
    UnitSpec("区工商联", UnitType.DEPARTMENT, "工商联", ("工商联",)),
    UnitSpec("区金融办", UnitType.DEPARTMENT, "金融办", ("金融办",)),
]

# Seed 004 三、保障措施（一）: "领导小组办公室设在区发改局".
LEADING_GROUP_OFFICE = UnitSpec(
    "区产业提升领导小组办公室",
    UnitType.LEADING_GROUP_OFFICE,
    "产业提升领导小组办公室",
    ("领导小组办公室", "产业提升专项行动工作领导小组办公室"),
    parent="区发改局",
)

ZONE_UNIT_SPEC = UnitSpec(ZONE_UNIT, UnitType.ZONE, ZONE_UNIT, ("东西湖区", "临空港经开区"), parent="")

REPORTING_UNITS = [*OFFICES, *STREETS]
ALL_UNITS = [ZONE_UNIT_SPEC, *OFFICES, *STREETS, *DEPARTMENTS, LEADING_GROUP_OFFICE]


@dataclass(frozen=True)
class UserSpec:
    username: str
    role: str
    unit: str
    last_name: str = ""
    is_staff: bool = False
    is_superuser: bool = False


def demo_users() -> list[UserSpec]:
    """The demo logins, all with password ``PASSWORD``: admin, statistics, leader, one reporter per unit."""
    users = [
        UserSpec("admin", Role.ADMIN, "区大数据中心", "系统管理员", is_staff=True, is_superuser=True),
        UserSpec("tongji", Role.STATISTICS, "区发改局", "发改局统计"),
        UserSpec("lingdao", Role.LEADER, ZONE_UNIT, "区领导"),
        # The 领导小组办公室 reviews the monthly task reports (accepts or returns them).
        UserSpec("ldxzb", Role.REPORTER, "区产业提升领导小组办公室", "领导小组办公室"),
    ]
    for spec in [*OFFICES, *STREETS, *DEPARTMENTS]:
        if spec.reporter:
            users.append(UserSpec(spec.reporter, Role.REPORTER, spec.name, f"{spec.short_name}填报员"))
    return users


# ------------------------------------------------------------------ 2021 targets of the zone


@dataclass(frozen=True)
class ZoneTarget:
    """A 2021 zone target: amount in the indicator's display unit and/or growth in %, as 004 states it."""

    code: str
    value: float | None
    growth_pct: float | None
    lead: str
    text: str
    stretch_value: float | None = None  # when the seed states the 拼搏目标; otherwise derived


# 附件 目标任务总表 一、重点经济指标 (texts as printed in 目标内容), then the 004 tasks with a number.
ZONE_TARGETS = [
    ZoneTarget("gdp", 1590, 15, "区发改局", "1590/15"),
    ZoneTarget("industrial-value-added", None, 16.8, "区科经局", "16.8"),
    ZoneTarget("services-value-added", None, 15.8, "区发改局", "15.8"),
    ZoneTarget("high-tech-value-added", None, 15, "区科经局", "15"),
    ZoneTarget("fixed-asset-investment", 740, 22.9, "区发改局", "740/22.9"),
    ZoneTarget("industrial-investment", 230, 22.6, "区科经局", "230/22.6"),
    ZoneTarget("tech-upgrade-share", 40, None, "区科经局", "40"),
    ZoneTarget("retail", 496, 16.5, "区商务局", "496/16.5"),
    # 004 leaves 牵头责任单位 empty for the next four; 区商务局 leads 招商, 外贸 and 外资 in the rest of
    # the document (招商引资政策, 产业链招商引资), so the demo assigns them there.
    ZoneTarget("investment-attracted", 726, None, "区商务局", "726"),
    ZoneTarget("industrial-project-funds-share", 50, None, "区商务局", "50"),
    ZoneTarget("foreign-trade", 219, 16, "区商务局", "219/16"),
    ZoneTarget("fdi", 24716, 6.4, "区商务局", "6.4/24716"),
    # 二、重点工作任务 with a number.
    ZoneTarget("signed-investment", 800, None, "区商务局", "产业链招商签约金额800亿元"),
    ZoneTarget(
        "new-market-entities", 20046, None, "区市场监管局", "预期目标20046户，拼搏目标25058户", stretch_value=25058
    ),
    ZoneTarget("market-entities", 145613, None, "区市场监管局", "期末市场主体总量达到145613户"),
    ZoneTarget("new-enterprise-share", 75, None, "区市场监管局", "新登记企业占比达到75%"),
    ZoneTarget("new-above-scale-industrial", 40, None, "区科经局", "新增40户，力争净增24户"),
]

STRETCH_FACTOR = 1.03  # 拼搏目标 where 004 gives none: 3% above the expected amount (demo assumption)
STRETCH_TEXT = "拼搏目标（演示：预期目标上浮3%）"

# ------------------------------------------------------------------ series of the demo

# 2020's full-year growth over 2019 (published 同比), roughly Wuhan's 2020; demo assumption.
GROWTH_2020 = {
    "gdp": -4.2,
    "industrial-value-added": -5.1,
    "services-value-added": -2.9,
    "high-tech-value-added": 2.3,
    "industrial-output": -6.3,
    "fixed-asset-investment": -10.6,
    "industrial-investment": -12.4,
    "tech-upgrade-investment": -8.8,
    "retail": -18.7,
    "investment-attracted": -8.0,
    "foreign-trade": 3.4,
    "fdi": -12.0,
    "signed-investment": 5.0,
    "new-market-entities": -9.5,
    "new-above-scale-industrial": 10.0,
}

# Indicators split over the 18 reporting units, with the zone figure their sum.
# (code, weight column, zone 2021 target or None, zone target growth or None, zone 2020 amount if no target)
SPLIT = [
    # 规上工业总产值 has no zone target in 004: 2020 at 1500亿元 is a demo assumption, the zone
    # target is the sum of the units' targets (产业办 +17%, 004 "产业园区年产值…增幅达到17%以上").
    ("industrial-output", "industry", None, None, 1500.0),
    ("fixed-asset-investment", "investment", 740.0, 22.9, None),
    ("industrial-investment", "industrial_investment", 230.0, 22.6, None),
    ("retail", "retail", 496.0, 16.5, None),
    ("investment-attracted", "attract", 726.0, None, 660.0),
]

# Relative size of each reporting unit per column (industry, investment, retail, attract); demo assumption
# shaped on the zone's layout: industry in the offices and 走马岭/新沟镇, shops in 吴家山/将军路/金银湖.
WEIGHTS = {
    "区机电产业办": (10, 8, 0.5, 9),
    "区食品医药产业办": (9, 6, 0.5, 6),
    "区保税物流产业办": (3, 5, 4, 6),
    "区现代服务产业办": (1, 4, 3, 7),
    "区临空产业办": (5, 5, 0.5, 5),
    "区高新产业办": (2, 3, 0.5, 4),
    "吴家山街": (2, 4, 10, 3),
    "将军路街": (1.5, 4, 8, 3),
    "慈惠街": (2, 3, 3, 2),
    "走马岭街": (6, 6, 3, 4),
    "径河街": (3, 5, 4, 3),
    "长青街": (1, 3, 7, 2),
    "金银湖街": (0.5, 6, 9, 4),
    "东山街": (1.5, 2, 1, 1.5),
    "柏泉街": (0.8, 2, 1, 1.5),
    "辛安渡街": (1, 2, 1, 1.5),
    "东西湖街": (1, 2, 1.5, 1.5),
    "新沟镇街": (5, 5, 2, 4),
}

# Units placed on a path on purpose, so the 1-11月 cards show every colour (see series.PATHS).
# The story to show: 走马岭街's 固定资产投资 is yellow for 1-10月 and, still behind for 1-11月, turns red.
PLANNED_PATHS = {
    ("走马岭街", "fixed-asset-investment"): "two_month_yellow",
    ("柏泉街", "fixed-asset-investment"): "deep_lag",
    ("辛安渡街", "fixed-asset-investment"): "late_slip",
    ("区临空产业办", "industrial-output"): "late_slip",
    ("东山街", "industrial-output"): "deep_lag",
    ("径河街", "industrial-output"): "dip",
    ("长青街", "retail"): "late_slip",
    ("东西湖街", "retail"): "two_month_yellow",
    ("新沟镇街", "industrial-investment"): "dip",
    ("区高新产业办", "industrial-investment"): "late_slip",
    ("区现代服务产业办", "investment-attracted"): "deep_lag",
}

# Zone-only series: (code, 2020 amount or None = from the target, path, store value, store growth).
# Amounts for growth-only indicators are hidden and only drive the published growth.
ZONE_SERIES = [
    ("gdp", None, "on_track", True, True),
    ("industrial-value-added", 380.0, "on_track", False, True),
    ("services-value-added", 732.8, "on_track", True, True),
    ("high-tech-value-added", 310.0, "ahead", False, True),
    ("foreign-trade", None, "late_slip", True, True),
    ("fdi", None, "ahead", True, True),
    ("signed-investment", 690.0, "on_track", True, True),
    ("new-market-entities", 17380.0, "on_track", True, True),
    ("new-above-scale-industrial", 33.0, "on_track", True, True),
]
