"""The classes of error blind round 28 (`gold/fr-ab-*`, French: a joint communiqué of two partners each announcing its
share, the summary of a cabinet meeting among other items of its agenda, a national daily quoting a minister and an
expert on past years, a written answer with a table by year in HTML, an embassy's page on its country's action in Iraq
in PDF with key figures, a news agency's dispatch on a field hospital's new team in DOCX, and the coalition's partner
page for an African partner) found, one test per class, each written before its fix."""

import pytest

from coalition.extraction import extract_text

from .helpers import claims


@pytest.mark.parametrize(("text", "partner", "currency"), [
    ("En 2027, le Cameroun a consacré 12 milliards de francs CFA au plan de reconstruction.", "CM", "XAF"),
    ("Le Comité a reçu en 2027 une dotation de 3,5 milliards de FCFA pour la réintégration des ex-combattants.", "CM",
     "XAF"),
    ("Le Tchad a consacré 40 milliards de francs CFA à l'effort militaire depuis 2015.", "TD", "XAF"),
    ("Le Niger a engagé 25 milliards de francs CFA pour la sécurité de la région de Diffa en 2026.", "NE", "XOF"),
    ("Senegal spent 2 billion CFA francs on its prevention programme in 2026.", "SN", "XOF"),
])
def test_the_cfa_franc_is_the_partners_own_and_no_swiss_franc(text, partner, currency):
    """"francs CFA" are the franc of Central or West Africa, whichever the partner uses; the bare "francs" stay Swiss."""
    assert [c.currency for c in claims(text, partner=partner)] == [currency]


@pytest.mark.parametrize(("text", "lines"), [
    ("Le Royaume-Uni a consacré environ 2 milliards de livres sterling à ses frappes aériennes en Irak et en Syrie "
     "depuis 2014.", ["military"]),
    ("The United Kingdom has spent about £2 billion on its air strikes in Iraq and Syria since 2014.", ["military"]),
    ("Britain spent £1.8 billion on airstrikes against Daesh since 2014.", ["military"]),
    ("Le coût de la campagne aérienne contre Daech atteint 1,2 milliard d'euros depuis 2014.", ["military"]),
])
def test_air_strikes_are_military(text, lines):
    """Air strikes and an air campaign are the partner's military effort, as its aircraft are."""
    assert [c.lines for c in claims(text, partner="GB")] == [lines]


@pytest.mark.parametrize("text", [
    "La Coalition mondiale contre Daech a consacré au total plus de 600 millions de dollars à la lutte antimines en "
    "Irak depuis 2015.",
    "Depuis 2014, la Coalition internationale contre l'État islamique a mobilisé plus de 5 milliards de dollars.",
    "The Global Coalition against Daesh has spent more than $600 million on mine action in Iraq since 2015.",
    "Since 2015 the Global Coalition to Defeat ISIS has devoted over USD 600 million to clearing mines in Iraq.",
])
def test_what_the_coalition_named_in_full_gave_is_no_partners_claim(text):
    """The coalition named in full ("la Coalition mondiale contre Daech") is the coalition: what it spent is every
    member's money, as "la Coalition a consacré" is."""
    assert claims(text, partner="CH") == []


@pytest.mark.parametrize(("text", "values"), [
    ("Selon lui, la Coalition a formé plus de 250 000 membres des forces de sécurité irakiennes, dont quelque 7 000 par "
     "des instructeurs canadiens.", []),
    ("Près de 12 000 soldats irakiens ont été formés, dont 3 000 par les formateurs belges.", []),
    ("The Coalition has trained 250,000 Iraqi soldiers, some 7,000 of them by Canadian instructors.", []),
    ("Quelque 200 instructeurs canadiens forment les soldats irakiens, 3 000 par an.", [200]),
])
def test_a_count_of_what_the_partners_people_did_is_no_head_count_of_them(text, values):
    """"7 000 par des instructeurs canadiens" counts the soldiers they trained, not the instructors: a number the
    people's noun follows after "par" (or "by") is what they did."""
    assert [c.value for c in claims(text, partner="CA")] == values


