"""factory_boy factories for the shared data model, chained partner -> document -> claim."""

import hashlib
from datetime import date

import factory
from django.contrib.auth import get_user_model

from coalition.claims.models import Claim
from coalition.documents.models import MediaType, SourceDocument
from coalition.editorial.models import Editor
from coalition.partners.models import Partner, PartnerKind, WorkingGroup
from coalition.vocab import ClaimKind, Qualifier

EDITOR_PASSWORD = "correct horse battery staple 42"

FACTSHEET = (
    "Testland's contribution towards the Global Coalition against Daesh\n"
    "• Testland has given USD 5 million to stabilization in Iraq since 2016.\n"
    "• Up to 40 personnel serve in Iraq.\n"
)


class PartnerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Partner
        django_get_or_create = ("code",)

    code = "NO"
    kind = PartnerKind.COUNTRY
    joined_on = date(2014, 9, 15)
    founding_member = True


class WorkingGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkingGroup

    slug = factory.Sequence(lambda n: f"group-{n}")
    name = factory.Sequence(lambda n: f"Working group {n}")


class SourceDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SourceDocument

    partner = factory.SubFactory(PartnerFactory)
    text = FACTSHEET
    original = factory.LazyAttribute(lambda doc: doc.text.encode("utf-8"))
    size = factory.LazyAttribute(lambda doc: len(doc.original))
    sha256 = factory.LazyAttribute(lambda doc: hashlib.sha256(doc.original).hexdigest())
    media_type = MediaType.TEXT
    title = factory.LazyAttribute(lambda doc: doc.text.splitlines()[0])
    as_of = date(2023, 3, 1)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    class Params:
        needle = "USD 5 million"

    document = factory.SubFactory(SourceDocumentFactory)
    partner = factory.SelfAttribute("document.partner")
    kind = ClaimKind.FUNDING
    value = 5_000_000
    currency = "USD"
    qualifier = Qualifier.EXACT
    evidence = factory.SelfAttribute("needle")
    evidence_start = factory.LazyAttribute(lambda claim: _span(claim.document.text, claim.needle)[0])
    evidence_end = factory.LazyAttribute(lambda claim: _span(claim.document.text, claim.needle)[1])


def make_user(username: str, role: str | None = None, partners=()):
    """A sign-in account with ``EDITOR_PASSWORD``; with a role, an editor of ``partners``."""
    user = get_user_model().objects.create_user(username=username, password=EDITOR_PASSWORD)
    if role is not None:
        editor = Editor.objects.create(user=user, role=role)
        editor.partners.set(partners)
    return user
