"""Documents read by the engine, the items found in them, and the links from imported records back
to the text they came from."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from yuanqu.core.models import BaseModel
from yuanqu.docintel.choices import DocumentStatus, ItemState, ItemType


class Document(BaseModel):
    """An uploaded work report, plan or 通报 with its text as read (offsets of items refer to
    ``text``) and its metadata (title, issuer, 文号, date, years)."""

    zone = models.ForeignKey("org.Zone", verbose_name=_("开发区"), on_delete=models.CASCADE, related_name="documents")
    file = models.FileField(_("文件"), upload_to="docintel/%Y/%m/", blank=True)
    filename = models.CharField(_("文件名"), max_length=255)
    size = models.PositiveIntegerField(_("大小(字节)"), default=0)
    text = models.TextField(_("文本"))
    metadata = models.JSONField(_("文档信息"), default=dict, blank=True)
    status = models.CharField(
        _("状态"), max_length=12, choices=DocumentStatus.choices, default=DocumentStatus.EXTRACTED
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("上传人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("文档")
        verbose_name_plural = _("文档")

    def __str__(self) -> str:
        return self.metadata.get("title") or self.filename


class ExtractedItem(BaseModel):
    """One item the engine found: a fact (figure or target), task, project or enterprise.

    ``data`` holds the item as the engine reports it (fact fields as in ``manage.py extract``), after
    the user's corrections; ``original`` keeps what the engine said. ``start``/``end`` are offsets in
    the document's text.
    """

    document = models.ForeignKey(Document, verbose_name=_("文档"), on_delete=models.CASCADE, related_name="items")
    type = models.CharField(_("类型"), max_length=12, choices=ItemType.choices)
    data = models.JSONField(_("内容"), default=dict)
    original = models.JSONField(_("识别结果"), default=dict)
    start = models.PositiveIntegerField(_("起始位置"))
    end = models.PositiveIntegerField(_("结束位置"))
    state = models.CharField(_("状态"), max_length=10, choices=ItemState.choices, default=ItemState.PROPOSED)
    position = models.PositiveIntegerField(_("顺序"), default=0)

    class Meta:
        ordering = ["document", "position", "id"]
        verbose_name = _("识别项")
        verbose_name_plural = _("识别项")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gte=models.F("start")),
                name="docintel_extracteditem_span_order",
                violation_error_message=_("结束位置不能早于起始位置。"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_type_display()} {self.data.get('indicator') or self.data.get('name') or self.data.get('title', '')}"


class ImportLink(BaseModel):
    """A record created or updated from an item (an ``indicators.Figure`` or ``indicators.Target``),
    so the record can be traced back to its document and text span."""

    item = models.ForeignKey(ExtractedItem, verbose_name=_("识别项"), on_delete=models.CASCADE, related_name="links")
    target_model = models.CharField(_("对象类型"), max_length=60)
    target_id = models.PositiveBigIntegerField(_("对象编号"))
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("导入人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["item", "id"]
        verbose_name = _("导入关联")
        verbose_name_plural = _("导入关联")
        indexes = [models.Index(fields=["target_model", "target_id"], name="docintel_link_target")]

    def __str__(self) -> str:
        return f"{self.target_model}#{self.target_id}"
