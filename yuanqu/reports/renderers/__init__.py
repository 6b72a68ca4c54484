"""The bulletin as a file: Word (GB/T 9704 layout), Excel (three sheets) or a printable HTML page.

Each renderer only lays out a built ``Bulletin``; ``render`` picks one by format name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from yuanqu.core.errors import DomainError
from yuanqu.reports.bulletin import Bulletin, CardRow, IndicatorRanking, RankRow

# A ranking longer than this is cut to its head and tail in the Word and HTML bulletins (a city of
# 600 units would otherwise print hundreds of pages); the Excel file always has every unit.
RANK_FULL_LIMIT = 40
RANK_EXCERPT = 10
# A red/yellow list longer than this is summed up per unit in the Word and HTML bulletins (the
# reasons stay in the Excel file).
CARD_FULL_LIMIT = 200


@dataclass(frozen=True)
class Format:
    extension: str
    content_type: str
    render: Callable[[Bulletin], bytes]


def _docx(bulletin: Bulletin) -> bytes:
    from yuanqu.reports.renderers.docx import render_docx

    return render_docx(bulletin)


def _xlsx(bulletin: Bulletin) -> bytes:
    from yuanqu.reports.renderers.xlsx import render_xlsx

    return render_xlsx(bulletin)


def _html(bulletin: Bulletin) -> bytes:
    from yuanqu.reports.renderers.html import render_html

    return render_html(bulletin)


FORMATS: dict[str, Format] = {
    "docx": Format("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _docx),
    "xlsx": Format("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _xlsx),
    "html": Format("html", "text/html; charset=utf-8", _html),
}


def format_get(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise DomainError(f"不支持的格式「{name}」，可选：{'、'.join(FORMATS)}", code="bad_format") from None


def render(bulletin: Bulletin, format_name: str) -> bytes:
    return format_get(format_name).render(bulletin)


def ranking_excerpt(ranking: IndicatorRanking) -> tuple[list[RankRow | None], int]:
    """The rows to print for a ranking: all of them, or the first and last ``RANK_EXCERPT`` with
    ``None`` standing for the omitted middle. Returns the rows and how many were left out."""
    rows = ranking.by_growth
    if len(rows) <= RANK_FULL_LIMIT:
        return list(rows), 0
    return [*rows[:RANK_EXCERPT], None, *rows[-RANK_EXCERPT:]], len(rows) - 2 * RANK_EXCERPT


@dataclass
class UnitCards:
    """A unit's red and yellow indicators, for the per-unit summary of a long red/yellow list."""

    unit: str
    red: list[str] = field(default_factory=list)
    yellow: list[str] = field(default_factory=list)


def cards_by_unit(cards: list[CardRow]) -> list[UnitCards] | None:
    """The red/yellow list summed up per unit when it is longer than ``CARD_FULL_LIMIT``, else None.
    Units come in the list's order: those with a red card first."""
    if len(cards) <= CARD_FULL_LIMIT:
        return None
    units: dict[str, UnitCards] = {}
    for card in cards:
        entry = units.setdefault(card.unit, UnitCards(card.unit))
        (entry.red if card.card == "red" else entry.yellow).append(card.indicator)
    return list(units.values())


CN_DIGITS = "零一二三四五六七八九"


def cn_number(n: int) -> str:
    """Chinese numerals for headings: 1 → 一, 10 → 十, 12 → 十二, 40 → 四十, 99 → 九十九."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return f"{'' if tens == 1 else CN_DIGITS[tens]}十{CN_DIGITS[ones] if ones else ''}"
    return str(n)
