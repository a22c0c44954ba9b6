"""The classes of error blind round 27 (`gold/en-aa-*`, English: a development ministry's media release with a
"Media contact" footer, a wire story from a donors' conference in Amman, a defence ministry's news page with a cookie
banner and related news, a coalition partner profile in PDF, an embassy's release on an agreement with WFP in DOCX, a
foreign minister's press conference and a regional paper on a Guard battalion's return) found, one test per class,
each checked to fail on the code before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Canada also maintains up to 300 Canadian Armed Forces members in Iraq, Jordan and Kuwait under Operation IMPACT.",
     "CA", 300),
    ("Estonia keeps 40 Defence Forces members in Iraq with the coalition.", "EE", 40),
    ("The Cabinet approved up to 120 Defence Force members for the training mission at Taji, Iraq.", "NZ", 120),
    ("Some 60 Armed Forces members of Slovakia serve in Kuwait and Iraq.", "SK", 60),
])
def test_members_named_by_the_force_before_them_are_a_head_count(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == [expected]


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Canada announced $84.5 million in 2026 for humanitarian assistance in Iraq and Syria.\n\nOf this funding:\n"
     "- $32 million will go to humanitarian partners in Syria;\n- $21.5 million will support stabilization in Iraq.\n",
     "CA", [("year", 2026, None)] * 3),
    ("Since 2018, Ireland has provided EUR 40 million to Syria.\n\nOf this amount:\n- EUR 12 million went to UNICEF;\n"
     "- EUR 8 million went to WFP.\n", "IE", [("cumulative", None, 2018)] * 3),
    ("En 2025, la Suisse a versé 30 millions de francs au Liban.\n\nSur ce montant :\n- 10 millions de francs au "
     "CICR ;\n- 6 millions de francs au HCR.\n", "CH", [("year", 2025, None)] * 3),
    ("Greece will provide €5 million in 2026 for stabilisation in Iraq. Of the five million, 1.5 million euros will go "
     "to humanitarian demining around Sinjar.", "GR", [("year", 2026, None)] * 2),
    ("Norway gives NOK 200 million for 2025-2027 to Iraq. Out of the two hundred million, NOK 50 million goes to mine "
     "clearance.", "NO", [("cumulative", None, 2025)] * 2),
])
def test_a_part_of_a_total_takes_its_period_from_a_list_intro_or_a_sum_in_words(text, partner, expected):
    assert [(c.period, c.year, c.since) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner"), [
    ("Members of the Global Coalition against Daesh have together mobilized over US$11 billion for stabilization since "
     "2014.", "CA"),
    ("The members of the Coalition provided more than USD 9 billion to Iraq and Syria in 2025.", "DK"),
    ("The coalition says its members gave more than $1.3 billion to stabilisation last year.", "GR"),
    ("The Coalition estimates that its 87 partners spent about EUR 2 billion on stabilisation.", "BE"),
])
def test_what_the_coalitions_members_gave_together_is_no_claim_of_the_partner(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("In 2025 WFP assisted 1.1 million people in Lebanon, but its operation is only 41 percent funded against a "
     "requirement of US$ 420 million. Austria gives EUR 3 million.", "AT", [3000000]),
    ("The 2025 Syria Humanitarian Response Plan was only 34% funded, with a requirement of US$4.07 billion. Canada "
     "gives $32 million to Syria.", "CA", [32000000]),
    ("UNHCR's Iraq operation has an annual requirement of USD 610 million; Norway gives NOK 40 million.", "NO",
     [40000000]),
])
def test_an_agencys_requirement_is_no_claim(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


def _partner(text):
    from coalition.extraction import extract_text

    return extract_text(text).partner


@pytest.mark.parametrize(("text", "expected"), [
    ("Welcome home: battalion back in Cedar Falls\nThe citizen-soldiers, Guardsmen who in ordinary life teach school, "
     "spent nine months on a mission that took about 450 soldiers of the battalion to Iraq and Syria. In 2021 about 300 "
     "of its soldiers went to Kosovo with the NATO peacekeeping force.", "US"),
    ("Send-off at the armory\nSome 120 soldiers of the Army National Guard's 2nd Battalion left for Kuwait on Monday, "
     "where they will support Operation Inherent Resolve.", "US"),
    ("Wing returns from Qatar\nAbout 80 airmen of the 132nd Wing, part of the Air National Guard, came home after six "
     "months at Al Udeid Air Base in Qatar.", "US"),
])
def test_a_countrys_part_time_forces_named_alone_are_a_sign_of_the_partner(text, expected):
    assert _partner(text) == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("The government estimates the cost of the deployment in Iraq at EUR 1.9 million a year, covered from the defence "
     "budget.", "SI", [1900000]),
    ("The ministry estimates the annual cost of the mission at NOK 90 million.", "NO", [90000000]),
    ("Defence estimates the cost of its Iraq contingent at $14 million in 2026.", "NZ", [14000000]),
    ("The World Bank estimates the damage at $10 billion. Slovenia gives EUR 2 million.", "SI", [2000000]),
])
def test_an_estimate_of_the_partners_own_deployment_cost_is_its_claim(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("As for personnel, we have 11 officers in Iraq today with the NATO mission and the coalition, and from January "
     "that rises to 14, because we will send instructors.", "GR", [11, 14]),
    ("We have 11 officers in Iraq; the number rises to 14 in January.", "GR", [11, 14]),
    ("Some 40 Danish soldiers serve in Kuwait. In the spring the number will fall to 25.", "DK", [40, 25]),
    ("Portugal keeps 30 trainers at Besmaya, Iraq, and that goes up to 36 in June.", "PT", [30, 36]),
])
def test_that_or_the_number_as_the_subject_of_a_change_gives_the_new_count(text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("HEADLINE FIGURES\n  1,000+     SAF personnel deployed in support of the Coalition since 2014\n  S$4.6m     "
     "humanitarian assistance to Iraq and Syria since 2014\n  300+       air-to-air refuelling sorties flown by RSAF "
     "tankers\nSingapore is one of the Coalition's partners in Asia and has contributed to its military,\n"
     "stabilisation, humanitarian and counter-messaging efforts.\nSince 2014, more than 1,000 SAF personnel have "
     "deployed to Kuwait, Qatar and Iraq for the Coalition,\nin rotations of four to six months.",
     "SG", [(1000, ["KW", "QA", "IQ"], ["military"]), (4600000, ["IQ", "SY"], ["humanitarian"])]),
    ("KEY FIGURES\n  EUR 45m     for stabilisation and recovery in Iraq since the year 2016\n  120        Danish "
     "soldiers deployed in Kuwait in support of the Coalition\nDenmark also funds demining.", "DK",
     [(45000000, ["IQ"], ["stabilization"]), (120, ["KW"], ["military"])]),
])
def test_a_headline_figure_set_apart_from_its_label_is_a_line_of_its_own(text, partner, expected):
    assert [(c.value, c.places, c.lines) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Poland pledges 45 million zlotys for refugees in Jordan at Amman conference\n\nAMMAN, 14 May (Levant Press "
     "Agency) - Poland pledged 45 million zlotys in humanitarian aid for 2026 on Thursday. Of that sum, 12 million "
     "zlotys will go to UNICEF in Lebanon.\n\nGermany pledged 250 million euros in humanitarian aid, while the United "
     "States announced $180 million. Japan said it would contribute about $25 million in aid.\n\nThe European Union "
     "pledged 1.1 billion euros over 2026-2027.",
     [("PL", 45000000), ("PL", 12000000), ("DE", 250000000), ("US", 180000000), ("JP", 25000000),
      ("european-union", 1100000000)]),
    ("Korea announces $30 million for Syrians at Brussels conference\n\nBRUSSELS, 30 June (Wire) - Korea pledged $30 "
     "million in humanitarian aid for 2026. Of this, $10 million goes to WFP in Syria.\n\nNorway pledged NOK 500 "
     "million. Sweden promised SEK 300 million. The Netherlands said it would give EUR 40 million.",
     [("KR", 30000000), ("KR", 10000000), ("NO", 500000000), ("SE", 300000000), ("NL", 40000000)]),
])
def test_a_story_about_one_pledge_among_three_or_more_other_givers_pledges_is_a_page_of_many(text, expected):
    from coalition.extraction import extract_text

    result = extract_text(text)
    assert result.partner is None
    assert [(c.partner, c.value) for c in result.claims] == expected


@pytest.mark.parametrize(("text", "partner"), [
    ("Czechs to send more soldiers to Iraq\n\nPRAGUE, May 4 - The Czech Republic will send 60 soldiers to Iraq. "
     "The Czech Republic will also give CZK 40 million. NATO has 500 personnel in the country. The United States has "
     "2,500 troops there.", "CZ"),
    ("Denmark to extend its Iraq mission\n\nDenmark will keep 130 soldiers in Iraq. Denmark will also give DKK 50 "
     "million. Norway has 60 trainers there, and Germany has 100 soldiers in Jordan.", "DK"),
])
def test_a_story_about_the_partner_with_two_others_in_the_background_keeps_its_partner(text, partner):
    assert _partner(text) == partner


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Another 35 soldiers left for Kuwait. The Cedar Valley Veterans Fund raised $12,000 at the county fair last summer "
     "to help families of the deployed soldiers.", "US", [35]),
    ("The local rugby club raised more than $8,000 for the families. The 120 soldiers deployed to Iraq.", "NZ", [120]),
    ("The brigade, which has some 3,000 soldiers across the state, sent 450 soldiers to Iraq and Syria.", "US", [450]),
    ("The Guard has 2,400 soldiers statewide, and 300 soldiers serve in Kuwait.", "US", [300]),
    ("The Facility has completed over 3,500 projects; its budget since 2015 exceeds US$1.5 billion, provided by more "
     "than 30 donors. In 2025, Singapore contributed US$500,000 to it.", "SG", [500000]),
    ("The fund's capital of EUR 900 million was given by 25 donors. Belgium paid EUR 4 million into it.", "BE",
     [4000000]),
])
def test_a_local_funds_takings_a_formations_strength_at_home_and_a_sum_many_donors_gave_are_no_claims(
        text, partner, expected):
    assert [c.value for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize("text", [
    "Since 2014, more than 1,000 SAF personnel have deployed to Kuwait and Iraq.",
    "Since 2014, more than 7,000 ADF personnel have deployed on Operation OKRA.",
    "Depuis 2015, plus de 400 militaires lettons y ont été déployés.",
], ids=["en-saf", "en-adf", "fr"])
def test_people_who_have_deployed_since_a_year_are_a_sum_over_the_years(text):
    (claim,) = claims(text)
    assert (claim.period, claim.since) == ("cumulative", int(text.split()[1].rstrip(",")))
