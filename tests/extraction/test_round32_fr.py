"""The classes of error blind round 32 (`gold/fr-af-*`, French: a development ministry's country page « Notre action
en Irak » in HTML with key figures and projects, a news site on a cabinet extending a deployment with its ceiling and
cost in CFA francs, the transcript of a foreign-ministry spokesperson's briefing on unrelated subjects in zlotys, a UN
office's funding update naming its main donors in a table in US dollars in PDF, the Middle East chapter of a
government's annual foreign-policy report in DOCX, a newspaper's explainer on what one partner gave to Iraq and Syria,
and a ministry's social-media post with a photo caption and hashtags) found, one test per class, each written before
its fix."""

import pytest

from .helpers import claims

_DONOR_TABLE = (
    "NATIONS UNIES - Bureau de la coordination des affaires humanitaires (OCHA) - Irak\n\n"
    "Point sur le financement humanitaire n° 3\n\n"
    "{caption}\n"
    "Donateur                                         Montant reçu     Part du total\n"
    "Union européenne                                   38 400 000           34 %\n"
    "Arabie saoudite                                    21 750 000           19 %\n"
    "Bulgarie                                            1 150 000            1 %\n"
    "Estonie                                               640 000          0,6 %\n"
    "{others}\n"
    "Total                                             112 000 000          100 %\n"
    "Source : Service de suivi financier (FTS).\n\n"
    "L'Estonie a annoncé une contribution supplémentaire de 500 000 euros.\n"
)


@pytest.mark.parametrize(("caption", "currency"), [
    ("Tableau 1 - Principaux donateurs du Plan 2031 pour l'Irak (contributions reçues, en dollars US)", "USD"),
    ("Tableau 1 - Principaux donateurs du Plan de réponse 2031 (montants reçus au 30 septembre, en dollars US)", "USD"),
    ("Table 1 - Main donors to the 2031 Humanitarian Response Plan for Iraq (contributions received, in US dollars)",
     "USD"),
    ("Tableau 1 - Principaux donateurs du Plan 2031 pour l'Irak et la Syrie (montants décaissés, en euros)", "EUR"),
])
def test_a_captions_unit_in_brackets_after_what_the_column_holds_gives_the_rows_currency(caption, currency):
    """A long caption's closing brackets may say what the column holds before its unit: "(contributions reçues, en
    dollars US)" is "(en dollars US)" for every row under it, as the caption of a table of one partner's sums is."""
    text = _DONOR_TABLE.format(caption=caption, others="")
    found = {(c.partner, c.value, c.currency) for c in claims(text)}
    assert {("european-union", 38_400_000, currency), ("SA", 21_750_000, currency), ("BG", 1_150_000, currency),
            ("EE", 640_000, currency)} <= found


@pytest.mark.parametrize("others", [
    "Autres donateurs (17)                              46 780 000           42 %",
    "Autres                                             46 780 000           42 %",
    "Fonds de financement commun                        46 780 000           42 %",
    "Other donors (17)                                  46 780 000           42 %",
])
def test_a_donor_tables_rows_of_no_giver_and_its_total_are_nobodys(others):
    """In a table of donors, a row whose label names no giver ("Autres donateurs (17)") and the total row sum many
    givers' money: they take no giver from the row above, as a total of all donors in a sentence takes none."""
    caption = "Tableau 1 - Principaux donateurs du Plan 2031 pour l'Irak (contributions reçues, en dollars US)"
    found = claims(_DONOR_TABLE.format(caption=caption, others=others))
    assert sorted(c.value for c in found) == [500_000, 640_000, 1_150_000, 21_750_000, 38_400_000]


@pytest.mark.parametrize(("caption", "year"), [
    ("Tableau 1 - Principaux donateurs du Plan 2031 pour l'Irak (contributions reçues, en dollars US)", 2031),
    ("Tableau 1 - Contributions reçues en 2030 pour l'Irak (en dollars US)", 2030),
    ("Table 1 - Main donors to the 2029 plan for Iraq (contributions received, in US dollars)", 2029),
])
def test_the_one_year_of_a_spaced_donor_tables_caption_dates_each_givers_row(caption, year):
    """On a page of many givers, a caption that names one year over rows lined up with spaces dates every giver's row,
    as it does on a page of one partner and as a table of cells does."""
    found = [c for c in claims(_DONOR_TABLE.format(caption=caption, others="")) if c.currency == "USD"]
    assert found and {(c.period, c.year) for c in found} == {("year", year)}


