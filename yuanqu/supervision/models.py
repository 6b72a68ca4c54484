"""督查督办: the target-task table (目标任务总表) of a zone's action plan, the monthly written reports
on each task, their review by the 领导小组办公室, the 红黄牌 evaluation, notices (催办/督办单) and the
五个一 calendar."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from yuanqu.core.models import BaseModel
from yuanqu.supervision.choices import (
    Cadence,
    Card,
    Comparator,
    GroupRule,
    MeetingKind,
    NodeKind,
    NoticeKind,
    ReportKind,
    ReportState,
    TaskStatus,
    UnitRole,
)

MONTH = [MinValueValidator(1), MaxValueValidator(12)]


class Plan(BaseModel):
    """A zone's action plan for one year (专项行动方案) whose attachment is the target-task table."""

    zone = models.ForeignKey("org.Zone", verbose_name=_("开发区"), on_delete=models.CASCADE, related_name="plans")
    year = models.PositiveSmallIntegerField(_("年度"))
    title = models.CharField(_("名称"), max_length=200, blank=True)
    due_day = models.PositiveSmallIntegerField(
        _("月报截止日"),
        default=6,
        validators=[MinValueValidator(1), MaxValueValidator(28)],
        help_text=_("次月几日前报送上月落实情况（默认6日）。"),
    )

    class Meta:
        ordering = ["zone", "-year"]
        verbose_name = _("行动方案")
        verbose_name_plural = _("行动方案")
        constraints = [
            models.UniqueConstraint(
                fields=["zone", "year"],
                name="supervision_plan_unique_year",
                violation_error_message=_("该开发区该年度已有目标任务总表。"),
            )
        ]

    def __str__(self) -> str:
        return self.title or f"{self.year}年目标任务总表"


class UnitGroup(BaseModel):
    """A group phrase of the table (各街道, 产业办, 相关街道) that stands for several units.

    Members come from the rule (all streets, all industry offices) unless the rule is 指定单位, then
    from ``members``. 相关街道 starts as all streets; the office may narrow it to the listed ones.
    """

    zone = models.ForeignKey("org.Zone", verbose_name=_("开发区"), on_delete=models.CASCADE, related_name="unit_groups")
    name = models.CharField(_("名称"), max_length=50)
    aliases = models.JSONField(_("别名"), default=list, blank=True)
    rule = models.CharField(_("成员规则"), max_length=20, choices=GroupRule.choices, default=GroupRule.STREETS)
    members = models.ManyToManyField("org.Unit", verbose_name=_("指定单位"), blank=True, related_name="+")

    class Meta:
        ordering = ["zone", "name"]
        verbose_name = _("单位组")
        verbose_name_plural = _("单位组")
        constraints = [models.UniqueConstraint(fields=["zone", "name"], name="supervision_unitgroup_unique_name")]

    def __str__(self) -> str:
        return self.name


