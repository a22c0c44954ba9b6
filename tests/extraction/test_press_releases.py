"""English press releases: partners' own dollars, the contributor is no place, places from list intros and
back-references, more number forms, head counts after their noun, and periods over a span."""

import pytest

from .helpers import claims, only_claim

DOLLARS = [
    ("Australia", "AU", "Australia will provide $110 million to Iraq.", "AUD", True),
    ("Canada", "CA", "Canada will provide $12.5 million to Iraq.", "CAD", True),
    ("New Zealand", "NZ", "New Zealand will provide $6 million to Iraq.", "NZD", True),
    ("Korea", "KR", "Korea will provide $3.5m to Iraq.", "USD", True),
    ("Australia", "AU", "Australia will provide US$10 million to Iraq.", "USD", False),
    ("Canada", "CA", "Canada will provide C$45 million to Iraq.", "CAD", False),
    ("Canada", "CA", "Canada will provide CAD 45 million to Iraq.", "CAD", False),
    ("Norway", "NO", "Norway will provide NZ$45 million to Iraq.", "NZD", False),
    ("Australia", "AU", "Australia will provide 25 million AU dollars to Iraq.", "AUD", False),
]

NUMBER_FORMS = [
    ("Japan gave approx. 12 mil. USD to Jordan.", 12_000_000, "USD", "approximate"),
    ("Japan gave USD 5 mln to Iraq.", 5_000_000, "USD", "exact"),
    ("Japan gave USD 2 bln to Iraq.", 2_000_000_000, "USD", "exact"),
    ("Germany gave EUR 1.1 bn to Syria.", 1_100_000_000, "EUR", "exact"),
    ("The UK gave £30m to Syria.", 30_000_000, "GBP", "exact"),
    ("Forty-five million euros is earmarked for Iraq.", 45_000_000, "EUR", "exact"),
    ("Germany gave half a million euros to Iraq.", 500_000, "EUR", "exact"),
    ("Germany gave twenty five million euros to Iraq.", 25_000_000, "EUR", "exact"),
]

PERIODS = [
    ("Australia will provide AUD 110 million over three years.", "cumulative", None, None),
    ("The US will provide USD 150 million over the next three years.", "cumulative", None, None),
    ("Since the conflict began in 2011, the UK has provided GBP 3.5 billion.", "cumulative", None, 2011),
    ("In fiscal year 2014, Japan provided USD 25.5 million.", "year", 2014, None),
    ("Japan provided USD 25.5 million in FY2014.", "year", 2014, None),
    ("Denmark will provide DKK 100 mln in 2017-18.", "cumulative", None, 2017),
]


@pytest.mark.parametrize(("name", "code", "text", "currency", "inferred"), DOLLARS)
def test_partners_own_dollars(name, code, text, currency, inferred):
    claim = only_claim(f"{name}'s contribution\n\n{text}")
    assert claim.currency == currency
    assert ("currency_inferred" in claim.review_reasons) is inferred


def test_restatement_in_a_second_currency_is_one_claim():
    claim = only_claim("Australia's contribution\n\nAustralia pledged 25 million AU dollars ($16.2 million) to Iraq.")
    assert (claim.value, claim.currency) == (25_000_000, "AUD")
    assert claim.evidence.endswith("($16.2 million)")


@pytest.mark.parametrize(("text", "value", "currency", "qualifier"), NUMBER_FORMS)
def test_number_forms(text, value, currency, qualifier):
    claim = only_claim(text)
    assert (claim.value, claim.currency, claim.qualifier) == (value, currency, qualifier)


@pytest.mark.parametrize(("text", "period", "year", "since"), PERIODS)
def test_periods_over_a_span(text, period, year, since):
    claim = only_claim(text)
    assert (claim.period, claim.year, claim.since) == (period, year, since)


def test_dateline_year_sets_no_period():
    claim = only_claim("Norway's contribution\n\nOSLO, 2 October 2020 — Norway will give NOK 250 million to Iraq.")
    assert claim.period is None and "no_period" in claim.review_reasons


