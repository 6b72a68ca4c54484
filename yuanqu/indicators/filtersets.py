"""Filters shared by the API lists (and usable by selectors): one FilterSet per list."""

import django_filters

from yuanqu.indicators.choices import Card, FigureStatus, TargetTier
from yuanqu.indicators.models import Assessment, Figure, Indicator, Target


class IndicatorFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label="名称包含")

    class Meta:
        model = Indicator
        fields = ["code", "kind", "frequency", "is_active"]


class _PeriodFilterSet(django_filters.FilterSet):
    year = django_filters.NumberFilter()
    unit = django_filters.NumberFilter(field_name="unit_id")
    indicator = django_filters.CharFilter(field_name="indicator__code", label="指标代码")


class TargetFilterSet(_PeriodFilterSet):
    tier = django_filters.ChoiceFilter(choices=TargetTier.choices)

    class Meta:
        model = Target
        fields = ["year", "unit", "indicator", "tier"]


class FigureFilterSet(_PeriodFilterSet):
    month = django_filters.NumberFilter()
    status = django_filters.ChoiceFilter(choices=FigureStatus.choices)

    class Meta:
        model = Figure
        fields = ["year", "month", "unit", "indicator", "status"]


class AssessmentFilterSet(_PeriodFilterSet):
    month = django_filters.NumberFilter()
    card = django_filters.ChoiceFilter(choices=Card.choices)

    class Meta:
        model = Assessment
        fields = ["year", "month", "unit", "indicator", "card"]
