"""The classes of error blind round 23 (`gold/en-x-*`, English: a pledge tracker with pledged, committed and
disbursed columns in HTML, a development agency's call for proposals with its envelope, a chronology with years as
headings, a ministry's "key figures" box, an IATI-style activity record in DOCX, a military magazine feature in PDF
and a radio interview's transcript) found, one test per class, each written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("KEY FIGURES\n\nEUR 42 million\nin humanitarian aid to Syria since 2016\n\n8\nAustrian staff officers serving "
     "with the NATO mission in Iraq\n", "AT",
     [(42_000_000, "cumulative", ["SY"], ["humanitarian"]), (8, None, ["IQ"], ["military"])]),
    ("At a glance\n\nUSD 300 million\nof loans pledged for the reconstruction of Iraq in 2018\n\nUSD 12 million\nfor "
     "stabilisation projects in areas of Syria freed from Daesh, 2019-2024\n", "KW",
     [(300_000_000, "year", ["IQ"], ["development"]), (12_000_000, "cumulative", ["SY"], ["stabilization"])]),
    ("Our support in numbers\n\nAUD 25 million\nof humanitarian assistance to displaced families in Iraq in 2023\n\n"
     "150\nAustralian trainers deployed with Task Group Taji in Iraq\n", "AU",
     [(25_000_000, "year", ["IQ"], ["humanitarian"]), (150, None, ["IQ"], ["military"])]),
])
def test_a_key_figures_label_under_its_figure_gives_it_period_place_and_line(text, partner, expected):
    assert [(c.value, c.period, c.places, c.lines) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Our mission in Iraq: a chronology\n\nItaly has trained Iraqi forces since 2015. This page lists the main steps.\n\n"
     "2015 —\nJune: Italy sends about 500 trainers to Erbil, Iraq.\n\n2017 —\nMay: the Government gives EUR 2 million "
     "to the stabilisation fund for Iraq.\n", "IT", [(500, "year", 2015), (2_000_000, "year", 2017)]),
    ("Timeline of Norway's support\n\nNorway has supported the people of Syria for more than a decade. The main "
     "steps are listed below.\n\n2016:\nFebruary: Norway pledges NOK 10 billion to Syria and the region over four "
     "years.\nOctober: 60 Norwegian trainers arrive in Jordan.\n\n2019:\nMarch: a further NOK 500 million goes to "
     "humanitarian aid in Syria.\n", "NO",
     [(10_000_000_000, "cumulative", None), (60, "year", 2016), (500_000_000, "year", 2019)]),
    ("Ireland and Syria: key dates\n\nIrish Aid has funded humanitarian work for Syrians since the conflict began. "
     "These are the main steps.\n\n2020 -\nJune: Ireland gives €25 million for Syria.\n\n2022 -\nMay: Ireland "
     "pledges €27 million for Syria.\n", "IE", [(25_000_000, "year", 2020), (27_000_000, "year", 2022)]),
])
def test_a_chronologys_year_line_dates_the_events_under_it(text, partner, expected):
    assert [(c.value, c.period, c.year) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("In Lebanon we have around 200 peacekeepers with UNIFIL.", "FI", [(200, "approximate", ["LB"])]),
    ("Ireland contributes some 340 peacekeepers to the UN force in Lebanon.", "IE", [(340, "approximate", ["LB"])]),
    ("Up to 150 Austrian blue helmets serve in Lebanon.", "AT", [(150, "at_most", ["LB"])]),
])
def test_peacekeepers_are_a_head_count(text, partner, expected):
    assert [(c.value, c.qualifier, c.places) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("The Government deploys a Special Operations Task Group of about 200 to the Middle East.", "AU",
     [(200, "approximate")]),
    ("Spain sent an infantry battalion of 450 to Iraq in 2016.", "ES", [(450, "exact")]),
    ("The Netherlands keeps a fighter squadron of up to 150 in Jordan.", "NL", [(150, "at_most")]),
    ("A task group of 60 will relieve them in March.", "NZ", [(60, "exact")]),
])
def test_a_task_group_or_battalion_of_a_number_is_a_head_count(text, partner, expected):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("2024-07-02 | Disbursement | JPY 700,000,000 | first instalment", "JP", [(700_000_000, "year", 2024, None)]),
    ("Transaction of 2025-03-18, disbursement: EUR 1,200,000 to UNDP in Iraq.", "FI",
     [(1_200_000, "year", 2025, None)]),
    ("On 2023-11-30 Korea disbursed USD 2,000,000 to WFP in Syria.", "KR", [(2_000_000, "year", 2023, None)]),
    ("Total budget: EUR 4,500,000 for the period 2023-01-01 to 2025-12-31", "AT",
     [(4_500_000, "cumulative", None, 2023)]),
    ("Planned disbursement 2026-01-01 to 2026-12-31: AUD 3,000,000 for Iraq", "AU",
     [(3_000_000, "year", 2026, None)]),
])
def test_a_day_written_the_iso_way_is_its_year_not_a_span(text, partner, expected):
    assert [(c.value, c.period, c.year, c.since) for c in claims(text, partner=partner)] == expected



@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("February: Australia announces a $100 million humanitarian package for Iraq and Syria for 2016 to 2018.", "AU",
     [(100_000_000, "cumulative", 2016)]),
    ("The Ministry sets aside EUR 12 million for 2025 through 2027 for stabilisation in Iraq.", "FI",
     [(12_000_000, "cumulative", 2025)]),
    ("A grant of USD 8 million covering 2024 to 2026 goes to UNHCR in Lebanon.", "KR", [(8_000_000, "cumulative", 2024)]),
])
def test_a_sum_for_a_span_of_years_is_a_total_from_the_first(text, partner, expected):
    assert [(c.value, c.period, c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Total budget: JPY 1,350,000,000 for the period 2024-04-01 to 2026-12-31.\n\nTransactions\n"
     "- 2024-06-10 | Outgoing commitment | JPY 1,350,000,000\n- 2024-07-02 | Disbursement | JPY 700,000,000\n", "JP",
     [(1_350_000_000, "cumulative"), (700_000_000, "year")]),
    ("The programme's budget is EUR 6,000,000 for 2025 to 2027. In 2025 Austria committed EUR 6,000,000 to it.", "AT",
     [(6_000_000, "cumulative")]),
])
def test_the_whole_sum_committed_in_its_first_year_restates_the_budget(text, partner, expected):
    assert [(c.value, c.period) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("The United Nations says it needs more than three billion dollars, and the conference as a whole raised 5.1 "
     "billion euros. Finland pledged 28 million euros for Syria.", "FI", [28_000_000]),
    ("The Brussels meeting overall mobilised EUR 6 billion. Austria gave EUR 10 million to Syria.", "AT", [10_000_000]),
    ("The summit altogether raised USD 2.4 billion, of which Japan pledged USD 50 million for Iraq.", "JP",
     [50_000_000]),
])
def test_what_a_conference_as_a_whole_raised_is_no_partners_claim(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("They belong to a contingent of some 400 personnel. \"The Iraqi sappers learn fast,\" says the major. \"We have "
     "trained more than 1,200 of them.\"", "GB", [400]),
    ("About 80 Danish instructors serve at Al Asad. Iraqi recruits arrive every month, and so far the Danes have "
     "trained some 3,000 of them.", "DK", [80]),
    ("Our 60 trainers work with Peshmerga units in Erbil; they have helped 900 of them to qualify as medics.", "FI",
     [60]),
])
def test_people_trained_who_are_counted_as_them_are_no_head_count(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Our pledge is 28 million euros for Syria, Lebanon and Jordan. Most of it is humanitarian aid, and about four "
     "million euros of it goes to development work.", "FI", [["SY", "LB", "JO"], ["SY", "LB", "JO"]]),
    ("Austria gives EUR 10 million to Iraq this year. EUR 3 million of it will fund mine clearance.", "AT",
     [["IQ"], ["IQ"]]),
    ("Japan announced USD 50 million for Lebanon. Half of it, USD 25 million, goes to WFP.", "JP", [["LB"], ["LB"]]),
])
def test_a_share_of_it_takes_the_place_of_the_sum_before(text, partner, expected):
    assert [c.places for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Activity record\n\n- Reporting organisation: Ministry of Foreign Affairs of Japan\n- Recipient country: Iraq "
     "(100%)\n- Sector: water supply\n\nTransactions\n\n2024-07-02 | Disbursement | JPY 700,000,000\n"
     "2025-05-20 | Disbursement | JPY 450,000,000\n", "JP", [["IQ"], ["IQ"]]),
    ("Project sheet\n\nRecipient country: Lebanon\nImplementing partner: UNICEF\n\nBudget\n\nThe grant of EUR "
     "2,000,000 is paid in two instalments.\n", "AT", [["LB"]]),
    ("Fiche projet\n\nPays bénéficiaire : Jordanie\nPartenaire : PAM\n\nFinancement\n\nLa contribution s'élève à "
     "1 500 000 euros.\n", "LU", [["JO"]]),
])
def test_a_records_recipient_country_field_is_the_place_of_its_sums(text, partner, expected):
    assert [c.places for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Transactions\n\n- 2024-07-02 | Disbursement | JPY 700,000,000\n- 2025-05-20 | Disbursement | JPY 450,000,000\n",
     "JP", [700_000_000, 450_000_000]),
    ("Grants to Iraq:\n- UNDP: EUR 2,000,000\n- 2025: EUR 1,500,000 to WFP\n", "AT", [2_000_000, 1_500_000]),
    ("Our support\n- Syria: USD 4 million\n- 12 staff officers in Iraq\n", "KR", [4_000_000, 12]),
])
def test_a_sum_at_a_lines_end_is_no_range_with_the_next_bullet(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values



@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("CALL FOR PROPOSALS\n\nHumanitarian Assistance for Returnee Communities in Iraq\n\n1. PURPOSE\nThe agency invites "
     "NGOs to submit proposals for projects that help families who returned to Nineveh, Iraq.\n\n2. BUDGET ENVELOPE\n"
     "The total envelope for this call is KRW 5.2 billion, from the humanitarian aid budget for 2026. Grants of KRW 600 "
     "million to 1.5 billion each go to projects in Iraq lasting 18 to 24 months.\n", "KR",
     [(5_200_000_000, ["IQ"], ["humanitarian"]), (600_000_000, ["IQ"], ["humanitarian"])]),
    ("CALL FOR APPLICATIONS\n\nEmergency Relief for Displaced Families in Syria\n\n1. OBJECTIVE\nThe Ministry will fund "
     "NGO projects that bring shelter and health care to displaced families.\n\n2. AVAILABLE FUNDS\nThe call has a "
     "budget of EUR 4 million from the humanitarian aid budget for 2027. Grants of EUR 200,000 to 500,000 go to "
     "projects lasting 12 months.\n", "AT",
     [(4_000_000, ["SY"], ["humanitarian"]), (200_000, ["SY"], ["humanitarian"])]),
    ("NOTICE OF FUNDING OPPORTUNITY\n\nHumanitarian Assistance for Refugees in Jordan\n\n1. BACKGROUND\nThe Department "
     "invites proposals from partners that support refugee families in Amman and Zarqa.\n\n2. FUNDING\nThe total "
     "funding available is AUD 6 million, from the humanitarian program for 2026-27. Individual grants of AUD 1 "
     "million to 2 million will be made to projects in Jordan.\n", "AU",
     [(6_000_000, ["JO"], ["humanitarian"]), (1_000_000, ["JO"], ["humanitarian"])]),
])
def test_a_numbered_section_heading_in_capitals_sits_under_the_pages_title(text, partner, expected):
    assert [(c.value, c.places, c.lines) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Our pledge for 2026 is 28 million euros for Syria. Most of it is humanitarian aid, and about four million euros "
     "of it goes to development work.", "FI", [(28_000_000, "year", 2026), (4_000_000, "year", 2026)]),
    ("Since 2016 Austria has given EUR 40 million to Iraq. EUR 12 million of it went to stabilisation.", "AT",
     [(40_000_000, "cumulative", None), (12_000_000, "cumulative", None)]),
    ("In 2025 Japan gave USD 30 million to Lebanon. Roughly USD 10 million of it was spent on schools.", "JP",
     [(30_000_000, "year", 2025), (10_000_000, "year", 2025)]),
])
def test_a_share_of_it_takes_the_period_of_the_sum_before(text, partner, expected):
    assert [(c.value, c.period, c.year) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Under the 2025 call, KOICA funded five humanitarian projects in Iraq worth KRW 4.1 billion in total.", "KR",
     [(4_100_000_000, "year", 2025)]),
    ("In 2024, Austria gave EUR 9 million in total to six partners in Syria.", "AT", [(9_000_000, "year", 2024)]),
    ("In the 2024 funding round, Ireland gave EUR 3 million in all to NGOs in Syria.", "IE", [(3_000_000, "year", 2024)]),
    ("Since 2014, Japan has given USD 500 million in total to Iraq.", "JP", [(500_000_000, "cumulative", None)]),
])
def test_a_total_of_one_named_years_items_is_that_years(text, partner, expected):
    assert [(c.value, c.period, c.year) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Activity record\n\n- Funding organisation: Government of Japan; implementing organisation: UNDP, Funding "
     "Facility for Stabilization\n- Recipient country: Iraq (100%)\n- Aid type: C01 - Project-type interventions\n\n"
     "Transactions\n\n2024-07-02 | Disbursement | JPY 700,000,000\n", "JP", [(700_000_000, ["stabilization"])]),
    ("Project record\n\nRecipient country: Syria\nSector: humanitarian food assistance\nChannel: World Food Programme\n\n"
     "Budget\n\nThe total budget is EUR 2,500,000 over two years.\n", "AT", [(2_500_000, ["humanitarian"])]),
    ("Activity\n\n- Recipient country: Jordan\n- Sector: development cooperation, vocational training\n\nFinance\n\n"
     "Commitment of AUD 4,000,000 signed on 2025-02-14.\n", "AU", [(4_000_000, ["development"])]),
])
def test_an_activity_records_summary_fields_give_the_line_of_its_sums(text, partner, expected):
    assert [(c.value, c.lines) for c in claims(text, partner=partner)] == expected
