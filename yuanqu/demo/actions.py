"""Loading and removing the demo zone 武汉临空港经开区（东西湖区）.

``demo_load`` is idempotent: the zone, units and logins are matched by name, targets that already
hold the planned values are skipped, and figures go through ``figures_set``, which leaves unchanged
figures alone. Targets and figures are written by the demo's 经发局统计 account (``tongji``) through the
indicator actions, so the change log and the cards are the ones a real entry would produce.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.contrib.auth.hashers import make_password
from django.db import transaction

from yuanqu.core.errors import DomainError
from yuanqu.core.models import ChangeLog
from yuanqu.core.money import to_base
from yuanqu.demo import data
from yuanqu.demo.plan import DemoPlan, demo_plan
from yuanqu.indicators.actions import FigureInput, TargetInput, figures_set, targets_set
from yuanqu.indicators.catalogue import catalogue_load
from yuanqu.indicators.choices import FigureStatus
from yuanqu.indicators.models import Assessment, Figure, Indicator, Target
from yuanqu.org import actions as org_actions
from yuanqu.org.models import Unit, User, Zone

Q4 = Decimal("0.0001")
SOURCE = "load_demo"


@dataclass
class DemoResult:
    zone: Zone
    units: int
    users: list[tuple[str, str, str]] = field(default_factory=list)  # username, role label, unit
    skipped_users: list[str] = field(default_factory=list)
    indicators_written: int = 0
    targets_written: int = 0
    figures_created: int = 0
    figures_updated: int = 0
    figures_unchanged: int = 0
    cards: dict[str, int] = field(default_factory=dict)  # card → count, zone's last month
    supervision: dict[str, Any] = field(default_factory=dict)  # what the task table and reports added
    documents: int = 0  # seed reports uploaded to document intelligence


def _amount(value: float | None, unit: str) -> Decimal | None:
    if value is None:
        return None
    return to_base(Decimal(str(value)), unit).quantize(Q4)  # type: ignore[union-attr]


def _pct(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Q4)


def demo_zone() -> Zone | None:
    return Zone.objects.filter(name=data.ZONE["name"]).first()


def demo_reset() -> bool:
    """Remove the demo zone with its units, logins, targets, figures, cards and their change-log rows.

    Refuses a zone of that name that is not marked as demo data. Returns whether there was one.
    """
    zone = demo_zone()
    if zone is None:
        return False
    if not zone.is_demo:
        raise DomainError(f"开发区「{zone.name}」不是演示数据，不能删除")
    with transaction.atomic():
        from yuanqu.docintel import models as doc
        from yuanqu.supervision import models as sup

        owned = {
            doc.Document: doc.Document.objects.filter(zone=zone),
            doc.ExtractedItem: doc.ExtractedItem.objects.filter(document__zone=zone),
            sup.Plan: sup.Plan.objects.filter(zone=zone),
            sup.Task: sup.Task.objects.filter(plan__zone=zone),
            sup.Report: sup.Report.objects.filter(task__plan__zone=zone),
            sup.Meeting: sup.Meeting.objects.filter(zone=zone),
            sup.Notice: sup.Notice.objects.filter(zone=zone),
            sup.UnitGroup: sup.UnitGroup.objects.filter(zone=zone),
            Figure: Figure.objects.filter(unit__zone=zone),
            Target: Target.objects.filter(unit__zone=zone),
            User: User.objects.filter(unit__zone=zone),
            Unit: Unit.objects.filter(zone=zone),
            Zone: Zone.objects.filter(pk=zone.pk),
        }
        for model, rows in owned.items():
            ids = [str(pk) for pk in rows.values_list("pk", flat=True)]
            for start in range(0, len(ids), 500):
                ChangeLog.objects.filter(model=model._meta.label_lower, object_id__in=ids[start : start + 500]).delete()
        sup.Plan.objects.filter(zone=zone).delete()  # its tasks hold protected links to the units
        User.objects.filter(unit__zone=zone).delete()
        Unit.objects.filter(zone=zone).update(parent=None)
        zone.delete()
    return True


def _upsert_zone() -> Zone:
    zone = demo_zone()
    if zone is not None and not zone.is_demo:
        raise DomainError(f"已有同名开发区「{zone.name}」且不是演示数据，未加载演示数据")
    fields = {k: v for k, v in data.ZONE.items() if k != "name"}
    return org_actions.zone_save(actor=None, name=data.ZONE["name"], is_demo=True, source="demo", **fields)


def _upsert_units(zone: Zone) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for position, spec in enumerate(data.ALL_UNITS):
        units[spec.name] = org_actions.unit_save(
            actor=None,
            zone=zone,
            name=spec.name,
            type=spec.type,
            short_name=spec.short_name,
            aliases=list(spec.aliases),
            parent=units.get(spec.parent) if spec.parent else None,
            sort_order=position * 10,
            is_active=True,
            source="demo",
        )
    return units


def _upsert_users(zone: Zone, units: dict[str, Unit], result: DemoResult) -> dict[str, User]:
    """Create or reset the demo logins. A user of that name outside the demo zone is left alone.

    The password is hashed once (``make_password``, what ``set_password`` calls) and the hash given to
    every demo login: hashing it per account costs 0.2 s each with the default PBKDF2 work factor.
    """
    encoded = make_password(data.PASSWORD)
    users: dict[str, User] = {}
    for spec in data.demo_users():
        user = User.objects.select_related("unit").filter(username=spec.username).first()
        if user is not None and (user.unit is None or user.unit.zone_id != zone.pk):
            result.skipped_users.append(spec.username)
            continue
        user = org_actions.user_save(
            actor=None,
            username=spec.username,
            encoded_password=encoded,
            unit=units[spec.unit],
            role=spec.role,
            last_name=spec.last_name,
            is_staff=spec.is_staff,
            is_superuser=spec.is_superuser,
            is_active=True,
            source="demo",
        )
        users[spec.username] = user
        result.users.append((spec.username, user.get_role_display(), spec.unit))
    return users


def _target_items(
    plan: DemoPlan, zone: Zone, units: dict[str, Unit], indicators: dict[str, Indicator]
) -> list[TargetInput]:
    """Planned targets that differ from what is stored (so a second run writes nothing)."""
    stored = {
        (t.unit_id, t.indicator_id, t.tier): t for t in Target.objects.filter(year=data.DATA_YEAR, unit__zone=zone)
    }
    items = []
    for t in plan.targets:
        indicator = indicators[t.code]
        item = TargetInput(
            unit=units[t.unit],
            indicator=indicator,
            year=data.DATA_YEAR,
            tier=t.tier,
            value=_amount(t.value, indicator.unit),
            growth_pct=_pct(t.growth_pct),
            lead_unit=units[t.lead],
            text=t.text,
        )
        old = stored.get((item.unit.pk, indicator.pk, t.tier))
        if old is not None and (old.value, old.growth_pct, old.lead_unit_id, old.text) == (
            item.value,
            item.growth_pct,
            item.lead_unit.pk if item.lead_unit else None,
            item.text,
        ):
            continue
        items.append(item)
    return items


def _figure_items(
    plan: DemoPlan, year: int, units: dict[str, Unit], indicators: dict[str, Indicator]
) -> list[FigureInput]:
    items = []
    for f in plan.figures:
        if f.year != year:
            continue
        indicator = indicators[f.code]
        if year < data.DATA_YEAR:
            status = FigureStatus.FINAL
        elif f.month == data.LAST_MONTH:
            status = FigureStatus.ESTIMATE
        else:
            status = FigureStatus.FLASH
        items.append(
            FigureInput(
                unit=units[f.unit],
                indicator=indicator,
                year=f.year,
                month=f.month,
                value=_amount(f.value, indicator.unit),
                prior_value=_amount(f.prior_value, indicator.unit),
                growth_pct=_pct(f.growth_pct),
                status=status,
                note=data.DEMO_NOTE,
            )
        )
    return items


def demo_load(*, reset: bool = False, progress: Callable[[str], None] | None = None) -> DemoResult:
    """Load the demo zone: catalogue, zone, units, logins, 2021 targets and the 2020–2021 figures.

    With ``reset`` the demo zone is removed first. Everything is written in one transaction.
    """
    say = progress or (lambda _msg: None)
    with transaction.atomic():
        if reset and demo_reset():
            say("已删除原演示开发区")
        written = catalogue_load(user=None, source=SOURCE)
        zone = _upsert_zone()
        units = _upsert_units(zone)
        result = DemoResult(zone=zone, units=len(units), indicators_written=written)
        users = _upsert_users(zone, units, result)
        actor = users.get("tongji") or users.get("admin")
        if actor is None:
            raise DomainError("演示账号 tongji 和 admin 都已被非演示用户占用，无法写入演示数据")
        say(f"开发区、{len(units)} 个单位、{len(result.users)} 个账号就绪")

        plan = demo_plan()
        indicators = {i.code: i for i in Indicator.objects.all()}
        items = _target_items(plan, zone, units, indicators)
        if items:
            targets_set(user=actor, items=items, source=SOURCE)
        result.targets_written = len(items)
        say(f"年度目标：写入 {len(items)} 条")
        for year in data.YEARS:
            outcome = figures_set(user=actor, items=_figure_items(plan, year, units, indicators), source=SOURCE)
            result.figures_created += outcome.created
            result.figures_updated += outcome.updated
            result.figures_unchanged += outcome.unchanged
            say(f"{year}年月度数据：新增 {outcome.created}，修改 {outcome.updated}，未变 {outcome.unchanged}")
        from yuanqu.supervision.demo import supervision_demo_load

        result.supervision = supervision_demo_load(zone=zone)
        say(f"目标任务总表与2021年月度报告：{result.supervision}")
        from yuanqu.docintel.demo import documents_demo_load

        result.documents = documents_demo_load(zone=zone, user=actor)
        say(f"文档智能：新上传示例文档 {result.documents} 份")
        result.cards = dict(
            Counter(
                Assessment.objects.filter(unit__zone=zone, year=data.DATA_YEAR, month=data.LAST_MONTH).values_list(
                    "card", flat=True
                )
            )
        )
    return result
