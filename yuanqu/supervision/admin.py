"""Admin of 督查督办: unit groups and 红黄牌 rules save through the actions (so the change log
records them); the task table, reports, cards and notices change through the pages, import and API
and are read-only here."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from yuanqu.core.admin import ReadOnlyAdmin
from yuanqu.supervision import actions
from yuanqu.supervision.choices import GroupRule
from yuanqu.supervision.models import (
    AnnualScore,
    Decision,
    EvaluationRelease,
    EvaluationRule,
    Meeting,
    Notice,
    Plan,
    Report,
    ReportAttachment,
    Task,
    TaskEvaluation,
    UnitEvaluation,
    UnitGroup,
)


class UnitGroupForm(forms.ModelForm):
    class Meta:
        model = UnitGroup
        fields = ["zone", "name", "aliases", "rule", "members"]

    def clean(self) -> dict[str, Any]:
        d = super().clean() or {}
        if d.get("rule") == GroupRule.LISTED and not d.get("members"):
            raise ValidationError("成员规则为「指定单位」时须至少选择一个单位")
        zone = d.get("zone")
        if zone is not None and any(u.zone_id != zone.pk for u in d.get("members") or []):
            raise ValidationError("指定单位须属于本开发区")
        return d


@admin.register(UnitGroup)
class UnitGroupAdmin(admin.ModelAdmin):
    form = UnitGroupForm
    list_display = ["name", "zone", "rule"]
    list_filter = ["zone", "rule"]
    search_fields = ["name"]
    filter_horizontal = ["members"]

    def save_model(self, request: Any, obj: UnitGroup, form: Any, change: bool) -> None:
        d = form.cleaned_data
        existing = UnitGroup.objects.filter(pk=obj.pk).first() if change else None
        saved = actions.unit_group_save(
            user=request.user,
            zone=d["zone"],
            group=existing,
            name=d["name"],
            rule=d["rule"],
            aliases=[str(a) for a in (d.get("aliases") or [])],
            members=list(d.get("members") or []),
            source="admin",
        )
        obj.pk = saved.pk

    def save_related(self, request: Any, form: Any, formsets: Any, change: bool) -> None:
        pass  # the members were saved by the action, with the change log


@admin.register(EvaluationRule)
class EvaluationRuleAdmin(admin.ModelAdmin):
    list_display = ["zone", "yellow_pace", "late_card", "missing_card", "returned_card", "lagging_card", "bottom_count"]

    def save_model(self, request: Any, obj: EvaluationRule, form: Any, change: bool) -> None:
        saved = actions.evaluation_rule_save(
            user=request.user,
            zone=obj.zone,
            source="admin",
            **{
                k: form.cleaned_data[k]
                for k in ("yellow_pace", "late_card", "missing_card", "returned_card", "lagging_card", "bottom_count")
            },
        )
        obj.pk = saved.pk


@admin.register(Plan)
class PlanAdmin(ReadOnlyAdmin):
    list_display = ["year", "zone", "title", "due_day"]
    list_filter = ["zone"]


@admin.register(Task)
class TaskAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "plan", "kind", "number", "status", "cadence", "due_date"]
    list_filter = ["plan", "kind", "status"]
    search_fields = ["title"]


@admin.register(Report)
class ReportAdmin(ReadOnlyAdmin):
    list_display = ["task", "unit", "year", "month", "kind", "state", "is_late", "submitted_at"]
    list_filter = ["year", "month", "kind", "state", "is_late"]
    search_fields = ["task__title", "unit__name"]


@admin.register(ReportAttachment)
class ReportAttachmentAdmin(ReadOnlyAdmin):
    list_display = ["name", "report", "created_at"]


@admin.register(TaskEvaluation)
class TaskEvaluationAdmin(ReadOnlyAdmin):
    list_display = ["task", "unit", "year", "month", "card", "score", "pace_pct"]
    list_filter = ["year", "month", "card"]


@admin.register(UnitEvaluation)
class UnitEvaluationAdmin(ReadOnlyAdmin):
    list_display = ["unit", "year", "month", "card", "score", "rank", "is_bottom"]
    list_filter = ["year", "month", "card", "is_bottom"]


@admin.register(EvaluationRelease)
class EvaluationReleaseAdmin(ReadOnlyAdmin):
    list_display = ["zone", "year", "month", "published_at", "published_by"]


@admin.register(AnnualScore)
class AnnualScoreAdmin(ReadOnlyAdmin):
    list_display = ["unit", "year", "rank", "score", "monthly_score", "completion_pct"]
    list_filter = ["year"]


@admin.register(Notice)
class NoticeAdmin(ReadOnlyAdmin):
    list_display = ["title", "unit", "kind", "year", "month", "reply_due", "replied_at", "emailed"]
    list_filter = ["kind", "year", "month"]
    search_fields = ["title", "unit__name"]


@admin.register(Meeting)
class MeetingAdmin(ReadOnlyAdmin):
    list_display = ["title", "zone", "kind", "date"]
    list_filter = ["zone", "year", "kind"]


@admin.register(Decision)
class DecisionAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "meeting", "task"]
