"""Top-level routes: each feature app owns its own urls module."""

from django.urls import include, path

from nearer.config.api import api

urlpatterns = [
    path("", include("nearer.pages.urls")),
    path("accounts/", include("nearer.accounts.urls")),
    path("couple/", include("nearer.couples.urls")),
    path("private-space/", include("nearer.privacy.urls")),
    path("journal/", include("nearer.journal.urls")),
    path("program/", include("nearer.program.urls")),
    path("coach/", include("nearer.coach.urls")),
    path("", include("nearer.agreements.urls")),
    path("practice/", include("nearer.practice.urls")),
    path("reminders/", include("nearer.reminders.urls")),
    path("api/v1/", api.urls),
]

handler400 = "nearer.pages.views.bad_request"
handler403 = "nearer.pages.views.forbidden"
handler404 = "nearer.pages.views.not_found"
handler500 = "nearer.pages.views.server_error"
