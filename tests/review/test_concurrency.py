"""Two editors saving the same claim at the same moment, on a real PostgreSQL server."""

import threading

import pytest
from django.db import connection

from coalition.claims.models import Claim
from coalition.claims.services import claim_edit
from coalition.errors import StaleVersionError


@pytest.mark.postgres_only
@pytest.mark.django_db(transaction=True)
def test_simultaneous_saves_one_wins_one_is_refused(secretariat, norway_editor, norway_claim):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: two connections contending for one row")
    start = threading.Barrier(2)
    outcomes = {}

    def save(actor, value):
        claim = Claim.objects.get(pk=norway_claim.pk)  # both load version 1
        start.wait()
        try:
            claim_edit(claim=claim, actor=actor, expected_version=claim.version, value=value)
        except StaleVersionError as error:
            outcomes[value] = error.code
        else:
            outcomes[value] = "saved"
        finally:
            connection.close()

    threads = [
        threading.Thread(target=save, args=(norway_editor, "6000000")),
        threading.Thread(target=save, args=(secretariat, "7000000")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes.values()) == ["review.stale_version", "saved"]
    winner = next(value for value, outcome in outcomes.items() if outcome == "saved")
    claim = Claim.objects.get(pk=norway_claim.pk)
    assert (str(int(claim.value)), claim.version, claim.history.count()) == (winner, 2, 2)
