"""API shapes of 督查督办."""

from __future__ import annotations

from rest_framework import serializers

from yuanqu.supervision.models import (
    Goal,
    Report,
    ReportAttachment,
    Task,
    TaskEvaluation,
    TaskUnit,
    UnitEvaluation,
)


class TaskUnitSerializer(serializers.ModelSerializer):
    name = serializers.SerializerMethodField()

    class Meta:
        model = TaskUnit
        fields = ["role", "unit", "group", "name"]

    def get_name(self, obj: TaskUnit) -> str:
        return str(obj.unit or obj.group)


class GoalSerializer(serializers.ModelSerializer):
    class Meta:
        model = Goal
        fields = ["metric", "comparator", "number", "measure", "text"]


class TaskSerializer(serializers.ModelSerializer):
    year = serializers.IntegerField(source="plan.year", read_only=True)
    units = TaskUnitSerializer(source="task_units", many=True, read_only=True)
    goals = GoalSerializer(many=True, read_only=True)

    class Meta:
        model = Task
        fields = [
            "id",
            "year",
            "parent",
            "kind",
            "depth",
            "position",
            "number",
            "title",
            "status",
            "cadence",
            "due_date",
            "indicator_target",
            "units",
            "goals",
        ]


class AttachmentSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    size = serializers.SerializerMethodField()

    class Meta:
        model = ReportAttachment
        fields = ["id", "name", "url", "size", "created_at"]

    def get_url(self, obj: ReportAttachment) -> str:
        return obj.file.url

    def get_size(self, obj: ReportAttachment) -> int | None:
        try:
            return obj.file.size
        except OSError:  # the file is gone from storage
            return None


class AttachmentUploadSerializer(serializers.Serializer):
    file = serializers.ListField(child=serializers.FileField(), min_length=1, help_text="一个或多个附件文件")


class ReportSerializer(serializers.ModelSerializer):
    attachments = AttachmentSerializer(many=True, read_only=True)

    class Meta:
        model = Report
        fields = [
            "id",
            "task",
            "unit",
            "year",
            "month",
            "kind",
            "state",
            "progress",
            "progress_value",
            "problems",
            "support_needed",
            "is_late",
            "submitted_at",
            "consolidated_into",
            "review_comment",
            "reviewed_at",
            "attachments",
        ]


class ReportWriteSerializer(serializers.Serializer):
    task = serializers.IntegerField()
    unit = serializers.IntegerField()
    year = serializers.IntegerField(min_value=2000, max_value=2100)
    month = serializers.IntegerField(min_value=1, max_value=12)
    progress = serializers.CharField(required=False, allow_blank=True, default="")
    progress_value = serializers.DecimalField(
        max_digits=20, decimal_places=4, required=False, allow_null=True, default=None
    )
    problems = serializers.CharField(required=False, allow_blank=True, default="")
    support_needed = serializers.CharField(required=False, allow_blank=True, default="")
    submit = serializers.BooleanField(required=False, default=True)
    attachment = serializers.ListField(
        child=serializers.FileField(),
        required=False,
        default=list,
        help_text="附件（multipart/form-data 上传时可附一个或多个文件）",
    )


class ConsolidateSerializer(serializers.Serializer):
    task = serializers.IntegerField()
    unit = serializers.IntegerField()
    year = serializers.IntegerField(min_value=2000, max_value=2100)
    month = serializers.IntegerField(min_value=1, max_value=12)
    progress = serializers.CharField(required=False, allow_blank=True, default="")


class ReviewSerializer(serializers.Serializer):
    accept = serializers.BooleanField()
    comment = serializers.CharField(required=False, allow_blank=True, default="")


class TaskEvaluationSerializer(serializers.ModelSerializer):
    class Meta:
        model = TaskEvaluation
        fields = ["id", "task", "unit", "year", "month", "card", "score", "pace_pct", "reasons"]


class UnitEvaluationSerializer(serializers.ModelSerializer):
    class Meta:
        model = UnitEvaluation
        fields = ["id", "unit", "year", "month", "card", "green", "yellow", "red", "score", "rank", "is_bottom"]
