"""Task tables read into rows with their cells kept apart, and into the tree: merged cells, repeated
page headers, unit columns found from the right, the supervision layout."""

from __future__ import annotations

from yuanqu.docintel.engine.tasks import LEFT, extract_tasks, resolve, sheet_rows, task_rows

TABLE = (
    "附件：2023年目标任务表\n"
    "目标名称\t目标内容\t\t牵头责任单位\t责任单位\n"
    "<b>一、经济指标</b>\t\t\t\t\n"
    "工业总产值（亿元）/增速（%）\t820/12\t\t区经信局\t—\n"
    "外贸进出口（亿元）\t96\t\t\t—\n"
    "<b>二、重点任务</b>\t\t\t\t\n"
    "<b>(一) 招商引资</b>\t\t\t\t\n"
    "产业链招商\t1.引进链主企业。\t(1) 签约亿元以上项目30个。\t区投促局\t各街道、产业办\n"
    "\t\t(2) 引进总部项目3个。\t区商务局\t各街道\n"
    "目标名称\t目标内容\t牵头责任单位\t责任单位\n"
    "产业链招商\t1.引进链主企业。\t(3) 举办专题招商活动。\t区投促局\t\n"
    "\t2.优化招商服务。\t区投促局\t相关街道\n"
    "下一段正文。\n"
)


def test_rows_keep_cells_apart_and_find_units_from_the_right():
    rows = task_rows(TABLE)
    assert [r.section.text for r in rows if r.section] == ["一、经济指标", "二、重点任务", "(一) 招商引资"]
    gdp = rows[1]
    assert gdp.name.text == "工业总产值（亿元）/增速（%）"
    assert [c.text for c in gdp.contents] == ["820/12"]
    assert (gdp.lead.text, gdp.responsible.text) == ("区经信局", "—")
    # an empty lead cell under a filled one repeats it (merged in the printed table)
    trade = rows[2]
    assert trade.lead is None and trade.responsible.text == "—"
    # a row of a page whose header spans fewer columns: the units are still the last two cells
    last = rows[-1]
    assert [c.text if c else None for c in last.contents] == ["2.优化招商服务。"]
    assert (last.name, last.lead.text, last.responsible.text) == (None, "区投促局", "相关街道")
    # the cell's offsets point into the text, markup left out
    section = rows[0].section
    assert TABLE[section.start : section.end] == "一、经济指标"


def test_tree_keeps_goal_and_value_apart_and_continues_across_a_page_break():
    nodes = extract_tasks(TABLE)
    by_title = {n["title"]: n for n in nodes}
    gdp = by_title["工业总产值（亿元）/增速（%）"]
    value = by_title["820/12"]
    assert gdp["kind"] == "target" and value["kind"] == "item" and value["parent"] == gdp["id"]
    assert value["lead_units"] == ["区经信局"] and value["units"] == []
    assert by_title["96"]["lead_units"] == ["区经信局"]  # repeated from the merged cell above
    # the repeated 目标名称 and item after the page header are the same nodes, not new ones
    assert sum(n["title"] == "产业链招商" for n in nodes) == 1
    assert sum(n["title"] == "1.引进链主企业。" for n in nodes) == 1
    third = by_title["(3) 举办专题招商活动。"]
    assert nodes[third["parent"] - 1]["title"] == "1.引进链主企业。"
    # an empty responsible cell repeats the one above
    assert third["units"] == ["各街道"]
    assert nodes[by_title["2.优化招商服务。"]["parent"] - 1]["title"] == "产业链招商"
    chain = by_title["(一) 招商引资"]
    assert nodes[chain["parent"] - 1]["title"] == "二、重点任务" and chain["level"] == 1
    assert TABLE[gdp["start"] : gdp["end"]] == gdp["title"]


def test_sheet_rows_are_in_the_supervision_layout():
    rows = sheet_rows(resolve(task_rows(TABLE)))
    assert rows[0] == ("一、经济指标",)
    assert rows[1] == ("工业总产值（亿元）/增速（%）", "820/12", LEFT, LEFT, "区经信局", "—")
    assert rows[2][4] == "区经信局"  # units are written out in full
    assert rows[5] == (
        "产业链招商",
        "1.引进链主企业。",
        "(1) 签约亿元以上项目30个。",
        LEFT,
        "区投促局",
        "各街道、产业办",
    )
    assert rows[6] == ("", "", "(2) 引进总部项目3个。", LEFT, "区商务局", "各街道")
    # the page-break repeat continues: name and item left empty
    assert rows[7][:3] == ("", "", "(3) 举办专题招商活动。")
    assert rows[8][:3] == ("", "2.优化招商服务。", LEFT)


def test_sheet_rows_restate_what_a_left_out_row_introduced():
    resolved = resolve(task_rows(TABLE))
    first_item = next(r for r in resolved if r.contents and r.contents[-1].text.startswith("(1)"))
    rows = sheet_rows(resolved, keep=lambda r: r is not first_item)
    # the row after the left-out one states the target and item it belongs to
    assert rows[5] == ("产业链招商", "1.引进链主企业。", "(2) 引进总部项目3个。", LEFT, "区商务局", "各街道")


def test_a_table_with_one_unit_column():
    text = "工作任务\t责任内容\t牵头单位\n招商引资\t签约项目20个。\t区商务局\n\t开工项目10个。\t\n"
    nodes = extract_tasks(text)
    assert [(n["kind"], n["title"], n["lead_units"]) for n in nodes] == [
        ("target", "招商引资", []),
        ("item", "签约项目20个。", ["区商务局"]),
        ("item", "开工项目10个。", ["区商务局"]),
    ]
    assert all(n["units"] == [] for n in nodes)


def test_no_task_table_no_tasks():
    assert extract_tasks("指标\t1-10月\t增速\n工业总产值\t586.3\t11.4\n") == []
