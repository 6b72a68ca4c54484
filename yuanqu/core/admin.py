from typing import Any

from django.contrib import admin

from yuanqu.core.models import ChangeLog


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records that change only through the actions (entry, import, API): shown, never edited here."""

    def has_add_permission(self, request: Any) -> bool:
        return False

    def has_change_permission(self, request: Any, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: Any, obj: Any = None) -> bool:
        return False


@admin.register(ChangeLog)
class ChangeLogAdmin(ReadOnlyAdmin):
    list_display = ["at", "user", "action", "model", "object_repr", "source"]
    list_filter = ["model", "action", "source"]
    search_fields = ["object_repr"]
