"""The classes of error blind round 16 (`gold/en-q-*`, English: a press-conference transcript, a joint statement of
two partners, a UN agency's release thanking several donors, a written answer with a table, a contingent rotation
story, a minister's interview and an embassy newsletter) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


def _given(text):
    return [(c.partner, c.value) for c in claims(text)]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Denmark will give EUR 1.2 million and EUR 800,000 to Iraq and Syria.", "DK", [1_200_000, 800_000]),
    ("Norway gave USD 5 million and USD 300,000 to Iraq and Jordan.", "NO", [5_000_000, 300_000]),
    ("Japan gives $2 million and $450,000 respectively to Lebanon and Jordan.", "JP", [2_000_000, 450_000]),
    # a split amount names its thousands
    ("Japan gave 142 million and 500 thousand dollars to Iraq.", "JP", [142_500_000]),
])
def test_an_amount_in_full_after_millions_and_is_an_amount_of_its_own(text, partner, found):
    assert [c.value for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Joint statement of the Ministers of Foreign Affairs of Denmark and Finland\n\nThe Ministers of Foreign Affairs "
     "of Denmark and Finland met in Helsinki. Denmark will give EUR 3 million to Iraq in 2024. Finland will give "
     "EUR 2 million to Syria in 2024.\n", [("DK", 3_000_000), ("FI", 2_000_000)]),
    ("Joint communiqué\n\nThe Ministers for Foreign Affairs of Estonia and Latvia met in Riga. Estonia gives "
     "EUR 500,000 to Jordan. Latvia gives EUR 300,000 to Lebanon.\n", [("EE", 500_000), ("LV", 300_000)]),
    ("Press release\n\nThe Ministers of Defence of Norway and Sweden visited Erbil. Norway keeps 60 advisers in Iraq. "
     "Sweden keeps 70 advisers in Iraq.\n", [("NO", 60), ("SE", 70)]),
    # the statement of two partners is theirs too
    ("Joint Statement of Croatia, Slovenia and Montenegro\n\nCroatia gives EUR 1 million to Syria. Slovenia gives "
     "EUR 500,000 to Jordan. Montenegro gives EUR 50,000 to Lebanon.\n",
     [("HR", 1_000_000), ("SI", 500_000), ("ME", 50_000)]),
])
def test_a_country_after_the_title_of_its_minister_or_ministry_is_a_giver_not_a_destination(text, found):
    assert _given(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Joint Statement by the Ministers of Foreign Affairs of Croatia, Slovenia and Montenegro\n\nCroatia keeps 2 "
     "staff officers in Kuwait. Slovenia keeps up to 10 instructors in Iraq. Montenegro gives EUR 50,000 to Syria.\n",
     [("HR", 2, ["KW"]), ("SI", 10, ["IQ"]), ("ME", 50_000, ["SY"])]),
    ("UNDP welcomes contributions from Iceland, Latvia and Slovakia to stabilization in Iraq\n\nIceland has given "
     "ISK 60 million to the Facility. Latvia has given EUR 150,000. Slovakia has committed EUR 1 million.\n",
     [("IS", 60_000_000, ["IQ"]), ("LV", 150_000, ["IQ"]), ("SK", 1_000_000, ["IQ"])]),
    ("Joint statement of Norway, Denmark and Finland on their support to Jordan\n\nNorway sends 40 trainers. "
     "Denmark sends 30 trainers. Finland gives EUR 2 million.\n",
     [("NO", 40, ["JO"]), ("DK", 30, ["JO"]), ("FI", 2_000_000, ["JO"])]),
])
def test_the_givers_a_headline_names_are_no_places_of_the_figures_under_it(text, found):
    assert [(c.partner, c.value, c.places) for c in claims(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Joint statement\n\nCroatia and Slovenia will pledge EUR 1.2 million and EUR 800,000 respectively for "
     "humanitarian assistance in 2024 to Syria. Slovenia also sends 5 officers to Iraq. Slovenia keeps 2 officers in "
     "Kuwait. Croatia sends 4 officers to Iraq.\n", [("HR", 1_200_000, 2024), ("SI", 800_000, 2024)]),
    ("Joint statement\n\nDenmark and Sweden promised EUR 20 million and EUR 25 million, respectively, in 2019 for "
     "Iraq. Sweden sends 5 officers to Iraq. Sweden keeps 2 officers in Kuwait. Denmark sends 4 officers to Iraq.\n",
     [("DK", 20_000_000, 2019), ("SE", 25_000_000, 2019)]),
])
def test_what_follows_respectively_is_said_of_every_figure_before_it(text, found):
    assert [(c.partner, c.value, c.year) for c in claims(text) if c.kind == "funding"] == found


@pytest.mark.parametrize(("text", "partner", "currency"), [
    ("MINDEF Singapore\n\nThe deployment has cost about $48 million since 2014, the Minister said in Kuwait.", "SG",
     "SGD"),
    ("Singapore Armed Forces news\n\nThe medical team's mission to Iraq will cost some $3 million this year.", "SG",
     "SGD"),
    ("The Minister set aside S$2 million for the imagery analysis team in Kuwait.", None, "SGD"),
    ("Irish Aid annual report\n\nOur funding for Syria reached 27 million in 2023.", "IE", "EUR"),
    ("SlovakAid update\n\nThe agency committed EUR 1 million to water supply in Iraq over three years.", "SK", "EUR"),
])
def test_a_partners_ministry_forces_or_aid_agency_names_who_wrote_and_whose_dollar_a_bare_sign_is(text, partner,
                                                                                               currency):
    extraction = extract_text(text)
    assert (extraction.partner, [c.currency for c in extraction.claims]) == (partner, [currency])


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Greece's contribution to the fund rose from EUR 200,000 in 2023 to EUR 350,000 in 2024 for Syria.", "GR",
     [(200_000, "exact", 2023), (350_000, "exact", 2024)]),
    ("Latvia's new grant brings its total support to the FFS since 2019 to EUR 400,000.", "LV",
     [(400_000, "exact", None)]),
    ("Funding for Iraq went from USD 2 million in 2021 to USD 3 million in 2022.", "US",
     [(2_000_000, "exact", 2021), (3_000_000, "exact", 2022)]),
    # a range of money still reads as one
    ("Latvia gives between 2000 and 3000 euros to Jordan.", "LV", [(2_000, "at_least", None)]),
    ("Estonia gives EUR 2-3 million to Iraq in 2024.", "EE", [(2_000_000, "at_least", 2024)]),
])
def test_a_year_before_to_and_an_amount_is_no_low_end_of_a_range(text, partner, found):
    assert [(c.value, c.qualifier, c.year) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("A medical team of 14 will also serve at the role 2 hospital in Erbil, in northern Iraq.", "RO", [(14, ["IQ"])]),
    ("An imagery analysis team of 10 works here at the Coalition's headquarters in Kuwait.", "SG", [(10, ["KW"])]),
    ("The new contingent relieves a force of 31 that had been in Iraq since May.", "PT", [(31, ["IQ"])]),
    ("A mobile training team of 12 arrived in Jordan last week.", "HR", [(12, ["JO"])]),
    # a unit of things is no head count
    ("A force of 6 aircraft remains in Kuwait.", "DK", []),
])
def test_a_units_strength_counts_with_words_of_its_task_and_before_its_own_verb(text, partner, found):
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("The mission at a glance\n\n• Officers at NATO Mission Iraq headquarters in Baghdad: up to five\n"
     "• Liaison officer at the Coalition's headquarters in Kuwait: one\n", "PT",
     [(5, "at_most", ["IQ"]), (1, "exact", ["KW"])]),
    ("Our people\n\n• Instructors in Iraq: twelve\n• Trainer with the NATO mission in Iraq: one\n", "SK",
     [(12, "exact", ["IQ"]), (1, "exact", ["IQ"])]),
])
def test_a_line_labelled_with_a_personnel_noun_ends_with_its_count_in_words(text, partner, found):
    assert [(c.value, c.qualifier, c.places) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("In Iraq we go from roughly 90 military personnel today to up to 120 by the summer.", "RO",
     [(90, "approximate"), (120, "at_most")]),
    ("The contingent in Iraq will grow from 40 soldiers now to 60 next year.", "HR", [(40, "exact"), (60, "exact")]),
    ("We will go from some 25 instructors at present to about 35 in Iraq.", "SI",
     [(25, "approximate"), (35, "approximate")]),
    ("Le contingent en Irak passera de 200 militaires aujourd'hui à 300 l'an prochain.", "BE",
     [(200, "exact"), (300, "exact")]),
])
def test_the_first_count_of_a_change_may_be_dated_today(text, partner, found):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Humanitarian funding by year (EUR)\nYear      Syria and the region      Iraq\n2021      24,600,000      "
     "3,100,000\n2022      25,850,000      2,750,000\n", "IE",
     [(24_600_000, "EUR", 2021, ["SY"]), (3_100_000, "EUR", 2021, ["IQ"]), (25_850_000, "EUR", 2022, ["SY"]),
      (2_750_000, "EUR", 2022, ["IQ"])]),
    ("Spend by country, NOK million\nYear    Iraq    Jordan    Lebanon\n2019    120    45    30\n", "NO",
     [(120_000_000, "NOK", 2019, ["IQ"]), (45_000_000, "NOK", 2019, ["JO"]), (30_000_000, "NOK", 2019, ["LB"])]),
    # an HTML table's caption gives its currency too, but never to the year that labels a row
    ("Aid to the region (USD)\n\nYear | Iraq | Syria\n2020 | 1,500,000 | 2,000,000\n", "US",
     [(1_500_000, "USD", 2020, ["IQ"]), (2_000_000, "USD", 2020, ["SY"])]),
    # numbers lined up under no header are no table
    ("Our people in Iraq\n2021      45      60\n", "NO", []),
])
def test_a_table_lined_up_with_spaces_reads_as_cells_with_its_captions_currency(text, partner, found):
    assert [(c.value, c.currency, c.year, c.places) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Portugal funds UNRWA's work with Palestine refugees in Syria and Lebanon with EUR 400,000 a year.", "PT",
     ["SY", "LB"]),
    ("Ireland gives EUR 2 million for Palestine refugees in Jordan.", "IE", ["JO"]),
    ("Spain gave EUR 1 million to UNRWA for Palestine refugees in Lebanon in 2023.", "ES", ["LB"]),
    # where no country is named, they still say where the money goes
    ("Portugal gives EUR 400,000 to Palestine refugees.", "PT", ["PS"]),
])
def test_palestine_refugees_are_people_helped_not_the_place_named_beside_them(text, partner, found):
    assert [c.places for c in claims(text, partner=partner)] == [found]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Since we joined the Coalition in 2014, our deployments have cost about $48 million in all.", "SG",
     ["military"]),
    ("The two deployments had cost NOK 300 million by the end of 2019.", "NO", ["military"]),
    ("Our colleagues handed over 18 tonnes of medicines and hospital equipment worth EUR 240,000 in Mosul.", "GR",
     ["humanitarian"]),
    ("Denmark sent medical supplies worth DKK 5 million to hospitals in Iraq.", "DK", ["humanitarian"]),
    ("Relief items worth EUR 300,000 reached displaced families in Syria.", "AT", ["humanitarian"]),
])
def test_what_deployments_cost_is_military_and_medicines_and_relief_goods_are_humanitarian(text, partner, found):
    assert [c.lines for c in claims(text, partner=partner)] == [found]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Since 2015 Portuguese trainers have prepared more than 6,000 Iraqi soldiers, and about 500 Portuguese military "
     "have served in Iraq in successive rotations.", "PT", [(500, "approximate", "cumulative", 2015)]),
    ("Some 300 British military are stationed in Iraq.", "GB", [(300, "approximate", None, None)]),
    ("Since 2016 more than 800 Danish military have served in Iraq in consecutive rotations.", "DK",
     [(800, "at_least", "cumulative", 2016)]),
    # "military" before another noun is no head count
    ("Denmark sent 20 military vehicles to Iraq.", "DK", []),
])
def test_military_is_a_noun_before_its_verb_and_successive_rotations_add_up_since_their_year(text, partner, found):
    assert [(c.value, c.qualifier, c.period, c.since) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Iceland has contributed ISK 60 million to the Facility, its fourth contribution since 2019.", "IS",
     (None, None)),
    ("Latvia gave EUR 150,000 to the FFS, the second grant it has made since 2019.", "LV", (None, None)),
    ("Malta's EUR 50,000 is its first pledge to the fund since 2017.", "MT", (None, None)),
    # a sum since a year keeps it
    ("Iceland has contributed ISK 250 million to Iraq since 2016.", "IS", ("cumulative", 2016)),
])
def test_an_ordinal_gift_since_a_year_counts_the_gifts_not_the_sum(text, partner, found):
    assert [(c.period, c.since) for c in claims(text, partner=partner)] == [found]


@pytest.mark.parametrize(("text", "giver", "found"), [
    ("UNDP welcomes contributions from Iceland, Latvia and Slovakia\n\nIceland gave ISK 60 million. Latvia gave "
     "EUR 150,000. Slovakia has committed EUR 1 million over three years (2025-2027), to be spent on water in Iraq.\n",
     "SK", 2025),
    ("Pledges for Iraq\n\nDenmark gives DKK 20 million. Sweden gives SEK 30 million. Norway gives NOK 30 million over "
     "three years (2024–2026), mostly for demining.\n", "NO", 2024),
    ("Promesses pour l'Irak\n\nLe Danemark donne 2 millions d'euros. La Suède donne 3 millions d'euros. La Belgique "
     "consacre 6 millions d'euros sur trois ans (2023-2025), surtout au déminage.\n", "BE", 2023),
])
def test_a_span_gives_its_first_year_from_the_years_in_brackets_after_it(text, giver, found):
    assert [(c.period, c.since) for c in claims(text) if c.partner == giver] == [("cumulative", found)]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("We are also preparing a 12-member SAF medical team to deploy to Iraq in the middle of the year, and we have set "
     "aside S$2 million for it.", "SG", ["IQ"]),
    ("Norway sends 40 engineers to build a field hospital in Jordan, and we will give NOK 20 million to it.", "NO",
     ["JO"]),
    ("Le Danemark envoie 10 démineurs en Irak, et nous versons 2 millions d'euros pour cela.", "DK", ["IQ"]),
    # a clause with its own subject and its own object keeps to itself
    ("Norway gives NOK 50 million to Syria, and we spend NOK 20 million on prevention.", "NO", []),
])
def test_a_clause_that_points_back_for_it_takes_the_places_of_the_clause_before(text, partner, found):
    assert [c.places for c in claims(text, partner=partner) if c.kind == "funding"][-1] == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Besides the troops, Portugal gave EUR 750,000 to the International Committee of the Red Cross for its work in "
     "Iraq in 2023.", "PT", ["humanitarian"]),
    ("In addition to its military contribution, Denmark gave DKK 10 million to the World Food Programme in Iraq.",
     "DK", ["humanitarian"]),
    ("Apart from the soldiers, Spain gives EUR 2 million to UNHCR for refugees in Lebanon.", "ES", ["humanitarian"]),
    # what the figure's own words say still counts
    ("Besides the troops, Portugal pays EUR 4 million for military equipment in Iraq.", "PT", ["military"]),
])
def test_what_a_sentence_sets_aside_before_its_subject_gives_no_line(text, partner, found):
    assert [c.lines for c in claims(text, partner=partner)] == [found]
