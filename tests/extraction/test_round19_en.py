"""The classes of error blind round 19 (`gold/en-t-*`, English: a defence ministry's news item on a raised mission
ceiling, a parliamentary committee report, a minister's statement at a donors' conference, a press briefing
transcript, a wire story quoting several governments, a contingent's rotation announcement and a development agency's
newsletter) found, one test per class, each written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("The Seimas raised the ceiling on Lithuanian troops and civilian defence staff serving in Iraq from 40 to 60 "
     "people.", "LT"),
    ("Parliament lowered the ceiling on Latvian soldiers and civilian staff deployed in Iraq from 50 to 30 people.",
     "LV"),
    ("The decree raises the cap on Estonian troops and staff officers assigned to the mission from 45 to 80 "
     "personnel.", "EE"),
])
def test_a_ceiling_bounds_a_change_read_with_its_noun_further_on(text, partner):
    found = claims(text, partner=partner)
    assert len(found) == 2 and {c.qualifier for c in found} == {"at_most"}, [(c.value, c.qualifier) for c in found]


@pytest.mark.parametrize(("text", "partner"), [
    ("The NATO mission itself numbers around 500 personnel from allies and partner nations.", "LT"),
    ("The headquarters in Baghdad has some 300 officers from allies.", "EE"),
    ("About 900 troops from allies and partners train Iraqi forces at the base.", "LV"),
])
def test_people_from_allies_are_not_the_partners(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("The United Nations appeals for Syria and the region for this year total more than USD 8 billion.", "AT"),
    ("The UN's appeals for Iraq sought USD 1.6 billion in 2024.", "IE"),
    ("This year the humanitarian response plans for Syria call for EUR 4 billion.", "PT"),
])
def test_appeals_in_the_plural_are_no_money_given(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("The Facility is funded by 29 donors whose combined contributions exceed US$1.6 billion.", "GB"),
    ("The fund has 12 partners whose combined pledges reach EUR 300 million.", "FI"),
    ("The combined contributions of its 20 donors came to USD 900 million last year.", "AU"),
])
def test_the_combined_contributions_of_a_group_of_donors_are_no_ones_own(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner"), [
    ("2. The Facility has completed over 3,500 projects and is funded by 29 donors whose combined contributions exceed\n"
     "US$1.6 billion; the UK share of that total is roughly 9 per cent.\n", "GB"),
    ("4. The trust fund was set up in 2019 and the pledges of the other donors together now reach\n"
     "EUR 210 million, of which the largest part comes from the European Union.\n", "FI"),
    ("7. Officials told us that the pledges of other donors to the Syria response in 2024 were\n"
     "USD 4.1 billion, and that less than a third of it had been paid by October.\n", "IE"),
])
def test_a_numbered_paragraph_wrapped_after_a_verb_goes_on_into_the_amount(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner", "since"), [
    ("The Government will provide £30 million over three years from 2025 to the Funding Facility for Stabilization "
     "in Iraq.", "GB", 2025),
    ("Finland commits EUR 12 million over four years beginning in 2024 for humanitarian aid in Syria.", "FI", 2024),
    ("Ireland will give EUR 9 million over the next three years from 2026 to UNICEF in Lebanon.", "IE", 2026),
])
def test_a_span_of_years_from_a_named_year_starts_there(text, partner, since):
    found = claims(text, partner=partner)
    assert [(c.period, c.since) for c in found] == [("cumulative", since)]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Around 400 UK service personnel remain in Iraq under Operation Shader,\nand a further 150 are based in Kuwait.",
     "GB", [(400, ["IQ"]), (150, ["KW"])]),
    ("Some 120 Danish soldiers serve in Iraq, and another 30 are stationed in Kuwait.", "DK",
     [(120, ["IQ"]), (30, ["KW"])]),
    ("About 60 Finnish trainers are deployed in Iraq and a further 20 serve in Jordan.", "FI",
     [(60, ["IQ"]), (20, ["JO"])]),
])
def test_a_further_count_with_its_own_verb_keeps_the_first_ones_noun(text, partner, found):
    assert sorted((c.value, c.places) for c in claims(text, partner=partner)) == sorted(found)


@pytest.mark.parametrize(("text", "partner"), [
    ("Since the conflict began in 2011, Austria has contributed more than EUR 220 million to the Syria crisis "
     "response.", "AT"),
    ("Portugal gave EUR 2 million to the regional crisis response in Jordan.", "PT"),
    ("Greece allocated EUR 1.5 million to the crisis response for Lebanon this spring.", "GR"),
])
def test_money_for_a_crisis_response_is_humanitarian(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["humanitarian"]]


@pytest.mark.parametrize(("text", "partner"), [
    ("We are donating 14 emergency generators, valued at EUR 1.3 million, to hospitals in north-west Syria.", "AT"),
    ("Slovenia gave EUR 400,000 to two hospitals in Mosul.", "SI"),
    ("Iceland will fund health care in Jordan's refugee camps with ISK 90 million.", "IS"),
])
def test_money_for_hospitals_and_health_care_is_humanitarian(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["humanitarian"]]


@pytest.mark.parametrize(("text", "partner"), [
    ("KOICA MIDDLE EAST NEWSLETTER\nKorea International Cooperation Agency, Iraq Office\n\n"
     "KOICA signed a US$9.5 million grant project to upgrade three technical institutes in Iraq.\n", "KR"),
    ("JICA Iraq Office - News\nJapan International Cooperation Agency\n\n"
     "JICA and the Ministry of Education signed a grant of 1.2 billion yen for vocational schools in Mosul.\n", "JP"),
    ("News from the Turkish Cooperation and Coordination Agency\n\n"
     "The agency handed over three school buildings worth USD 2 million in Kirkuk, Iraq.\n", "TR"),
])
def test_a_grant_of_the_development_agency_a_page_opens_with_is_development(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["development"]]


@pytest.mark.parametrize(("text", "partner", "place"), [
    ("Some 24 Bulgarian soldiers serve in Iraq. The mandate allows up to 30 Bulgarian military personnel in the "
     "mission at any one time.", "BG", "IQ"),
    ("Nine Estonian officers advise the ministry in Iraq. Parliament allows up to 15 officers to serve with the "
     "mission.", "EE", "IQ"),
    ("Croatia has 12 soldiers in Kuwait. The decision lets up to 20 soldiers take part in the mission.", "HR", "KW"),
])
def test_the_mission_points_back_to_where_the_sentence_before_sends_people(text, partner, place):
    found = claims(text, partner=partner)
    assert [c.places for c in found] == [[place], [place]], [(c.value, c.places) for c in found]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("QUESTION: How many American troops are in Iraq right now?\n\nMR. HARLAN: I won't give the exact count, but "
     "it's between 2,000 and 2,500 in Iraq, and about 900 in Syria.\n", "US",
     [(900, "approximate"), (2000, "at_least"), (2500, "at_most")]),
    ("Q: How many Danish soldiers are still deployed?\nA: We have 120 in Iraq and 30 in Kuwait.\n", "DK",
     [(30, "exact"), (120, "exact")]),
    ("Q: And how many of your trainers remain there?\nA: Roughly 45 in Baghdad, fewer than last year.\n", "NO",
     [(45, "approximate")]),
    ("Q: How many Iraqi soldiers have your instructors trained?\nA: More than 4,000 in Erbil alone.\n", "IT", []),
])
def test_an_answer_counts_the_people_its_question_asks_about(text, partner, found):
    assert sorted((c.value, c.qualifier) for c in claims(text, partner=partner)) == found


@pytest.mark.parametrize(("text", "partner", "place"), [
    ("We have between 2,000 and 2,500 troops in Iraq, and about 900 in Syria.", "US", ["IQ"]),
    ("Between 100 and 150 Danish soldiers will serve in Iraq, while 40 more stay in Kuwait.", "DK", ["IQ"]),
    ("Norway keeps between 50 and 60 trainers in Jordan and 20 officers in Iraq.", "NO", ["JO"]),
])
def test_the_low_end_of_a_range_of_people_is_where_its_high_end_is(text, partner, place):
    found = {c.qualifier: c.places for c in claims(text, partner=partner)}
    assert found["at_least"] == found["at_most"] == place


@pytest.mark.parametrize(("code", "text", "currency"), [
    ("BG", "Bulgaria donates engineering equipment worth BGN 1.9 million to the Ministry of Defence of Iraq.", "BGN"),
    ("BG", "Bulgaria gave 500,000 leva to refugees in Jordan in 2024.", "BGN"),
    ("HR", "Croatia gave HRK 7 million in humanitarian aid to Syria in 2019.", "HRK"),
])
def test_a_sum_in_a_currency_the_euro_replaced_is_stored(db, code, text, currency):
    from datetime import date

    from coalition.ingest.services import document_ingest_outcome
    from tests.factories import PartnerFactory

    outcome = document_ingest_outcome(data=text.encode(), filename="release.txt", partner=PartnerFactory(code=code),
                                      as_of=date(2025, 2, 4))
    assert [claim.currency for claim in outcome.claims] == [currency]
