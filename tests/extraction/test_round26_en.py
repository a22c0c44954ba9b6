"""The classes of error blind round 26 (`gold/en-a-*`, English: a government release with notes to editors and a
background list, a humanitarian response page with chart labels as a screen reader reads them, budget estimates in
thousands of euros with a previous-year column and footnotes in PDF, a joint release of a defence and a foreign
ministry, a photo gallery's captions, a minister's letter to a committee chair with an enclosure table in DOCX and a
parliamentary resolution with "Whereas" clauses) found, one test per class, each checked to fail on the code before its
fix."""

import pytest

from .helpers import claims


def _partner(text):
    from coalition.extraction import extract_text

    return extract_text(text).partner


@pytest.mark.parametrize(("text", "expected"), [
    ("RESOLUTION No. 412\nof the Chamber of Deputies\n\nThe Chamber agrees with the deployment of up to 80 members of "
     "the Armed Forces of the Czech Republic in Iraq, Kuwait and Jordan. It approves up to CZK 480 million in 2026 for "
     "the Armed Forces of the Czech Republic.", "CZ"),
    ("Motion on the mission in Iraq\nThe Parliament of the Slovak Republic approves sending up to 40 soldiers of the "
     "Armed Forces of the Slovak Republic to Iraq in 2026.", "SK"),
    ("Decision No. 17/2026\nThe Parliament of Romania approves up to 50 troops for the NATO Mission Iraq; the Armed "
     "Forces of Romania will also keep 12 officers in Kuwait.", "RO"),
])
def test_the_armed_forces_or_parliament_of_a_country_is_its_government(text, expected):
    assert _partner(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Table 27.30.20: Operations (EUR k)\nThe appropriation covers the costs of Finnish contingents abroad.\n"
     "Operation Inherent Resolve, Iraq   28 400   31 200\n(1) Up to six Finnish trainers serve in Mogadishu.\n", "FI"),
    ("Budget lines 2027\nPay of Estonian peacekeepers in Lebanon: EUR 3.1 million. The Estonian instructors in Iraq "
     "cost EUR 1.2 million.", "EE"),
    ("Photo 3 of 9\nPortuguese trainers at Besmaya, Iraq, where 30 of them serve. Photo 4 of 9\nThe Portuguese "
     "contingents in Iraq rotate every six months.", "PT"),
])
def test_a_demonym_before_the_partners_trainers_or_contingents_is_a_sign_of_the_writer(text, expected):
    assert _partner(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Photo gallery: Operation Prima Parthica\nPhoto 1. About 130 airmen serve at Ali Al Salem Air Base in Kuwait.\n"
     "Photo 2. Sailors on patrol with the EU's Operation Aspides: 160 of them.\nPhoto 3. Blue helmets in southern "
     "Lebanon, where about 1,100 soldiers serve with UNIFIL.\nPhoto 4. Carabinieri instructors in Baghdad: around 40 "
     "Carabinieri trainers taught 1,900 police officers in 2025.", "IT"),
    ("Our year in pictures\nThe Bundeswehr's 90 soldiers at Al-Azraq in Jordan. 120 sailors with NATO's Standing "
     "Maritime Group 2. About 200 Bundeswehr soldiers serve in northern Iraq.\nThe Bundeswehr in south-western "
     "Lebanon: 150 soldiers.", "DE"),
])
def test_places_qualified_by_a_compass_point_and_an_organisations_operation_name_no_other_giver(text, expected):
    assert _partner(text) == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Background\n- 2015: up to 143 NZDF personnel for the training mission at Taji, Iraq.\n- The NZDF also has eight "
     "personnel with the UN Mission in South Sudan (UNMISS) and three with the Multinational Force and Observers in "
     "Sinai.\n", "NZ", [143]),
    ("Operation Inherent Resolve, Iraq: up to 75 soldiers in Iraq and Kuwait.\n(2) Finland's KFOR contingent numbers "
     "some 20 soldiers.\n", "FI", [75]),
    ("Around 900 UK service personnel remain deployed on Operation SHADER in Iraq. The 250 British personnel serving "
     "with the UN Peacekeeping Force in Cyprus fall outside the scope of the inquiry.", "GB", [900]),
    ("Austria keeps 11 officers in Iraq. Its 160 soldiers with EUFOR Althea are not part of the coalition.", "AT",
     [11]),
    ("Operations (EUR k)\n\nOperation                        2027 estimate    2026 budget\n"
     "Operation Inherent Resolve, Iraq       28 400         31 200\nKFOR, Kosovo (2)                      9 850"
     "         10 100\n", "FI", [28400000, 31200000]),
    ("The Ministry expects about 520 Finnish peacekeepers to serve abroad in all\noperations at the end of 2027. Up to "
     "75 soldiers serve in Iraq and Kuwait.", "FI", [75]),
    ("Denmark has 130 soldiers in Iraq; 700 more serve with NATO's enhanced Forward Presence, which is not affected.",
     "DK", [130]),
])
def test_a_sentence_about_a_mission_outside_the_coalitions_theatre_gives_no_claim(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Table 27.30.20: Operations (EUR k)\n\nOperation                          2027 estimate    2026 budget    Change, %\n"
     "Operation Inherent Resolve, Iraq (1)      28 400         31 200         -9.0\n"
     "EU Training Mission Somalia (3)            1 240          1 180         +5.1\n", "FI",
     [(28400000, 2027), (31200000, 2026), (1240000, 2027), (1180000, 2026)]),
    ("Programme lines ($'000)\n\nProgramme                    Budget 2026    Actual 2025    Variance %\n"
     "Stabilisation, Iraq               12,500          11,000        13.6%\n", "AU",
     [(12500000, 2026), (11000000, 2025)]),
    ("Humanitarian aid (EUR thousand)\n\nItem                       2026 draft      2025 approved\n"
     "Syria crisis                    9 000           8 000\n", "AT", [(9000000, 2026), (8000000, 2025)]),
])
def test_a_budget_table_in_thousands_with_estimate_columns_and_a_change_column(text, partner, expected):
    assert [(c.value, c.year) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Indicative allocation for 2027: Syria and Iraq crisis, EUR 14 000 k.", "FI", [14000000]),
    ("The grant for Iraq is EUR 12 500 K in 2026.", "FI", [12500000]),
    ("Estonia gives EUR 300 k to UNICEF in Syria.", "EE", [300000]),
])
def test_a_k_after_a_space_scales_a_sum_to_thousands(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ('New Zealand will provide $12 million over 2026–2028 to help communities in Iraq recover. "Families are still '
     'coming home," the Minister said. "Our funding will go where it matters."\n\nOf this, $5 million goes to the '
     "Funding Facility for Stabilization in Iraq, and $4.5 million to mine action in Iraq.", "NZ",
     [("cumulative", None, 2026)] * 3),
    ("The Government is setting aside DKK 250 million for Iraq and Syria in 2026, the ministers said. \"Security "
     "matters,\" said the Foreign Minister. \"Of the DKK 250 million, DKK 160 million goes to humanitarian aid in Syria, "
     'and DKK 90 million to stabilisation in Iraq."', "DK", [("year", 2026, None)] * 3),
    ("In 2025 Estonia gave EUR 4 million to Iraq. The minister thanked the staff.\nOut of the EUR 4 million, EUR 1 "
     "million went to demining in Iraq.", "EE", [("year", 2025, None)] * 2),
])
def test_a_part_named_of_a_total_a_few_sentences_back_takes_its_period(text, partner, expected):
    assert [(c.period, c.year, c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Photo 9 of 10\n180 soldiers return home after six months in Iraq.\n\nPhoto 10 of 10\nCarabinieri instructors "
     "at the Baghdad training centre.", "IT", [180]),
    ("Slide 4/12\nTrainers of the Bundeswehr at Erbil, Iraq.\nSlide 5/12\n90 soldiers at Al-Azraq in Jordan.", "DE", [90]),
    ("Image 3 sur 8\nInstructeurs belges à Bagdad, en Irak.", "BE", []),
])
def test_a_galleries_counter_counts_no_people_on_the_caption_below(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Enclosure: Table 1 — Main UK programmes in Syria and Iraq (£ million)\nProgramme | 2024 | 2025\n"
     "Syria – humanitarian response | 131.0 | 120.0\nIraq – stabilisation (UNDP Funding Facility) | 35.5 | 40.0\n", "GB",
     [(131000000, 2024), (120000000, 2025), (35500000, 2024), (40000000, 2025)]),
    ("Annex 2 — Contributions of the Ministry for Foreign Affairs to Iraq by channel (EUR million)\n"
     "Channel | 2025 | 2026\nUNDP stabilisation facility | 2.5 | 3.0\n", "FI", [(2500000, 2025), (3000000, 2026)]),
    ("Attachment: Australian humanitarian funding for the Syria crisis by partner ($ million)\nPartner | 2025\n"
     "World Food Programme in Syria | 12.0\n", "AU", [(12000000, 2025)]),
])
def test_a_long_captions_brackets_give_the_unit_with_only_a_sign_and_a_scale(text, partner, expected):
    assert [(c.value, c.year) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Whereas more than 1,200 soldiers of the Armed Forces of the Czech Republic have served in Iraq since 2015;", "CZ",
     [("cumulative", 2015)]),
    ("Since 2016, some 300 soldiers of the Slovak Armed Forces have served in Iraq.", "SK", [("cumulative", 2016)]),
    ("About 900 personnel of the Royal Danish Air Force have served at Al Asad since 2016.", "DK",
     [("cumulative", 2016)]),
])
def test_people_of_a_named_force_who_have_served_since_a_year_are_a_sum_over_the_years(text, partner, expected):
    assert [(c.period, c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("New Zealand will keep up to 15 Defence Force personnel in the Middle East in 2026, including four staff officers "
     "at the coalition headquarters in Baghdad.", "NZ", [2026, 2026]),
    ("Belgium deployed 250 soldiers to Jordan and Iraq in 2019, including 40 trainers in Baghdad.", "BE", [2019, 2019]),
    ("In 2024 Spain kept 300 troops in Iraq, among which 50 instructors in Besmaya.", "ES", [2024, 2024]),
])
def test_a_head_count_named_as_part_of_another_shares_its_year(text, partner, expected):
    assert [c.year for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Chart: 2026 humanitarian funding by sector. Food assistance, 44 percent, 20 million dollars. Health, 33 "
     "percent, 15 million dollars. Protection, 22 percent, 10 million dollars. End of chart.", "AU",
     [(2026, ["humanitarian"])] * 3),
    ("Graph: stabilisation funding in 2025 by channel. UNDP, 60 percent, NZD 3 million. NGOs, 40 percent, NZD 2 "
     "million.", "NZ", [(2025, ["stabilization"])] * 2),
])
def test_a_charts_title_gives_its_data_labels_year_and_line(text, partner, expected):
    assert [(c.year, c.lines) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Humanitarian aid, indicative allocation for 2027: Syria and Iraq crisis, EUR 14 000 k (2026: EUR 12 500 k).",
     "FI", [2027, 2026]),
    ("Iraq stabilisation: EUR 3 million in 2026 (2025: EUR 2.5 million).", "FI", [2026, 2025]),
    ("Grant to UNICEF in Jordan: AUD 1.5 million in 2026 (2025: AUD 1.2 million).", "AU", [2026, 2025]),
])
def test_a_bracketed_year_and_colon_before_a_sum_gives_it_that_year(text, partner, expected):
    assert [c.year for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Budget proposal\n\nMain Title 24\n\nThe appropriation may be carried over.\n\nIt covers aid.\n\n"
     "24.30.70 Humanitarian aid (Ministry for Foreign Affairs), indicative allocation for 2027:\n"
     "Syria and Iraq crisis, EUR 14 000 k (2026: EUR 12 500 k).\n", "FI", [2027, 2026]),
    ("Annual plan\n\nPart 2\n\nWe continue our work.\n\nIt covers aid.\n\n"
     "Stabilisation (Vote Foreign Affairs), funding planned for 2026:\nIraq, via UNDP, NZD 2 million.\n", "NZ", [2026]),
])
def test_an_intro_ending_with_for_a_year_and_a_colon_dates_the_paragraph_below(text, partner, expected):
    assert [c.year for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("2015: Cabinet approved up to 143 NZDF personnel for the joint training mission with Australia at Taji, Iraq.",
     "NZ", [["IQ"]]),
    ("Portugal sent 30 trainers to Besmaya, Iraq, in a combined mission with Spain.", "PT", [["IQ"]]),
    ("Belgium deployed 90 soldiers to Jordan for a joint air operation with the Netherlands.", "BE", [["JO"]]),
])
def test_the_partner_a_mission_is_run_jointly_with_is_no_place(text, partner, expected):
    assert [c.places for c in claims(text, partner=partner)] == expected
