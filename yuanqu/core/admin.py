from typing import Any

from django.contrib import admin

from yuanqu.core.models import ChangeLog


@admin.register(ChangeLog)
class ChangeLogAdmin(admin.ModelAdmin):
    list_display = ["at", "user", "action", "model", "object_repr", "source"]
    list_filter = ["model", "action", "source"]
    search_fields = ["object_repr"]

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False
