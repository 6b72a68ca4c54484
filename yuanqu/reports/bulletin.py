"""The 月度经济运行通报 (monthly economic-operations bulletin) of a zone, built from the
precomputed assessments: the zone-total indicator table, the sentences in the register of the
official reports, the unit rankings and the 红黄牌 list. Renderers (Word, Excel, HTML) only lay out
what is built here, so the three files always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal

from yuanqu.core.errors import DomainError
from yuanqu.core.money import from_base
from yuanqu.core.periods import period_label, time_progress
from yuanqu.indicators.choices import Card, FigureStatus, IndicatorKind
from yuanqu.org.choices import UnitType
from yuanqu.org.models import Zone
from yuanqu.reports import selectors

ONE_PLACE = Decimal("0.1")
COUNT_UNITS = {"家", "个", "户", "人", "项"}
# Cumulative flows and counts are measured against 时间进度; stocks and shares against the full target.
TIME_TRACKED = (IndicatorKind.FLOW, IndicatorKind.COUNT)
# The bulletin is an official Chinese document: card names stay Chinese whatever the UI language.
CARD_LABELS: dict[str, str] = {Card.RED: "红牌", Card.YELLOW: "黄牌", Card.GREEN: "绿牌", Card.NONE: "无目标"}
DEMO_MARK = "（演示数据）"


# ---------------------------------------------------------------- number wording


def round1(value: Decimal | None) -> Decimal | None:
    """Completion, 时间进度 and gaps are shown with one decimal, half-up (89.698 → 89.7)."""
    if value is None:
        return None
    return value.quantize(ONE_PLACE, rounding=ROUND_HALF_UP)


def plain(value: Decimal) -> str:
    """A Decimal without trailing zeros or exponent: 14.0700 → '14.07', 100.0000 → '100'."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def growth_text(growth: Decimal | None, *, derived: bool = False) -> str:
    """A 同比 rate for tables: the published figure as stored; a derived one with one decimal."""
    if growth is None:
        return "—"
    return plain(round1(growth)) if derived else plain(growth)  # type: ignore[arg-type]


def value_places(value: Decimal | None, unit: str) -> int:
    """Sentences give amounts with one decimal; whole counts (家, 个…) with none."""
    if unit in COUNT_UNITS and value is not None and value == value.to_integral_value():
        return 0
    return 1


def _fixed(value: Decimal, places: int) -> str:
    return f"{value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP):f}"


def amount_text(value: Decimal | None, places: int) -> str:
    """An amount for tables with the indicator's decimals, half-up; '—' when missing."""
    return "—" if value is None else _fixed(value, places)


def growth_phrase(growth: Decimal, *, derived: bool = False) -> str:
    """'同比增长14.07%', '同比下降3.2%', '同比持平'."""
    shown = round1(growth) if derived else growth
    assert shown is not None
    if shown == 0:
        return "同比持平"
    word = "增长" if shown > 0 else "下降"
    return f"同比{word}{plain(abs(shown))}%"


def gap_phrase(gap: Decimal, *, against: str) -> str:
    """'低于时间进度2.0个百分点', '高于目标增速0.5个百分点', '与时间进度持平' (one decimal)."""
    shown = round1(gap)
    assert shown is not None
    if shown == 0:
        return f"与{against}持平"
    word = "高于" if shown > 0 else "低于"
    return f"{word}{against}{_fixed(abs(shown), 1)}个百分点"


# ---------------------------------------------------------------- the bulletin


@dataclass(frozen=True)
class IndicatorRow:
    """One zone-total indicator of the bulletin table. Amounts are in the indicator's display unit
    (亿元), percentages in percent, gaps in 百分点; completion, progress and gaps are rounded to one
    decimal so the table and the sentences agree."""

    indicator: str
    code: str
    unit: str
    kind: str
    decimals: int
    value: Decimal | None
    growth_pct: Decimal | None
    growth_derived: bool
    is_estimate: bool
    target_value: Decimal | None
    target_growth_pct: Decimal | None
    completion_pct: Decimal | None
    time_progress_pct: Decimal
    gap_pp: Decimal | None
    growth_gap_pp: Decimal | None
    card: str

    @property
    def card_label(self) -> str:
        return "—" if self.card == Card.NONE else CARD_LABELS[self.card]

    @property
    def tracks_time(self) -> bool:
        return self.kind in TIME_TRACKED

    @property
    def value_text(self) -> str:
        return amount_text(self.value, self.decimals)

    @property
    def target_text(self) -> str:
        return amount_text(self.target_value, self.decimals)

    @property
    def growth_text(self) -> str:
        text = growth_text(self.growth_pct, derived=self.growth_derived)
        return f"{text}*" if self.growth_derived and self.growth_pct is not None else text


