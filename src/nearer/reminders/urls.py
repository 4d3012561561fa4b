from django.urls import path

from nearer.reminders import views

app_name = "reminders"

urlpatterns = [
    path("", views.index, name="index"),
    path("calendar-link/", views.feed_create, name="feed_create"),
    path("calendar-link/revoke/", views.feed_revoke, name="feed_revoke"),
    path("email/", views.email, name="email"),
    path("feed/<str:token>/nearer.ics", views.feed, name="feed"),
]
