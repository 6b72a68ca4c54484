"""Input shapes of the 督查督办 pages; the actions decide."""

from __future__ import annotations

from typing import Any

from django import forms

from yuanqu.supervision.choices import Cadence, Card, GroupRule, TaskStatus


class TreeFilterForm(forms.Form):
    year = forms.IntegerField(label="年度", required=False, min_value=2000, max_value=2100)
    unit = forms.IntegerField(label="单位", required=False)
    section = forms.IntegerField(label="板块", required=False)
    status = forms.ChoiceField(label="状态", required=False, choices=[("", "全部"), *TaskStatus.choices])


class PeriodForm(forms.Form):
    year = forms.IntegerField(label="年度", required=False, min_value=2000, max_value=2100)
    month = forms.IntegerField(label="月份", required=False, min_value=1, max_value=12)


class ReportForm(forms.Form):
    unit = forms.IntegerField(widget=forms.HiddenInput)
    year = forms.IntegerField(widget=forms.HiddenInput)
    month = forms.IntegerField(label="月份", min_value=1, max_value=12)
    progress = forms.CharField(label="进展情况", widget=forms.Textarea(attrs={"rows": 3}), required=False)
    progress_value = forms.DecimalField(label="量化进度（累计）", required=False, max_digits=20, decimal_places=4)
    problems = forms.CharField(label="存在问题", widget=forms.Textarea(attrs={"rows": 2}), required=False)
    support_needed = forms.CharField(label="需协调事项", widget=forms.Textarea(attrs={"rows": 2}), required=False)
    attachment = forms.FileField(label="附件（照片、台账、佐证材料）", required=False)
    submit = forms.BooleanField(required=False, initial=True)


class ConsolidateForm(forms.Form):
    unit = forms.IntegerField(widget=forms.HiddenInput)
    year = forms.IntegerField(widget=forms.HiddenInput)
    month = forms.IntegerField(label="月份", min_value=1, max_value=12)
    progress = forms.CharField(
        label="汇总说明（留空则合并各单位报告）", widget=forms.Textarea(attrs={"rows": 3}), required=False
    )


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", "通过"), ("return", "退回"), ("reopen", "重新打开")])
    comment = forms.CharField(label="审核意见", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class StatusForm(forms.Form):
    status = forms.ChoiceField(label="状态", choices=TaskStatus.choices)


class MeetingForm(forms.Form):
    minutes = forms.CharField(label="纪要", widget=forms.Textarea(attrs={"rows": 4}), required=False)
    decision = forms.CharField(label="决定事项", required=False)
    task = forms.IntegerField(label="关联任务编号", required=False)
    task_status = forms.ChoiceField(
        label="任务状态调整为", required=False, choices=[("", "不调整"), *TaskStatus.choices]
    )
    task_due = forms.DateField(label="完成时限调整为", required=False)


class ReplyForm(forms.Form):
    reply = forms.CharField(label="回复", widget=forms.Textarea(attrs={"rows": 3}))


class TaskImportForm(forms.Form):
    file = forms.FileField(label="目标任务总表（.xlsx）")
    year = forms.IntegerField(label="年度", min_value=2000, max_value=2100)
    dry_run = forms.BooleanField(label="仅检查，不保存", required=False, initial=True)

    def clean_file(self) -> Any:
        f = self.cleaned_data["file"]
        if not f.name.lower().endswith(".xlsx"):
            raise forms.ValidationError("请上传 .xlsx 格式的Excel文件")
        return f


def member_choices(zone: Any) -> list[tuple[str, str]]:
    """Units and unit groups of a zone as choices ("u:3", "g:1"): what a task may name as its units."""
    from yuanqu.org.models import Unit
    from yuanqu.supervision.models import UnitGroup

    groups = [(f"g:{g.pk}", f"{g.name}（单位组）") for g in UnitGroup.objects.filter(zone=zone).order_by("name")]
    units = [
        (f"u:{u.pk}", u.name) for u in Unit.objects.filter(zone=zone, is_active=True).order_by("sort_order", "name")
    ]
    return [*units, *groups]


class TaskEditForm(forms.Form):
    title = forms.CharField(label="任务内容", widget=forms.Textarea(attrs={"rows": 4}))
    due_date = forms.DateField(label="完成时限", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    cadence = forms.ChoiceField(label="报告频次", choices=Cadence.choices)
    lead = forms.MultipleChoiceField(
        label="牵头责任单位", required=False, widget=forms.SelectMultiple(attrs={"size": 8})
    )
    responsible = forms.MultipleChoiceField(
        label="责任单位", required=False, widget=forms.SelectMultiple(attrs={"size": 8})
    )

    def __init__(self, *args: Any, zone: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = member_choices(zone)
        self.fields["lead"].choices = choices  # type: ignore[attr-defined]
        self.fields["responsible"].choices = choices  # type: ignore[attr-defined]


class RuleForm(forms.Form):
    yellow_pace = forms.DecimalField(
        label="黄牌进度比(%)",
        min_value=0,
        max_value=100,
        max_digits=5,
        decimal_places=2,
        help_text="量化进度达到时间进度的该百分比以上为黄牌，以下为红牌",
    )
    late_card = forms.ChoiceField(label="逾期报送", choices=Card.choices)
    missing_card = forms.ChoiceField(label="未报送", choices=Card.choices)
    returned_card = forms.ChoiceField(label="被退回", choices=Card.choices)
    lagging_card = forms.ChoiceField(label="状态滞后", choices=Card.choices)
    bottom_count = forms.IntegerField(label="排名靠后单位数", min_value=0, max_value=100)


class UnitGroupForm(forms.Form):
    name = forms.CharField(label="名称", max_length=50)
    aliases = forms.CharField(label="别名（表中写法，用顿号或逗号分隔）", required=False)
    rule = forms.ChoiceField(label="成员规则", choices=GroupRule.choices)
    members: forms.ModelMultipleChoiceField = forms.ModelMultipleChoiceField(
        label="指定单位（成员规则为「指定单位」时）",
        queryset=None,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 12}),
    )

    def __init__(self, *args: Any, zone: Any, **kwargs: Any) -> None:
        from yuanqu.org.models import Unit

        super().__init__(*args, **kwargs)
        self.fields["members"].queryset = Unit.objects.filter(zone=zone).order_by(  # type: ignore[attr-defined]
            "sort_order", "name"
        )

    def clean_aliases(self) -> list[str]:
        import re

        return [a for a in re.split(r"[、，,;；\s]+", self.cleaned_data.get("aliases") or "") if a]
