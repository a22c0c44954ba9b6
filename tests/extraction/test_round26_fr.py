"""The classes of error blind round 26 (`gold/fr-a-*`, French: a press release with notes to editors and a context
list, a donor's humanitarian page with its charts' labels as a screen reader reads them, a budget table in thousands
with the year before's column and a column of changes in PDF, a joint communiqué of two ministries, a photo gallery
whose captions carry figures, a minister's letter with an annex table typed with tabs in DOCX, and a parliamentary
resolution that authorises at most so many troops) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "qualifier"), [
    ("1. D'autoriser le déploiement en Irak d'un contingent de 350 militaires au plus, dans le cadre de la Coalition.",
     "at_most"),
    ("2. D'autoriser l'affectation de 15 officiers d'état-major au plus au quartier général de la Coalition au Koweït.",
     "at_most"),
    ("Le mandat autorise 20 instructeurs tout au plus en Jordanie.", "at_most"),
    ("La Belgique maintiendra 40 militaires au minimum en Irak.", "at_least"),
    ("La Belgique enverra 30 formateurs en Irak au plus tard le 1er mars.", "exact"),
    ("En 2017, 1 400 militaires étaient déployés en Irak au plus fort de l'opération.", "exact"),
])
def test_a_bound_written_after_its_head_count_bounds_it(text, qualifier):
    """"350 militaires au plus" is a ceiling as "au maximum" is; "au plus tard", "au plus fort" say when, not how
    many."""
    assert [c.qualifier for c in claims(text, partner="BE")] == [qualifier]


@pytest.mark.parametrize(("text", "expected"), [
    ("Budget 2027\n\n(en milliers d'euros)\nProgramme                                 BP 2026     BP 2027    Variation"
     "\n"
     "Liban – aide humanitaire (HCR, PAM)          1 250       1 400     +12,0 %\n"
     "Irak – déminage humanitaire (UNMAS)            300         450     +50,0 %\n",
     [(1250000, 2026, ["LB"]), (1400000, 2027, ["LB"]), (300000, 2026, ["IQ"]), (450000, 2027, ["IQ"])]),
    ("Budget 2027\n\n(en milliers d'euros)\nProgramme                                 PLF 2026    PLF 2027\n"
     "Liban – aide humanitaire                     1 250       1 400\n",
     [(1250000, 2026, ["LB"]), (1400000, 2027, ["LB"])]),
    ("Crédits\n\n(in EUR thousand)\nProgramme                          Budget 2025    Budget 2026    Change\n"
     "Iraq – demining                        300            450        -4.5%\n",
     [(300000, 2025, ["IQ"]), (450000, 2026, ["IQ"])]),
])
def test_a_budget_table_reads_its_columns_years_and_leaves_its_column_of_changes(text, expected):
    """A column headed "BP 2026", "PLF 2027", "Budget 2025" is that year's; a last column of changes in per cent
    ("+12,0 %") is no amount and does not hide the table."""
    found = claims(text, partner="MC")
    assert [(c.value, c.year, c.places) for c in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Annexe – Crédits de stabilisation par pays (en millions d'euros)\n\nPays et instrument\t2024\t2025\t2026\n"
     "Irak – Mécanisme de financement pour la stabilisation (PNUD)\t30,0\t25,0\t22,5\n"
     "Syrie (nord-est) – Fonds de stabilisation\t12,5\t10,0\t8,0\n",
     [(30000000, 2024, ["IQ"]), (25000000, 2025, ["IQ"]), (22500000, 2026, ["IQ"]),
      (12500000, 2024, ["SY"]), (10000000, 2025, ["SY"]), (8000000, 2026, ["SY"])]),
    ("Annex: stabilisation funding by country (EUR million)\n\nCountry\t2024\t2025\nIraq\t30.0\t25.0\n",
     [(30000000, 2024, ["IQ"]), (25000000, 2025, ["IQ"])]),
])
def test_columns_typed_with_tabs_are_a_table(text, expected):
    """A word processor's table typed with tabs reads as one lined up with spaces."""
    found = claims(text, partner="DE")
    assert [(c.value, c.year, c.places) for c in found] == expected


