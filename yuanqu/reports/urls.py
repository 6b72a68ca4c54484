from django.urls import path

from yuanqu.reports import views

app_name = "reports"

urlpatterns = [
    path("", views.bulletin_index, name="index"),
    path("bulletin/", views.bulletin_download, name="bulletin"),
]
