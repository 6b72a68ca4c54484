"""API of economic operations. Lists are scoped to the units the user may read; writes go through
the actions, so the API and the pages enforce the same rules."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from yuanqu.core.errors import PermissionDenied
from yuanqu.indicators import actions, selectors
from yuanqu.indicators.api import serializers as s
from yuanqu.indicators.filtersets import AssessmentFilterSet, FigureFilterSet, IndicatorFilterSet, TargetFilterSet
from yuanqu.indicators.models import Assessment, Indicator, Target
from yuanqu.org import access


class IndicatorViewSet(viewsets.ReadOnlyModelViewSet):
    """The indicator catalogue (read by everyone signed in)."""

    queryset = Indicator.objects.all()
    serializer_class = s.IndicatorSerializer
    filterset_class = IndicatorFilterSet
    lookup_field = "code"


class UnitViewSet(viewsets.ReadOnlyModelViewSet):
    """Units the user may read (a reporter: their own)."""

    serializer_class = s.UnitSerializer

    def get_queryset(self) -> QuerySet[Any]:
        return access.readable_units(self.request.user).order_by("zone", "sort_order", "name")


class TargetViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Annual targets; POST sets (creates or replaces) one target — statistics staff and admins."""

    serializer_class = s.TargetSerializer
    filterset_class = TargetFilterSet

    def get_queryset(self) -> QuerySet[Any]:
        return (
            Target.objects.filter(unit__in=access.readable_units(self.request.user))
            .select_related("indicator")
            .order_by("year", "unit", "id")
        )

    @extend_schema(request=s.TargetWriteSerializer, responses=s.TargetSerializer)
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = s.TargetWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        target = actions.target_set(user=request.user, source="api", **data.validated_data)
        return Response(s.TargetSerializer(target).data, status=status.HTTP_201_CREATED)


class FigureViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Monthly year-to-date figures. POST records one figure or a list of them, all or nothing."""

    serializer_class = s.FigureSerializer
    filterset_class = FigureFilterSet

    def get_queryset(self) -> QuerySet[Any]:
        return selectors.figures_for(user=self.request.user).order_by("year", "month", "unit", "indicator__sort_order")

    @extend_schema(request=s.FigureWriteSerializer(many=True), responses=s.FigureSerializer(many=True))
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        many = isinstance(request.data, list)
        data = s.FigureWriteSerializer(data=request.data, many=many)
        data.is_valid(raise_exception=True)
        rows = data.validated_data if many else [data.validated_data]
        for row in rows:
            if not access.can_write_unit(request.user, row["unit"]):
                raise PermissionDenied(f"无权填报单位「{row['unit']}」的数据")
        result = actions.figures_set(
            user=request.user, source="api", items=[actions.FigureInput(**row) for row in rows]
        )
        figures = selectors.figures_for(user=request.user).filter(pk__in=[f.pk for f in result.figures])
        return Response(s.FigureSerializer(figures, many=True).data, status=status.HTTP_201_CREATED)


class AssessmentViewSet(viewsets.ReadOnlyModelViewSet):
    """Computed status: completion, 时间进度, gap, projection, ranks and 红黄牌 per unit, indicator, month."""

    serializer_class = s.AssessmentSerializer
    filterset_class = AssessmentFilterSet

    def get_queryset(self) -> QuerySet[Any]:
        return (
            Assessment.objects.filter(unit__in=access.readable_units(self.request.user))
            .select_related("unit", "indicator")
            .order_by("year", "month", "unit__sort_order", "indicator__sort_order")
        )
