"""This app's API viewsets, registered on the central router by yuanqu/api/urls.py."""

from rest_framework.routers import DefaultRouter

from yuanqu.supervision.api import views


def register(router: DefaultRouter) -> None:
    """Register this app's viewsets on ``router``."""
    router.register("supervision/tasks", views.TaskViewSet, basename="supervision-task")
    router.register("supervision/reports", views.ReportViewSet, basename="supervision-report")
    router.register("supervision/evaluations", views.EvaluationViewSet, basename="supervision-evaluation")
    router.register("supervision/unit-evaluations", views.UnitEvaluationViewSet, basename="supervision-unit-evaluation")
