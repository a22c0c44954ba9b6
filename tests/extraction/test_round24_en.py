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


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("CORRECTION\n\nAn article published on 3 March under the headline \"Spain to halve its Iraq mission\" stated that "
     "Spain would cut its\ncontingent in Iraq from 500 to 200 soldiers this spring and that the mission would cost "
     "EUR 150 million this year.\nBoth statements were wrong. The Ministry of Defence says the contingent will fall "
     "from 350 to 250 troops.", "ES", [350, 250]),
    ("Correction: a story that ran on Monday said Norway had pledged NOK 300 million to Syria. In fact Norway pledged "
     "NOK 250 million.", "NO", [250_000_000]),
    ("Correction notice. Our report of 4 May claimed that Italy would send 600 soldiers to Lebanon; the correct "
     "figure is 450 soldiers.", "IT", [450]),
])
def test_a_correction_that_names_the_article_it_corrects_drops_the_articles_figures(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Kuwait's pledge was USD 2 billion for Iraq: one billion in loans and one billion in investments.", "KW",
     [(2_000_000_000, "USD"), (1_000_000_000, "USD"), (1_000_000_000, "USD")]),
    ("Germany gives EUR 50 million: thirty million for stabilisation and twenty million for humanitarian aid in "
     "Iraq.", "DE", [(50_000_000, "EUR"), (30_000_000, "EUR"), (20_000_000, "EUR")]),
    ("Norway will provide NOK 100 million to Syria, five million as a grant to UNICEF.", "NO",
     [(100_000_000, "NOK"), (5_000_000, "NOK")]),
    ("Denmark gave DKK 40 million to Iraq, where one million in need still live in camps.", "DK",
     [(40_000_000, "DKK")]),
])
def test_a_part_in_words_after_a_total_takes_the_totals_currency(text, partner, expected):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Kuwait's own 2018 pledge was USD 2 billion for Iraq.", "KW", [("year", 2018)]),
    ("Norway's 2024 contribution to the stabilisation fund in Iraq was NOK 80 million.", "NO", [("year", 2024)]),
    ("Japan’s 2023 grant of USD 5 million went to UNICEF in Syria.", "JP", [("year", 2023)]),
    ("Canada's 2016 contribution of $1.6 billion covered Iraq, Syria and the region.", "CA", [("year", 2016)]),
])
def test_a_givers_pledge_named_with_its_year_is_for_that_year(text, partner, expected):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Actual disbursements were NOK 352.6 million for Iraq. The shortfall of NOK 47.4 million arose mainly in 2023.",
     "NO", [352_600_000]),
    ("Sweden spent SEK 180 million in Syria in 2024, an underspend of SEK 20 million against the plan.", "SE",
     [180_000_000]),
    ("Of the EUR 30 million planned for Iraq, Finland paid EUR 26 million, leaving a gap of EUR 4 million.", "FI",
     [30_000_000, 26_000_000]),
    ("La Belgique a versé 18 millions d'euros en Irak, soit un écart de 2 millions d'euros par rapport au budget.",
     "BE", [18_000_000]),
])
def test_a_shortfall_or_underspend_is_no_money_given(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("In February 2018 Kuwait hosted the conference for Iraq. Donors and investors pledged some USD 30 billion in "
     "three days. Kuwait's own pledge was USD 2 billion.", "KW", [2_000_000_000]),
    ("At the Brussels meeting donors and lenders committed EUR 6.4 billion for Syria. Norway gave NOK 1 billion.",
     "NO", [1_000_000_000]),
    ("Les bailleurs et investisseurs ont promis 25 milliards de dollars pour l'Irak. Le Japon a annoncé 100 millions "
     "de dollars.", "JP", [100_000_000]),
])
def test_donors_with_investors_or_lenders_are_a_group_not_the_partner(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Some 3,500 troops from nine allied nations will take part in the exercise in Lithuania. Poland sends 200 "
     "soldiers to Iraq.", "PL", [200]),
    ("About 1,200 soldiers from twelve partner countries train at the base in Jordan. Denmark has 90 instructors in "
     "Iraq.", "DK", [90]),
    ("The exercise brings together 4,000 personnel from several allied nations.", "CZ", []),
])
def test_troops_from_a_number_of_allied_nations_are_not_the_partners(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Kuwait gives USD 49 million a year in Iraq. The Iraqi government, for its part, has put IQD 4.2 trillion of its "
     "own 2026 budget into reconstruction.", "KW", [49_000_000]),
    ("Kuwait gives USD 49 million a year in Iraq. The Iraqi government has put USD 3 billion of its own budget into "
     "reconstruction.", "KW", [49_000_000]),
    ("Norway gives NOK 50 million to Jordan. The Jordanian government, for its part, spends JOD 900 million a year "
     "on refugees.", "NO", [50_000_000]),
    ("Japan gave USD 20 million to Lebanon. The Lebanese government itself set aside USD 15 million for the camps.",
     "JP", [20_000_000]),
])
def test_the_host_government_spending_its_own_budget_is_not_the_partners_money(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("The training mission at Taji in Iraq closed in 2020. At its peak it included 143 New Zealanders.", "NZ",
     [(143, "exact")]),
    ("At its height the task force in Iraq counted some 850 Canadians.", "CA", [(850, "approximate")]),
    ("Around 300 Danes served at Al Asad airbase in Iraq.", "DK", [(300, "approximate")]),
    ("More than 1,000 Australians have served in Iraq since 2015.", "AU", [(1000, "at_least")]),
    ("Some 20,000 Iraqis returned home to Mosul, and 400 Australians are deployed in Iraq.", "AU", [(400, "exact")]),
])
def test_the_partners_nationality_as_a_plural_noun_counts_its_people_in_english(text, partner, expected):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Its 150 soldiers and airmen will replace the 120 who return home at the end of the month.", "PL", [150, 120]),
    ("The 200 Latvian soldiers who arrive in Iraq this week relieve the 180 who served there since May.", "LV",
     [200, 180]),
    ("Some 90 Danish instructors will take over from the 80 who leave Iraq in June.", "DK", [90, 80]),
    ("Forty trainers arrived in Erbil, Iraq, replacing the 35 who went home.", "FI", [40, 35]),
])
def test_the_people_a_rotation_replaces_are_a_head_count_without_their_noun(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Kuwait hosted the first three pledging conferences for Syria, in 2013, 2014 and 2015, and pledged a total of "
     "USD 1.6 billion in humanitarian aid for Syrians across the three.", "KW", [("cumulative", None, 2013)]),
    ("In 2016, 2017 and 2018 Norway gave a total of NOK 900 million to Iraq.", "NO", [("cumulative", None, 2016)]),
    ("Over 2019, 2020 and 2021, Austria provided EUR 12 million in total for Syria.", "AT",
     [("cumulative", None, 2019)]),
    ("Denmark gave DKK 50 million to Iraq in 2022, and Sweden followed in 2023.", "DK", [("year", 2022, None)]),
])
def test_a_list_of_years_is_a_span_from_the_first(text, partner, expected):
    assert [(c.period, c.year, c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("The Storting endorsed a plan of NOK 400 million for stabilisation in Iraq over 2022-2025.\n\nActual "
     "disbursements over 2022-2025 were NOK 352.6 million, 88 per cent of the plan.", "NO",
     [(["IQ"], ["stabilization"]), (["IQ"], ["stabilization"])]),
    ("Finland planned EUR 10 million of humanitarian aid for Syria in 2024. It paid EUR 9 million, 90 per cent of the "
     "plan.", "FI", [(["SY"], ["humanitarian"]), (["SY"], ["humanitarian"])]),
    ("The government budgeted SEK 200 million for stabilisation in Iraq in 2023. Disbursements of SEK 150 million fell "
     "well below the plan.", "SE", [(["IQ"], ["stabilization"]), (["IQ"], ["stabilization"])]),
])
def test_spending_measured_against_the_plan_takes_the_plans_place_and_line(text, partner, expected):
    assert [(c.places, c.lines) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("The ministry's Middle East section had nine staff to follow up all agreements in the region.", "NO", []),
    ("The department employs 12 staff in Oslo to manage grants for Iraq and Syria.", "NO", []),
    ("The Ministry of Foreign Affairs has only four advisers for the whole Syria programme.", "DK", []),
    ("The ministry has deployed 40 police advisers to Iraq.", "SE", [40]),
])
def test_a_home_ministrys_own_staff_are_not_people_sent(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Councillors postponed to 19 March the vote on Kraków's PLN 8.1 billion budget for 2026.", "PL", []),
    ("Poland gives PLN 20 million to Iraq. Iraq's USD 150 billion budget for 2026 was passed in June.", "PL",
     [20_000_000]),
    ("Sweden gives SEK 50 million to Jordan. The city's EUR 2 billion budget covers schools.", "SE", [50_000_000]),
    ("Norway's NOK 2 billion budget for humanitarian aid in Syria was approved.", "NO", [2_000_000_000]),
])
def test_a_budget_named_by_another_owner_is_not_the_partners_money(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("3. Are New Zealand Defence Force personnel still in Iraq?\n\nYes. Up to 10 NZDF personnel serve in headquarters "
     "roles in Baghdad and in Kuwait. The joint training mission at Taji closed in June 2020. At its peak it included "
     "143 New Zealanders.\n\n4. Does New Zealand fund mine clearance?\n\nYes.", "NZ", [["IQ", "KW"], ["IQ"]]),
    ("2. Are Danish troops still in Syria?\n\nYes. At its peak the mission included 300 Danish soldiers.", "DK",
     [["SY"]]),
    ("Q5. How much does Finland give to Jordan?\n\nThe Government gave EUR 6 million last year through UNHCR.", "FI",
     [["JO"]]),
])
def test_an_faqs_numbered_question_gives_its_place_to_the_answer(text, partner, expected):
    assert [c.places for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Kuwait's own 2018 pledge was USD 2 billion for Iraq: one billion in loans and one billion in investments, to be "
     "spent on the power grid, water, schools and hospitals of the liberated provinces.", "KW",
     [["development"], ["development"], ["development"]]),
    ("Qatar pledged USD 1 billion in investments in Iraq in 2018.", "QA", [["development"]]),
    ("The UAE announced USD 500 million of investment guarantees for Iraq.", "AE", [["development"]]),
])
def test_money_pledged_as_investment_is_development(text, partner, expected):
    assert [c.lines for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("2/6 This year's humanitarian package for Jordan: CZK 45 mil., approved on 8 January 2026. Here is where it goes "
     "#CzechAid\n\n3/6 CZK 18 mil. of the 2026 package goes to clean water in Mafraq.", "CZ",
     [(["JO"], ["humanitarian"]), (["JO"], ["humanitarian"])]),
    ("Norway's 2025 envelope for stabilisation in Iraq is NOK 150 million. The ministry published the list today. NOK "
     "40 million of the 2025 envelope goes to demining in Anbar.", "NO",
     [(["IQ"], ["stabilization"]), (["IQ"], ["stabilization"])]),
    ("Sweden's 2024 pledge of SEK 300 million is for humanitarian aid in Syria. The money is paid through UN agencies."
     "\n\nSEK 120 million from the 2024 pledge goes to WFP.", "SE",
     [(["SY"], ["humanitarian"]), (["SY"], ["humanitarian"])]),
])
def test_a_share_of_the_package_named_by_its_year_points_back_to_the_package(text, partner, expected):
    assert [(c.places, c.lines) for c in claims(text, partner=partner)] == expected
