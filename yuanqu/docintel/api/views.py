"""API of document intelligence: upload a document (it is read at once), list its items, correct or
drop an item, import the facts into figures and targets and a target-task table into supervision
tasks. Writes go through the actions."""

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

from yuanqu.core.errors import DomainError
from yuanqu.docintel import actions
from yuanqu.docintel.api import serializers as s
from yuanqu.docintel.models import Document
from yuanqu.org.models import Unit
from yuanqu.org.selectors import zone_for


class DocumentViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Documents of the user's zone. POST (multipart ``file``) uploads and reads one."""

    serializer_class = s.DocumentSerializer
    parser_classes = [MultiPartParser, FormParser, JSONParser]

    queryset = Document.objects.none()  # the schema's model; requests use get_queryset

    def get_queryset(self) -> QuerySet[Any]:
        if getattr(self, "swagger_fake_view", False):
            return Document.objects.none()
        return Document.objects.filter(zone=zone_for(self.request.user)).order_by("-created_at", "-id")

    @extend_schema(request={"multipart/form-data": s.UploadSerializer}, responses=s.DocumentSerializer)
    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        data = s.UploadSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        upload = data.validated_data["file"]
        if upload.size > actions.max_bytes():
            raise DomainError(f"文件过大：上限 {actions.max_bytes() / 1024 / 1024:.0f} MB", code="too_large")
        zone = zone_for(request.user)
        if zone is None:
            raise DomainError("尚未建立开发区")
        document = actions.document_upload(user=request.user, zone=zone, filename=upload.name, data=upload.read())
        return Response(s.DocumentSerializer(document).data, status=status.HTTP_201_CREATED)

    @extend_schema(responses=s.ItemSerializer(many=True))
    @action(detail=True, methods=["get"])
    def items(self, request: Request, pk: str | None = None) -> Response:
        document = self.get_object()
        items = document.items.prefetch_related("links").order_by("start", "position")
        return Response(s.ItemSerializer(items, many=True).data)

    @extend_schema(request=s.ItemPatchSerializer, responses=s.ItemSerializer)
    @action(detail=True, methods=["patch"], url_path=r"items/(?P<item_pk>\d+)")
    def item(self, request: Request, pk: str | None = None, item_pk: str | None = None) -> Response:
        document = self.get_object()
        item = get_object_or_404(document.items, pk=item_pk)
        data = s.ItemPatchSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        actions.item_update(
            user=request.user, item=item, state=data.validated_data.get("state"), data=data.validated_data.get("data")
        )
        return Response(s.ItemSerializer(item).data)

    @extend_schema(request=s.ImportSerializer, responses=s.ImportResultSerializer)
    @action(detail=True, methods=["post"], url_path="import")
    def import_items(self, request: Request, pk: str | None = None) -> Response:
        document = self.get_object()
        data = s.ImportSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        unit = get_object_or_404(Unit, pk=data.validated_data["unit"], zone=document.zone)
        return Response(actions.items_import(user=request.user, document=document, unit=unit))

    @extend_schema(request=s.TaskImportSerializer, responses=s.TaskImportResultSerializer)
    @action(detail=True, methods=["post"], url_path="import-tasks")
    def import_tasks(self, request: Request, pk: str | None = None) -> Response:
        """Import the document's target-task table into the year's supervision tasks (all or nothing;
        ``dry_run`` checks only)."""
        document = self.get_object()
        data = s.TaskImportSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return Response(actions.tasks_import(user=request.user, document=document, **data.validated_data))
