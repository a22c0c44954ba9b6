"""The classes of error blind round 12 (`gold/en-m-*`, English press releases) found, one test per class, each
written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("Czechs to send more soldiers to Iraq as NATO grows\n\nThe army said 40 more soldiers would go to Baghdad.", "CZ"),
    ("Denmark to withdraw its jets from the air campaign\n\nThe seven F-16s will fly home next month.", "DK"),
    ("Hon Jane Doe\nMinister of Defence\n\n5 May 2019\nMedia Statement\n\nNew Zealand to draw down Iraq mission\n\n"
     "The contingent will shrink from 95 to 45 by June. It served beside the Australian Defence Force, whose "
     "Australian Defence Force trainers stay.", "NZ"),
    ("MEDIA RELEASE\n\nSenator the Hon Jo Smith\nMinister for Foreign Affairs\n\n1 June 2020\n\n"
     "Canada reduces its aid\n\nThe Australian Defence Force and the Australian Government agree.", "CA"),
])
def test_a_headline_in_the_future_or_under_a_ministers_letterhead_names_the_partner(text, partner):
    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("Czechs to send more soldiers to Iraq\n\nPRAGUE, May 4 - The Czech Republic will send 60 soldiers to Iraq. "
     "Czech engineers number 20 more. NATO has 500 personnel in the country. The United States has 2,500 troops "
     "there. Czech soldiers have trained 1,500 Iraqi airmen.", "CZ"),
    ("Denmark to extend its Iraq mission\n\nDenmark will keep 130 soldiers in Iraq. Denmark will also give DKK 50 "
     "million. Norway has 60 trainers there, and Germany has 100 soldiers in Jordan.", "DK"),
])
def test_a_story_about_the_partner_its_headline_names_keeps_it_beside_others_in_the_background(text, partner):
    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Prague has also pledged 50 million crowns ($2.2 million) to a U.N. fund for Iraq.", "CZ",
     [(50_000_000, "CZK")]),
    ("Sweden gives 100 million crowns to Syria this year.", "SE", [(100_000_000, "SEK")]),
    ("Denmark gives 20 million Danish crowns to Iraq.", "NO", [(20_000_000, "DKK")]),
    ("The ministry sent 12 million Czech korunas to Jordan.", "CZ", [(12_000_000, "CZK")]),
])
def test_crowns_are_the_partners_own_crown(text, partner, found):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Australia will provide $75 million over four years (about US$53 million) for stabilisation in Iraq.", "AU",
     [(75_000_000, "AUD")]),
    ("New Zealand gives NZ$12 million in 2019 (US$8 million) to Syria.", "NZ", [(12_000_000, "NZD")]),
    ("Denmark gives DKK 70 million this year (approximately USD 10 million) to Iraq.", "DK", [(70_000_000, "DKK")]),
])
def test_a_restatement_in_brackets_after_the_figures_own_words_is_one_claim(text, partner, found):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "places"), [
    ("Australia will provide $20 million for stabilisation, I announced today at the Global Coalition meeting in "
     "Amman.", []),
    ("The Minister announced $20 million for Iraqi communities at a conference in Amman.", ["IQ"]),
    ("Australia gives $5 million to Iraq, the minister said during a visit to Amman.", ["IQ"]),
    ("At the ministerial meeting in Kuwait, Australia pledged $10 million for Syria.", ["SY"]),
])
def test_the_venue_of_a_meeting_or_visit_is_not_where_the_money_goes(text, places):
    assert [c.places for c in claims(text, partner="AU")] == [places]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("The United States provided $265.3 million in stabilization assistance to help Iraqis return home.", "US",
     ["IQ"]),
    ("Japan gives USD 10 million in food aid for Syrians displaced by the fighting.", "JP", ["SY"]),
    ("Norway gives NOK 5 million to help Afghans who fled.", "NO", ["AF"]),
])
def test_a_people_named_by_their_plural_demonym_is_where_the_money_goes(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == [places]


@pytest.mark.parametrize("text", [
    "Canada gives $3.2 million to local media partners to counter Daesh propaganda online.",
    "Canada gives $2 million to counter ISIS propaganda in Iraq.",
    "Canada funds $1 million of counter-propaganda work in Syria.",
    "Canada gives $4 million to expose Daesh's propaganda on social media.",
])
def test_countering_propaganda_is_communications(text):
    assert [c.lines for c in claims(text, partner="CA")] == [["communications"]]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("New Zealand will bring 95 personnel home. Australia, which leads the joint mission, has around 250 "
     "personnel at Taji.", "NZ", [95]),
    ("The Czech Republic sends 60 soldiers. The United States, which leads the coalition fighting Islamic State, "
     "has about 2,500 troops in the country.", "CZ", [60]),
    ("Denmark keeps 130 soldiers in Iraq. Germany has 120 soldiers in Jordan.", "DK", [130]),
    ("New Zealand, which joined the coalition in 2015, has 95 personnel at Taji.", "NZ", [95]),
])
def test_another_country_that_has_troops_is_not_the_partner(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "values"), [
    ("Denmark keeps 150 soldiers in Iraq. Iraq ordered a dozen F-16 aircraft and has received 12 of "
     "them.", [150]),
    ("Denmark sent 60 trainers to Iraq, along with seven F-16 jets; four of them returned in May.", [60]),
    ("Denmark sent 60 trainers to Iraq, and 20 of them serve in Baghdad.", [60, 20]),
])
def test_n_of_them_after_another_counted_thing_is_not_people(text, values):
    assert [c.value for c in claims(text, partner="DK")] == values


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Czechia sends 60 soldiers. NATO defence ministers agreed to expand the alliance's mission in Iraq from about "
     "500 to as many as 4,000 personnel over time.", "CZ", [60]),
    ("Denmark sends 60 soldiers. NATO's mission in Iraq will grow to 4,000 troops.", "DK", [60]),
    ("Denmark will raise its share of NATO's mission in Iraq from 100 to 150 soldiers.", "DK", [100, 150]),
    ("Denmark sends 60 soldiers. The coalition's force in Syria counts some 2,000 troops.", "DK", [60]),
])
def test_the_size_of_an_alliances_mission_is_not_the_partners_head_count(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner"), [
    ("Statement\n\nOur NZDF personnel at Taji served alongside the Australian Defence Force. New Zealand will "
     "reduce its contingent from 95 to 45 by June.", "NZ"),
    ("Update\n\nOur trainers work together with the German Armed Forces and the Bundeswehr in Erbil. Norway has "
     "provided NOK 20 million to Iraq, and the Norwegian Armed Forces keep 60 soldiers there.", "NO"),
])
def test_a_country_named_as_a_co_operator_is_no_sign_of_who_wrote_the_text(text, partner):
    assert extract_text(text).doc.partner == partner
