from django.contrib import admin

from coalition.editorial.permissions import Action, partners_user_can
from coalition.editorial.policy_admin import PolicyAdmin, ReadOnlyPolicyAdmin

from .models import Publication
from .services import EDITABLE_FIELDS, piece_accept, piece_edit, piece_reject


class PieceAdmin(PolicyAdmin):
    list_display = ["__str__", "partner", "status", "version"]
    list_filter = ["status", "partner"]
    target = "piece"
    edit_service = staticmethod(piece_edit)
    accept_service = staticmethod(piece_accept)
    reject_service = staticmethod(piece_reject)


for model, fields in EDITABLE_FIELDS.items():
    admin.site.register(model, type(f"{model.__name__}Admin", (PieceAdmin,), {"editable_fields": fields}))


@admin.register(Publication)
class PublicationAdmin(ReadOnlyPolicyAdmin):
    """Read only: publications are made and restored on the review pages, through the services."""

    list_display = ["partner", "published_at", "published_by", "document", "restored_from"]
    readonly_fields = ["partner", "document", "published_by", "published_at", "restored_from", "note", "snapshot"]

    def get_queryset(self, request):
        return super().get_queryset(request).filter(partner__in=partners_user_can(request.user, Action.VIEW_DRAFT))

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)
