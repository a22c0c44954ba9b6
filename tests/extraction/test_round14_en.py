"""The classes of error blind round 14 (`gold/en-o-*`, English ministry news, wire copy, UN agency notes, an aid
report and a parliamentary transcript) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "currency"), [
    ("Poland will give 40 million zlotys to Syria in 2019.", "PL", "PLN"),
    ("Warsaw pledged 12 million złotys ($3.1 million) for schools in Iraq.", "PL", "PLN"),
    ("The ministry set aside 800,000 zloty for clinics in Jordan.", "PL", "PLN"),
    ("Hungary provides 500 million forints for the rebuilding of churches in Iraq.", "HU", "HUF"),
    ("Romania contributes 2 million lei to the stabilisation fund in Iraq.", "RO", "RON"),
    ("Bulgaria sent aid worth 1.5 million leva to refugees in Lebanon.", "BG", "BGN"),
])
def test_a_currency_named_without_its_nationality_is_that_currency(text, partner, currency):
    found = claims(text, partner=partner)
    assert [c.currency for c in found] == [currency]


@pytest.mark.parametrize("text", [
    ("2018/19 Estimates for Vote Defence Force\n\nMember: What does the deployment cost?\n\nMinister: The extension "
     "is costed at $32 million over two years, and most of the trainers at Taji are Australian."),
    ("Estimates examination of Vote Foreign Affairs\n\nOfficial: Since 2014 we have provided $38 million for the "
     "Syria and Iraq crises through UN agencies."),
    ("Select committee hearing\n\nMFAT official: Humanitarian funding for Iraq this year is $5 million, paid "
     "through the Red Cross."),
])
def test_a_new_zealand_budget_vote_or_ministry_names_the_partner_of_a_transcript(text):
    found = extract_text(text)
    assert found.doc.partner == "NZ"
    assert [c.currency for c in found.claims] == ["NZD"]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("The New Zealand contingent at Taji in Iraq will come down from 121 to 95 at the next rotation in November.",
     "NZ", [(121, "exact"), (95, "exact")]),
    ("Our training contingent in Iraq will fall from 120 to 80 over the summer.", "NZ",
     [(120, "exact"), (80, "exact")]),
    ("The Government proposes that the training contingent in northern Iraq be reduced from 70 to 50 when the "
     "current mandate expires.", "SE", [(70, "exact"), (50, "exact")]),
    ("The Danish contingent in Iraq rose from 130 to 180 after the Alliance asked for more trainers.", "DK",
     [(130, "exact"), (180, "exact")]),
    ("The number of Swedish staff officers serving with NATO Mission Iraq in Baghdad is raised to a maximum of 10.",
     "SE", [(10, "at_most")]),
    ("The number of Norwegian advisers in Baghdad will be increased to at least 12 next year.", "NO",
     [(12, "at_least")]),
])
def test_a_unit_or_number_of_people_that_changes_gives_every_count_it_goes_to(text, partner, found):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner) if c.kind == "personnel"] == found


@pytest.mark.parametrize("text", [
    "The 2019 Humanitarian Response Plan for Syria sought USD 3.3 billion.",
    "The United Nations is seeking $5.5 billion for aid inside Syria this year.",
    "WFP requires US$1.1 billion to sustain its assistance in Lebanon in 2023.",
    "UNHCR needs USD 600 million to keep its programmes in Iraq running.",
    "The agency has appealed for $400 million for families in Iraq.",
    "The UN agencies are asking for USD 2.1 billion for Iraq this year.",
    "The UN is seeking $5.5 billion for aid inside Syria and another $3.3 billion for refugees in the region.",
])
def test_what_an_agency_or_a_plan_seeks_or_requires_is_no_money_given(text):
    assert claims("Poland gives PLN 5 million to Syria in 2019.\n\n" + text, partner="PL")[1:] == []


@pytest.mark.parametrize("text", [
    "Last year's Brussels meeting raised $4.4 billion in pledges for 2018.",
    "The summit mobilised EUR 2 billion for the region.",
    "All 30 partners of the Facility together have provided over 1.5 billion US dollars.",
    "All 25 donors have contributed USD 900 million to the fund since 2015.",
])
def test_what_a_meeting_raised_or_all_partners_gave_together_is_nobodys_own(text):
    assert claims("Poland gives PLN 5 million to Syria in 2019.\n\n" + text, partner="PL")[1:] == []


@pytest.mark.parametrize("text", [
    "Germany promised 1.44 billion euros for Syria and the region at last year's conference.",
    "Japan gave USD 20 million to the same programme in Iraq.",
    "Sweden spent SEK 300 million on the fund in Iraq in 2018.",
    "Norway offers NOK 50 million for demining in Iraq.",
])
def test_another_country_that_promised_gave_or_spent_a_sum_is_its_giver(text):
    assert claims("Poland gives PLN 5 million to Syria in 2019.\n\n" + text, partner="PL")[1:] == []


@pytest.mark.parametrize(("text", "year"), [
    ("The Coordinator announced more than $148 million in new stabilization assistance for Iraq and Syria, drawing "
     "on Fiscal Year 2022 funds.", 2022),
    ("Fiscal Year 2021 funding of $40 million will restore water supplies in Raqqa.", 2021),
    ("The Department obligated $12 million of financial year 2019 appropriations to demining in Iraq.", 2019),
])
def test_a_fiscal_year_named_without_a_preposition_is_the_year_of_the_figure(text, year):
    found = claims(text, partner="US")
    assert [(c.period, c.year) for c in found] == [("year", year)]


def test_a_fiscal_year_heading_gives_its_year_to_the_list_under_it():
    text = ("United States announces new stabilization assistance\n\nFiscal Year 2022 assistance by country\n\n"
            "- Iraq: $64.3 million for the Funding Facility for Stabilization\n"
            "- Syria: more than $84 million to restore essential services\n")
    assert [(c.value, c.year) for c in claims(text, partner="US")] == [(64_300_000, 2022), (84_000_000, 2022)]


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Ireland's humanitarian funding for people affected by the crisis in Syria has surpassed EUR 200 million since "
     "2012.", "at_least"),
    ("Our aid to Iraq now surpasses USD 50 million.", "at_least"),
    ("Funding for demining in Iraq topped EUR 12 million in 2020.", "at_least"),
    ("Aid to Jordan will exceed EUR 30 million in 2021.", "at_least"),
])
def test_a_sum_that_surpassed_topped_or_will_exceed_is_at_least(text, qualifier):
    assert [c.qualifier for c in claims(text, partner="IE")] == [qualifier]


@pytest.mark.parametrize(("text", "lines"), [
    ("Ireland has contributed over EUR 14 million to WFP's operations in Lebanon since 2017.", ["humanitarian"]),
    ("Norway gives NOK 30 million to UNHCR in Jordan in 2020.", ["humanitarian"]),
    ("The grant of EUR 4 million goes to the World Food Programme in Syria.", ["humanitarian"]),
    ("Ireland allocated EUR 2.5 million to UNICEF's programmes in Iraq in 2019.", ["humanitarian"]),
    ("EUR 5 million goes through UNICEF to the rehabilitation of schools in Mosul.", ["stabilization"]),
])
def test_money_for_a_humanitarian_agency_is_humanitarian_when_nothing_else_is_named(text, lines):
    assert [c.lines for c in claims(text, partner="IE")] == [lines]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Austria's humanitarian aid, by country, in 2019:\n\n- Iraq: EUR 1.5 million, of which EUR 0.5 million via the "
     "Austrian Red Cross\n- Regional programmes: EUR 0.5 million\n", "AT", [1_500_000, 500_000, 500_000]),
    ("Norway's grants for 2020:\n\n• UNICEF: NOK 10 million\n• World Food Programme: NOK 10 million\n", "NO",
     [10_000_000, 10_000_000]),
    ("Japan's new grants were distributed as follows:\n\n• Schools in Mosul: USD 3 million\n• Clinics in Iraq: USD 3 "
     "million\n", "JP", [3_000_000, 3_000_000]),
])
def test_two_items_of_one_list_with_the_same_sum_are_two_figures(text, partner, found):
    assert [c.value for c in claims(text, partner=partner)] == found
