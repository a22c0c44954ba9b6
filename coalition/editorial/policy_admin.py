"""Admin pages that obey the editorial policy and write only through the services.

Staff accounts see in the admin exactly the rows the policy gives them; saving a change form calls the
same ``*_edit`` service as the review pages (version-checked, with history), and the list actions call
``*_accept`` / ``*_reject``. Nothing is added or deleted from the admin: documents come in through ingest,
and a row's history is kept.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminURLFieldWidget
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from coalition.admin_base import NoWritesAdmin
from coalition.errors import CoalitionError

from .permissions import Action, is_secretariat, partners_user_can, rows_user_can, user_can


class VersionedAdminForm(forms.ModelForm):
    """Carries the version the editor loaded, so that a stale save is refused before anything is written."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "version" in self.fields:
            self.fields["version"].widget = forms.HiddenInput()

    def clean(self):
        data = super().clean()
        if self.instance.pk is not None:
            current = type(self.instance).objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if data.get("version") != current:
                raise forms.ValidationError(
                    _("Someone else saved this record while you were editing it; reload the page.")
                )
        return data


class SecretariatOnly:
    """Admin mixin: the module is for staff accounts of the secretariat (and superusers) only."""

    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_staff and is_secretariat(request.user)

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)


class NotFoundOutsidePolicy:
    """Admin mixin: a row outside the policy's queryset is not found (404), as on the review pages, and the
    module shows only to staff who may see some partner's drafts."""

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is None:
            raise Http404
        return obj

    def has_module_permission(self, request):
        user = request.user
        return user.is_active and user.is_staff and partners_user_can(user, Action.VIEW_DRAFT).exists()

    def has_view_permission(self, request, obj=None):
        if obj is None:
            return self.has_module_permission(request)
        return request.user.is_staff and user_can(request.user, Action.VIEW_DRAFT, obj)


class ReadOnlyPolicyAdmin(NotFoundOutsidePolicy, NoWritesAdmin, admin.ModelAdmin):
    """Rows made elsewhere (by ingest, by publishing) are shown here, never added, changed or deleted."""


class PolicyAdmin(NotFoundOutsidePolicy, admin.ModelAdmin):
    """Base for the admin of claims and profile pieces."""

    form = VersionedAdminForm
    formfield_overrides = {models.URLField: {"widget": AdminURLFieldWidget, "assume_scheme": "https"}}
    editable_fields: tuple[str, ...] = ()
    # Set by subclasses: the services, and the keyword they take the row by ("claim" or "piece").
    target = "claim"
    edit_service = accept_service = reject_service = None
    actions = ["accept_selected", "reject_selected"]
    list_filter = ["status"]

    def get_queryset(self, request):
        return rows_user_can(request.user, Action.VIEW_DRAFT, self.model).select_related("partner")

    def get_fields(self, request, obj=None):
        return [*self.editable_fields, "version"]

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return self.has_module_permission(request)
        return request.user.is_staff and user_can(request.user, Action.EDIT, obj)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        fresh = self.get_queryset(request).get(pk=obj.pk)
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in self.editable_fields}
        try:
            self.edit_service(
                **{self.target: fresh}, actor=request.user, expected_version=form.cleaned_data["version"], **changes
            )
        except CoalitionError as error:
            self.message_user(request, error.message, messages.ERROR)
            raise PermissionDenied(error.message) from error

    def save_related(self, request, form, formsets, change):
        """Many-to-many fields were saved by the service, inside its version check."""

    def _review_selected(self, request, queryset, service):
        done = refused = 0
        for obj in queryset:
            try:
                service(**{self.target: obj}, actor=request.user)
            except (CoalitionError, PermissionDenied):
                refused += 1
            else:
                done += 1
        changed = ngettext("%(count)d row changed.", "%(count)d rows changed.", done) % {"count": done}
        self.message_user(request, changed)
        if refused:
            self.message_user(request, _("%(count)d rows were refused.") % {"count": refused}, messages.WARNING)

    @admin.action(description=_("Accept the selected rows"))
    def accept_selected(self, request, queryset):
        self._review_selected(request, queryset, self.accept_service)

    @admin.action(description=_("Reject the selected rows"))
    def reject_selected(self, request, queryset):
        self._review_selected(request, queryset, self.reject_service)
