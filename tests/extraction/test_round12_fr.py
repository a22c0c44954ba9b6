"""The classes of error blind round 12 (`gold/fr-m-*`, French) found, one test per class, each written before its
fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "value"), [
    ("La Belgique a octroyé 750 milliers d'euros au déminage en Irak.", 750_000),
    ("Le Luxembourg a versé 300 milliers d’euros à la Syrie en 2019.", 300_000),
    ("La Belgique a versé 500 k€ au PNUD pour l'Irak.", 500_000),
    ("Le Luxembourg verse 250 K€ au HCR au Liban.", 250_000),
    ("Belgium gave EUR 500k to the stabilisation facility in Iraq.", 500_000),
    ("Belgium gives €750k to demining in Iraq.", 750_000),
])
def test_thousands_written_as_milliers_or_k(text, value):
    assert [(c.value, c.currency) for c in claims(text, partner="BE")] == [(value, "EUR")]
