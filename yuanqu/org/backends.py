"""Login with lockout: after N consecutive failures an account is locked for a while."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone


class LockoutModelBackend(ModelBackend):
    """Django's model backend that refuses a locked account even with the right password."""

    def authenticate(
        self, request: HttpRequest | None, username: str | None = None, password: str | None = None, **kwargs: Any
    ) -> Any:
        user_model = get_user_model()
        if username is not None:
            user = user_model._default_manager.filter(username=username).only("locked_until").first()
            if user and user.locked_until and user.locked_until > timezone.now():
                return None
        return super().authenticate(request, username=username, password=password, **kwargs)


@receiver(user_login_failed)
def _count_failure(sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any) -> None:
    from django.db.models import F

    user_model = get_user_model()
    username = credentials.get("username")
    if not username:
        return
    user_model._default_manager.filter(username=username).update(failed_login_count=F("failed_login_count") + 1)
    user = user_model._default_manager.filter(username=username).first()
    if user and user.failed_login_count >= settings.YUANQU_LOGIN_MAX_FAILURES:
        until = timezone.now() + timedelta(minutes=settings.YUANQU_LOGIN_LOCKOUT_MINUTES)
        user_model._default_manager.filter(pk=user.pk).update(locked_until=until, failed_login_count=0)


@receiver(user_logged_in)
def _reset_failures(sender: Any, user: Any, **kwargs: Any) -> None:
    if user.failed_login_count or user.locked_until:
        type(user)._default_manager.filter(pk=user.pk).update(failed_login_count=0, locked_until=None)
