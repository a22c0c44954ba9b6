"""The profile page is kept rendered, and every public change shows at the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coalition.claims.services import claim_accept
from coalition.partners.models import Membership
from coalition.profiles.models import Statement
from coalition.profiles.services import piece_edit
from coalition.vocab import LineOfEffort, ReviewStatus

URL = "/en/partners/no/"


@pytest.mark.django_db
def test_a_kept_page_costs_three_queries_and_sets_no_cookie(client, norway, django_assert_max_num_queries):
    """The partner, its version row and its working groups; nothing else is read for a kept page."""
    first = client.get(URL)
    with django_assert_max_num_queries(3):
        again = client.get(URL)
    assert again.status_code == 200
    assert again.content == first.content
    assert not again.cookies


@pytest.mark.django_db
def test_accepting_a_claim_shows_at_once(client, norway, secretariat):
    client.get(URL)
    claim_accept(claim=norway.draft, actor=secretariat)
    assert "USD 3 million" in client.get(URL).content.decode()


@pytest.mark.django_db
def test_changing_a_statement_shows_at_once(client, norway, secretariat):
    client.get(URL)
    statement = Statement.objects.get(status=ReviewStatus.ACCEPTED)
    piece_edit(piece=statement, actor=secretariat, expected_version=statement.version,
               text="Norway now funds demining too.")
    page = client.get(URL).content.decode()
    assert "Norway now funds demining too." in page
    assert "Norway funds stabilization work." not in page


@pytest.mark.django_db
def test_deleting_a_piece_and_leaving_a_group_show_at_once(client, norway):
    client.get(URL)
    # No service deletes a piece or a membership: this checks that an ORM delete (the shell's) reaches the pages.
    Statement.objects.get(status=ReviewStatus.ACCEPTED, line=LineOfEffort.STABILIZATION).delete()
    Membership.objects.filter(partner=norway.partner).delete()
    page = client.get(URL).content.decode()
    assert "Norway funds stabilization work." not in page
    assert "Stabilization group" not in page


@pytest.mark.django_db
def test_a_renamed_group_and_other_pages_are_not_mixed_up(client, norway):
    client.get(URL)
    # No service renames a working group: this checks that an ORM save of one reaches the pages.
    norway.group.name = "Renamed test group"
    norway.group.save()
    assert "Renamed test group" in client.get(URL).content.decode()
    french = client.get("/fr/partners/no/")
    assert french.status_code == 200
    assert french.content != client.get(URL).content



@pytest.mark.django_db
def test_pages_of_figures_are_kept_and_odd_query_strings_are_not(client, norway, django_assert_max_num_queries):
    client.get(URL + "?page=2")
    with django_assert_max_num_queries(3):
        client.get(URL + "?page=2")
    client.get(URL + "?utm=1")
    with CaptureQueriesContext(connection) as queries:
        client.get(URL + "?utm=1")
    assert len(queries) > 3
