from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from yuanqu.docintel.models import Document, ExtractedItem


class DocumentSerializer(serializers.ModelSerializer):
    class Meta:
        model = Document
        fields = ["id", "filename", "size", "metadata", "status", "created_at"]


class LinkSerializer(serializers.Serializer):
    model = serializers.CharField()
    id = serializers.IntegerField()


class ItemSerializer(serializers.ModelSerializer):
    links = serializers.SerializerMethodField()

    class Meta:
        model = ExtractedItem
        fields = ["id", "type", "data", "original", "start", "end", "state", "links"]

    @extend_schema_field(LinkSerializer(many=True))
    def get_links(self, item: ExtractedItem) -> list[dict[str, object]]:
        return [{"model": link.target_model, "id": link.target_id} for link in item.links.all()]


class UploadSerializer(serializers.Serializer):
    file = serializers.FileField()


class ItemPatchSerializer(serializers.Serializer):
    state = serializers.ChoiceField(choices=["proposed", "accepted", "edited", "dropped"], required=False)
    data = serializers.DictField(required=False)  # type: ignore[assignment]


class ImportSerializer(serializers.Serializer):
    unit = serializers.IntegerField()


class ImportResultSerializer(serializers.Serializer):
    figures = serializers.IntegerField()
    targets = serializers.IntegerField()
    skipped = serializers.IntegerField()
    links = serializers.IntegerField()


class TaskImportSerializer(serializers.Serializer):
    year = serializers.IntegerField(min_value=2000, max_value=2100)
    dry_run = serializers.BooleanField(default=False)


class TaskImportResultSerializer(serializers.Serializer):
    sections = serializers.IntegerField()
    targets = serializers.IntegerField()
    items = serializers.IntegerField()
    units = serializers.ListField(child=serializers.CharField())
    merged = serializers.BooleanField()
    added = serializers.IntegerField()
    updated = serializers.IntegerField()
    unchanged = serializers.IntegerField()
    adjusted = serializers.IntegerField()
    removed = serializers.IntegerField()
    links = serializers.IntegerField()
    dry_run = serializers.BooleanField()
