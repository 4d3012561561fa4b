from django.urls import path

from nearer.coach import views

app_name = "coach"

urlpatterns = [
    path("", views.index, name="index"),
    path("review/", views.review, name="review"),
    path("drafts/", views.drafts, name="drafts"),
    path("drafts/<str:draft_id>/", views.draft, name="draft"),
    path("drafts/<str:draft_id>/delete/", views.draft_delete, name="draft_delete"),
]