@pytest.mark.parametrize(("text", "places"), [
    ("Syrie (nord-est) – Fonds de stabilisation : 8 millions d'euros.", ["SY"]),
    ("Irak (nord) – déminage : 2 millions d'euros.", ["IQ"]),
    ("Iraq (north) – demining: EUR 2 million.", ["IQ"]),
])
def test_a_region_in_brackets_after_a_country_is_no_wire_credit(text, places):
    """"Beyrouth (AFP) –" opens a wire story; "Syrie (nord-est) –" names a part of the country, in lower case."""
    assert [c.places for c in claims(text, partner="DE")] == [places]


@pytest.mark.parametrize(("text", "partner"), [
    ("PRINCIPAUTÉ DE MONACO – Budget Primitif de l'exercice 2027                 Page 112\n\nChapitre 7 – Direction de "
     "la Coopération Internationale\n\nLiban – aide humanitaire : 1 250 000 euros.\n", "MC"),
    ("ROYAUME DU MAROC – Ministère des Affaires étrangères\n\nCommuniqué\n\nUne aide de 5 millions de dollars pour "
     "l'Irak.\n", "MA"),
    ("KINGDOM OF NORWAY – Ministry of Foreign Affairs\n\nPress release\n\nNOK 30 million for Iraq.\n", "NO"),
    ("GRAND-DUCHÉ DE LUXEMBOURG\n\nBudget des dépenses\n\nIrak – stabilisation : 2 millions d'euros.\n", "LU"),
])
def test_a_letterhead_in_capitals_names_the_partner(text, partner):
    """"PRINCIPAUTÉ DE MONACO – Budget Primitif ...": a state's title in capitals, maybe with the document's name after
    a dash, heads the page of its own government."""
    assert extract_text(text).partner == partner


def test_a_table_by_country_under_a_partners_letter_labels_its_rows_with_destinations():
    """Rows labelled "Irak – ..." and "Syrie (nord-est) – ..." under "... par pays (en millions d'euros)" say where
    the partner's money goes: they make no page of many givers."""
    text = ("Lettre de la ministre au président de la commission\n\nMonsieur le Président,\n\nDepuis 2014, "
            "l'Allemagne a mis à disposition plus de 3 milliards d'euros en Irak. Vous trouverez en annexe le détail "
            "de nos crédits.\n\n"
            "Annexe – Crédits de stabilisation de l'Allemagne par pays (en millions d'euros)\n\n"
            "Pays et instrument\t2024\t2025\nIrak – Mécanisme de financement pour la stabilisation\t30,0\t25,0\n"
            "Syrie (nord-est) – Fonds de stabilisation\t12,5\t10,0\n")
    extraction = extract_text(text)
    assert extraction.partner == "DE"
    assert [(c.value, c.year, c.places) for c in extraction.claims][-4:] == [
        (30000000, 2024, ["IQ"]), (25000000, 2025, ["IQ"]), (12500000, 2024, ["SY"]), (10000000, 2025, ["SY"])]


@pytest.mark.parametrize(("text", "partner", "values"), [
    ("La ministre a confirmé que quelque 250 militaires britanniques restent déployés en Irak. Par ailleurs, environ "
     "900 militaires britanniques servent au sein de la présence avancée de l'OTAN en Estonie.", "GB", [250]),
    ("Considérant que l'Espagne a déployé en Irak plus de 7 000 militaires depuis 2015 ;\n\nConsidérant que l'Espagne "
     "contribue également à la présence avancée de l'OTAN en Lettonie, avec environ 600 militaires, et à la mission "
     "des Nations unies au Liban ;", "ES", [7000]),
    ("Some 250 British troops remain in Iraq. In addition, about 900 British personnel serve with NATO's forward "
     "presence in Estonia.", "GB", [250]),
    ("La Norvège maintient 60 instructeurs en Irak, à Erbil. Elle déploie en outre 200 militaires en Lituanie, au sein "
     "du groupement de l'OTAN.", "NO", [60]),
])
def test_a_sentence_on_another_mission_in_a_paragraph_on_iraq_is_no_claim(text, partner, values):
    """The paragraph names Iraq, but the figure's own sentence, or its words up to the figure, name only a place of
    a mission that is not the coalition's."""
    assert [c.value for c in claims(text, partner=partner)] == values


