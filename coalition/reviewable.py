"""What every reviewable record shares: a review status, who reviewed it, and a version for optimistic locking."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from coalition.vocab import ReviewStatus


class ReviewableQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: accepted records only."""
        return self.filter(status=ReviewStatus.ACCEPTED)

    def drafts(self):
        return self.filter(status=ReviewStatus.DRAFT)

    def of_partners(self, partners):
        """The rows of these partners (Partner rows or their ids), as the permission policy asks for them."""
        return self.filter(partner__in=partners)


class Reviewable(models.Model):
    status = models.CharField(
        _("status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.DRAFT, db_index=True
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    version = models.PositiveIntegerField(
        _("version"), default=1, help_text=_("Raised on every save; a save from a stale version is refused.")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = ReviewableQuerySet.as_manager()

    #: Whether accepting a row makes the source document it points to public (``coalition.documents.selectors``).
    publishes_document = True

    class Meta:
        abstract = True
