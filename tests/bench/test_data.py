"""The one generator of benchmark data: valid rows, the same rows for the same seed, top-ups, and no real data."""

import pytest
from django.db import transaction

from coalition.bench.data import PLACES, YEARS, generate
from coalition.bench.database import BENCH_TITLE, holds_real_data
from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.errors import CoalitionError
from coalition.partners.models import Partner
from coalition.profiles.models import Statement
from coalition.totals.models import ClaimAmount
from coalition.totals.selectors import totals
from tests.factories import ClaimFactory, SourceDocumentFactory

pytestmark = pytest.mark.django_db


def generated(**sizes) -> list[tuple]:
    """The claims ``generate`` writes into this empty database, which is left empty again."""
    with transaction.atomic():
        generate(**sizes)
        claims = list(Claim.objects.order_by("pk").values_list(
            "pk", "partner__code", "kind", "value", "currency", "qualifier", "period", "year", "since", "status",
            "evidence", "document__as_of",
        ))
        transaction.set_rollback(True)
    return claims


def test_generated_claims_pass_the_database_rules_and_are_totalled():
    """Every claim passed the span triggers, has its amount row, and the totals see them."""
    data = generate(claims=300, partners=4)
    assert (data.claims, data.generated, data.partners) == (300, 300, 4)
    assert Claim.objects.count() == ClaimAmount.objects.count() == 300
    assert SourceDocument.objects.filter(title=BENCH_TITLE).count() == 4 * len(YEARS)
    assert list(Partner.objects.order_by("pk").values_list("code", flat=True))[0] == "NO"
    assert not set(Partner.objects.values_list("code", flat=True)) & set(PLACES)
    assert totals(group_by=("place", "line")).rows


def test_the_same_seed_gives_the_same_claims():
    first = generated(claims=120, partners=3, seed=9)
    assert len(first) == 120
    assert generated(claims=120, partners=3, seed=9) == first
    assert generated(claims=120, partners=3, seed=10) != first


def test_a_second_call_tops_up_with_new_documents():
    generate(claims=50, partners=2)
    data = generate(claims=80, partners=2)
    assert (data.claims, data.generated) == (80, 30)
    assert Claim.objects.count() == 80
    assert SourceDocument.objects.count() == 2 * 2 * len(YEARS)
    assert Statement.objects.count() == 2 * 6  # profile pieces once per partner
    assert generate(claims=80, partners=2).generated == 0


def test_what_it_writes_is_no_real_data_for_the_guard():
    from django.db import connection

    generate(claims=20, partners=2)
    assert not holds_real_data(connection)


def test_it_refuses_a_database_with_documents_it_did_not_write():
    SourceDocumentFactory()
    with pytest.raises(CoalitionError) as error:
        generate(claims=10)
    assert error.value.code == "totals.bench_database_not_empty"
    assert not Claim.objects.exists()


def test_a_claim_made_afterwards_gets_a_new_id():
    """Generated claims carry their own ids; the database's sequence is moved past them (PostgreSQL)."""
    generate(claims=30, partners=1)
    claim = ClaimFactory(document=SourceDocument.objects.first(), needle="factsheet", kind="personnel",
                         currency=None, value=1)
    assert claim.pk == 31
