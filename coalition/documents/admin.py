from django.contrib import admin

from coalition.claims.permissions import Action, documents_user_can, partners_user_can, user_can
from coalition.review.admin_policy import NotFoundOutsidePolicy

from .models import SourceDocument


@admin.register(SourceDocument)
class SourceDocumentAdmin(NotFoundOutsidePolicy, admin.ModelAdmin):
    """Read only: documents come in through ingest and are never edited, so every claim's evidence holds."""

    list_display = ["__str__", "partner", "as_of", "media_type", "size", "added_by"]
    list_filter = ["partner", "media_type"]
    exclude = ["original"]
    readonly_fields = [
        "sha256", "partner", "size", "filename", "media_type", "title", "source_url", "language", "as_of", "added_by",
        "added_at", "text",
    ]

    def get_queryset(self, request):
        return documents_user_can(request.user, Action.VIEW_DRAFT).defer("original")

    def has_module_permission(self, request):
        user = request.user
        return user.is_active and user.is_staff and partners_user_can(user, Action.VIEW_DRAFT).exists()

    def has_view_permission(self, request, obj=None):
        if obj is None:
            return self.has_module_permission(request)
        return request.user.is_staff and user_can(request.user, Action.VIEW_DRAFT, obj)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
