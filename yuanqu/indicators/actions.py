"""Writes to the catalogue, targets and figures. Every write is checked, saved atomically and
recorded in the change log; assessments of the affected months are recomputed in the same
transaction, so a dashboard never shows a card that disagrees with its figures."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from yuanqu.core import bulk
from yuanqu.core.changelog import changed_only, plain, record_change, snapshot
from yuanqu.core.errors import DomainError, PermissionDenied
from yuanqu.core.models import ChangeLog
from yuanqu.core.periods import time_progress
from yuanqu.indicators import metrics
from yuanqu.indicators.choices import Card, FigureStatus, IndicatorKind, TargetTier
from yuanqu.indicators.models import Assessment, CardRules, Figure, Indicator, Target
from yuanqu.org import access
from yuanqu.org.choices import UnitType
from yuanqu.org.models import Unit, Zone

TARGET_FIELDS = ("value", "growth_pct", "lead_unit", "text")
INDICATOR_FIELDS = (
    "code",
    "name",
    "aliases",
    "unit",
    "kind",
    "direction",
    "growth_basis",
    "frequency",
    "first_month",
    "decimals",
    "description",
    "sort_order",
    "is_active",
)


# ---------------------------------------------------------------- catalogue


def indicator_save(*, user: Any, code: str, name: str, unit: str, source: str = "", **fields: Any) -> Indicator:
    """Create or update a catalogue indicator by its code; aliases must not collide with other names."""
    if user is not None and not access.can_manage_catalogue(user):
        raise PermissionDenied("只有系统管理员和经发局统计可以维护指标目录")
    aliases = [a.strip() for a in fields.get("aliases", []) if a and a.strip()]
    fields["aliases"] = aliases
    with transaction.atomic():
        indicator = Indicator.objects.select_for_update().filter(code=code).first()
        taken = _names_in_use(exclude_pk=indicator.pk if indicator else None)
        for label in [name, *aliases]:
            if label in taken:
                raise DomainError(f"名称或别名「{label}」已被指标「{taken[label]}」使用")
        before = snapshot(indicator, INDICATOR_FIELDS) if indicator else {}
        if indicator is None:
            indicator = Indicator(code=code)
        indicator.name = name
        indicator.unit = unit
        for key, value in fields.items():
            setattr(indicator, key, value)
        indicator.full_clean()
        indicator.save()
        record_change(
            instance=indicator,
            action=ChangeLog.Action.UPDATE if before else ChangeLog.Action.CREATE,
            user=user,
            before=before,
            after=snapshot(indicator, INDICATOR_FIELDS),
            source=source,
        )
    return indicator


def _names_in_use(*, exclude_pk: int | None) -> dict[str, str]:
    taken: dict[str, str] = {}
    others = Indicator.objects.all() if exclude_pk is None else Indicator.objects.exclude(pk=exclude_pk)
    for ind in others.only("name", "aliases"):
        for label in [ind.name, *ind.aliases]:
            taken[label] = ind.name
    return taken


def card_rules_for(zone: Zone) -> CardRules:
    rules, _ = CardRules.objects.get_or_create(zone=zone)
    return rules


def card_rules_save(*, user: Any, zone: Zone, **fields: Any) -> CardRules:
    """Change a zone's 红黄牌 rules and recompute the cards of every year that has figures."""
    if not access.can_manage_catalogue(user):
        raise PermissionDenied("只有系统管理员和经发局统计可以修改红黄牌规则")
    names = ("yellow_lag_pp", "red_lag_pp", "yellow_when_growth_below_target", "red_after_yellow_months")
    with transaction.atomic():
        rules = card_rules_for(zone)
        before = snapshot(rules, names)
        for key, value in fields.items():
            if key not in names:
                raise DomainError(f"未知的规则项「{key}」")
            setattr(rules, key, value)
        if rules.red_lag_pp < rules.yellow_lag_pp:
            raise DomainError("红牌阈值不能小于黄牌阈值")
        rules.full_clean()
        rules.save()
        record_change(
            instance=rules, action=ChangeLog.Action.UPDATE, user=user, before=before, after=snapshot(rules, names)
        )
        years = sorted(set(Figure.objects.filter(unit__zone=zone).values_list("year", flat=True).distinct()))
        # Every year of the zone is recomputed: a job, queued once the new rules are committed.
        from yuanqu.indicators.jobs import recompute_assessments

        transaction.on_commit(lambda: recompute_assessments.delay(zone.pk, years))
    return rules


