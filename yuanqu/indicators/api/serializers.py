"""API shapes. Amounts are given in base units (元 / 美元) and, for reading, also in the
indicator's display unit (``value_display``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rest_framework import serializers

from yuanqu.core.money import from_base
from yuanqu.indicators.choices import FigureStatus, TargetTier
from yuanqu.indicators.models import Assessment, Figure, Indicator, Target
from yuanqu.org.models import Unit


class IndicatorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Indicator
        fields = [
            "id",
            "code",
            "name",
            "aliases",
            "unit",
            "kind",
            "direction",
            "growth_basis",
            "frequency",
            "first_month",
            "decimals",
            "description",
            "sort_order",
            "is_active",
        ]


class UnitSerializer(serializers.ModelSerializer):
    class Meta:
        model = Unit
        fields = ["id", "zone", "name", "short_name", "aliases", "type", "parent", "sort_order", "is_active"]


def _display(value: Decimal | None, indicator: Indicator) -> str | None:
    shown = from_base(value, indicator.unit)
    return None if shown is None else f"{shown.normalize():f}"


class TargetSerializer(serializers.ModelSerializer):
    indicator = serializers.SlugRelatedField(slug_field="code", queryset=Indicator.objects.all())
    value_display = serializers.SerializerMethodField()

    class Meta:
        model = Target
        fields = [
            "id",
            "year",
            "unit",
            "indicator",
            "tier",
            "value",
            "value_display",
            "growth_pct",
            "lead_unit",
            "text",
            "updated_at",
        ]
        read_only_fields = ["updated_at"]
        validators: list[Any] = []  # uniqueness is an upsert in the action, not an error

    def get_value_display(self, obj: Target) -> str | None:
        return _display(obj.value, obj.indicator)


class FigureSerializer(serializers.ModelSerializer):
    indicator = serializers.SlugRelatedField(slug_field="code", queryset=Indicator.objects.all())
    value_display = serializers.SerializerMethodField()

    class Meta:
        model = Figure
        fields = [
            "id",
            "unit",
            "indicator",
            "year",
            "month",
            "value",
            "value_display",
            "month_value",
            "prior_value",
            "growth_pct",
            "growth_derived",
            "status",
            "revision",
            "note",
            "updated_at",
        ]
        read_only_fields = ["growth_derived", "revision", "updated_at"]
        validators: list[Any] = []

    def get_value_display(self, obj: Figure) -> str | None:
        return _display(obj.value, obj.indicator)


class FigureWriteSerializer(serializers.Serializer):
    """One figure to record (POST /api/figures/ takes one object or a list)."""

    unit = serializers.PrimaryKeyRelatedField(queryset=Unit.objects.all())
    indicator = serializers.SlugRelatedField(slug_field="code", queryset=Indicator.objects.all())
    year = serializers.IntegerField(min_value=1900, max_value=2200)
    month = serializers.IntegerField()
    value = serializers.DecimalField(max_digits=24, decimal_places=4, required=False, allow_null=True)
    month_value = serializers.DecimalField(max_digits=24, decimal_places=4, required=False, allow_null=True)
    prior_value = serializers.DecimalField(max_digits=24, decimal_places=4, required=False, allow_null=True)
    growth_pct = serializers.DecimalField(max_digits=12, decimal_places=4, required=False, allow_null=True)
    status = serializers.ChoiceField(choices=FigureStatus.choices, default=FigureStatus.FLASH)
    note = serializers.CharField(required=False, allow_blank=True, default="")


class TargetWriteSerializer(serializers.Serializer):
    unit = serializers.PrimaryKeyRelatedField(queryset=Unit.objects.all())
    indicator = serializers.SlugRelatedField(slug_field="code", queryset=Indicator.objects.all())
    year = serializers.IntegerField(min_value=1900, max_value=2200)
    tier = serializers.ChoiceField(choices=TargetTier.choices, default=TargetTier.EXPECTED)
    value = serializers.DecimalField(max_digits=24, decimal_places=4, required=False, allow_null=True)
    growth_pct = serializers.DecimalField(max_digits=12, decimal_places=4, required=False, allow_null=True)
    lead_unit = serializers.PrimaryKeyRelatedField(queryset=Unit.objects.all(), required=False, allow_null=True)
    text = serializers.CharField(required=False, allow_blank=True, default="")


class AssessmentSerializer(serializers.ModelSerializer):
    indicator = serializers.CharField(source="indicator.code", read_only=True)
    unit_name = serializers.CharField(source="unit.name", read_only=True)

    class Meta:
        model = Assessment
        fields = [
            "id",
            "unit",
            "unit_name",
            "indicator",
            "year",
            "month",
            "value",
            "growth_pct",
            "target_value",
            "target_growth_pct",
            "stretch_value",
            "completion_pct",
            "stretch_completion_pct",
            "time_progress_pct",
            "gap_pp",
            "growth_gap_pp",
            "projection",
            "projection_method",
            "rank_growth",
            "rank_completion",
            "rank_size",
            "card",
            "reasons",
            "computed_at",
        ]
