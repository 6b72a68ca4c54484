"""View mixins shared by the apps' pages."""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpRequest

from yuanqu.org.models import Zone
from yuanqu.org.selectors import zone_for


class ZoneMixin(LoginRequiredMixin):
    """A logged-in page of the user's zone; ``zone()`` is 404 while no zone exists."""

    request: HttpRequest

    def zone(self) -> Zone:
        zone = zone_for(self.request.user)
        if zone is None:
            raise Http404("尚未建立开发区")
        return zone
