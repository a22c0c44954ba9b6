"""The classes of error blind round 13 (`gold/en-n-*`, English press releases, wire copy and partner pages) found,
one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("KSrelief opens clinics for displaced families\n\nRiyadh, May 2, 2021, SPA -- The King Salman Humanitarian Aid "
     "and Relief Center (KSrelief) today signed an agreement worth USD 3 million for clinics in camps in Iraq.", "SA"),
    ("Relief centre signs water projects\n\nThe King Salman Humanitarian Aid and Relief Centre has signed two "
     "projects worth USD 2 million in Syria, the Saudi Press Agency reported.", "SA"),
    ("Aid convoy reaches Mosul\n\nJEDDAH -- Under the directives of the Custodian of the Two Holy Mosques, KSrelief "
     "delivered 40 tons of food worth USD 1 million to families in Iraq.", "SA"),
    ("Relief for Iraq\n\nRiyadh, May 2, 2021, SPA -- The center signed an agreement worth USD 3 million for "
     "clinics in Iraq.", "SA"),
    ("Aid plane lands in Erbil\n\nThe Emirates News Agency reported that the plane carried medical supplies worth AED "
     "5 million to Iraq.", "AE"),
])
def test_a_wire_story_names_its_partner_by_the_agency_or_aid_body_that_speaks_for_it(text, partner):
    assert extract_text(text).doc.partner == partner


@pytest.mark.parametrize("text", [
    "At the conference, about 80 delegations pledged a combined USD 7 billion for 2019.",
    "In Brussels, 55 countries pledged USD 6.4 billion for Syria and the region.",
    "Some 60 governments have announced EUR 4 billion for the response in 2020.",
    "Delegations from 70 nations committed USD 5 billion, the co-chairs said.",
])
def test_the_delegations_or_countries_at_a_meeting_pledge_nobodys_own_money(text):
    assert claims("Korea gives USD 2 million to Iraq in 2019.\n\n" + text, partner="KR")[1:] == []


@pytest.mark.parametrize("text", [
    "Some 2.5 million people need humanitarian assistance, and around 1.2 million remain internally displaced.",
    "The EU gives aid to Syria, where 6.8 million are displaced and 12 million need help.",
    "Funding is vital: more than 3 million have fled and 1.5 million still live in camps.",
    "Le financement aide l'Irak, où 1,2 million restent déplacés.",
])
def test_a_bare_million_before_a_verb_of_people_is_people_not_money(text):
    assert claims("The EU gives EUR 25 million to Iraq in 2022.\n\n" + text, partner="EU")[1:] == []


@pytest.mark.parametrize(("text", "found"), [
    ("The Netherlands gives EUR 6 million for demining in Iraq. Washington alone committed more than $20 million "
     "this year.", [6_000_000]),
    ("The Netherlands gives EUR 6 million for demining in Iraq. Berlin has also pledged EUR 10 million.",
     [6_000_000]),
    ("The Netherlands gives EUR 6 million for demining in Iraq, while Tokyo provided USD 5 million.", [6_000_000]),
    ("The Netherlands gives EUR 6 million for demining in Iraq. In Washington, the minister pledged EUR 2 million "
     "more.", [6_000_000, 2_000_000]),
    ("The Hague has committed EUR 4 million to Iraq.", [4_000_000]),
])
def test_another_partners_capital_as_the_subject_of_a_gift_is_that_partners_money(text, found):
    assert [c.value for c in claims(text, partner="NL")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("The consul said about 150 Dutch military personnel were still serving in Iraq's Kurdistan Region, most of "
     "them instructors and advisers at the Coalition's training centre in Erbil, down from some 180 at the start of "
     "2023.", [(150, None), (180, 2023)]),
    ("Around 60 Dutch soldiers remain at the airbase in Erbil, where they advise the Peshmerga's logistics command "
     "and guard the Coalition's stores, up from 45 in 2021.", [(60, None), (45, 2021)]),
    ("Some 250 Dutch troops now serve in Iraq, mostly with the training mission and its field hospital in the north "
     "of the country, down from 400 last year.", [(250, None), (400, None)]),
])
def test_an_earlier_count_after_a_long_clause_is_a_claim_of_its_own_and_keeps_its_year(text, found):
    assert [(c.value, c.year) for c in claims(text, partner="NL")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Norway's funding to Iraq, by year:\n\nYear        NOK million\n2016        460\n2017        420\n"
     "Total       880\n", [(460_000_000, "NOK", "year", 2016, None), (420_000_000, "NOK", "year", 2017, None),
                          (880_000_000, "NOK", "cumulative", None, 2016)]),
    ("Contributions to UNDP in Iraq:\n\n  Year      Amount (USD)\n  2019      1,500,000\n  2020      2,250,000\n",
     [(1_500_000, "USD", "year", 2019, None), (2_250_000, "USD", "year", 2020, None)]),
    ("Danish aid to Syria\n\nRecipient          DKK m\nUNICEF             35\nWFP                20.5\n",
     [(35_000_000, "DKK", None, None, None), (20_500_000, "DKK", None, None, None)]),
    # no currency in the header: a table of counts, not money
    ("Trainees per year\n\nYear        Trainees\n2016        460\n2017        420\n", []),
])
def test_a_plain_text_table_lined_up_with_spaces_takes_currency_and_scale_from_its_header(text, found):
    assert [(c.value, c.currency, c.period, c.year, c.since) for c in claims(text, partner="NO")] == found


@pytest.mark.parametrize(("text", "lines"), [
    ("Iraq has long been a main recipient of Norwegian aid, and the Government has kept its support steady over "
     "the years despite the pandemic and the fall in oil prices that hit every budget. The table below shows "
     "Norway's stabilisation funding to Iraq:\n\nYear        NOK million\n2019        275\n", ["stabilization"]),
    ("Our engagement in Iraq started with emergency relief and has since moved step by step towards longer-term "
     "work with the Iraqi authorities and the UN agencies that support them. Our development cooperation "
     "has included the following:\n\n• EUR 5 million for vocational schools in Mosul", ["development"]),
])
def test_a_paragraph_that_opens_a_list_or_table_heads_it_with_its_last_sentence(text, lines):
    assert [c.lines for c in claims(text, partner="NO")] == [lines]


@pytest.mark.parametrize(("text", "lines"), [
    ("Since 2016 the Netherlands has set aside close to EUR 40 million for humanitarian mine action in Iraq.",
     ["humanitarian"]),
    ("Australia gives $12 million for humanitarian mine action to clear explosive hazards from farmland in Iraq.",
     ["humanitarian"]),
    ("La France consacre 3 millions d'euros à l'action humanitaire contre les mines en Irak.", ["humanitarian"]),
    # mine action with no such word stays stabilization, and a stabilisation word keeps its line
    ("Norway gives NOK 50 million for mine action and the removal of explosives in Raqqa.", ["stabilization"]),
    ("Norway gives NOK 50 million for stabilisation and humanitarian mine action in Iraq.",
     ["stabilization", "humanitarian"]),
])
def test_humanitarian_mine_action_is_humanitarian(text, lines):
    assert [c.lines for c in claims(text)] == [lines]


@pytest.mark.parametrize(("text", "lines"), [
    ("Since 2015, KSrelief has implemented 2,456 projects worth more than USD 6.5 billion.", ["humanitarian"]),
    ("The Kingdom gave USD 3 million through the Saudi Red Crescent to families in Syria.", ["humanitarian"]),
    ("La France a versé 2 millions d'euros à la Croix-Rouge en Syrie.", ["humanitarian"]),
    # the body's name gives way to what the money is for
    ("KSrelief signed a USD 4 million project for the reconstruction of schools in Iraq.", ["development"]),
])
def test_a_relief_body_names_humanitarian_money_when_nothing_else_does(text, lines):
    assert [c.lines for c in claims(text)] == [lines]


@pytest.mark.parametrize(("text", "found"), [
    ("HUMANITARIAN AID\nThrough its aid agency, Spain's humanitarian aid in response to the Syria crisis came to "
     "more than EUR 60 million\nbetween 2014 and 2021. Recent projects include:\n- Syria: EUR 3.2 million in 2022\n",
     [(60_000_000, "cumulative", None, 2014), (3_200_000, "year", 2022, None)]),
    ("Our support to Iraq's recovery has been steady and has grown over the years, and it amounted to EUR 9 million\n"
     "in 2020. In 2021 it went to:\n- Mosul: EUR 2 million for schools\n",
     [(9_000_000, "year", 2020, None), (2_000_000, "year", 2021, None)]),
])
def test_a_wrapped_line_that_ends_a_sentence_and_opens_a_list_gives_the_sentence_its_end(text, found):
    assert [(c.value, c.period, c.year, c.since) for c in claims(text, partner="ES")] == found


@pytest.mark.parametrize(("text", "places"), [
    ("Recent projects:\n- Lebanon: EUR 1.8 million in 2022 for health care and education for Syrian refugee\n"
     "  children.\n", ["LB"]),
    ("Projects in 2022:\n• Jordan: EUR 2 million for schools for Syrian refugees.\n", ["JO"]),
    ("Türkiye: EUR 3 million for Syrian refugee families in the south.", ["TR"]),
    # with no country in its share, the refugees' nationality stays the place
    ("Spain gives EUR 1 million for Syrian refugees.", ["SY"]),
])
def test_a_list_items_label_says_where_money_for_refugees_of_another_nationality_goes(text, places):
    assert [c.places for c in claims(text, partner="ES")] == [places]


@pytest.mark.parametrize(("text", "places"), [
    ("The breakdown of this assistance is as follows:\n(1) UNICEF: 4.5 million US dollars, for water and education "
     "for children and their families in Iraq\n(2) WFP: 3.5 million US dollars, for food in north-east Syria\n",
     [["IQ"], ["SY"]]),
    ("Japan decided on the following measures:\na) grant assistance of USD 100 million to Jordan to offset the cost "
     "of hosting refugees\nb) food assistance of about USD 4 million to Lebanon through WFP\n", [["JO"], ["LB"]]),
    ("Contributions:\n(i) USD 2 million to UNICEF for schools in Iraq and for teachers in its northern provinces\n"
     "(ii) USD 1 million to UNHCR for shelter in Syria\n", [["IQ"], ["SY"]]),
])
def test_items_numbered_in_brackets_are_list_items_with_their_own_places(text, places):
    assert [c.places for c in claims(text, partner="JP")] == places


@pytest.mark.parametrize("text", [
    "- UNICEF: USD 4.5 million for water, sanitation and education for displaced children in Iraq",
    "- WFP: USD 3 million for food vouchers for displaced households in camps in Iraq",
    "- IOM: USD 2 million for cash for work in displaced communities of Iraq",
])
def test_help_for_displaced_children_households_or_communities_is_humanitarian(text):
    assert [c.lines for c in claims("Breakdown:\n" + text, partner="JP")] == [["humanitarian"]]


@pytest.mark.parametrize(("text", "found"), [
    ("European Commission - Press release\n\nIraq: EU announces €25 million in humanitarian aid\n\nBrussels, 21 March "
     "2022\n\nThe European Commission has announced €25 million in humanitarian aid for Iraq in 2022.",
     [(25_000_000, "year", 2022)]),
    ("The European Union has committed EUR 10 million to Syria in 2021.", [(10_000_000, "year", 2021)]),
    ("L'Union européenne a annoncé 15 millions d'euros pour l'Irak en 2020.", [(15_000_000, "year", 2020)]),
])
def test_the_eu_as_the_subject_of_its_own_page_gives_its_own_money(text, found):
    assert [(c.value, c.period, c.year) for c in claims(text, partner="EU")] == found


@pytest.mark.parametrize(("text", "lines"), [
    ("In 2022 Japan signed a loan of up to 35.7 billion yen for the rehabilitation of electricity networks in Iraq.",
     ["development"]),
    ("Japan will provide a yen loan of up to 30 billion yen for the Basrah water supply improvement project in Iraq.",
     ["development"]),
    ("La France accorde un prêt de 100 millions d'euros pour réhabiliter le réseau d'eau en Irak.", ["development"]),
    # without a loan, rebuilding services stays stabilization
    ("Japan gives USD 5 million for the rehabilitation of water supply in Mosul.", ["stabilization"]),
])
def test_a_loan_is_development_whatever_it_rebuilds(text, lines):
    assert [c.lines for c in claims(text)] == [lines]
