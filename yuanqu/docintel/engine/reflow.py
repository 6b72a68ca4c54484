"""Paragraphs put back together: the text layer of a PDF (and text copied from one) breaks lines
where the page ends them, in the middle of a sentence or of a phrase (同比增 / 长12.3%), and puts page
numbers (— 3 —, 第 2 页 共 6 页) between them. The engine reads a sentence at a time, so a line broken
inside a sentence is joined to the next one and a line holding only a page number is dropped.

A break is joined when the line before it is prose cut short: it does not end a sentence (。！？；：),
it is not a heading or a title (a line with no comma or stop inside), and the line after it does not open an item ((一), 1., 一、, ①, ——), a table row, or a
line of its own (a 文号, 抄送：…). Everything else
stays as written, so a document written one paragraph a line reads exactly as before.

Digits written full width (２２６．１) are read as digits, and a table laid out with runs of spaces
(as a Word or PDF table comes out as text) as tab-separated rows, its cells placed under the header's
columns by where they stand on the line: each one character for one.

``reflow(text)`` returns the joined text and a map from its offsets back to ``text``'s, so what the
engine finds still points at the document as it was read.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# a line holding only a page's number: — 3 —, - 3 -, 第 2 页 共 6 页, 第2页/共6页, 2/6, ·3·
PAGE_MARK_RE = re.compile(
    r"^\s*(?:[-—–－·•]\s*\d{1,3}\s*[-—–－·•]|第\s*\d{1,3}\s*页(?:\s*[，,/／]?\s*共\s*\d{1,3}\s*页)?|"
    r"\d{1,3}\s*[/／]\s*\d{1,3}|\d{1,3})\s*$"
)
SENTENCE_END = tuple("。！？!?；;：:")
# the mark an item or a heading opens with: (一) （1） 一、 1. 1、 ① —— 第一 附件 附表 表1
ITEM_OPEN_RE = re.compile(
    r"^\s*(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|"
    r"\d{1,2}\s*[.．、](?!\d)|[①-⑳]|——|[-·•*]\s|第[一二三四五六七八九十\d]+[部分章节条]|附件|附表|表\s*\d)"
)
PUNCTUATION_RE = re.compile(r"[，,。；;：:]")
# a line of its own in a document's head or foot: a 文号 (鹭开管发〔2021〕58号) or a field (抄送：…)
OWN_LINE_RE = re.compile(
    r"^\s*(?:[^\s，,。]{1,12}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*第?\s*\d{1,4}\s*号|"
    r"(?:抄送|报送|主送|印发|发布机构|索\s*引\s*号|文\s*号|发文日期|来源|附件)\s*[:：])"
)


@dataclass(frozen=True)
class Flowed:
    """The joined text and, for each stretch of it, where that stretch starts in the original."""

    text: str
    starts: tuple[int, ...] = ()  # offsets in ``text`` where a stretch copied whole begins
    origins: tuple[int, ...] = ()  # where each of those stretches begins in the original

    def original(self, offset: int) -> int:
        """The offset in the original text of ``offset`` in the joined one."""
        if not self.starts:
            return offset
        i = bisect_right(self.starts, offset) - 1
        return self.origins[i] + offset - self.starts[i] if i >= 0 else offset

    def original_end(self, end: int) -> int:
        """The original offset just after the character before ``end`` (an exclusive end)."""
        if not self.starts:
            return end
        return self.original(end - 1) + 1 if end > 0 else 0


def _heading(line: str) -> bool:
    """A heading or a title: no comma or stop inside (（三）产业集群加速壮大。汽车零部件… is an item's
    paragraph that goes on, not a heading)."""
    return not PUNCTUATION_RE.search(line.strip())


def _joins(line: str, nxt: str) -> bool:
    """Whether the break after ``line`` falls inside a sentence that ``nxt`` goes on with."""
    a, b = line.strip(), nxt.strip()
    if not a or not b or "\t" in line or "\t" in nxt:
        return False
    if a.endswith(SENTENCE_END) or _heading(a) or ITEM_OPEN_RE.match(b) or PAGE_MARK_RE.match(b):
        return False
    return not OWN_LINE_RE.match(b)


# digits written full width (２２６．１亿元), read as the same digits: one character for one, so no
# offset moves
FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
FULL_WIDTH_POINT_RE = re.compile(r"(?<=\d)．(?=\d)")


# a table laid out with runs of spaces (a Word or PDF table turned into text): cells apart by two
# spaces or more
SPACE_RUN_RE = re.compile(r" {2,}")
CELL_RE = re.compile(r"\S+(?: \S+)*")
SPACED_ROW_MIN_CELLS = 3


def _width(text: str) -> int:
    """Columns ``text`` takes on a fixed-width page: a CJK character takes two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _spaced_cells(line: str) -> list[tuple[int, int, int]]:
    """(start, end, display column) of each cell of a line laid out with runs of spaces."""
    out = []
    for m in CELL_RE.finditer(line):
        out.append((m.start(), m.end(), _width(line[: m.start()])))
    return out


