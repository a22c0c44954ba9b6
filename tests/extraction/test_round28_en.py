"""The classes of error blind round 28 (`gold/en-ab-*`, English: a GOV.UK news story with "Further information", a
State Department "Relations With" fact sheet, a Senate question on notice with a year table (`.html`), a news
explainer on who pays to rebuild Mosul (`.pdf`), a minister's pledging speech at a donors' conference (`.docx`), a
Canadian news release with "Quick facts" and a coalition partner page for the UAE) found, one test per class, each
checked to fail on the code before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("UK aid has delivered more than 34 million food rations and 11 million medical consultations since 2012. The UK "
     "gave £131 million in 2026.", "GB", [131000000]),
    ("Since 2015 our funding has paid for 1.5 million school meals in Iraq; Norway gives NOK 40 million.", "NO",
     [40000000]),
    ("With this support, partners distributed 2 million hygiene kits and 3.2 million food parcels. Denmark provides "
     "DKK 60 million.", "DK", [60000000]),
    ("The grant funded 4 million polio vaccinations in Syria, and Japan added USD 5 million in 2025.", "JP", [5000000]),
])
def test_things_counted_in_millions_after_a_modifier_are_no_money(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Donors at the conference, co-chaired by the European Union, pledged a combined €5.8 billion for 2027. The UK "
     "will provide £145 million.", "GB", [145000000]),
    ("Participants pledged a combined USD 6 billion. Norway gives NOK 1.2 billion.", "NO", [1200000000]),
    ("This conference aims to mobilise at least USD 10 billion for Syrians. Norway will provide NOK 1.2 billion.",
     "NO", [1200000000]),
    ("The meeting seeks to secure more than EUR 4 billion in pledges. Belgium gives EUR 20 million.", "BE",
     [20000000]),
    ("Last year we together pledged EUR 5.6 billion. Let us match that. Norway gives NOK 150 million.", "NO",
     [150000000]),
    ("Together we mobilised more than $7 billion in Brussels last year. Canada gives $90 million.", "CA",
     [90000000]),
])
def test_what_donors_pledge_or_a_conference_aims_at_together_is_no_claim(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Bilateral trade in goods totaled $9.4 billion in 2025, including U.S. exports of $1.9 billion. The United States "
     "gave $95 million to Iraq.", "US", [95000000]),
    ("Iraq's 2026 federal budget of 211 trillion dinars (about $161 billion) depends on oil. The United States gave "
     "$95 million to Iraq.", "US", [95000000]),
    ("Exports to Jordan reached EUR 480 million last year; Germany gave EUR 30 million in aid.", "DE", [30000000]),
    ("Lebanon's national budget of USD 3.2 billion for 2026 was adopted. France gives EUR 12 million.", "FR",
     [12000000]),
])
def test_trade_and_another_countrys_budget_are_no_claim(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("The Minister announced $48 million over three years (2027-2029) for stabilization in Iraq. This funding includes "
     "$18 million for the Funding Facility for Stabilization. It also includes $12 million in development programming.",
     "CA", [("cumulative", None, 2027)] * 3),
    ("Denmark gives DKK 90 million in 2026 to Syria. This support includes DKK 30 million for UNICEF.", "DK",
     [("year", 2026, None)] * 2),
    ("Since 2019, Ireland has given EUR 40 million to Lebanon. The funding also includes EUR 6 million for WFP.", "IE",
     [("cumulative", None, 2019)] * 2),
])
def test_a_part_that_the_funding_or_it_includes_takes_the_totals_period(text, partner, expected):
    assert [(c.period, c.year, c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Who pays to rebuild Mosul?\n\nGermany: the quiet heavyweight\n\nGermany has committed EUR 2.4 billion to Iraq "
     "since 2014. In 2026 alone, the development bank KfW signed EUR 85 million in grants for Iraq.\n\nThe other "
     "donors\n\nThe United Arab Emirates pledged USD 50.4 million in 2018. Japan's loans to Iraq exceed USD 9 "
     "billion.\n", [("DE", 2400000000), ("DE", 85000000), ("AE", 50400000), ("JP", 9000000000)]),
    ("Who funds demining in Raqqa?\n\nNorway - the largest donor\n\nNorway gave NOK 300 million to Syria in 2025. A "
     "further NOK 40 million went to demining there.\n\nThe others\n\nThe Netherlands pledged EUR 12 million. Denmark "
     "gave DKK 25 million. Sweden gave SEK 30 million.\n",
     [("NO", 300000000), ("NO", 40000000), ("NL", 12000000), ("DK", 25000000), ("SE", 30000000)]),
])
def test_a_heading_that_names_its_giver_gives_the_figures_under_it_on_a_page_of_many(text, expected):
    assert [(c.partner, c.value) for c in claims(text)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("HEADLINE FIGURES\nAED 1.5 billion for stabilisation in Iraq and Syria since 2016\nUSD 15 million to UNDP's "
     "Funding Facility for Stabilization in Iraq in 2026\n25 medical staff at a humanitarian field hospital in Jordan\n",
     "AE", [(1500000000, "cumulative", None, 2016, ["IQ", "SY"]), (15000000, "year", 2026, None, ["IQ"]),
            (25, None, None, None, ["JO"])]),
    ("Key figures\n$40 million for humanitarian aid in Syria since 2018\n$6 million for demining in Iraq in 2025\n",
     "AU", [(40000000, "cumulative", None, 2018, ["SY"]), (6000000, "year", 2025, None, ["IQ"])]),
    ("At a glance\nKRW 30 billion for stabilisation in Iraq in 2024\n12 police advisers in Lebanon\n", "KR",
     [(30000000000, "year", 2024, None, ["IQ"]), (12, None, None, None, ["LB"])]),
])
def test_each_line_of_a_block_of_key_figures_is_a_sentence_of_its_own(text, partner, expected):
    assert [(c.value, c.period, c.year, c.since, sorted(c.places)) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Humanitarian assistance to Iraq and Syria by calendar year (A$ million)\nYear | Amount (A$ million) | Main "
     "delivery partners\n2025 | 61.4 | WFP, UNICEF, ICRC\n2026 | 63.0 | WFP, UNHCR, Australian Humanitarian Partnership "
     "NGOs and the Red Cross Movement\nTotal | 124.4\n", "AU",
     [("year", 2025, None), ("year", 2026, None), ("cumulative", None, 2025)]),
    ("Funding to Iraq (EUR)\nYear | Amount | Channel\n2023 | 4,000,000 | UNDP Funding Facility for Stabilization and the "
     "International Organization for Migration\nTotal | 4,000,000\n", "IE", [("year", 2023, None)]),
])
def test_a_tables_total_row_under_a_long_row_is_a_row_of_its_own(text, partner, expected):
    assert [(c.period, c.year, c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Humanitarian assistance to Iraq and Syria by calendar year (A$ million)\nYear | Amount (A$ million) | Partners\n"
     "2025 | 61.4 | WFP\n2026 | 63.0 | WFP\n• Yes. Australia's 2026 contribution of $63 million placed it among the "
     "twelve largest humanitarian donors to Syria.\n", "AU", [61400000, 63000000]),
    ("In 2025 Norway gave NOK 200 million in humanitarian aid to Lebanon and Jordan. Norway's 2025 contribution of NOK "
     "200 million made it a leading donor in Jordan.", "NO", [200000000]),
])
def test_a_years_sum_said_again_of_one_of_its_places_is_one_claim(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected
