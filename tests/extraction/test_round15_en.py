"""The classes of error blind round 15 (`gold/en-p-*`, English ministry reviews, defence news, an op-ed, an NGO
report, a Westminster Hall debate, a corrected wire story and a table by year) found, one test per class, each
written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize("text", [
    "Our share is small next to the USD 4.1 billion the UN sought for Syria in 2023.",
    "That is a fraction of the $5.4 billion that the United Nations requested for Syria.",
    "It covers part of the EUR 900 million which UN agencies need for Iraq this year.",
    "The grant is modest beside the $2 billion sought by the UN for refugees in Lebanon.",
    "It adds to the USD 600 million requested by UNHCR for Jordan in 2022.",
])
def test_what_the_un_sought_named_after_its_sum_is_no_money_given(text):
    assert claims("Czechia gives CZK 50 million to Syria in 2023.\n\n" + text, partner="CZ")[1:] == []
