from django.urls import path

from yuanqu.supervision import views

app_name = "supervision"

urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("mine/", views.MyTableView.as_view(), name="mine"),
    path("units/<int:pk>/", views.UnitTableView.as_view(), name="unit"),
    path("tasks/<int:pk>/", views.TaskView.as_view(), name="task"),
    path("tasks/<int:pk>/report/", views.ReportSubmitView.as_view(), name="report_submit"),
    path("tasks/<int:pk>/consolidate/", views.ConsolidateView.as_view(), name="consolidate"),
    path("tasks/<int:pk>/status/", views.StatusView.as_view(), name="status"),
    path("tasks/<int:pk>/edit/", views.TaskEditView.as_view(), name="task_edit"),
    path("import/", views.TaskImportView.as_view(), name="import"),
    path("settings/", views.SettingsView.as_view(), name="settings"),
    path("settings/groups/<int:pk>/", views.UnitGroupEditView.as_view(), name="group_edit"),
    path("reports/<int:pk>/review/", views.ReviewView.as_view(), name="review"),
    path("attachments/<int:pk>/", views.AttachmentDownloadView.as_view(), name="attachment"),
    path("board/", views.BoardView.as_view(), name="board"),
    path("annual/", views.AnnualView.as_view(), name="annual"),
    path("annual/export/", views.AnnualExportView.as_view(), name="annual_export"),
    path("export/", views.ExportView.as_view(), name="export"),
    path("calendar/", views.CalendarView.as_view(), name="calendar"),
    path("meetings/<int:pk>/", views.MeetingView.as_view(), name="meeting"),
    path("inbox/", views.InboxView.as_view(), name="inbox"),
    path("notices/<int:pk>/reply/", views.NoticeReplyView.as_view(), name="notice_reply"),
]