# ---------------------------------------------------------------- targets


@dataclass
class TargetInput:
    """One target to set; ``value`` is in the indicator's base unit. ``row`` labels import errors."""

    unit: Unit
    indicator: Indicator
    year: int
    tier: str = TargetTier.EXPECTED
    value: Decimal | None = None
    growth_pct: Decimal | None = None
    lead_unit: Unit | None = None
    text: str = ""
    row: int | None = None


def targets_set(*, user: Any, items: Sequence[TargetInput], source: str = "") -> list[Target]:
    """Set annual targets (create or replace by year × unit × indicator × tier), all or nothing."""
    errors: list[str] = []
    for item in items:
        where = f"第 {item.row} 行" if item.row else f"{item.unit}「{item.indicator}」"
        if not access.can_manage_catalogue(user):
            errors.append(f"{where}: 无权设置年度目标")
        if item.value is None and item.growth_pct is None:
            errors.append(f"{where}「目标内容」: 须有目标值或目标增速")
        if not 1900 < item.year < 2200:
            errors.append(f"{where}「年度」: 年度 {item.year} 无效")
    if errors:
        raise DomainError("目标未保存", errors=errors)
    saved: list[Target] = []
    zones_years: set[tuple[int, int]] = set()
    with transaction.atomic():
        for item in items:
            target = Target.objects.filter(
                year=item.year, unit=item.unit, indicator=item.indicator, tier=item.tier
            ).first()
            before = snapshot(target, TARGET_FIELDS) if target else {}
            if target is None:
                target = Target(year=item.year, unit=item.unit, indicator=item.indicator, tier=item.tier)
            target.value = item.value
            target.growth_pct = item.growth_pct
            target.lead_unit = item.lead_unit
            target.text = item.text
            after = snapshot(target, TARGET_FIELDS)
            saved.append(target)
            if before == after:
                continue  # the same target again: nothing to save or log
            target.save()
            record_change(
                instance=target,
                action=ChangeLog.Action.UPDATE if before else ChangeLog.Action.CREATE,
                user=user,
                before=before,
                after=after,
                source=source,
            )
            zones_years.add((item.unit.zone_id, item.year))
        for zone_id, year in sorted(zones_years):
            assessment_compute(zone=Zone.objects.get(pk=zone_id), year=year)
    return saved


def target_set(
    *,
    user: Any,
    unit: Unit,
    indicator: Indicator,
    year: int,
    tier: str = TargetTier.EXPECTED,
    value: Decimal | None = None,
    growth_pct: Decimal | None = None,
    lead_unit: Unit | None = None,
    text: str = "",
    source: str = "",
) -> Target:
    """Set one annual target (see ``targets_set``)."""
    return targets_set(
        user=user,
        source=source,
        items=[
            TargetInput(
                unit=unit,
                indicator=indicator,
                year=year,
                tier=tier,
                value=value,
                growth_pct=growth_pct,
                lead_unit=lead_unit,
                text=text,
            )
        ],
    )[0]


def target_delete(*, user: Any, target: Target) -> None:
    if not access.can_manage_catalogue(user):
        raise PermissionDenied("无权删除年度目标")
    with transaction.atomic():
        record_change(
            instance=target, action=ChangeLog.Action.DELETE, user=user, before=snapshot(target, TARGET_FIELDS)
        )
        zone, year = target.unit.zone, target.year
        target.delete()
        assessment_compute(zone=zone, year=year)


# ---------------------------------------------------------------- figures