@pytest.mark.parametrize(("text", "partner"), [
    ("Galerie photo\n\nÀ Besmaya, un instructeur forme des soldats irakiens au tir. Le contingent a formé plus de 600 "
     "militaires irakiens depuis mars.\n\nDeux officiers d'état-major servent à Bagdad.\n\nCrédits photos : Forces "
     "armées portugaises.\n", "PT"),
    ("Photo gallery\n\nAt Taji, an instructor trains Iraqi soldiers in first aid; the team has trained 400 Iraqi "
     "troops since May.\n\nTwo staff officers serve in Baghdad.\n\nPhotos: Hellenic Armed Forces.\n", "GR"),
])
def test_the_soldiers_a_partner_trains_are_no_sign_of_who_wrote_the_page(text, partner):
    """"forme des soldats irakiens" names the trainees' country beside a forces noun: no sign of the writer, whose
    only sign may be a photo credit."""
    assert extract_text(text).partner == partner


@pytest.mark.parametrize("text", [
    "Considérant que l'Espagne participe à la Coalition mondiale contre Daech, qui compte 87 membres, et qu'elle a "
    "déployé des militaires en Irak ;",
    "La Belgique a rejoint la Coalition, qui réunit aujourd'hui 86 membres, et a déployé ses F-16 en Jordanie.",
    "Denmark joined the Coalition, which now has 87 members, and deployed its F-16s to Jordan.",
])
def test_the_members_of_the_coalition_are_no_head_count(text):
    """"qui compte 87 membres" counts states and organisations, even beside a verb of sending."""
    assert claims(text, partner="ES") == []


@pytest.mark.parametrize(("text", "value"), [
    ("L'annonce s'ajoute aux 12 millions de livres d'aide humanitaire annoncés en mars 2026 pour la Syrie.", 12000000),
    ("Le Royaume-Uni a versé 5 millions de livres de financement au PNUD en Irak.", 5000000),
    ("Londres ajoute 3 millions de livres de soutien aux réfugiés en Jordanie.", 3000000),
])
def test_pounds_of_aid_are_money_not_a_weight(text, value):
    """"46 millions de livres de carburant" weighs; "12 millions de livres d'aide humanitaire" pays."""
    assert [(c.value, c.currency) for c in claims(text, partner="GB")] == [(value, "GBP")]


def test_pounds_of_goods_still_weigh():
    assert claims("Le convoi transporte 46 millions de livres de carburant pour la Syrie.", partner="GB") == []


@pytest.mark.parametrize("text", [
    "« Dix ans après la libération de Mossoul, la Coalition a mobilisé collectivement plus de 4 milliards de dollars "
    "pour la stabilisation », a déclaré la ministre.",
    "Depuis 2015, la Coalition a consacré plus de 3 milliards de dollars à la stabilisation en Irak.",
    "\"Since 2015 the Coalition has collectively mobilised more than $4 billion for stabilisation,\" she said.",
])
def test_what_the_coalition_gave_as_a_whole_is_no_partners_claim(text):
    assert claims(text, partner="GB") == []


@pytest.mark.parametrize("text", [
    "La JICA a par ailleurs dépêché 12 missions d'experts en gestion de l'eau en Jordanie depuis 2019.",
    "Le Japon a envoyé 4 délégations d'experts au Liban.",
    "Japan has sent 5 missions of experts to Jordan since 2019.",
])
def test_missions_of_experts_count_missions_not_people(text):
    assert claims(text, partner="JP") == []


