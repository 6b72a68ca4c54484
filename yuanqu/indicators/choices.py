from django.db import models
from django.utils.translation import gettext_lazy as _


class IndicatorKind(models.TextChoices):
    FLOW = "flow", _("累计流量")  # 1-N月累计 (产值、投资、社零…)
    STOCK = "stock", _("存量")  # 期末数 (市场主体总量…)
    RATE = "rate", _("比率/占比")  # 技改投资占比, 增速类
    COUNT = "count", _("计数")  # 新增规上企业 (年内累计个数)


class Direction(models.TextChoices):
    HIGHER_BETTER = "higher", _("越高越好")
    LOWER_BETTER = "lower", _("越低越好")


class GrowthBasis(models.TextChoices):
    CURRENT = "current", _("现价")
    COMPARABLE = "comparable", _("可比价")
    CONSTANT = "constant", _("不变价")


class Frequency(models.TextChoices):
    MONTHLY = "monthly", _("月度")
    QUARTERLY = "quarterly", _("季度")


class TargetTier(models.TextChoices):
    EXPECTED = "expected", _("预期目标")
    STRETCH = "stretch", _("拼搏目标")


class FigureStatus(models.TextChoices):
    ESTIMATE = "estimate", _("预计")
    FLASH = "flash", _("快报")
    FINAL = "final", _("正式")


class Card(models.TextChoices):
    GREEN = "green", _("绿牌")
    YELLOW = "yellow", _("黄牌")
    RED = "red", _("红牌")
    NONE = "none", _("无目标")


class ProjectionMethod(models.TextChoices):
    LAST_YEAR_SHARE = "share", _("按上年同期占全年比重")
    LINEAR = "linear", _("按时间进度线性推算")
    NONE = "none", _("无法推算")
