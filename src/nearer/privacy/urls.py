from django.urls import path

from nearer.privacy import views

app_name = "privacy"

urlpatterns = [
    path("unlock/", views.unlock, name="unlock"),
    path("recover/", views.recover, name="recover"),
    path("destroy/", views.destroy, name="destroy"),
]