def test_the_contributor_and_unit_names_are_no_places():
    claim = only_claim("Italy's contribution\n\nAround 200 Carabinieri serve in the Italian-led police unit at the "
                       "American base near Erbil.")
    assert claim.places == ["IQ"]


def test_list_intro_in_capitals_gives_the_place():
    claim = only_claim("Canada's contribution\n\nIN LEBANON:\n• C$45 million for stabilisation\n")
    assert claim.places == ["LB"] and claim.review_reasons == ["place_from_heading", "no_period"]


def test_back_reference_takes_the_place_of_the_sentence_before():
    found = claims("New Zealand's contribution\n\nNew Zealand deploys up to 143 personnel to Iraq. A further 10 "
                   "trainers will join them in 2019. The Government also gave NZD 2 million to demining.")
    assert [(c.value, c.places) for c in found] == [(143, ["IQ"]), (10, ["IQ"]), (2_000_000, [])]
    assert "place_from_reference" in found[1].review_reasons


def test_head_counts_stated_after_their_noun():
    found = claims("The Netherlands' contribution\n\nThe cabinet will bring the total number of Dutch personnel in "
                   "Iraq to 350. It will later raise its contingent of military personnel to roughly 450.")
    assert [(c.value, c.qualifier, c.places) for c in found] == [(350, "exact", ["IQ"]), (450, "approximate", ["IQ"])]


def test_a_change_gives_one_claim_per_value():
    found = claims("Belgium's contribution\n\nThe number of Belgian troops in Jordan will fall from 300 to 250. "
                   "In Iraq, the contingent has grown from about 40 to about 70 trainers.")
    assert [(c.value, c.qualifier) for c in found] == [(300, "exact"), (250, "exact"), (40, "approximate"),
                                                       (70, "approximate")]


def test_compound_hedge_and_people_sent():
    claim = only_claim("Italy's contribution\n\nItaly will deploy up to approx. 60 people to Baghdad.")
    assert (claim.kind, claim.value, claim.qualifier) == ("personnel", 60, "at_most")


@pytest.mark.parametrize("text", [
    "Japan also welcomes the G7 package of USD 1 billion announced at the summit.",
    "At the G7 summit, leaders announced a joint package of USD 2 billion for the region.",
    "The Netherlands supports 9 loan projects of the World Bank.",
    "The funding will reach an estimated 1.2 million people, including 300,000 children.",
    "The programme reached 60 people in Mosul.",
])
def test_not_the_partner_s_figures(text):
    assert claims(text, partner="NL") == []


@pytest.mark.parametrize(("text", "places"), [
    ("The UAE pledged USD 500 million at the Kuwait International Conference for the Reconstruction of Iraq.", ["IQ"]),
    ("Norway gave USD 5 million for Syrian refugees in Lebanon.", ["LB"]),
    ("Norway gave USD 5 million to Iraqi security forces.", ["IQ"]),
    ("Norway gave USD 5 million through the Kuwait-based fund for Yemen.", ["YE"]),
])
def test_places_are_where_the_money_goes(text, places):
    assert only_claim(text, partner="NO" if "Norway" in text else "AE").places == places


@pytest.mark.parametrize("text", [
    "Qatar hosts some 10,000 troops at Al Udeid.",
    "Le Qatar accueille quelque 10 000 militaires de la Coalition.",
    "Around 5,000 soldiers of the Coalition are based in Iraq.",
])
def test_hosted_and_coalition_people_are_not_the_partner_s(text):
    assert claims(text, partner="QA") == []


def test_estimated_cost_is_approximate_and_a_money_headline_gives_people_no_line():
    found = claims("UAE pledges support for Iraq's reconstruction\n\nThe cost is estimated at EUR 20 million.\n\n"
                   "The UAE has also deployed up to 50 staff officers to Baghdad.")
    assert found[0].qualifier == "approximate"
    assert (found[1].value, found[1].lines) == (50, ["military"])
    assert extract_text_partner("UAE pledges support for Iraq's reconstruction\n\nText.") == "AE"