def _tabbed(line: str, columns: list[int]) -> str | None:
    """``line`` with each run of spaces before a cell turned into as many tabs as the columns it
    crosses (and spaces for the rest, so nothing moves), the header's ``columns`` telling which
    column each cell is under; None when a cell cannot be placed."""
    out, cursor, column = [], 0, -1
    for start, end, display in _spaced_cells(line):
        under = max((j for j, c in enumerate(columns) if c <= display + 2), default=0)
        tabs = under - column if column >= 0 else under
        gap = line[cursor:start]
        if under <= column or (column >= 0 and tabs < 1) or len(gap) < tabs or (column >= 0 and len(gap) < 2):
            return None
        out.append("\t" * tabs + gap[tabs:])
        out.append(line[start:end])
        cursor, column = end, under
    out.append(line[cursor:])
    return "".join(out)


def _space_tables(text: str) -> str:
    """Tables laid out with runs of spaces, read as tab-separated rows: a block of two lines or more
    whose first line (the header) has three cells or more apart by runs of spaces. One character
    stands for one, so no offset moves."""
    if "  " not in text:
        return text
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        cells = _spaced_cells(lines[i])
        if "\t" in lines[i] or len(cells) < SPACED_ROW_MIN_CELLS or not SPACE_RUN_RE.search(lines[i].strip()):
            i += 1
            continue
        columns = [display for _, _, display in cells]
        block = [i]
        j = i + 1
        while j < len(lines) and lines[j].strip() and "\t" not in lines[j] and SPACE_RUN_RE.search(lines[j]):
            block.append(j)
            j += 1
        if len(block) >= 2:
            rows = [_tabbed(lines[k], columns) for k in block]
            if all(r is not None for r in rows):
                for k, row in zip(block, rows, strict=True):
                    lines[k] = row  # type: ignore[assignment]
        i = j
    return "\n".join(lines)


def reflow(text: str) -> Flowed:
    """``text`` with the breaks inside sentences joined, page-number lines dropped, tables laid out
    with spaces read as tab-separated rows and full-width digits read as digits."""
    if re.search(r"[０-９]", text):
        text = FULL_WIDTH_POINT_RE.sub(".", text.translate(FULL_WIDTH_DIGITS))
    text = _space_tables(text)
    if "\n" not in text:
        return Flowed(text)
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    # page numbers go first, so the lines around them can join across the page's end
    kept = [i for i, line in enumerate(lines) if not (PAGE_MARK_RE.match(line) and line.strip())]
    if len(kept) == len(lines) and not any(_joins(lines[i], lines[i + 1]) for i in range(len(lines) - 1)):
        return Flowed(text)
    parts: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    length = 0

    def copy(piece: str, origin: int) -> None:
        nonlocal length
        if not piece:
            return
        starts.append(length)
        origins.append(origin)
        parts.append(piece)
        length += len(piece)

    for k, i in enumerate(kept):
        line = lines[i]
        nxt = lines[kept[k + 1]] if k + 1 < len(kept) else None
        if nxt is not None and _joins(line, nxt):
            body = line.rstrip()
            lead = len(body) - len(body.lstrip()) if k and parts and not parts[-1].endswith("\n") else 0
            copy(body[lead:], offsets[i] + lead)  # the next line follows without the break
        else:
            lead = 0
            if parts and not parts[-1].endswith("\n"):
                lead = len(line) - len(line.lstrip())  # a joined line's indent is the page's, not the text's
            copy(line[lead:] + ("\n" if k + 1 < len(kept) else ""), offsets[i] + lead)
    return Flowed("".join(parts), tuple(starts), tuple(origins))
