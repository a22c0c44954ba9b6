"""A record of every publication of a partner's profile."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from coalition.documents.models import SourceDocument
from coalition.partners.models import Partner


class Publication(models.Model):
    """One publication of a partner's profile: who, when, from which factsheet, and exactly what was public.

    ``snapshot`` holds the accepted claims and profile pieces as they were published, so that a later
    factsheet can be compared with it and the profile can be put back to it.
    """

    partner = models.ForeignKey(
        Partner, on_delete=models.PROTECT, related_name="publications", verbose_name=_("partner")
    )
    document = models.ForeignKey(
        SourceDocument, on_delete=models.SET_NULL, null=True, blank=True, related_name="publications",
        verbose_name=_("document"),
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+",
        verbose_name=_("published by"),
    )
    published_at = models.DateTimeField(_("published at"), auto_now_add=True)
    restored_from = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("restored from"),
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    snapshot = models.JSONField(_("snapshot"))

    class Meta:
        ordering = ["-published_at", "-id"]
        get_latest_by = ["published_at", "id"]
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    def __str__(self):
        return f"{self.partner} @ {self.published_at:%Y-%m-%d %H:%M}"
