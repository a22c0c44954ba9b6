from django.urls import path

from coalition.events import views as event_views

from . import views

app_name = "website"

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("how-we-count/", views.how_we_count, name="how_we_count"),
    path("partners/", views.directory, name="directory"),
    path("partners/<slug:code>/", views.partner_profile, name="partner"),
    path("partners/<slug:code>/changes/", views.partner_changes, name="partner_changes"),
    path("places/<slug:code>/", views.place, name="place"),
    path("places/<slug:code>/figures.csv", views.place_csv, name="place_csv"),
    path("lines/<slug:line>/", views.line, name="line"),
    path("lines/<slug:line>/figures.csv", views.line_csv, name="line_csv"),
    path("events/<slug:slug>/", event_views.event, name="event"),
    path("documents/<str:sha256>/", views.document, name="document"),
    path("documents/<str:sha256>/original", views.document_original, name="document_original"),
]
