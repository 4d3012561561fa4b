from django.urls import path

from nearer.couples import views

app_name = "couples"

urlpatterns = [
    path("", views.space, name="space"),
    path("create/", views.create, name="create"),
    path("invitations/", views.invite, name="invite"),
    path("invitations/<uuid:invitation_uid>/revoke/", views.revoke, name="revoke"),
    path("leave/", views.leave, name="leave"),
    path("join/<str:token>/", views.join, name="join"),
    path("welcome/", views.welcome, name="welcome"),
]
