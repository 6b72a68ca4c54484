from django.urls import path

from yuanqu.docintel import views

app_name = "docintel"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("<int:pk>/", views.ReviewView.as_view(), name="review"),
    path("<int:pk>/items/<int:item_pk>/", views.ItemView.as_view(), name="item"),
    path("<int:pk>/import/", views.ImportView.as_view(), name="import"),
    path("<int:pk>/import-tasks/", views.TaskImportView.as_view(), name="import_tasks"),
]
