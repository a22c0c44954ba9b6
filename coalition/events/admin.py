"""Events in the admin, for the secretariat: name, place, date and the documents that report them.

Proposed partners are decided on ``/review/proposals/`` (through the services); the admin only lists them."""

from django.contrib import admin

from coalition.admin_base import NoWritesAdmin
from coalition.editorial.policy_admin import SecretariatOnly

from .models import Event, ProposedPartner


@admin.register(Event)
class EventAdmin(SecretariatOnly, admin.ModelAdmin):
    list_display = ("name", "held_on", "place", "city")
    search_fields = ("name", "slug", "city")
    prepopulated_fields = {"slug": ("name",)}
    raw_id_fields = ("documents",)

    def has_add_permission(self, request):
        return self.has_module_permission(request)

    def has_change_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_delete_permission(self, request, obj=None):
        return self.has_module_permission(request)


@admin.register(ProposedPartner)
class ProposedPartnerAdmin(SecretariatOnly, NoWritesAdmin, admin.ModelAdmin):
    list_display = ("name", "code", "status", "document", "partner", "decided_by", "decided_at")
    list_filter = ("status",)
    readonly_fields = [field.name for field in ProposedPartner._meta.fields]
