from typing import Any

from django.http import HttpRequest

from yuanqu.org import access


def access_flags(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    return {
        "can_manage": access.can_manage_catalogue(user) if user.is_authenticated else False,
        "reads_zone_wide": access.reads_zone_wide(user) if user.is_authenticated else False,
    }
