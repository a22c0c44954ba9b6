"""Editors' pages read like the site: amounts grouped with their unit, the review queue counted per partner."""

import pytest

from coalition.editorial.models import Role
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_claims_show_formatted_amounts_beside_the_document(client, norway):
    client.force_login(make_user("oslo", Role.PARTNER_EDITOR, [norway.partner]))
    html = client.get(f"/review/documents/{norway.document.sha256}/").content.decode()
    assert '<bdi class="amount">9,000,000 EUR</bdi>' in html and "9000000.00" not in html
    assert '<bdi class="amount">45</bdi>' in html
    assert 'class="review-grid"' in html and 'class="document-text"' in html


def test_the_queue_counts_drafts_per_partner(client, norway):
    client.force_login(make_user("oslo", Role.PARTNER_EDITOR, [norway.partner]))
    html = client.get("/review/").content.decode()
    assert '<span class="count waiting">1</span>' in html  # the one draft claim
