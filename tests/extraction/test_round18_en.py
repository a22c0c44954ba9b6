"""The classes of error blind round 18 (`gold/en-s-*`, English: a press release with a table of allocations by
partner, a contingent's homecoming story, a news story with a correction, a speech at a handover ceremony, an
interview in questions and answers, a year-end "what we did" list and a minister's answer in a plenary debate) found,
one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ('"Iraq needs jobs as much as security": an interview with the Dutch ambassador\n\n'
     "The Dutch Government has given EUR 20 million to Iraq this year. The Dutch Ministry of Foreign Affairs "
     "said so.\n",
     "NL"),
    ("\u201cLebanon is at breaking point,\u201d warns minister on visit to the camps\n\n"
     "Ireland will provide EUR 5 million to refugees in Lebanon, the Irish Government announced.\n", "IE"),
    ("'Jordan has carried this alone for too long': minister visits Zaatari\n\n"
     "The Canadian Government will give $10 million to refugees in Jordan. The Canadian Embassy confirmed it.\n",
     "CA"),
])
def test_a_headline_that_opens_with_a_quotation_names_no_partner_by_its_speakers_words(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("Ministry of Defence - News\n\nWelcome home: Iraq training contingent back in Szolnok\n\n"
     "The Hungarian Defence Forces' contingent of 130 soldiers came home from Iraq.\n", "HU"),
    ("Iraq mission extended by a year\n\nThe Danish Government will keep 90 soldiers in Iraq. The Danish Parliament "
     "agreed on Tuesday.\n", "DK"),
    ("Jordan deployment ends for F-16 detachment\n\nThe Dutch Ministry of Defence said 150 personnel came home "
     "from Jordan. The Dutch Government thanked them.\n", "NL"),
])
def test_a_country_before_a_missions_noun_in_a_headline_is_where_the_mission_goes(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("An interview with the Dutch ambassador\n\nWe have given EUR 20 million to Iraq since 2019, the ambassador "
     "said.\n", "NL"),
    ("Questions and answers\n\nWe asked the Ambassador of the Kingdom of the Netherlands about our aid. We have given "
     "close to EUR 400 million to Iraq since 2014.\n", "NL"),
    ("Ambassador of Japan visits Mosul\n\nThe ambassador handed over equipment worth USD 2 million to the city's "
     "hospital.\n", "JP"),
])
def test_an_ambassadors_country_names_the_partner(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Spain keeps around 180 military personnel in Iraq today, down from almost 600 when the mission was at its "
     "height.", "ES", [180, 600]),
    ("Some 90 Danish soldiers serve in Iraq, down from about 400 when the coalition's campaign was at its peak.", "DK",
     [90, 400]),
    ("We now have 40 trainers in Erbil, up from 25 while the camp was being built.", "NO", [40, 25]),
])
def test_an_earlier_count_dated_by_a_when_clause_is_a_second_count(text, partner, found):
    assert sorted(c.value for c in claims(text, partner=partner)) == sorted(found)


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Some 130 soldiers, among them 35 reservists, came home from Iraq.", "HU", [130, 35]),
    ("The contingent of 120 soldiers includes 40 reservists who volunteered for Iraq.", "SK", [120, 40]),
    ("Around 60 reservists are deployed with the training mission in Iraq.", "EE", [60]),
])
def test_reservists_are_the_partners_people(text, partner, found):
    assert sorted(c.value for c in claims(text, partner=partner)) == sorted(found)


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Today eleven Slovak instructors serve in Baghdad. From next spring their number will rise to 20.", "SK",
     [11, 20]),
    ("Our 45 trainers remain in Erbil; their number will fall to 30 next year.", "NO", [45, 30]),
    ("About 80 Czech soldiers serve in Iraq. The Government wants their number to grow to 120.", "CZ", [80, 120]),
])
def test_their_number_points_back_to_the_people_just_counted(text, partner, found):
    assert sorted(c.value for c in claims(text, partner=partner)) == sorted(found)


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Our troop presence in Iraq has gone from about 150 to some 60.", "NL", [150, 60]),
    ("Danish troop numbers in Iraq will fall from 130 to 90 next year.", "DK", [130, 90]),
    ("Our military footprint in the country is now down to about 40.", "NO", [40]),
])
def test_a_troop_presence_or_footprint_counts_people_named_before_it(text, partner, found):
    assert sorted(c.value for c in claims(text, partner=partner)) == sorted(found)


@pytest.mark.parametrize(("text", "partner"), [
    ("The coalition now has 87 members, and about 2,500 coalition troops remain in Iraq and Syria.", "HU"),
    ("Some 4,000 Coalition personnel are based in Kuwait.", "NZ"),
    ("Around 900 coalition soldiers still serve in Syria.", "DK"),
])
def test_coalition_troops_are_no_partners_own(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("I want to thank every one of the men and women who served.", "ES"),
    ("Each one of our soldiers came home safely.", "HU"),
    ("Not one of the trainers was hurt in the attack.", "NO"),
])
def test_every_one_of_the_people_is_no_head_count(text, partner):
    assert claims(text, partner=partner) == []


def test_their_number_wrapped_at_a_lines_end_still_points_back():
    text = "Today eleven Slovak instructors serve in Baghdad. From next spring their\nnumber will rise to 20.\n"
    assert sorted(c.value for c in claims(text, partner="SK")) == [11, 20]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("CORRECTION: An earlier version of this story reported that the new funding was $6 million. The ministry has "
     "since clarified that the package is worth $4.5 million; the $6 million figure was the total requested by the "
     "agencies.\n\nNew Zealand will give $4.5 million to people in Syria.\n", "NZ", {4_500_000}),
    ("Correction: a previous version of this release stated EUR 12 million. The EUR 12 million mentioned there was "
     "the cost of the whole programme. Austria gives EUR 3 million to the programme in Iraq.\n", "AT", {3_000_000}),
    ("An earlier version of this story said 250 soldiers would deploy. That figure of 250 soldiers was the size of "
     "the whole battalion. 120 Danish soldiers will deploy to Iraq.\n", "DK", {120}),
])
def test_a_correction_notice_that_names_the_wrong_figure_again_retracts_it_again(text, partner, found):
    assert {c.value for c in claims(text, partner=partner)} == found


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Ministry of Foreign Affairs\n\nDevelopment cooperation and humanitarian aid: what we did in 2024\n\n"
     "A short summary of the aid the ministry gave last year, country by country.\n\nIraq\n\n"
     "- EUR 300,000 to the UNDP stabilisation facility.\n"
     "- EUR 200,000 to UNICEF for schools in Mosul.\n", "EE", [("year", 2024), ("year", 2024)]),
    ("Our allocations for Syria and its neighbours in 2025\n\nThe ministry has divided the money between its "
     "partners as follows.\n\nPartner | Where | Amount\nWFP | Syria | DKK 120 million\nUNHCR | Lebanon | DKK 100 "
     "million\n", "DK", [("year", 2025), ("year", 2025)]),
    # a figure with a period of its own keeps it, and prose takes no year from the title
    ("Humanitarian aid: what we did in 2024\n\nSince 2014 we have given EUR 5 million to Iraq. We also gave "
     "EUR 1 million to Jordan.\n\n- EUR 300,000 for schools in Iraq since 2020.\n", "EE",
     [("cumulative", 2014), (None, None), ("cumulative", 2020)]),
])
def test_a_page_title_that_ends_with_its_year_dates_its_list_items_and_table_rows(text, partner, found):
    assert [(c.period, c.year or c.since) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner"), [
    ("As for the cost: the operation in Iraq costs about 45 million euros a year.", "ES"),
    ("The operation will cost EUR 30 million in 2025.", "IT"),
    ("Our operation in Jordan has cost about DKK 200 million so far.", "DK"),
])
def test_what_the_operation_costs_is_military(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["military"]]
