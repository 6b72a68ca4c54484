"""City-scale synthetic data for benchmarks: many zones, units, indicators and years of figures.

Unlike the demo zone, figures and targets are not written through ``figures_set``/``targets_set``:
at two million rows their per-row checks and change log would take hours. Rows are generated as a
stream of tuples and inserted in batches of 5000 with ``yuanqu.core.bulk.insert_rows`` (executemany
on SQLite, COPY on PostgreSQL; ``bulk_create`` spent 80% of its time preparing fields and ran at
10 000 rows/s), one transaction per year, so memory stays flat. Cards are then computed with ``assessment_compute`` for the last
``assess_years`` years only (default 1: the figures of earlier years have no cards).

Everything is marked as demo data: zones are ``is_demo`` and named 合成开发区NN, figures carry the
note 合成数据. The catalogue indicators are used first; synthetic ones (合成指标NN, 亿元, monthly
flow) make up the requested number.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from yuanqu.core.bulk import insert_rows
from yuanqu.core.errors import DomainError
from yuanqu.core.money import scale
from yuanqu.demo.series import NORMAL_WEIGHTS, cumulative, jittered
from yuanqu.indicators.actions import assessment_compute, indicator_save
from yuanqu.indicators.catalogue import catalogue_load
from yuanqu.indicators.choices import FigureStatus, IndicatorKind, TargetTier
from yuanqu.indicators.models import Assessment, Figure, Indicator, Target
from yuanqu.org.choices import UnitType
from yuanqu.org.models import Unit, Zone

ZONE_PREFIX = "合成开发区"
NOTE = "合成数据"
SOURCE = "generate_data"


@dataclass(frozen=True)
class Scale:
    zones: int
    units: int  # in all, each zone's 全区 unit included
    indicators: int
    years: int


SCALES = {
    "city": Scale(zones=20, units=600, indicators=60, years=5),
    "small": Scale(zones=1, units=30, indicators=20, years=2),
}


@dataclass
class SyntheticResult:
    zones: int = 0
    units: int = 0
    indicators: int = 0
    figures: int = 0
    targets: int = 0
    assessments: int = 0
    years: list[int] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class _Track:
    """One unit × indicator across the years: this year's amount, its profile and last year's months."""

    annual: float
    shares: list[float]
    last: list[float]
    target_growth: float


def synthetic_zones() -> Any:
    return Zone.objects.filter(name__startswith=ZONE_PREFIX, is_demo=True)


def synthetic_reset() -> int:
    """Delete the synthetic zones and everything in them. Returns how many zones were deleted."""
    zones = list(synthetic_zones())
    for zone in zones:
        with transaction.atomic():
            Unit.objects.filter(zone=zone).update(parent=None)
            # Deleting figures first, per unit batch, keeps each statement small on SQLite.
            Figure.objects.filter(unit__zone=zone).delete()
            Assessment.objects.filter(unit__zone=zone).delete()
            Target.objects.filter(unit__zone=zone).delete()
            zone.delete()
    return len(zones)


def _indicators(count: int, user: Any) -> list[Indicator]:
    catalogue_load(user=user, source=SOURCE)
    catalogue = list(Indicator.objects.exclude(code__startswith="synthetic-").order_by("sort_order", "code"))
    chosen = catalogue[:count]
    for k in range(len(chosen) + 1, count + 1):
        code = f"synthetic-{k:02d}"
        existing = Indicator.objects.filter(code=code).first()
        if existing is None:
            existing = indicator_save(
                user=user,
                code=code,
                name=f"合成指标{k:02d}",
                unit="亿元",
                source=SOURCE,
                kind=IndicatorKind.FLOW,
                sort_order=1000 + k,
                description="合成数据专用指标（基准测试）",
            )
        chosen.append(existing)
    return chosen


def _units(zone: Zone, count: int) -> list[Unit]:
    total = Unit.objects.create(zone=zone, name="全区", short_name="全区", type=UnitType.ZONE, sort_order=0)
    rows = []
    offices, departments = 6, 8
    for i in range(1, count):
        if i <= offices:
            name, kind = f"第{i}产业办", UnitType.INDUSTRY_OFFICE
        elif i <= offices + departments:
            name, kind = f"部门{i - offices:02d}", UnitType.DEPARTMENT
        else:
            name, kind = f"第{i - offices - departments}街道", UnitType.STREET
        rows.append(Unit(zone=zone, name=name, short_name=name, type=kind, parent=total, sort_order=i * 10))
    Unit.objects.bulk_create(rows)
    return list(Unit.objects.filter(zone=zone).order_by("sort_order"))


def _start(rng: random.Random, indicator: Indicator, unit: Unit) -> _Track:
    kind = indicator.kind
    if kind == IndicatorKind.RATE:
        annual = rng.uniform(20, 80)
    elif kind == IndicatorKind.STOCK:
        annual = float(rng.randint(100, 5000))
    elif kind == IndicatorKind.COUNT:
        annual = float(rng.randint(5, 200))
    else:
        size = 1.0 if unit.type != UnitType.DEPARTMENT else 0.3
        annual = math.exp(rng.gauss(3.0, 1.0)) * size * (100 if indicator.unit in ("万元", "万美元") else 1)
    return _Track(
        annual=annual, shares=cumulative(jittered(rng, NORMAL_WEIGHTS, 0.08)), last=[], target_growth=rng.uniform(5, 20)
    )


def _months(indicator: Indicator) -> list[int]:
    return [m for m in range(1, 13) if indicator.reports_month(m)]


def _dec(value: float | None, places: int, multiplier: Decimal) -> Decimal | None:
    """A display amount rounded like a bulletin, in base units, without going through str()."""
    if value is None:
        return None
    return Decimal(round(value * 10**places)).scaleb(-places) * multiplier


def _growth(value: float, prior: float | None) -> Decimal | None:
    if not prior:
        return None
    return Decimal(round((value / prior - 1) * 1000)).scaleb(-1)


class _ZoneGenerator:
    """Streams one zone's figures and targets year by year, keeping only one year of months in memory."""

    def __init__(self, zone: Zone, units: list[Unit], indicators: list[Indicator], seed: int, first_year: int):
        self.zone, self.units, self.indicators = zone, units, indicators
        self.rng = random.Random(seed)
        self.total = units[0]
        self.members = units[1:]
        self.tracks: dict[tuple[int, int], _Track] = {}
        self.months = {i.pk: _months(i) for i in indicators}
        self.places = {
            i.pk: (1 if i.kind == IndicatorKind.RATE else (0 if i.kind != IndicatorKind.FLOW else 2))
            for i in indicators
        }
        self.multiplier = {i.pk: scale(i.unit) for i in indicators}
        for unit in self.members:
            for ind in indicators:
                track = _start(self.rng, ind, unit)
                track.last = self._monthly(ind, track)  # the year before the first: only its months are kept
                self.tracks[(unit.pk, ind.pk)] = track
        self.zone_last: dict[int, list[float]] = {
            ind.pk: self._zone_sum(ind, {u.pk: self.tracks[(u.pk, ind.pk)].last for u in self.members})
            for ind in indicators
        }
        self.first_year = first_year

    def _monthly(self, ind: Indicator, track: _Track) -> list[float]:
        places = self.places[ind.pk]
        if ind.kind == IndicatorKind.RATE:
            return [round(track.annual + self.rng.uniform(-1.5, 1.5), places) for _ in range(12)]
        if ind.kind == IndicatorKind.STOCK:
            return [round(track.annual * (0.92 + 0.08 * s), places) for s in track.shares]
        out, previous = [], 0.0
        for s in track.shares:
            v = max(round(track.annual * s, places), previous)
            out.append(v)
            previous = v
        return out

    def _zone_sum(self, ind: Indicator, months_by_unit: dict[int, list[float]]) -> list[float]:
        columns = list(zip(*months_by_unit.values(), strict=True))
        places = self.places[ind.pk]
        if ind.kind == IndicatorKind.RATE:
            return [round(sum(c) / len(c), places) for c in columns]
        return [round(sum(c), places) for c in columns]

    def year(self, year: int, status: str, now: Any) -> tuple[Iterator[tuple[Any, ...]], list[tuple[Any, ...]]]:
        """The year's figure rows (a generator, ``FIGURE_COLUMNS``) and target rows (``TARGET_COLUMNS``)."""
        targets: list[tuple[Any, ...]] = []
        current: dict[tuple[int, int], list[float]] = {}
        for unit in self.members:
            for ind in self.indicators:
                track = self.tracks[(unit.pk, ind.pk)]
                if ind.kind == IndicatorKind.RATE:
                    target_value = round(track.annual + 2, 1)
                    targets.append(self._target(unit, ind, year, target_value, None, now))
                    track.annual += self.rng.gauss(1.0, 1.5)
                else:
                    tg = round(track.target_growth + self.rng.uniform(-3, 3), 1)
                    last_full = track.last[-1]
                    targets.append(self._target(unit, ind, year, last_full * (1 + tg / 100), tg, now))
                    # actual growth around the target: about a third of the units fall behind
                    track.annual = last_full * (1 + (tg + self.rng.gauss(2, 4)) / 100)
                current[(unit.pk, ind.pk)] = self._monthly(ind, track)
        for ind in self.indicators:
            total = self._zone_sum(ind, {u.pk: current[(u.pk, ind.pk)] for u in self.members})
            current[(self.total.pk, ind.pk)] = total
            if ind.kind == IndicatorKind.RATE:
                targets.append(self._target(self.total, ind, year, round(total[-1] + 2, 1), None, now))
            else:
                last_full = self.zone_last[ind.pk][-1]
                tg = 10.0
                targets.append(self._target(self.total, ind, year, last_full * 1.1, tg, now))
                targets.append(self._target(self.total, ind, year, last_full * 1.13, 13.0, now, TargetTier.STRETCH))

        def figures() -> Iterator[tuple[Any, ...]]:
            for unit in self.units:
                for ind in self.indicators:
                    values = current[(unit.pk, ind.pk)]
                    last = self.zone_last[ind.pk] if unit.pk == self.total.pk else self.tracks[(unit.pk, ind.pk)].last
                    places, mult = self.places[ind.pk], self.multiplier[ind.pk]
                    rate = ind.kind == IndicatorKind.RATE
                    for m in self.months[ind.pk]:
                        v = values[m - 1]
                        yield (
                            unit.pk,
                            ind.pk,
                            year,
                            m,
                            _dec(v, places, mult),
                            None if rate else _growth(v, last[m - 1]),
                            False,
                            status,
                            0,
                            NOTE,
                            now,
                            now,
                        )
            for unit in self.members:
                for ind in self.indicators:
                    self.tracks[(unit.pk, ind.pk)].last = current[(unit.pk, ind.pk)]
            for ind in self.indicators:
                self.zone_last[ind.pk] = current[(self.total.pk, ind.pk)]

        return figures(), targets

    def _target(
        self,
        unit: Unit,
        ind: Indicator,
        year: int,
        value: float,
        growth: float | None,
        now: Any,
        tier: str = TargetTier.EXPECTED,
    ) -> tuple[Any, ...]:
        places, mult = self.places[ind.pk], self.multiplier[ind.pk]
        return (
            unit.pk,
            ind.pk,
            year,
            tier,
            _dec(value, places, mult),
            None if growth is None else Decimal(round(growth * 10)).scaleb(-1),
            NOTE,
            now,
            now,
        )


