"""The classes of error blind round 21 (`gold/en-v-*`, English: a news site's live blog of a parliament's vote, a
fact-check of a minister's figures, a news page with byline, captions and related headlines, a written answer with
a yearly table in PDF, an embassy's equipment handover in DOCX, a minister's speech transcript with stage notes and
a charity's annual report naming government grants) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("Live: Albanian parliament debates Iraq training mission\nMPs voted 88 to 31 to send up to 40 soldiers to Iraq. "
     "NATO says its mission has trained 1,200 Iraqi instructors.", "AL"),
    ("Breaking: Estonian parliament backs Iraq deployment\nUp to 45 soldiers will serve in Iraq. NATO trained 900 "
     "Iraqi officers in 2025.", "EE"),
    ("As it happened: Bulgarian parliament votes on Iraq mission\nThe mission will have up to 30 soldiers. The "
     "coalition has 2,500 troops in Iraq.", "BG"),
    ("Latest: Greek foreign ministry sends aid to Syria\nA grant of EUR 500,000 goes to displaced families. UNHCR "
     "counts 1.2 million displaced.", "GR"),
])
def test_a_demonym_before_a_government_noun_in_lower_case_names_the_partner_of_a_headline(text, partner):
    assert extract_text(text).partner == partner


def test_a_destinations_ministry_in_a_headline_is_not_the_partner():
    assert extract_text("Iraqi ministry receives demining equipment from Japan\nThe equipment is worth USD 2 "
                        "million.").partner != "IQ"


@pytest.mark.parametrize(("text", "partner", "value", "currency"), [
    ("Qatar has not waited. Since 2014, Qatar has committed more than USD 310 million to Iraq. Today I announce a "
     "pledge of 365 million Qatari riyals, that is one hundred million US dollars, for recovery in Iraq. The World "
     "Bank puts the cost of reconstruction at USD 88 billion.", "QA", 365_000_000, "QAR"),
    ("Qatar has stood with Syrians since 2011. Qatar has committed more than USD 310 million to Iraq. The World Bank "
     "puts the cost at USD 88 billion. Today we pledge 50 million Qatari riyals, or 14 million US dollars, to Syria.",
     "QA", 50_000_000, "QAR"),
    ("Kuwait has given USD 200 million to Iraq since 2014. The UN puts the needs at USD 3 billion. Kuwait pledges "
     "30 million Kuwaiti dinars, that is about 98 million US dollars, for Mosul.", "KW", 30_000_000, "KWD"),
])
def test_the_country_in_a_currency_name_is_no_giver(text, partner, value, currency):
    found = extract_text(text)
    assert found.partner == partner
    assert (value, currency) in [(c.value, c.currency) for c in found.claims]


@pytest.mark.parametrize(("text", "partner", "value", "year"), [
    ("As at 1 October 2026, three New Zealand Defence Force personnel are deployed in Iraq.", "NZ", 3, 2026),
    ("As at 30 June 2025, Australia had 110 ADF personnel in Iraq.", "AU", 110, 2025),
    ("The UK had 400 troops in Iraq as at March 2024.", "GB", 400, 2024),
])
def test_as_at_a_date_is_the_year_of_a_head_count(text, partner, value, year):
    assert [(c.value, c.period, c.year) for c in claims(text, partner=partner)] == [(value, "year", year)]


@pytest.mark.parametrize(("text", "partner", "year"), [
    ("The 2023 figure includes $1,500,000 released after the earthquakes in Syria.", "NZ", 2023),
    ("Their 2024 figure includes EUR 2 million for mine clearance in Iraq.", "DE", 2024),
    ("Our 2022 figure covered GBP 3 million of support to refugees in Jordan.", "GB", 2022),
])
def test_a_figure_named_with_its_year_is_that_years(text, partner, year):
    assert [(c.period, c.year) for c in claims(text, partner=partner)] == [("year", year)]


@pytest.mark.parametrize(("text", "partner", "value", "currency"), [
    ("The deployment to Iraq will cost about 310 million lek (roughly €3.1 million) a year.", "AL", 310_000_000,
     "ALL"),
    ("Tirana gave 12 million lekë to the Red Cross for families displaced in Syria.", "AL", 12_000_000, "ALL"),
    ("Skopje allocates 25 million denars for its officers in Iraq.", "MK", 25_000_000, "MKD"),
    ("Georgia's contingent in Iraq costs 4 million lari a year.", "GE", 4_000_000, "GEL"),
])
def test_a_balkan_or_caucasus_currency_without_its_nationality_is_the_partners(text, partner, value, currency):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == [(value, currency)]


@pytest.mark.parametrize(("text", "partner", "value", "currency"), [
    ("Today we pledge 365 million Qatari riyals, that is one hundred million US dollars, for recovery in Iraq.", "QA",
     365_000_000, "QAR"),
    ("Kuwait pledges 30 million Kuwaiti dinars, that is about 98 million US dollars, for Mosul.", "KW", 30_000_000,
     "KWD"),
    ("Japan gives 3 billion yen, that is some USD 20 million, to Jordan.", "JP", 3_000_000_000, "JPY"),
    ("Norway gives NOK 200 million, which is about USD 19 million, to Syria.", "NO", 200_000_000, "NOK"),
])
def test_a_sum_restated_after_that_is_or_which_is_is_one_claim(text, partner, value, currency):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == [(value, currency)]


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("Qatar pledges 365 million Qatari riyals for return and recovery in the liberated areas of Iraq.", "QA",
     ["stabilization"]),
    ("Kuwait gives USD 20 million to clear rubble and restore services in the liberated districts of Nineveh.", "KW",
     ["stabilization"]),
    ("The 2023 figure includes $1,500,000 released after the February earthquakes in Türkiye and Syria.", "NZ",
     ["humanitarian"]),
    ("Korea's security cooperation programme for Iraq is worth KRW 9 billion.", "KR", ["military"]),
    ("The US security assistance package of USD 250 million goes to the Iraqi army.", "US", ["military"]),
])
def test_words_of_recovery_disaster_and_security_cooperation_name_their_line(text, partner, lines):
    assert claims(text, partner=partner)[0].lines == lines


def test_a_loan_for_the_liberated_areas_stays_development():
    found = claims("In 2022 Japan signed a loan of up to 35.7 billion yen for power networks in the liberated areas of "
                   "Iraq.", partner="JP")
    assert [c.lines for c in found] == [["development"]]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("About 640 Italian troops are in Iraq. Germany, by comparison, may deploy up to 500 soldiers under its mandate.",
     "IT", [640]),
    ("Some 400 Spanish troops serve in Iraq. France, by contrast, could send 600 soldiers to Jordan.", "ES", [400]),
    ("Thirty-one Latvian soldiers came home. Estonia and Lithuania each have around 30 soldiers in the same unit.",
     "LV", [31]),
    ("Italy keeps 640 troops in Iraq, while Spain and Portugal both have about 200 soldiers there.", "IT", [640]),
])
def test_another_country_set_apart_or_counted_each_is_the_subject_of_its_own_figure(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "values"), [
    ('"We are told this is a small mission, yet the coalition already has some 2,500 troops on the ground," said an '
     "MP. Albania will send up to 40 soldiers to Iraq.", "AL", [40]),
    ("The coalition still has about 2,000 troops in Syria. Norway keeps 60 soldiers in Jordan.", "NO", [60]),
    ("Baltic states agree joint ammunition order worth EUR 1.1 billion. Latvia gives EUR 150,000 to Iraq.", "LV",
     [150_000]),
    ("The Nordic countries pledged USD 500 million for Syria in Brussels. Finland gives EUR 4 million to Iraq.", "FI",
     [4_000_000]),
])
def test_the_coalition_or_a_regional_group_of_states_is_no_partners_subject(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "found"), [
    ('"We have more than a thousand soldiers in Iraq right now," the minister said.', "IT", [(1000, "at_least")]),
    ("Nearly a thousand Dutch trainers have served in Erbil.", "NL", [(1000, "approximate")]),
    ("Spain keeps one thousand troops in Iraq.", "ES", [(1000, "exact")]),
])
def test_a_thousand_in_words_counts_people(text, partner, found):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("About 640 Italian troops were in Iraq at the end of April. A further 190 serve with the air task group in "
     "Kuwait.", "IT", [190, 640]),
    ("Some 150 Dutch soldiers are in Erbil. Another 40 are stationed in Jordan.", "NL", [40, 150]),
    ("Sixty Danish trainers work at Al Asad. The remaining 20 serve in Baghdad.", "DK", [20, 60]),
])
def test_a_further_bare_count_opening_its_sentence_counts_the_people_just_named(text, partner, values):
    assert sorted(c.value for c in claims(text, partner=partner)) == values


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("A relief team left for Erbil. Latvia's mission ceiling stays at 45, the ministry added.", "LV",
     [(45, "at_most")]),
    ("The troop ceiling for Iraq rises to 150 next year.", "DK", [(150, "at_most")]),
    ("Norway's troop cap in Jordan falls from 60 to 40.", "NO", [(40, "at_most"), (60, "at_most")]),
])
def test_a_mission_or_troop_ceiling_without_its_noun_caps_a_head_count(text, partner, found):
    assert sorted((c.value, c.qualifier) for c in claims(text, partner=partner)) == found


_CHARITY_REPORT = (
    "3. Where our money came from\n\nIn 2025 our total income was £6.8 million, 14% more than in 2024.\n\n"
    "UK Government funding received in 2025 came to £2.05 million, or 30% of our income.\n\nOther funders\n\n"
    "- Public appeals and individual donors: £2.3 million\n- Charitable trusts and foundations: £1.1 million\n"
    "- Corporate supporters: £400,000\n- Gifts in kind and other income: £960,000\n"
)


def test_a_charitys_own_income_and_private_sources_are_no_partners_money():
    assert [c.value for c in claims(_CHARITY_REPORT, partner="GB")] == [2_050_000]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("The UK sent 40 advisers to Iraq, 12 of them British nationals seconded from the Army.", "GB", [12, 40]),
    ("Denmark funds 60 trainers in Iraq, 45 of them Iraqi or Syrian nationals.", "DK", [60]),
    ("Norway deploys 30 experts to Jordan, 20 of them Jordanian citizens hired locally.", "NO", [30]),
])
def test_a_part_of_the_people_of_another_nationality_is_not_the_partners(text, partner, values):
    assert sorted(c.value for c in claims(text, partner=partner)) == values


@pytest.mark.parametrize(("text", "title", "partner", "place"), [
    ("Live: Albanian parliament debates Iraq training mission\nBy Elira Hoxha. Last updated 12 March 2026, 17:48\n\n"
     "Key points\n\n• MPs voted on the government's motion\n\n14:32\n\nThe minister said the first rotation would "
     "number between 25 and 30 personnel, of whom six will be medics.",
     "Live: Albanian parliament debates Iraq training mission | Tirana Daily Observer", "AL", "IQ"),
    ("Denmark extends its training mission in Jordan\nPublished 3 May 2026\n\nAt a glance\n\n• The cabinet agreed "
     "on Tuesday\n\nThe contingent will count up to 90 soldiers from June, the minister said.",
     "Denmark extends its training mission in Jordan - Ministry of Defence", "DK", "JO"),
])
def test_the_pages_own_title_heads_it_over_a_section_heading(text, title, partner, place):
    found = extract_text(text, title=title, partner=partner).claims
    assert found and all(c.places == [place] for c in found), [(c.value, c.places) for c in found]


@pytest.mark.parametrize(("text", "partner", "place"), [
    ("Answer\n\nNew Zealand's humanitarian funding for people affected by the Syria crisis is set out by calendar year "
     "in the table below. All amounts are in New Zealand dollars.\n\nCalendar year | Humanitarian funding\n"
     "2022 | $3,000,000\n2023 | $4,500,000\nTotal 2022-2023 | $7,500,000\n\nThe Minister has nothing to add.", "NZ",
     "SY"),
    ("Reply\n\nOur support to refugees and host communities in Lebanon was as follows, by year.\n\n"
     "Year | Amount\n2024 | EUR 2,000,000\n2025 | EUR 2,500,000\n", "IE", "LB"),
])
def test_a_tables_rows_take_the_places_of_the_paragraph_that_announces_it(text, partner, place):
    found = claims(text, partner=partner)
    assert found and all(c.places == [place] for c in found), [(c.value, c.places) for c in found]


@pytest.mark.parametrize(("text", "partner"), [
    ("Our field hospital in west Mosul is staffed today by between 40 and 50 Qatari doctors and nurses.", "QA"),
    ("Italy deploys between 20 and 25 doctors to its hospital in Erbil.", "IT"),
])
def test_the_low_end_of_a_range_of_people_takes_the_lines_of_its_high_end(text, partner):
    found = claims(text, partner=partner)
    assert len(found) == 2 and found[0].lines == found[1].lines == ["humanitarian"], [(c.value, c.lines) for c in found]


@pytest.mark.parametrize(("text", "partner"), [
    ("The 2026 decree authorises a maximum of 1,100 personnel for the coalition mission in Iraq and assigns it "
     "€262 million for 2026.", "IT"),
    ("Parliament approved EUR 40 million for the training mission in Iraq.", "PT"),
])
def test_a_missions_budget_is_military(text, partner):
    assert [c.lines for c in claims(text, partner=partner) if c.kind == "funding"] == [["military"]]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("About 640 Italian troops were in Iraq at the end of April. A further 190 serve with the air task group in "
     "Kuwait. Across Iraq and Kuwait, that makes roughly 830.", "IT", [190, 640, 830]),
    ("Germany has 120 trainers in Erbil and 80 in Jordan. That makes 200 in the region.", "DE", [80, 120, 200]),
    ("Some 150 Dutch soldiers are in Erbil. Another 40 are stationed in Jordan; this brings the total to 190.", "NL",
     [40, 150, 190]),
])
def test_the_sum_of_the_people_just_counted_after_that_makes_is_a_head_count(text, partner, values):
    assert sorted(c.value for c in claims(text, partner=partner)) == values


def test_that_makes_after_money_or_a_rank_is_no_head_count():
    text = ("Norway keeps 60 soldiers in Jordan. That makes Norway the fifth largest contributor with 3 percent of "
            "troops.")
    assert [c.value for c in claims(text, partner="NO")] == [60]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("UK Government\n\nThe FCDO funded £450,000 of emergency health care in Idlib, Syria.\n\nOther funders\n\n"
     "- UN Iraq Humanitarian Fund: US$500,000 for cash assistance in Kirkuk\n- European Union: EUR 800,000 for "
     "shelter in Mosul\n", "GB", [450_000]),
    ("Irish Aid gave EUR 1.2 million to our clinics in Lebanon.\n\nOther donors\n\n• UNHCR: USD 300,000 for "
     "refugees in the Bekaa\n• A private foundation: EUR 150,000\n", "IE", [1_200_000]),
])
def test_the_items_under_an_other_funders_heading_are_not_the_partners(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("The UK Government remained our largest institutional funder.\n\nOur 142 staff reached 212,000 people.", "GB", []),
    ("Irish Aid is one of our main donors, with EUR 1.2 million in 2025. Our 35 staff in Lebanon run four clinics.",
     "IE", [1_200_000]),
    ("Our 12 staff officers serve in Baghdad, and our funding for Iraq reached NZD 3 million.", "NZ", [12, 3_000_000]),
])
def test_the_own_staff_of_a_writer_the_partner_funds_are_not_the_partners(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner"), [
    ("Korea hands over engineering equipment worth KRW 3.4 billion to the Iraqi Army", "KR"),
    ("Italy gives EUR 5 million to the Lebanese army for its border posts.", "IT"),
])
def test_what_is_handed_to_an_army_is_military(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["military"]]


@pytest.mark.parametrize(("text", "partner", "place", "lines"), [
    ("The security cooperation programme with Iraq for 2024-2026 is worth KRW 9 billion in total. The first delivery, "
     "in 2025, was valued at KRW 2.1 billion.", "KR", ["IQ"], ["military"]),
    ("Denmark funds a EUR 12 million stabilisation programme in Raqqa, Syria. The second tranche of EUR 4 million was "
     "paid in May.", "DK", ["SY"], ["stabilization"]),
])
def test_a_delivery_or_tranche_of_the_programme_just_named_points_back_to_it(text, partner, place, lines):
    last = claims(text, partner=partner)[-1]
    assert (last.places, last.lines) == (place, lines)


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("The Korea-Iraq security cooperation programme for 2024-2026 is worth KRW 9 billion in total.", "KR", ["IQ"]),
    ("The UK-Jordan partnership is worth GBP 9 million.", "GB", ["JO"]),
    ("The Lebanon-Italy grant agreement provides EUR 4 million.", "IT", ["LB"]),
    ("A non-Iraqi contractor was paid EUR 2 million.", "DE", []),
])
def test_the_other_country_of_a_hyphenated_pair_with_the_partner_is_a_place(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == [places]
