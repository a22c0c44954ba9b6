"""The classes of error blind round 30 (`gold/fr-ad-*`, French: a foreign ministry's FAQ in HTML, a wire story from
N'Djamena on troops sent against Daesh's West African branch, paid in CFA francs, the record of an oral questions
session with a figure quoted from the press and interruptions, the Iraq-Syria chapter of a development agency's annual
report in PDF with a table by channel, an embassy's release on an agreement with UNHCR in DOCX, a regional daily's
interview with a returning commander whose country is never named, and a joint statement after a donors' meeting
naming many givers) found, one test per class, each written before its fix."""

import pytest

from .helpers import claims


@pytest.mark.parametrize(("text", "found"), [
    ("Le Tchad va porter de 1 400 à 2 000 le nombre de ses soldats engagés au Nigeria.", [1400, 2000]),
    ("Le contingent passera de 1 200 à 900 militaires en Irak d'ici l'été.", [1200, 900]),
    ("La France a fait passer ses effectifs de 3 500 à 2 000 soldats au Levant.", [3500, 2000]),
    ("Canada will go from 1 200 to 1 500 troops in Latvia's neighbour, Iraq.", [1200, 1500]),
])
def test_a_change_between_counts_written_in_groups_of_three_is_two_counts(text, found):
    """"de 1 400 à 2 000": the first count is the whole "1 400", not a range "400 à 2 000" read out of its last group;
    a change gives one exact claim per stated value."""
    found_claims = claims(text, partner="FR" if "France" in text or "contingent" in text else "TD")
    assert sorted(c.value for c in found_claims) == sorted(found)
    assert {c.qualifier for c in found_claims} == {"exact"}


@pytest.mark.parametrize("text", [
    "Entre 1 500 et 2 000 soldats tchadiens seront déployés au Niger.",
    "De 1 500 à 2 000 soldats tchadiens seront déployés au Niger, selon l'état-major.",
])
def test_a_range_of_counts_written_in_groups_of_three_keeps_both_bounds(text):
    """The grouped thousands are read whole on both sides of a range too; "De ... à" opening a sentence is a range."""
    found = sorted((c.value, c.qualifier) for c in claims(text, partner="TD"))
    assert found in ([(1500, "at_least"), (2000, "at_most")], [(1500, "exact"), (2000, "exact")])
    assert all(c.value >= 1500 for c in claims(text, partner="TD"))


@pytest.mark.parametrize("text", [
    "L'attaque a coûté la vie à 17 soldats tchadiens près de Bol. Le Tchad déploie 800 soldats au Niger.",
    "L'embuscade a causé la mort de 12 militaires nigériens et tchadiens. Le Tchad déploie 800 soldats au Niger.",
    "The ambush claimed the lives of 9 Chadian soldiers near Bol. Chad deploys 800 soldiers in Niger.",
    "L'explosion a tué 4 soldats tchadiens. Le Tchad déploie 800 soldats au Niger.",
])
def test_people_whose_death_is_named_before_them_are_no_personnel(text):
    """A count after what killed them ("a coûté la vie à 17 soldats") is of the dead, as one before "ont été tués"."""
    assert [c.value for c in claims(text, partner="TD")] == [800]


@pytest.mark.parametrize("text", [
    "La force a formé l'an dernier 600 gendarmes et gardes nomades. Le Tchad y déploie 800 soldats.",
    "Nos instructeurs ont formé en 2027 plus de 900 policiers. Le Tchad y déploie 800 soldats.",
    "Le détachement a formé cette année 300 militaires nigériens. Le Tchad y déploie 800 soldats.",
    "The team trained last year 450 soldiers. Chad deploys 800 soldiers there.",
])
def test_people_trained_with_a_time_between_the_verb_and_them_are_not_sent(text):
    """A time standing between the verb of training and its object ("a formé l'an dernier 600 gendarmes") leaves
    them people trained."""
    assert [c.value for c in claims(text, partner="TD")] == [800]