@dataclass
class FigureInput:
    """One year-to-date figure to record. Values are in the indicator's base unit.

    ``None`` in ``month_value``, ``prior_value`` or ``growth_pct`` means "not given": an existing
    figure keeps what it had. ``row`` and ``columns`` label error messages of an import
    (``columns`` maps a field to the header the sheet used for it).
    """

    unit: Unit
    indicator: Indicator
    year: int
    month: int
    value: Decimal | None = None
    month_value: Decimal | None = None
    prior_value: Decimal | None = None
    growth_pct: Decimal | None = None
    status: str = FigureStatus.FLASH
    note: str = ""
    row: int | None = None
    columns: dict[str, str] | None = None

    def where(self, field: str) -> str:
        label = (self.columns or {}).get(field) or FIELD_LABELS.get(field, field)
        if self.row is not None:
            return f"第 {self.row} 行「{label}」"
        return f"{self.unit}「{self.indicator}」{self.year}年1-{self.month}月「{label}」"


FIELD_LABELS = {
    "unit": "单位",
    "indicator": "指标",
    "year": "年",
    "month": "月",
    "value": "累计值",
    "month_value": "本月",
    "prior_value": "上年同期",
    "growth_pct": "同比增长(%)",
    "status": "状态",
}


@dataclass
class FiguresResult:
    created: int
    updated: int
    unchanged: int
    figures: list[Figure]


def figures_set(*, user: Any, items: Sequence[FigureInput], source: str = "") -> FiguresResult:
    """Record year-to-date figures, all or nothing.

    Rejects, naming the row and field: a unit the user may not write; a period the indicator does not
    report (1月 of an indicator first reported for 1-2月, a month beyond 12); a figure with neither
    value nor growth; the same unit × indicator × period twice; and a cumulative value lower than the
    one of an earlier month of the same year (or higher than a later one) for flow indicators.
    Growth not published is derived from 上年同期 (given, or last year's stored figure) and marked derived.
    """
    errors: list[str] = []
    seen: dict[tuple[int, int, int, int], FigureInput] = {}
    for item in items:
        if not access.can_write_unit(user, item.unit):
            errors.append(f"{item.where('unit')}: 无权填报单位「{item.unit}」的数据")
        if not 1 <= item.month <= 12:
            errors.append(f"{item.where('month')}: 月份 {item.month} 超出 1-12 月")
        elif not item.indicator.reports_month(item.month):
            errors.append(
                f"{item.where('month')}: 指标「{item.indicator}」没有 1-{item.month} 月的报告期"
                f"（自 1-{item.indicator.first_month} 月起报"
                f"{'，按季度报送' if item.indicator.frequency == 'quarterly' else ''}）"
            )
        if not 1900 < item.year < 2200:
            errors.append(f"{item.where('year')}: 年份 {item.year} 无效")
        if item.value is None and item.growth_pct is None:
            errors.append(f"{item.where('value')}: 累计值和同比增长不能都为空")
        if item.value is not None and item.value < 0 and item.indicator.kind != IndicatorKind.RATE:
            errors.append(f"{item.where('value')}: 累计值不能为负数")
        key = (item.unit.pk, item.indicator.pk, item.year, item.month)
        if key in seen:
            first = seen[key]
            errors.append(
                f"{item.where('indicator')}: 与{f'第 {first.row} 行' if first.row else '前一条'}重复"
                f"（{item.unit}「{item.indicator}」{item.year}年1-{item.month}月）"
            )
        else:
            seen[key] = item
    if errors:
        raise DomainError("数据未保存", errors=errors)

    with transaction.atomic():
        existing, stored_values = _load_figures(items)
        errors = _check_cumulative(items, stored_values)
        if errors:
            raise DomainError("数据未保存", errors=errors)
        last_year = _load_last_year(items)
        created: list[Figure] = []
        updated: list[Figure] = []
        logs: list[tuple[Figure, dict[str, Any], dict[str, Any]]] = []
        unchanged = 0
        now = timezone.now()
        user_id = user.pk if getattr(user, "is_authenticated", False) else None
        for item in items:
            figure = existing.get((item.unit.pk, item.indicator.pk, item.year, item.month))
            before = _figure_state(figure) if figure else {}
            if figure is None:
                figure = Figure(
                    unit=item.unit, indicator=item.indicator, year=item.year, month=item.month, created_at=now
                )
            _apply(figure, item, last_year.get((item.unit.pk, item.indicator.pk, item.year - 1, item.month)))
            after = _figure_state(figure)
            if before == after:
                unchanged += 1
                continue
            if before:
                figure.revision += 1
                updated.append(figure)
            else:
                created.append(figure)
            figure.updated_by_id = user_id
            figure.updated_at = now
            logs.append((figure, before, after))
        bulk.insert_rows(Figure, FIGURE_INSERT, (_figure_row(f) for f in created))
        bulk.update_rows(Figure, FIGURE_UPDATE, ([*_figure_row(f)[4:-2], f.updated_at, f.pk] for f in updated))
        _attach_ids(created)
        bulk.insert_rows(
            ChangeLog,
            CHANGELOG_INSERT,
            (_log_row(figure, before, after, user_id, now, source) for figure, before, after in logs),
        )
        if not logs:
            return FiguresResult(created=0, updated=0, unchanged=unchanged, figures=[])
        first_month: dict[tuple[int, int], int] = {}
        for item in items:
            zone_year = (item.unit.zone_id, item.year)
            first_month[zone_year] = min(first_month.get(zone_year, 13), item.month)
        for (zone_id, year), month in sorted(first_month.items()):
            assessment_compute(zone=Zone.objects.get(pk=zone_id), year=year, from_month=month)
    return FiguresResult(created=len(created), updated=len(updated), unchanged=unchanged, figures=[*created, *updated])


