"""The layout of a target-task table (目标任务总表) as the supervision import reads it, written out
as rows: (目标名称, 目标内容 ×3, 牵头责任单位, 责任单位), ``UP`` for a cell merged with the one above,
``LEFT`` for one merged with the cell to its left, and a 1-tuple for a section row spanning the sheet.
Seed 004's attachment is typed in this way, and a table read from a document is handed to the
importer this way."""

from __future__ import annotations

from io import BytesIO
from typing import Any

from openpyxl import Workbook

UP, LEFT = "^", "<"
WIDTH = 6


def build_xlsx(rows: list[tuple[str, ...]], *, title: str = "目标任务总表") -> bytes:
    """The sheet with its merged cells, as a person would lay it out in Excel."""
    wb = Workbook()
    ws: Any = wb.active
    ws.cell(1, 1, title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=WIDTH)
    for c, label in ((1, "目标名称"), (2, "目标内容"), (5, "牵头责任单位"), (6, "责任单位")):
        ws.cell(2, c, label)
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=4)
    ranges: dict[tuple[int, int], list[int]] = {}  # origin → [min_r, min_c, max_r, max_c]
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    for i, row in enumerate(rows):
        r = 3 + i
        if len(row) == 1:
            ws.cell(r, 1, row[0])
            ranges[(r, 1)] = [r, 1, r, WIDTH]
            continue
        for c, value in enumerate(row, start=1):
            if value == UP:
                o = origin[(r - 1, c)]
                ranges[o][2] = r
                origin[(r, c)] = o
            elif value == LEFT:
                o = origin[(r, c - 1)]
                ranges[o][3] = c
                origin[(r, c)] = o
            else:
                if value:
                    ws.cell(r, c, value)
                origin[(r, c)] = (r, c)
                ranges[(r, c)] = [r, c, r, c]
    for min_r, min_c, max_r, max_c in ranges.values():
        if (min_r, min_c) != (max_r, max_c):
            ws.merge_cells(start_row=min_r, start_column=min_c, end_row=max_r, end_column=max_c)
    out = BytesIO()
    wb.save(out)
    return out.getvalue()
