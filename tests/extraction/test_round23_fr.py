"""The classes of error blind round 23 (`gold/fr-x-*`, French: a call for proposals with an envelope and grant sizes,
a pledge-tracking table with promised, committed and disbursed columns, a chronology with years as headings, a key
figures box, a decree approving a grant and a loan with numbered articles, a supplementary estimates' line items, and a
podcast transcript with speaker labels) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text


@pytest.mark.parametrize(("text", "partner"), [
    ("La Belgique et la Coalition : repères\n\n2015 :\nAide de 1 million d'euros aux familles du sud de l'Irak.\n\n2018 :\n"
     "La Belgique accueille 60 réfugiés arrivés depuis la Turquie.\n\n2020 :\nLa Belgique verse 3 millions d'euros pour la "
     "Syrie.", "BE"),
    ("Le Luxembourg et la Coalition : chronologie\n\n2014 :\nPremière aide d'urgence de 500 000 euros aux déplacés du nord "
     "de l'Irak.\n\n2021 :\nLe Luxembourg accueille 40 réfugiés réinstallés depuis le Liban.\n\n2025 :\nLe Luxembourg verse "
     "2 millions d'euros pour la Syrie.", "LU"),
    ("L'Autriche et la lutte contre Daech\nUn don de 2 millions d'euros soutient les écoles de l'est de la Syrie. "
     "L'Autriche accueille 25 familles venues depuis la Jordanie en 2019. L'Autriche a aussi versé 1 million d'euros à "
     "l'Irak.", "AT"),
])
def test_a_country_after_depuis_or_a_part_of_it_is_where_not_a_giver(text, partner):
    found = extract_text(text)
    assert (found.partner, found.many) == (partner, False)


@pytest.mark.parametrize(("text", "partner"), [
    ("La Slovénie et la Coalition\n\n2018 :\nVersement de 300 000 euros au fonds fiduciaire de l'OTAN pour l'Irak.\n\n"
     "2020 :\nContribution de 500 000 euros au fonds de la Banque mondiale pour la reconstruction.\n\n2022 :\nLa Slovénie "
     "accueille 12 stagiaires irakiens.\n\n2024 :\nLa Slovénie verse 1 million d'euros pour la Syrie.", "SI"),
    ("Le Luxembourg et la Coalition\nUn versement de 250 000 euros est allé au fonds fiduciaire de l'OTAN en 2019. Une "
     "contribution de 400 000 euros a rejoint le fonds de l'Union européenne pour la Syrie. Le Luxembourg accueille 40 "
     "réfugiés. Le Luxembourg verse 2 millions d'euros pour l'Irak.", "LU"),
])
def test_the_organisation_whose_fund_is_paid_into_gives_nothing(text, partner):
    found = extract_text(text)
    assert (found.partner, found.many) == (partner, False)
    assert {c.partner for c in found.claims} == {partner} and len(found.claims) == 3


@pytest.mark.parametrize(("text", "years"), [
    ("La Norvège et la Coalition : chronologie\n\n2015 —\nLa Norvège verse 3 millions d'euros pour l'Irak.\n\n2018 —\n"
     "Contribution de 5 millions d'euros à la stabilisation en Syrie.", [2015, 2018]),
    ("Le Danemark et la Coalition : les grandes dates\n\n2016 –\nLe Danemark déploie 120 militaires en Irak.\n\n2019 –\n"
     "Le Danemark porte son aide humanitaire à 10 millions d'euros au Liban.", [2016, 2019]),
    ("Denmark and the Coalition: a timeline\n\n2016 -\nDenmark deployed 120 soldiers to Iraq.\n\n2019 -\n"
     "Denmark gave DKK 40 million in humanitarian aid to Syria.", [2016, 2019]),
])
def test_a_chronology_year_with_a_dash_dates_the_events_under_it(text, years):
    assert [(c.period, c.year) for c in extract_text(text).claims] == [("year", y) for y in years]


@pytest.mark.parametrize(("text", "partner"), [
    ("Suivi des engagements de la Belgique aux conférences de Bruxelles\nMise à jour du 15 octobre 2026\n\nCette note "
     "fait le point sur les annonces. En 2024, 25 millions d'euros ont été promis pour l'aide humanitaire en Syrie et 4 "
     "millions d'euros pour le Liban.", "BE"),
    ("Les actions du Danemark en Irak : bilan 2025\n\nEn 2025, 40 millions de couronnes ont été consacrés à la "
     "stabilisation en Irak.", "DK"),
])
def test_a_title_names_its_partner_after_a_plural_noun_of_engagement(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "value"), [
    ("Le Luxembourg lance un appel à projets pour la Jordanie\n\nL'enveloppe de l'appel s'élève à 3 millions d'euros "
     "pour 2027.", 3_000_000),
    ("La Belgique ouvre un appel à propositions en Irak\n\nLa dotation de l'appel atteint 2,5 millions d'euros, versés "
     "par la Belgique.", 2_500_000),
    ("Appel à projets : la Suisse soutient les ONG au Liban\n\nLe budget de l'appel dépasse 4 millions de francs "
     "suisses.", 4_000_000),
])
def test_the_envelope_of_a_donors_call_for_proposals_is_its_money_not_an_appeal(text, value):
    assert [c.value for c in extract_text(text).claims] == [value]


@pytest.mark.parametrize(("title", "text", "place"), [
    ("Appel à projets 2027 : cohésion sociale au Liban – DDC",
     "Appel à projets 2027 : cohésion sociale au Liban\nBerne, le 14 septembre 2026\n\nLa Direction du développement et "
     "de la coopération (DDC) ouvre un appel à projets destiné aux organisations non gouvernementales suisses et locales "
     "qui travaillent avec les communautés d'accueil et les réfugiés.\n\nEnveloppe budgétaire\n\nL'enveloppe totale est "
     "de 6,5 millions de francs pour la période 2027-2029.", "LB"),
    ("Programme 2026 de coopération en Jordanie | SPF Affaires étrangères",
     "Programme 2026 de coopération en Jordanie\nBruxelles, le 3 février 2026\n\nLe Service public fédéral Affaires "
     "étrangères de Belgique présente les grandes lignes de son programme annuel de coopération, qui porte sur l'eau, "
     "l'éducation et l'emploi des jeunes dans le pays.\n\nMoyens\n\nLe programme dispose de 8 millions d'euros cette "
     "année.", "JO"),
    ("Call for proposals 2026: livelihoods in Iraq - Ministry of Foreign Affairs of Denmark",
     "Call for proposals 2026: livelihoods in Iraq\nCopenhagen, 2 March 2026\n\nThe Danish Ministry of Foreign Affairs "
     "invites Danish and local civil society organisations to submit proposals for projects that create jobs and restore "
     "livelihoods for families who have returned home.\n\nBudget\n\nThe total budget is DKK 40 million for 2026-2028.",
     "IQ"),
])
def test_the_pages_own_title_with_its_year_is_a_title_that_gives_its_place(title, text, place):
    assert [c.places for c in extract_text(text, title=title).claims] == [[place]]


@pytest.mark.parametrize(("text", "value"), [
    ("La Suisse lance un appel à projets au Liban. Le montant demandé par projet doit être compris entre 250 000 et "
     "800 000 francs. L'enveloppe totale est de 6 millions de francs.", 6_000_000),
    ("Le Luxembourg finance des ONG en Jordanie. Les subventions vont de 50 000 à 200 000 euros par projet, pour une "
     "enveloppe de 2 millions d'euros.", 2_000_000),
    ("Denmark opens a call for proposals for Iraq. Grants of DKK 500,000 to DKK 2 million per project are available "
     "from a budget of DKK 30 million.", 30_000_000),
    ("La Belgique soutient les ONG en Irak : chaque projet retenu recevra au maximum 300 000 euros par projet, sur une "
     "enveloppe de 4 millions d'euros.", 4_000_000),
])
def test_the_size_of_each_grant_a_call_offers_is_no_contribution(text, value):
    assert [c.value for c in extract_text(text).claims] == [value]


_SWISS = ("La Suisse et le Liban\n\nDepuis 2012, la Suisse a consacré plus de 95 millions de francs au Liban. En 2025, la "
          "Suisse a versé 10 millions de francs au Liban. ")


@pytest.mark.parametrize("sentence", [
    "D'autres bailleurs interviennent dans les mêmes régions : l'Union européenne a ainsi annoncé 60 millions d'euros "
    "pour les municipalités libanaises.",
    "La Banque mondiale a par ailleurs accordé 60 millions de dollars aux municipalités.",
    "L'Union européenne a en outre mobilisé 60 millions d'euros pour les écoles.",
])
def test_another_givers_sum_with_a_linking_adverb_is_not_the_partners(sentence):
    assert [c.value for c in extract_text(_SWISS + sentence).claims] == [95_000_000, 10_000_000]


_CANADA = "La contribution du Canada en Syrie\n\nEn 2025, le Canada a versé 45 millions de dollars à la Syrie. "


@pytest.mark.parametrize("sentence", [
    "Ce montant s'ajoute aux 1,4 milliard de dollars annoncés en 2025 par les donateurs réunis à Bruxelles pour la Syrie.",
    "Il s'ajoute aux 7 milliards d'euros promis à Bruxelles par l'ensemble des bailleurs.",
    "It comes on top of the USD 6 billion pledged in Brussels last year by donors.",
])
def test_a_sum_announced_by_the_donors_with_when_or_where_between_is_no_partners(sentence):
    assert [c.value for c in extract_text(_CANADA + sentence).claims] == [45_000_000]


@pytest.mark.parametrize("text", [
    "Affaires mondiales Canada\nCrédit 10b – Subventions et contributions\n- Aide humanitaire en Syrie ........ "
    "45 000 000 $",
    "Global Affairs Canada\nVote 5b - Grants and contributions\n- Humanitarian assistance in Syria: $45,000,000",
])
def test_a_votes_number_with_its_letter_is_no_billion(text):
    assert [c.value for c in extract_text(text).claims] == [45_000_000]


@pytest.mark.parametrize(("text", "expected"), [
    ("Opération Chammal : les chiffres clés\n\nCHIFFRES CLÉS\n\n600\nmilitaires français déployés en Irak et en Jordanie "
     "en juin 2026\n\n12 000\nmilitaires irakiens formés par les détachements français",
     (600, "exact", "year", 2026, ["IQ", "JO"])),
    ("L'engagement de la Belgique en chiffres\n\nenviron 150\nmilitaires belges déployés en Jordanie au sein du "
     "détachement aérien en 2025\n\n6\nF-16 basés en Jordanie", (150, "approximate", "year", 2025, ["JO"])),
    ("Le Danemark et la Coalition : chiffres clés\n\njusqu'à 400\nmilitaires danois autorisés en Irak par le Parlement "
     "pour l'année 2026\n\nplus de 2 000\nsoldats irakiens formés depuis 2016", (400, "at_most", "year", 2026, ["IQ"])),
])
def test_a_key_figure_takes_its_year_and_place_from_its_label_on_the_next_line(text, expected):
    assert [(c.value, c.qualifier, c.period, c.year, c.places) for c in extract_text(text).claims] == [expected]


@pytest.mark.parametrize(("text", "places"), [
    ("La France déploie 600 militaires au Levant (Irak, Jordanie).", ["IQ", "JO"]),
    ("France deploys 600 troops in the Levant (Iraq and Jordan).", ["IQ", "JO"]),
    ("Le Danemark maintient 150 militaires dans la région (Irak, Koweït et Jordanie) en 2026.", ["IQ", "KW", "JO"]),
])
def test_a_regions_countries_in_brackets_are_the_figures_places(text, places):
    assert [c.places for c in extract_text(text).claims] == [places]


@pytest.mark.parametrize(("text", "value"), [
    ("L'aide de l'Allemagne en Tunisie\n\nL'Allemagne accorde à la Tunisie un don de 18 millions d'euros. La "
     "contribution de l'État tunisien au programme, d'un montant de 4,2 millions de dinars, est inscrite au budget.",
     18_000_000),
    ("Le soutien du Japon en Jordanie\n\nLe Japon finance le projet en Jordanie à hauteur de 12 millions de dollars. La "
     "participation du gouvernement jordanien au projet, d'un montant de 2 millions de dinars, couvre les terrains.",
     12_000_000),
    ("Korea's support to Iraq\n\nKorea grants USD 5 million to Iraq for the water project. The contribution of the Iraqi "
     "government to the project, amounting to IQD 6 billion, covers land and staff.", 5_000_000),
])
def test_the_helped_states_own_share_of_a_programme_is_not_the_partners(text, value):
    assert [c.value for c in extract_text(text).claims] == [value]


@pytest.mark.parametrize("text", [
    "L'Allemagne accorde à la Tunisie un prêt d'un montant maximal de 45 millions d'euros au taux de 0,75 % par an.",
    "Japan extends a loan of JPY 30 billion to Iraq at 0.5% per annum.",
    "La France prête 100 millions d'euros à la Jordanie, à un taux de 1,2 pour cent par an.",
])
def test_a_loans_rate_per_year_does_not_make_the_loan_annual(text):
    assert [c.period for c in extract_text(text).claims] == [None]


@pytest.mark.parametrize("text", [
    "L'Allemagne accorde à la Tunisie un prêt de 45 millions d'euros, remboursable sur 30 ans dont 10 ans de grâce.",
    "La France accorde à l'Irak un prêt de 200 millions d'euros, remboursable sur 20 ans.",
    "L'Allemagne accorde un prêt de 45 millions d'euros à la Tunisie, amortissable sur 25 ans.",
])
def test_a_french_loans_repayment_term_is_no_period(text):
    assert [c.period for c in extract_text(text).claims] == [None]


@pytest.mark.parametrize("text", [
    "Sur les deux exercices, la Belgique a ainsi décaissé 41,2 millions d'euros pour l'aide humanitaire en Syrie.",
    "Sur les trois derniers exercices, le Luxembourg a versé 9 millions d'euros à l'Irak.",
    "Over the two financial years, Ireland disbursed EUR 12 million in Syria.",
])
def test_a_sum_over_several_budget_years_is_cumulative(text):
    assert [c.period for c in extract_text(text).claims] == ["cumulative"]


@pytest.mark.parametrize(("text", "lines"), [
    ("Depuis 2012, le Japon a consacré plus de 900 millions de dollars à la Jordanie, en aide humanitaire et en prêts de "
     "développement à taux très bas.", ["humanitarian", "development"]),
    ("Since 2012 Japan has provided more than USD 900 million to Jordan in loans and humanitarian aid.",
     ["humanitarian", "development"]),
    ("L'Allemagne a fourni 300 millions d'euros à l'Irak, en aide humanitaire ainsi qu'en prêts.",
     ["humanitarian", "development"]),
    ("Japan extends a loan of USD 300 million to Jordan to ease the humanitarian burden of hosting refugees.",
     ["development"]),
])
def test_humanitarian_aid_named_beside_loans_keeps_its_line(text, lines):
    assert [c.lines for c in extract_text(text).claims] == [lines]


@pytest.mark.parametrize(("text", "expected"), [
    ("Suivi des engagements du Luxembourg\n\nAide humanitaire au Liban (en millions d'euros)\nExercice      Engagé      "
     "Versé\n2023      3,5      3,1\n2024      4,25      2,75\n",
     [(3_500_000, 2023), (3_100_000, 2023), (4_250_000, 2024), (2_750_000, 2024)]),
    ("Suivi des engagements du Luxembourg\n\nAide humanitaire en Jordanie (en milliers d'euros)\nExercice      Engagé      "
     "Versé\n2023      1 250      980\n2024      1 400      1 100\n",
     [(1_250_000, 2023), (980_000, 2023), (1_400_000, 2024), (1_100_000, 2024)]),
])
def test_a_spaced_table_with_french_numbers_is_read_as_a_table_under_its_caption(text, expected):
    found = extract_text(text).claims
    assert [(c.value, c.year) for c in found] == expected
    assert all(c.lines == ["humanitarian"] and len(c.places) == 1 for c in found)


@pytest.mark.parametrize(("text", "place"), [
    ("Le soutien de l'Irlande\n\n3. Irak : aide humanitaire de l'Irlande (en millions d'euros)\nYear      Pledged      "
     "Disbursed\n2023      12.5      10.0\n2024      14.0      9.5\n", "IQ"),
    ("Les engagements du Danemark\n\n4. Liban : aide humanitaire (en millions de couronnes)\nAnnée      Promis      "
     "Versé\n2024      40      35\n2025      45      30\n", "LB"),
])
def test_a_numbered_sections_title_over_a_table_is_its_caption(text, place):
    found = extract_text(text).claims
    assert len(found) == 4 and all(c.places == [place] and c.lines == ["humanitarian"] for c in found)


@pytest.mark.parametrize(("text", "lines"), [
    ("L'Allemagne finance une composante d'assistance technique de 2,5 millions d'euros en Tunisie.", []),
    ("Japan provides USD 3 million of technical assistance to the Iraqi Ministry of Planning.", []),
    ("La Belgique consacre 1 million d'euros à l'assistance technique aux municipalités en Jordanie.", []),
    ("Japan provides USD 3 million of humanitarian assistance to Iraq.", ["humanitarian"]),
])
def test_technical_assistance_is_no_humanitarian_aid(text, lines):
    assert [c.lines for c in extract_text(text).claims] == [lines]


@pytest.mark.parametrize(("text", "expected"), [
    ("L'aide de l'Allemagne en Tunisie\n\nArticle premier\n\nEst approuvé le don de 18 millions d'euros accordé par "
     "l'Allemagne à la Tunisie pour la prévention de l'extrémisme violent.\n\nLe don comprend une composante de 2,5 "
     "millions d'euros pour la formation des animateurs.", (["TN"], ["prevention"])),
    ("L'action de la Belgique en Irak\n\nLa Belgique finance un programme de stabilisation de 10 millions d'euros en "
     "Irak.\n\nPour ce volet, elle verse 3 millions d'euros en 2026 au PNUD.", (["IQ"], ["stabilization"])),
])
def test_the_grant_or_part_named_again_in_french_points_back_to_it(text, expected):
    assert (extract_text(text).claims[1].places, extract_text(text).claims[1].lines) == expected


_ESTIMATES = ("Affaires mondiales Canada\n\nCrédit 10b – Subventions et contributions\n- Aide humanitaire en Syrie "
              "........ 45 000 000 $\n")


@pytest.mark.parametrize("text", [
    _ESTIMATES + "Transfert à l'Agence de la santé publique du Canada (poste 14) ........ (350 000 $)\n",
    _ESTIMATES + "Transfert du ministère de la Défense nationale pour la sécurité des ambassades ........ 1 200 000 $\n",
    "Global Affairs Canada\n\nVote 10b - Grants and contributions\n- Humanitarian assistance in Syria: $45,000,000\n"
    "Transfer to the Public Health Agency of Canada: ($350,000)\n",
])
def test_a_transfer_between_a_governments_own_budgets_is_no_contribution(text):
    assert [c.value for c in extract_text(text).claims] == [45_000_000]


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Luxembourg et la Coalition\n\n2017 :\nDeux officiers luxembourgeois rejoignent l'état-major au Koweït.\n\n"
     "2019 :\nRetour des deux officiers ; le Luxembourg verse 250 000 euros au fonds de l'OTAN.",
     [("personnel", 2, 2017), ("funding", 250_000, 2019)]),
    ("Estonia and the Coalition\n\n2018: Estonia sends 40 instructors to Iraq.\n\n2021: The return of the 40 instructors "
     "ends the mission.", [("personnel", 40, 2018)]),
    ("La Belgique et la Coalition\n\nEn 2016, la Belgique déploie 30 instructeurs en Irak. Le départ des 30 instructeurs "
     "a eu lieu en 2019.", [("personnel", 30, 2016)]),
])
def test_the_people_named_before_coming_home_are_no_new_head_count(text, expected):
    assert [(c.kind, c.value, c.year) for c in extract_text(text).claims] == expected


@pytest.mark.parametrize(("text", "lines"), [
    ("Le Luxembourg verse 800 000 euros pour le déminage humanitaire en Syrie.", ["humanitarian"]),
    ("La Belgique octroie 1,2 million d'euros à Handicap International pour le déminage humanitaire à Mossoul, en Irak.",
     ["humanitarian"]),
    ("La Belgique consacre 1 million d'euros au déminage en Irak.", ["stabilization"]),
])
def test_french_humanitarian_demining_is_humanitarian(text, lines):
    assert [c.lines for c in extract_text(text).claims] == [lines]