def figure_set(
    *,
    user: Any,
    unit: Unit,
    indicator: Indicator,
    year: int,
    month: int,
    value: Decimal | None = None,
    month_value: Decimal | None = None,
    prior_value: Decimal | None = None,
    growth_pct: Decimal | None = None,
    status: str = FigureStatus.FLASH,
    note: str = "",
    source: str = "",
) -> Figure:
    """Record one year-to-date figure (see ``figures_set``)."""
    item = FigureInput(
        unit=unit,
        indicator=indicator,
        year=year,
        month=month,
        value=value,
        month_value=month_value,
        prior_value=prior_value,
        growth_pct=growth_pct,
        status=status,
        note=note,
    )
    figures_set(user=user, items=[item], source=source)
    return Figure.objects.get(unit=unit, indicator=indicator, year=year, month=month)


def _load_figures(
    items: Sequence[FigureInput],
) -> tuple[dict[tuple[int, int, int, int], Figure], dict[tuple[int, int, int, int], Decimal | None]]:
    """Existing figures of the items' periods (as objects, to update) and the stored cumulative
    values of every month of the same unit × indicator × year (for the cumulative check)."""
    wanted = {(i.unit.pk, i.indicator.pk, i.year) for i in items}
    periods = {(i.unit.pk, i.indicator.pk, i.year, i.month) for i in items}
    objects: dict[tuple[int, int, int, int], Figure] = {}
    values: dict[tuple[int, int, int, int], Decimal | None] = {}
    by_year: dict[int, set[int]] = defaultdict(set)
    for unit_id, _ind, year in wanted:
        by_year[year].add(unit_id)
    for year, unit_set in by_year.items():
        ids = list(unit_set)
        for start in range(0, len(ids), 500):
            qs = Figure.objects.filter(year=year, unit_id__in=ids[start : start + 500])
            found = []
            for pk, unit_id, ind_id, month, value in qs.values_list("pk", "unit_id", "indicator_id", "month", "value"):
                if (unit_id, ind_id, year) in wanted:
                    values[(unit_id, ind_id, year, month)] = value
                    if (unit_id, ind_id, year, month) in periods:
                        found.append(pk)
            for start_pk in range(0, len(found), 2000):
                for fig in Figure.objects.filter(pk__in=found[start_pk : start_pk + 2000]).select_related(
                    "unit", "indicator"
                ):
                    objects[(fig.unit_id, fig.indicator_id, fig.year, fig.month)] = fig
    return objects, values


def _load_last_year(items: Sequence[FigureInput]) -> dict[tuple[int, int, int, int], Decimal | None]:
    """Last year's cumulative values for items that give neither growth nor 上年同期."""
    need = [i for i in items if i.growth_pct is None and i.prior_value is None and i.value is not None]
    out: dict[tuple[int, int, int, int], Decimal | None] = {}
    if not need:
        return out
    years = {i.year - 1 for i in need}
    unit_ids = list({i.unit.pk for i in need})
    for start in range(0, len(unit_ids), 500):
        qs = Figure.objects.filter(year__in=years, unit_id__in=unit_ids[start : start + 500]).values_list(
            "unit_id", "indicator_id", "year", "month", "value"
        )
        for unit_id, ind_id, year, month, value in qs:
            out[(unit_id, ind_id, year, month)] = value
    return out


