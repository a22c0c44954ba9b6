"""The classes of error blind round 20 (`gold/en-u-*`, English: a press release at a pledging conference, a
corrected media release, a contingent's rotation announcement, a joint statement of three defence ministers, an
embassy's thread of short posts, a radio interview transcript and a wire story quoting several governments) found,
one test per class, each written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "value", "currency"), [
    ("Today the embassy signed a €3.5M grant for water networks in Mosul, #Iraq.", "IT", 3_500_000, "EUR"),
    ("Our support to refugees in #Jordan now stands at US$2.5B since 2012.", "US", 2_500_000_000, "USD"),
    ("A further £750K goes to mine clearance in Raqqa, Syria. #UKaid", "GB", 750_000, "GBP"),
])
def test_a_capital_scale_letter_glued_after_a_currency_sign_is_the_scale(text, partner, value, currency):
    assert [(c.value, c.currency) for c in claims(text, partner=partner)] == [(value, currency)]


@pytest.mark.parametrize(("text", "partner"), [
    ("Italy sent 3M respirators to hospitals in Iraq.", "IT"),
    ("The convoy left Mosul with 40K blankets for displaced families.", "GB"),
])
def test_a_capital_scale_letter_without_a_currency_is_no_money(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("The ceiling for Bundeswehr soldiers in Iraq and Jordan drops from 500 to 300.", "DE",
     [(300, "at_most"), (500, "at_most")]),
    ("The cap for Danish troops in Iraq rises to 150 next year.", "DK", [(150, "at_most")]),
    ("The Pentagon will reduce the number of U.S. troops in Syria from about 2,000 to fewer than 1,000.", "US",
     [(1000, "at_most"), (2000, "approximate")]),
    ("London will bring the number of U.K. personnel in Iraq down from 1,400 to 900.", "GB",
     [(900, "exact"), (1400, "exact")]),
])
def test_a_count_after_its_noun_reads_a_ceiling_for_initials_and_thousands(text, partner, found):
    assert sorted((c.value, c.qualifier) for c in claims(text, partner=partner)) == found


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("The mandate allows up to 500 German soldiers in Iraq. At the moment around 250 are actually deployed there.",
     "DE", 250),
    ("Some 90 Dutch trainers rotate through Iraq each year. Today, 60 are stationed in Erbil.", "NL", 60),
    ("Norway has a medical team of Norwegian doctors in Jordan. Currently 14 are based in Amman.", "NO", 14),
])
def test_a_bare_count_opened_by_a_word_of_time_counts_the_people_just_named(text, partner, value):
    assert value in [c.value for c in claims(text, partner=partner)]


def test_a_bare_count_after_people_trained_is_still_not_the_partners():
    assert claims("Germany trained 900 Iraqi soldiers. At present 300 are deployed in Mosul.", partner="DE") == []


_DONORS = "Germany pledged EUR 300 million for Syria. Britain pledged GBP 120 million for Syria. "


@pytest.mark.parametrize(("text", "giver", "value"), [
    (_DONORS + "About $118 million of the new U.S. money will go to relief programs inside Syria.", "US", 118_000_000),
    (_DONORS + "The Pentagon will cut the number of U.S. troops in Syria to 1,000.", "US", 1000),
    (_DONORS + "Some CAD 40 million of the additional Canada funding goes to Lebanon.", "CA", 40_000_000),
])
def test_in_a_page_of_many_givers_a_name_owning_the_money_or_people_after_of_gives_it(text, giver, value):
    assert (giver, value) in [(c.partner, c.value) for c in claims(text)]


@pytest.mark.parametrize(("text", "partner", "values", "place"), [
    ("It will reduce the number of U.S. troops in Syria from about 2,000 to fewer than 1,000 over the coming months, "
     "while roughly 2,500 American service members remain in Iraq.", "US", {2000, 1000}, ["SY"]),
    ("Lithuania will increase its training contingent in Iraq from 30 to 45 troops from January and will provide "
     "EUR 1.2 million in humanitarian aid to Syria.", "LT", {30, 45}, ["IQ"]),
    ("Oslo will cut its contingent in Jordan from 90 to 60 people by June, while 20 staff officers stay in Kuwait.",
     "NO", {90, 60}, ["JO"]),
])
def test_the_value_a_head_count_changes_to_is_where_the_value_it_changes_from_is(text, partner, values, place):
    found = {c.value: c.places for c in claims(text, partner=partner) if c.kind == "personnel"}
    assert set(found) >= values and all(found[v] == place for v in values), found


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Latvia will deploy 30 instructors to Iraq in 2026 and will keep two officers in Kuwait.", "LV", [2, 30]),
    ("Estonia renewed its mandate in 2025 and sends three staff officers to Baghdad.", "EE", [3]),
    ("Denmark will rotate staff in 2026 and send four doctors to Jordan.", "DK", [4]),
])
def test_the_number_nearest_a_personnel_noun_counts_it(text, partner, values):
    assert sorted(c.value for c in claims(text, partner=partner)) == values


@pytest.mark.parametrize(("text", "partner"), [
    ("Latvia will deploy up to 30 instructors to NMI and keep two officers in the coalition headquarters in Kuwait.",
     "LV"),
    ("Slovenia has five officers at NMI headquarters, and Croatia funds a clinic in Jordan.", "SI"),
])
def test_nato_mission_iraq_by_its_short_name_is_in_iraq(text, partner):
    assert claims(text, partner=partner)[0].places == ["IQ"]


@pytest.mark.parametrize(("text", "partner"), [
    ("Lithuania will increase its training contingent in Iraq from 30 to 45 troops from January 2026.", "LT"),
    ("Some 60 Czech soldiers will serve in Iraq from 1 March 2026.", "CZ"),
    ("Portugal keeps 30 trainers in Iraq from June 2026, after the rotation.", "PT"),
])
def test_a_head_count_from_a_month_of_a_year_is_that_years(text, partner):
    found = claims(text, partner=partner)
    assert [(c.period, c.year) for c in found][-1] == ("year", 2026), [(c.value, c.period, c.year) for c in found]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Press release\nIreland pledges at least €27 million for the Syria crisis in 2025\nIrish humanitarian support to "
     "Syrians since 2012 now exceeds €230 million\n17 March 2025\nThe Minister announced the pledge in Brussels today.",
     "IE", [(27_000_000, "year"), (230_000_000, "cumulative")]),
    ("News\nFinland pledges at least EUR 5 million for hospitals in Iraq in 2024\nFinnish support to Iraq since 2015 "
     "now exceeds EUR 60 million\nHelsinki, 3 May 2024\nThe Minister signed the agreement today.",
     "FI", [(5_000_000, "year"), (60_000_000, "cumulative")]),
    ("Media release\nNorway gives NOK 40 million to mine clearance in Raqqa in 2025\nNorwegian mine action support to "
     "Syria since 2017 passes NOK 400 million\nOslo, 2 June 2025\nThe State Secretary announced the grant today.",
     "NO", [(40_000_000, "year"), (400_000_000, "cumulative")]),
])
def test_a_headline_and_its_standfirst_each_with_a_figure_are_two_statements(text, partner, found):
    assert sorted((c.value, c.period) for c in claims(text, partner=partner)) == found


@pytest.mark.parametrize(("text", "partner"), [
    ("The conference closed with pledges of €5.8 billion for 2025 and beyond.", "IE"),
    ("The Brussels meeting ended with new commitments of EUR 6 billion for Syria and the region.", "AT"),
    ("The summit concluded with pledges totalling USD 3 billion for Iraq.", "JP"),
])
def test_what_a_conference_closed_with_is_everyones(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("Ireland will commit €18 million over 2025-2027 to the Syria Recovery Trust Fund.", "IE"),
    ("Germany is the largest donor to the Syria Recovery Trust Fund, with EUR 200 million since 2013.", "DE"),
])
def test_a_recovery_trust_fund_is_stabilization(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["stabilization"]]

@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("Looking beyond emergency relief, Ireland will also commit €18 million over 2025-2027 to the Syria Recovery "
     "Trust Fund.", "IE", ["stabilization"]),
    ("Apart from humanitarian aid, Austria gives EUR 4 million for reconstruction in Mosul.", "AT", ["development"]),
    ("Besides its humanitarian assistance, Greece funds demining in Iraq with EUR 1 million.", "GR", ["stabilization"]),
])
def test_a_line_named_to_say_what_a_sum_is_not_for_is_not_its_line(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == [lines]


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Correction: this release replaces the version issued on 11 February 2026, which gave the Iraq stabilisation "
     "package as $45 million. The package is $54 million.", "AU", 54_000_000),
    ("This corrects the figure of NOK 40 million given in our release of 3 May; the grant is NOK 45 million.", "NO",
     45_000_000),
    ("This statement supersedes the earlier version, which put the contribution at EUR 3 million. Belgium gives "
     "EUR 3.5 million to Iraq.", "BE", 3_500_000),
])
def test_the_figure_a_correction_notice_replaces_is_no_claim(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Of the new rotation, forty-five soldiers will serve in the training company in Erbil and some twenty in force "
     "protection roles.", "FI", [(20, "approximate"), (45, "exact")]),
    ("Forty Danish soldiers serve in Iraq and ten in Kuwait.", "DK", [(10, "exact"), (40, "exact")]),
    ("Sixty Dutch trainers will work at the academy in Baghdad and about a dozen in Erbil.", "NL",
     [(12, "approximate"), (60, "exact")]),
])
def test_a_second_count_in_words_whose_noun_is_left_out_counts_the_same_people(text, partner, found):
    assert sorted((c.value, c.qualifier) for c in claims(text, partner=partner)) == found


def test_one_in_a_share_after_a_count_is_no_count():
    assert [c.value for c in claims("Thirty soldiers serve in Iraq and one in five is a reservist.",
                                    partner="FI")] == [30]


@pytest.mark.parametrize(("text", "title", "partner", "place"), [
    ("FINNISH DEFENCE FORCES\nArmy Command Finland - Press release - 4 September 2025\nCrisis Management Force Iraq: "
     "seventeenth rotation begins with a smaller contingent\nThe Finnish Crisis Management Force begins its new rotation "
     "this\nmonth. The new rotation will number approximately 65 soldiers, down from about 80 in\nthe rotation now "
     "returning home.", "Crisis Management Force Iraq: seventeenth rotation begins", "FI", ["IQ"]),
    ("MINISTRY OF DEFENCE\nNews - 2 March 2026\nDanish training team in Jordan gets new commander and a smaller "
     "rotation for the spring\nThe team changes command this week. The new rotation will number about 40 soldiers,\n"
     "down from 55 in the autumn rotation.", "Danish training team in Jordan gets new commander", "DK", ["JO"]),
])
def test_a_page_that_opens_with_its_own_long_title_reads_it_as_a_heading(text, title, partner, place):
    found = claims(text, title=title, partner=partner)
    assert found and all(c.places == place for c in found), [(c.value, c.places) for c in found]


def test_a_title_that_quotes_someone_is_no_heading():
    text = ("Op-ed: \"Let us not turn our backs on Iraq and Syria now that the caliphate has fallen\"\n"
            "By the Minister of Foreign Affairs\nWe also spend some NOK 20 million every year on preventing violent "
            "extremism, because ideas outlive territory.")
    title = "Op-ed: \"Let us not turn our backs on Iraq and Syria now that the caliphate has fallen\""
    assert [c.places for c in claims(text, title=title, partner="NO")] == [[]]


@pytest.mark.parametrize(("text", "partner", "place"), [
    ("MINISTRY FOR FOREIGN AFFAIRS OF FINLAND\n\nPress release 4 May 2025\n\nFinland supports mine clearance in Iraq\n\n"
     "Finland will keep supporting the clearance of explosive hazards in areas freed from Daesh.\n\nFunding\n\n"
     "The Government has reserved EUR 3 million for the work in 2025.\n", "FI", ["IQ"]),
    ("ROYAL DANISH EMBASSY\n\nNews, 2 June 2026\n\nDenmark helps refugee families in Jordan\n\n"
     "Cold nights are hard on families living in tents and unfinished buildings.\n\nThe contribution\n\n"
     "Denmark gives DKK 15 million to the winter programme of UNHCR.\n", "DK", ["JO"]),
])
def test_a_section_heading_that_names_no_place_passes_on_to_a_title_under_a_letterhead(text, partner, place):
    assert [c.places for c in claims(text, partner=partner)] == [place]


@pytest.mark.parametrize(("text", "partner"), [
    ("The reduction follows the reorganisation of Operation Inherent Resolve. The Government has reserved "
     "approximately EUR 14.5 million for the operation in the 2026 budget.", "FI"),
    ("Norway's officers serve with NATO Mission Iraq in Baghdad. Parliament set aside NOK 60 million for the mission "
     "this year.", "NO"),
    ("Canada renewed Operation Impact until 2027. The Government will spend $120 million for the operation over two "
     "years.", "CA"),
])
def test_money_for_a_military_operation_named_again_is_military(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["military"]]


def test_money_for_a_civilian_mission_named_again_is_not_military():
    text = ("Two Finnish police advisers serve with the EU Advisory Mission in Iraq. Finland also pays EUR 400,000 "
            "to the mission this year.")
    assert "military" not in [line for c in claims(text, partner="FI") if c.kind == "funding" for line in c.lines]
