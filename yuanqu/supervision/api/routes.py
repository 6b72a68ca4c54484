"""This app's API viewsets, registered on the central router by yuanqu/api/urls.py."""

from rest_framework.routers import DefaultRouter


def register(router: DefaultRouter) -> None:
    """Register this app's viewsets on ``router``."""
