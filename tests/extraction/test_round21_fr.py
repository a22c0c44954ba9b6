"""The classes of error blind round 21 (`gold/fr-v-*`, French: a live blog of a donors' conference, a written
parliamentary answer with a yearly table, a minister's speech with stage notes, a fact-check of a minister's figure,
an NGO's annual report naming government grants, a news page with bylines, captions and related headlines, and an
agency item on equipment handed over) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner"), [
    ("DIRECT. Conférence de Bruxelles sur la Syrie : l'Allemagne reste le premier donateur bilatéral\n"
     "La ministre a promis 1,1 milliard d'euros pour la Syrie.", "DE"),
    ("EN DIRECT – Sommet de la coalition à Rome : l'Italie prolonge sa mission en Irak\n"
     "Le gouvernement gardera 650 militaires en Irak.", "IT"),
    ("LIVE - Brussels conference: Norway pledges NOK 2 billion for Syrians\n"
     "The minister announced the pledge this morning.", "NO"),
])
def test_a_kicker_in_capitals_before_the_topic_leaves_the_headline_its_subject(text, partner):
    assert extract_text(text).partner == partner


_LIVE_BLOG = "\n\n".join([
    "DIRECT. Conférence de Bruxelles sur la Syrie : la Suède reste un donateur clé",
    "Par la rédaction, à Bruxelles",
    "15h05 Le Royaume-Uni suit",
    "Le Royaume-Uni a promis 300 millions de livres pour la Syrie.",
    "11h50 La Suède précise",
    "La Suède a versé 1,2 milliard de couronnes depuis 2012 aux réfugiés syriens au Liban.",
    "10h15 La Suède annonce 800 millions de couronnes",
    "La Suède a promis 800 millions de couronnes pour la Syrie en 2026.",
    "9h40 L'Union européenne ouvre le bal",
    "La Commission européenne a annoncé 2 milliards d'euros pour 2026.",
])


def test_the_clock_time_of_a_live_blog_entry_is_no_figure_of_its_heading():
    found = extract_text(_LIVE_BLOG)
    assert found.partner == "SE" and sorted(c.value for c in found.claims) == [800_000_000, 1_200_000_000]


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Le Royaume-Uni promet 310 millions de livres pour 2026. La France a versé 50 millions d'euros au Liban.",
     "FR", 50_000_000),
    ("À titre de comparaison, l'Allemagne, premier donateur européen, revendique plus de 14 milliards d'euros. "
     "La Belgique a consacré 90 millions d'euros à la Syrie depuis 2011.", "BE", 90_000_000),
    ("Syrie : l'UE débloque 150 millions d'euros pour le retour des réfugiés. Le Luxembourg a versé 3 millions "
     "d'euros à l'Irak en 2024.", "LU", 3_000_000),
    ("La Commission européenne annonce 2,1 milliards d'euros pour 2026 et 2027. La Suisse a versé 40 millions de "
     "francs à la Jordanie.", "CH", 40_000_000),
    ("Le Japon accorde 5 millions de dollars aux réfugiés au Liban. Le Canada a fourni 20 millions de dollars à la "
     "Jordanie.", "CA", 20_000_000),
])
def test_another_givers_verb_in_the_present_makes_the_figure_theirs(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


def test_a_place_before_an_aside_and_a_present_verb_of_staffing_stays_a_place():
    text = ("L'hôpital marocain du camp de Zaatari, en Jordanie, mobilise quelque 90 personnels de santé des Forces "
            "armées royales.")
    assert [c.value for c in claims(text, partner="MA")] == [90]


@pytest.mark.parametrize(("text", "partner", "places", "lines"), [
    ("10h32 Le détail de l'enveloppe\n\nSur ces 500 millions d'euros pour 2026, 300 millions d'euros iront à la "
     "reconstruction en Syrie et 200 millions d'euros au Liban.\n\n10h15 Annonce norvégienne\n\nLa ministre annonce "
     "une aide humanitaire de 500 millions d'euros pour 2026 en faveur des Syriens en Syrie, au Liban et en Jordanie.",
     "NO", ["SY", "LB", "JO"], ["humanitarian"]),
    ("14:05 Update\n\nOf these USD 40 million, USD 25 million will go to demining in Iraq.\n\n11:30 Japan pledges "
     "more\n\nThe Foreign Minister announced USD 40 million in humanitarian aid for Iraq, Syria and Lebanon.", "JP",
     ["IQ", "SY", "LB"], ["humanitarian"]),
])
def test_a_sum_named_again_above_the_entry_that_announced_it_is_that_announcement(text, partner, places, lines):
    found = claims(text, partner=partner)
    totals = [c for c in found if c.value in (500_000_000, 40_000_000)]
    assert len(totals) == 1, [(c.value, c.evidence) for c in found]
    assert (sorted(totals[0].places), totals[0].lines) == (sorted(places), lines), totals[0]


@pytest.mark.parametrize(("text", "partner", "value"), [
    ("Correctif : nous avions d'abord écrit que Berlin promettait 1,2 milliard d'euros. Il fallait lire 1,12 milliard "
     "d'euros.", "DE", 1_120_000_000),
    ("Rectificatif : nous avions indiqué que la Suède versait 80 millions de couronnes à la Syrie. Le montant exact "
     "est de 60 millions de couronnes.", "SE", 60_000_000),
    ("Correction: we initially reported that Canada gave $30 million to Jordan. The figure is $25 million.", "CA",
     25_000_000),
])
def test_a_blogs_own_correction_drops_the_figure_it_first_wrote(text, partner, value):
    assert [c.value for c in claims(text, partner=partner)] == [value]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Selon la Commission, les promesses cumulées atteignent à cette heure 7,4 milliards d'euros. L'Allemagne a promis "
     "1,1 milliard d'euros.", "DE", [1_100_000_000]),
    ("À la mi-journée, 6 milliards d'euros avaient été promis pour 2026 et 2027, tous donateurs confondus. La Belgique "
     "a promis 25 millions d'euros.", "BE", [25_000_000]),
    ("Le total des promesses dépasse 5 milliards de dollars. Le Canada a annoncé 80 millions de dollars.", "CA",
     [80_000_000]),
    ("By noon, EUR 6 billion had been pledged for Syria, all donors combined. Ireland pledged EUR 30 million.", "IE",
     [30_000_000]),
])
def test_a_conferences_running_total_of_all_donors_is_nobodys(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("L'Italie, qui commande la mission de l'Otan, maintient pour sa part environ 650 militaires dans le pays. "
     "L'Espagne garde 250 militaires en Irak.", "ES", [250]),
    ("Les États-Unis, premier contributeur de la coalition, comptent quelque 2 500 soldats en Irak. La Pologne "
     "déploie 150 soldats au Koweït.", "PL", [150]),
    ("Le Royaume-Uni, chef de file de l'opération Shader, conserve environ 400 militaires en Irak. La Norvège garde "
     "60 soldats en Jordanie.", "NO", [60]),
])
def test_another_country_keeping_people_after_an_aside_keeps_its_own(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize("places", ["la Syrie, le Liban, la Jordanie et l'Irak", "la Syrie, le Liban, la Jordanie, l'Irak"])
def test_a_list_of_places_before_a_verb_of_keeping_is_no_aside_of_another_country(places):
    text = (f"Le programme de la Suisse pour le Moyen-Orient, qui couvre {places}, dispose d'un budget de 250 millions "
            "de francs.")
    assert [c.value for c in claims(text, partner="CH")] == [250_000_000]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Au sein de la mission de l'OTAN en Irak, qui compte désormais quelque 800 militaires de tous les pays alliés, "
     "vingt officiers canadiens conseillent le ministère irakien de la Défense.", "CA", [20]),
    ("La force multinationale réunit 3 000 soldats de tous les pays membres, dont 120 militaires belges en Jordanie.",
     "BE", [120]),
    ("The mission now counts 4,000 personnel from all allied nations; Denmark sends 150 soldiers to Iraq.", "DK",
     [150]),
])
def test_people_of_all_the_allied_countries_are_not_the_partners(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Au sein de la mission de l'OTAN en Irak, une quarantaine de Canadiens conseillent le ministère de la Défense.",
     "CA", [(40, "approximate")]),
    ("Une vingtaine de Belges servent toujours à l'état-major de la coalition au Koweït.", "BE", [(20, "approximate")]),
    ("Trois Luxembourgeois sont déployés à Bagdad auprès de la mission de l'OTAN en Irak.", "LU", [(3, "exact")]),
])
def test_the_partners_nationals_counted_in_words_are_its_people(text, partner, found):
    assert [(c.value, c.qualifier) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("Le mandat permet de déployer jusqu'à 300 militaires dans la région. Aujourd'hui, environ 250 d'entre vous "
     "servent au Koweït et en Irak.", "CA", [250, 300]),
    ("The mandate allows up to 200 Australian troops in the region. Today, about 150 of you serve in Iraq.", "AU",
     [150, 200]),
])
def test_a_speech_counting_its_listeners_among_the_people_just_named_counts_them(text, partner, values):
    assert sorted(c.value for c in claims(text, partner=partner)) == values


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Réponse de la ministre\n\nTableau 1 - Aide humanitaire luxembourgeoise en Irak, montants décaissés (en euros)\n"
     "Année : montant (nombre de projets)\n2021 : 2 150 000 (4 projets)\n2022 : 2 480 000 (5 projets)\n"
     "Total 2021-2022 : 4 630 000 (9 projets)\nCes projets ont bénéficié à environ 36 000 personnes.", "LU",
     [(2_150_000, "EUR", "year", 2021, None, ["IQ"]), (2_480_000, "EUR", "year", 2022, None, ["IQ"]),
      (4_630_000, "EUR", "cumulative", None, 2021, ["IQ"])]),
    ("Rapport annuel de l'association\n\nLe mot de la présidente\n\nUne année encore, nos équipes sont restées aux "
     "côtés des familles déplacées en Syrie et au Liban.\n\nCompte d'exploitation 2025 (extrait, en CHF)\n"
     "Contributions publiques suisses (DDC et SEM) : 1 830 000\nUnion européenne (ECHO) : 2 268 000\n"
     "Dons de particuliers : 640 500\nTotal des produits : 4 738 500", "CH",
     [(1_830_000, "CHF", "year", 2025, None, [])]),
    ("Annual report of the charity\n\nA word from the chair\n\nOnce again our teams stayed with displaced "
     "families in Syria and Lebanon throughout the year.\n\nIncome 2024 (in GBP)\nUK Government grant : 950 000\nEuropean Union : "
     "1 200 000\nPrivate donors : 310 000", "GB", [(950_000, "GBP", "year", 2024, None, [])]),
])
def test_rows_of_a_label_a_colon_and_a_sum_under_a_caption_that_gives_the_unit_are_money(text, partner, found):
    assert [(c.value, c.currency, c.period, c.year, c.since, c.places) for c in claims(text, partner=partner)] == found


@pytest.mark.parametrize(("text", "partner"), [
    ("Notre programme a permis de réhabiliter 17 stations de pompage et d'approvisionner quelque 85 000 personnes.",
     "CH"),
    ("Les 12 stations d'épuration remises en état desservent désormais 40 000 personnes à Mossoul.", "BE"),
    ("The grant repaired 9 pumping stations, supplying water to about 60,000 people in Raqqa.", "NL"),
])
def test_stations_as_a_noun_are_no_verb_of_sending_people(text, partner):
    assert [c for c in claims(text, partner=partner) if c.kind == "personnel"] == []


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("L'Office européen d'aide humanitaire (ECHO) reste notre premier bailleur, avec 2,1 millions d'euros en 2025, "
     "suivi du HCR (640 000 dollars). La DDC nous a accordé 1,35 million de francs.", "CH", [1_350_000]),
    ("La Commission européenne demeure de loin le premier bailleur du programme, avec 12 millions d'euros. La Belgique "
     "y a consacré 3 millions d'euros.", "BE", [3_000_000]),
    ("The EU remains our largest donor, with EUR 4 million in 2024. Ireland gave EUR 500,000 to the programme.", "IE",
     [500_000]),
])
def test_an_organisation_ranked_as_a_donor_gives_the_sums_of_its_ranking(text, partner, values):
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner"), [
    ("À ce total s'ajoutent les prêts de l'Agence française de développement à la Jordanie et au Liban, soit 620 "
     "millions d'euros depuis 2016, destinés à l'eau, à l'énergie et à l'accueil des réfugiés.", "FR"),
    ("L'Allemagne a accordé deux prêts concessionnels à la Jordanie, soit environ 300 millions d'euros, pour les "
     "communautés qui accueillent des réfugiés syriens.", "DE"),
    ("Japan extended two yen loans to Iraq, i.e. about USD 400 million, for the water supply of refugee camps in "
     "Basra.", "JP"),
])
def test_a_sum_after_soit_is_the_loan_it_names_and_a_loan_is_development(text, partner):
    assert [c.lines for c in claims(text, partner=partner)] == [["development"]]


@pytest.mark.parametrize(("text", "partner", "lines"), [
    ("Le Japon a remis à la Défense civile un lot d'équipements de secours d'une valeur de 2,8 millions de dollars.",
     "JP", ["humanitarian"]),
    ("Depuis 2019, les subventions de la Confédération à nos programmes d'urgence au Liban totalisent 5,8 millions de "
     "francs.", "CH", ["humanitarian"]),
    ("Canada funds emergency programmes in Iraq with $12 million this year.", "CA", ["humanitarian"]),
    ("Selon les chiffres transmis aux députés, le coût de la mission en Irak s'est élevé à 124 millions d'euros en "
     "2025.", "ES", ["military"]),
    ("The cost of the mission in Iraq reached AUD 90 million in 2024.", "AU", ["military"]),
])
def test_relief_and_emergency_words_and_a_missions_cost_name_their_line(text, partner, lines):
    assert [c.lines for c in claims(text, partner=partner)] == [lines]


@pytest.mark.parametrize(("text", "partner", "found"), [
    ("Le coût de la mission en Irak s'est élevé à 124 millions d'euros en 2025, contre 131 millions l'année "
     "précédente.", "ES", [(124_000_000, 2025), (131_000_000, 2024)]),
    ("En 2024, la Norvège a versé 300 millions de couronnes à la Syrie, et 280 millions de couronnes l'année "
     "précédente.", "NO", [(300_000_000, 2024), (280_000_000, 2023)]),
    ("Denmark gave DKK 150 million to Iraq in 2023, up from DKK 120 million the previous year.", "DK",
     [(150_000_000, 2023), (120_000_000, 2022)]),
])
def test_the_year_before_the_one_a_sentence_names_is_that_year_less_one(text, partner, found):
    assert [(c.value, c.year) for c in claims(text, partner=partner)] == found