@pytest.mark.parametrize("text", [
    "Département fédéral des affaires étrangères\nMinistère royal des Affaires étrangères de Norvège\n\n"
    "COMMUNIQUÉ DE PRESSE CONJOINT\nBerne et Oslo, le 9 février 2028\n\n"
    "La Suisse y consacre 9 millions de francs suisses entre 2028 et 2030 pour le déminage en Irak.\n\n"
    "La Norvège apporte pour sa part 120 millions de couronnes norvégiennes pour 2028-2030 au déminage en Irak.\n\n"
    "Depuis 2017, la Suisse a versé plus de 30 millions de francs à l'aide contre les mines en Irak et en Syrie.\n",
    "Ministry of Foreign Affairs of Denmark\nMinistry for Foreign Affairs of Finland\n\nJoint statement\n"
    "Copenhagen, 3 May 2028\n\n"
    "Denmark will provide DKK 50 million in 2028 for stabilisation in Iraq.\n\n"
    "Finland is contributing EUR 6 million in 2028 to humanitarian demining in Iraq.\n\n"
    "Since 2016, Denmark has given more than DKK 900 million to Iraq.\n",
])
def test_a_joint_statement_named_under_its_letterheads_speaks_for_both_partners(text):
    """"Communiqué de presse conjoint" under the two ministries' letterheads, not on the first line: each partner's
    sums are its own, and the page has no one partner."""
    found = extract_text(text)
    assert found.partner is None
    assert sorted({c.partner for c in found.claims}) == sorted({"CH", "NO"} if "Suisse" in text else {"DK", "FI"})


@pytest.mark.parametrize(("text", "found"), [
    ("COMMUNIQUÉ CONJOINT\n\nLa Suisse consacre 9 millions de francs suisses au déminage en Irak. L'armée suisse "
     "détache en outre quatre spécialistes auprès du bureau d'UNMAS à Bagdad.\n\nLa Norvège apporte 120 millions de "
     "couronnes norvégiennes au déminage en Irak.\n\nEnviron 120 démineurs irakiens, dont 35 femmes, seront formés.\n",
     [("CH", 9000000), ("CH", 4), ("NO", 120000000)]),
    ("Joint statement\n\nDenmark gives DKK 50 million to stabilisation in Iraq. The Danish armed forces also send six "
     "advisers to Baghdad.\n\nFinland gives EUR 6 million to demining in Iraq.\n\nSome 300 Iraqi deminers will be "
     "trained.\n", [("DK", 50000000), ("DK", 6), ("FI", 6000000)]),
])
def test_on_a_page_of_givers_the_partners_army_gives_and_the_destinations_people_do_not(text, found):
    """"L'armée suisse détache quatre spécialistes": an army named by its demonym is that giver, as "le contingent
    français" is; "120 démineurs irakiens" in a page whose money goes to Iraq are Iraq's own people, not a giver's."""
    assert [(c.partner, c.value) for c in extract_text(text).claims] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Au total, depuis 2016, le Canada a versé plus de 4,5 milliards de dollars à la région. À titre de comparaison, "
     "le Royaume-Uni a consacré environ 2 milliards de livres sterling à ses frappes aériennes depuis 2014.",
     [("CA", "CAD"), ("GB", "GBP")]),
    ("Le Japon a promis 40 millions d'euros pour l'Irak. L'Australie a versé 50 millions de dollars pour l'Irak. "
     "L'Allemagne a promis 60 millions d'euros pour l'Irak.", [("JP", "EUR"), ("AU", "AUD"), ("DE", "EUR")]),
    ("Canada pledged 75 million dollars for Iraq. The United States gave 200 million dollars for Iraq. Germany "
     "pledged 60 million euros for Iraq.", [("CA", "CAD"), ("US", "USD"), ("DE", "EUR")]),
    ("Le Canada a promis 75 millions de dollars américains. La Suède a promis 100 millions de couronnes. "
     "L'Allemagne a promis 60 millions d'euros.", [("CA", "USD"), ("SE", "SEK"), ("DE", "EUR")]),
])
def test_on_a_page_of_givers_a_bare_dollar_is_its_givers_own(text, found):
    """A page of many givers has no partner to own its bare "dollars": each is the dollar of its giver where it has
    one (Canada's, Australia's), as a bare "couronnes" is the crown of its giver; a dollar named in full stays."""
    assert [(c.partner, c.currency) for c in extract_text(text).claims] == found


