"""Shared model pieces: the base model every domain model extends, and the change log."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class BaseModel(models.Model):
    """Abstract base: creation and update timestamps for every record."""

    created_at = models.DateTimeField(_("创建时间"), auto_now_add=True)
    updated_at = models.DateTimeField(_("更新时间"), auto_now=True)

    class Meta:
        abstract = True


class ChangeLog(models.Model):
    """One write to a record: who, when, and the field values before and after.

    Written by actions in the same transaction as the change itself, so a rolled-back
    import leaves no log rows either. ``before`` is empty for a creation, ``after`` for a deletion.
    """

    class Action(models.TextChoices):
        CREATE = "create", _("新增")
        UPDATE = "update", _("修改")
        DELETE = "delete", _("删除")

    model = models.CharField(_("对象类型"), max_length=100, db_index=True)
    object_id = models.CharField(_("对象编号"), max_length=64)
    object_repr = models.CharField(_("对象"), max_length=255)
    action = models.CharField(_("操作"), max_length=10, choices=Action.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("操作人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("时间"), auto_now_add=True, db_index=True)
    before = models.JSONField(_("修改前"), default=dict, blank=True)
    after = models.JSONField(_("修改后"), default=dict, blank=True)
    source = models.CharField(_("来源"), max_length=50, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("变更记录")
        verbose_name_plural = _("变更记录")
        indexes = [models.Index(fields=["model", "object_id"], name="core_changelog_object")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.object_repr}"
