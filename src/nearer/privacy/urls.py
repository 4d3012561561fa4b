from django.urls import path

from nearer.privacy import views

app_name = "privacy"

urlpatterns = [
    path("unlock/", views.unlock, name="unlock"),
    path("recover/", views.recover, name="recover"),
    path("destroy/", views.destroy, name="destroy"),
    path("recovery-key/", views.recovery_key, name="recovery_key"),
    path("recovery-key/download/", views.recovery_key_download, name="recovery_key_download"),
    path("recovery-key/new/", views.recovery_key_new, name="recovery_key_new"),
]
