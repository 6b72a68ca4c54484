"""The engine on the phenomena the issue names, one behaviour per test (no database)."""

from __future__ import annotations

import io

import pytest

from yuanqu.docintel.engine import ReadError, extract_text
from yuanqu.docintel.engine.docmeta import parse_doc_number
from yuanqu.docintel.engine.reader import read_bytes
from yuanqu.docintel.tests.helpers import facts
from yuanqu.docintel.tests.pdfgen import make_pdf


def one(text: str) -> dict:
    found = facts(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("2023年1-11月，完成工业总产值590.3亿元。", [1, 11]),
        ("2023年一季度，完成工业总产值90亿元。", [1, 3]),
        ("2023年前三季度，完成工业总产值390亿元。", [1, 9]),
        ("2023年上半年，完成工业总产值290亿元。", [1, 6]),
        ("全口径税收已完成16.22亿元（11月底），同比增长21.94%。", [1, 11]),
        ("2023年完成工业总产值590.3亿元。", [1, 12]),
    ],
)
def test_period_of_a_fact_is_read_as_year_to_date_months(text, months):
    assert one(text)["months"] == months


def test_period_at_the_head_of_an_enumeration_carries_over_its_clauses():
    found = facts("2024年1-11月，完成工业总产值590.3亿元，同比增长14.07%，完成工业投资119.12亿元，同比增长26.51%。")
    assert [(f["indicator"], f["year"], f["months"], f["growth_pct"]) for f in found] == [
        ("规模以上工业总产值", 2024, [1, 11], 14.07),
        ("工业投资", 2024, [1, 11], 26.51),
    ]


def test_leading_preliminary_estimate_governs_the_whole_paragraph():
    text = "初步预计，全年完成工业总产值658亿元；固定资产投资完成195亿元，同比增长8%。\n新增高新技术企业95家。"
    kinds = [(f["indicator"], f["kind"]) for f in facts(text)]
    assert kinds == [("规模以上工业总产值", "estimate"), ("固定资产投资", "estimate"), ("新增高新技术企业", "actual")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("工业投资预计完成128亿元。", "estimate"),
        ("力争工业投资达到230亿元。", "target"),
        ("工业投资完成128亿元。", "actual"),
    ],
)
def test_verb_cues_decide_the_kind(text, kind):
    assert one(text)["kind"] == kind


def test_completion_inside_a_list_of_goals_is_a_target():
    text = "2023年工作总结\n工业投资完成100亿元。\n二、2024年工作计划\n完成工业投资120亿元，新增规模企业4家。"
    assert [(f["kind"], f["year"]) for f in facts(text)] == [("actual", 2023), ("target", 2024), ("target", 2024)]


def test_decline_is_a_negative_growth_and_times_is_hundredfold():
    assert one("出口总额同比下降3.2%。")["growth_pct"] == -3.2
    assert one("技术合同成交额增长1.5倍。")["growth_pct"] == 150


def test_growth_only_fact_has_no_value():
    fact = one("规上工业增加值增长10.5%。")
    assert fact["value"] is None and fact["value_base"] is None and fact["growth_pct"] == 10.5


def test_respectively_shares_growth_rates_over_the_figures_before_it():
    text = "2017年，完成工业总产值134亿元，实现税收3.22亿元，出口创汇2560万美元，分别增长了14%、3%和38%。"
    assert [(f["indicator"], f["growth_pct"]) for f in facts(text)] == [
        ("规模以上工业总产值", 14),
        ("税收", 3),
        ("出口总额", 38),
    ]


def test_respectively_over_a_list_of_names_yields_one_fact_each():
    text = "全年签约项目、开工建设项目和投产项目分别达到36个。"
    assert [(f["indicator"], f["value"]) for f in facts(text)] == [
        ("招商引资签约项目", 36),
        ("开工建设项目", 36),
        ("投产项目", 36),
    ]


def test_respectively_over_several_years_yields_one_fact_each():
    found = facts("2021、2022年工业投资分别完成200亿元、230亿元。")
    assert [(f["indicator"], f["year"], f["value"]) for f in found] == [
        ("工业投资", 2021, 200),
        ("工业投资", 2022, 230),
    ]