def _check_cumulative(
    items: Sequence[FigureInput], stored: dict[tuple[int, int, int, int], Decimal | None]
) -> list[str]:
    """A flow indicator's 1-N月 value may not fall below 1-(N−k)月 of the same year."""
    series: dict[tuple[int, int, int], dict[int, tuple[Decimal, FigureInput | None]]] = defaultdict(dict)
    for (unit_id, ind_id, year, month), value in stored.items():
        if value is not None:
            series[(unit_id, ind_id, year)][month] = (value, None)
    for item in items:
        if item.value is not None and item.indicator.kind in (IndicatorKind.FLOW, IndicatorKind.COUNT):
            series[(item.unit.pk, item.indicator.pk, item.year)][item.month] = (item.value, item)
    errors: list[str] = []
    for points in series.values():
        ordered = sorted(points.items())
        for (m_prev, (v_prev, _i_prev)), (m_next, (v_next, i_next)) in zip(ordered, ordered[1:], strict=False):
            if v_next < v_prev:
                culprit = i_next or points[m_prev][1]
                if culprit is None:
                    continue
                if culprit.indicator.kind not in (IndicatorKind.FLOW, IndicatorKind.COUNT):
                    continue
                errors.append(
                    f"{culprit.where('value')}: 累计值不能小于更早月份——1-{m_next}月 {v_next.normalize():f} "
                    f"低于 1-{m_prev}月 {v_prev.normalize():f}（{culprit.unit}「{culprit.indicator}」，基本单位）"
                )
    return errors


def _apply(figure: Figure, item: FigureInput, last_year_value: Decimal | None) -> None:
    figure.value = item.value
    figure.status = item.status
    figure.note = item.note or figure.note
    if item.month_value is not None:
        figure.month_value = item.month_value
    if item.prior_value is not None:
        figure.prior_value = item.prior_value
    if item.growth_pct is not None:
        figure.growth_pct = item.growth_pct
        figure.growth_derived = False
    elif item.indicator.kind == IndicatorKind.RATE:
        pass  # a share's change is in 百分点, never a derived growth percentage
    elif figure.growth_pct is None or figure.growth_derived:
        prior = figure.prior_value if figure.prior_value is not None else last_year_value
        if figure.prior_value is None and last_year_value is not None:
            figure.prior_value = last_year_value
        derived = metrics.derived_growth_pct(item.value, prior)
        figure.growth_pct = derived.quantize(Decimal("0.0001")) if derived is not None else None
        figure.growth_derived = derived is not None


FIGURE_INSERT = (
    "unit_id",
    "indicator_id",
    "year",
    "month",
    "value",
    "month_value",
    "prior_value",
    "growth_pct",
    "growth_derived",
    "status",
    "revision",
    "note",
    "updated_by_id",
    "created_at",
    "updated_at",
)
FIGURE_UPDATE = FIGURE_INSERT[4:-2] + ("updated_at",)
CHANGELOG_INSERT = ("model", "object_id", "object_repr", "action", "user_id", "at", "before", "after", "source")
FIGURE_STATE = ("value", "month_value", "prior_value", "growth_pct", "growth_derived", "status", "note")


def _figure_row(f: Figure) -> tuple[Any, ...]:
    return (
        f.unit_id,
        f.indicator_id,
        f.year,
        f.month,
        f.value,
        f.month_value,
        f.prior_value,
        f.growth_pct,
        f.growth_derived,
        f.status,
        f.revision,
        f.note,
        f.updated_by_id,
        f.created_at,
        f.updated_at,
    )


def _figure_state(f: Figure) -> dict[str, Any]:
    """The recorded fields of a figure, JSON-ready, for comparison and the change log."""
    return {
        "value": plain(f.value),
        "month_value": plain(f.month_value),
        "prior_value": plain(f.prior_value),
        "growth_pct": plain(f.growth_pct),
        "growth_derived": f.growth_derived,
        "status": f.status,
        "note": f.note,
    }


