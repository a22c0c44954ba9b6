"""Keep claim amounts in step with claims saved through the ORM (review, admin, ingest one by one).

Bulk writes (``bulk_create``, ``QuerySet.update``) send no signals: their callers call
``claim_amounts_refresh`` themselves. Inside an editorial change (``one_change``) the claims are only
collected, and rebuilt once when it ends.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.editorial.writes import change_ended

from . import services
from .services import amounts_refresh_later, series_of, units_changed


@receiver(post_save, sender=Claim, dispatch_uid="totals.claim_saved")
def claim_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        amounts_refresh_later(claim_ids=[instance.pk])


@receiver(m2m_changed, sender=Claim.places.through, dispatch_uid="totals.claim_places_changed")
@receiver(m2m_changed, sender=Claim.lines.through, dispatch_uid="totals.claim_lines_changed")
def claim_tags_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    amounts_refresh_later(claim_ids=(pk_set or ()) if reverse else [instance.pk])


@receiver(post_delete, sender=Claim, dispatch_uid="totals.claim_deleted")
def claim_deleted(sender, instance, **kwargs):
    units_changed([(instance.partner_id, series_of(instance))])


@receiver(post_save, sender=SourceDocument, dispatch_uid="totals.document_saved")
def document_saved(sender, instance, created, raw=False, **kwargs):
    if not created and not raw:
        amounts_refresh_later(claim_ids=instance.claims.values_list("pk", flat=True))


@receiver(change_ended, dispatch_uid="totals.editorial_change_ended")
def editorial_change_ended(sender, completed, **kwargs):
    services.change_ended(completed=completed)
