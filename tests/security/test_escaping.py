"""Script and markup planted in every text field are shown as text, never run or rendered.

Written against URLs, not templates, so that it holds whatever the templates become.
"""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from coalition.claims.models import Claim
from coalition.profiles.models import HeadlineFigure, MediaLink, Quote, SocialHandle, Statement
from coalition.profiles.publishing import profile_publish
from coalition.vocab import ClaimKind, ReviewStatus
from tests.factories import PartnerFactory, SourceDocumentFactory

SCRIPT = '<script>alert("planted")</script>'
MARKUP = '<img src=x onerror=alert(1)><b class="planted">bold</b>'
RAW = ("<script>alert", "<img src=x", '<b class="planted">')


def planted(label: str) -> str:
    return f"{label} {SCRIPT} {MARKUP}"


@pytest.fixture
def poisoned(db):
    """A partner whose every text field carries script and markup, all accepted and published."""
    partner = PartnerFactory(code="NO")
    evidence = f"USD 5 million {SCRIPT} {MARKUP}"
    text = f"{planted('Title line')}\n• Testland gives {evidence} to Iraq.\n"
    document = SourceDocumentFactory(partner=partner, text=text, title=planted("Title"), filename=planted("file"))
    start = text.index(evidence)
    claim = Claim.objects.create(
        document=document, partner=partner, kind=ClaimKind.FUNDING, value=5_000_000, currency="USD",
        evidence=evidence, evidence_start=start, evidence_end=start + len(evidence), mission=planted("mission"),
        status=ReviewStatus.ACCEPTED,
    )
    accepted = {"partner": partner, "document": document, "status": ReviewStatus.ACCEPTED}
    Statement.objects.create(line="humanitarian", text=planted("statement"), **accepted)
    Quote.objects.create(text=planted("quote"), speaker=planted("speaker"), role=planted("role"), **accepted)
    HeadlineFigure.objects.create(label=planted("label"), value=70, source_text=planted("source"), **accepted)
    MediaLink.objects.create(title=planted("media"), url="https://example.org/a", **accepted)
    SocialHandle.objects.create(
        platform="x", handle=planted("handle"), owner=planted("owner"), url="https://example.org/b", **accepted
    )
    user = get_user_model().objects.create_superuser("root", password="unused password here")
    profile_publish(partner=partner, actor=user, document=document)
    return {"claim": claim, "document": document, "user": user}


def assert_escaped(response):
    assert response.status_code == 200
    page = response.content.decode()
    for raw in RAW:
        assert raw not in page, raw
    return page


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_public_pages_escape_everything(client, poisoned, language):
    profile = assert_escaped(client.get(f"/{language}/partners/no/"))
    assert "&lt;script&gt;" in profile
    source = assert_escaped(client.get(f"/{language}/documents/{poisoned['document'].sha256}/"))
    assert "&lt;script&gt;alert(&quot;planted&quot;)&lt;/script&gt;" in source


@pytest.mark.django_db
def test_review_pages_escape_everything(client, poisoned):
    client.force_login(poisoned["user"])
    claim, document = poisoned["claim"], poisoned["document"]
    urls = [
        reverse("review:dashboard"),
        reverse("review:partner", args=["no"]),
        reverse("review:document", args=[document.sha256]),
        reverse("review:history", args=["no"]),
        reverse("review:claim_edit", args=[claim.pk]),
        reverse("review:piece_edit", args=["quote", Quote.objects.get().pk]),
        reverse("review:piece_edit", args=["socialhandle", SocialHandle.objects.get().pk]),
    ]
    for url in urls:
        page = assert_escaped(client.get(url))
        assert "&lt;" in page or url == reverse("review:dashboard"), url


@pytest.mark.django_db
def test_admin_pages_escape_everything(client, poisoned):
    client.force_login(poisoned["user"])
    for url in (
        reverse("admin:claims_claim_changelist"),
        reverse("admin:claims_claim_change", args=[poisoned["claim"].pk]),
        reverse("admin:profiles_quote_changelist"),
        reverse("admin:documents_sourcedocument_change", args=[poisoned["document"].pk]),
    ):
        assert_escaped(client.get(url))


@pytest.mark.django_db
def test_admin_piece_forms_escape_everything(client, poisoned):
    client.force_login(poisoned["user"])
    for model in (SocialHandle, MediaLink, Quote, Statement, HeadlineFigure):
        url = reverse(f"admin:profiles_{model._meta.model_name}_change", args=[model.objects.get().pk])
        assert_escaped(client.get(url))
