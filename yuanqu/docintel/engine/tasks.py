"""Target-task tables (目标任务总表): the tree of sections, targets and items with their lead
(牵头责任单位) and responsible (责任单位) units.

Tables arrive as tab-separated lines (the readers render .docx and .xlsx tables that way, and text
exports keep them so). A table is a task table when a header row names 目标/任务 and 牵头 or
责任单位; it goes on, across repeated headers at page breaks, until a line without a tab.

Each row is read into cells kept apart, as the sheet has them (``task_rows``):

    目标名称 | 目标内容 (one to three levels: 1. → (1) → ①) | 牵头责任单位 | 责任单位

Merged cells come out empty, so an empty cell is read as a person reads the printed table: an empty
目标名称, or an empty content cell left of a filled one, continues the cell above, and an empty unit
cell repeats the unit cell above it, up to the last section row (a unit column merged over several
targets is common; a genuinely empty unit cell is rare, and a dash says "none" explicitly). The unit columns are found from the right: the rightmost cell that names units
(or a dash) is the last unit column, whatever the header's own column count says, because page
headers of a printed table often span columns differently from its rows.

``extract_tasks`` builds the tree from those rows; ``sheet_rows`` gives them in the layout of the
supervision import (see ``yuanqu.supervision.layout``), so a table read from a document is checked
and saved by the same importer as one uploaded in Excel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

HEADER_RE = re.compile(r"(目标名称|目标内容|任务名称|工作任务|重点任务|主要任务).*(牵头|责任单位)")
GROUP_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(]\s*[一二三四五六七八九十]+\s*[)）])")
TOP_GROUP_RE = re.compile(r"^[一二三四五六七八九十]+、")
UNIT_CELL_RE = re.compile(
    r"^(?:[—\-－]+|(?:[\u4e00-\u9fffA-Za-z0-9（）()]{1,30}?(?:局|办|委|街道?|镇|中心|公司|政府|联|院|所|部|处|社区|管委会|产业办)[、，,；;\s]*)+)$"
)
TAG_RE = re.compile(r"</?[a-zA-Z][^>]*>")
CONTENT_LEVELS = 3
UP, LEFT = "^", "<"  # a cell merged with the one above / to its left (the supervision layout's marks)


def _is_units(cell: str) -> bool:
    cell = cell.strip()
    return bool(cell) and len(cell) <= 160 and "。" not in cell and bool(UNIT_CELL_RE.match(cell))


def split_units(cell: str) -> list[str]:
    return [u for u in re.split(r"[、，,；;\s]+", cell.strip()) if u and not re.fullmatch(r"[—\-－]+", u)]


def task_table_lines(text: str) -> set[int]:
    """Line numbers of task-table rows, which the fact reader leaves to this module."""
    lines = text.split("\n")
    out: set[int] = set()
    inside = False
    for i, line in enumerate(lines):
        plain = TAG_RE.sub("", line)
        if "\t" in line and HEADER_RE.search(plain):
            inside = True
        elif inside and line.strip() and "\t" not in line:
            inside = False
        if inside and line.strip():
            out.add(i)
    return out


@dataclass
class Cell:
    """A cell's text without markup, and where it stands in the document's text."""

    text: str
    start: int
    end: int


@dataclass
class TaskRow:
    """One row of a task table. ``section`` is set for a row spanning the table (一、… / (一)…);
    otherwise ``name`` is the 目标名称 cell (None: continues the one above), ``contents`` the content
    levels left to right (None: continues the cell above; the list ends at the last filled level),
    and ``lead``/``responsible`` the unit cells (None: repeats the row above, "" text: none)."""

    line: int
    start: int
    end: int
    section: Cell | None = None
    name: Cell | None = None
    contents: list[Cell | None] = field(default_factory=list)
    lead: Cell | None = None
    responsible: Cell | None = None


def _cells(line: str, line_start: int) -> list[Cell]:
    out: list[Cell] = []
    cursor = 0
    for raw in line.split("\t"):
        plain = TAG_RE.sub("", raw).strip()
        found = raw.find(plain) if plain else -1
        start = line_start + cursor + max(found, 0)
        out.append(Cell(plain, start, start + len(plain) if found >= 0 else start))
        cursor += len(raw) + 1
    return out


def _unit_columns(header: list[str]) -> int:
    """How many unit columns a header names: 牵头 and a separate 责任/配合 column, or one."""
    lead = any("牵头" in h for h in header)
    other = any(re.search(r"责任|配合|参与|协同", h) and "牵头" not in h for h in header)
    return 2 if lead and other else 1


def task_rows(text: str) -> list[TaskRow]:
    """The rows of every task table in ``text``, headers left out, cells kept apart."""
    table_lines = task_table_lines(text)
    rows: list[TaskRow] = []
    unit_columns = 2
    pos = 0
    previous: TaskRow | None = None
    for i, line in enumerate(text.split("\n")):
        line_start, pos = pos, pos + len(line) + 1
        if i not in table_lines:
            previous = None
            continue
        cells = _cells(line, line_start)
        texts = [c.text for c in cells]
        if HEADER_RE.search("\t".join(texts)):
            unit_columns = _unit_columns(texts)
            continue
        filled = [c for c in cells if c.text]
        if not filled:
            continue
        if len(filled) == 1 and GROUP_RE.match(filled[0].text) and not _is_units(filled[0].text):
            previous = TaskRow(i, line_start, line_start + len(line), section=filled[0])
            rows.append(previous)
            continue
        row = TaskRow(i, line_start, line_start + len(line))
        units_at = [k for k, c in enumerate(cells) if k > 0 and c.text and _is_units(c.text)]
        content_end = len(cells)
        lead: Cell | None = None
        responsible: Cell | None = None
        if units_at:
            last = units_at[-1]
            before = cells[last - 1] if last - 1 >= 1 else None
            if unit_columns == 2 and before is not None and (not before.text or _is_units(before.text)):
                lead, responsible, content_end = before, cells[last], last - 1
            else:
                lead, content_end = cells[last], last
                responsible = Cell("", cells[last].end, cells[last].end) if unit_columns == 2 else None
        contents: list[Cell | None] = [c if c.text else None for c in cells[1:content_end]]
        while contents and contents[-1] is None:
            contents.pop()
        if len(contents) > CONTENT_LEVELS:  # more levels than the layout has: the deepest take the rest
            tail = [c for c in contents[CONTENT_LEVELS - 1 :] if c is not None]
            merged = Cell(" ".join(c.text for c in tail), tail[0].start, tail[-1].end) if tail else None
            contents = [*contents[: CONTENT_LEVELS - 1], merged]
        row.name = cells[0] if cells[0].text else None
        row.contents = contents
        continues = previous is not None and previous.section is None
        row.lead = lead if lead is not None and lead.text else (None if continues else Cell("", row.end, row.end))
        if unit_columns == 2:
            row.responsible = (
                responsible
                if responsible is not None and responsible.text
                else (None if continues else Cell("", row.end, row.end))
            )
        else:
            row.responsible = Cell("", row.end, row.end)
        rows.append(row)
        previous = row
    return rows


@dataclass
class ResolvedRow:
    """A row with its continuations filled in: the chain of cells from its section(s) through its
    目标名称 down to its deepest content cell (each a node of the tree; a cell continued from above is
    the same object as above), and the unit cells' text in force for it."""

    row: TaskRow
    sections: list[Cell]
    name: Cell | None
    contents: list[Cell]
    lead: str
    responsible: str

    @property
    def chain(self) -> list[Cell]:
        return [*self.sections, *([self.name] if self.name is not None else []), *self.contents]


