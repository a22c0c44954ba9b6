"""detect_givers, find_ranges, attribute_givers, share_out: documents that name many partners."""

from pathlib import Path

import pytest

from coalition.extraction import extract_text
from coalition.extraction.evaluate import evaluate
from coalition.extraction.givers import giver_mentions

HEADLINE = "Pledges for the reconstruction of Iraq\n\n"
CONFERENCE = HEADLINE + (
    "Kuwait, which hosted the conference, promised USD 2 billion in loans. The host country also offered USD 1 "
    "billion in investment. The Kuwait-based Arab Fund pledged USD 500 million. Germany pledged EUR 350 million, "
    "the United Kingdom GBP 100 million a year and Japan USD 100 million.\n\n"
    "Denmark and Sweden promised EUR 20 million and EUR 25 million, respectively. Norway pledged NOK 200 million, "
    "as did Finland. In total, donors pledged USD 30 billion.\n\n"
    "Other pledges:\n• Austria: EUR 9 million\n• the European Union: EUR 400 million for Syria\n"
)
ROUNDUP = "Coalition troops in Iraq\n\n" + (
    "The United States keeps between 5,000 and 6,000 troops in Iraq. Italy has around 800 soldiers near Erbil, "
    "where they trained 20,000 Iraqi soldiers. Kuwait hosts about 13,000 American troops at its bases. Jordan "
    "hosts some 2,000 coalition personnel. Denmark and Norway keep 120 and 70 instructors respectively."
)
MANY = Path(__file__).with_name("gold") / "many"
MIN_F1 = 0.9


