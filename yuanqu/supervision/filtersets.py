"""Filters of the 督查督办 lists, shared by the API and the pages."""

import django_filters

from yuanqu.supervision.choices import Card, NodeKind, ReportKind, ReportState, TaskStatus
from yuanqu.supervision.models import Report, Task, TaskEvaluation


class TaskFilterSet(django_filters.FilterSet):
    year = django_filters.NumberFilter(field_name="plan__year")
    kind = django_filters.ChoiceFilter(choices=NodeKind.choices)
    status = django_filters.ChoiceFilter(choices=TaskStatus.choices)
    parent = django_filters.NumberFilter(field_name="parent_id")
    q = django_filters.CharFilter(field_name="title", lookup_expr="icontains", label="内容包含")

    class Meta:
        model = Task
        fields = ["year", "kind", "status", "parent"]


class ReportFilterSet(django_filters.FilterSet):
    task = django_filters.NumberFilter(field_name="task_id")
    unit = django_filters.NumberFilter(field_name="unit_id")
    state = django_filters.ChoiceFilter(choices=ReportState.choices)
    kind = django_filters.ChoiceFilter(choices=ReportKind.choices)

    class Meta:
        model = Report
        fields = ["task", "unit", "year", "month", "state", "kind", "is_late"]


class EvaluationFilterSet(django_filters.FilterSet):
    task = django_filters.NumberFilter(field_name="task_id")
    unit = django_filters.NumberFilter(field_name="unit_id")
    card = django_filters.ChoiceFilter(choices=Card.choices)

    class Meta:
        model = TaskEvaluation
        fields = ["task", "unit", "year", "month", "card"]