def _log_row(
    figure: Figure, before: dict[str, Any], after: dict[str, Any], user_id: int | None, now: Any, source: str
) -> tuple[Any, ...]:
    if before:
        before, after = changed_only(before, after)
        after["revision"], before["revision"] = figure.revision, figure.revision - 1
        action = ChangeLog.Action.UPDATE
    else:
        action = ChangeLog.Action.CREATE
    label = f"{figure.unit} {figure.indicator} {figure.year}年1-{figure.month}月"[:255]
    return (Figure._meta.label_lower, str(figure.pk), label, action, user_id, now, before, after, source)


def _attach_ids(created: Sequence[Figure]) -> None:
    """The rows were inserted without returning ids: look them up by their natural key."""
    if not created:
        return
    keys = {(f.unit_id, f.indicator_id, f.year, f.month): f for f in created}
    years = {f.year for f in created}
    unit_ids = list({f.unit_id for f in created})
    for start in range(0, len(unit_ids), 500):
        for pk, u, i, y, m in Figure.objects.filter(
            year__in=years, unit_id__in=unit_ids[start : start + 500]
        ).values_list("pk", "unit_id", "indicator_id", "year", "month"):
            fig = keys.get((u, i, y, m))
            if fig is not None:
                fig.pk = pk


# ---------------------------------------------------------------- assessment


