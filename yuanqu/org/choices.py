from django.db import models
from django.utils.translation import gettext_lazy as _


class UnitType(models.TextChoices):
    ZONE = "zone", _("全区")
    DEPARTMENT = "department", _("部门")
    STREET = "street", _("街道")
    INDUSTRY_OFFICE = "industry_office", _("产业办")
    PARK = "park", _("园区")
    LEADING_GROUP_OFFICE = "leading_group_office", _("领导小组办公室")


class Role(models.TextChoices):
    ADMIN = "admin", _("系统管理员")
    STATISTICS = "statistics", _("经发局统计")
    REPORTER = "reporter", _("单位填报")
    LEADER = "leader", _("领导")
    VIEWER = "viewer", _("查看")
