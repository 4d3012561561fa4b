from django.urls import path

from nearer.practice import need_views, tuneup_views, views

app_name = "practice"

urlpatterns = [
    path("log/", views.log_index, name="log"),
    path("log/<str:entry_id>/", views.log_detail, name="log_detail"),
    path("log/<str:entry_id>/visibility/", views.log_visibility, name="log_visibility"),
    path("log/<str:entry_id>/delete/", views.log_delete, name="log_delete"),
    path("tune-up/", tuneup_views.tuneup, name="tuneup"),
    path("tune-up/weeks/", tuneup_views.tuneup_history, name="tuneup_history"),
    path("tune-up/weeks/<str:week>/", tuneup_views.tuneup_week, name="tuneup_week"),
    path("tune-up/weeks/<str:week>/delete/", tuneup_views.tuneup_delete, name="tuneup_delete"),
    path("needs/", need_views.needs, name="needs"),
    path("needs/<str:need_id>/", need_views.need_detail, name="need_detail"),
    path("needs/<str:need_id>/active/", need_views.need_active, name="need_active"),
    path("needs/<str:need_id>/visibility/", need_views.need_visibility, name="need_visibility"),
    path("needs/<str:need_id>/delete/", need_views.need_delete, name="need_delete"),
]
