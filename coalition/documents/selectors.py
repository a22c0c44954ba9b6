"""Which source documents a reader may see: their original bytes and text are public only behind a public figure."""

from django.db.models import Exists, OuterRef, Q, QuerySet

from coalition.editorial.visibility import drafts_of, may_see_drafts
from coalition.reviewable import Reviewable

from .models import SourceDocument


def _publishing_relations():
    """Every reviewable kind of row that points to its document and publishes it once accepted (claims,
    statements, quotes...). Found from the models, so a new kind of profile piece needs no change here."""
    return [
        relation for relation in SourceDocument._meta.related_objects
        if relation.one_to_many and issubclass(relation.related_model, Reviewable)
        and relation.related_model.publishes_document
    ]


def public_documents() -> QuerySet:
    """Documents at least one accepted claim or profile piece points to; drafts' sources stay private."""
    behind = Q()
    for relation in _publishing_relations():
        published = relation.related_model.objects.published().filter(**{relation.field.name: OuterRef("pk")})
        behind |= Exists(published)
    return SourceDocument.objects.filter(behind)


def documents_visible_to(user) -> QuerySet:
    """The public documents, plus every document of the partners ``user`` edits (and the many-partner documents
    holding their claims)."""
    documents = public_documents()
    if may_see_drafts(user):
        theirs = SourceDocument.objects.of_partners(drafts_of(user))
        documents = SourceDocument.objects.filter(Q(pk__in=documents.values("pk")) | Q(pk__in=theirs.values("pk")))
    return documents