@pytest.mark.parametrize(("text", "partner", "kept"), [
    ("En 2030, Monaco a versé 310 000 euros au Mines Advisory Group pour le déminage à Sinjar. Le programme, cofinancé "
     "par l'Union européenne à hauteur de 2 millions d'euros, a rendu 140 hectares aux familles.", "MC", [310_000]),
    ("Monaco a versé 310 000 euros pour le déminage en Irak. Le projet est également financé par le Japon à hauteur de "
     "1,5 million de dollars.", "MC", [310_000]),
    ("Andorra gave EUR 200,000 for demining in Iraq. The project, co-funded by the European Union to the tune of EUR 2 "
     "million, cleared 140 hectares.", "AD", [200_000]),
    ("Le Luxembourg a versé 2 millions d'euros à l'UNICEF en Irak. Le programme est cofinancé par le Luxembourg à "
     "hauteur de 2 millions d'euros.", "LU", [2_000_000]),
])
def test_a_sum_a_cofunder_gives_to_the_programme_is_the_cofunders(text, partner, kept):
    """"cofinancé par l'Union européenne à hauteur de 2 millions d'euros", "funded by Japan to the tune of": the
    programme's other funder gives that sum, as "Cofinancement de la KfW : 10 millions" does; the partner's own share
    stays."""
    assert [c.value for c in claims(text, partner=partner)] == kept


@pytest.mark.parametrize(("text", "partner", "kept"), [
    ("La Slovaquie a consacré près de 19 millions d'euros à l'Irak depuis 2014. C'est peu au regard de l'Allemagne, "
     "premier donateur européen avec plus de 4 milliards d'euros.", "SK", [19_000_000]),
    ("La Slovaquie a consacré 19 millions d'euros à l'Irak. Loin derrière le Japon, deuxième bailleur de la région "
     "avec 2 milliards de dollars.", "SK", [19_000_000]),
    ("Slovakia has given EUR 19 million to Iraq since 2014. That is little next to Germany, the largest European donor "
     "with more than EUR 4 billion.", "SK", [19_000_000]),
])
def test_another_giver_named_with_its_rank_among_donors_holds_its_own_sum(text, partner, kept):
    """"l'Allemagne, premier donateur européen avec plus de 4 milliards d'euros": a donor set beside the partner by its
    rank gives the sum that follows, not the partner."""
    assert [c.value for c in claims(text, partner=partner)] == kept


@pytest.mark.parametrize("text", [
    "L'Andorre a versé 420 000 euros en Syrie. Les partenaires y ont annoncé ensemble 1,2 milliard de dollars.",
    "L'Andorre a versé 420 000 euros en Syrie. Les donateurs en ont promis ensemble 1,2 milliard de dollars.",
    "L'Andorre a versé 420 000 euros en Syrie. Les partenaires ont ensemble annoncé 1,2 milliard de dollars.",
])
def test_what_partners_announce_together_there_is_nobodys(text):
    """"Les partenaires y ont annoncé ensemble": a pronoun between the partners and their verb keeps the sum theirs
    together, a coalition-wide total."""
    assert [c.value for c in claims(text, partner="AD")] == [420_000]