@dataclass(frozen=True)
class RankRow:
    """One unit's standing on one indicator; ranks come from the assessment (1 = best)."""

    unit: str
    value: Decimal | None
    growth_pct: Decimal | None
    completion_pct: Decimal | None
    rank_growth: int | None
    rank_completion: int | None
    card: str

    @property
    def card_label(self) -> str:
        return "—" if self.card == Card.NONE else CARD_LABELS[self.card]


@dataclass(frozen=True)
class IndicatorRanking:
    """The units of the zone (the zone total excluded) on one indicator, best growth first."""

    indicator: str
    unit: str
    decimals: int
    size: int
    rows: list[RankRow]

    @property
    def by_growth(self) -> list[RankRow]:
        return self.rows

    @property
    def by_completion(self) -> list[RankRow]:
        return sorted(self.rows, key=lambda r: (r.rank_completion is None, r.rank_completion or 0))


@dataclass(frozen=True)
class CardRow:
    """A red or yellow card of a unit's indicator, with the reasons the assessment gave."""

    unit: str
    indicator: str
    card: str
    reasons: list[str]

    @property
    def card_label(self) -> str:
        return CARD_LABELS[self.card]

    @property
    def reasons_text(self) -> str:
        return "；".join(self.reasons)


@dataclass
class Bulletin:
    """A zone's monthly economic-operations bulletin for 1-N月 of a year."""

    zone: str
    year: int
    month: int
    is_demo: bool
    title: str
    period: str
    time_progress_pct: Decimal
    rows: list[IndicatorRow] = field(default_factory=list)
    rankings: list[IndicatorRanking] = field(default_factory=list)
    cards: list[CardRow] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    cards_summary: str = ""

    @property
    def has_derived_growth(self) -> bool:
        return any(r.growth_derived and r.growth_pct is not None for r in self.rows)

    def filename(self, extension: str) -> str:
        return f"{self.title}.{extension}"


def indicator_sentence(row: IndicatorRow, period: str) -> str:
    """One indicator in the register of the zone's bulletins, parts without data left out:
    '1-11月，规模以上工业总产值完成590.3亿元，同比增长14.07%，完成全年目标的89.7%，低于时间进度2.0个百分点。'
    """
    head = f"{period}，{row.indicator}"
    parts: list[str] = []
    if row.value is not None:
        verb = {IndicatorKind.STOCK: "达到", IndicatorKind.RATE: "为"}.get(row.kind, "完成")  # type: ignore[call-overload]
        if row.is_estimate:
            verb = f"预计{verb}"
        head += f"{verb}{_fixed(row.value, value_places(row.value, row.unit))}{row.unit}"
    if row.growth_pct is not None:
        phrase = growth_phrase(row.growth_pct, derived=row.growth_derived)
        if row.value is None:
            head += f"预计{phrase}" if row.is_estimate else phrase
        else:
            parts.append(phrase)
    if row.completion_pct is not None:
        parts.append(f"完成全年目标的{_fixed(row.completion_pct, 1)}%")
        if row.gap_pp is not None and row.tracks_time:
            parts.append(gap_phrase(row.gap_pp, against="时间进度"))
    if row.growth_gap_pp is not None:
        parts.append(gap_phrase(row.growth_gap_pp, against="目标增速"))
    return "，".join([head, *parts]) + "。"


def bulletin_title(*, zone: Zone, year: int, month: int) -> str:
    title = f"{zone.name}{year}年{period_label(month)}经济运行情况通报"
    return title + DEMO_MARK if zone.is_demo else title


