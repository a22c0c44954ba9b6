"""Editorial roles: an account may change a partner's data only through an ``Editor`` row."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from coalition.partners.models import Partner


class Role(models.TextChoices):
    SECRETARIAT = "secretariat", _("secretariat editor")
    PARTNER_EDITOR = "partner-editor", _("partner editor")


class Editor(models.Model):
    """An account's editorial role. Without one, a signed-in account may change nothing.

    A secretariat editor covers every partner; a partner editor only the partners listed in ``partners``.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editor", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    partners = models.ManyToManyField(
        Partner, blank=True, related_name="editors", verbose_name=_("partners"),
        help_text=_("Only for partner editors: the partners they may edit."),
    )

    class Meta:
        verbose_name = _("editor")
        verbose_name_plural = _("editors")
        constraints = [models.CheckConstraint(name="editor_role_valid", condition=Q(role__in=Role.values))]

    def __str__(self):
        return f"{self.user} ({self.get_role_display()})"
