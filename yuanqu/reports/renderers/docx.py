"""The bulletin as a Word file in the layout of GB/T 9704-2012 《党政机关公文格式》: A4, margins
37/35/28/26 mm, title in 方正小标宋简体 二号, body in 仿宋_GB2312 三号 at a fixed 28 pt line, headings
一、 in 黑体 and （一） in 楷体_GB2312, page numbers "— 1 —" in the footer.

Tables are written as WordprocessingML directly: python-docx's cell API costs about a millisecond a
cell, too slow for a city's red/yellow list.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

from yuanqu.reports.bulletin import Bulletin, IndicatorRanking, amount_text, growth_text
from yuanqu.reports.renderers import cards_by_unit, cn_number, ranking_excerpt

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋_GB2312"
H1_FONT = "黑体"
H2_FONT = "楷体_GB2312"
PAGE_NUMBER_FONT = "宋体"
LATIN_FONT = "Times New Roman"
TEXT_WIDTH_TWIPS = round((210 - 28 - 26) / 25.4 * 1440)  # 156 mm of type area


def _fonts(element, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Set the East Asian and Latin fonts of a style's or run's rPr (w:rFonts)."""
    rpr = element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:ascii"), latin)
    rfonts.set(qn("w:hAnsi"), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)
    rfonts.set(qn("w:cs"), latin)


def _paragraph_style(
    doc,
    name: str,
    style_id: str,
    *,
    font: str,
    size: float,
    line: float | None,
    indent: float | None = 32,
    align=None,
    outline: int | None = None,
    bold: bool = False,
):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = style_id  # ASCII ids: some Word builds mishandle non-ASCII ones
    style.base_style = doc.styles["Normal"]
    style.quick_style = True
    _fonts(style.element, font)
    style.font.size = Pt(size)
    style.font.bold = bold
    fmt = style.paragraph_format
    if line is None:
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    else:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(line)
    fmt.first_line_indent = Pt(indent) if indent else Pt(0)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    if align is not None:
        fmt.alignment = align
    if outline is not None:
        style.element.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{outline}"/>'))
    return style


def _setup(doc) -> dict[str, str]:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(25)

    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rfonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    for attr in list(rfonts.attrib):
        del rfonts.attrib[attr]
    for attr, value in (
        ("w:ascii", LATIN_FONT),
        ("w:hAnsi", LATIN_FONT),
        ("w:eastAsia", BODY_FONT),
        ("w:cs", LATIN_FONT),
    ):
        rfonts.set(qn(attr), value)
    lang = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:lang')}")
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")

    normal = doc.styles["Normal"]
    _fonts(normal.element, BODY_FONT)
    normal.font.size = Pt(16)
    fmt = normal.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(28)
    fmt.first_line_indent = Pt(32)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    center = WD_ALIGN_PARAGRAPH.CENTER
    styles = {
        "title": _paragraph_style(
            doc, "公文标题", "GwTitle", font=TITLE_FONT, size=22, line=36, indent=None, align=center
        ),
        "h1": _paragraph_style(doc, "一级标题", "GwHeading1", font=H1_FONT, size=16, line=28, outline=0),
        "h2": _paragraph_style(doc, "二级标题", "GwHeading2", font=H2_FONT, size=16, line=28, outline=1),
        "caption": _paragraph_style(
            doc, "表题", "GwCaption", font=H1_FONT, size=14, line=28, indent=None, align=center
        ),
        "cell": _paragraph_style(
            doc, "表格文字", "GwTableText", font=BODY_FONT, size=10.5, line=None, indent=None, align=center
        ),
        "head": _paragraph_style(
            doc, "表头文字", "GwTableHeader", font=H1_FONT, size=10.5, line=None, indent=None, align=center
        ),
        "note": _paragraph_style(doc, "表注", "GwNote", font=BODY_FONT, size=12, line=20, indent=None),
    }
    _page_number_footer(section)
    return {key: style.style_id for key, style in styles.items()}


def _page_number_footer(section) -> None:
    """'— 1 —' centred: an em dash each side of a PAGE field, 宋体 四号."""
    footer = section.footer
    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)
    rpr = (
        f'<w:rPr><w:rFonts w:ascii="{PAGE_NUMBER_FONT}" w:hAnsi="{PAGE_NUMBER_FONT}" '
        f'w:eastAsia="{PAGE_NUMBER_FONT}"/><w:sz w:val="28"/></w:rPr>'
    )
    runs = [
        f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve">— </w:t></w:r>',
        f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
        f'<w:r {nsdecls("w")}>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
        f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
        f"<w:r {nsdecls('w')}>{rpr}<w:t>1</w:t></w:r>",
        f'<w:r {nsdecls("w")}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>',
        f'<w:r {nsdecls("w")}>{rpr}<w:t xml:space="preserve"> —</w:t></w:r>',
    ]
    for run in runs:
        paragraph._p.append(parse_xml(run))


def _cell(text: str, width: int, style: str) -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>'
        f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p></w:tc>'
    )


