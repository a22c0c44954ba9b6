from django.contrib.auth import views as auth_views
from django.urls import path

from . import views

app_name = "review"

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(template_name="review/login.html"), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", views.dashboard, name="dashboard"),
    path("queue/", views.queue, name="queue"),
    path("proposals/", views.proposals, name="proposals"),
    path("proposals/<int:pk>/decide/", views.proposal_decide, name="proposal_decide"),
    path("partners/<str:code>/", views.partner, name="partner"),
    path("partners/<str:code>/upload/", views.upload, name="upload"),
    path("partners/<str:code>/publish/", views.publish, name="publish"),
    path("partners/<str:code>/history/", views.history, name="history"),
    path("partners/<str:code>/restore/<int:publication_id>/", views.restore, name="restore"),
    path("documents/<str:sha256>/", views.document, name="document"),
    path("documents/<str:sha256>/date/", views.document_date, name="document_date"),
    path("documents/<str:sha256>/accept-all/", views.accept_all, name="accept_all"),
    path("claims/<int:pk>/review/", views.claim_review, name="claim_review"),
    path("claims/<int:pk>/edit/", views.claim_edit_view, name="claim_edit"),
    path("pieces/<str:kind>/<int:pk>/review/", views.piece_review, name="piece_review"),
    path("pieces/<str:kind>/<int:pk>/edit/", views.piece_edit_view, name="piece_edit"),
    path("pieces/<str:kind>/<int:pk>/translate/", views.piece_translate_view, name="piece_translate"),
]
