"""Amounts follow an editorial change (``one_change``) once, at its end, and not at all when it fails."""

import pytest

from coalition.editorial.writes import one_change
from coalition.totals import services
from coalition.totals.models import ClaimAmount
from tests.totals.conftest import make_claim


@pytest.fixture
def refreshes(monkeypatch):
    """The sets of claims whose amounts were rebuilt, one entry per rebuild."""
    calls, rebuild = [], services.totals_refresh

    def totals_refresh(*, claim_ids=None):
        calls.append(set(claim_ids or ()))
        return rebuild(claim_ids=claim_ids)

    monkeypatch.setattr(services, "totals_refresh", totals_refresh)
    return calls


def test_writes_inside_one_change_are_rebuilt_once_at_its_end(norway_document, refreshes):
    with one_change():
        first = make_claim(norway_document, "110 troops", value=110, kind="personnel", currency=None)
        with one_change():  # an inner block leaves the rebuild to the outer one
            second = make_claim(norway_document, "Up to 70 personnel", value=70, kind="personnel", currency=None)
        assert refreshes == []
    assert refreshes == [{first.pk, second.pk}]
    assert ClaimAmount.objects.filter(pk__in=[first.pk, second.pk]).count() == 2


def test_a_failed_change_rebuilds_nothing_and_leaves_nothing_for_the_next(norway_document, refreshes):
    with pytest.raises(RuntimeError), one_change():
        make_claim(norway_document, "110 troops", value=110, kind="personnel", currency=None)
        raise RuntimeError("refused")
    assert refreshes == []
    with one_change():
        later = make_claim(norway_document, "Up to 70 personnel", value=70, kind="personnel", currency=None)
    assert refreshes == [{later.pk}]


def test_outside_a_change_each_write_is_rebuilt_at_once(norway_document, refreshes):
    claim = make_claim(norway_document, "110 troops", value=110, kind="personnel", currency=None)
    assert refreshes and all(ids <= {claim.pk} for ids in refreshes)
    assert ClaimAmount.objects.filter(pk=claim.pk).exists()
