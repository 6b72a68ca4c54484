"""The one application error type. Views, the API and commands render it in Chinese."""

from __future__ import annotations


class DomainError(Exception):
    """A rule of the zone's work was broken; ``message`` is shown to the user as is.

    ``errors`` optionally lists several row-level messages (an import), each already worded
    as ``第 N 行「列名」: 原因``.
    """

    def __init__(self, message: str, *, code: str = "invalid", errors: list[str] | None = None):
        super().__init__(message)
        self.message = message
        self.code = code
        self.errors = errors or []


class PermissionDenied(DomainError):
    """The user's role or unit does not allow this write."""

    def __init__(self, message: str = "无权执行此操作"):
        super().__init__(message, code="permission_denied")
