"""The document-intelligence engine: plain Python, no Django models, so other tools can call it.

``extract_text(text)`` and ``extract_file(path)`` return one dict:
``{"document": {...}, "facts": [...], "tasks": [...], "projects": [...], "enterprises": [...]}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from yuanqu.docintel.engine.docmeta import build_context, extract_document
from yuanqu.docintel.engine.facts import extract_facts
from yuanqu.docintel.engine.projects import extract_enterprises, extract_projects
from yuanqu.docintel.engine.reader import ReadError, read_bytes, read_path
from yuanqu.docintel.engine.reflow import Flowed, reflow
from yuanqu.docintel.engine.tables import blank_lines, find_tables, merge_facts, table_facts, table_lines
from yuanqu.docintel.engine.tasks import extract_tasks, task_table_lines

__all__ = ["ReadError", "extract_bytes", "extract_file", "extract_text"]


def extract_text(text: str, *, known_names: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Everything the engine reads in ``text``; offsets refer to ``text``."""
    document = extract_document(text)
    # lines a page broke inside a sentence are read joined; offsets are mapped back to ``text``
    flowed = reflow(text)
    prose = flowed.text
    task_lines = task_table_lines(prose)
    tables = find_tables(prose, task_lines)
    stat_lines = table_lines(tables)
    context = build_context(prose, document["title"], task_lines)
    # statistics rows are read by ``tables``: the prose reader sees them blanked (offsets kept)
    facts = merge_facts(
        extract_facts(blank_lines(prose, stat_lines), context),
        table_facts(prose, tables, context, document["title"]),
    )
    return {
        "document": document,
        "facts": [_in_original(f.as_dict(prose), flowed, text) for f in facts],
        "tasks": extract_tasks(text),
        "projects": [_in_original(p, flowed, text) for p in extract_projects(prose)],
        "enterprises": extract_enterprises(text, known_names),
    }


def _in_original(item: dict[str, Any], flowed: Flowed, text: str) -> dict[str, Any]:
    """``item`` with its span as offsets of the text as read (and its ``text`` cut from there)."""
    item["start"] = flowed.original(item["start"])
    item["end"] = max(flowed.original_end(item["end"]), item["start"])
    if "text" in item:
        item["text"] = text[item["start"] : item["end"]]
    return item


def extract_bytes(data: bytes, filename: str, **kwargs: Any) -> tuple[str, dict[str, Any]]:
    """(the document's text, what the engine reads in it); raises ``ReadError``."""
    text = read_bytes(data, filename).text
    return text, extract_text(text, **kwargs)


def extract_file(path: str | Path, **kwargs: Any) -> dict[str, Any]:
    return extract_text(read_path(path).text, **kwargs)