def resolve(rows: list[TaskRow]) -> list[ResolvedRow]:
    """Fill in each row's continued cells. A filled cell whose text repeats the cell above at the same
    place (a page break repeats the 目标名称 and the item above) continues it too."""
    out: list[ResolvedRow] = []
    sections: list[Cell] = []
    name: Cell | None = None
    contents: list[Cell] = []
    lead = responsible = ""
    for row in rows:
        if row.section is not None:
            if TOP_GROUP_RE.match(row.section.text) or not sections or not TOP_GROUP_RE.match(sections[0].text):
                sections = [row.section]
            else:
                sections = [sections[0], row.section]
            name, contents, lead, responsible = None, [], "", ""
            out.append(ResolvedRow(row, list(sections), None, [], "", ""))
            continue
        same = True  # the row still continues the chain of the row above
        if row.name is not None and (name is None or row.name.text != name.text):
            name, same = row.name, False
        new_contents: list[Cell] = []
        for k, cell in enumerate(row.contents):
            above = contents[k] if same and k < len(contents) else None
            if cell is not None and (above is None or cell.text != above.text):
                same = False
                new_contents.append(cell)
            elif above is not None:
                new_contents.append(above)
            else:
                break  # an empty cell with nothing above it to continue: the importer reports the gap
        contents = new_contents
        lead = row.lead.text if row.lead is not None else lead
        responsible = row.responsible.text if row.responsible is not None else responsible
        out.append(ResolvedRow(row, list(sections), name, list(contents), lead, responsible))
    return out


