"""The prose parts of a partner's profile: statements, headline figures, a quote, media links, social handles.

Like claims, each piece is a draft until an editor accepts it, and every change is kept in its history.
"""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.partners.models import Partner
from coalition.reviewable import Reviewable
from coalition.vocab import LineOfEffort


class ProfilePiece(Reviewable):
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="%(class)ss")
    document = models.ForeignKey(
        SourceDocument,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="%(class)ss",
        help_text=_("The factsheet this piece was taken from, if any."),
    )
    position = models.PositiveIntegerField(_("position"), default=0)

    class Meta:
        abstract = True
        ordering = ["partner", "position"]


class Statement(ProfilePiece):
    """A bullet of prose under one line of effort, with its place in the source text."""

    line = models.CharField(_("line of effort"), max_length=20, choices=LineOfEffort.choices)
    text = models.TextField(_("text"))
    evidence_start = models.PositiveIntegerField(_("start in source"), null=True, blank=True)
    evidence_end = models.PositiveIntegerField(_("end in source"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta(ProfilePiece.Meta):
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        constraints = [
            models.CheckConstraint(name="statement_line_known", condition=Q(line__in=LineOfEffort.values)),
            models.CheckConstraint(name="statement_not_empty", condition=~Q(text="")),
            models.CheckConstraint(
                name="statement_span_complete_and_ordered",
                condition=Q(evidence_start__isnull=True, evidence_end__isnull=True)
                | Q(document__isnull=False, evidence_end__gt=F("evidence_start")),
            ),
        ]

    def __str__(self):
        return self.text[:80]


class HeadlineFigure(ProfilePiece):
    """A headline tile such as "110 troops". When the number is missing from the source, ``value`` stays
    empty and the figure is flagged ``incomplete``: the site says so instead of guessing."""

    label = models.CharField(_("label"), max_length=300, help_text=_('The words beside the number, e.g. "troops".'))
    value = models.DecimalField(_("value"), max_digits=20, decimal_places=2, null=True, blank=True)
    unit = models.CharField(_("unit"), max_length=20, blank=True, help_text=_("A currency code, or empty for people."))
    incomplete = models.BooleanField(_("number missing in source"), default=False)
    claim = models.ForeignKey(
        Claim, on_delete=models.SET_NULL, null=True, blank=True, related_name="headlines", verbose_name=_("claim")
    )
    source_text = models.CharField(_("source text"), max_length=500, blank=True)

    history = HistoricalRecords()

    class Meta(ProfilePiece.Meta):
        verbose_name = _("headline figure")
        verbose_name_plural = _("headline figures")
        constraints = [
            models.CheckConstraint(
                name="headline_incomplete_iff_no_value",
                condition=Q(incomplete=True, value__isnull=True) | Q(incomplete=False, value__isnull=False),
            ),
            models.CheckConstraint(
                name="headline_value_not_negative", condition=Q(value__isnull=True) | Q(value__gte=0)
            ),
        ]

    def __str__(self):
        return f"{self.value if self.value is not None else '?'} {self.label}"


class Quote(ProfilePiece):
    text = models.TextField(_("text"))
    speaker = models.CharField(_("speaker"), max_length=200)
    role = models.CharField(_("role"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta(ProfilePiece.Meta):
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")
        constraints = [models.CheckConstraint(name="quote_not_empty", condition=~Q(text=""))]

    def __str__(self):
        return f"{self.speaker}: {self.text[:60]}"


class MediaLink(ProfilePiece):
    title = models.CharField(_("title"), max_length=500)
    url = models.URLField(_("URL"), max_length=2000, blank=True)

    history = HistoricalRecords()

    class Meta(ProfilePiece.Meta):
        verbose_name = _("media highlight")
        verbose_name_plural = _("media highlights")

    def __str__(self):
        return self.title


class SocialPlatform(models.TextChoices):
    WEBSITE = "website", _("Website")
    X = "x", "X"
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    YOUTUBE = "youtube", "YouTube"
    LINKEDIN = "linkedin", "LinkedIn"
    OTHER = "other", _("Other")


class SocialHandle(ProfilePiece):
    """An official account or website, e.g. the foreign ministry's handle on X."""

    platform = models.CharField(_("platform"), max_length=12, choices=SocialPlatform.choices)
    handle = models.CharField(_("handle or site name"), max_length=200)
    owner = models.CharField(_("whose it is"), max_length=200, help_text=_('e.g. "Norway MFA"'))
    url = models.URLField(_("URL"), max_length=2000, blank=True)

    history = HistoricalRecords()

    class Meta(ProfilePiece.Meta):
        verbose_name = _("social handle")
        verbose_name_plural = _("social handles")
        constraints = [
            models.CheckConstraint(name="social_platform_known", condition=Q(platform__in=SocialPlatform.values)),
            models.UniqueConstraint(fields=["partner", "platform", "handle"], name="social_handle_once"),
        ]

    def __str__(self):
        return f"{self.owner} ({self.get_platform_display()}): {self.handle}"


class TranslationLanguage(models.TextChoices):
    """The site's languages other than English, the language most factsheets are written in."""

    FR = "fr", _("French")
    AR = "ar", _("Arabic")


class Translation(ProfilePiece):
    """An editor's French or Arabic version of a piece's words. Like every piece it is a draft until an
    editor accepts it; the site shows an accepted one in place of the source's words, marked as such."""

    language = models.CharField(_("language"), max_length=2, choices=TranslationLanguage.choices)
    text = models.TextField(_("translation"))

    #: The piece it translates is what makes its document public, not the translation.
    publishes_document = False

    class Meta(ProfilePiece.Meta):
        abstract = True

    def __str__(self):
        return f"[{self.language}] {self.text[:80]}"


def _translation_constraints(name: str) -> list:
    return [
        models.UniqueConstraint(fields=["piece", "language"], name=f"{name}_translation_once"),
        models.CheckConstraint(
            name=f"{name}_translation_language_known", condition=Q(language__in=TranslationLanguage.values)
        ),
        models.CheckConstraint(name=f"{name}_translation_not_empty", condition=~Q(text="")),
    ]


class StatementTranslation(Translation):
    piece = models.ForeignKey(
        Statement, on_delete=models.CASCADE, related_name="translations", verbose_name=_("statement")
    )

    history = HistoricalRecords()

    class Meta(Translation.Meta):
        verbose_name = _("statement translation")
        verbose_name_plural = _("statement translations")
        constraints = _translation_constraints("statement")


class QuoteTranslation(Translation):
    piece = models.ForeignKey(Quote, on_delete=models.CASCADE, related_name="translations", verbose_name=_("quote"))
    role = models.CharField(_("speaker's role"), max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta(Translation.Meta):
        verbose_name = _("quote translation")
        verbose_name_plural = _("quote translations")
        constraints = _translation_constraints("quote")


class HeadlineTranslation(Translation):
    """The words beside a headline figure's number ("troops"), translated."""

    piece = models.ForeignKey(
        HeadlineFigure, on_delete=models.CASCADE, related_name="translations", verbose_name=_("headline figure")
    )

    history = HistoricalRecords()

    class Meta(Translation.Meta):
        verbose_name = _("headline figure translation")
        verbose_name_plural = _("headline figure translations")
        constraints = _translation_constraints("headline")


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
