"""Source documents: the factsheets every published figure points back to."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from coalition.partners.models import Partner


class MediaType(models.TextChoices):
    TEXT = "text/plain", _("Plain text")
    HTML = "text/html", "HTML"
    PDF = "application/pdf", "PDF"
    DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", _("Word (DOCX)")


class DateSource(models.TextChoices):
    """Where a document's date was read (``coalition.ingest.dating``), or who gave it."""

    METADATA = "metadata", _("the web page's metadata")
    DATE_LINE = "date_line", _("a date line in the text")
    DATELINE = "dateline", _("the dateline of a press release")
    AS_OF = "as_of", _("an “as of” date in the text")
    ENTERED = "entered", _("entered by hand")
    UNKNOWN = "", _("unknown")


class SourceDocumentQuerySet(models.QuerySet):
    def of_partners(self, partners):
        """A partner's documents, and the documents naming many partners that hold a claim of that partner."""
        theirs = self.filter(partner__isnull=True, claims__partner__in=partners).values("pk")
        return self.filter(Q(partner__in=partners) | Q(pk__in=theirs))


class SourceDocument(models.Model):
    """A factsheet as it was received, byte for byte, addressed by the SHA-256 of its bytes.

    The same bytes uploaded twice are one document. ``text`` is what the readers extracted from the bytes;
    every claim's evidence is a character span into it, so it is never edited after ingest.
    ``as_of`` is the date the document speaks for: "currently" and "in the last 5 years" resolve against it.
    It is read from the document itself or entered by hand (``as_of_source`` says which), never the day it
    was received; when nothing gives it, it stays empty until an editor sets it.
    """

    sha256 = models.CharField(_("SHA-256"), max_length=64, unique=True)
    #: Null for a document that names many partners: each of its claims has its own.
    partner = models.ForeignKey(
        Partner, on_delete=models.PROTECT, null=True, blank=True, related_name="documents", verbose_name=_("partner")
    )
    original = models.BinaryField(_("original bytes"))
    size = models.PositiveBigIntegerField(_("size in bytes"))
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    media_type = models.CharField(_("media type"), max_length=100, choices=MediaType.choices)
    text = models.TextField(_("extracted text"))
    title = models.CharField(_("title"), max_length=500, blank=True)
    source_url = models.URLField(_("source URL"), max_length=2000, blank=True)
    language = models.CharField(_("language"), max_length=8, default="en")
    as_of = models.DateField(_("as of"), null=True, blank=True, help_text=_("The date the document speaks for."))
    as_of_source = models.CharField(
        _("date read from"), max_length=10, choices=DateSource.choices, default=DateSource.ENTERED, blank=True
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("added by"),
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    objects = SourceDocumentQuerySet.as_manager()

    class Meta:
        ordering = [F("as_of").desc(nulls_last=True), "-added_at"]
        get_latest_by = "as_of"
        verbose_name = _("source document")
        verbose_name_plural = _("source documents")
        constraints = [
            models.CheckConstraint(
                name="document_sha256_is_hex",
                condition=Q(sha256__regex=r"^[0-9a-f]{64}$"),
            ),
            models.CheckConstraint(name="document_media_type_known", condition=Q(media_type__in=MediaType.values)),
            models.CheckConstraint(name="document_has_text", condition=~Q(text="")),
            models.CheckConstraint(name="document_not_empty", condition=Q(size__gt=0)),
            models.CheckConstraint(
                name="document_date_has_source",
                condition=Q(as_of__isnull=True, as_of_source=DateSource.UNKNOWN)
                | Q(as_of__isnull=False, as_of_source__in=[s for s in DateSource.values if s]),
            ),
        ]
        indexes = [models.Index(fields=["partner", "-as_of"], name="document_partner_as_of")]

    def __str__(self):
        return self.title or self.filename or self.sha256[:12]

    def get_absolute_url(self):
        return reverse("website:document", kwargs={"sha256": self.sha256})

    @property
    def text_length(self) -> int:
        return len(self.text)
