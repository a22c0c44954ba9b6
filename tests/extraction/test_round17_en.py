"""The classes of error blind round 17 (`gold/en-r-*`, English: a press release with notes to editors, a wire
round-up, a parliamentary committee transcript, a budget speech, a minister's statement at a donors' conference, a
fact sheet with troop numbers by base and an embassy blog post) found, one test per class, each written before its
fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("Embassy of Sweden in Baghdad\n\nFrom Mosul's water pumps to Basra's classrooms: a year of our work\n\n"
     "Sweden's development aid to Iraq reached SEK 240 million in 2022.\n", "SE"),
    ("Inside Raqqa's hospitals: where Dutch aid goes\n\nThe Netherlands has given EUR 12 million to health care in "
     "Syria since 2019. The Dutch Government will keep its support.\n", "NL"),
    ("Across Jordan's camps, a winter of help\n\nDenmark has provided DKK 40 million to refugees in Jordan. The Danish "
     "Government announced the grant on Monday.\n", "DK"),
])
def test_a_headline_that_opens_with_a_preposition_names_a_place_not_its_subject(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("Saeima of the Republic of Latvia\n\nThe Saeima approved the mandate. Up to 30 soldiers may serve in Iraq.\n",
     "LV"),
    ("KOICA news\n\nKOICA opened a vocational school in Iraq worth USD 5 million.\n", "KR"),
    ("Korea International Cooperation Agency\n\nThe agency gave USD 3 million to schools in Iraq in 2019.\n", "KR"),
    ("Polish Aid\n\nThe programme gave PLN 12 million to displaced families in Iraq.\n", "PL"),
    ("Sida annual report\n\nSida disbursed SEK 240 million in Iraq in 2022.\n", "SE"),
])
def test_a_partners_parliament_or_aid_agency_names_who_wrote(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("At the Brussels Conference the Nordic countries together pledged more than EUR 400 million for Syria.", "IS"),
    ("The Gulf states jointly committed USD 2 billion to the reconstruction of Iraq.", "KW"),
    ("The Benelux governments collectively gave EUR 30 million to the Facility in Iraq.", "LU"),
])
def test_a_group_of_countries_giving_together_is_no_partners_own_money(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("The Iraqi Government puts its reconstruction needs at close to USD 90 billion.", "KR"),
    ("Officials put the cost of rebuilding Raqqa at USD 5 billion.", "DE"),
    ("Planners in Mosul put the city's needs at more than EUR 3 billion.", "IT"),
])
def test_what_someone_puts_needs_or_costs_at_is_no_money_given(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("We welcome the generous pledge of USD 2 billion announced this morning by our host.", "KR", []),
    ("I salute the contribution of EUR 50 million made by our friends in the Gulf.", "IT", []),
    ("We applaud the commitment of USD 1 billion announced by the host country.", "JP", []),
    # welcoming a meeting before one's own pledge keeps the pledge
    ("We welcome this conference and will give USD 20 million to Iraq.", "KR", [20_000_000]),
])
def test_a_pledge_welcomed_or_announced_by_the_host_is_somebody_elses(text, partner, found):
    assert [c.value for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner"), [
    ("The United Nations has asked donors for US$3.5 billion for Syria this year.", "AU"),
    ("UNHCR appealed to donors for USD 1.2 billion for its work in Iraq.", "NO"),
    ("OCHA asked member states for USD 600 million for Iraq.", "SE"),
])
def test_what_the_un_asks_donors_for_is_no_money_given(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("The United States alone has some 2,500 troops in Iraq.", "LV"),
    ("France alone keeps around 600 soldiers in Jordan.", "BE"),
    ("Germany itself has about 100 trainers in Iraq.", "NL"),
])
def test_another_country_alone_or_itself_keeps_its_own_people(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("Total Defence funding will be $36.4 billion next financial year.", "AU"),
    ("The defence budget rises to NOK 90 billion in 2025.", "NO"),
    ("Our total defence spending is EUR 1.1 billion this year.", "LV"),
])
def test_a_partners_whole_defence_budget_is_no_contribution(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("Polish Aid and the Polish Armed Forces in the region\n\nWhere our people serve\n"
     "Location                 Country    Soldiers\nAl Asad Air Base         Iraq       85\n"
     "Ali Al Salem Air Base    Kuwait     110\n\nPoland funded 9 projects in 2021.\n", "PL"),
    ("The Danish Government's contribution\n\nBase                 Country    Personnel\n"
     "Erbil                Iraq       40\nAl Udeid             Qatar      20\n"
     "Our officers also serve with the NATO Mission Iraq in Baghdad.\n", "DK"),
    ("The Czech Armed Forces abroad\n\nOperation        Country    Troops\nNATO Mission Iraq    Iraq    12\n"
     "Inherent Resolve    Kuwait    30\n", "CZ"),
])
def test_a_country_in_a_later_cell_of_a_table_row_or_in_a_missions_name_is_no_giver(text, partner):
    extraction = extract_text(text)
    assert (extraction.partner, extraction.many) == (partner, False)


def test_a_donor_in_the_first_cell_of_a_row_still_gives_and_the_country_after_it_is_the_place():
    text = ("Pledges by donor\n\nDonor      Country    Amount\nNorway     Iraq       USD 5,000,000\n"
            "Denmark    Jordan     USD 3,000,000\nFinland    Lebanon    USD 2,000,000\n")
    assert [(c.partner, c.value, c.places) for c in claims(text)] == [
        ("NO", 5_000_000, ["IQ"]), ("DK", 3_000_000, ["JO"]), ("FI", 2_000_000, ["LB"])]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Where our soldiers serve\nLocation          Country    Soldiers\nErbil             Iraq       40\n"
     "Ali Al Salem      Kuwait     110\n", "PL", [(40, ["IQ"]), (110, ["KW"])]),
    ("Deployed personnel\nMission                  Personnel\nNATO Mission Iraq        12\n"
     "Coalition HQ Kuwait      3\n", "CZ", [(12, ["IQ"]), (3, ["KW"])]),
    ("Our people abroad\nBase              Troops\nAl Asad, Iraq     25\n", "LV", [(25, ["IQ"])]),
    # a column of things is no head count
    ("Equipment by base\nBase          Country    Vehicles\nErbil         Iraq       12\n", "PL", []),
])
def test_a_table_whose_last_column_names_people_gives_a_head_count_per_row(text, partner, found):
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Key figures\n- Iraqi soldiers trained by Polish instructors since 2016: more than 7,500\n"
     "- Instructors in Iraq: 40\n", "PL", [40]),
    ("At a glance\n- Peshmerga officers trained in Erbil in 2022: about 900\n- Trainers in Erbil: 25\n", "NL", [25]),
    ("Facts\n- Iraqi police officers mentored: 1,200\n- Police advisers in Baghdad: 6\n", "SE", [6]),
])
def test_a_label_of_people_trained_or_of_another_country_gives_no_head_count(text, partner, found):
    assert [c.value for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Japan will give an emergency grant of 3 mln U.S. dollars to Iraq through IOM.", "JP", ["humanitarian"]),
    ("The Government decided to extend Emergency Grant Aid of USD 2 million to Syria.", "JP", ["humanitarian"]),
    ("The Budget provides $482.6 million over two years to continue Operation OKRA in Iraq.", "AU", ["military"]),
    ("Australia spent A$90 million on Operation Okra in 2019.", "AU", ["military"]),
    ("The UK has spent GBP 1.7 billion on Operation SHADER since 2014.", "GB", ["military"]),
    ("- Cost of the contingent in 2021: PLN 96 million", "PL", ["military"]),
    ("The cost of our Iraq contingent was EUR 12 million last year.", "LV", ["military"]),
])
def test_an_emergency_grant_a_partners_named_operation_and_its_contingents_cost_name_their_line(text, partner, found):
    assert [c.lines for c in claims(text, partner=partner)] == [found]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Iceland has placed two civilian experts with the NATO Mission in Iraq.", "IS", ["other"]),
    ("Finland sends five civilian advisers to the Coalition's military headquarters in Kuwait.", "FI", ["other"]),
    ("Ten civilian specialists will join the military contingent in Erbil, Iraq.", "DK", ["other"]),
    # soldiers with the same mission stay military
    ("Denmark sends 40 soldiers to the NATO Mission in Iraq.", "DK", ["military"]),
])
def test_civilians_counted_as_such_are_other_whatever_mission_they_join(text, partner, found):
    assert [c.lines for c in claims(text, partner=partner)] == [found]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Of the 2024 total, ISK 120 million will go to the pooled fund for Syria.", "IS", [("year", 2024)]),
    ("From our 2023 budget, EUR 4 million went to demining in Iraq.", "LV", [("year", 2023)]),
    ("Within the 2022 allocation, SEK 35 million was set aside for Iraq.", "SE", [("year", 2022)]),
    ("Of the 2024 total, ISK 120 million goes to Syria and ISK 90 million to Jordan.", "IS",
     [("year", 2024), ("year", 2024)]),
])
def test_a_sum_named_with_its_year_gives_that_year_to_its_parts(text, partner, found):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("As part of its development cooperation, Japan will send three experts to Erbil, Iraq, to advise on electricity "
     "distribution.", "JP", ["development"]),
    ("Korea gives USD 4 million in development assistance to improve water supply in Mosul, Iraq.", "KR",
     ["development"]),
    # restoring services with no other line named stays stabilization
    ("Norway gives NOK 30 million to restore electricity in Mosul, Iraq.", "NO", ["stabilization"]),
])
def test_restoring_services_as_development_cooperation_is_development_only(text, partner, found):
    assert [c.lines for c in claims(text, partner=partner)] == [found]
