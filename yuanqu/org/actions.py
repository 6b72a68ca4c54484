"""Writes to the organisation: zones, units and user accounts, each recorded in the change log."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from yuanqu.core.changelog import record_change, snapshot
from yuanqu.core.errors import DomainError, PermissionDenied
from yuanqu.core.models import ChangeLog
from yuanqu.org.choices import Role, UnitType
from yuanqu.org.models import Unit, User, Zone

ZONE_FIELDS = ("name", "short_name", "code", "is_demo")
UNIT_FIELDS = ("name", "short_name", "aliases", "type", "parent", "sort_order", "is_active")
USER_FIELDS = ("username", "last_name", "unit", "role", "is_staff", "is_superuser", "is_active")


def _may_manage_org(actor: Any) -> None:
    """Only system administrators change the organisation; ``None`` is the system itself (setup, demo)."""
    if actor is not None and not (actor.is_superuser or getattr(actor, "role", "") == Role.ADMIN):
        raise PermissionDenied("只有系统管理员可以维护开发区、单位和账号")


def _save(instance: Any, fields: tuple[str, ...], before: dict[str, Any], actor: Any, source: str) -> None:
    after = snapshot(instance, fields)
    if before == after:
        return
    instance.full_clean()
    instance.save()
    record_change(
        instance=instance,
        action=ChangeLog.Action.UPDATE if before else ChangeLog.Action.CREATE,
        user=actor,
        before=before,
        after=after,
        source=source,
    )


def zone_save(*, actor: Any, name: str, source: str = "", **fields: Any) -> Zone:
    """Create or update a zone by name."""
    _may_manage_org(actor)
    with transaction.atomic():
        zone = Zone.objects.filter(name=name).first()
        before = snapshot(zone, ZONE_FIELDS) if zone else {}
        zone = zone or Zone(name=name)
        for key, value in fields.items():
            setattr(zone, key, value)
        _save(zone, ZONE_FIELDS, before, actor, source)
    return zone


def unit_save(*, actor: Any, zone: Zone, name: str, type: str, source: str = "", **fields: Any) -> Unit:
    """Create or update a unit of a zone by name. A zone has exactly one unit of type 全区."""
    _may_manage_org(actor)
    with transaction.atomic():
        unit = Unit.objects.filter(zone=zone, name=name).first()
        if type == UnitType.ZONE and Unit.objects.filter(zone=zone, type=UnitType.ZONE).exclude(name=name).exists():
            raise DomainError(f"开发区「{zone}」已有“全区”单位")
        parent = fields.get("parent")
        if parent is not None and parent.zone_id != zone.pk:
            raise DomainError(f"上级单位「{parent}」不属于开发区「{zone}」")
        before = snapshot(unit, UNIT_FIELDS) if unit else {}
        unit = unit or Unit(zone=zone, name=name)
        unit.type = type
        for key, value in fields.items():
            setattr(unit, key, value)
        _save(unit, UNIT_FIELDS, before, actor, source)
    return unit


def user_save(
    *,
    actor: Any,
    username: str,
    password: str | None = None,
    encoded_password: str | None = None,
    source: str = "",
    **fields: Any,
) -> User:
    """Create or update an account. ``password`` is checked against the password rules and hashed;
    ``encoded_password`` is an already hashed one (a batch of accounts sharing one password)."""
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    _may_manage_org(actor)
    with transaction.atomic():
        user = User.objects.filter(username=username).first()
        before = snapshot(user, USER_FIELDS) if user else {}
        user = user or User(username=username)
        for key, value in fields.items():
            setattr(user, key, value)
        if password is not None:
            try:
                validate_password(password, user)
            except ValidationError as exc:
                raise DomainError("密码不符合要求：" + "；".join(exc.messages)) from exc
            user.set_password(password)
        elif encoded_password is not None:
            user.password = encoded_password
        elif not user.password:
            user.set_unusable_password()
        user.failed_login_count, user.locked_until = 0, None
        after = snapshot(user, USER_FIELDS)
        user.save()  # always: the password may have changed without a logged field changing
        if before != after:
            # The password itself is never logged, only that the account changed.
            record_change(
                instance=user,
                action=ChangeLog.Action.UPDATE if before else ChangeLog.Action.CREATE,
                user=actor,
                before=before,
                after=after,
                source=source,
            )
    return user
