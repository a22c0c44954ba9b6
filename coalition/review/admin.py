from django.contrib import admin

from coalition.claims.permissions import Action, partners_user_can

from .admin_policy import ReadOnlyPolicyAdmin
from .models import Editor, Publication


@admin.register(Editor)
class EditorAdmin(admin.ModelAdmin):
    """Roles are set up by superusers only (or with `coalition createuser`)."""

    list_display = ["user", "role"]
    list_filter = ["role"]
    filter_horizontal = ["partners"]

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    has_view_permission = has_change_permission = has_add_permission = has_delete_permission = (
        lambda self, request, obj=None: self.has_module_permission(request)
    )


@admin.register(Publication)
class PublicationAdmin(ReadOnlyPolicyAdmin):
    """Read only: publications are made and restored on the review pages, through the services."""

    list_display = ["partner", "published_at", "published_by", "document", "restored_from"]
    readonly_fields = ["partner", "document", "published_by", "published_at", "restored_from", "note", "snapshot"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(partner__in=partners_user_can(request.user, Action.VIEW_DRAFT))

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)