@pytest.mark.parametrize("text", [
    "La FMM, qui réunit quelque 10 000 hommes fournis par cinq pays de la région, est basée à N'Djamena. "
    "Le Tchad y envoie 800 soldats.",
    "Pour mémoire, la coalition maintient encore près de 2 500 militaires en Irak, toutes nations confondues. "
    "La France y garde 800 soldats.",
    "Quelque 4 000 militaires servent au Levant, toutes nationalités confondues. La France y garde 800 soldats.",
    "The force numbers some 10,000 troops provided by five countries. Chad sends 800 soldiers.",
    "About 2,500 troops remain in Iraq, all nations combined. France keeps 800 soldiers there.",
])
def test_a_force_of_several_countries_or_of_all_nations_is_nobodys_own(text):
    """Troops "fournis par cinq pays" or counted "toutes nations confondues" are a force's or the coalition's, and the
    coalition that "maintient" them is their subject."""
    partner = "TD" if "Tchad" in text or "Chad" in text else "FR"
    assert [c.value for c in claims(text, partner=partner)] == [800]


@pytest.mark.parametrize(("text", "value"), [
    ("Nous étions 180 marsouins, déployés pendant quatre mois en Irak.", 180),
    ("Quelque 220 légionnaires du 2e REG ont rejoint la base en Jordanie.", 220),
    ("Le régiment a envoyé 150 parachutistes en Irak.", 150),
    ("Une section de 30 sapeurs déminera la route en Irak.", 30),
    ("120 artilleurs servent les canons Caesar en Irak.", 120),
])
def test_french_troops_named_by_their_arm_are_personnel(text, value):
    """French press counts soldiers by their arm or corps: marsouins, légionnaires, parachutistes, sapeurs."""
    assert [(c.kind, c.value) for c in claims(text, partner="FR")] == [("personnel", value)]


@pytest.mark.parametrize(("text", "found"), [
    ("Réunion des donateurs pour l'Irak\n\nL'Allemagne et l'Italie ont promis respectivement 45 et 12 millions "
     "d'euros pour la stabilisation en Irak. La France a annoncé 10 millions d'euros.",
     [("DE", 45_000_000), ("IT", 12_000_000), ("FR", 10_000_000)]),
    ("Germany and Italy pledged 45 and 12 million euros respectively for stabilisation in Iraq. France gave EUR 10 "
     "million.", [("DE", 45_000_000), ("IT", 12_000_000), ("FR", 10_000_000)]),
    ("Germany, Italy and Spain pledged 45, 20 and 12 million euros respectively for stabilisation in Iraq. France "
     "gave EUR 10 million.", [("DE", 45_000_000), ("IT", 20_000_000), ("ES", 12_000_000), ("FR", 10_000_000)]),
    ("L'Espagne et le Portugal ont versé 3,5 et 2 millions d'euros respectivement pour l'aide en Syrie. La France a "
     "annoncé 10 millions d'euros.", [("ES", 3_500_000), ("PT", 2_000_000), ("FR", 10_000_000)]),
])
def test_bare_numbers_listed_before_a_sum_read_respectively_take_its_scale(text, found):
    """"respectivement 45 et 12 millions d'euros": the bare numbers before the last sum share its scale and currency,
    each a giver's own."""
    found_claims = claims(text)
    assert sorted((c.partner, c.value) for c in found_claims) == sorted(found)
    assert {c.currency for c in found_claims} == {"EUR"}


@pytest.mark.parametrize("text", [
    "Mme Bennani. - Selon un hebdomadaire, notre pays aurait dépensé 500 millions de dirhams dans la coalition. "
    "Combien coûte-t-elle ?\n\nM. le ministre. - Le Maroc a versé 5 millions de dollars américains à l'Irak.",
    "D'après la presse, le Royaume aurait ainsi consacré 500 millions de dirhams à cette mission. Le Maroc a versé "
    "5 millions de dollars américains à l'Irak.",
    "According to one weekly, Morocco reportedly spent 500 million dirhams on the coalition. Morocco gave 5 million US "
    "dollars to Iraq.",
])
def test_a_sum_reported_as_hearsay_is_no_claim(text):
    """A sum the press is said to give, in the conditional of hearsay ("selon un hebdomadaire, notre pays aurait
    dépensé", "reportedly spent"), is a figure under question, not the partner's contribution."""
    assert [c.value for c in claims(text, partner="MA")] == [5_000_000]