@pytest.mark.parametrize(("text", "partner", "kept"), [
    ("Le Bénin maintient 190 soldats au Niger. Le Conseil a approuvé un prêt de 25 milliards de francs CFA de la "
     "Banque ouest-africaine de développement pour la route Djougou-Natitingou.", "BJ", [190]),
    ("Le Bénin maintient 190 soldats au Niger. Le pays a obtenu un crédit de 40 millions de dollars du Fonds "
     "international de développement agricole.", "BJ", [190]),
    ("Benin keeps 190 soldiers in Niger. Cabinet approved a loan of USD 45 million from the African Development Bank "
     "for a road.", "BJ", [190]),
    ("La Pologne a versé 12 millions de zlotys à l'Irak. Bagdad a obtenu un prêt de 300 millions de dollars de la "
     "Banque mondiale.", "PL", [12_000_000]),
])
def test_a_loan_from_a_bank_or_fund_is_no_money_of_the_partner(text, partner, kept):
    """"un prêt de 25 milliards de francs CFA de la Banque ouest-africaine de développement": a loan or credit that a
    bank or fund grants is the lender's money, which the partner or someone else receives."""
    assert [c.value for c in claims(text, partner=partner)] == kept


@pytest.mark.parametrize(("text", "partner", "kept"), [
    ("La Slovaquie a envoyé 30 militaires en Irak. L'achat de 152 véhicules blindés de fabrication finlandaise pour "
     "1,3 milliard d'euros ne concerne que l'armée slovaque.", "SK", [30]),
    ("QUESTION : L'achat des nouveaux hélicoptères pour l'armée de terre ?\n\nLE PORTE-PAROLE : Ces 32 appareils, "
     "d'une valeur de 8 milliards de zlotys, relèvent du ministère de la Défense. La Pologne a versé 12 millions de "
     "zlotys à l'Irak.", "PL", [12_000_000]),
    ("Slovakia sent 30 soldiers to Iraq. The purchase of 152 armoured vehicles for EUR 1.3 billion concerns only the "
     "Slovak army.", "SK", [30]),
    ("La commande de quatre avions de transport, d'un montant de 400 millions d'euros, a été signée. La Slovaquie a "
     "versé 2 millions d'euros en Syrie.", "SK", [2_000_000]),
    ("La Hongrie a remis à l'armée libanaise des équipements d'une valeur de 180 000 euros, achetés en Autriche.",
     "HU", [180_000]),
    ("La Côte d'Ivoire accordera 2,5 milliards de francs CFA d'aide humanitaire au Burkina Faso. Sur ce total, 800 "
     "millions de francs CFA serviront à l'achat de vivres.", "CI", [2_500_000_000, 800_000_000]),
    ("Poland gave PLN 5 million for the purchase of medicines for displaced families in Iraq.", "PL", [5_000_000]),
])
def test_a_purchase_of_equipment_for_the_partners_own_forces_is_no_contribution(text, partner, kept):
    """"L'achat de 152 véhicules blindés ... pour 1,3 milliard d'euros", or what a sentence that points back to such a
    purchase says it costs ("Ces 32 appareils, d'une valeur de ..."): equipment bought with no one it is given to is for
    the partner's own forces; equipment handed over to another army stays a claim."""
    assert [c.value for c in claims(text, partner=partner)] == kept


@pytest.mark.parametrize("text", [
    "Au total, quelque 430 militaires slovaques s'y sont relayés depuis 2018.",
    "Depuis 2018, quelque 430 militaires slovaques s'y sont succédé.",
    "Quelque 430 militaires slovaques se sont relayés en Irak depuis 2018.",
    "Some 430 Slovak soldiers have rotated through Iraq since 2018.",
])
def test_soldiers_who_took_turns_there_since_a_year_are_a_sum_since_then(text):
    """"s'y sont relayés depuis 2018" is "se sont relayés" with its "y": the soldiers who took turns since 2018, a sum
    over the years."""
    found = claims(text, partner="SK")
    assert [(c.value, c.period, c.since) for c in found] == [(430, "cumulative", 2018)]


@pytest.mark.parametrize(("text", "partner"), [
    ("Notre action en Irak\n\nÀ l'échelle mondiale, l'aide publique au développement monégasque a atteint 29 millions "
     "d'euros en 2030.", "MC"),
    ("Notre action en Irak\n\nDans le monde entier, l'aide andorrane au développement a atteint 4,6 millions d'euros "
     "en 2030.", "AD"),
    ("Our work in Iraq\n\nWorldwide, Monaco's official development assistance reached EUR 29 million in 2030.", "MC"),
    ("Our work in Iraq\n\nGlobally, Monaco's development aid reached EUR 29 million in 2030.", "MC"),
])
def test_a_worldwide_sum_takes_no_place_from_the_heading(text, partner):
    """"À l'échelle mondiale, l'aide publique au développement ... a atteint 29 millions d'euros": a sum said of the
    whole world goes to no country, whatever the page's title names, as a sum spent at home goes to none."""
    assert [(c.value, c.places) for c in claims(text, partner=partner)] == [(
        4_600_000 if partner == "AD" else 29_000_000, [])]


