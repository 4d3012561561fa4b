from django.urls import path

from nearer.pages import views

app_name = "pages"

urlpatterns = [
    path("", views.welcome, name="welcome"),
    path("home/", views.home, name="home"),
    path("privacy/", views.privacy, name="privacy"),
    path("help/", views.help_page, name="help"),
    path("quick-exit/logout/", views.quick_logout, name="quick_logout"),
    path("favicon.ico", views.favicon, name="favicon"),
]