@pytest.mark.parametrize("text", [
    "Le Mécanisme de financement pour la stabilisation, auquel contribuent 31 donateurs, a reçu 1,8 milliard de "
    "dollars depuis 2015. L'Italie y a versé 5 millions d'euros.",
    "Le fonds, auquel participent une trentaine de pays, a reçu 900 millions d'euros. L'Italie y a versé 5 millions "
    "d'euros.",
    "The Facility, to which 31 donors contribute, has received USD 1.8 billion since 2015. Italy gave EUR 5 million.",
])
def test_a_fund_many_donors_contribute_to_receives_nobodys_own(text):
    """A fund's receipts are its donors' when the sentence says many of them feed it ("auquel contribuent 31
    donateurs", "to which 31 donors contribute")."""
    assert [c.value for c in claims(text, partner="IT")] == [5_000_000]


@pytest.mark.parametrize(("caption", "scale", "currency"), [
    ("Tableau 4.3 - Engagements en Irak et en Syrie par canal, 2027 (millions d'euros)", 1_000_000, "EUR"),
    ("Tableau 2 - Aide de l'Italie en Irak et en Syrie selon le canal de financement, 2027 (milliers d'euros)", 1_000,
     "EUR"),
    ("Table 4 - Commitments in Iraq and Syria by channel of delivery, 2027 (thousands of dollars)", 1_000, "USD"),
])
def test_a_long_captions_unit_without_en_reads_its_rows_and_its_year_is_no_sum(caption, scale, currency):
    """A caption whose brackets give the scale and currency without "en" ("2027 (millions d'euros)") gives the unit
    of the rows under it, and the year right before those brackets is no sum of 2 027 million."""
    text = (caption + "\nCanal                                          Montant     Part\n"
            "Agences des Nations unies (aide humanitaire)   28,0        45 %\n"
            "ONG (relèvement et stabilisation)              19,6        31 %\n"
            "Total                                          47,6       100 %\n")
    found = claims(text, partner="IT")
    assert sorted(c.value for c in found) == [19.6 * scale, 28.0 * scale, 47.6 * scale]
    assert {c.currency for c in found} == {currency}


@pytest.mark.parametrize("text", [
    "Réunion des donateurs du Mécanisme pour l'Irak\n\nLes Pays-Bas ont annoncé 20 millions d'euros pour 2028. "
    "La France a confirmé 10 millions d'euros. Le Koweït a annoncé 15 millions de dollars.",
    "Compte rendu de la Réunion de haut niveau sur l'Irak\n\nLes Pays-Bas ont annoncé 20 millions d'euros. "
    "La France a confirmé 10 millions d'euros. Le Koweït a annoncé 15 millions de dollars.",
])
def test_a_meeting_named_in_a_title_is_no_place(text):
    """French capitalises "Réunion" (a meeting) in a title; it is not the island of Réunion."""
    assert {p for c in claims(text) for p in c.places} == {"IQ"}


@pytest.mark.parametrize(("text", "partner"), [
    ("En 2027, l'AICS a engagé 62,4 millions d'euros en Irak et en Syrie.", "IT"),
    ("Le bureau de l'AICS à Bagdad compte 9 experts expatriés.", "IT"),
    ("L'AECID a engagé 4 millions d'euros en Irak en 2027.", "ES"),
    ("En 2026, l'AFD a engagé 40 millions d'euros à Mossoul, en Irak.", "FR"),
])
def test_a_development_agency_named_by_its_acronym_gives_the_development_line(text, partner):
    """The agencies whose very name is development cooperation (AICS, AECID, AFD) say the line when named by their
    acronym alone, for their money and for their experts, who are no soldiers."""
    assert [c.lines for c in claims(text, partner=partner)] == [["development"]]


@pytest.mark.parametrize("label", [
    "Agences des Nations unies (aide humanitaire)",
    "Organisations non gouvernementales italiennes et locales",
    "United Nations agencies and pooled funds (humanitarian)",
])
def test_a_table_row_with_a_long_label_takes_its_captions_places(label):
    """A row lined up with spaces may have a label of several words: it is still a row, whose sum goes where the
    caption over the table says."""
    text = ("Tableau 4 - Engagements en Irak et en Syrie par canal, 2027 (en millions d'euros)\n"
            "Canal                                                     Montant     Part\n"
            f"{label:<58}28,0        45 %\n"
            "Crédits d'aide                                            14,8        24 %\n")
    found = claims(text, partner="IT")
    assert [sorted(c.places) for c in found] == [["IQ", "SY"], ["IQ", "SY"]]