class Task(BaseModel):
    """A node of the target-task table: a section (一、/（一）), a target (目标名称) or a task item.

    Items nest (1. → (1) → ①); ``number`` keeps the numbering as printed and ``title`` the text
    without it. Units and goals hang on any node but the table puts them on the leaves.
    """

    plan = models.ForeignKey(Plan, verbose_name=_("行动方案"), on_delete=models.CASCADE, related_name="tasks")
    parent = models.ForeignKey(
        "self", verbose_name=_("上级"), null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    kind = models.CharField(_("层级类型"), max_length=10, choices=NodeKind.choices)
    depth = models.PositiveSmallIntegerField(_("深度"), default=0)
    position = models.PositiveIntegerField(_("表内顺序"), default=0)
    number = models.CharField(_("序号"), max_length=20, blank=True)
    title = models.TextField(_("内容"))
    status = models.CharField(_("状态"), max_length=15, choices=TaskStatus.choices, default=TaskStatus.NOT_STARTED)
    cadence = models.CharField(_("报告频次"), max_length=10, choices=Cadence.choices, default=Cadence.MONTHLY)
    due_date = models.DateField(_("完成时限"), null=True, blank=True)
    indicator_target = models.ForeignKey(
        "indicators.Target",
        verbose_name=_("对应指标目标"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supervision_tasks",
    )

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = _("目标任务")
        verbose_name_plural = _("目标任务")
        indexes = [models.Index(fields=["plan", "kind"], name="supervision_task_plan_kind")]

    def __str__(self) -> str:
        text = f"{self.number}{self.title}"
        return text if len(text) <= 60 else text[:59] + "…"

    @property
    def is_leaf_item(self) -> bool:
        return self.kind == NodeKind.ITEM


class TaskUnit(models.Model):
    """One 牵头责任单位 or 责任单位 of a task, named as a unit or as a group phrase (各街道)."""

    task = models.ForeignKey(Task, verbose_name=_("任务"), on_delete=models.CASCADE, related_name="task_units")
    role = models.CharField(_("职责"), max_length=12, choices=UnitRole.choices)
    unit = models.ForeignKey(
        "org.Unit", verbose_name=_("单位"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    group = models.ForeignKey(
        UnitGroup, verbose_name=_("单位组"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    position = models.PositiveSmallIntegerField(_("顺序"), default=0)

    class Meta:
        ordering = ["task", "role", "position"]
        verbose_name = _("任务责任单位")
        verbose_name_plural = _("任务责任单位")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(unit__isnull=False, group__isnull=True) | models.Q(unit__isnull=True, group__isnull=False)
                ),
                name="supervision_taskunit_unit_xor_group",
                violation_error_message=_("责任单位须为一个单位或一个单位组。"),
            )
        ]

    def __str__(self) -> str:
        return str(self.unit or self.group)


class Goal(models.Model):
    """A quantitative goal stated in a task's text: 新增企业 ≥ 15 家, 增幅 ≥ 17 %, 亩均税收 ≥ 35 万元."""

    task = models.ForeignKey(Task, verbose_name=_("任务"), on_delete=models.CASCADE, related_name="goals")
    metric = models.CharField(_("指标"), max_length=100)
    comparator = models.CharField(_("比较"), max_length=5, choices=Comparator.choices, default=Comparator.GTE)
    number = models.DecimalField(_("目标数"), max_digits=20, decimal_places=4)
    measure = models.CharField(_("计量单位"), max_length=20, blank=True)
    text = models.CharField(_("原文"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(_("顺序"), default=0)

    class Meta:
        ordering = ["task", "position"]
        verbose_name = _("量化目标")
        verbose_name_plural = _("量化目标")

    def __str__(self) -> str:
        return f"{self.metric} {self.get_comparator_display()} {self.number.normalize():f}{self.measure}"


class Report(BaseModel):
    """A unit's written report on one task for one month (落实情况书面报告), or the lead unit's
    consolidation of its responsible units' reports (``kind`` 牵头单位汇总).

    ``progress_value`` is the cumulative quantity reached so far against the task's first goal
    (8 of 新增企业 15 家). ``is_late`` is set when it was submitted after the due day.
    """

    task = models.ForeignKey(Task, verbose_name=_("任务"), on_delete=models.CASCADE, related_name="reports")
    unit = models.ForeignKey(
        "org.Unit", verbose_name=_("报送单位"), on_delete=models.CASCADE, related_name="task_reports"
    )
    year = models.PositiveSmallIntegerField(_("年度"))
    month = models.PositiveSmallIntegerField(_("月份"), validators=MONTH)
    kind = models.CharField(_("类型"), max_length=15, choices=ReportKind.choices, default=ReportKind.UNIT)
    state = models.CharField(_("状态"), max_length=15, choices=ReportState.choices, default=ReportState.DRAFT)
    progress = models.TextField(_("进展情况"), blank=True)
    progress_value = models.DecimalField(_("量化进度"), max_digits=20, decimal_places=4, null=True, blank=True)
    problems = models.TextField(_("存在问题"), blank=True)
    support_needed = models.TextField(_("需协调事项"), blank=True)
    is_late = models.BooleanField(_("逾期报送"), default=False)
    submitted_at = models.DateTimeField(_("报送时间"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("报送人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consolidated_into = models.ForeignKey(
        "self", verbose_name=_("汇总至"), null=True, blank=True, on_delete=models.SET_NULL, related_name="parts"
    )
    review_comment = models.TextField(_("审核意见"), blank=True)
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("审核人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["task", "year", "month", "kind", "unit"]
        verbose_name = _("月度报告")
        verbose_name_plural = _("月度报告")
        constraints = [
            models.UniqueConstraint(
                fields=["task", "unit", "year", "month", "kind"],
                name="supervision_report_unique_month",
                violation_error_message=_("该单位该任务本月已有报告。"),
            )
        ]
        indexes = [models.Index(fields=["year", "month", "unit"], name="supervision_report_period")]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}年{self.month}月 {self.task}"


class ReportAttachment(BaseModel):
    """A file attached to a monthly report (照片、台账、佐证材料)."""

    report = models.ForeignKey(Report, verbose_name=_("报告"), on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("文件"), upload_to="supervision/%Y/%m/")
    name = models.CharField(_("文件名"), max_length=200)

    class Meta:
        ordering = ["report", "id"]
        verbose_name = _("报告附件")
        verbose_name_plural = _("报告附件")

    def __str__(self) -> str:
        return self.name


class EvaluationRule(BaseModel):
    """The zone's 红黄牌 rules for the monthly evaluation; one row per zone (defaults apply without)."""

    zone = models.OneToOneField(
        "org.Zone", verbose_name=_("开发区"), on_delete=models.CASCADE, related_name="supervision_rule"
    )
    yellow_pace = models.DecimalField(
        _("黄牌进度比"),
        max_digits=5,
        decimal_places=2,
        default=80,
        help_text=_("量化进度达到时间进度的该百分比以上为黄牌，以下为红牌。"),
    )
    late_card = models.CharField(_("逾期报送"), max_length=10, choices=Card.choices, default=Card.YELLOW)
    missing_card = models.CharField(_("未报送"), max_length=10, choices=Card.choices, default=Card.RED)
    returned_card = models.CharField(_("被退回"), max_length=10, choices=Card.choices, default=Card.YELLOW)
    lagging_card = models.CharField(_("状态滞后"), max_length=10, choices=Card.choices, default=Card.RED)
    bottom_count = models.PositiveSmallIntegerField(_("排名靠后单位数"), default=3)

    class Meta:
        ordering = ["zone"]
        verbose_name = _("红黄牌规则")
        verbose_name_plural = _("红黄牌规则")

    def __str__(self) -> str:
        return f"{self.zone} 红黄牌规则"


class TaskEvaluation(models.Model):
    """The monthly card of one unit on one task, with the reasons; kept for every month (history)."""

    task = models.ForeignKey(Task, verbose_name=_("任务"), on_delete=models.CASCADE, related_name="evaluations")
    unit = models.ForeignKey("org.Unit", verbose_name=_("单位"), on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("年度"))
    month = models.PositiveSmallIntegerField(_("月份"), validators=MONTH)
    card = models.CharField(_("红黄牌"), max_length=10, choices=Card.choices)
    score = models.DecimalField(_("得分"), max_digits=6, decimal_places=2)
    pace_pct = models.DecimalField(_("量化完成(%)"), max_digits=10, decimal_places=2, null=True, blank=True)
    reasons = models.JSONField(_("原因"), default=list, blank=True)

    class Meta:
        ordering = ["year", "month", "task", "unit"]
        verbose_name = _("任务月度评估")
        verbose_name_plural = _("任务月度评估")
        constraints = [
            models.UniqueConstraint(fields=["task", "unit", "year", "month"], name="supervision_taskevaluation_unique")
        ]
        indexes = [models.Index(fields=["year", "month", "unit"], name="supervision_taskeval_period")]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}-{self.month} {self.get_card_display()}"


class UnitEvaluation(models.Model):
    """A unit's monthly result: its cards, average score and rank in the zone (排名)."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("单位"), on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("年度"))
    month = models.PositiveSmallIntegerField(_("月份"), validators=MONTH)
    card = models.CharField(_("红黄牌"), max_length=10, choices=Card.choices)
    green = models.PositiveIntegerField(_("绿牌数"), default=0)
    yellow = models.PositiveIntegerField(_("黄牌数"), default=0)
    red = models.PositiveIntegerField(_("红牌数"), default=0)
    score = models.DecimalField(_("得分"), max_digits=6, decimal_places=2)
    rank = models.PositiveIntegerField(_("排名"))
    is_bottom = models.BooleanField(_("排名靠后"), default=False)

    class Meta:
        ordering = ["year", "month", "rank"]
        verbose_name = _("单位月度评估")
        verbose_name_plural = _("单位月度评估")
        constraints = [
            models.UniqueConstraint(fields=["unit", "year", "month"], name="supervision_unitevaluation_unique")
        ]

    def __str__(self) -> str:
        return f"{self.unit} {self.year}-{self.month} 第{self.rank}名"


class AnnualScore(models.Model):
    """全年一考核: a unit's yearly score from its monthly scores and its goal completion."""

    unit = models.ForeignKey("org.Unit", verbose_name=_("单位"), on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("年度"))
    monthly_score = models.DecimalField(_("月度评估均分"), max_digits=6, decimal_places=2)
    completion_pct = models.DecimalField(_("目标完成率(%)"), max_digits=6, decimal_places=2)
    score = models.DecimalField(_("年度得分"), max_digits=6, decimal_places=2)
    rank = models.PositiveIntegerField(_("排名"))

    class Meta:
        ordering = ["year", "rank"]
        verbose_name = _("年度考核")
        verbose_name_plural = _("年度考核")
        constraints = [models.UniqueConstraint(fields=["unit", "year"], name="supervision_annualscore_unique")]

    def __str__(self) -> str:
        return f"{self.unit} {self.year} {self.score}"


class Notice(BaseModel):
    """An inbox message to a unit: 报送提醒, 催办, 督办单 (with a reply deadline) or a return notice."""

    zone = models.ForeignKey("org.Zone", verbose_name=_("开发区"), on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(
        "org.Unit", verbose_name=_("接收单位"), on_delete=models.CASCADE, related_name="supervision_notices"
    )
    kind = models.CharField(_("类型"), max_length=12, choices=NoticeKind.choices)
    task = models.ForeignKey(
        Task, verbose_name=_("任务"), null=True, blank=True, on_delete=models.CASCADE, related_name="notices"
    )
    year = models.PositiveSmallIntegerField(_("年度"))
    month = models.PositiveSmallIntegerField(_("月份"), validators=MONTH)
    title = models.CharField(_("标题"), max_length=200)
    body = models.TextField(_("内容"), blank=True)
    reply_due = models.DateField(_("回复期限"), null=True, blank=True)
    reply = models.TextField(_("回复"), blank=True)
    replied_at = models.DateTimeField(_("回复时间"), null=True, blank=True)
    read_at = models.DateTimeField(_("阅读时间"), null=True, blank=True)
    emailed = models.PositiveIntegerField(_("已发邮件数"), default=0)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("督办通知")
        verbose_name_plural = _("督办通知")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "kind", "task", "year", "month"],
                name="supervision_notice_once_per_month",
                violation_error_message=_("同一事项本月已发出该类通知。"),
            )
        ]

    def __str__(self) -> str:
        return self.title


class Meeting(BaseModel):
    """A date of the 五个一 calendar (研判会、拉练、总结、讲评、考核) with its minutes."""

    zone = models.ForeignKey("org.Zone", verbose_name=_("开发区"), on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("年度"))
    kind = models.CharField(_("类型"), max_length=20, choices=MeetingKind.choices)
    seq = models.PositiveSmallIntegerField(_("期次"), default=1)
    date = models.DateField(_("日期"))
    title = models.CharField(_("标题"), max_length=200)
    minutes = models.TextField(_("纪要"), blank=True)

    class Meta:
        ordering = ["date", "kind"]
        verbose_name = _("五个一会议")
        verbose_name_plural = _("五个一会议")
        constraints = [
            models.UniqueConstraint(fields=["zone", "year", "kind", "seq"], name="supervision_meeting_unique_seq")
        ]

    def __str__(self) -> str:
        return self.title


class Decision(BaseModel):
    """A decision of a meeting; it may create a task or update one (status, due date)."""

    meeting = models.ForeignKey(Meeting, verbose_name=_("会议"), on_delete=models.CASCADE, related_name="decisions")
    text = models.TextField(_("决定事项"))
    task = models.ForeignKey(
        Task, verbose_name=_("关联任务"), null=True, blank=True, on_delete=models.SET_NULL, related_name="decisions"
    )

    class Meta:
        ordering = ["meeting", "id"]
        verbose_name = _("会议决定")
        verbose_name_plural = _("会议决定")

    def __str__(self) -> str:
        return self.text[:50]


class EvaluationRelease(BaseModel):
    """A month's 红黄牌 evaluation published by the 领导小组办公室 (发布本月评估).

    Once published the month's cards and ranking are frozen: later reports, reviews or re-runs leave
    them as published and only add a line to ``notes`` (what changed after publication)."""

    zone = models.ForeignKey("org.Zone", verbose_name=_("开发区"), on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("年度"))
    month = models.PositiveSmallIntegerField(_("月份"), validators=MONTH)
    published_at = models.DateTimeField(_("发布时间"))
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("发布人"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notes = models.JSONField(_("发布后变更记录"), default=list, blank=True)

    class Meta:
        ordering = ["zone", "-year", "-month"]
        verbose_name = _("已发布月度评估")
        verbose_name_plural = _("已发布月度评估")
        constraints = [
            models.UniqueConstraint(
                fields=["zone", "year", "month"],
                name="supervision_evaluationrelease_once",
                violation_error_message=_("该月评估已发布。"),
            )
        ]

    def __str__(self) -> str:
        return f"{self.year}年{self.month}月评估（已发布）"