def task_tree(text: str) -> tuple[list[dict[str, Any]], list[ResolvedRow], dict[int, int]]:
    """The nodes (see ``extract_tasks``), the resolved rows, and the node index of each cell (by id)."""
    resolved = resolve(task_rows(text))
    nodes: list[dict[str, Any]] = []
    node_of: dict[int, int] = {}
    for r in resolved:
        parent: int | None = None
        for cell in r.chain:
            if id(cell) not in node_of:
                if any(cell is c for c in r.sections):
                    kind = "section"
                elif cell is r.name:
                    kind = "target"
                else:
                    kind = "item"
                node_of[id(cell)] = len(nodes)
                nodes.append(
                    {
                        "id": len(nodes) + 1,
                        "parent": parent + 1 if parent is not None else None,
                        "level": nodes[parent]["level"] + 1 if parent is not None else 0,
                        "kind": kind,
                        "title": cell.text,
                        "lead_units": [],
                        "units": [],
                        "start": cell.start,
                        "end": cell.end,
                    }
                )
            parent = node_of[id(cell)]
        if r.row.section is None and parent is not None:
            nodes[parent]["lead_units"] = split_units(r.lead)
            nodes[parent]["units"] = split_units(r.responsible)
    return nodes, resolved, node_of


def extract_tasks(text: str) -> list[dict[str, Any]]:
    """The nodes of every task table, parents before children: id, parent, level, kind (section,
    target or item), title (as written, numbering included), lead_units, units and the title's span.
    A row's units belong to the deepest node it adds."""
    return task_tree(text)[0]


def sheet_rows(
    resolved: list[ResolvedRow], *, keep: Any = None, titles: dict[int, str] | None = None
) -> list[tuple[str, ...]]:
    """The rows in the supervision import's layout (see ``yuanqu.supervision.layout``): a section row
    is a 1-tuple; others are (目标名称, 目标内容 ×3, 牵头责任单位, 责任单位), where a name or content cell
    that continues the row above is left empty (the importer reads it as the cell above), content
    levels a row does not reach are merged into its last one (``LEFT``), and unit cells are written
    out in full. ``keep(row)`` leaves rows out (a dropped task takes its rows with it; the next row
    kept states again what it continues); ``titles`` replaces a cell's text, keyed by ``id(cell)``."""
    titles = titles or {}
    out: list[tuple[str, ...]] = []
    above: ResolvedRow | None = None

    def text(cell: Cell) -> str:
        return titles.get(id(cell), cell.text)

    for r in resolved:
        if keep is not None and not keep(r):
            continue
        if r.row.section is not None:
            out.append((text(r.row.section),))
            above = None
            continue
        cells = [r.name, *r.contents]
        previous = [above.name, *above.contents] if above is not None else []
        row: list[str] = []
        continuing = above is not None and bool(set(map(id, above.sections)) == set(map(id, r.sections)))
        for k, cell in enumerate(cells):
            if cell is None:
                row.append("")
                continue
            continuing = continuing and k < len(previous) and previous[k] is cell
            row.append("" if continuing else text(cell))
        contents = row[1:]
        contents += [LEFT if contents or k else "" for k in range(len(contents), CONTENT_LEVELS)]
        out.append((row[0], *contents[:CONTENT_LEVELS], r.lead, r.responsible))
        above = r
    return out
