"""The admin of who edits what: editors and their roles (superusers only), and the partners themselves with
the profile facts ingest proposed for them (the secretariat only).

Partner editors keep to the review pages. A country may be typed as its ISO code or its name, as with
`coalition partner add`.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from coalition.admin_base import NoWritesAdmin
from coalition.errors import PartnerError
from coalition.partners.models import Partner, PartnerKind, ProfileFact
from coalition.partners.services import country_code, fact_accept, fact_reject, partner_save

from .models import Editor
from .policy_admin import SecretariatOnly


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


class PartnerForm(forms.ModelForm):
    class Meta:
        model = Partner
        fields = ["kind", "code", "organisation_name", "organisation_name_fr", "organisation_name_ar",
                  "founding_member", "joined_on", "joined_precision"]

    def clean(self):
        data = super().clean()
        code = data.get("code") or ""
        if data.get("kind") == PartnerKind.COUNTRY and code:
            try:
                data["code"] = self.instance.code = country_code(code)
            except PartnerError as error:
                self.add_error("code", error.message)
        elif code:
            data["code"] = self.instance.code = code.strip().lower()
        return data


@admin.register(Partner)
class PartnerAdmin(SecretariatOnly, SimpleHistoryAdmin):
    form = PartnerForm
    list_display = ["code", "kind", "__str__", "founding_member", "joined_on", "joined_precision"]
    list_filter = ["kind", "founding_member"]
    search_fields = ["code", "organisation_name", "organisation_name_fr", "organisation_name_ar"]

    def get_readonly_fields(self, request, obj=None):
        return ["kind", "code"] if obj is not None else []

    def has_add_permission(self, request):
        return self.has_module_permission(request)

    def has_change_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False  # a partner's claims and history hang on it

    def save_model(self, request, obj, form, change):
        """Through the partners' one write, which records the account and what it did: added, edited, or put back
        to an earlier version from the history page."""
        if not change:
            event = "partners.partner.added"
        elif request.resolver_match.url_name.endswith("_simple_history"):
            event = "partners.partner.restored"
        else:
            event = "partners.partner.edited"
        try:
            partner_save(obj, actor=request.user, event=event)
        except PartnerError as error:
            raise PermissionDenied(error.message) from error


@admin.register(ProfileFact)
class ProfileFactAdmin(SecretariatOnly, NoWritesAdmin, SimpleHistoryAdmin):
    """Facts that ingest proposed: the secretariat accepts (the partner changes) or rejects them."""

    list_display = ["partner", "summary", "source", "status", "created_at"]
    list_filter = ["status"]
    actions = ["accept_selected", "reject_selected"]

    @admin.action(description=_("Accept the selected facts"))
    def accept_selected(self, request, queryset):
        self._decide(request, queryset, fact_accept)

    @admin.action(description=_("Reject the selected facts"))
    def reject_selected(self, request, queryset):
        self._decide(request, queryset, fact_reject)

    def _decide(self, request, queryset, service):
        for fact in queryset:
            try:
                service(fact=fact, actor=request.user)
            except PartnerError as error:
                self.message_user(request, error.message, messages.WARNING)
