"""This app's API viewsets, registered on the central router by yuanqu/api/urls.py."""

from rest_framework.routers import DefaultRouter

from yuanqu.docintel.api.views import DocumentViewSet


def register(router: DefaultRouter) -> None:
    """Register this app's viewsets on ``router``."""
    router.register("documents", DocumentViewSet, basename="document")
