"""The project URLs with the reports app mounted at /reports/, for view tests run before
config/urls.py includes it (and harmless after)."""

from django.urls import include, path

from config.urls import urlpatterns as project_urlpatterns

urlpatterns = list(project_urlpatterns)
if not any(getattr(p, "namespace", None) == "reports" for p in urlpatterns):
    urlpatterns.append(path("reports/", include("yuanqu.reports.urls")))
