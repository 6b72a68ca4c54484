"""Writes of 督查督办's configuration and publication: unit groups (各街道, 产业办…), the zone's
红黄牌 rules, and 发布本月评估. Each records the change log in its transaction."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.utils import timezone

from yuanqu.core.changelog import record_change, snapshot
from yuanqu.core.errors import DomainError, PermissionDenied
from yuanqu.org import access
from yuanqu.org.models import Unit, Zone
from yuanqu.supervision import selectors
from yuanqu.supervision.choices import Card, GroupRule
from yuanqu.supervision.models import EvaluationRelease, EvaluationRule, UnitGroup

RULE_FIELDS = ["yellow_pace", "late_card", "missing_card", "returned_card", "lagging_card", "bottom_count"]
GROUP_FIELDS = ["name", "aliases", "rule"]


def _require_manager(user: Any, what: str) -> None:
    if user is not None and not access.writes_zone_wide(user):
        raise PermissionDenied(f"只有系统管理员和经发局统计可以{what}")


@transaction.atomic
def unit_group_save(
    *,
    user: Any,
    zone: Zone,
    name: str,
    rule: str,
    members: list[Unit] = (),  # type: ignore[assignment]
    aliases: list[str] = (),  # type: ignore[assignment]
    group: UnitGroup | None = None,
    source: str = "",
) -> UnitGroup:
    """Create or change a unit group (各街道, 产业办, 相关街道…): its name, aliases in the table,
    member rule and, for 指定单位, its listed members. Admin and statistics staff only."""
    _require_manager(user, "维护单位组")
    name = name.strip()
    if not name:
        raise DomainError("单位组名称不能为空")
    if rule not in GroupRule.values:
        raise DomainError(f"未知成员规则「{rule}」")
    if any(u.zone_id != zone.pk for u in members):
        raise DomainError("指定单位须属于本开发区")
    if rule == GroupRule.LISTED and not members:
        raise DomainError("成员规则为「指定单位」时须至少选择一个单位")
    clash = UnitGroup.objects.filter(zone=zone, name=name)
    if group is not None:
        clash = clash.exclude(pk=group.pk)
    if clash.exists():
        raise DomainError(f"单位组「{name}」已存在")
    created = group is None or group.pk is None
    before: dict[str, Any] = {}
    if group is None:
        group = UnitGroup(zone=zone)
    elif not created:
        before = {**snapshot(group, GROUP_FIELDS), "members": sorted(group.members.values_list("name", flat=True))}
    group.zone = zone
    group.name = name
    group.rule = rule
    group.aliases = [a.strip() for a in aliases if a.strip()]
    group.save()
    group.members.set(members)
    record_change(
        instance=group,
        action="create" if created else "update",
        user=user,
        before=before,
        after={**snapshot(group, GROUP_FIELDS), "members": sorted(u.name for u in members)},
        source=source,
    )
    return group


@transaction.atomic
def evaluation_rule_save(
    *,
    user: Any,
    zone: Zone,
    yellow_pace: Decimal,
    late_card: str,
    missing_card: str,
    returned_card: str,
    lagging_card: str,
    bottom_count: int,
    source: str = "",
) -> EvaluationRule:
    """Set the zone's 红黄牌 rules for the monthly evaluation; they apply from the next evaluation
    (published months keep their cards). Admin and statistics staff only."""
    _require_manager(user, "修改红黄牌规则")
    if not Decimal(0) <= yellow_pace <= Decimal(100):
        raise DomainError("黄牌进度比须在0-100之间")
    cards = {"逾期报送": late_card, "未报送": missing_card, "被退回": returned_card, "状态滞后": lagging_card}
    for label, card in cards.items():
        if card not in Card.values:
            raise DomainError(f"「{label}」的红黄牌「{card}」无效")
    if not 0 <= bottom_count <= 100:
        raise DomainError("排名靠后单位数须在0-100之间")
    rule, created = EvaluationRule.objects.select_for_update().get_or_create(zone=zone)
    before = {} if created else snapshot(rule, RULE_FIELDS)
    rule.yellow_pace = yellow_pace
    rule.late_card, rule.missing_card = late_card, missing_card
    rule.returned_card, rule.lagging_card = returned_card, lagging_card
    rule.bottom_count = bottom_count
    rule.save()
    record_change(
        instance=rule,
        action="create" if created else "update",
        user=user,
        before=before,
        after=snapshot(rule, RULE_FIELDS),
        source=source,
    )
    return rule


@transaction.atomic
def evaluation_publish(
    *, user: Any, zone: Zone, year: int, month: int, now: datetime | None = None, source: str = ""
) -> EvaluationRelease:
    """发布本月评估: evaluate the month once more and freeze it. From then on reports, reviews and
    re-runs leave the month's cards and ranking as published and only add a note. The office only;
    not before the month's due day (the units may still report)."""
    from yuanqu.supervision.evaluation import evaluate_month, release_for

    if not selectors.is_office(user):
        raise PermissionDenied("只有领导小组办公室可以发布月度评估")
    if not 1 <= month <= 12:
        raise DomainError("评估月份无效")
    plan = selectors.plan_for(zone, year)
    if plan is None:
        raise DomainError(f"{year}年没有目标任务总表")
    if release_for(zone, year, month) is not None:
        raise DomainError(f"{year}年{month}月评估已发布")
    moment = now or timezone.now()
    today = timezone.localdate(moment)
    due = selectors.due_date(year, month, plan.due_day)
    if today <= due:
        raise DomainError(f"{year}年{month}月报告的报送截止日为{due.month}月{due.day}日，截止后才能发布评估")
    evaluate_month(zone=zone, year=year, month=month, today=today)
    release = EvaluationRelease.objects.create(
        zone=zone, year=year, month=month, published_at=moment, published_by=user if user.is_authenticated else None
    )
    record_change(instance=release, action="create", user=user, after={"year": year, "month": month}, source=source)
    return release