def bulletin_build(*, zone: Zone, year: int, month: int) -> Bulletin:
    """Build the bulletin of ``zone`` for 1-``month``月 of ``year`` from its assessments.

    Raises DomainError when the month is outside 1-12 or the zone has no data for it. Two queries
    whatever the number of units and indicators.
    """
    if not 1 <= month <= 12:
        raise DomainError(f"月份 {month} 超出 1-12 月", code="bad_month")
    period = period_label(month)
    progress = round1(time_progress(month))
    assert progress is not None
    assessments = list(selectors.assessment_rows_for_month(zone=zone, year=year, month=month))
    if not assessments:
        raise DomainError(f"{zone.name}{year}年{period}没有数据，无法生成通报", code="no_data")
    flags = selectors.zone_total_figure_flags(zone=zone, year=year, month=month)

    bulletin = Bulletin(
        zone=zone.name,
        year=year,
        month=month,
        is_demo=zone.is_demo,
        title=bulletin_title(zone=zone, year=year, month=month),
        period=period,
        time_progress_pct=progress,
    )
    rankings: dict[int, IndicatorRanking] = {}  # in indicator order (dicts keep insertion order)
    cards: list[tuple[int, int, str, int, CardRow]] = []
    for a in assessments:
        unit_label = a["indicator__unit"]
        if a["unit__type"] == UnitType.ZONE:
            status, derived = flags.get(a["indicator_id"], ("", False))
            bulletin.rows.append(
                IndicatorRow(
                    indicator=a["indicator__name"],
                    code=a["indicator__code"],
                    unit=unit_label,
                    kind=a["indicator__kind"],
                    decimals=a["indicator__decimals"],
                    value=_display(a["value"], unit_label),
                    growth_pct=a["growth_pct"],
                    growth_derived=derived,
                    is_estimate=status == FigureStatus.ESTIMATE,
                    target_value=_display(a["target_value"], unit_label),
                    target_growth_pct=a["target_growth_pct"],
                    completion_pct=round1(a["completion_pct"]),
                    time_progress_pct=progress,
                    gap_pp=round1(a["gap_pp"]) if a["indicator__kind"] in TIME_TRACKED else None,
                    growth_gap_pp=round1(a["growth_gap_pp"]),
                    card=a["card"],
                )
            )
        else:
            ranking = rankings.get(a["indicator_id"])
            if ranking is None:
                ranking = rankings[a["indicator_id"]] = IndicatorRanking(
                    indicator=a["indicator__name"], unit=unit_label, decimals=a["indicator__decimals"], size=0, rows=[]
                )
            ranking.rows.append(
                RankRow(
                    unit=a["unit__name"],
                    value=_display(a["value"], unit_label),
                    growth_pct=a["growth_pct"],
                    completion_pct=round1(a["completion_pct"]),
                    rank_growth=a["rank_growth"],
                    rank_completion=a["rank_completion"],
                    card=a["card"],
                )
            )
        if a["card"] in (Card.RED, Card.YELLOW):
            order = 0 if a["card"] == Card.RED else 1
            card = CardRow(
                unit=a["unit__name"], indicator=a["indicator__name"], card=a["card"], reasons=list(a["reasons"] or [])
            )
            cards.append((order, a["unit__sort_order"], a["unit__name"], len(cards), card))

    for ranking in rankings.values():
        # Stable sort: units with the same rank stay in the zone's unit order.
        ranking.rows.sort(key=lambda r: (r.rank_growth is None, r.rank_growth or 0))
        bulletin.rankings.append(replace(ranking, size=len(ranking.rows)))
    cards.sort(key=lambda c: c[:4])
    bulletin.cards = [c[4] for c in cards]
    bulletin.sentences = [indicator_sentence(row, period) for row in bulletin.rows]
    bulletin.cards_summary = cards_summary(bulletin.cards, period)
    return bulletin


def cards_summary(cards: list[CardRow], period: str) -> str:
    red = sum(1 for c in cards if c.card == Card.RED)
    yellow = len(cards) - red
    if not cards:
        return f"{period}，各单位主要指标均未亮红黄牌。"
    units = len({c.unit for c in cards})
    return f"{period}，共有{units}个单位的指标亮牌，其中红牌{red}个、黄牌{yellow}个。"


def _display(value: Decimal | None, unit: str) -> Decimal | None:
    """A stored base-unit amount in the indicator's display unit (元 → 亿元)."""
    return from_base(value, unit)