def extract_text_partner(text):
    from coalition.extraction import extract_text

    return extract_text(text).partner


@pytest.mark.parametrize(("text", "partner"), [
    ("Le Canada prolonge sa mission en Irak\n\nTexte.", "CA"),
    ("Bundeswehr mandate extended\n\nThe German Bundestag has extended the mandate.", "DE"),
    ("Question écrite relative à la participation belge à la Coalition\n\nRéponse.", "BE"),
    ("Mission prolongée\n\nLe gouvernement du Canada a annoncé la prolongation.", "CA"),
])
def test_partner_of_press_releases(text, partner):
    assert extract_text_partner(text) == partner


def test_elided_noun_and_part_of_a_total():
    found = claims("En 2017, la Défense a déployé 120 militaires en Irak et 80 en Jordanie.", partner="BE")
    assert [(c.value, c.places, c.year) for c in found] == [(120, ["IQ"], 2017), (80, ["JO"], 2017)]
    total, part = claims("Le Canada investira 1,39 milliard de dollars dans sa stratégie, dont 250 millions de "
                         "dollars pour la formation des forces de sécurité.", partner="CA")
    assert (total.lines, part.lines) == ([], ["military"])


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("تعهدت قطر بمبلغ مليار دولار للعراق.", 1_000_000_000, "USD"),
    ("Japan has extended loans of approximately 1.2 trillion yen to Iraq.", 1_200_000_000_000, "JPY"),
    ("Norway pledged a billion kroner to Syria.", 1_000_000_000, "NOK"),
])
def test_a_scale_alone_and_trillions(text, value, currency):
    claim = only_claim(text, partner="NO" if "Norway" in text else None)
    assert (claim.value, claim.currency) == (value, currency)


def test_members_sent_are_personnel_and_a_back_reference_in_the_next_paragraph():
    claim = only_claim("The Canadian Armed Forces have approximately 200 members deployed to Iraq.", partner="CA")
    assert (claim.kind, claim.value) == ("personnel", 200)
    found = claims("قدمت قطر ٢٠ مليون دولار للعراق.\n\nويأتي هذا الدعم ضمن تعهد بمبلغ مليار دولار.", partner="QA")
    assert found[1].places == ["IQ"] and "place_from_reference" in found[1].review_reasons


def test_a_name_in_a_title_form_starts_with_a_capital():
    text = ("Additional support for Iraq\n\nJoint media release\n\nThe Australian Government will provide $25 million "
            "to Iraq in 2019-20. This brings Australia's total support to Iraq to over $250 million.")
    extraction = claims(text)
    assert {c.currency for c in extraction} == {"AUD"}
    assert extract_text_partner(text) == "AU"


def test_a_total_takes_its_first_year_from_the_rest_of_the_sentence():
    claim = only_claim("Depuis 2014, l'aide japonaise à l'Irak dépasse au total 500 millions de dollars.", partner="JP")
    assert (claim.qualifier, claim.period, claim.since) == ("at_least", "cumulative", 2014)


def test_totals_since_a_month_and_multi_year_packages():
    found = claims("Australia's contribution\n\nThe announcement brings Australia's total assistance for Iraq to 17 "
                   "million AU dollars ($14.9 million) since June and for Syria to 135.8 million AU dollars ($119 "
                   "million) since the conflict began in 2011.")
    assert [(c.value, c.currency, c.period, c.since, c.places) for c in found] == [
        (17_000_000, "AUD", "cumulative", None, ["IQ"]), (135_800_000, "AUD", "cumulative", 2011, ["SY"])]
    claim = only_claim("Australia's contribution\n\nA new three year $100 million assistance package goes to Iraq.")
    assert claim.period == "cumulative"


def test_clearing_landmines_is_stabilization():
    assert only_claim("Australia gave AUD 5 million to clear landmines in Iraq.").lines == ["stabilization"]
