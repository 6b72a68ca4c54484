"""Admin: the catalogue and card rules save through the actions; figures, targets and
assessments are read-only here (they change through entry, import and the API)."""

from typing import Any

from django.contrib import admin

from yuanqu.core.admin import ReadOnlyAdmin
from yuanqu.core.changelog import snapshot
from yuanqu.indicators import actions
from yuanqu.indicators.models import Assessment, CardRules, Figure, Indicator, Target


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "unit", "kind", "frequency", "first_month", "sort_order", "is_active"]
    list_filter = ["kind", "frequency", "is_active"]
    search_fields = ["code", "name"]

    def save_model(self, request: Any, obj: Indicator, form: Any, change: bool) -> None:
        fields = snapshot(obj, actions.INDICATOR_FIELDS)
        code, name, unit = fields.pop("code"), fields.pop("name"), fields.pop("unit")
        saved = actions.indicator_save(user=request.user, code=code, name=name, unit=unit, source="admin", **fields)
        obj.pk = saved.pk


@admin.register(CardRules)
class CardRulesAdmin(admin.ModelAdmin):
    list_display = ["zone", "yellow_lag_pp", "red_lag_pp", "yellow_when_growth_below_target", "red_after_yellow_months"]

    def save_model(self, request: Any, obj: CardRules, form: Any, change: bool) -> None:
        actions.card_rules_save(
            user=request.user,
            zone=obj.zone,
            **{
                k: form.cleaned_data[k]
                for k in ("yellow_lag_pp", "red_lag_pp", "yellow_when_growth_below_target", "red_after_yellow_months")
            },
        )


@admin.register(Target)
class TargetAdmin(ReadOnlyAdmin):
    list_display = ["year", "unit", "indicator", "tier", "value", "growth_pct", "lead_unit"]
    list_filter = ["year", "tier", "unit__zone"]


@admin.register(Figure)
class FigureAdmin(ReadOnlyAdmin):
    list_display = ["year", "month", "unit", "indicator", "value", "growth_pct", "status", "revision"]
    list_filter = ["year", "month", "status"]


@admin.register(Assessment)
class AssessmentAdmin(ReadOnlyAdmin):
    list_display = ["year", "month", "unit", "indicator", "completion_pct", "gap_pp", "card"]
    list_filter = ["year", "month", "card"]
