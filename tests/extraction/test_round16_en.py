"""The classes of error blind round 16 (`gold/en-q-*`, English: a press-conference transcript, a joint statement of
two partners, a UN agency's release thanking several donors, a written answer with a table, a contingent rotation
story, a minister's interview and an embassy newsletter) found, one test per class, each written before its fix."""

import pytest

from .helpers import claims


def _given(text):
    return [(c.partner, c.value) for c in claims(text)]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Denmark will give EUR 1.2 million and EUR 800,000 to Iraq and Syria.", "DK", [1_200_000, 800_000]),
    ("Norway gave USD 5 million and USD 300,000 to Iraq and Jordan.", "NO", [5_000_000, 300_000]),
    ("Japan gives $2 million and $450,000 respectively to Lebanon and Jordan.", "JP", [2_000_000, 450_000]),
    # a split amount names its thousands
    ("Japan gave 142 million and 500 thousand dollars to Iraq.", "JP", [142_500_000]),
])
def test_an_amount_in_full_after_millions_and_is_an_amount_of_its_own(text, partner, found):
    assert [c.value for c in claims(text, partner=partner)] == found