def test_completion_with_an_embedded_target_yields_the_figure_and_the_target():
    found = facts("2023年固定资产投资完成635亿元，完成年计划710亿元的89.4%。")
    assert [(f["kind"], f["value_base"], f["completion_pct"]) for f in found] == [
        ("actual", 63_500_000_000, 89.4),
        ("target", 71_000_000_000, None),
    ]
    assert found[1]["indicator"] == "固定资产投资"


def test_value_base_converts_money_counts_and_keeps_dollars_apart():
    found = facts("实际利用外资完成6000万美元。全口径税收完成16.22亿元。城镇新增就业3.2万人。新征面积1506亩。")
    assert [(f["value_base"], f["currency"]) for f in found] == [
        (60_000_000, "USD"),
        (1_622_000_000, "CNY"),
        (32_000, None),
        (1506, None),
    ]


def test_share_indicator_keeps_percent_as_its_value():
    fact = one("技改占工业投资的比重力争达到40%。")
    assert (fact["indicator"], fact["value_base"], fact["unit"]) == ("技改投资占工业投资比重", 40, "%")


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("技术合同成交额突破270亿元。", "突破"),
        ("投贷联动余额超过40亿元。", "超过"),
        ("新增企业2万多家。", "多"),
        ("工业总产值750亿元以上。", "以上"),
    ],
)
def test_qualifiers_keep_the_stated_number_as_a_flag(text, qualifier):
    fact = one(text)
    assert fact["qualifier"] == qualifier


def test_thresholds_inside_names_leave_only_the_count_as_a_fact():
    found = facts("签约项目4个，其中100亿元以上工业项目3个、过10亿元企业2家。")
    assert [(f["indicator"], f["value"], f["unit"]) for f in found] == [
        ("招商引资签约项目", 4, "个"),
        ("100亿元以上工业项目", 3, "个"),
        ("过10亿元企业", 2, "家"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "赴外地考察32次，举办对接活动11场次，出台21条措施。",
        "重点工业园区亩均税收不低于35万元。",
        "亩产效益达到120万元/亩。",
        "综合能耗增速控制在3.5%以内。",
        "工业拉动经济增长2.1个百分点，排名第38位。",
        "工业总产值年均增长12%。",
        "推进7个拟开工项目、3个在建项目。",
        "投资460亿的京东方生产线项目落户我区。",
    ],
)
def test_out_of_scope_numbers_are_never_facts(text):
    assert facts(text) == []


def test_share_qualifying_another_figure_is_not_a_fact():
    fact = one("工业投资完成230亿元，占全市的21.5%。")
    assert fact["value"] == 230 and fact["growth_pct"] is None


def test_offsets_point_at_the_supporting_text():
    text = "概况。公共财政预算收入预计完成3.5亿元，完成全年目标的112%，同比增长24.5%。"
    fact = one(text)
    assert text[fact["start"] : fact["end"]].startswith("公共财政预算收入预计完成3.5亿元")
    assert (fact["indicator"], fact["kind"], fact["completion_pct"], fact["growth_pct"]) == (
        "地方一般公共预算收入",
        "estimate",
        112,
        24.5,
    )


@pytest.mark.parametrize(
    ("written", "org", "year", "seq"),
    [
        ("武临开办〔2021〕2号", "武临开办", 2021, 2),
        ("武政规[2018]32号", "武政规", 2018, 32),
        ("国科发火（2016）32号", "国科发火", 2016, 32),
        ("X市财发〔1992〕字第36号", "X市财发", 1992, 36),
        ("国办发【2020】 7 号", "国办发", 2020, 7),
        ("鄂政发［２０１９］１２号", "鄂政发", 2019, 12),
    ],
)
def test_doc_number_variants_are_read(written, org, year, seq):
    parsed = parse_doc_number(written)
    assert parsed is not None
    assert (parsed["org"], parsed["year"], parsed["seq"]) == (org, year, seq)
    assert parsed["text"] == f"{org}〔{year}〕{seq}号"


def test_document_metadata_is_read_from_the_head_and_signature():
    text = "某某开发区管委会办公室文件\n某开办〔2021〕2号\n关于印发2021年工作要点的通知\n各单位：\n正文。\n某某开发区管委会办公室\n2021年5月15日"
    document = extract_text(text)["document"]
    assert document["doc_number"] == "某开办〔2021〕2号"
    assert document["title"] == "关于印发2021年工作要点的通知"
    assert document["issuer"] == "某某开发区管委会办公室"
    assert document["date"] == "2021-05-15"
    assert document["years"] == [2021]


