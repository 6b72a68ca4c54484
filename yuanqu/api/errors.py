"""One error shape for the API: {"detail": "...", "code": "...", "errors": [...]} in Chinese."""

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from yuanqu.core.errors import DomainError, PermissionDenied


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    if isinstance(exc, PermissionDenied):
        return Response(
            {"detail": exc.message, "code": exc.code, "errors": exc.errors}, status=status.HTTP_403_FORBIDDEN
        )
    if isinstance(exc, DomainError):
        return Response(
            {"detail": exc.message, "code": exc.code, "errors": exc.errors}, status=status.HTTP_400_BAD_REQUEST
        )
    if isinstance(exc, DjangoValidationError):
        return Response(
            {"detail": "数据无效", "code": "invalid", "errors": exc.messages}, status=status.HTTP_400_BAD_REQUEST
        )
    return drf_exception_handler(exc, context)
