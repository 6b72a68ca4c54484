"""The section state machine of the fact extractor: goal sections and review sections named by
headings without a colon (三、主要目标, （一）经济发展目标, 四、重点任务, 二、下一步工作打算, 一、2024年工作回顾),
in documents whose title names a plan year, a review year, or both. Every document here is made up."""

from decimal import Decimal

from yuanqu.docintel.engine.docmeta import build_context, extract_title
from yuanqu.docintel.tests.helpers import facts as _facts


def _find(facts: list[dict], indicator_part: str, **wanted) -> dict:
    for f in facts:
        if indicator_part in f["indicator"] and all(f[k] == v for k, v in wanted.items()):
            return f
    raise AssertionError(
        f"no fact {indicator_part} {wanted} in {[(f['indicator'], f['kind'], f['year']) for f in facts]}"
    )


def _kinds(facts: list[dict]) -> set[tuple[str, int]]:
    return {(f["kind"], f["year"]) for f in facts}


JIANGXI = """江西省南昌经济技术开发区2025年重点目标任务

一、主要目标
（一）经济发展目标
1．地区生产总值增长7%左右。
2．规模以上工业增加值增长8%。
3．固定资产投资突破300亿元。
4．新增规上企业20家。
5．一般公共预算收入完成年度预算的55%以上。
（二）招商引资目标
1.实际利用外资1.5亿美元。
二、重点任务
（1）高新技术企业达到150家。
"""


def test_goal_heading_without_colon_in_a_plan_titled_document():
    facts = _facts(JIANGXI)
    assert _kinds(facts) == {("target", 2025)}
    gdp = _find(facts, "地区生产总值")
    assert gdp["growth_pct"] == 7 and gdp["qualifier"] == "左右" and gdp["value"] is None
    assert _find(facts, "固定资产投资")["value"] == 300 and _find(facts, "固定资产投资")["qualifier"] == "突破"
    assert _find(facts, "规上企业")["value"] == 20
    assert _find(facts, "高新技术企业")["value"] == 150
    assert _find(facts, "实际利用外资")["currency"] == "USD" or _find(facts, "实际利用外资")["unit"].endswith("美元")


def test_completion_only_goal_keeps_its_rate():
    budget = _find(_facts(JIANGXI), "预算收入")
    assert budget["kind"] == "target" and budget["year"] == 2025
    assert budget["completion_pct"] == 55 and budget["value"] is None and budget["qualifier"] == "以上"


HUBEI = """湖北省襄阳高新区2024年工作总结和2025年工作计划

一、2024年工作回顾
2024年，全区实现地区生产总值850亿元，增长6.5%。
新增规上企业35家。
二、2025年工作目标
①地区生产总值增长7%左右
②固定资产投资增长10%
③新增高新技术企业50家
三、下一步工作打算
（一）力争实际利用外资8000万美元。
（二）社会消费品零售总额达到260亿元。
"""


def test_review_then_goal_sections_with_circled_items():
    facts = _facts(HUBEI)
    assert _find(facts, "地区生产总值", kind="actual")["year"] == 2024
    assert _find(facts, "规上企业", kind="actual")["year"] == 2024
    assert _find(facts, "地区生产总值", kind="target")["growth_pct"] == 7
    assert _find(facts, "固定资产投资", kind="target", year=2025)["growth_pct"] == 10
    assert _find(facts, "高新技术企业", kind="target", year=2025)["value"] == 50
    assert _find(facts, "社会消费品零售总额")["kind"] == "target"
    assert _find(facts, "社会消费品零售总额")["year"] == 2025


SICHUAN = """关于印发《四川省成都天府新区2026年经济工作要点》的通知

各部门：
一、2025年主要工作
全年完成固定资产投资1100亿元，增长5%。
二、工作目标
(1)地区生产总值增长6%
(2)进出口总额突破900亿元
(3)新增规上工业企业40家
三、重点任务
1、一般公共预算收入完成年度预算的100%。
"""


def test_title_plan_year_and_earlier_year_heading_is_a_review():
    facts = _facts(SICHUAN)
    fai = _find(facts, "固定资产投资")
    assert (fai["kind"], fai["year"], fai["value"]) == ("actual", 2025, 1100)
    assert _find(facts, "地区生产总值") == _find(facts, "地区生产总值", kind="target", year=2026)
    assert _find(facts, "进出口", kind="target", year=2026)["value"] == 900
    assert _find(facts, "规上工业企业", kind="target", year=2026)["value"] == 40
    assert _find(facts, "预算收入", kind="target", year=2026)["completion_pct"] == 100