FIGURE_COLUMNS = (
    "unit_id",
    "indicator_id",
    "year",
    "month",
    "value",
    "growth_pct",
    "growth_derived",
    "status",
    "revision",
    "note",
    "created_at",
    "updated_at",
)
TARGET_COLUMNS = ("unit_id", "indicator_id", "year", "tier", "value", "growth_pct", "text", "created_at", "updated_at")


def _insert(model: Any, fields: tuple[str, ...], rows: Iterator[tuple[Any, ...]], batch_size: int) -> int:
    """Write rows in batches through ``core.bulk.insert_rows`` (executemany; COPY on PostgreSQL)."""
    return sum(insert_rows(model, fields, batch) for batch in _batches(rows, batch_size))


def _batches(rows: Iterator[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def synthetic_generate(
    *,
    zones: int,
    units: int,
    indicators: int,
    years: int,
    end_year: int = 2021,
    seed: int = 2021,
    batch_size: int = 5000,
    assess_years: int = 1,
    reset: bool = False,
    user: Any = None,
    progress: Callable[[str], None] | None = None,
) -> SyntheticResult:
    """Build ``zones`` synthetic zones of ``units // zones`` units each (the 全区 unit included), with
    ``indicators`` indicators and every month of ``years`` years ending with ``end_year``.

    Refuses to run over existing synthetic zones unless ``reset``. Deterministic for a given seed.
    """
    say = progress or (lambda _msg: None)
    started = time.monotonic()
    result = SyntheticResult()
    per_zone = units // zones
    if zones < 1 or per_zone < 2 or indicators < 1 or years < 1:
        raise DomainError("规模参数无效：每个开发区至少2个单位，至少1个指标、1年")
    if synthetic_zones().exists():
        if not reset:
            raise DomainError("已有合成数据（合成开发区…），如需重建请加 --reset")
        say(f"删除原合成数据：{synthetic_reset()} 个开发区（{time.monotonic() - started:.1f} 秒）")
    first_year = end_year - years + 1
    result.years = list(range(first_year, end_year + 1))

    t0 = time.monotonic()
    chosen = _indicators(indicators, user)
    generators = []
    with transaction.atomic():
        for z in range(1, zones + 1):
            zone = Zone.objects.create(name=f"{ZONE_PREFIX}{z:02d}", short_name=f"合成{z:02d}", code="", is_demo=True)
            zone_units = _units(zone, per_zone)
            generators.append(_ZoneGenerator(zone, zone_units, chosen, seed * 1000 + z, first_year))
            result.units += len(zone_units)
    result.zones, result.indicators = zones, len(chosen)
    result.seconds["setup"] = time.monotonic() - t0
    say(f"{zones} 个开发区、{result.units} 个单位、{len(chosen)} 个指标（{result.seconds['setup']:.1f} 秒）")

    for year in result.years:
        t0 = time.monotonic()
        status = FigureStatus.FLASH if year == end_year else FigureStatus.FINAL
        year_figures = year_targets = 0
        now = timezone.now()
        with transaction.atomic():
            for gen in generators:
                figures, targets = gen.year(year, status, now)
                year_targets += _insert(Target, TARGET_COLUMNS, iter(targets), batch_size)
                year_figures += _insert(Figure, FIGURE_COLUMNS, figures, batch_size)
        result.figures += year_figures
        result.targets += year_targets
        result.seconds[str(year)] = time.monotonic() - t0
        say(f"{year}年：月度数据 {year_figures} 条，目标 {year_targets} 条（{result.seconds[str(year)]:.1f} 秒）")

    t0 = time.monotonic()
    assess = result.years[-assess_years:] if assess_years > 0 else []
    for gen in generators:
        for year in assess:
            result.assessments += assessment_compute(zone=gen.zone, year=year)
    result.seconds["assessments"] = time.monotonic() - t0
    if assess:
        say(
            f"红黄牌计算（{'、'.join(map(str, assess))}年）：{result.assessments} 条（{result.seconds['assessments']:.1f} 秒）"
        )
    result.seconds["total"] = time.monotonic() - started
    return result
