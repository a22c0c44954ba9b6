"""The classes of error blind round 17 (`gold/en-r-*`, English: a press release with notes to editors, a wire
round-up, a parliamentary committee transcript, a budget speech, a minister's statement at a donors' conference, a
fact sheet with troop numbers by base and an embassy blog post) found, one test per class, each written before its
fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("Embassy of Sweden in Baghdad\n\nFrom Mosul's water pumps to Basra's classrooms: a year of our work\n\n"
     "Sweden's development aid to Iraq reached SEK 240 million in 2022.\n", "SE"),
    ("Inside Raqqa's hospitals: where Dutch aid goes\n\nThe Netherlands has given EUR 12 million to health care in "
     "Syria since 2019. The Dutch Government will keep its support.\n", "NL"),
    ("Across Jordan's camps, a winter of help\n\nDenmark has provided DKK 40 million to refugees in Jordan. The Danish "
     "Government announced the grant on Monday.\n", "DK"),
])
def test_a_headline_that_opens_with_a_preposition_names_a_place_not_its_subject(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("Saeima of the Republic of Latvia\n\nThe Saeima approved the mandate. Up to 30 soldiers may serve in Iraq.\n",
     "LV"),
    ("KOICA news\n\nKOICA opened a vocational school in Iraq worth USD 5 million.\n", "KR"),
    ("Korea International Cooperation Agency\n\nThe agency gave USD 3 million to schools in Iraq in 2019.\n", "KR"),
    ("Polish Aid\n\nThe programme gave PLN 12 million to displaced families in Iraq.\n", "PL"),
    ("Sida annual report\n\nSida disbursed SEK 240 million in Iraq in 2022.\n", "SE"),
])
def test_a_partners_parliament_or_aid_agency_names_who_wrote(text, partner):
    assert extract_text(text).partner == partner