ZHEJIANG = """浙江省嘉兴经济技术开发区2023年工作总结

一、2023年主要工作
（一）重点工作
全年完成规上工业总产值980亿元，同比增长9.1%。
（二）经济发展目标完成情况
地区生产总值完成年度目标的102%。
二、存在问题
三、2024年主要目标
1）地区生产总值比2023年增长6.5%
2）规模以上工业增加值增长7%左右
四、重点任务
（一）力争新增规上企业30家。
（二）税收收入达到45亿元。
"""


def test_review_document_goal_section_and_year_comparison():
    facts = _facts(ZHEJIANG)
    assert _find(facts, "工业总产值")["kind"] == "actual" and _find(facts, "工业总产值")["year"] == 2023
    done = _find(facts, "地区生产总值", kind="actual")
    assert done["year"] == 2023 and done["completion_pct"] == 102
    goal = _find(facts, "地区生产总值", kind="target")
    assert goal["year"] == 2024 and goal["growth_pct"] == Decimal("6.5")
    assert _find(facts, "规模以上工业增加值", kind="target", year=2024)["growth_pct"] == 7
    assert _find(facts, "规上企业", kind="target", year=2024)["value"] == 30
    assert _find(facts, "税收收入", kind="target", year=2024)["value"] == 45


GUANGDONG = """广东省佛山高新区关于印发2026年目标任务的通知

一、主要成效
全年实现工业总产值3200亿元，增长6%。
二、主要目标
地区生产总值增长5.5%。
一般公共预算收入完成年度预算的100%以上。
新增规上企业120家。
"""


def test_unnumbered_goal_lines_and_yearless_review_heading():
    facts = _facts(GUANGDONG)
    assert _find(facts, "工业总产值")["kind"] == "actual" and _find(facts, "工业总产值")["year"] == 2025
    assert _find(facts, "地区生产总值", kind="target", year=2026)["growth_pct"] == Decimal("5.5")
    assert _find(facts, "规上企业", kind="target", year=2026)["value"] == 120


SHANDONG = """山东省青岛西海岸新区2024年上半年工作总结和下半年工作打算

一、上半年工作完成情况
上半年，地区生产总值完成1800亿元，同比增长6.1%。
二、下一步工作打算
1.确保全年地区生产总值增长6%以上。
2.固定资产投资增长8%。
"""


def test_half_year_report_plans_for_the_same_year():
    facts = _facts(SHANDONG)
    actual = _find(facts, "地区生产总值", kind="actual")
    assert actual["year"] == 2024 and actual["months"] == [1, 6]
    assert _find(facts, "固定资产投资", kind="target")["year"] == 2024


HENAN = """河南省郑州航空港经济综合实验区2024年工作总结

（一）经济发展目标
全年地区生产总值完成1350亿元，增长8%。
（二）招商任务
引进亿元以上项目45个。
第三部分 2025年工作安排
（一）主要目标
1.地区生产总值增长7%。
"""

JIANGSU = """江苏省苏州工业园区2025年工作要点

第一部分 2024年工作回顾
（一）经济发展目标
地区生产总值完成3800亿元，增长5.8%。
第二部分 主要目标
（一）经济发展目标
①地区生产总值增长5%左右
②新增上市企业10家
"""


def test_goal_subheadings_under_a_review_stay_reviews():
    henan = _facts(HENAN)
    assert _find(henan, "地区生产总值", kind="actual")["year"] == 2024
    assert _find(henan, "亿元以上项目")["kind"] == "actual"
    assert _find(henan, "地区生产总值", kind="target")["year"] == 2025
    jiangsu = _facts(JIANGSU)
    assert _find(jiangsu, "地区生产总值", kind="actual")["year"] == 2024
    assert _find(jiangsu, "地区生产总值", kind="target", year=2025)["qualifier"] == "左右"
    assert _find(jiangsu, "上市企业", kind="target", year=2025)["value"] == 10


def test_plan_year_of_titles():
    def ctx(title: str):
        return build_context(title + "\n", extract_title(title + "\n"), set())

    assert ctx("XX开发区2025年重点目标任务").plan_year == 2025
    assert ctx("关于印发《XX新区2026年经济工作要点》的通知").plan_year == 2026
    assert ctx("XX区2024年工作总结和2025年工作计划").plan_year == 2025
    assert ctx("XX开发区2017年工作回眸和今年新谋划").plan_year == 2018
    assert ctx("XX开发区2023年工作总结").plan_year == 2024
    assert not ctx("XX开发区2023年工作总结").plan_title
    assert ctx("XX开发区2025年重点目标任务").plan_title
