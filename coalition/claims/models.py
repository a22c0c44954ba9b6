"""Claims: the money and head-count figures extracted from source documents, each tied to its evidence."""

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from coalition.currencies import CURRENCY_CODES
from coalition.documents.models import SourceDocument
from coalition.partners.models import Country, Partner
from coalition.reviewable import Reviewable, ReviewableQuerySet
from coalition.vocab import (
    FUNDING_STAGES,
    PERSONNEL_STAGES,
    ClaimKind,
    LineOfEffort,
    Period,
    Qualifier,
    ReviewReason,
    Stage,
)


class Line(models.Model):
    """A line of effort, as a row, so that claims can carry several and totals group by them in SQL.

    The rows are exactly ``LineOfEffort``: a migration creates them and a check constraint refuses others.
    """

    code = models.CharField(_("code"), max_length=20, primary_key=True, choices=LineOfEffort.choices)

    class Meta:
        ordering = ["code"]
        verbose_name = _("line of effort")
        verbose_name_plural = _("lines of effort")
        constraints = [models.CheckConstraint(name="line_code_known", condition=Q(code__in=LineOfEffort.values))]

    def __str__(self):
        return str(LineOfEffort(self.code).label)


class ClaimQuerySet(ReviewableQuerySet):
    def funding(self):
        return self.filter(kind=ClaimKind.FUNDING)

    def personnel(self):
        return self.filter(kind=ClaimKind.PERSONNEL)


class Claim(Reviewable):
    """One figure a partner states about its contribution, as extracted and then reviewed.

    ``evidence`` is the exact text ``document.text[evidence_start:evidence_end]``; the database checks this
    (see the migration's triggers), so a published figure can always be shown in its source sentence.
    A breakdown ("of which EUR 15 million in 2017") points to its total through ``parent`` so that totals
    never count both.
    """

    document = models.ForeignKey(
        SourceDocument, on_delete=models.CASCADE, related_name="claims", verbose_name=_("document")
    )
    partner = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="claims", verbose_name=_("partner"))
    kind = models.CharField(_("kind"), max_length=10, choices=ClaimKind.choices)
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=2)
    currency = models.CharField(_("currency"), max_length=3, null=True, blank=True)
    qualifier = models.CharField(_("qualifier"), max_length=12, choices=Qualifier.choices, default=Qualifier.EXACT)
    period = models.CharField(_("period"), max_length=12, choices=Period.choices, null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    since = models.PositiveSmallIntegerField(_("since"), null=True, blank=True)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.UNKNOWN)
    mission = models.CharField(_("mission"), max_length=200, blank=True)
    places = models.ManyToManyField(Country, blank=True, related_name="claims", verbose_name=_("places"))
    lines = models.ManyToManyField(Line, blank=True, related_name="claims", verbose_name=_("lines of effort"))
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="breakdown",
        verbose_name=_("part of"),
    )
    evidence = models.TextField(_("evidence"))
    evidence_start = models.PositiveIntegerField(_("evidence start"))
    evidence_end = models.PositiveIntegerField(_("evidence end"))
    position = models.PositiveIntegerField(_("position in document"), default=0)

    history = HistoricalRecords(m2m_fields=[places, lines])
    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["document", "position"]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        constraints = [
            models.CheckConstraint(name="claim_value_not_negative", condition=Q(value__gte=0)),
            models.CheckConstraint(name="claim_kind_valid", condition=Q(kind__in=ClaimKind.values)),
            models.CheckConstraint(
                name="claim_funding_has_known_currency",
                condition=(Q(kind=ClaimKind.FUNDING) & Q(currency__isnull=False, currency__in=CURRENCY_CODES))
                | (Q(kind=ClaimKind.PERSONNEL) & Q(currency__isnull=True)),
            ),
            models.CheckConstraint(name="claim_qualifier_valid", condition=Q(qualifier__in=Qualifier.values)),
            models.CheckConstraint(
                name="claim_period_valid", condition=Q(period__isnull=True) | Q(period__in=Period.values)
            ),
            models.CheckConstraint(
                name="claim_year_only_for_year_period",
                condition=Q(period__isnull=False, period=Period.YEAR, year__isnull=False, year__gte=1945, year__lte=2100)
                | (Q(year__isnull=True) & (Q(period__isnull=True) | ~Q(period=Period.YEAR))),
            ),
            models.CheckConstraint(
                name="claim_since_only_for_cumulative",
                condition=Q(since__isnull=True)
                | Q(period__isnull=False, period=Period.CUMULATIVE, since__gte=1945, since__lte=2100),
            ),
            models.CheckConstraint(
                name="claim_stage_fits_kind",
                condition=(Q(kind=ClaimKind.FUNDING) & Q(stage__in=[s.value for s in FUNDING_STAGES]))
                | (Q(kind=ClaimKind.PERSONNEL) & Q(stage__in=[s.value for s in PERSONNEL_STAGES])),
            ),
            models.CheckConstraint(
                name="claim_evidence_span_ordered", condition=Q(evidence_end__gt=F("evidence_start"))
            ),
            models.CheckConstraint(name="claim_not_own_parent", condition=~Q(parent=F("id"))),
        ]
        indexes = [
            models.Index(fields=["partner", "status", "kind"], name="claim_partner_status_kind"),
            models.Index(fields=["status", "kind", "period"], name="claim_status_kind_period"),
        ]

    def __str__(self):
        unit = self.currency or _("people")
        return f"{self.get_qualifier_display()} {self.value:,.0f} {unit}"


class ReviewFlag(models.Model):
    """One reason to look twice at one claim, set at ingest: the extractor's, and ``outlier``. A row per reason,
    so that the review queue filters and sorts by them with plain joins on every database. (An unknown date
    is the document's, read from it, never stored here.)"""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="review_flags", verbose_name=_("claim"))
    reason = models.CharField(_("reason"), max_length=24, choices=ReviewReason.choices)

    class Meta:
        ordering = ["claim", "reason"]
        verbose_name = _("review flag")
        verbose_name_plural = _("review flags")
        constraints = [
            models.UniqueConstraint(fields=["claim", "reason"], name="review_flag_once"),
            models.CheckConstraint(name="review_flag_reason_known", condition=Q(reason__in=ReviewReason.values)),
        ]
        indexes = [models.Index(fields=["reason", "claim"], name="review_flag_reason")]

    def __str__(self):
        return f"{self.claim_id}: {self.reason}"
