from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("yuanqu.api.urls")),
    path("reports/", include("yuanqu.reports.urls")),
    path("supervision/", include("yuanqu.supervision.urls")),
    path("docintel/", include("yuanqu.docintel.urls")),
    path("", include("yuanqu.indicators.urls")),
]
