"""The classes of error blind round 29 (`gold/fr-ac-*`, French: a prime minister's statement after a visit to the
troops and Baghdad, a defence staff's situation report by theatre with earlier rotations, an ambassador's op-ed in a
local daily signed only in its footnote, a UN agency's thanks to a donor in HTML with its own needs, a parliamentary
budget opinion in PDF with a table of an operation's cost by year, a coalition newsletter's partner spotlight in DOCX,
and a television channel's web story on a donors' conference naming many givers) found, one test per class, each
written before its fix."""

import pytest

from .helpers import claims

_TABLE_HEAD = ("Engagées au Levant depuis 2014, les forces françaises appuient les forces irakiennes.\n\n"
               "Tableau 7 - Surcoût de l'opération Chammal, en millions d'euros\n")


@pytest.mark.parametrize(("rows", "found"), [
    ("Année                  Surcoût       Évolution\n"
     "2023                   238,6         + 4,1 %\n"
     "2024                   221,0         - 7,4 %\n"
     "Total 2023-2024        459,6\n",
     [(238_600_000, "year", 2023, None), (221_000_000, "year", 2024, None),
      (459_600_000, "cumulative", None, 2023)]),
    ("Année                  Surcoût       Variation\n"
     "2024                   221,0         -7,4 %\n"
     "2025                   204,3         -7,6%\n",
     [(221_000_000, "year", 2024, None), (204_300_000, "year", 2025, None)]),
    ("Année                  Surcoût\n"
     "2025                   204,3\n"
     "2026 (prévision)       190,0\n"
     "Total 2025-2026        394,3\n",
     [(204_300_000, "year", 2025, None), (190_000_000, "year", 2026, None),
      (394_300_000, "cumulative", None, 2025)]),
    ("Année                  Surcoût         Évolution\n"
     "2025                   204,3           - 7,6 %\n"
     "2026 (estimation)      190,0           - 7,0 %\n",
     [(204_300_000, "year", 2025, None), (190_000_000, "year", 2026, None)]),
])
def test_a_table_by_year_reads_past_a_change_column_and_a_noted_year(rows, found):
    """A change column whose sign stands apart from its figure ("+ 4,1 %") is a cell of the row, not the end of the
    table; a year with a note in brackets ("2026 (prévision)") still labels its row, and the total row under it."""
    found_claims = claims(_TABLE_HEAD + rows, partner="FR")
    assert [(c.value, c.period, c.year, c.since) for c in found_claims] == found
    assert {c.qualifier for c in found_claims} == {"exact"}  # "+ 4,1 %" is the next column's, no "more than"


_OP_ED_BODY = ("Face à la fatigue des bailleurs, mon pays a fait le choix de la constance. Depuis 2016, Copenhague a "
               "consacré plus de 1,2 milliard de couronnes danoises aux réfugiés syriens au Liban.\n\n"
               "* L'autrice est ambassadrice du Danemark au Liban.\n")


@pytest.mark.parametrize(("text", "partner"), [
    ("Le Liban ne doit pas sortir de nos radars\n\n" + _OP_ED_BODY, "DK"),
    ("L'Irak a besoin de nous plus que jamais\n\n" + _OP_ED_BODY.replace("Liban", "Irak"), "DK"),
    ("La Jordanie mérite mieux que des promesses\n\nPar Anna Weber, ambassadrice d'Allemagne en Jordanie\n\n"
     "Depuis 2014, Berlin a consacré plus de 2 milliards d'euros à la Jordanie. Le ministère fédéral des Affaires "
     "étrangères d'Allemagne y finance l'eau et l'école.\n", "DE"),
    ("Lebanon must not drop off our radar\n\nBy the Ambassador of Denmark to Lebanon\n\nSince 2016 Copenhagen has "
     "given more than DKK 1.2 billion to refugees in Lebanon. The Danish Government stands by Lebanon.\n", "DK"),
])
def test_an_op_eds_headline_argues_about_a_country_its_signature_names_the_author(text, partner):
    """An opinion piece's headline names what it argues about ("Le Liban ne doit pas..."); where the signature and
    the body's signs point clearly to another country, that country wrote it."""
    from coalition.extraction import extract_text

    assert extract_text(text).partner == partner