@pytest.mark.parametrize(("text", "found"), [
    ("ACTION DE LA FRANCE EN IRAK\n\nCHIFFRES CLÉS\n600 militaires  |  350 M EUR depuis 2014  |  410 M EUR de prêt AFD\n\n"
     "SÉCURITÉ\nQuelque 600 militaires français sont engagés dans l'opération Chammal, en Irak et en Jordanie.\n\n"
     "AIDE\nDepuis 2014, la France a consacré plus de 350 millions d'euros à l'aide humanitaire en Irak.\n\n"
     "DÉVELOPPEMENT\nL'Agence française de développement a signé en 2026 un prêt de 410 millions d'euros en Irak.\n",
     [(600, "approximate", ["IQ", "JO"], None), (350000000, "at_least", ["IQ"], "cumulative"),
      (410000000, "exact", ["IQ"], "year")]),
    ("NORWAY IN IRAQ\n\nKey figures\n120 soldiers | NOK 500 million since 2016\n\nSecurity\nAbout 120 Norwegian soldiers "
     "serve in Iraq and Jordan.\n\nStabilisation\nSince 2016, Norway has given more than NOK 500 million to "
     "stabilisation in Iraq.\n",
     [(120, "approximate", ["IQ", "JO"], None), (500000000, "at_least", ["IQ"], "cumulative")]),
])
def test_a_key_figures_line_restates_the_sections_figures(text, found):
    """A "Chiffres clés" line of tiles names again what the sections say in full: one claim each, as the section says
    it, with its hedge, places and year."""
    assert [(c.value, c.qualifier, c.places, c.period) for c in claims(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Le Royaume-Uni a consacré 2 milliards de livres sterling à ses frappes. L'Allemagne a versé 50 millions d'euros. "
     "En 2016, Ottawa avait annoncé une stratégie de 1,6 milliard de dollars pour 2016-2019 en Irak.",
     [("GB", 2000000000), ("DE", 50000000), ("CA", 1600000000)]),
    ("Germany gave EUR 50 million. Britain spent GBP 2 billion on air strikes. Last year, Canberra pledged AUD 30 "
     "million for Iraq.", [("DE", 50000000), ("GB", 2000000000), ("AU", 30000000)]),
])
def test_a_capital_after_a_phrase_of_time_is_its_government(text, found):
    """"En 2016, Ottawa avait annoncé": a partner's capital that opens its sentence after a phrase of time gives the
    figure, as one opening the sentence does."""
    assert [(c.partner, c.value) for c in extract_text(text).claims] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Le gouvernement a confirmé que les Forces armées canadiennes resteront en Irak. Le contingent déployé en Irak "
     "passera de 350 à 250 militaires.\n\nLe coût de la mission en Irak est estimé à 180 millions de dollars par "
     "année.\n\nLe Royaume-Uni a consacré 2 milliards de livres sterling à ses frappes. L'Allemagne a versé 50 "
     "millions d'euros. Le Japon a promis 40 millions d'euros.\n",
     [("CA", 350), ("CA", 250), ("CA", 180000000), ("GB", 2000000000), ("DE", 50000000), ("JP", 40000000)]),
    ("The Danish armed forces will stay in Iraq. The contingent will shrink from 120 to 90 soldiers.\n\nGermany gave "
     "EUR 50 million. Britain spent GBP 2 billion on air strikes.\n",
     [("DK", 120), ("DK", 90), ("DE", 50000000), ("GB", 2000000000)]),
    ("Allies agreed to expand NATO's mission in Iraq. The mission will grow from about 500 to some 4,000 personnel.\n\n"
     "Denmark will send up to 285 soldiers, and Spain said it would deploy 150 instructors. Germany gave EUR 50 "
     "million.\n", [("DK", 285), ("ES", 150), ("DE", 50000000)]),
])
def test_the_contingent_or_its_mission_is_the_giver_named_just_before(text, found):
    """"Le contingent", "Le coût de la mission" open a sentence on the force of the giver named just before: its
    figures are that giver's, on a page of many givers."""
    assert [(c.partner, c.value) for c in extract_text(text).claims] == found


@pytest.mark.parametrize("text", [
    "En 2016, le Canada a annoncé 1,6 milliard de dollars pour 2016-2019 en Irak, consacrés à la sécurité, à la "
    "stabilisation et à l'aide humanitaire.",
    "Le Canada a consacré 300 millions de dollars à la sécurité et à la stabilisation de l'Irak en 2024.",
])
def test_security_listed_beside_stabilisation_with_its_preposition_is_military(text):
    """"à la sécurité, à la stabilisation": security named as a line beside stabilisation, each with its own "à la",
    is military, as "de sécurité, de stabilisation" already was."""
    assert "military" in [line for c in claims(text, partner="CA") for line in c.lines]
