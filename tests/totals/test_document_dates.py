"""End to end: documents keep their own dates, so a later release replaces an earlier one in totals, and a
document without a date is left out of totals (listed) until an editor gives it one."""

from datetime import date
from decimal import Decimal

import pytest

from coalition.claims.services import claims_accept_all
from coalition.documents.services import document_date_set
from coalition.editorial.models import Role
from coalition.ingest.services import document_ingest
from coalition.totals.models import ExclusionReason
from coalition.totals.selectors import totals
from coalition.vocab import ClaimKind
from tests.factories import PartnerFactory, make_user

pytestmark = pytest.mark.django_db

OLDER = "OTTAWA, 12 March 2019 — Canada will keep up to 300 military personnel in Iraq.\n"
NEWER = "OTTAWA, 30 June 2021 — Canada will keep up to 250 military personnel in Iraq.\n"
UNDATED = (
    "Canada and the coalition\n"
    "Canada keeps up to 300 military personnel in Iraq.\n"
    "Canada gives USD 20 million for stabilization in Iraq in 2019.\n"
)


@pytest.fixture
def editor(db):
    PartnerFactory(code="CA")
    return make_user("sec", Role.SECRETARIAT)


def _ingest_and_accept(text: str, name: str, editor):
    document = document_ingest(data=text.encode(), filename=name, partner="CA")
    claims_accept_all(document=document, actor=editor)
    return document


def test_a_later_release_replaces_the_earlier_head_count(editor):
    _ingest_and_accept(OLDER, "2019.txt", editor)
    _ingest_and_accept(NEWER, "2021.txt", editor)
    [row] = totals(kind=ClaimKind.PERSONNEL, group_by=("place",)).rows
    assert row.key["on"] == date(2021, 6, 30)
    assert row.range.high == Decimal(250) and row.claim_count == 1


def test_figures_of_an_undated_document_are_listed_not_counted_until_it_is_dated(editor):
    document = _ingest_and_accept(UNDATED, "sheet.txt", editor)
    assert document.as_of is None
    for kind in (ClaimKind.PERSONNEL, ClaimKind.FUNDING):
        result = totals(kind=kind, group_by=("place",))
        assert result.rows == []
        assert set(result.excluded_reasons.values()) == {ExclusionReason.DATE_UNKNOWN}

    document_date_set(document=document, as_of=date(2020, 1, 15), actor=editor)
    [people] = totals(kind=ClaimKind.PERSONNEL, group_by=("place",)).rows
    assert people.key["on"] == date(2020, 1, 15) and people.range.high == Decimal(300)
    money = totals(kind=ClaimKind.FUNDING, group_by=("place",))
    assert [row.range.low for row in money.rows] == [Decimal("20000000.00")] and not money.excluded_reasons
