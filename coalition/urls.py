from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/v1/", include("coalition.api.urls")),
    path("review/", include("coalition.review.urls")),
    path("", include("coalition.health.urls")),
    path("", include("coalition.website.root_urls")),
]
urlpatterns += i18n_patterns(
    path("", include("coalition.website.urls")),
    prefix_default_language=True,
)

handler400 = "coalition.website.views.bad_request"
handler403 = "coalition.website.views.permission_denied"
handler404 = "coalition.website.views.page_not_found"
handler500 = "coalition.website.views.server_error"