def by_partner(text: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for claim in extract_text(text).claims:
        found.setdefault(claim.partner, []).append(claim)
    return found


def test_a_document_of_many_givers_has_no_partner_of_its_own():
    extraction = extract_text(CONFERENCE)
    assert extraction.many and extraction.partner is None
    assert extraction.to_schema_dict()["partner"] is None
    assert all(claim["partner"] for claim in extraction.to_schema_dict()["claims"])


def test_each_figure_goes_to_its_giver():
    found = {(c.partner, c.value, c.currency) for c in extract_text(CONFERENCE).claims}
    assert found == {
        ("KW", 2e9, "USD"), ("KW", 1e9, "USD"), ("arab-fund", 5e8, "USD"), ("DE", 3.5e8, "EUR"),
        ("GB", 1e8, "GBP"), ("JP", 1e8, "USD"), ("DK", 2e7, "EUR"), ("SE", 2.5e7, "EUR"), ("NO", 2e8, "NOK"),
        ("FI", 2e8, "NOK"), ("AT", 9e6, "EUR"), ("european-union", 4e8, "EUR"),
    }


def test_a_total_for_all_donors_is_nobodys_claim():
    assert all(c.value != 30e9 for c in extract_text(CONFERENCE).claims)


def test_the_headline_gives_the_place_unless_the_sentence_names_another():
    found = by_partner(CONFERENCE)
    assert found["DE"][0].places == ["IQ"]
    assert "place_from_heading" in found["DE"][0].review_reasons
    assert found["european-union"][0].places == ["SY"]
    assert found["arab-fund"][0].places == ["IQ"]  # Kuwait is the fund's seat, not where the money goes


def test_a_period_after_another_givers_figure_is_that_givers():
    found = by_partner(CONFERENCE)
    assert found["GB"][0].period == "annual"
    assert found["DE"][0].period is None and found["JP"][0].period is None


def test_as_did_gives_the_same_figure_and_evidence():
    found = by_partner(CONFERENCE)
    assert found["FI"][0].evidence == found["NO"][0].evidence
    assert found["FI"][0].places == ["IQ"]


def test_a_range_of_people_is_two_claims_with_one_evidence():
    low, high = by_partner(ROUNDUP)["US"][:2]
    assert (low.value, low.qualifier, high.value, high.qualifier) == (5000, "at_least", 6000, "at_most")
    assert low.evidence == high.evidence == "between 5,000 and 6,000 troops in Iraq"


def test_a_range_of_money_is_two_claims():
    found = extract_text("Donor pledges for Syria\n\nGermany pledged EUR 40 million. The World Bank will lend "
                         "between USD 500 and 700 million over three years. Japan gave USD 10 million.").claims
    bank = [(c.value, c.qualifier) for c in found if c.partner == "world-bank"]
    assert bank == [(500e6, "at_least"), (700e6, "at_most")]


def test_hosted_troops_are_the_senders_and_serve_in_the_host():
    found = by_partner(ROUNDUP)
    assert [(c.value, c.places) for c in found["US"]][2] == (13000, ["KW"])
    assert "KW" not in found and "JO" not in found


def test_people_trained_stay_out():
    assert all(c.value != 20000 for c in extract_text(ROUNDUP).claims)


def test_counts_listed_before_their_noun_go_in_order():
    found = by_partner(ROUNDUP)
    assert [c.value for c in found["DK"]] == [120] and [c.value for c in found["NO"]] == [70]


def test_a_table_read_one_cell_per_line():
    text = HEADLINE + "Donor\nPledge\nGermany\nEUR 45 million\nJapan\nUSD 30 million\nNorway\nNOK 80 million\n"
    found = {(c.partner, c.value) for c in extract_text(text).claims}
    assert found == {("DE", 45e6), ("JP", 30e6), ("NO", 80e6)}


def test_a_recipient_list_keeps_its_one_partner():
    text = ("The Government of Japan has decided to extend emergency grant aid.\n\n"
            "The aid will be distributed as follows:\n• Jordan: USD 12 million\n• Lebanon: USD 8 million\n"
            "• Iraq: USD 20 million\n\nIn 2014, Japan provided USD 25 million for Syria.")
    extraction = extract_text(text)
    assert not extraction.many and extraction.partner == "JP"
    assert {c.partner for c in extraction.claims} == {"JP"}


@pytest.mark.parametrize("labels", [
    "Jordan: approx. 12 mil. USD for host communities.\nLebanon: SEK 40m for schools.\nTurkey: SEK 25m for shelter.\n",
    "• Jordan – SEK 12 million\n• Lebanon – SEK 40 million\n• Iraq – SEK 30 million\n",
], ids=["colon", "bullet-dash"])
def test_country_labels_in_a_page_its_partner_leads_are_places(labels):
    """With no "distributed as follows" above them, labels are still destinations when the page's partner leads."""
    text = ("Sweden boosts support to the region\n\nThe Government of Sweden today announced SEK 120 mln for Syria.\n"
            f"{labels}Sweden's contingent in Iraq will stay at 70 personnel in 2024.\n")
    extraction = extract_text(text)
    assert not extraction.many and extraction.partner == "SE"
    assert {c.partner for c in extraction.claims} == {"SE"}
    assert ["JO"] in [c.places for c in extraction.claims]


def test_a_given_partner_always_wins():
    extraction = extract_text(CONFERENCE, partner="NO")
    assert not extraction.many and extraction.partner == "NO"
    assert {c.partner for c in extraction.claims} == {"NO"}


def test_a_one_partner_document_gives_its_partner_to_every_claim():
    extraction = extract_text("Norway's contribution\n\nNorway gave USD 7 million to Iraq in 2018.")
    assert [c.to_schema_dict()["partner"] for c in extraction.claims] == ["NO"]
    eu = extract_text("The European Union in the Global Coalition\n\nThe EU gave EUR 7 million to Iraq in 2018.")
    assert eu.partner == "EU" and eu.claims[0].partner == "european-union"


@pytest.mark.parametrize(("text", "code"), [
    ("the EU", "european-union"), ("the Kuwait Fund", "kuwait-fund"), ("UK", "GB"), ("Saudi", "SA"),
    ("the Islamic Development Bank", "islamic-development-bank"), ("NATO", "nato"), ("the World Bank", "world-bank"),
])
def test_aliases_name_their_giver(text, code):
    assert [m.code for m in giver_mentions(text)] == [code]


def test_many_partner_gold_set():
    scores = evaluate(MANY)
    report = {d.name: (d.missed, d.spurious) for d in scores.documents if d.missed or d.spurious}
    assert len(scores.documents) >= 12
    assert scores.f1 >= MIN_F1, report
    assert scores.attribution_accuracy >= MIN_F1
    assert scores.accuracy("places") >= 0.9


def test_each_gives_every_named_giver_the_figure():
    text = ("Pledges for Syria\n\nSaudi Arabia and the United Arab Emirates pledged USD 100 million each. "
            "Estonia and Lithuania each gave EUR 1 million. France promised EUR 20 million.")
    found = {(c.partner, c.value, tuple(c.places)) for c in extract_text(text).claims}
    assert found == {("SA", 1e8, ("SY",)), ("AE", 1e8, ("SY",)), ("EE", 1e6, ("SY",)), ("LT", 1e6, ("SY",)),
                     ("FR", 2e7, ("SY",))}


def test_there_and_outside():
    text = ("The coalition's footprint outside Iraq\n\nBelgium has around 100 personnel at an air base in Jordan. "
            "The Netherlands keeps some 150 troops there as well. In Kuwait, Canada stations about 300 personnel.")
    found = {(c.partner, c.value, tuple(c.places)) for c in extract_text(text).claims}
    assert found == {("BE", 100, ("JO",)), ("NL", 150, ("JO",)), ("CA", 300, ("KW",))}


def test_a_list_intros_year_is_the_period():
    text = ("Mine action in Iraq\n\nDonor contributions to mine action in 2022:\n– Netherlands: EUR 12 million\n"
            "– Germany: EUR 25 million\n")
    assert {(c.partner, c.period, c.year) for c in extract_text(text).claims} == {("NL", "year", 2022),
                                                                                   ("DE", "year", 2022)}


@pytest.mark.parametrize("folder", ["blind", "blind2", "blind3"])
def test_blind_pages_score_too(folder):
    scores = evaluate(MANY / folder)
    assert scores.f1 >= MIN_F1 and scores.accuracy("places") >= 0.9


def test_the_conferences_purpose_frames_a_headline_without_a_place():
    text = ("Seventh conference: the main announcements\n\nMinisters met for the seventh conference on the future of "
            "Syria and the region, after the earthquakes in Türkiye.\n\n• Germany: EUR 1 billion\n"
            "• Japan: USD 46 million\n")
    assert {(c.partner, tuple(c.places)) for c in extract_text(text).claims} == {("DE", ("SY",)), ("JP", ("SY",))}


def test_a_dateline_or_an_organiser_is_no_giver():
    text = ("Conférence pour la reconstruction de l'Irak\n\nKoweït, le 14 février 2018 — La conférence organisée par "
            "le Koweït s'est achevée sur 30 milliards de dollars de promesses au total.\n\nL'Arabie saoudite a promis "
            "1,5 milliard de dollars. Le Japon accordera 100 millions de dollars de dons, tout comme le Qatar.")
    found = {(c.partner, c.value, tuple(c.places)) for c in extract_text(text).claims}
    assert found == {("SA", 1.5e9, ("IQ",)), ("JP", 1e8, ("IQ",)), ("QA", 1e8, ("IQ",))}


def test_co_hosts_local_forces_and_a_list_intro():
    text = ("Troops in Iraq and Syria\n\nThe conference, co-hosted by the United Kingdom, Germany and Norway, raised "
            "over USD 10 billion. Britain's contribution stands at 400 troops, most of them training Iraqi forces. "
            "Iraq's own army counts some 300,000 soldiers.\n\nAnnounced in 2021\n• Canada – CAD 50 million\n"
            "• Norway NOK 100 million\n")
    found = {(c.partner, c.value, tuple(c.places), c.year) for c in extract_text(text).claims}
    assert found == {("GB", 400, ("IQ",), None), ("CA", 5e7, ("IQ", "SY"), 2021), ("NO", 1e8, ("IQ", "SY"), 2021)}