@pytest.mark.parametrize("text", [
    "Le chef d'état-major a salué le départ de nos 160 militaires pour Ménaka, au Mali. Le coût de cette relève est "
    "estimé à 18 milliards de francs guinéens.",
    "Nos 160 militaires partent pour Ménaka, au Mali. Cette rotation coûtera 18 milliards de francs guinéens.",
    "Our 160 soldiers leave for Ménaka, in Mali. This rotation will cost GNF 18 billion.",
])
def test_the_relief_of_troops_just_named_points_back_to_where_they_go(text):
    """"Le coût de cette relève", "this rotation": the relief of the troops just named goes where they go, as "ce
    contingent" or "this deployment" does."""
    found = [c for c in claims(text, partner="GN") if c.kind == "funding"]
    assert [(c.value, c.places) for c in found] == [(18_000_000_000, ["ML"])]


@pytest.mark.parametrize("text", [
    "Depuis 2016, la participation du Bénin à la FMM a coûté plus de 21 milliards de francs CFA au Trésor public.",
    "La participation du Bénin à la Force multinationale mixte a coûté 21 milliards de francs CFA.",
    "Since 2016, Benin's part in the Multinational Joint Task Force has cost XOF 21 billion.",
    "Benin's share of the MNJTF has cost more than XOF 21 billion.",
])
def test_what_a_joint_force_of_several_armies_costs_is_military(text):
    """The Multinational Joint Task Force against Daesh's West African branch ("la FMM", "MNJTF") is a force of
    armies: what the partner's part in it costs is on the military line, as a coalition mission's cost is."""
    assert [c.lines for c in claims(text, partner="BJ")] == [["military"]]


@pytest.mark.parametrize(("prose", "part"), [
    ("La Slovaquie a versé 2,3 millions de dollars, dont 800 000 dollars pour l'eau dans les camps de Ninive.", 800_000),
    ("La Bulgarie, qui finance le Plan pour la première fois, a versé 1,15 million de dollars, dont 400 000 dollars "
     "pour les abris.", 400_000),
    ("Slovakia gave USD 2.3 million, of which USD 800,000 went to water in the camps of Nineveh.", 800_000),
])
def test_a_part_of_a_sum_that_restates_a_dated_table_row_takes_its_year(prose, part):
    """The prose restates a donor's row of a table dated by its caption ("Principaux donateurs du Plan 2031"): the
    part that follows it ("dont 800 000 dollars") is a part of that row's sum and takes its year."""
    caption = "Tableau 1 - Principaux donateurs du Plan 2031 pour l'Irak (contributions reçues, en dollars US)"
    text = _DONOR_TABLE.format(caption=caption, others="").replace(
        "Bulgarie                                            1 150 000            1 %\n",
        "Bulgarie                                            1 150 000            1 %\n"
        "Slovaquie                                           2 300 000            2 %\n") + prose + "\n"
    found = [c for c in claims(text) if c.value == part]
    assert [(c.period, c.year) for c in found] == [("year", 2031)]


def test_a_spaced_table_rows_evidence_ends_with_its_line():
    """A row of a table lined up with spaces ends at its line: its evidence does not run into the next row's label
    ("38 400 000           34 %\\nArabie saoudite"), which a PDF's text layer sets right under it."""
    caption = "Tableau 1 - Principaux donateurs du Plan 2031 pour l'Irak (contributions reçues, en dollars US)"
    found = [c for c in claims(_DONOR_TABLE.format(caption=caption, others="")) if c.currency == "USD"]
    assert found and all("\n" not in c.evidence for c in found)
