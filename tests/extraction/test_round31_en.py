"""The classes of error blind round 31 (`gold/en-ae-*`, English: a ministry's readout of a call, a ministry's "news in
brief" page of dated items (`.html`), a defence release on an air task force, an NGO's press release naming a grant,
a budget-day summary with a small table (`.pdf`), an embassy's e-newsletter on a handover (`.docx`) and a think-tank
tracker naming many partners) found, one test per class, each checked to fail on the code before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("The number of Hungarian staff officers in Baghdad will rise from four to seven this spring.", "HU", [4, 7]),
    ("The number of Latvian instructors in Iraq will fall from twelve to eight next year.", "LV", [12, 8]),
    ("Our contingent in Erbil will be reduced from nine to five.", "HR", [9, 5]),
    ("Le nombre de formateurs croates en Irak passera de six à dix.", "HR", [6, 10]),
])
def test_a_change_in_number_words_after_a_lead_gives_both_counts(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Hungary also has staff officers at NATO Mission Iraq in Baghdad, whose number will rise from 4 to 7 this "
     "spring.", "HU", [4, 7]),
    ("Latvia keeps instructors in Iraq, whose number will fall from twelve to eight.", "LV", [12, 8]),
    ("Kenya's police advisers in Somalia, whose number stands at 30, stay until June.", "KE", [30]),
])
def test_a_count_in_a_relative_clause_after_its_noun_is_a_head_count(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Malaysia announced RM 12 million (around US$2.7 million) in humanitarian aid for Syrian refugees in Jordan.",
     None, [("MY", 12000000, "MYR")]),
    ("Malaysia gave RM12 million to UNHCR for refugees in Lebanon.", "MY", [("MY", 12000000, "MYR")]),
    ("Malaysia pledged RM 3.5 million for humanitarian aid in Syria.", "MY", [("MY", 3500000, "MYR")]),
])
def test_ringgit_written_rm(text, partner, expected):
    assert [(c.partner or partner, c.value, c.currency) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("The handover is part of a EUR 1.5 million programme for 2027-2029 under which experts of the Croatian Mine "
     "Action Centre (CROMAC) have so far trained 64 Iraqi deminers.", "HR", [1500000]),
    ("Latvia backs a EUR 900,000 project for 2025-2027 through which advisers of the Latvian State Police mentor "
     "Iraqi police.", "LV", [900000]),
    ("Lithuania runs a EUR 600,000 scheme for 2024-2026 under which officers of the Lithuanian border guard (VSAT) "
     "train Iraqi border police.", "LT", [600000]),
])
def test_words_of_a_clause_between_a_number_and_a_noun_are_no_modifiers(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Morocco's military field hospital at Zaatari camp in Jordan is now staffed by around 90 doctors, nurses and "
     "support personnel.", "MA", [90]),
    ("The Moroccan field hospital in Zaatari, Jordan, is staffed by some 75 doctors and nurses.", "MA", [75]),
    ("Kenya's army medical unit in Somalia is run by about 40 medics.", "KE", [40]),
    # ... not the staff of a place the partner's people visit
    ("Kenya's minister visited a hospital in Amman staffed by 40 Jordanian nurses.", "KE", []),
])
def test_a_partners_own_unit_staffed_by_people_counts_them(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Lithuanian instructors serve with NATO Mission Iraq in Baghdad. The same resolution keeps up to 25 Lithuanian "
     "troops with KFOR in Kosovo and up to 6 instructors with the EU training mission in Mozambique.", "LT", [6]),
    ("Latvia has 30 soldiers in Iraq. It also keeps 20 troops in KFOR in Kosovo and 4 trainers in Somalia.", "LV",
     [30, 4]),
    ("Croatia has 12 officers in Iraq. Croatia also has 145 soldiers with KFOR in Kosovo and 10 instructors in Mali.",
     "HR", [12, 10]),
])
def test_a_figures_own_place_after_another_mission_in_its_sentence_keeps_it(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Total spending is set at ISK 1,540 billion. Iceland gives ISK 110 million to Iraq.", "IS", [110000000]),
    ("Total government expenditure for 2028 is forecast at HUF 38,000 billion. Hungary gives HUF 1 billion to Iraq.",
     "HU", [1000000000]),
    ("Host-nation support and NATO common funding at Keflavik rise to ISK 7.9 billion, and support for Ukraine is "
     "kept at ISK 4.5 billion.", "IS", [4500000000]),
    ("Host nation support for allied forces at home costs about EUR 60 million a year. Lithuania gives EUR 1 million "
     "to Iraq.", "LT", [1000000]),
])
def test_a_states_whole_spending_and_its_host_nation_support_are_no_contribution(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("SGI welcomed a grant of CHF 1.8 million from the SDC for Syria. SGI's Syria programme costs around USD 7.5 "
     "million a year.", "CH", [1800000]),
    ("The charity thanked Luxembourg for EUR 500,000 for Iraq. MAG's Iraq operation costs about USD 20 million a "
     "year.", "LU", [500000]),
    ("Belgium gives EUR 2 million to UNMAS in Iraq. UNMAS's Iraq programme costs USD 60 million.", "BE", [2000000]),
])
def test_an_organisations_own_programme_cost_is_no_contribution(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Hungary will provide HUF 1.6 billion to Iraq. Dr. al-Rubaie thanked Hungary and said his government had set "
     "aside IQD 300 billion for the return of displaced families.", "HU", [1600000000]),
    ("Kuwait gives KWD 5 million to Iraq. Baghdad has allocated IQD 500 billion of its own to Mosul.", "KW",
     [5000000]),
    ("Belgium gives EUR 3 million to Syria. The Syrian ministry spent SYP 20 billion on schools.", "BE", [3000000]),
    # ... but a partner may give in the recipient's currency itself
    ("Kuwait gave IQD 20 billion to hospitals in Mosul, Iraq.", "KW", [20000000000]),
])
def test_a_sum_the_recipients_own_government_sets_aside_in_its_currency_is_its_own(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Croatia paid for the equipment. The machines were co-financed by the US Department of State, which contributed "
     "USD 250,000.", "HR", []),
    ("Latvia gives EUR 1 million to Iraq. The project is co-funded by the European Union, which provided EUR 3 "
     "million.", "LV", [1000000]),
    ("Belgium gives EUR 2 million to Iraq, with support from Japan, which added USD 4 million.", "BE", [2000000]),
])
def test_another_giver_named_in_a_relative_clause_gives_its_own_sum(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Croatia gave two demining machines and protective gear for 120 deminers.", "HR", []),
    ("Latvia donated equipment for 300 Iraqi soldiers and uniforms for 80 police officers.", "LV", []),
    ("Belgium handed over body armour for 250 soldiers of the Iraqi army.", "BE", []),
])
def test_the_people_given_equipment_are_no_head_count(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


_TABLE = """Iceland's support rises in 2028.

