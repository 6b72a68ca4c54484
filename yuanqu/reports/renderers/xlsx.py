"""The bulletin as an Excel workbook: sheets 指标完成情况, 单位排名 and 红黄牌, each with a title row,
a bold frozen header row, number formats and column widths. Written in openpyxl's write-only mode so
a city's full rankings (every unit, unlike the Word file) stay fast."""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from yuanqu.reports.bulletin import Bulletin

TITLE_FONT = Font(name="宋体", size=14, bold=True)
HEADER_FONT = Font(name="宋体", bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=True)
ONE = "0.0"


def _places_format(places: int) -> str:
    return "#,##0" if places <= 0 else "#,##0." + "0" * places


def _published_format(value: Decimal | None) -> str:
    """A growth rate keeps the decimals it was published with (14.07 → 0.00, 16.8 → 0.0)."""
    if value is None:
        return "General"
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return "0" if places == 0 else "0." + "0" * places


class _Sheet:
    """A write-only sheet: title row, bold header row frozen beneath it, then data rows."""

    def __init__(self, wb: Workbook, name: str, title: str, headers: Sequence[str], widths: Sequence[int]):
        self.ws = wb.create_sheet(name)
        for i, width in enumerate(widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = width
        self.ws.freeze_panes = "A3"
        self.ws.print_title_rows = "2:2"
        title_cell = WriteOnlyCell(self.ws, value=title)
        title_cell.font = TITLE_FONT
        self.ws.append([title_cell])
        header_cells = []
        for header in headers:
            cell = WriteOnlyCell(self.ws, value=header)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGN
            header_cells.append(cell)
        self.ws.append(header_cells)

    def row(self, values: Sequence[tuple[Any, str | None]]) -> None:
        """Append a row of (value, number format or None)."""
        cells: list[Any] = []
        for value, number_format in values:
            if isinstance(value, Decimal):
                value = float(value)
            # Every value as a cell: openpyxl's write-only append mishandles plain values after cells.
            cell = WriteOnlyCell(self.ws, value=value)
            if number_format is not None and value is not None:
                cell.number_format = number_format
            cells.append(cell)
        self.ws.append(cells)


def render_xlsx(bulletin: Bulletin) -> bytes:
    wb = Workbook(write_only=True)
    wb.properties.title = bulletin.title
    wb.properties.creator = "yuanqu"

    period = bulletin.period
    sheet = _Sheet(
        wb,
        "指标完成情况",
        bulletin.title,
        [
            "指标",
            "计量单位",
            f"{period}累计",
            "同比增长(%)",
            "增速为推算",
            "预计数",
            "全年预期目标",
            "目标增速(%)",
            "完成全年目标(%)",
            "时间进度(%)",
            "超/低于时间进度(百分点)",
            "增速高/低于目标(百分点)",
            "红黄牌",
        ],
        [28, 10, 14, 12, 10, 8, 14, 11, 14, 11, 14, 14, 8],
    )
    for r in bulletin.rows:
        amount = _places_format(r.decimals)
        sheet.row(
            [
                (r.indicator, None),
                (r.unit, None),
                (r.value, amount),
                (r.growth_pct, _published_format(r.growth_pct)),
                ("是" if r.growth_derived else "", None),
                ("是" if r.is_estimate else "", None),
                (r.target_value, amount),
                (r.target_growth_pct, _published_format(r.target_growth_pct)),
                (r.completion_pct, ONE),
                (r.time_progress_pct, ONE),
                (r.gap_pp, ONE),
                (r.growth_gap_pp, ONE),
                (r.card_label, None),
            ]
        )

    sheet = _Sheet(
        wb,
        "单位排名",
        f"{bulletin.title}——各单位排名",
        [
            "指标",
            "计量单位",
            "单位",
            f"{period}累计",
            "同比增长(%)",
            "增速排名",
            "完成全年目标(%)",
            "完成率排名",
            "参与排名单位数",
            "红黄牌",
        ],
        [28, 10, 24, 14, 12, 10, 14, 10, 14, 8],
    )
    for ranking in bulletin.rankings:
        amount = _places_format(ranking.decimals)
        for rank in ranking.by_growth:
            sheet.row(
                [
                    (ranking.indicator, None),
                    (ranking.unit, None),
                    (rank.unit, None),
                    (rank.value, amount),
                    (rank.growth_pct, _published_format(rank.growth_pct)),
                    (rank.rank_growth, "0"),
                    (rank.completion_pct, ONE),
                    (rank.rank_completion, "0"),
                    (ranking.size, "0"),
                    (rank.card_label, None),
                ]
            )

    sheet = _Sheet(wb, "红黄牌", f"{bulletin.title}——红黄牌", ["单位", "指标", "红黄牌", "原因"], [24, 28, 8, 60])
    for card in bulletin.cards:
        sheet.row([(card.unit, None), (card.indicator, None), (card.card_label, None), (card.reasons_text, None)])

    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
