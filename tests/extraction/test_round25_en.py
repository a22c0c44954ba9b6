"""The classes of error blind round 25 (`gold/en-z-*`, English: a parliamentary budget debate in Hansard style, a
grant agreement with numbered articles and instalments in DOCX, a funding-flows table in the style of OCHA's
Financial Tracking Service, a defence ministry's overview of all its deployments, a development agency's annual report
with wrapped lines in PDF, an embassy's e-mail newsletter signed only in its footer and an encyclopedia section with
footnote markers) found, one test per class, each checked to fail on the code before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("The cabinet approved six F-16 fighter aircraft[14] and up to 380[15] military personnel to Jordan.[16]", "NL",
     [(380, "at_most")]),
    ("In 2016 Belgium sent 120[7] soldiers to Iraq.", "BE", [(120, "exact")]),
    ("By 2019 some 250[31] Danish troops were serving at Al Asad in Iraq.[32]", "DK", [(250, "approximate")]),
    ("Australia deployed around 600[9] personnel to the Middle East in 2014.", "AU", [(600, "approximate")]),
])
def test_a_footnote_marker_glued_to_a_head_count_keeps_it(text, partner, expected):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("In 2015 some 130 trainers[18] were sent to Erbil and Baghdad to train Iraqi forces; by 2018 they had trained "
     "over 12,000 fighters.[19] The F-16s, which alternated with Belgium's aircraft, struck targets in Syria.", "NL",
     [["IQ"]]),
    ("Norway sent 60 instructors to Iraq.[3][citation needed] Denmark's F-16s flew over Syria.", "NO", [["IQ"]]),
    ("Italy paid EUR 20 million[5] for stabilization in Iraq.[6] Its Tornados later flew from Kuwait.", "IT",
     [["IQ"]]),
])
def test_a_footnote_marker_after_the_full_stop_still_ends_the_sentence(text, partner, expected):
    assert [c.places for c in claims(text, partner=partner)] == expected


def _partner(text):
    from coalition.extraction import extract_text

    return extract_text(text).partner


@pytest.mark.parametrize(("text", "expected"), [
    ("Switzerland, Government of\nHumanitarian funding flows reported by the donor, 2025-2026.\n"
     "Flow ID | Source organization | Destination location | Amount (US$)\n"
     "318442 | Switzerland, Government of | Syrian Arab Republic | 6,250,000\n", "CH"),
    ("Japan, Government of — Funding flows 2026\nFlow ID | Destination location | Amount (US$) | Status\n"
     "401 | Iraq | 3,000,000 | Paid contribution\n", "JP"),
    ("Donor profile: Norway, Government of\nSource organization | Destination | Amount (US$)\n"
     "Norway, Government of | Iraq | 4,000,000\nNorway, Government of | Syria | 2,500,000\n", "NO"),
])
def test_a_donor_listed_as_country_comma_government_of_is_the_partner(text, expected):
    assert _partner(text) == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Flow ID | Destination location | Amount (US$) | Status | Year\n"
     "318442 | Syrian Arab Republic | 6,250,000 | Paid contribution | 2025\n"
     "327120 | Lebanon | 4,000,000 | Commitment | 2026\n", "CH", [("year", 2025), ("year", 2026)]),
    ("Recipient | Country | Year | Amount (EUR)\nUNHCR | Iraq | 2024 | 2,000,000\nWFP | Syria | 2025 | 3,500,000\n",
     "AT", [("year", 2024), ("year", 2025)]),
    ("Project | Fiscal year | Amount (JPY)\nWater supply, Iraq | 2023 | 1,200,000,000\n", "JP", [("year", 2023)]),
    ("Organisation | Pays | Année | Montant (EUR)\nPNUD | Irak | 2022 | 1 500 000\n", "LU", [("year", 2022)]),
])
def test_a_tables_year_column_dates_each_rows_figure(text, partner, expected):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Switzerland paid USD 6 million to WFP in Syria. Top government donors to Syria in 2025 were the United States "
     "(US$ 512 million) and Germany (US$ 388 million).", "CH", [6_000_000]),
    ("Ireland gave EUR 5 million in Jordan. The largest donors this year are the EU and Germany, at EUR 90 million "
     "and EUR 70 million.", "IE", [5_000_000]),
    ("Japan signed a loan of ¥40 billion for Jordan, co-financed with the World Bank, whose own loan of US$1.5 billion "
     "supports the same reform programme.", "JP", [40_000_000_000]),
    ("Sweden gives SEK 90 million to the project in Iraq. The total budget of the project is USD 21.4 million; the "
     "balance is expected from the European Union (EUR 6 million).", "SE", [90_000_000]),
    ("Ireland gives EUR 8.5 million to Syria. At Brussels, EU Member States and institutions together pledged €2.5 "
     "billion.", "IE", [8_500_000]),
])
def test_other_donors_and_a_projects_whole_budget_are_no_claims_of_the_partner(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


_OVERVIEW = ("Operations overview\n\nCOUNTER DAESH\nArea of operations: Iraq, Jordan\nCurrently deployed: 312 soldiers\n\n"
             "KFOR\nArea of operations: Kosovo\nMandate ceiling: up to 400 soldiers\nCurrently deployed: 291 soldiers\n"
             "Additional mission costs for 2026: EUR 58.2 million.\n\nSEA GUARDIAN\nArea of operations: Mediterranean Sea"
             "\nCurrently deployed: 187 soldiers on one frigate\n")


@pytest.mark.parametrize(("text", "partner", "expected"), [
    (_OVERVIEW, "DE", [312]),
    ("Italy has 650 soldiers in Iraq.\n\nItaly also keeps 1,200 soldiers in Lebanon.\n\nIn Latvia the Italian "
     "contingent numbers 250 troops, and 300 more serve with KFOR in Kosovo.", "IT", [650, 1_200]),
    ("The Danish frigate with 160 sailors sails in the Red Sea and the Gulf of Aden.\n\nDenmark has 120 soldiers in "
     "Iraq.", "DK", [120]),
    ("Opération Chammal : 600 militaires en Irak et en Jordanie.\n\nMission Lynx : 300 militaires en Estonie.", "FR",
     [600]),
])
def test_a_deployment_outside_the_coalitions_theatre_is_no_claim(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Canada is providing $325 million in humanitarian assistance in 2026. Of that, $118 million is for Iraq and $64 "
     "million goes to Syria.", "CA", [2026, 2026, 2026]),
    ("Norway gives NOK 400 million to Syria in 2025. Of this, NOK 150 million is for Lebanon.", "NO", [2025, 2025]),
    ("In 2024 Japan provided USD 50 million to Iraq. Of the total, USD 20 million went to stabilization.", "JP",
     [2024, 2024]),
    ("La Belgique consacre 30 millions d'euros à la Syrie en 2023. Sur ce total, 10 millions d'euros vont au Liban.",
     "BE", [2023, 2023]),
])
def test_a_part_after_of_that_takes_the_totals_year(text, partner, expected):
    assert [c.year for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Two members of An Garda Síochána are now serving with the EU Advisory Mission (EUAM Iraq) in Baghdad.", "IE", [2]),
    ("Twelve members of the Royal Netherlands Marechaussee Police Service are deployed in Iraq.", "NL", [12]),
    ("Four members of the Swedish Police Authority's International Unit are now serving with EUAM Iraq.", "SE", [4]),
    ("Five members of the Carabinieri Training Unit Team Alpha are seconded to Baghdad.", "IT", [5]),
])
def test_members_of_a_long_named_force_before_the_verb_of_serving_are_personnel(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Two Irish police officers serve with EUAM Iraq in Baghdad. The mission has about 90 international staff from 20 "
     "EU countries.", "IE", [2]),
    ("Sweden sends 6 advisers to Iraq. NATO Mission Iraq has some 500 personnel from 25 NATO countries.", "SE", [6]),
    ("Finland has 80 soldiers in Iraq, in a force of 4,000 soldiers from 12 European nations.", "FI", [80]),
    ("La France envoie 10 conseillers en Irak ; la mission compte 100 experts de 20 pays de l'UE.", "FR", [10]),
])
def test_a_head_count_from_a_group_of_named_countries_is_the_whole_missions(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Estonia's humanitarian aid worldwide totalled EUR 14.3m in 2024.", "EE", [14_300_000]),
    ("\"Since 2015 more than 400 Latvian soldiers have served in the operation against Daesh,\" the minister said.",
     "LV", [400]),
    ("Lithuania sends 30 instructors to Iraq.", "LT", [30]),
])
def test_the_partners_own_country_is_no_theatre_outside_the_coalitions(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Since 2016, Canada has committed more than $4 billion to Iraq and Syria. Of this, about $1.1 billion supports "
     "humanitarian assistance.", "CA", [("cumulative", 2016), ("cumulative", 2016)]),
    ("Between 2015 and 2022 Norway gave NOK 900 million to Iraq. Of that, NOK 300 million went to stabilization.", "NO",
     [("cumulative", 2015), ("cumulative", 2015)]),
])
def test_a_part_of_a_total_over_years_is_given_over_those_years(text, partner, expected):
    assert [(c.period, c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("4.1 Sida shall contribute SEK 90,000,000 to the project in Iraq.\n4.3 For information, the total contribution "
     "corresponds to approximately USD 8.6 million at the exchange rate of 10.45 SEK per USD.", "SE", [90_000_000]),
    ("Norway gives NOK 50 million to Syria. That is about USD 4.7 million at today's exchange rate.", "NO",
     [50_000_000]),
    ("Le Danemark verse 40 millions de couronnes au Liban, soit 5,4 millions d'euros au taux de change du jour.", "DK",
     [40_000_000]),
])
def test_a_sum_converted_at_an_exchange_rate_restates_the_first(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Ireland gives EUR 5 million in Jordan. Twelve graduates won Fellowships, each worth about JOD 15,000 in fees.",
     "IE", [5_000_000]),
    ("Japan funds 40 scholarships for Iraqi students, each valued at USD 25,000, within its USD 3 million programme.",
     "JP", [3_000_000]),
    ("La Suisse octroie 20 bourses, chacune d'une valeur de 30 000 francs, et 4 millions de francs au Liban.", "CH",
     [4_000_000]),
])
def test_a_sum_that_each_award_is_worth_is_no_claim(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("COUNTER DAESH\nArea of operations: Iraq, Jordan, Kuwait\nCurrently deployed: 312 soldiers\nTasks: air-to-air "
     "refuelling and air surveillance.\nAdditional mission costs for 2026: EUR 145.3 million.\n", "DE",
     [["IQ", "JO", "KW"], ["IQ", "JO", "KW"]]),
    ("Project: Water for Mosul\nCountry: Iraq\nThe project repairs two pumping stations.\nBudget: CHF 2,500,000\n",
     "CH", [["IQ"]]),
])
def test_a_records_field_lines_reach_past_a_line_of_prose_in_the_same_record(text, partner, expected):
    assert [c.places for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Currently deployed: 312 soldiers in Iraq, Jordan and Kuwait.\nOf the 312, about 90 are at Al-Azraq air base in "
     "Jordan.", "DE", [(312, "exact"), (90, "approximate")]),
    ("Denmark has 130 soldiers in Iraq. Of these 130, 40 serve in Baghdad.", "DK", [(130, "exact"), (40, "exact")]),
    ("La France déploie 600 militaires au Levant. Sur les 600, environ 200 sont en Jordanie.", "FR",
     [(600, "exact"), (200, "approximate")]),
    ("Norway sends 70 instructors to Iraq. Of the 2026 budget, NOK 20 million goes to Syria.", "NO",
     [(70, "exact"), (20_000_000, "exact")]),
])
def test_a_part_named_by_the_head_count_it_is_of_is_personnel(text, partner, expected):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Thirty-one Latvian soldiers came home from Iraq. Estonia and Lithuania each have around 30 soldiers in the same "
     "unit.", "LV", [31]),
    ("Poland and Romania also joined the mission. Bulgaria sends 20 instructors to Iraq.", "BG", [20]),
])
def test_a_country_of_another_mission_named_as_a_giver_is_no_theatre(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Grant aid through UNDP of ¥1.2 billion in fiscal 2024 for the stabilization of western Mosul, Iraq.", "JP",
     [("year", 2024)]),
    ("In fiscal 2023 JICA committed ¥5 billion to Jordan.", "JP", [("year", 2023)]),
    ("Australia provided $20 million to Iraq in financial 2022.", "AU", [("year", 2022)]),
])
def test_fiscal_before_a_year_without_its_noun_is_that_year(text, partner, expected):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("4.1 Sida shall contribute a total of SEK 90,000,000 (ninety million Swedish kronor) to the project for the "
     "period 2025-2028.", "SE", [("cumulative", 2025)]),
    ("The Government shall provide a total of EUR 12,000,000 (twelve million euros) to UNDP over 2024-2027.", "IE",
     [("cumulative", 2024)]),
])
def test_a_sum_restated_in_words_keeps_the_first_year_that_follows_it(text, partner, expected):
    assert [(c.period, c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Agreement between the Government of Sweden and UNICEF on humanitarian water and sanitation support in Nineveh, "
     "Iraq\n\nArticle 4 — Financial contribution\n\n4.1 Sida shall contribute SEK 90,000,000 to the project.\n", "SE",
     [(["IQ"], ["humanitarian"])]),
    ("Grant Agreement between the Government of Japan and UNDP for the stabilization of liberated areas in Syria\n\n"
     "Article 3\n\nThe Government of Japan shall make a grant of USD 5,000,000.\n", "JP",
     [(["SY"], ["stabilization"])]),
    ("Memorandum of Understanding between Norway and WFP on humanitarian food assistance in Lebanon\n\n"
     "Section 2. Norway shall contribute NOK 40 million in 2026.\n", "NO", [(["LB"], ["humanitarian"])]),
])
def test_an_agreements_title_gives_its_articles_sums_their_place_and_line(text, partner, expected):
    assert [(c.places, c.lines) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("12 JICA experts advise the Ministry of Water in Jordan on the reduction of non-revenue water, which stood at 48% "
     "in 2023.", "JP", [(None, None)]),
    ("Japan gave USD 5 million to Iraq, where poverty fell to 20% in 2024.", "JP", [(None, None)]),
    ("In 2024 Japan gave USD 5 million to Iraq, 30% more than in 2023.", "JP", [("year", 2024)]),
    ("L'Italie a 40 formateurs en Irak, où le chômage atteignait 16 % en 2022.", "IT", [(None, None)]),
])
def test_a_percentages_year_does_not_date_the_figure(text, partner, expected):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == expected
