from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.utils.translation import gettext_lazy as _

from yuanqu.org.models import Unit, User, Zone


@admin.register(Zone)
class ZoneAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "code", "is_demo"]


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "zone", "type", "parent", "sort_order", "is_active"]
    list_filter = ["zone", "type", "is_active"]
    search_fields = ["name", "short_name"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    list_display = ["username", "first_name", "unit", "role", "is_active", "locked_until"]
    list_filter = ["role", "is_active", "unit__zone"]
    fieldsets = [
        *(DjangoUserAdmin.fieldsets or ()),
        (_("园区"), {"fields": ["unit", "role", "phone", "failed_login_count", "locked_until"]}),
    ]
