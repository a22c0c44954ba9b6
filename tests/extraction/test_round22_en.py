"""The classes of error blind round 22 (`gold/en-w-*`, English: an army's change of command with a ceiling that
rises, a foreign ministry's pledge at a donors' conference in HTML, an aid report's chapter with a yearly table in
thousands of euros in PDF, a donor agreement's summary with tranches in DOCX, a defence press conference with
journalists' questions, a charity's appeal that names the government's matching funds and a commemorative article
on a contingent's ten years) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("The authorised ceiling for the contingent rises from 35 to 45 personnel.", "PT", [35, 45]),
    ("The new ceiling for the mission in Iraq will be 120 soldiers.", "AT", [120]),
    ("Its parliamentary cap goes from 150 to 120 troops.", "BG", [150, 120]),
    ("The agreed troop ceiling in Iraq falls from 400 to 300 personnel.", "GB", [400, 300]),
])
def test_a_ceiling_with_a_word_before_it_bounds_its_counts(text, partner, values):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == [(v, "at_most") for v in values]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("QUESTION (Reuters): Defence Secretary, there are reports in London that Britain will send 1,000 more troops to "
     "the Kurdistan Region. Is that right?\nDEFENCE SECRETARY: No. We have 154 service personnel deployed in Iraq.",
     "GB", [154]),
    ("Q: Your opponents say Canada has cut its aid to Syria to $20 million. Is that so?\nA: No. This year we are "
     "giving $45 million to Syria.", "CA", [45_000_000]),
    ("Question (NRK): Minister, will 80 more Norwegian trainers go to Iraq next year?\nMinister: No, our 60 trainers "
     "will leave Iraq in June.", "NO", [60]),
])
def test_a_figure_in_a_journalists_question_is_no_claim(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("\"A gift of ISK 5,000 buys a hygiene kit for a family,\" she said. Text HJALP to 1900 to give ISK 2,900. Iceland "
     "gave ISK 65 million to the ICRC in Syria.", "IS", [65_000_000]),
    ("A donation of 3,000 yen feeds a child in Syria for a week. Japan gave 500 million yen to Syria.", "JP",
     [500_000_000]),
    ("For KRW 50,000, a family in Iraq gets a stove for the winter. Korea gave KRW 2 billion to Iraq.", "KR",
     [2_000_000_000]),
])
def test_a_price_in_a_currency_of_small_units_is_no_contribution(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Last year the people of Iceland gave ISK 22 million to our appeals for Syria. The Ministry gave ISK 65 million "
     "to the ICRC in Syria.", "IS", [65_000_000]),
    ("Members of the public donated 40 million yen to the appeal. Japan gave 500 million yen to Syria.", "JP",
     [500_000_000]),
    ("Our supporters raised £1.2 million for Syria last year. The UK Government gave £3 million.", "GB", [3_000_000]),
    ("The Government and the people of Japan have given USD 5 million to Iraq.", "JP", [5_000_000]),
])
def test_money_the_public_gave_to_a_charitys_appeal_is_not_the_governments(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("During six months in the country, the outgoing rotation of 29 soldiers trained more than 2,400 Iraqi soldiers in "
     "marksmanship.", "PT", [29]),
    ("Our 80 instructors trained 5,000 Peshmerga in Erbil.", "FI", [80]),
    ("Last year 45 Dutch trainers trained about 3,000 Iraqi recruits at Al-Asad.", "NL", [45]),
])
def test_the_partners_people_who_trained_others_are_its_own(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner"), [
    ("Also, 25 water engineers of the Nineveh Water Directorate will be trained in network management.", "DE"),
    ("In 2027, 60 officers of the Iraqi Army will be trained in Germany.", "DE"),
    ("Each month 40 police officers are trained at the academy in Baghdad.", "IT"),
])
def test_people_who_will_be_trained_are_no_head_count(text, partner):
    assert claims(text, partner=partner) == []


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Portugal is one of 15 nations in the coalition's training effort, which counts around 1,800 trainers across the "
     "country. Portugal has 31 soldiers in Iraq.", "PT", [31]),
    ("The coalition's mission in Iraq numbers some 2,500 troops, and Norway has 60 soldiers there.", "NO", [60]),
    ("The Global Coalition's advise-and-assist mission, which has more than 2,000 personnel, welcomed 90 Danish "
     "soldiers in Iraq.", "DK", [90]),
])
def test_the_strength_of_the_coalitions_effort_is_no_partners_head_count(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Grant: EUR 36 million for Iraq.\nContribution of the Iraqi Government: IQD 12 billion for land and house "
     "connections.", "DE", [36_000_000]),
    ("Grant: EUR 36 million for Iraq.\nIraq's share: USD 8 million for the pumping stations.", "DE", [36_000_000]),
    ("Co-financing by the Jordanian authorities: JOD 2 million. Dutch contribution: EUR 5 million for Jordan.", "NL",
     [5_000_000]),
    ("Contribution of the German Government: EUR 36 million for Iraq.", "DE", [36_000_000]),
])
def test_a_label_that_names_another_governments_share_is_theirs(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner"), [
    ("Promotional loan: up to EUR 60 million at a reduced interest rate, repayable over 30 years", "DE"),
    ("Japan lends JPY 30 billion to Iraq, to be repaid over 40 years.", "JP"),
    ("The loan of EUR 430 million will be amortised over 20 years.", "FR"),
])
def test_a_loans_repayment_term_is_not_its_period(text, partner):
    assert [c.period for c in claims(text, partner=partner)] == [None]


def test_a_sum_given_over_years_is_still_a_sum_over_them():
    assert [c.period for c in claims("Norway will give NOK 200 million to Iraq over three years.", partner="NO")] == [
        "cumulative"]


@pytest.mark.parametrize(("text", "partner", "since"), [
    ("Since 2016, more than 5,600 Italian soldiers, carabinieri, sailors and airmen have served in Iraq, in 21 "
     "successive rotations.", "IT", 2016),
    ("Since 2015, some 2,000 Dutch soldiers, marines, airmen and civilian staff have served in Iraq.", "NL", 2015),
    ("Depuis 2015, plus de 3 000 militaires, marins et aviateurs français y ont servi.", "FR", 2015),
])
def test_people_of_a_list_of_nouns_who_have_served_since_a_year_are_a_sum(text, partner, since):
    assert [(c.period, c.since) for c in claims(text, partner=partner)] == [("cumulative", since)]


def test_a_count_before_another_clause_on_service_is_not_a_sum():
    text = ("The minister thanked the families of the 24 service members and recalled that Bulgarian troops have "
            "served in coalition operations since 2003.")
    assert [(c.value, c.period) for c in claims(text, partner="BG")] == [(24, None)]


@pytest.mark.parametrize(("text", "partner", "line"), [
    ("In 2025 Lithuania also seconded one civilian border management expert to the EU Advisory Mission in Iraq.", "LT",
     "other"),
    ("Ireland has one police adviser with the EU mission in Iraq.", "IE", "other"),
    ("Estonia keeps one military instructor at the academy in Baghdad.", "EE", "military"),
])
def test_one_person_seconded_is_a_head_count(text, partner, line):
    assert [(c.value, c.places, c.lines) for c in claims(text, partner=partner)] == [(1, ["IQ"], [line])]


def test_the_speaker_of_a_quote_is_no_head_count():
    text = "One expert said the UK should send more. Two experts told the committee that 40 soldiers serve in Iraq."
    assert [c.value for c in claims(text, partner="GB")] == [40]


def test_a_spaced_table_with_a_column_per_year_in_thousands_and_a_footnote_mark():
    text = ("Table 3. Humanitarian aid by year (in thousands of euros)\n"
            "Country and channel                       2023       2024\n"
            "Jordan - UNHCR cash assistance             250      300 (2)\n"
            "Lebanon - WFP school meals                 100        125\n"
            "\n"
            "(2) Of which EUR 50,000 for winter relief.\n")
    found = [(c.value, c.currency, c.year, c.places) for c in claims(text, partner="LT")]
    assert found[:4] == [(250_000, "EUR", 2023, ["JO"]), (300_000, "EUR", 2024, ["JO"]),
                         (100_000, "EUR", 2023, ["LB"]), (125_000, "EUR", 2024, ["LB"])]


def test_the_line_under_a_tables_last_row_is_not_part_of_it():
    text = ("Funding by year (in thousands of euros)\n"
            "Recipient                     2024       2025\n"
            "Syria - ICRC                   120        180\n"
            "4.2 Iraq\n"
            "Lithuania funds demining in Iraq.\n")
    assert [(c.value, c.places) for c in claims(text, partner="LT")] == [(120_000, ["SY"]), (180_000, ["SY"])]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("Change of command of the Portuguese training contingent in Iraq\n\nLisbon, 9 October 2026\n\nMajor Helena Sousa "
     "now commands 31 military personnel drawn mostly from the 2nd Infantry Regiment.", "PT", ["IQ"]),
    ("Emergency appeal for families displaced in Syria: the Government will match your gift\n\nReykjavik, 2 February "
     "2026\n\nThe Ministry has agreed to match every donation, up to a maximum of ISK 40 million.", "IS", ["SY"]),
    ("Greek field hospital team begins its third rotation with the coalition in Kuwait\n\nAthens, 3 March 2026\n\n"
     "The team of 24 military doctors and nurses took over on Monday.", "GR", ["KW"]),
])
def test_a_press_releases_long_headline_over_its_date_line_gives_its_place(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == [places]


def test_a_headline_over_a_byline_stays_a_paragraph():
    text = ("DIRECT. Conférence de Bruxelles sur la Syrie : l'Allemagne reste le premier donateur bilatéral\n\n"
            "Par la rédaction Europe, à Bruxelles – mardi 17 mars 2026\n\nMinistres et agences sont réunis.")
    assert extract_text(text).doc.blocks[0].kind == "paragraph"


@pytest.mark.parametrize("text", [
    "Transcript: joint press conference of the Defence Secretary and the Iraqi Minister of Defence\n\nWe will provide "
    "£7.5 million to train army engineers in Iraq. The RAF flew more than 1,700 strike missions, and six aircraft "
    "remain on call at RAF Akrotiri.",
    "Press conference in Baghdad\n\nWe have 154 service personnel in Iraq. Royal Navy and British Army officers serve "
    "at the headquarters in Baghdad.",
])
def test_the_uk_services_name_the_partner_of_a_defence_transcript(text):
    assert extract_text(text).partner == "GB"


def test_a_headline_over_its_issuers_line_and_date_line_gives_its_place_to_the_lists_below():
    text = ("Summary of the financing agreement with Iraq on drinking water networks in Nineveh\n\n"
            "Federal Ministry for Economic Cooperation and Development and KfW Development Bank\n\n"
            "Berlin and Baghdad, 3 September 2026\n\n"
            "Germany and Iraq yesterday signed an agreement to rebuild the water networks of Mosul and Tal Afar.\n\n"
            "Disbursement of the grant\n\n- First tranche: EUR 12 million in 2026\n- Second tranche: EUR 14 million "
            "in 2027\n")
    assert [(c.value, c.places) for c in claims(text, partner="DE")] == [(12_000_000, ["IQ"]), (14_000_000, ["IQ"])]


def test_a_figure_in_a_question_the_answer_confirms_stays():
    text = "Q: Will you send 200 soldiers to Iraq?\nA: Yes, next spring."
    assert [c.value for c in claims(text, partner="LU")] == [200]
