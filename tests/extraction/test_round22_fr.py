"""The classes of error blind round 22 (`gold/fr-w-*`, French: a UN agency's donor page with a table in thousands, a
government's response to a committee report with a footnote, a change of command ceremony, an ambassador's open
letter, a press conference transcript, the recipient's summary of a grant agreement with tranches, and a
commemorative article on a contingent's ten years in Iraq) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("Autriche – profil de donateur\nL'agence a reçu 4 millions de dollars en 2025 pour les réfugiés au Liban.", "AT"),
    ("Portugal : profil du donateur\nLe HCR a reçu 2 millions d'euros en 2024 pour ses opérations en Irak.", "PT"),
    ("Finland - donor profile\nThe agency received USD 3 million in 2025 for its work in Jordan.", "FI"),
])
def test_a_donor_profile_page_names_its_donor_in_the_title(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "partner"), [
    ("République libanaise – Ministère des Affaires sociales\nRésumé de l'accord de don\n"
     "Donateur : le gouvernement des Émirats arabes unis\nBénéficiaire : la République libanaise\n"
     "Le don s'élève à 30 millions de dollars.", "AE"),
    ("Royaume hachémite de Jordanie – Ministère de la Planification\nFiche de projet\n"
     "Bailleur de fonds : Japon\nLe projet coûte 12 millions de dollars.", "JP"),
    ("Republic of Iraq - Ministry of Planning\nGrant summary\nDonor: Government of the Republic of Korea\n"
     "Amount: USD 5 million.", "KR"),
])
def test_a_donor_label_in_a_grant_summary_names_the_giver_over_the_recipients_letterhead(text, partner):
    assert extract_text(text).partner == partner


@pytest.mark.parametrize(("text", "currency"), [
    ("Le Japon accorde au Liban 150 milliards de livres libanaises pour les écoles.", "LBP"),
    ("Le Koweït a versé 900 millions de livres syriennes aux déplacés en Syrie.", "SYP"),
    ("Le Qatar paie 45 milliards de livres libanaises de salaires à l'armée au Liban.", "LBP"),
])
def test_the_pound_or_dinar_of_a_country_helped_is_its_own_currency(text, currency):
    assert [c.currency for c in claims(text)] == [currency]


@pytest.mark.parametrize("text", [
    "Les Émirats arabes unis accordent au Liban un don de 30 millions de dollars pour 2026-2028 (environ 2 685 "
    "milliards de livres libanaises au taux du jour).",
    "Le Japon verse 10 millions de dollars pour la période 2026-2027 (environ 1 480 millions de yens au taux de "
    "change actuel) aux réfugiés en Jordanie.",
    "Australia will provide A$20 million over the 2026-2028 period (about USD 13 million at current exchange rates) "
    "to Iraq.",
])
def test_a_sum_converted_in_brackets_at_a_stated_rate_restates_the_first(text):
    assert len(claims(text)) == 1


@pytest.mark.parametrize(("text", "value"), [
    ("Le Canada a alloué 62,5 millions de dollars à la Jordanie. L'appel régional des Nations Unies, de 5,1 milliards "
     "de dollars américains, n'était financé qu'à 27 %.", 62_500_000),
    ("L'appel éclair de l'OCHA, de 300 millions de dollars, reste sous-financé. Le Canada a versé 4 millions de "
     "dollars au Liban en 2026.", 4_000_000),
    ("La Suisse a versé 8 millions de francs à la Syrie. L'appel conjoint des Nations unies, de 4 milliards de "
     "dollars, n'est couvert qu'au tiers.", 8_000_000),
])
def test_an_appeal_named_by_its_reach_with_its_sum_set_off_by_commas_is_no_claim(text, value):
    assert [c.value for c in claims(text, partner=None)] == [value]


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Les Émirats arabes unis accordent au Liban un don de 30 millions de dollars. La Banque mondiale cofinance le "
     "programme à hauteur de 40 millions de dollars.", "AE", 30_000_000),
    ("Le Japon verse 12 millions de dollars à l'Irak. L'Union européenne finance aussi le projet à hauteur de 20 "
     "millions d'euros.", "JP", 12_000_000),
    ("Korea gives USD 5 million to Jordan for schools. The World Bank co-finances the programme with USD 25 million.",
     "KR", 5_000_000),
])
def test_an_organisation_that_cofinances_the_programme_gives_its_own_money(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("L'Italie déploie près de 1 100 militaires au Liban. L'armée libanaise, qui compte environ 80 000 hommes, a de "
     "son côté recruté 1 500 nouveaux soldats.", "IT", 1_100),
    ("La Belgique maintient 80 militaires en Irak. Les forces armées irakiennes comptent quelque 300 000 soldats.",
     "BE", 80),
    ("Portugal keeps 28 soldiers in Iraq. The Iraqi Army now numbers some 200,000 soldiers.", "PT", 28),
])
def test_the_host_armys_own_strength_is_no_head_count_of_the_partner(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize("text", [
    "Le Conseil a approuvé un relèvement du plafond du contingent en Irak, qui passera de 35 à 45 militaires.",
    "Le gouvernement propose un abaissement du plafond de la mission au Liban, qui sera ramené de 300 à 250 soldats.",
    "Parliament approved a rise in the ceiling of the Iraq mission, which will go from 120 to 150 soldiers.",
])
def test_a_ceiling_whose_relative_clause_states_the_change_caps_both_counts(text):
    assert [c.qualifier for c in claims(text, partner="PT")] == ["at_most", "at_most"]


@pytest.mark.parametrize(("text", "partner", "places"), [
    ("La Corée mène au Liban un programme de 4,2 millions de dollars à Tripoli et dans le Akkar.", "KR", ["LB"]),
    ("Japan gives USD 3 million to Lebanon for schools in Tripoli.", "JP", ["LB"]),
    ("L'Italie a versé 5 millions d'euros aux garde-côtes à Tripoli en 2025.", "IT", ["LY"]),
])
def test_a_city_two_countries_share_is_in_the_country_named_beside_it(text, partner, places):
    assert [c.places for c in claims(text, partner=partner)] == [places]


_TABLE_UNDER_HEADING = "\n".join([
    "{title}",
    "Le pays soutient l'agence depuis 2013 par des contributions pour l'essentiel non affectées.",
    "{heading}",
    "{unit}",
    "Année | Contribution",
    "2024 | 5 150",
    "2025 | 3 900",
])


@pytest.mark.parametrize(("title", "heading", "unit", "partner", "place", "scale"), [
    ("Autriche – profil de donateur", "Contributions de l'Autriche au HCR Liban", "(en milliers de dollars US)",
     "AT", "LB", 1000),
    ("Portugal – profil de donateur", "Contributions du Portugal en Jordanie", "(en dollars US)", "PT", "JO", 1),
    ("Finland - donor profile", "Contributions of Finland in Iraq", "(in USD thousand)", "FI", "IQ", 1000),
])
def test_a_heading_above_a_tables_unit_line_gives_its_rows_their_place(title, heading, unit, partner, place, scale):
    found = extract_text(_TABLE_UNDER_HEADING.format(title=title, heading=heading, unit=unit))
    assert found.partner == partner
    assert [(c.value, c.places) for c in found.claims] == [(5150 * scale, [place]), (3900 * scale, [place])]


@pytest.mark.parametrize(("text", "partner"), [
    ("L'Autriche a versé 3,5 millions d'euros au HCR au Liban en 2026.", "AT"),
    ("La Corée a accordé 3 millions de dollars au Programme alimentaire mondial en Jordanie.", "KR"),
    ("Le Japon a versé 2 millions de dollars au Haut Commissariat des Nations Unies pour les réfugiés en Irak.", "JP"),
])
def test_the_un_relief_agencies_by_their_french_names_are_humanitarian(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["humanitarian"]]


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("La KOICA finance au Liban un programme de formation professionnelle de 4,2 millions de dollars.", "KR",
     ["development"]),
    ("Japan funds vocational training for young people in Jordan with USD 2 million.", "JP", ["development"]),
    ("Rome a remis au Liban du matériel d'une valeur de 4,5 millions d'euros destiné à l'armée libanaise.", "IT",
     ["military"]),
    ("Le Portugal déploie en Irak six formateurs spécialisés dans la neutralisation des engins explosifs.", "PT",
     ["military"]),
])
def test_vocational_training_is_development_and_an_army_or_its_bomb_disposal_trainers_military(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == [lines]


@pytest.mark.parametrize(("text", "partner", "place", "line"), [
    ("Depuis 2016, le Canada a versé 245 millions de dollars au Mécanisme de financement pour la stabilisation en "
     "Irak (1).\nLe Canada a aussi allégé la dette de la Jordanie.\nLe gouvernement remercie le Comité.\n"
     "(1) Ce montant comprend 12 millions de dollars versés en 2026.", "CA", "IQ", "stabilization"),
    ("Depuis 2017, la Belgique a consacré 40 millions d'euros à l'aide humanitaire en Syrie (2).\nLe ministre a "
     "remercié les ONG partenaires.\n(2) Ce montant comprend 5 millions d'euros versés en 2025.", "BE", "SY",
     "humanitarian"),
    ("Since 2015 Australia has provided $120 million in humanitarian assistance to Iraq (2).\nThe Minister thanked "
     "the Committee.\n(2) This includes $20 million provided in 2025.", "AU", "IQ", "humanitarian"),
])
def test_a_footnote_that_points_back_takes_the_place_and_line_of_the_sentence_bearing_its_call(
        text, partner, place, line):
    note = claims(text, partner=partner)[-1]
    assert (note.places, note.lines) == ([place], [line])


@pytest.mark.parametrize(("text", "partner", "place"), [
    ("Depuis 2016, près de 1 400 militaires portugais se sont relayés en Irak. Le contingent actuel compte 28 "
     "militaires.", "PT", "IQ"),
    ("Depuis 2007, des soldats coréens se relaient au Liban par périodes de huit mois. La rotation actuelle compte "
     "environ 250 militaires.", "KR", "LB"),
    ("Since 2015 Latvian soldiers have served in Iraq in six-month rotations. The current contingent numbers 12 "
     "soldiers.", "LV", "IQ"),
])
def test_the_current_contingent_serves_where_the_sentence_before_says(text, partner, place):
    assert claims(text, partner=partner)[-1].places == [place]


@pytest.mark.parametrize(("text", "partner", "expected"), [
    ("Nous avons aujourd'hui quatre officiers d'état-major à Bagdad, en Irak, et nous sommes prêts à en envoyer "
     "jusqu'à dix si l'OTAN le demande.", "GR", [(4, "exact", ["IQ"]), (10, "at_most", ["IQ"])]),
    ("Le Portugal compte 28 militaires en Irak et il en déploiera 12 de plus au printemps.", "PT",
     [(28, "exact", ["IQ"]), (12, "exact", ["IQ"])]),
    ("La Lettonie a cinq instructeurs au Koweït et compte en envoyer environ huit en 2027.", "LV",
     [(5, "exact", ["KW"]), (8, "approximate", ["KW"])]),
])
def test_en_before_a_verb_of_sending_counts_the_people_just_named(text, partner, expected):
    assert [(c.value, c.qualifier, c.places) for c in claims(text, partner=partner)] == expected


@pytest.mark.parametrize(("text", "partner"), [
    ("Nous avons quatre officiers en Irak et nous sommes prêts à en envoyer jusqu'à dix.", "GR"),
    ("L'Autriche est prête à déployer 20 militaires au Liban.", "AT"),
    ("Les 30 formateurs, prêts à repartir, servent en Irak.", "PT"),
])
def test_ready_to_is_no_loan(text, partner):
    assert all("development" not in c.lines for c in claims(text, partner=partner))


@pytest.mark.parametrize(("text", "partner", "place"), [
    ("2. Montant\nLes Émirats arabes unis accordent au Liban un don de 30 millions de dollars.\n"
     "3. Calendrier des versements\nLe don est versé en trois tranches :\n- première tranche : 12 millions de dollars ;\n"
     "- deuxième tranche : 18 millions de dollars.", "AE", "LB"),
    ("Montant\nLe Japon accorde à la Jordanie une subvention de 9 millions de dollars.\nCalendrier\n"
     "La subvention sera versée en deux tranches :\n- en 2026 : 5 millions de dollars ;\n- en 2027 : 4 millions de "
     "dollars.", "JP", "JO"),
    ("Amount\nKorea extends to Iraq a loan of USD 40 million.\nSchedule\nThe loan will be disbursed in two "
     "instalments:\n- first instalment: USD 25 million;\n- second instalment: USD 15 million.", "KR", "IQ"),
])
def test_a_list_intro_that_splits_the_grant_into_tranches_passes_its_place_to_them(text, partner, place):
    assert [c.places for c in claims(text, partner=partner)] == [[place]] * 3
