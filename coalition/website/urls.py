from django.urls import path

from . import views

app_name = "website"

urlpatterns = [
    path("", views.home, name="home"),
    path("partners/<slug:code>/", views.partner_profile, name="partner"),
    path("places/<slug:code>/", views.place, name="place"),
    path("documents/<str:sha256>/", views.document, name="document"),
]
