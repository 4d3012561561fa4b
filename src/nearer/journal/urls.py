from django.urls import path

from nearer.journal import views

app_name = "journal"

urlpatterns = [
    path("", views.index, name="index"),
    path("wins/", views.wins, name="wins"),
    path("<str:entry_id>/", views.detail, name="detail"),
    path("<str:entry_id>/visibility/", views.visibility, name="visibility"),
    path("<str:entry_id>/delete/", views.delete, name="delete"),
]
