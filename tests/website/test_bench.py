import pytest

from coalition.claims.models import Claim
from coalition.partners.models import Partner
from coalition.website.bench import Measure, generate


@pytest.mark.django_db
def test_the_benchmark_dataset_renders(client):
    """The generated partners and claims satisfy the database's rules and every kind of page shows them."""
    assert generate(partners=3, claims=30) == {"partners": 3, "claims": 30}
    assert Partner.objects.count() == 3 and Claim.objects.count() == 30
    assert client.get("/en/partners/no/").status_code == 200
    assert client.get("/en/places/iq/").status_code == 200


@pytest.mark.django_db
def test_the_benchmark_refuses_a_database_with_partners():
    generate(partners=1, claims=5)
    with pytest.raises(RuntimeError, match="already holds partners"):
        generate(partners=1, claims=5)


def test_percentiles():
    measure = Measure(page="p", concurrency=1, latencies_ms=[float(n) for n in range(1, 101)])
    assert measure.p50 == 50.5
    assert measure.p95 == 95.0