def _table(
    doc, styles: dict[str, str], headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]
) -> None:
    """A grid table of the full type width with a repeated header row; ``widths`` are relative.
    Child elements follow the schema order (tblBorders before tblLayout), or Word calls the file corrupt."""
    total = sum(widths)
    twips = [round(TEXT_WIDTH_TWIPS * w / total) for w in widths]
    parts = [
        f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{TEXT_WIDTH_TWIPS}" w:type="dxa"/><w:jc w:val="center"/>'
        "<w:tblBorders>"
        + "".join(
            f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr><w:tblGrid>",
        "".join(f'<w:gridCol w:w="{w}"/>' for w in twips),
        "</w:tblGrid><w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>",
        "".join(_cell(h, w, styles["head"]) for h, w in zip(headers, twips, strict=True)),
        "</w:tr>",
    ]
    cell_style = styles["cell"]
    for row in rows:
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        parts.append("".join(_cell(text, w, cell_style) for text, w in zip(row, twips, strict=True)))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    body = doc.element.body
    body.sectPr.addprevious(parse_xml("".join(parts)))


def _pct(value) -> str:
    return "—" if value is None else f"{value:f}"


def _indicator_table(doc, styles, bulletin: Bulletin) -> None:
    headers = [
        "指标",
        "计量单位",
        f"{bulletin.period}累计",
        "同比增长(%)",
        "全年目标",
        "完成全年目标(%)",
        "时间进度(%)",
        "超/低于时间进度(百分点)",
        "红黄牌",
    ]
    rows = []
    for r in bulletin.rows:
        if r.target_text != "—":
            target = r.target_text
        elif r.target_growth_pct is not None:
            target = f"增长{r.target_growth_pct.normalize():f}%"
        else:
            target = "—"
        rows.append(
            [
                r.indicator,
                r.unit,
                r.value_text,
                r.growth_text,
                target,
                _pct(r.completion_pct),
                _pct(r.time_progress_pct),
                _pct(r.gap_pp),
                r.card_label,
            ]
        )
    _table(doc, styles, headers, rows, [30, 10, 14, 12, 14, 13, 11, 15, 9])


def _ranking_table(doc, styles, ranking: IndicatorRanking) -> int:
    headers = ["单位", f"累计值({ranking.unit})", "同比增长(%)", "增速排名", "完成全年目标(%)", "完成率排名", "红黄牌"]
    shown, omitted = ranking_excerpt(ranking)
    rows = []
    for r in shown:
        if r is None:
            rows.append(["……", "", "", "", "", "", ""])
            continue
        rows.append(
            [
                r.unit,
                amount_text(r.value, ranking.decimals),
                growth_text(r.growth_pct),
                str(r.rank_growth or "—"),
                _pct(r.completion_pct),
                str(r.rank_completion or "—"),
                r.card_label,
            ]
        )
    _table(doc, styles, headers, rows, [30, 16, 14, 11, 16, 11, 10])
    return omitted


def render_docx(bulletin: Bulletin) -> bytes:
    doc = Document()
    styles = _setup(doc)
    doc.core_properties.title = bulletin.title
    doc.core_properties.language = "zh-CN"

    doc.add_paragraph(bulletin.title, style="公文标题")
    doc.add_paragraph("", style="公文标题")
    doc.add_paragraph(f"现将{bulletin.year}年{bulletin.period}全区主要经济指标完成情况通报如下。")

    doc.add_paragraph("一、主要经济指标完成情况", style="一级标题")
    for sentence in bulletin.sentences:
        doc.add_paragraph(sentence)
    if bulletin.rows:
        doc.add_paragraph(f"表1　{bulletin.zone}{bulletin.period}主要经济指标完成情况", style="表题")
        _indicator_table(doc, styles, bulletin)
        note = f"注：时间进度为{bulletin.period}占全年的比例（{bulletin.month}/12）。"
        if bulletin.has_derived_growth:
            note += "带*的增速未公布，按上年同期数推算。"
        doc.add_paragraph(note, style="表注")
    else:
        doc.add_paragraph("本期无全区汇总数据。")

    doc.add_paragraph("二、各单位主要指标排名", style="一级标题")
    if not bulletin.rankings:
        doc.add_paragraph("本期无分单位数据。")
    for number, ranking in enumerate(bulletin.rankings, start=1):
        doc.add_paragraph(f"（{cn_number(number)}）{ranking.indicator}", style="二级标题")
        omitted = _ranking_table(doc, styles, ranking)
        if omitted:
            doc.add_paragraph(
                f"注：共{ranking.size}个单位参与排名，列前{(ranking.size - omitted) // 2}位和后"
                f"{(ranking.size - omitted) // 2}位，完整排名见Excel附表。",
                style="表注",
            )

    doc.add_paragraph("三、红黄牌预警情况", style="一级标题")
    doc.add_paragraph(bulletin.cards_summary)
    grouped = cards_by_unit(bulletin.cards)
    if grouped is not None:
        _table(
            doc,
            styles,
            ["序号", "单位", "红牌指标", "黄牌指标"],
            [[str(i), u.unit, "、".join(u.red) or "—", "、".join(u.yellow) or "—"] for i, u in enumerate(grouped, 1)],
            [8, 20, 36, 36],
        )
        doc.add_paragraph("注：亮牌指标较多，按单位汇总列示；各项亮牌原因见Excel附表。", style="表注")
    elif bulletin.cards:
        _table(
            doc,
            styles,
            ["序号", "单位", "指标", "红黄牌", "原因"],
            [[str(i), c.unit, c.indicator, c.card_label, c.reasons_text] for i, c in enumerate(bulletin.cards, 1)],
            [8, 24, 26, 10, 40],
        )

    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
