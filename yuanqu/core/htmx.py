"""HTMX helpers: one check used by list views to return only the table partial."""

from django.http import HttpRequest


def is_htmx(request: HttpRequest) -> bool:
    """True when the request was sent by htmx (and is not a history restore)."""
    return request.headers.get("HX-Request") == "true" and request.headers.get("HX-History-Restore-Request") != "true"