@pytest.mark.parametrize("text", [
    "L'Union européenne, premier donateur de la réponse régionale, a annoncé pour sa part 1 milliard d'euros lors de "
    "la conférence de Bruxelles.",
    "The European Union, by far the largest donor to the regional response, announced EUR 1 billion in Brussels.",
])
def test_an_organisation_with_a_long_apposition_gives_its_own_sum(text):
    page = "Le Japon a versé 20 millions de dollars au Liban.\n\n" + text
    assert [c.value for c in claims(page, partner="JP")] == [20000000]


@pytest.mark.parametrize(("text", "expected"), [
    ("Graphique à barres : aide du Japon par pays d'accueil, 2016-2026, en millions de dollars. Liban, 410. "
     "Jordanie, 380.", [(410000000, "USD", ["LB"]), (380000000, "USD", ["JO"])]),
    ("Bar chart: Japan's aid by host country since 2016, in millions of dollars. Lebanon, 410. Jordan, 380.",
     [(410000000, "USD", ["LB"]), (380000000, "USD", ["JO"])]),
    ("Graphique : aide humanitaire par pays (en millions d'euros). Irak : 12. Syrie : 8.",
     [(12000000, "EUR", ["IQ"]), (8000000, "EUR", ["SY"])]),
])
def test_a_charts_bars_read_as_a_screen_reader_reads_them_are_sums_in_its_titles_unit(text, expected):
    found = claims(text, partner="JP")
    assert [(c.value, c.currency, c.places) for c in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Graphique : financement du Japon en 2026 au Liban et en Jordanie, par secteur. Santé, 35 pour cent, 7 millions "
     "de dollars. Eau et assainissement, 25 pour cent, 5 millions de dollars.",
     [(7000000, "year", 2026, None, ["LB", "JO"]), (5000000, "year", 2026, None, ["LB", "JO"])]),
    ("Pie chart: Japan's funding in 2026 in Lebanon, by sector. Health, 35 per cent, 7 million dollars. Water, 25 "
     "per cent, 5 million dollars.", [(7000000, "year", 2026, None, ["LB"]), (5000000, "year", 2026, None, ["LB"])]),
    ("Graphique à barres : aide du Japon par pays d'accueil, 2016-2026, en millions de dollars. Liban, 410. "
     "Jordanie, 380.", [(410000000, "cumulative", None, 2016, ["LB"]), (380000000, "cumulative", None, 2016, ["JO"])]),
])
def test_a_charts_bars_take_the_year_and_places_of_its_title(text, expected):
    found = claims(text, partner="JP")
    assert [(c.value, c.period, c.year, c.since, c.places) for c in found] == expected


@pytest.mark.parametrize(("text", "partner", "since"), [
    ("Considérant que l'Espagne participe depuis 2015 à la Coalition, et qu'elle a déployé en Irak plus de 7 000 "
     "militaires par rotations successives depuis cette date ;", "ES", 2015),
    ("Depuis 2016, la Belgique a envoyé en Jordanie quelque 900 militaires au fil des rotations.", "BE", 2016),
    ("Since 2017, some 1,200 Danish troops have served in Iraq in successive rotations.", "DK", 2017),
])
def test_people_sent_by_rotations_since_a_year_are_counted_since_it(text, partner, since):
    assert [(c.period, c.since) for c in claims(text, partner=partner)] == [("cumulative", since)]


@pytest.mark.parametrize(("text", "periods"), [
    ("Le ministre a annoncé une aide humanitaire de 40 millions de dirhams destinée aux déplacés de Syrie. « Depuis "
     "2015, le Maroc a consacré plus de 200 millions de dirhams aux réfugiés en Jordanie », a-t-il souligné.",
     [(None, None), ("cumulative", 2015)]),
    ("La ministre a confirmé 3 millions d'euros pour l'Irak. «\u00a0En 2024, nous avions versé 2 millions d'euros\u00a0»,"
     " a-t-elle rappelé.", [(None, None), ("year", None)]),
])
def test_a_quotation_opened_with_a_spaced_guillemet_is_a_sentence_of_its_own(text, periods):
    """"... de la Syrie. « Depuis 2015, ...": the year of the quotation is not the figure's before it."""
    assert [(c.period, c.since) for c in claims(text, partner="MA")] == periods