_DONORS = ("Les Pays-Bas ont promis 90 millions d'euros pour 2027. Le Royaume-Uni a promis 160 millions de livres "
           "sterling pour 2027. ")


@pytest.mark.parametrize(("text", "giver"), [
    (_DONORS + "« Nous ne laisserons pas tomber la population syrienne », a déclaré la ministre allemande du "
     "Développement, rappelant que son pays a versé plus de 12 milliards d'euros d'aide depuis 2012.", "DE"),
    (_DONORS + "Le ministre italien des Affaires étrangères a rappelé que son pays avait consacré 400 millions "
     "d'euros à la Syrie depuis 2016.", "IT"),
    (_DONORS + "L'ambassadrice suédoise a indiqué que son gouvernement verserait 30 millions d'euros en 2027.", "SE"),
    ("The Netherlands pledged EUR 90 million for 2027. The United Kingdom pledged GBP 160 million for 2027. The German "
     "development minister said her country had given more than EUR 12 billion since 2012.", "DE"),
])
def test_on_a_page_of_givers_his_country_is_the_speakers(text, giver):
    """"rappelant que son pays a versé", after an official named by office and nationality, is that state's money,
    in French and English as in Arabic."""
    found = claims(text)
    assert found[-1].partner == giver and len(found) == 3


@pytest.mark.parametrize(("text", "places"), [
    ("Tableau 7 - Surcoût de l'opération Chammal (Irak, Jordanie), en millions d'euros\n"
     "Année                  Surcoût\n2024                   221,0\n2025                   204,3\n", ["IQ", "JO"]),
    ("Tableau 2 - Aide humanitaire en Syrie et au Liban, en millions d'euros\n"
     "Année        Montant        Évolution\n2025         12,5           + 3,0 %\n2026         11,0           - 12,0 %\n",
     ["SY", "LB"]),
    ("Tableau 4 - Coût de la mission de formation des forces de sécurité en Irak et en Jordanie, en millions "
     "d'euros\nAnnée        Coût\n2025         12,5\n2026         11,0\n", ["IQ", "JO"]),
    ("Table 3 - Humanitarian aid to Iraq, in EUR million\n"
     "Year         Amount\n2025         12.5\n2026         11.0\n", ["IQ"]),
])
def test_a_spaced_tables_caption_says_where_its_rows_go(text, places):
    """A table lined up with spaces under a caption that names countries: every row's sum goes there, as a chart's
    bars go where its title says; a long caption gives its unit after its last comma as well as in brackets."""
    found = claims(text, partner="FR")
    assert len(found) == 2 and all(c.places == places for c in found)


@pytest.mark.parametrize(("text", "lines"), [
    ("« Nous ne laisserons pas tomber la population syrienne », a déclaré la ministre allemande du Développement, "
     "rappelant que son pays a versé plus de 12 milliards d'euros d'aide en Syrie depuis 2012.", ["humanitarian"]),
    ("Selon le ministre de la Coopération au Développement, la Belgique a consacré 30 millions d'euros à l'aide "
     "humanitaire en Irak en 2026.", ["humanitarian"]),
    ("The Development Minister said Germany had given EUR 12 billion in aid to Syria since 2012.", ["humanitarian"]),
    ("La Belgique a consacré 30 millions d'euros au développement de l'Irak en 2026.", ["development"]),
])
def test_a_speakers_office_is_no_line_of_the_figure(text, lines):
    """"La ministre du Développement" names who speaks, not what the money is for: the aid she reports is aid."""
    assert [c.lines for c in claims(text, partner="BE" if "Belgique" in text else "DE")] == [lines]


@pytest.mark.parametrize(("text", "partner", "period"), [
    ("La Corée a annoncé en 2027 une contribution de 10 milliards de wons pour la Syrie. Cette contribution, dont 1,5 "
     "milliard de wons destinés aux repas scolaires, permettra de nourrir 310 000 personnes.", "KR", ("year", 2027, None)),
    ("En 2026, la Suède a versé 50 millions de couronnes au HCR en Irak. Ce don, dont 10 millions de couronnes pour "
     "les abris, a permis de loger 4 000 familles.", "SE", ("year", 2026, None)),
    ("Since 2016 Korea has given KRW 40 billion to WFP in Syria. This contribution, of which KRW 1.5 billion is for "
     "school meals, feeds 300,000 people.", "KR", ("cumulative", None, 2016)),
])
def test_a_part_in_apposition_to_the_sum_named_again_takes_its_period(text, partner, period):
    """"Cette contribution, dont 1,5 milliard" names the sum of the sentence before and gives a part of it: the part
    takes that sum's period, as "Sur ce montant" and "Cette contribution comprend" do."""
    found = claims(text, partner=partner)
    assert len(found) == 2 and [(c.period, c.year, c.since) for c in found] == [period, period]


