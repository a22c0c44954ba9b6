"""Which partner a document is about."""

import pytest

from coalition.extraction.partner import detect_partner

from .helpers import doc_after

TEXTS = [
    ("Norway’s contribution towards the Global Coalition against Daesh:\n• Norway gives aid.", "NO"),
    ("The Netherlands' contribution to the Coalition\nText.", "NL"),
    ("Contribution of Denmark to the Global Coalition\nText.", "DK"),
    ("The European Union's contribution to the Global Coalition\n• Text.", "EU"),
    ("The United Kingdom's support\nText.", "GB"),
    ("Factsheet\n\nJapan has provided aid. Japan has also sent experts. Iraq is a partner.", "JP"),
    ("Republic of Korea: contribution to the Global Coalition\n\nText.", "KR"),
    ("Factsheet\n\nThe Republic of Korea joined in 2014. Korea has given aid.", "KR"),
    ("Nothing here names a country at all.", None),
    ("Syria and Iraq are mentioned once each.", None),
]


@pytest.mark.parametrize(("text", "partner"), TEXTS)
def test_partner_from_title_or_subjects(text, partner):
    assert doc_after(detect_partner, text).partner == partner


def test_title_argument_wins_over_text():
    from coalition.extraction import extract_text

    assert extract_text("Some text.", title="Italy's contribution").partner == "IT"


def test_given_partner_is_kept():
    assert doc_after(detect_partner, "Norway's contribution", partner="DK").partner == "DK"
