"""The zone, its units and the people who work in them."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from yuanqu.core.models import BaseModel
from yuanqu.org.choices import Role, UnitType


class Zone(BaseModel):
    """A development zone (开发区/经开区/高新区), with its administrative or statistical code."""

    name = models.CharField(_("名称"), max_length=100, unique=True)
    short_name = models.CharField(_("简称"), max_length=50, blank=True)
    code = models.CharField(_("区划或统计代码"), max_length=20, blank=True)
    is_demo = models.BooleanField(_("演示数据"), default=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("开发区")
        verbose_name_plural = _("开发区")

    def __str__(self) -> str:
        return self.name


class Unit(BaseModel):
    """A unit of the zone: a department, street, industrial office, park, or the zone itself.

    Each zone has exactly one unit of type 全区 that carries the zone-wide figures and targets;
    the streets and offices report their own figures on their own units.
    """

    zone = models.ForeignKey(Zone, verbose_name=_("开发区"), on_delete=models.CASCADE, related_name="units")
    name = models.CharField(_("名称"), max_length=100)
    short_name = models.CharField(_("简称"), max_length=50, blank=True)
    aliases = models.JSONField(_("别名"), default=list, blank=True)
    type = models.CharField(_("类型"), max_length=30, choices=UnitType.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("上级单位"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    sort_order = models.PositiveIntegerField(_("排序"), default=0)
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        ordering = ["zone", "sort_order", "name"]
        verbose_name = _("单位")
        verbose_name_plural = _("单位")
        constraints = [
            models.UniqueConstraint(fields=["zone", "name"], name="org_unit_unique_name_in_zone"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_zone_total(self) -> bool:
        return self.type == UnitType.ZONE


class User(AbstractUser):
    """A person using yuanqu: belongs to one unit and holds one role.

    A 单位填报 user sees and changes only the data of their own unit.
    """

    unit = models.ForeignKey(
        Unit, verbose_name=_("所属单位"), null=True, blank=True, on_delete=models.PROTECT, related_name="people"
    )
    role = models.CharField(_("角色"), max_length=20, choices=Role.choices, default=Role.VIEWER)
    phone = models.CharField(_("电话"), max_length=30, blank=True)
    failed_login_count = models.PositiveIntegerField(_("连续登录失败次数"), default=0)
    locked_until = models.DateTimeField(_("锁定至"), null=True, blank=True)

    class Meta:
        ordering = ["username"]
        verbose_name = _("用户")
        verbose_name_plural = _("用户")

    def __str__(self) -> str:
        return self.get_full_name() or self.username
