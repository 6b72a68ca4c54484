"""The central API router: each app's viewsets, token login, schema and docs (served locally)."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from yuanqu.api.auth import ObtainTokenView
from yuanqu.docintel.api import routes as docintel_routes
from yuanqu.indicators.api import views as indicators
from yuanqu.supervision.api import routes as supervision_routes

router = DefaultRouter()
router.register("indicators", indicators.IndicatorViewSet, basename="indicator")
router.register("units", indicators.UnitViewSet, basename="unit")
router.register("targets", indicators.TargetViewSet, basename="target")
router.register("figures", indicators.FigureViewSet, basename="figure")
router.register("assessments", indicators.AssessmentViewSet, basename="assessment")
supervision_routes.register(router)
docintel_routes.register(router)

urlpatterns = [
    path("auth/token/", ObtainTokenView.as_view(), name="api-token"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema"), name="api-redoc"),
    path("", include(router.urls)),
]
