from django.urls import path

from nearer.program import views

app_name = "program"

urlpatterns = [
    path("", views.index, name="index"),
    path("safety/", views.safety, name="safety"),
    path("check/", views.check, name="check"),
    path("steps/<slug:step_id>/", views.step, name="step"),
    path("steps/<slug:step_id>/done/", views.step_done, name="step_done"),
    path("reflection/", views.reflection, name="reflection"),
    path("talks/", views.talks, name="talks"),
    path("talks/<str:talk_id>/", views.talk, name="talk"),
    path("talks/<str:talk_id>/delete/", views.talk_delete, name="talk_delete"),
    path("talks/<str:talk_id>/talk.ics", views.talk_ics, name="talk_ics"),
    path("resources/", views.resources, name="resources"),
]
