"""The totals endpoint: the public sees accepted claims; an editor who asks also sees the drafts of the
partners they cover, and no one else's."""

import pytest

from tests.api.conftest import bearer
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def counts(response) -> dict:
    assert response.status_code == 200, response.content
    return {(row["key"]["partner"], row["key"]["series"]): row["claim_count"] for row in response.json()["rows"]}


@pytest.fixture
def norway_funding_draft(document):
    return ClaimFactory(document=document, period="cumulative", since=2016, value=1_000_000, position=2)


def test_the_public_total_counts_accepted_claims_only(client, accepted_claim, norway_funding_draft, denmark_draft):
    assert counts(client.get("/api/v1/totals/?group_by=partner")) == {("NO", "cumulative"): 1}


def test_an_editor_sees_the_drafts_of_their_partners_only(
    client, accepted_claim, norway_funding_draft, denmark_draft, norway_editor
):
    response = client.get("/api/v1/totals/?group_by=partner&include_drafts=true", **bearer(norway_editor))
    assert counts(response) == {("NO", "cumulative"): 2}


def test_the_partner_filter_keeps_that_partners_rows(client, accepted_claim, denmark_document):
    ClaimFactory(document=denmark_document, needle="EUR 3 million", currency="EUR", value=3_000_000, status="accepted")
    assert counts(client.get("/api/v1/totals/?group_by=partner&partner=dk")) == {("DK", "undated"): 1}
    assert counts(client.get("/api/v1/totals/?group_by=partner&partner=zz")) == {}
