"""Target-task tables (目标任务总表): the tree of goals and tasks with their lead (牵头责任单位) and
responsible (责任单位) units.

Tables arrive as tab-separated lines (the readers render .docx and .xlsx tables that way, and
text exports keep them so). A table is a task table when a header row names 目标/任务 and 牵头 or
责任单位. Merged cells come out empty: an empty leading cell repeats the cell above, as a person
reading the printed table would.
"""

from __future__ import annotations

import re
from typing import Any

HEADER_RE = re.compile(r"(目标名称|目标内容|任务名称|工作任务|重点任务|主要任务).*(牵头|责任单位)")
GROUP_RE = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")
UNIT_CELL_RE = re.compile(
    r"^(?:[—\-－]+|(?:[\u4e00-\u9fffA-Za-z0-9（）()]{1,30}?(?:局|办|委|街道?|镇|中心|公司|政府|联|院|所|部|处|社区|管委会|产业办)[、，,；;\s]*)+)$"
)
TAG_RE = re.compile(r"</?[a-zA-Z][^>]*>")


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


def extract_tasks(text: str) -> list[dict[str, Any]]:
    """The nodes of every task table, parents before children: id, parent, level, title, lead_units,
    units and the text span of the title."""
    lines = text.split("\n")
    table_lines = task_table_lines(text)
    nodes: list[dict[str, Any]] = []
    by_path: dict[tuple[str, ...], int] = {}
    groups: list[str] = []
    carried: list[str] = []
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines):
        if i not in table_lines:
            continue
        plain = TAG_RE.sub("", line)
        if HEADER_RE.search(plain):
            continue
        cells = [c.strip() for c in plain.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        filled = [c for c in cells if c]
        if not filled:
            continue
        if len(filled) == 1 and GROUP_RE.match(filled[0]):
            level = 0 if re.match(r"^[一二三四五六七八九十]+、", filled[0]) else 1
            groups = [*groups[:level], filled[0]]
            carried = []
            _node(nodes, by_path, tuple(groups), None, None, text, offsets[i], line)
            continue
        lead: list[str] = []
        units: list[str] = []
        content = cells[:]
        if len(content) >= 2 and _is_units(content[-1]) and _is_units(content[-2]):
            lead, units = split_units(content[-2]), split_units(content[-1])
            content = content[:-2]
        elif content and _is_units(content[-1]):
            lead = split_units(content[-1])
            content = content[:-1]
        while content and not content[-1]:
            content.pop()
        path = [carried[k] if not c and k < len(carried) else c for k, c in enumerate(content)]
        path = [p for p in path if p]
        carried = path[:]
        if not path:
            continue
        if len(path) == 2 and re.fullmatch(r"[\d./%％—\-\s]+", path[1]):
            path = [f"{path[0]}：{path[1]}"]
        full = tuple(groups) + tuple(path)
        _node(nodes, by_path, full, lead, units, text, offsets[i], line)
    return nodes


def _node(
    nodes: list[dict[str, Any]],
    by_path: dict[tuple[str, ...], int],
    path: tuple[str, ...],
    lead: list[str] | None,
    units: list[str] | None,
    text: str,
    line_start: int,
    line: str,
) -> None:
    for depth in range(1, len(path) + 1):
        key = path[:depth]
        if key in by_path:
            continue
        title = key[-1]
        found = line.find(title)
        start = line_start + found if found >= 0 else line_start
        by_path[key] = len(nodes)
        nodes.append(
            {
                "id": len(nodes) + 1,
                "parent": by_path[key[:-1]] + 1 if depth > 1 else None,
                "level": depth - 1,
                "title": title,
                "lead_units": [],
                "units": [],
                "start": start,
                "end": start + len(title) if found >= 0 else line_start + len(line),
            }
        )
    leaf = nodes[by_path[path]]
    if lead:
        leaf["lead_units"] = lead
    if units:
        leaf["units"] = units
