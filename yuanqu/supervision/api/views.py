"""API of 督查督办: tasks, reports (submit, consolidate, review) and evaluations, scoped like the pages."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response

from yuanqu.org.models import Unit
from yuanqu.org.selectors import zone_for
from yuanqu.supervision import actions, selectors
from yuanqu.supervision.api import serializers as s
from yuanqu.supervision.filtersets import EvaluationFilterSet, ReportFilterSet, TaskFilterSet
from yuanqu.supervision.models import Report, Task, TaskEvaluation


def _zone_id(request: Request) -> int:
    zone = zone_for(request.user)
    return zone.pk if zone else 0


def _schema(view: Any) -> bool:
    """True while drf-spectacular builds the schema (no database to read then)."""
    return bool(getattr(view, "swagger_fake_view", False))


class TaskViewSet(viewsets.ReadOnlyModelViewSet):
    """The target-task table; a reporter sees the tasks of their own unit only."""

    serializer_class = s.TaskSerializer
    filterset_class = TaskFilterSet

    def get_queryset(self) -> QuerySet[Any]:
        if _schema(self):
            return Task.objects.none()
        return (
            selectors.tasks_for(self.request.user)
            .filter(plan__zone_id=_zone_id(self.request))
            .order_by("plan__year", "position")
        )


class ReportViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Monthly reports. POST writes (and submits) a unit's report; ``consolidate`` and ``review`` are
    the lead unit's and the office's steps."""

    serializer_class = s.ReportSerializer
    filterset_class = ReportFilterSet
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def get_queryset(self) -> QuerySet[Any]:
        if _schema(self):
            return Report.objects.none()
        return (
            selectors.reports_for(self.request.user)
            .filter(task__plan__zone_id=_zone_id(self.request))
            .order_by("year", "month", "task__position", "id")
        )

    def _task_unit(self, data: dict[str, Any]) -> tuple[Task, Unit]:
        zone_id = _zone_id(self.request)
        task = get_object_or_404(Task.objects.select_related("plan"), pk=data["task"], plan__zone_id=zone_id)
        unit = get_object_or_404(Unit, pk=data["unit"], zone_id=zone_id)
        return task, unit

    @extend_schema(
        request={"application/json": s.ReportWriteSerializer, "multipart/form-data": s.ReportWriteSerializer},
        responses=s.ReportSerializer,
    )
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = s.ReportWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        d = data.validated_data
        task, unit = self._task_unit(d)
        report = actions.report_save(
            user=request.user,
            task=task,
            unit=unit,
            year=d["year"],
            month=d["month"],
            submit=d["submit"],
            source="api",
            data=actions.ReportInput(d["progress"], d["progress_value"], d["problems"], d["support_needed"]),
            files=list(d["attachment"]),
        )
        return Response(s.ReportSerializer(report).data, status=status.HTTP_201_CREATED)

    @extend_schema(request={"multipart/form-data": s.AttachmentUploadSerializer}, responses=s.ReportSerializer)
    @action(detail=True, methods=["post"], parser_classes=[MultiPartParser, FormParser])
    def attachments(self, request: Request, pk: str | None = None) -> Response:
        """Upload evidence files (field ``file``, one or more) to a report."""
        data = s.AttachmentUploadSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        report = get_object_or_404(self.get_queryset(), pk=pk)
        actions.report_attach(user=request.user, report=report, files=list(data.validated_data["file"]), source="api")
        report = self.get_queryset().get(pk=report.pk)
        return Response(s.ReportSerializer(report).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=s.ConsolidateSerializer, responses=s.ReportSerializer)
    @action(detail=False, methods=["post"])
    def consolidate(self, request: Request) -> Response:
        data = s.ConsolidateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        d = data.validated_data
        task, unit = self._task_unit(d)
        report = actions.report_consolidate(
            user=request.user,
            task=task,
            unit=unit,
            year=d["year"],
            month=d["month"],
            data=actions.ReportInput(progress=d["progress"]),
            source="api",
        )
        return Response(s.ReportSerializer(report).data, status=status.HTTP_201_CREATED)

    @extend_schema(request=s.ReviewSerializer, responses=s.ReportSerializer)
    @action(detail=True, methods=["post"])
    def review(self, request: Request, pk: str | None = None) -> Response:
        data = s.ReviewSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        report = get_object_or_404(Report, pk=pk, task__plan__zone_id=_zone_id(request))
        report = actions.report_review(user=request.user, report=report, source="api", **data.validated_data)
        return Response(s.ReportSerializer(report).data)


class EvaluationViewSet(viewsets.ReadOnlyModelViewSet):
    """Monthly task cards (红黄牌); a reporter sees their own unit's."""

    serializer_class = s.TaskEvaluationSerializer
    filterset_class = EvaluationFilterSet

    def get_queryset(self) -> QuerySet[Any]:
        if _schema(self):
            return TaskEvaluation.objects.none()
        qs = TaskEvaluation.objects.filter(task__plan__zone_id=_zone_id(self.request))
        if not selectors.reads_all_tasks(self.request.user):
            qs = qs.filter(unit_id=getattr(self.request.user, "unit_id", None) or 0)
        return qs.order_by("year", "month", "task_id", "unit_id")


class UnitEvaluationViewSet(viewsets.ReadOnlyModelViewSet):
    """The unit ranking of each month, with 排名靠后."""

    serializer_class = s.UnitEvaluationSerializer

    def get_queryset(self) -> QuerySet[Any]:
        from yuanqu.supervision.models import UnitEvaluation

        if _schema(self):
            return UnitEvaluation.objects.none()
        qs = UnitEvaluation.objects.filter(unit__zone_id=_zone_id(self.request))
        if not selectors.reads_all_tasks(self.request.user):
            qs = qs.filter(unit_id=getattr(self.request.user, "unit_id", None) or 0)
        for key in ("year", "month"):
            if self.request.query_params.get(key, "").isdigit():
                qs = qs.filter(**{key: int(self.request.query_params[key])})
        return qs.order_by("year", "month", "rank")
