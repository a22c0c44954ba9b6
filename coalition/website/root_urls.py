"""URLs outside the language prefix: the bare root sends visitors to their language."""

from django.urls import path

from . import views

urlpatterns = [
    path("", views.root_redirect, name="root"),
]