Table 3. Iraq and Syria in the budget bill for 2028 (ISK million)
Channel                                                     2028
Stabilisation in Iraq (UNDP FFS)                             110
Humanitarian aid in Syria (WFP)                              150
Syrian refugees in Lebanon and Jordan (UNICEF)                80
Total                                                        340
"""
_TABLE_FR = """Tableau 2 - Soutien au Liban et à la Jordanie en 2027 (milliers d'euros)
Canal                                                      Montant
Aide humanitaire au Liban par le PAM et le HCR                 900
Éducation des réfugiés en Jordanie (UNICEF et ONG)             600
"""


@pytest.mark.parametrize(("text", "partner", "expected"), [
    (_TABLE, "IS", [(110000000, ["IQ"]), (150000000, ["SY"]), (80000000, ["JO", "LB"]), (340000000, ["IQ", "SY"])]),
    (_TABLE_FR, "LU", [(900000, ["LB"]), (600000, ["JO"])]),
])
def test_a_long_row_of_one_number_is_a_row_whose_label_names_its_place(text, partner, expected):
    assert [(c.value, sorted(c.places)) for c in claims(text, partner=partner)] == expected


def test_a_long_row_of_one_number_takes_its_line_from_its_own_label():
    assert [c.lines for c in claims(_TABLE, partner="IS")][:2] == [["stabilization"], ["humanitarian"]]


_RELEASE = "Belgian Defence | News | Operations\n\nAir Task Force deploys to Jordan for the 2028 rotation\n\n{}"
_COMMUNIQUE = "Ministère de la Défense\n\nLe détachement aérien repart en Jordanie pour la rotation 2028\n\n{}"


@pytest.mark.parametrize(("text", "partner", "expected"), [
    (_RELEASE.format("Kleine-Brogel, 3 April 2028\n\nFour F-16s took off this morning for the Coalition against "
                     "Daesh.\n\nThe detachment counts some 110 military personnel: pilots and mechanics."), "BE",
     [(110, ["JO"])]),
    ("Hungarian Defence Forces\n\nSpecial forces contingent returns to Iraq for its 2027 tour\n\nBudapest, 2 May 2027"
     "\n\nThe soldiers left Szolnok on Monday after six months of training.\n\nThe unit numbers about 60 troops.", "HU",
     [(60, ["IQ"])]),
    (_COMMUNIQUE.format("Bruxelles, le 3 avril 2028\n\nLes avions ont décollé ce matin de Florennes pour la mission "
                        "de la coalition.\n\nLe détachement compte environ 100 militaires."), "BE", [(100, ["JO"])]),
])
def test_a_headline_with_its_year_over_its_dateline_gives_its_place(text, partner, expected):
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("SGI welcomed a grant of CHF 1.8 million from the SDC for mine clearance in Syria, over 2028 and 2029. The grant "
     "includes CHF 350,000 for risk education.", "CH", [("cumulative", None, 2028)] * 2),
    ("Croatia signed a EUR 2 million donation to UNICEF in Iraq for 2027. The donation includes EUR 500,000 for "
     "schools.", "HR", [("year", 2027, None)] * 2),
    ("Latvia funds a EUR 900,000 programme in Iraq for 2026-2028. The programme includes EUR 300,000 for police "
     "training.", "LV", [("cumulative", None, 2026)] * 2),
])
def test_a_part_the_grant_or_programme_includes_takes_its_period(text, partner, expected):
    assert [(c.period, c.year, c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner"), [
    ("Iceland pays ISK 55 million for civilian experts in Iraq.", "IS"),
    ("Finland funds civilian experts in Iraq with EUR 1.2 million.", "FI"),
    ("Latvia gives EUR 300,000 a year to second a civilian expert to the ministry in Baghdad.", "LV"),
])
def test_money_for_civilian_experts_is_on_the_other_line(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["other"]]


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Eight pilots deploy to Muwaffaq Salti Air Base in Jordan with the first rotation. In addition, 12 staff officers "
     "serve at the headquarters in Baghdad and Kuwait. The deployment is budgeted at EUR 31.5 million for 2028.", "BE",
     [(8, ["JO"]), (12, ["IQ", "KW"]), (31500000, ["JO"])]),
    ("The detachment of 60 engineers deploys to Kuwait in May. Two liaison officers already serve in Baghdad, Iraq. "
     "The deployment will cost HUF 4 billion.", "HU", [(60, ["KW"]), (2, ["IQ"]), (4000000000, ["KW"])]),
])
def test_the_deployment_named_again_is_the_one_last_said_to_deploy(text, partner, expected):
    assert [(c.value, sorted(c.places)) for c in claims(text, partner=partner)] == expected


_BRIEF = ("News in brief\n\nBaltic directors meet in Vilnius\n\n2 March 2028\n\nThe directors discussed regional "
          "security at their spring consultations.\n\n{}\n\n6 March 2028\n\n{}")


@pytest.mark.parametrize(("text", "partner", "expected"), [
    (_BRIEF.format("Humanitarian aid to Ukraine for 2028 approved", "The Government approved EUR 4 million in "
                   "humanitarian aid to Ukraine."), "LT", [("year", 2028)]),
    (_BRIEF.format("Support for stabilisation in Iraq in 2029 announced", "The minister announced EUR 500,000 for "
                   "the stabilisation facility in Iraq."), "LT", [("year", 2029)]),
    (_BRIEF.format("Aide humanitaire pour 2028 adoptée", "Le gouvernement a adopté 3 millions d'euros d'aide "
                   "humanitaire pour la Syrie."), "LU", [("year", 2028)]),
])
def test_a_news_items_headline_with_its_year_over_its_date_dates_its_sum(text, partner, expected):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == expected
