from django.urls import path

from yuanqu.indicators import views

app_name = "indicators"

urlpatterns = [
    path("", views.OverviewView.as_view(), name="overview"),
    path("indicators/<slug:code>/", views.IndicatorView.as_view(), name="indicator"),
    path("units/", views.UnitListView.as_view(), name="units"),
    path("units/<int:pk>/", views.UnitView.as_view(), name="unit"),
    path("ranking/", views.RankingView.as_view(), name="ranking"),
    path("cards/", views.CardsView.as_view(), name="cards"),
    path("entry/", views.EntryView.as_view(), name="entry"),
    path("figures/<int:pk>/", views.FigureView.as_view(), name="figure"),
    path("import/", views.ImportView.as_view(), name="import"),
    path("targets/", views.TargetListView.as_view(), name="targets"),
    path("targets/set/", views.TargetSetView.as_view(), name="target_set"),
]
