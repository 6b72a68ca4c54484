from __future__ import annotations

import io

import pytest
from docx import Document
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import load_workbook

from yuanqu.reports.bulletin import bulletin_build
from yuanqu.reports.renderers import RANK_EXCERPT, cn_number, format_get, render

from .test_bulletin import SEED_SENTENCE


@pytest.fixture
def bulletin(bulletin_data):
    return bulletin_build(zone=bulletin_data, year=2021, month=11)


def _east_asia(style) -> str:
    return style.element.rPr.rFonts.get(qn("w:eastAsia"))


def test_docx_has_the_sentence_tables_and_gbt9704_layout(bulletin):
    # When
    doc = Document(io.BytesIO(render(bulletin, "docx")))
    # Then: content
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "武汉临空港经开区2021年1-11月经济运行情况通报"
    assert SEED_SENTENCE in texts
    assert "一、主要经济指标完成情况" in texts
    assert "（一）规模以上工业总产值" in texts
    indicator_table, ranking_table, cards_table = doc.tables
    assert [c.text for c in indicator_table.rows[0].cells][:4] == ["指标", "计量单位", "1-11月累计", "同比增长(%)"]
    assert [c.text for c in indicator_table.rows[1].cells] == [
        "规模以上工业总产值",
        "亿元",
        "590.30",
        "14.07",
        "658.10",
        "89.7",
        "91.7",
        "-2.0",
        "绿牌",
    ]
    assert indicator_table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in ranking_table.columns[0].cells] == ["单位", "走马岭街", "金银湖街", "径河街"]
    assert cards_table.rows[1].cells[3].text == "红牌"
    # Then: A4 and GB/T 9704 margins
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert [
        round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    ] == [37, 35, 28, 26]
    # Then: fonts and line spacing
    normal = doc.styles["Normal"]
    assert _east_asia(normal) == "仿宋_GB2312"
    assert normal.font.size == Pt(16)
    assert normal.paragraph_format.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert normal.paragraph_format.line_spacing == Pt(28)
    title = doc.paragraphs[0].style
    assert _east_asia(title) == "方正小标宋简体" and title.font.size == Pt(22)
    assert _east_asia(doc.styles["一级标题"]) == "黑体"
    assert _east_asia(doc.styles["二级标题"]) == "楷体_GB2312"
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "— " in footer_xml


def test_xlsx_has_three_sheets_with_the_right_numbers(bulletin):
    wb = load_workbook(io.BytesIO(render(bulletin, "xlsx")))

    assert wb.sheetnames == ["指标完成情况", "单位排名", "红黄牌"]
    ws = wb["指标完成情况"]
    assert ws["A1"].value == "武汉临空港经开区2021年1-11月经济运行情况通报"
    headers = [c.value for c in ws[2]]
    assert headers[:4] == ["指标", "计量单位", "1-11月累计", "同比增长(%)"]
    assert ws["A2"].font.bold
    assert ws.freeze_panes == "A3"
    row = dict(zip(headers, ws[3], strict=True))
    assert row["指标"].value == "规模以上工业总产值"
    assert row["1-11月累计"].value == pytest.approx(590.3)
    assert row["1-11月累计"].number_format == "#,##0.00"
    assert row["同比增长(%)"].value == pytest.approx(14.07)
    assert row["同比增长(%)"].number_format == "0.00"
    assert row["全年预期目标"].value == pytest.approx(658.1)
    assert row["完成全年目标(%)"].value == pytest.approx(89.7)
    assert row["超/低于时间进度(百分点)"].value == pytest.approx(-2.0)
    assert ws.column_dimensions["A"].width == 28

    ranks = [[c.value for c in r] for r in wb["单位排名"].iter_rows(min_row=3)]
    assert [(r[2], r[5], r[7]) for r in ranks] == [("走马岭街", 1, 1), ("金银湖街", 2, 3), ("径河街", 2, 2)]
    cards = [[c.value for c in r] for r in wb["红黄牌"].iter_rows(min_row=3)]
    assert [(r[0], r[2]) for r in cards] == [("金银湖街", "红牌"), ("径河街", "黄牌")]


def test_html_is_a_standalone_page_with_the_table(bulletin):
    html = render(bulletin, "html").decode("utf-8")

    assert html.lstrip().startswith("<!DOCTYPE html>")
    assert "<title>武汉临空港经开区2021年1-11月经济运行情况通报</title>" in html
    assert SEED_SENTENCE in html
    assert '<table class="indicators">' in html
    assert '<td class="num">590.30</td>' in html
    assert "@page { size: A4" in html
    assert "<link" not in html and "<script" not in html


def test_long_rankings_are_cut_in_word_and_html_but_complete_in_excel(bulletin, monkeypatch):
    from yuanqu.reports import renderers

    monkeypatch.setattr(renderers, "RANK_FULL_LIMIT", 2)
    monkeypatch.setattr(renderers, "RANK_EXCERPT", 1)

    doc = Document(io.BytesIO(render(bulletin, "docx")))
    assert [c.text for c in doc.tables[1].columns[0].cells] == ["单位", "走马岭街", "……", "径河街"]
    assert any("完整排名见Excel附表" in p.text for p in doc.paragraphs)
    wb = load_workbook(io.BytesIO(render(bulletin, "xlsx")))
    assert wb["单位排名"].max_row == 2 + 3
    assert RANK_EXCERPT == 10  # the module default is untouched outside this test


def test_long_red_yellow_lists_are_summed_up_per_unit_in_word_and_html(bulletin, monkeypatch):
    from yuanqu.reports import renderers

    monkeypatch.setattr(renderers, "CARD_FULL_LIMIT", 1)

    doc = Document(io.BytesIO(render(bulletin, "docx")))
    cards_table = doc.tables[-1]
    assert [c.text for c in cards_table.rows[0].cells] == ["序号", "单位", "红牌指标", "黄牌指标"]
    assert [c.text for c in cards_table.rows[1].cells] == ["1", "金银湖街", "规模以上工业总产值", "—"]
    html = render(bulletin, "html").decode("utf-8")
    assert "<th>红牌指标</th>" in html and "各项亮牌原因见Excel附表" in html
    wb = load_workbook(io.BytesIO(render(bulletin, "xlsx")))
    assert wb["红黄牌"].max_row == 2 + 2


def test_unknown_format_is_refused_in_chinese():
    from yuanqu.core.errors import DomainError

    with pytest.raises(DomainError, match="不支持的格式「pdf」"):
        format_get("pdf")


@pytest.mark.parametrize(("n", "text"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (45, "四十五")])
def test_cn_number(n, text):
    assert cn_number(n) == text
