from django.contrib import admin

from coalition.editorial.permissions import Action, rows_user_can
from coalition.editorial.policy_admin import ReadOnlyPolicyAdmin

from .models import SourceDocument


@admin.register(SourceDocument)
class SourceDocumentAdmin(ReadOnlyPolicyAdmin):
    """Read only: documents come in through ingest and are never edited, so every claim's evidence holds."""

    list_display = ["__str__", "partner", "as_of", "as_of_source", "language", "media_type", "size", "added_by"]
    list_filter = ["partner", "media_type", "as_of_source", "language"]
    exclude = ["original"]
    readonly_fields = [
        "sha256", "partner", "size", "filename", "media_type", "title", "source_url", "language", "as_of",
        "as_of_source", "added_by", "added_at", "text",
    ]

    def get_queryset(self, request):
        return rows_user_can(request.user, Action.VIEW_DRAFT, SourceDocument).defer("original")
