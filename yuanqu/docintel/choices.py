from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentStatus(models.TextChoices):
    EXTRACTED = "extracted", _("待审核")
    IMPORTED = "imported", _("已导入")


class ItemType(models.TextChoices):
    FACT = "fact", _("指标数据")
    TASK = "task", _("任务")
    PROJECT = "project", _("项目")
    ENTERPRISE = "enterprise", _("企业/单位")


class ItemState(models.TextChoices):
    PROPOSED = "proposed", _("待确认")
    ACCEPTED = "accepted", _("已确认")
    EDITED = "edited", _("已修改")
    DROPPED = "dropped", _("已舍弃")


FACT_KINDS = {"actual": _("实际"), "estimate": _("预计"), "target": _("目标")}
