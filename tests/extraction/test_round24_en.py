"""The classes of error blind round 24 (`gold/en-y-*`, English: a newspaper's round-up of short items, a ministry's
FAQ with numbered questions, a written answer with a table by year and footnotes in PDF, an embassy's social media
thread, an audit summary of planned and actual spending in DOCX, an ambassador's op-ed and a correction notice)
found, one test per class, each written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Since 2013, Czech aid for Jordan has passed CZK 1 billion.", "CZ", [(1_000_000_000, "at_least")]),
    ("Our support to Iraq since 2016 has now passed EUR 90 million.", "AT", [(90_000_000, "at_least")]),
    ("Swedish humanitarian funding for Syria passes SEK 2 billion this year.", "SE", [(2_000_000_000, "at_least")]),
    ("Since 2014 the total crossed USD 500 million for Iraq.", "US", [(500_000_000, "at_least")]),
])
def test_a_total_that_passes_a_mark_is_at_least_the_mark(text, partner, expected):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == expected
