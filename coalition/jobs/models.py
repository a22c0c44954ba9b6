"""An editor's upload on its way through the job queue, so the review pages can say where it is."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from coalition.documents.models import SourceDocument
from coalition.errors import CoalitionError, ExportError, ExtractionError, IngestError, ReviewError
from coalition.partners.models import Partner

#: The class each family of error codes is raised as, so a failed upload raises what reading it inline raised.
ERROR_CLASSES = {"ingest": IngestError, "extract": ExtractionError, "review": ReviewError}


class UploadState(models.TextChoices):
    QUEUED = "queued", _("queued")
    READING = "reading", _("reading")
    EXTRACTED = "extracted", _("extracted")
    FAILED = "failed", _("failed")


class Upload(models.Model):
    """One factsheet an editor sent. Its bytes wait here until the job has stored them as a document."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="uploads", verbose_name=_("partner"))
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("added by"),
    )
    filename = models.CharField(_("file name"), max_length=255, blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    as_of = models.DateField(_("as of"), null=True, blank=True, help_text=_("Empty: read from the factsheet."))
    language = models.CharField(_("language"), max_length=8, blank=True, help_text=_("Empty: detected from the text."))
    data = models.BinaryField(_("bytes waiting to be read"), blank=True)
    state = models.CharField(_("state"), max_length=20, choices=UploadState.choices, default=UploadState.QUEUED)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    error_code = models.CharField(_("error code"), max_length=100, blank=True)
    error_params = models.JSONField(_("error parameters"), default=dict, blank=True)
    document = models.ForeignKey(
        SourceDocument, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("document"),
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)
    changed_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        ordering = ["-added_at", "-id"]
        verbose_name = _("upload")
        verbose_name_plural = _("uploads")
        indexes = [models.Index(fields=["partner", "-added_at"], name="upload_partner_added")]

    def __str__(self):
        return self.title or self.filename or f"#{self.pk}"

    @property
    def error(self) -> CoalitionError | None:
        if not self.error_code:
            return None
        error_class = ERROR_CLASSES.get(self.error_code.split(".")[0], CoalitionError)
        return error_class(self.error_code, **self.error_params)


class ExportState(models.TextChoices):
    QUEUED = "queued", _("queued")
    WRITING = "writing", _("writing")
    DONE = "done", _("done")
    FAILED = "failed", _("failed")


class Export(models.Model):
    """A claims export asked for now and written by a job, so a large one never holds a request or a terminal."""

    format = models.CharField(_("format"), max_length=8)
    include_unpublished = models.BooleanField(_("include unpublished claims"), default=False)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("requested by"),
    )
    state = models.CharField(_("state"), max_length=20, choices=ExportState.choices, default=ExportState.QUEUED)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    rows = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    file_name = models.CharField(_("file name"), max_length=255, blank=True)
    error_code = models.CharField(_("error code"), max_length=100, blank=True)
    error_params = models.JSONField(_("error parameters"), default=dict, blank=True)
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)
    changed_at = models.DateTimeField(_("changed at"), auto_now=True)

    class Meta:
        ordering = ["-added_at", "-id"]
        verbose_name = _("export")
        verbose_name_plural = _("exports")

    def __str__(self):
        return f"#{self.pk} {self.format}"

    @property
    def error(self) -> CoalitionError | None:
        return ExportError(self.error_code, **self.error_params) if self.error_code else None