def test_gb18030_text_is_decoded():
    data = "规模以上工业总产值完成226.1亿元，同比增长21%。".encode("gb18030")
    text = read_bytes(data, "报告.txt").text
    assert one(text)["value_base"] == 22_610_000_000


def test_docx_paragraphs_and_tables_are_read_in_order():
    import docx

    document = docx.Document()
    document.add_paragraph("工业投资完成230亿元。")
    table = document.add_table(rows=2, cols=4)
    for cell, value in zip(table.rows[0].cells, ["目标名称", "目标内容", "牵头责任单位", "责任单位"], strict=True):
        cell.text = value
    for cell, value in zip(
        table.rows[1].cells, ["主导产业发展", "制定产业发展图谱", "区发改局", "区科经局、区财政局"], strict=True
    ):
        cell.text = value
    document.add_paragraph("新增高新技术企业95家。")
    buffer = io.BytesIO()
    document.save(buffer)
    text = read_bytes(buffer.getvalue(), "方案.docx").text
    result = extract_text(text)
    assert [f["indicator"] for f in result["facts"]] == ["工业投资", "新增高新技术企业"]
    leaf = result["tasks"][-1]
    assert (leaf["title"], leaf["lead_units"], leaf["units"]) == (
        "制定产业发展图谱",
        ["区发改局"],
        ["区科经局", "区财政局"],
    )
    assert result["tasks"][0]["title"] == "主导产业发展" and leaf["parent"] == 1


def test_xlsx_task_table_is_read():
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["目标名称", "目标内容", "牵头责任单位", "责任单位"])
    sheet.append(["产业链招商引资", "产业链招商签约金额800亿元", "区商务局", "各街道、产业办"])
    buffer = io.BytesIO()
    book.save(buffer)
    tasks = extract_text(read_bytes(buffer.getvalue(), "任务.xlsx").text)["tasks"]
    assert tasks[1]["title"] == "产业链招商签约金额800亿元" and tasks[1]["lead_units"] == ["区商务局"]


def test_pdf_text_layer_is_read():
    text = read_bytes(make_pdf([["规模以上工业总产值完成226.1亿元，同比增长21%。"]]), "a.pdf").text
    assert one(text)["growth_pct"] == 21


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (make_pdf([[]]), "scan.pdf", "PDF 没有文字层（可能是扫描件），无法识别"),
        (b"", "empty.txt", "文件为空"),
        (b"   \n ", "blank.txt", "文件中没有文字内容"),
        (b"not a zip", "broken.docx", "Word 文件已损坏或格式不符，无法读取"),
        (b"%PDF-1.4 garbage", "broken.pdf", "PDF 文件已损坏，无法读取"),
        (b"abc", "photo.jpg", "不支持的文件类型「.jpg」：请上传 .txt、.docx、.pdf 或 .xlsx"),
    ],
)
def test_unreadable_files_are_rejected_with_a_clear_message(data, name, message):
    with pytest.raises(ReadError) as exc:
        read_bytes(data, name)
    assert exc.value.message == message


def test_a_password_protected_pdf_is_rejected_with_its_reason(monkeypatch):
    import pypdfium2

    def locked(*args, **kwargs):
        raise pypdfium2.PdfiumError("Failed to load document (PDFium: Incorrect password error).")

    monkeypatch.setattr(pypdfium2, "PdfDocument", locked)
    with pytest.raises(ReadError) as exc:
        read_bytes(make_pdf([["工业投资增长12%。"]]), "locked.pdf")
    assert (exc.value.code, exc.value.message) == ("encrypted", "PDF 文件已加密，请先解除密码保护再上传")


def test_projects_with_amount_and_stage_are_found():
    projects = extract_text("6月30日，投资460亿的京东方生产线项目落户我区。签约城市云算力中心(投资50亿元)等项目。")[
        "projects"
    ]
    assert [(p["name"], p["amount_base"], p["stage"]) for p in projects] == [
        ("京东方生产线项目", 46_000_000_000, "落户"),
        ("城市云算力中心", 5_000_000_000, "签约"),
    ]


def test_enterprises_are_found_and_matched_to_known_names():
    found = extract_text("推动森澜生物、磐电科技等48家企业入选。区科经局牵头。", known_names={"区科经局": 7})[
        "enterprises"
    ]
    names = {e["name"]: e["ref"] for e in found}
    assert names == {"森澜生物": None, "磐电科技": None, "区科经局": 7}