_PLEDGES = ("\n\nLa conférence s'est achevée à Bruxelles. Le Royaume-Uni a promis 160 millions de livres sterling pour "
            "2027, les Pays-Bas 90 millions d'euros pour 2027-2029. L'Allemagne a promis 1 milliard d'euros.\n")


@pytest.mark.parametrize("masthead", [
    "",
    "INFO7 | Monde | Moyen-Orient\nDirect | Vidéos | Podcasts | Météo\n\n",
    "Accueil > International > Monde arabe\n\n",
    "NEWS24 • World • Middle East\n\n",
])
def test_a_page_of_givers_headline_stands_past_the_sites_navigation(masthead):
    """A donors' conference's headline ("Conférence pour la Syrie : ...") gives every pledge its place, though a news
    site prints its rubrics and navigation above it."""
    found = claims(masthead + "Conférence pour la Syrie : les donateurs loin du compte" + _PLEDGES)
    assert [(c.partner, c.places) for c in found] == [("GB", ["SY"]), ("NL", ["SY"]), ("DE", ["SY"])]


@pytest.mark.parametrize(("text", "places"), [
    ("Depuis 2015, l'Autriche a apporté plus de 210 millions d'euros d'aide humanitaire en Syrie et en Irak. Sur ce "
     "total, environ 38 millions d'euros ont été consacrés au déminage des zones libérées.", ["SY", "IQ"]),
    ("En 2026, l'Autriche a versé 12 millions d'euros au Liban. Sur cette enveloppe, 4 millions d'euros iront aux "
     "écoles.", ["LB"]),
    ("En 2026, l'Autriche a versé 12 millions d'euros au Liban. Sur cette somme, 4 millions d'euros iront aux "
     "écoles.", ["LB"]),
])
def test_a_part_of_the_total_just_named_goes_where_the_total_goes(text, places):
    """"Sur ce total, 38 millions" points back to the sentence that named the total, and to its places."""
    found = claims(text, partner="AT")
    assert len(found) == 2 and found[1].places == places


@pytest.mark.parametrize(("text", "places"), [
    ("OPÉRATION INHERENT RESOLVE (IRAK ET JORDANIE)\n\nJordanie - Jusqu'à 120 militaires mettent en oeuvre quatre F-16. "
     "Lors de la relève précédente, en mars, le détachement comptait 135 personnes.\n", [["JO"], ["JO"]]),
    ("OPÉRATIONS AU LEVANT (IRAK ET JORDANIE)\n\nIrak : le détachement de Bagdad compte 95 militaires. La rotation "
     "précédente comptait 110 militaires.\n", [["IQ"], ["IQ"]]),
    ("OPERATION INHERENT RESOLVE (IRAQ AND JORDAN)\n\nJordan - Up to 120 personnel operate four F-16s. At the previous "
     "rotation, in March, the detachment had 135 personnel.\n", [["JO"], ["JO"]]),
])
def test_a_paragraphs_country_label_places_its_later_sentences(text, places):
    """A situation report's paragraph labelled by its theatre ("Jordanie - ...") places every sentence of it there,
    nearer than the heading above that names two theatres."""
    assert [c.places for c in claims(text, partner="BE")] == places


@pytest.mark.parametrize(("text", "partner"), [
    ("Le coût de la participation belge à l'opération est estimé à 48,5 millions d'euros pour 2027.", "BE"),
    ("Le coût de notre participation à la mission est évalué à 12 millions d'euros.", "BE"),
    ("The cost of Denmark's participation in the operation is estimated at DKK 300 million for 2027.", "DK"),
])
def test_the_cost_of_the_partners_part_in_an_operation_is_military(text, partner):
    """What the partner's part in an operation or mission costs is its military effort, as the operation's cost is."""
    assert [c.lines for c in claims(text, partner=partner)] == [["military"]]
