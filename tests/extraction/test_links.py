"""merge_restated, link_breakdowns, drop_others, drop_restatements."""

import pytest

from .helpers import claims, only_claim

OTHERS = [
    "The Coalition as a whole has pledged USD 1 billion for stabilisation.",
    "Coalition partners together pledged USD 2.4 billion in 2018.",
    "The United States announced USD 100 million for stabilization in Syria.",
    "The EU and its Member States have mobilised more than EUR 33 billion.",
    "A coalition-wide total of USD 5 billion was raised.",
    "The international community has given USD 9 billion.",
]


def test_restated_in_a_second_currency_is_one_claim():
    claim = only_claim("Denmark gave USD 156 million (DKK 1.1 billion) to the FFS.", partner="DK")
    assert (claim.value, claim.currency) == (156_000_000, "USD")
    assert claim.evidence.startswith("USD 156 million (DKK 1.1 billion)")


def test_breakdown_keeps_both_with_a_parent():
    found = claims("Germany gave EUR 45 million since 2017, of which EUR 15 million in 2017.", partner="DE")
    assert [c.value for c in found] == [45_000_000, 15_000_000]
    assert found[0].parent_index is None and found[1].parent_index == 0


def test_including_is_a_breakdown():
    found = claims("Italy gave EUR 50 million to Iraq, including EUR 12 million for Mosul.", partner="IT")
    assert found[1].parent_index == 0


@pytest.mark.parametrize("text", OTHERS)
def test_somebody_elses_money_is_not_a_claim(text):
    assert claims(text, partner="NO") == []


def test_partner_named_as_subject_keeps_its_claim():
    assert len(claims("Norway has pledged USD 5 million to Iraq.", partner="NO")) == 1


def test_same_figure_twice_is_one_claim():
    text = "Norway's contribution\n\n• Norway keeps 110 troops in Iraq.\n\nHeadline\n\n110 troops\n"
    assert [c.value for c in claims(text)] == [110]


def test_same_value_in_different_places_is_two_claims():
    text = "Norway gives USD 7 million annually in Syria.\n\nNorway gives USD 7 million annually in Iraq."
    assert len(claims(text, partner="NO")) == 2


def test_same_value_in_different_years_is_two_claims():
    text = "Norway gave USD 5 million to Iraq in 2017 and USD 5 million to Iraq in 2018."
    assert [c.year for c in claims(text, partner="NO")] == [2017, 2018]


# Blind round 1 of issue 11: a group's total, and another country as the subject of the figure's clause.
@pytest.mark.parametrize(("text", "partner"), [
    ("The UK and its Coalition partners pledged $1.6 billion at the conference.", "GB"),
    ("وأشار إلى أن إجمالي تعهدات المشاركين في المؤتمر بلغ ٣٠ مليار دولار.", "KW"),
    ("Les Pays-Bas, qui assuraient la mission depuis 2019, avaient déployé jusqu'à 150 militaires sur place.", "BE"),
    ("وكانت هولندا قد نشرت ١٥٠ جندياً في الأردن.", "BE"),
])
def test_a_group_or_another_country_is_not_the_partner(text, partner):
    assert claims(text, partner=partner) == []


def test_the_partner_as_verb_first_subject_keeps_its_claim():
    assert only_claim("وكانت هولندا قد نشرت ١٥٠ جندياً في الأردن.", partner="NL").value == 150


def test_the_participants_of_a_conference_are_a_group():
    assert claims("In total, the participants of the conference pledged USD 7.7 billion for 2020.", partner="BE") == []
