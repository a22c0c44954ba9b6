"""The event page: pledges by donor with their sources, stage "pledged", an honest total; linked from profiles."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from coalition.events.models import Event
from coalition.events.selectors import event_pledges
from coalition.ingest.services import document_ingest_outcome
from coalition.partners.models import Country
from tests.factories import PartnerFactory
from tests.website.conftest import accepted, fresh_totals  # noqa: F401  (fixture)

PLEDGES = (
    "Pledges for the reconstruction of Iraq\n\n"
    "Norway pledged about NOK 200 million and Denmark DKK 150 million. Germany promised EUR 25 million, "
    "of which EUR 10 million for Mosul. The World Bank will lend between USD 500 and 700 million.\n"
)


@pytest.fixture
def event(db):
    for code in ("NO", "DK", "DE"):
        PartnerFactory(code=code)
    PartnerFactory(code="world-bank", kind="organisation", organisation_name="World Bank")
    outcome = document_ingest_outcome(data=PLEDGES.encode(), filename="pledges.txt", partner=None,
                                      as_of=date(2018, 2, 14))
    assert not outcome.proposals
    for claim in outcome.claims:
        accepted(claim)
    event = Event.objects.create(slug="kuwait-2018", name="Kuwait International Conference for the Reconstruction "
                                 "of Iraq", place=Country.objects.get(code="KW"), city="Kuwait City",
                                 held_on=date(2018, 2, 14))
    event.documents.add(outcome.document)
    return event


@pytest.mark.django_db
def test_pledges_by_donor_with_an_honest_total(event):
    pledges = event_pledges(event=event)
    assert [d.partner.code for d in pledges.donors] == ["DK", "DE", "NO", "world-bank"]
    totals = {t.currency: (t.text, t.hedged) for t in pledges.totals}
    assert totals["DKK"] == ("DKK 150 million", False)
    assert totals["EUR"] == ("EUR 25 million", False)  # the part "of which EUR 10 million" is not added again
    assert totals["USD"] == ("USD 500–700 million", True)  # both ends of one stated range are one range
    assert totals["NOK"][1] is True and totals["NOK"][0] != "NOK 200 million"
    assert pledges.parts == 1
    assert pledges.usd is not None and pledges.unconverted == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_the_event_page_in_each_language(client, event, language):
    with translation.override(language):
        url = reverse("website:event", kwargs={"slug": event.slug})
    page = client.get(url)
    assert page.status_code == 200
    body = page.content.decode()
    assert f'lang="{language}"' in body and "DKK 150 million" in body
    assert reverse("website:document", kwargs={"sha256": event.documents.get().sha256}).split("/", 2)[2] in body


@pytest.mark.django_db
def test_each_donors_profile_links_to_the_event(client, event):
    body = client.get("/en/partners/no/").content.decode()
    assert "/en/events/kuwait-2018/" in body


@pytest.mark.django_db
def test_an_unknown_event_is_a_404(client, db):
    assert client.get("/en/events/nowhere/").status_code == 404
