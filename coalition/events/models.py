"""A giver a document names that is not a partner yet, and the events (pledging conferences) documents report.

A document that names many partners may name a giver the ledger does not know ("Hungary", "the Abu Dhabi Fund").
Nothing is created silently: ingest keeps the giver as a ``ProposedPartner`` holding its extracted claims, and the
secretariat confirms it as a new partner or maps it to an existing one; only then are its claims stored as drafts.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from coalition.documents.models import SourceDocument
from coalition.partners.models import Country, Partner


class ProposalStatus(models.TextChoices):
    PROPOSED = "proposed", _("proposed")
    CONFIRMED = "confirmed", _("confirmed as a new partner")
    MAPPED = "mapped", _("mapped to an existing partner")
    REJECTED = "rejected", _("rejected")


class ProposedPartner(models.Model):
    """A giver named in one document that is no partner yet, with the claims waiting for it."""

    document = models.ForeignKey(
        SourceDocument, on_delete=models.CASCADE, related_name="proposed_partners", verbose_name=_("document")
    )
    code = models.CharField(_("code"), max_length=40, help_text=_("An ISO 3166-1 code or an organisation's slug."))
    name = models.CharField(_("name"), max_length=200)
    #: The extracted claims of this giver, in the claims JSON with evidence offsets, stored once decided.
    claims = models.JSONField(_("claims waiting"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ProposalStatus.choices, default=ProposalStatus.PROPOSED
    )
    partner = models.ForeignKey(
        Partner, on_delete=models.PROTECT, null=True, blank=True, related_name="proposals",
        verbose_name=_("partner"),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["status", "code", "pk"]
        verbose_name = _("proposed partner")
        verbose_name_plural = _("proposed partners")
        constraints = [
            models.UniqueConstraint(fields=["document", "code"], name="proposal_once_per_document"),
            models.CheckConstraint(name="proposal_status_known", condition=Q(status__in=ProposalStatus.values)),
            models.CheckConstraint(
                name="proposal_decided_has_partner",
                condition=Q(status__in=[ProposalStatus.PROPOSED, ProposalStatus.REJECTED])
                | Q(partner__isnull=False),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"


class Event(models.Model):
    """A pledging conference or similar meeting: where and when, and the documents that report it."""

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name = models.CharField(_("name"), max_length=300)
    place = models.ForeignKey(
        Country, on_delete=models.PROTECT, null=True, blank=True, related_name="+", verbose_name=_("place")
    )
    city = models.CharField(_("city"), max_length=100, blank=True)
    held_on = models.DateField(_("date"))
    documents = models.ManyToManyField(SourceDocument, related_name="events", blank=True, verbose_name=_("documents"))

    class Meta:
        ordering = ["-held_on", "slug"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("website:event", kwargs={"slug": self.slug})
