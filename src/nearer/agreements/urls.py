from django.urls import path

from nearer.agreements import views, views_today

app_name = "agreements"

urlpatterns = [
    path("today/", views_today.today, name="today"),
    path("agreements/", views.index, name="index"),
    path("agreements/catalogue/", views.catalogue, name="catalogue"),
    path("agreements/new/", views.new, name="new"),
    path("agreements/parking-lot/", views_today.parking_lot, name="parking"),
    path("agreements/parking-lot/<str:topic_id>/talked/", views_today.parking_talked, name="parking_talked"),
    path("agreements/parking-lot/<str:topic_id>/delete/", views_today.parking_delete, name="parking_delete"),
    path("agreements/<str:agreement_id>/", views.detail, name="detail"),
    path("agreements/<str:agreement_id>/respond/", views.respond, name="respond"),
    path("agreements/<str:agreement_id>/agreement.ics", views.agreement_ics, name="ics"),
    path("agreements/<str:agreement_id>/status/", views.set_status, name="status"),
    path("agreements/<str:agreement_id>/mark/", views_today.mark, name="mark"),
    path("agreements/<str:agreement_id>/pause/", views_today.pause_start, name="pause_start"),
    path("agreements/<str:agreement_id>/pause/end/", views_today.pause_end, name="pause_end"),
]
