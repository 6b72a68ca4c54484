"""Indicators, annual targets, monthly year-to-date figures and their computed assessment."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from yuanqu.core.models import BaseModel
from yuanqu.core.money import UNIT_CHOICES
from yuanqu.indicators.choices import (
    Card,
    Direction,
    FigureStatus,
    Frequency,
    GrowthBasis,
    IndicatorKind,
    ProjectionMethod,
    TargetTier,
)

MONTH_VALIDATORS = [MinValueValidator(1), MaxValueValidator(12)]


class Indicator(BaseModel):
    """A statistical indicator of the catalogue (规上工业总产值, 社零, 实际利用外资…).

    ``unit`` is the unit it is reported and displayed in (亿元); figures and targets are stored in
    the base unit (元, or 美元 for USD indicators), never in 亿元. A growth-only indicator
    (规上工业增加值 is published as a rate) has figures with an empty value.
    """

    code = models.SlugField(_("代码"), max_length=50, unique=True)
    name = models.CharField(_("名称"), max_length=100, unique=True)
    aliases = models.JSONField(_("别名"), default=list, blank=True)
    unit = models.CharField(_("计量单位"), max_length=10, choices=UNIT_CHOICES)
    kind = models.CharField(_("类型"), max_length=10, choices=IndicatorKind.choices, default=IndicatorKind.FLOW)
    direction = models.CharField(_("方向"), max_length=10, choices=Direction.choices, default=Direction.HIGHER_BETTER)
    growth_basis = models.CharField(
        _("增速口径"), max_length=12, choices=GrowthBasis.choices, default=GrowthBasis.CURRENT
    )
    frequency = models.CharField(_("频度"), max_length=10, choices=Frequency.choices, default=Frequency.MONTHLY)
    first_month = models.PositiveSmallIntegerField(
        _("首个报告期(1-N月的N)"),
        default=1,
        validators=MONTH_VALIDATORS,
        help_text=_("工业、投资自1-2月起报，填2；季度指标填3。"),
    )
    decimals = models.PositiveSmallIntegerField(_("显示小数位"), default=2)
    description = models.TextField(_("口径说明"), blank=True)
    sort_order = models.PositiveIntegerField(_("排序"), default=0)
    is_active = models.BooleanField(_("启用"), default=True)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("指标")
        verbose_name_plural = _("指标")

    def __str__(self) -> str:
        return self.name

    @property
    def currency(self) -> str:
        from yuanqu.core.money import currency

        return currency(self.unit)

    def reports_month(self, month: int) -> bool:
        """Whether 1-N月 is a reporting period of this indicator (no 1月 for industry; quarters only)."""
        if month < self.first_month or month > 12:
            return False
        if self.frequency == Frequency.QUARTERLY:
            return month % 3 == 0
        return True


class Target(BaseModel):
    """An annual target of a unit for an indicator, in one tier (预期 or 拼搏).

    A target may be an amount, a growth rate, or both ("1590/15" = 1590亿元 and 15%). ``value`` is in
    the indicator's base unit. ``lead_unit`` is the 牵头责任单位 that answers for it.
    """

    year = models.PositiveSmallIntegerField(_("年度"))
    unit = models.ForeignKey("org.Unit", verbose_name=_("单位"), on_delete=models.CASCADE, related_name="targets")
    indicator = models.ForeignKey(Indicator, verbose_name=_("指标"), on_delete=models.PROTECT, related_name="targets")
    tier = models.CharField(_("目标档次"), max_length=10, choices=TargetTier.choices, default=TargetTier.EXPECTED)
    value = models.DecimalField(_("目标值"), max_digits=24, decimal_places=4, null=True, blank=True)
    growth_pct = models.DecimalField(_("目标增速(%)"), max_digits=12, decimal_places=4, null=True, blank=True)
    lead_unit = models.ForeignKey(
        "org.Unit",
        verbose_name=_("牵头责任单位"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="led_targets",
    )
    text = models.CharField(_("目标内容(原文)"), max_length=100, blank=True)

    class Meta:
        ordering = ["year", "unit", "indicator__sort_order", "tier"]
        verbose_name = _("目标")
        verbose_name_plural = _("目标")
        constraints = [
            models.UniqueConstraint(
                fields=["year", "unit", "indicator", "tier"],
                name="indicators_target_unique_per_tier",
                violation_error_message=_("该单位该指标该档次的年度目标已存在。"),
            ),
            models.CheckConstraint(
                condition=models.Q(value__isnull=False) | models.Q(growth_pct__isnull=False),
                name="indicators_target_value_or_growth",
                violation_error_message=_("目标须有目标值或目标增速。"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.year} {self.unit} {self.indicator} {self.get_tier_display()}"


class Figure(BaseModel):
    """A unit's year-to-date figure for an indicator: the cumulative value of 1-N月 (N = ``month``).

    ``value`` is 累计 (not 当月; ``month_value`` holds 本月 when it was sent). ``growth_pct`` is the
    official 同比 as published, on the comparable base, and is never recomputed from the values;
    when it was not published it is derived from ``prior_value`` and ``growth_derived`` is set.
    Every change bumps ``revision`` and is kept in the change log.
    """

    unit = models.ForeignKey("org.Unit", verbose_name=_("单位"), on_delete=models.CASCADE, related_name="figures")
    indicator = models.ForeignKey(Indicator, verbose_name=_("指标"), on_delete=models.PROTECT, related_name="figures")
    year = models.PositiveSmallIntegerField(_("年度"))
    month = models.PositiveSmallIntegerField(_("截至月份(1-N月)"), validators=MONTH_VALIDATORS)
    value = models.DecimalField(_("累计值"), max_digits=24, decimal_places=4, null=True, blank=True)
    month_value = models.DecimalField(_("本月值"), max_digits=24, decimal_places=4, null=True, blank=True)
    prior_value = models.DecimalField(_("上年同期累计"), max_digits=24, decimal_places=4, null=True, blank=True)
    growth_pct = models.DecimalField(_("同比增长(%)"), max_digits=12, decimal_places=4, null=True, blank=True)
    growth_derived = models.BooleanField(_("增速为推算"), default=False)
    status = models.CharField(_("数据状态"), max_length=10, choices=FigureStatus.choices, default=FigureStatus.FLASH)
    revision = models.PositiveIntegerField(_("修订次数"), default=0)
    note = models.CharField(_("备注"), max_length=200, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("最后修改人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["year", "month", "unit", "indicator__sort_order"]
        verbose_name = _("月度数据")
        verbose_name_plural = _("月度数据")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "indicator", "year", "month"],
                name="indicators_figure_unique_period",
                violation_error_message=_("该单位该指标该期的数据已存在。"),
            ),
            models.CheckConstraint(
                condition=models.Q(month__gte=1, month__lte=12),
                name="indicators_figure_month_range",
                violation_error_message=_("月份须在1至12之间。"),
            ),
        ]
        indexes = [
            models.Index(fields=["year", "month", "indicator"], name="indicators_figure_period"),
            # One unit's year (overview, 一街一表): without it SQLite scans every unit of the year.
            models.Index(fields=["unit", "year", "month"], name="indicators_fig_unit_period"),
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.indicator} {self.year}年1-{self.month}月"


class Assessment(models.Model):
    """The computed standing of a unit's indicator for 1-N月: completion, 时间进度, rank and 红黄牌.

    Recomputed from figures and targets by ``assessment_compute``; kept month by month so the card
    history (two yellow months running make a red) is a plain read. Percentages are in percent,
    gaps in 百分点.
    """

    unit = models.ForeignKey("org.Unit", verbose_name=_("单位"), on_delete=models.CASCADE, related_name="assessments")
    indicator = models.ForeignKey(
        Indicator, verbose_name=_("指标"), on_delete=models.CASCADE, related_name="assessments"
    )
    year = models.PositiveSmallIntegerField(_("年度"))
    month = models.PositiveSmallIntegerField(_("截至月份"), validators=MONTH_VALIDATORS)
    value = models.DecimalField(_("累计值"), max_digits=24, decimal_places=4, null=True, blank=True)
    growth_pct = models.DecimalField(_("同比增长(%)"), max_digits=12, decimal_places=4, null=True, blank=True)
    target_value = models.DecimalField(_("预期目标值"), max_digits=24, decimal_places=4, null=True, blank=True)
    target_growth_pct = models.DecimalField(_("目标增速(%)"), max_digits=12, decimal_places=4, null=True, blank=True)
    stretch_value = models.DecimalField(_("拼搏目标值"), max_digits=24, decimal_places=4, null=True, blank=True)
    completion_pct = models.DecimalField(_("完成预期目标(%)"), max_digits=12, decimal_places=4, null=True, blank=True)
    stretch_completion_pct = models.DecimalField(
        _("完成拼搏目标(%)"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    time_progress_pct = models.DecimalField(_("时间进度(%)"), max_digits=8, decimal_places=4)
    gap_pp = models.DecimalField(_("超/低于时间进度(百分点)"), max_digits=12, decimal_places=4, null=True, blank=True)
    growth_gap_pp = models.DecimalField(
        _("增速高/低于目标(百分点)"), max_digits=12, decimal_places=4, null=True, blank=True
    )
    projection = models.DecimalField(_("全年预测"), max_digits=24, decimal_places=4, null=True, blank=True)
    projection_method = models.CharField(
        _("预测方法"), max_length=10, choices=ProjectionMethod.choices, default=ProjectionMethod.NONE
    )
    rank_growth = models.PositiveIntegerField(_("增速排名"), null=True, blank=True)
    rank_completion = models.PositiveIntegerField(_("完成率排名"), null=True, blank=True)
    rank_size = models.PositiveIntegerField(_("参与排名单位数"), null=True, blank=True)
    card = models.CharField(_("红黄牌"), max_length=10, choices=Card.choices, default=Card.NONE)
    reasons = models.JSONField(_("原因"), default=list, blank=True)
    computed_at = models.DateTimeField(_("计算时间"), auto_now=True)

    class Meta:
        ordering = ["year", "month", "unit", "indicator__sort_order"]
        verbose_name = _("评估结果")
        verbose_name_plural = _("评估结果")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "indicator", "year", "month"], name="indicators_assessment_unique_period"
            ),
        ]
        indexes = [
            models.Index(fields=["year", "month", "card"], name="indicators_assessment_card"),
            models.Index(fields=["unit", "year", "month"], name="indicators_assess_unit_period"),
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.indicator} {self.year}年1-{self.month}月 {self.get_card_display()}"


class CardRules(BaseModel):
    """The zone's 红黄牌 rules. Defaults: yellow when completion lags time progress by more than
    5 百分点 or growth is below target growth; red when it lags by more than 10 or is yellow two
    months running."""

    zone = models.OneToOneField(
        "org.Zone", verbose_name=_("开发区"), on_delete=models.CASCADE, related_name="card_rules"
    )
    yellow_lag_pp = models.DecimalField(_("黄牌：落后时间进度超过(百分点)"), max_digits=6, decimal_places=2, default=5)
    red_lag_pp = models.DecimalField(_("红牌：落后时间进度超过(百分点)"), max_digits=6, decimal_places=2, default=10)
    yellow_when_growth_below_target = models.BooleanField(_("增速低于目标增速记黄牌"), default=True)
    red_after_yellow_months = models.PositiveSmallIntegerField(
        _("连续黄牌几个月升为红牌"), default=2, help_text=_("填0表示不升级。")
    )

    class Meta:
        ordering = ["zone"]
        verbose_name = _("红黄牌规则")
        verbose_name_plural = _("红黄牌规则")

    def __str__(self) -> str:
        return f"{self.zone} 红黄牌规则"
