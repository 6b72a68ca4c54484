from django.db import models
from django.utils.translation import gettext_lazy as _


class NodeKind(models.TextChoices):
    SECTION = "section", _("板块")
    TARGET = "target", _("目标")
    ITEM = "item", _("任务")


class UnitRole(models.TextChoices):
    LEAD = "lead", _("牵头责任单位")
    RESPONSIBLE = "responsible", _("责任单位")


class GroupRule(models.TextChoices):
    """How a unit group (各街道, 产业办…) finds its members unless they are listed by hand."""

    STREETS = "streets", _("全部街道")
    INDUSTRY_OFFICES = "industry_offices", _("全部产业办")
    LISTED = "listed", _("指定单位")


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("未启动")
    IN_PROGRESS = "in_progress", _("推进中")
    DONE = "done", _("已完成")
    LAGGING = "lagging", _("滞后")
    ADJUSTED = "adjusted", _("已调整")


class Cadence(models.TextChoices):
    MONTHLY = "monthly", _("每月")
    QUARTERLY = "quarterly", _("每季")
    YEARLY = "yearly", _("全年")
    ONCE = "once", _("一次性")


class Comparator(models.TextChoices):
    GTE = "gte", _("不低于")
    LTE = "lte", _("不高于")
    EQ = "eq", _("等于")


class ReportKind(models.TextChoices):
    UNIT = "unit", _("单位报告")
    CONSOLIDATED = "consolidated", _("牵头单位汇总")


class ReportState(models.TextChoices):
    DRAFT = "draft", _("草稿")
    SUBMITTED = "submitted", _("已报送")
    CONSOLIDATED = "consolidated", _("已汇总")
    ACCEPTED = "accepted", _("已通过")
    RETURNED = "returned", _("已退回")


class Card(models.TextChoices):
    GREEN = "green", _("绿牌")
    YELLOW = "yellow", _("黄牌")
    RED = "red", _("红牌")


class NoticeKind(models.TextChoices):
    REMINDER = "reminder", _("报送提醒")
    URGE = "urge", _("催办")
    SUPERVISE = "supervise", _("督办单")
    RETURNED = "returned", _("退回通知")


class MeetingKind(models.TextChoices):
    """The 五个一 rhythm: 每月一研判、双月一拉练、每季一总结、半年一讲评、全年一考核."""

    MONTHLY_REVIEW = "monthly_review", _("月度研判会")
    BIMONTHLY_TOUR = "bimonthly_tour", _("双月拉练")
    QUARTERLY_SUMMARY = "quarterly_summary", _("季度总结")
    HALF_YEAR_REVIEW = "half_year_review", _("半年讲评会")
    ANNUAL_ASSESSMENT = "annual_assessment", _("年度考核")