def assessment_compute(*, zone: Zone, year: int, from_month: int = 1) -> int:
    """Recompute completion, 时间进度, projection, rankings and 红黄牌 of a zone for the months of
    ``year`` from ``from_month`` on that have figures. Returns the number of assessments written.

    Rankings are among the zone's units other than the zone total, per indicator and month.
    """
    rules_row = card_rules_for(zone)
    rules = metrics.Rules(
        yellow_lag_pp=rules_row.yellow_lag_pp,
        red_lag_pp=rules_row.red_lag_pp,
        yellow_when_growth_below_target=rules_row.yellow_when_growth_below_target,
        red_after_yellow_months=rules_row.red_after_yellow_months,
    )
    indicators = {i.pk: i for i in Indicator.objects.all()}
    zone_units = dict(Unit.objects.filter(zone=zone).values_list("pk", "type"))
    unit_ids = list(zone_units)
    figures: dict[tuple[int, int, int], tuple[Decimal | None, Decimal | None]] = {}
    last_year: dict[tuple[int, int, int], Decimal | None] = {}
    months_present: set[int] = set()
    for start in range(0, len(unit_ids), 500):
        chunk = unit_ids[start : start + 500]
        for unit_id, ind_id, y, month, value, growth in Figure.objects.filter(
            unit_id__in=chunk, year__in=(year, year - 1)
        ).values_list("unit_id", "indicator_id", "year", "month", "value", "growth_pct"):
            if y == year:
                figures[(unit_id, ind_id, month)] = (value, growth)
                months_present.add(month)
            else:
                last_year[(unit_id, ind_id, month)] = value
    targets: dict[tuple[int, int, str], tuple[Decimal | None, Decimal | None]] = {}
    for start in range(0, len(unit_ids), 500):
        for unit_id, ind_id, tier, value, growth in Target.objects.filter(
            unit_id__in=unit_ids[start : start + 500], year=year
        ).values_list("unit_id", "indicator_id", "tier", "value", "growth_pct"):
            targets[(unit_id, ind_id, tier)] = (value, growth)

    months = sorted(m for m in months_present if m >= from_month)
    previous: dict[tuple[int, int], list[str]] = defaultdict(list)
    if months:
        # Card history before the first recomputed month, most recent first.
        for start in range(0, len(unit_ids), 500):
            for unit_id, ind_id, card in (
                Assessment.objects.filter(unit_id__in=unit_ids[start : start + 500], year=year, month__lt=months[0])
                .order_by("-month")
                .values_list("unit_id", "indicator_id", "card")
            ):
                previous[(unit_id, ind_id)].append(card)
    written = 0
    with transaction.atomic():
        for start in range(0, len(unit_ids), 500):
            Assessment.objects.filter(
                unit_id__in=unit_ids[start : start + 500], year=year, month__gte=from_month
            ).delete()
        now = timezone.now()
        for month in months:
            progress = time_progress(month)
            rows: list[dict[str, Any]] = []
            by_indicator: dict[int, list[dict[str, Any]]] = defaultdict(list)
            for (unit_id, ind_id, m), (value, growth) in figures.items():
                if m != month:
                    continue
                indicator = indicators[ind_id]
                t_value, t_growth = targets.get((unit_id, ind_id, TargetTier.EXPECTED), (None, None))
                s_value, _s_growth = targets.get((unit_id, ind_id, TargetTier.STRETCH), (None, None))
                completion = metrics.completion_pct(value, t_value)
                card_kind, card_completion = indicator.kind, completion
                if indicator.kind == IndicatorKind.STOCK:
                    # A stock target is due at year end: judge the way from last year's end to it.
                    increment = metrics.increment_completion_pct(value, t_value, last_year.get((unit_id, ind_id, 12)))
                    if increment is not None:
                        card_kind, card_completion = IndicatorKind.FLOW, increment
                projection, method = metrics.project_full_year(
                    value,
                    month,
                    last_year_same_period=last_year.get((unit_id, ind_id, month)),
                    last_year_full=last_year.get((unit_id, ind_id, 12)),
                )
                verdict = metrics.card_for(
                    rules=rules,
                    kind=card_kind,
                    direction=indicator.direction,
                    completion=card_completion,
                    time_progress=progress,
                    growth=growth,
                    target_growth=t_growth,
                    previous_cards=previous[(unit_id, ind_id)],
                )
                row = {
                    "unit_id": unit_id,
                    "indicator_id": ind_id,
                    "year": year,
                    "month": month,
                    "value": value,
                    "growth_pct": growth,
                    "target_value": t_value,
                    "target_growth_pct": t_growth,
                    "stretch_value": s_value,
                    "completion_pct": _q(completion),
                    "stretch_completion_pct": _q(metrics.completion_pct(value, s_value)),
                    "time_progress_pct": progress.quantize(Decimal("0.0001")),
                    "gap_pp": _q(metrics.gap_pp(completion, progress)),
                    "growth_gap_pp": _q(growth - t_growth) if growth is not None and t_growth is not None else None,
                    "projection": _q(projection),
                    "projection_method": method,
                    "rank_growth": None,
                    "rank_completion": None,
                    "rank_size": None,
                    "card": verdict.card,
                    "reasons": verdict.reasons,
                    "computed_at": now,
                }
                rows.append(row)
                if zone_units.get(unit_id) != UnitType.ZONE:
                    by_indicator[ind_id].append(row)
            for ind_id, group in by_indicator.items():
                higher = indicators[ind_id].direction != "lower"
                by_growth = metrics.competition_ranks({id(r): r["growth_pct"] for r in group}, higher_better=higher)
                by_completion = metrics.competition_ranks({id(r): r["completion_pct"] for r in group})
                for r in group:
                    r["rank_growth"] = by_growth.get(id(r))
                    r["rank_completion"] = by_completion.get(id(r))
                    r["rank_size"] = len(group)
            written += bulk.insert_rows(
                Assessment, ASSESSMENT_INSERT, ([r[f] for f in ASSESSMENT_INSERT] for r in rows)
            )
            for r in rows:
                previous[(r["unit_id"], r["indicator_id"])].insert(0, r["card"])
    return written


ASSESSMENT_INSERT = (
    "unit_id",
    "indicator_id",
    "year",
    "month",
    "value",
    "growth_pct",
    "target_value",
    "target_growth_pct",
    "stretch_value",
    "completion_pct",
    "stretch_completion_pct",
    "time_progress_pct",
    "gap_pp",
    "growth_gap_pp",
    "projection",
    "projection_method",
    "rank_growth",
    "rank_completion",
    "rank_size",
    "card",
    "reasons",
    "computed_at",
)


def _q(value: Decimal | None) -> Decimal | None:
    return value.quantize(Decimal("0.0001")) if value is not None else None


__all__ = [
    "Card",
    "FigureInput",
    "FiguresResult",
    "TargetInput",
    "assessment_compute",
    "card_rules_for",
    "card_rules_save",
    "figure_set",
    "figures_set",
    "indicator_save",
    "target_delete",
    "target_set",
    "targets_set",
]
