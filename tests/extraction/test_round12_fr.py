"""The classes of error blind round 12 (`gold/fr-m-*`, French) found, one test per class, each written before its
fix."""

import pytest

from coalition.extraction import extract_text
from coalition.reading import read_document

from .docxgen import make_docx
from .helpers import claims


@pytest.mark.parametrize(("text", "value"), [
    ("La Belgique a octroyé 750 milliers d'euros au déminage en Irak.", 750_000),
    ("La Belgique a versé 300 milliers d’euros à la Syrie en 2019.", 300_000),
    ("La Belgique a versé 500 k€ au PNUD pour l'Irak.", 500_000),
    ("La Belgique verse 250 K€ au HCR au Liban.", 250_000),
    ("Belgium gave EUR 500k to the stabilisation facility in Iraq.", 500_000),
    ("Belgium gives €750k to demining in Iraq.", 750_000),
])
def test_thousands_written_as_milliers_or_k(text, value):
    assert [(c.value, c.currency) for c in claims(text, partner="BE")] == [(value, "EUR")]


@pytest.mark.parametrize("text", [
    "L'Italie verse 30 millions d'euros à l'Irak. Elle suit l'Allemagne, qui a promis 45 millions d'euros au PNUD.",
    "L'Italie verse 30 millions d'euros à l'Irak, tandis que le Japon a débloqué 33 millions de dollars.",
    "L'Italie verse 30 millions d'euros à l'Irak. La Norvège a pour sa part octroyé 12 millions d'euros.",
    "L'Italie verse 30 millions d'euros à l'Irak. Le Japon a quant à lui accordé 12 millions de dollars.",
    "L'Italie verse 30 millions d'euros à l'Irak. La Suède a de son côté consacré 90 millions de couronnes à la Syrie.",
    "L'Italie verse 30 millions d'euros à l'Irak. Les Pays-Bas, de leur côté, mobiliseront 20 millions d'euros.",
    "Italy gives EUR 30 million to Iraq, while Japan, which chairs the group, will provide USD 33 million.",
])
def test_another_country_as_the_subject_of_a_verb_of_giving_is_not_the_partner(text):
    assert [c.value for c in claims(text, partner="IT")] == [30_000_000]


@pytest.mark.parametrize("text", [
    "L'Italie déploie 250 militaires au Koweït. Les Pays-Bas fourniront de leur côté quelque 150 militaires.",
    "L'Italie déploie 250 militaires au Koweït ; l'Espagne enverra 150 militaires en Irak.",
    "L'Italie déploie 250 militaires au Koweït, et le Danemark déploiera 150 soldats à Bagdad.",
])
def test_another_country_as_the_subject_of_a_verb_of_sending_is_not_the_partner(text):
    assert [c.value for c in claims(text, partner="IT")] == [250]


@pytest.mark.parametrize("text", [
    "La France verse 30 M€ au Fonds, qui a réuni plus de 1,4 Md$ de l'ensemble des bailleurs depuis 2015.",
    "La France verse 30 M€ au Fonds, doté de 900 millions de dollars de la part de tous les donateurs.",
    "La France verse 30 M€ à l'Irak. Les membres de la Coalition ont annoncé ensemble plus de 2,1 milliards "
    "de dollars.",
    "La France verse 30 M€ à l'Irak. Les pays de la coalition ont promis 3 milliards de dollars.",
    "La France verse 30 M€ à l'Irak. Le plan de réponse humanitaire de l'ONU pour l'Irak, chiffré à 400 millions "
    "de dollars pour 2022, n'est financé qu'à 18 %.",
    "La France verse 30 M€ à l'Irak. L'appel des Nations unies pour la Syrie, évalué à 4,2 milliards de dollars, "
    "reste sous-financé.",
    "La France verse 30 M€ à l'Irak. The UN appeal for Iraq, estimated at $1.6 billion, is a third funded.",
    "La France verse 30 M€ à l'Irak. Le plan de réponse humanitaire pour la Syrie requiert 4,4 milliards de dollars.",
    "La France verse 30 M€ à l'Irak. L'ONU a lancé un appel de plus de 1,6 milliard de dollars pour l'Irak.",
    "La France verse 30 M€ à l'Irak. The UN launched an appeal for USD 1.6 billion for Iraq.",
    "La France verse 30 M€ à l'Irak. La conférence de Bruxelles a permis de mobiliser 6,4 milliards de dollars.",
    "La France verse 30 M€ à l'Irak. The Brussels conference raised USD 6.4 billion.",
    "La France verse 30 M€ à l'Irak. Les besoins humanitaires en Syrie sont estimés à 10 milliards de dollars.",
    "La France verse 30 M€ à l'Irak. Au total, la communauté des donateurs a promis 5 milliards de dollars.",
    "La France verse 30 M€ à l'Irak. Le Fonds a reçu 1,4 milliard de dollars de 28 donateurs.",
    "La France verse 30 M€ à l'Irak. Le coût de la reconstruction de l'Irak est évalué à 88 milliards de dollars.",
    "La France verse 30 M€ à l'Irak. The cost of reconstruction in Syria is estimated at USD 250 billion.",
])
def test_totals_of_all_donors_and_appeals_are_nobodys_claim(text):
    assert [c.value for c in claims(text, partner="FR")] == [30_000_000]


@pytest.mark.parametrize("text", [
    "L'Italie dirige la mission de l'Otan, qui réunit quelque 4 000 personnels de plusieurs pays, avec 250 "
    "militaires.",
    "L'Italie compte 250 militaires dans une force de 2 000 soldats venus de 23 pays.",
    "Italy leads the mission of 4,000 personnel from several countries with 250 soldiers.",
])
def test_people_from_several_countries_are_not_the_partners(text):
    assert [c.value for c in claims(text, partner="IT")] == [250]


@pytest.mark.parametrize(("text", "found"), [
    ("Le dispositif compte désormais environ 600 militaires, contre 1 100 à l'été 2020.",
     [(600, "approximate", None), (1100, "exact", 2020)]),
    ("La France maintient 600 militaires en Irak, contre environ 900 en 2019.",
     [(600, "exact", None), (900, "approximate", 2019)]),
    ("Some 600 troops serve in Iraq, compared with about 1,100 in 2020.",
     [(600, "approximate", None), (1100, "approximate", 2020)]),
    ("Some 600 troops serve in Iraq, compared with 2019.", [(600, "approximate", None)]),
    ("La France maintient 600 militaires, contre 900 fin 2019.", [(600, "exact", None), (900, "exact", 2019)]),
])
def test_an_earlier_head_count_after_contre_or_compared_with(text, found):
    assert [(c.value, c.qualifier, c.year) for c in claims(text, partner="FR")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("L'Italie va porter le nombre de ses soldats en Irak d'environ 900 à quelque 1 100 d'ici l'été.",
     [(900, "approximate"), (1100, "approximate")]),
    ("L'Italie fera passer ses effectifs d'environ 900 à quelque 1 100 militaires.",
     [(900, "approximate"), (1100, "approximate")]),
    ("L'Italie portera le nombre de ses militaires de 900 à 1 100 en Irak.", [(900, "exact"), (1100, "exact")]),
    ("L'Italie va réduire le nombre de ses militaires en Irak de 1 100 à environ 700.",
     [(1100, "exact"), (700, "approximate")]),
])
def test_a_change_in_a_head_count_with_elided_de_and_spaced_thousands(text, found):
    assert [(c.value, c.qualifier) for c in claims(text, partner="IT")] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Depuis 2012, la France a mobilisé 480 M€ en Syrie. En 2021 :\n- environ 60 M€ d'aide humanitaire ;\n"
     "- 12 M€ pour le nord-ouest.",
     [(480_000_000, "cumulative", None, 2012), (60_000_000, "year", 2021, None), (12_000_000, "year", 2021, None)]),
    ("In 2021, France gave:\n- EUR 60 million in humanitarian aid;\n- EUR 12 million to the north-west.",
     [(60_000_000, "year", 2021, None), (12_000_000, "year", 2021, None)]),
    ("Since 2014, France has funded:\n- EUR 60 million in humanitarian aid in Syria;\n- EUR 12 million for "
     "demining in Iraq in 2019.",
     [(60_000_000, "cumulative", None, 2014), (12_000_000, "year", 2019, None)]),
])
def test_a_list_intro_gives_its_period_to_each_item(text, found):
    assert [(c.value, c.period, c.year, c.since) for c in claims(text, partner="FR")] == found


@pytest.mark.parametrize(("text", "lines"), [
    ("Depuis 2014, la France a mobilisé plus de 2,3 Md€ pour les réfugiés en Syrie, au titre de l'aide "
     "humanitaire, de la stabilisation et de l'aide au développement.",
     {"humanitarian", "stabilization", "development"}),
    ("Le Canada versera 3,5 milliards de dollars en matière de stabilisation, d’aide humanitaire et de "
     "développement en Iraq.", {"stabilization", "humanitarian", "development"}),
    ("La Belgique a consacré 40 M€ aux réfugiés au Liban, dans les domaines de la reconstruction et du déminage.",
     {"humanitarian", "development", "stabilization"}),
    ("Denmark gave DKK 200 million to refugees in Iraq, in the areas of stabilisation and development.",
     {"humanitarian", "stabilization", "development"}),
])
def test_the_lines_a_figure_is_for_after_a_comma_or_with_elided_articles(text, lines):
    assert [set(c.lines) for c in claims(text, partner=None)] == [lines]


@pytest.mark.parametrize(("text", "lines"), [
    ("Les Forces armées canadiennes maintiennent jusqu’à 850 militaires dans la région, et la Gendarmerie royale du "
     "Canada a déployé une vingtaine de policiers en Iraq.", [["military"], ["other"]]),
    ("L'Italie envoie 40 militaires et 20 policiers en Irak.", [["military"], ["other"]]),
    ("La France a détaché 12 gendarmes en Irak.", [["other"]]),
])
def test_french_police_and_gendarmes_are_the_other_line(text, lines):
    partner = next(code for name, code in (("Canada", "CA"), ("Italie", "IT"), ("France", "FR")) if name in text)
    assert [c.lines for c in claims(text, partner=partner)] == lines


@pytest.mark.parametrize("text", [
    "En Syrie, la Direction du développement et de la coopération (DDC) consacrera chaque année 12 millions de "
    "francs à l'aide d'urgence.",
    "Au Liban, l'Agence française de développement (AFD) a versé 8 M€ d'aide aux familles déplacées.",
    "In Iraq, the Minister for International Development (MID) announced GBP 10 million in aid for displaced families.",
])
def test_generic_aid_does_not_yield_to_a_bodys_name_in_its_sentence(text):
    assert [c.lines for c in claims(text, partner=None)] == [["humanitarian"]]


@pytest.mark.parametrize(("items", "found"), [
    ([("title", "Irak : l'Italie va renforcer son contingent et promet 30 millions d'euros pour Mossoul"),
      ("p", "Publié le 13 janvier 2022 à 14h37"),
      ("p", "BAGDAD (AFP) - L'Italie a promis jeudi 30 millions d'euros pour la reconstruction de Mossoul.")],
     [(30_000_000, None)]),
    ([("title", "Denmark gives a further 50 million kroner for the stabilisation of Raqqa in northern Syria"),
      ("p", "Published 4 May 2019"),
      ("p", "Denmark will give DKK 50 million to stabilisation in Syria, the minister said.")],
     [(50_000_000, None)]),
])
def test_a_docx_headline_without_a_stop_does_not_run_on_into_its_dateline(items, found):
    text = read_document(make_docx(items), "f.docx").text
    assert [(c.value, c.year) for c in extract_text(text).claims] == found


@pytest.mark.parametrize("text", [
    "La mission compte 600 militaires, contre 3 Rafale.",
    "La France maintient 600 militaires, contre 12 avions de chasse.",
])
def test_what_a_head_count_is_set_against_is_not_a_head_count(text):
    assert [c.value for c in claims(text, partner="FR")] == [600]


@pytest.mark.parametrize(("text", "year"), [
    ("La France a versé 20 M€ début 2020 à l'Irak.", 2020),
    ("La France a versé 20 M€ à l'Irak mi-2021.", 2021),
    ("La France a versé 20 M€ à l'Irak à la fin de l'année 2021.", 2021),
    ("La France a déployé 200 militaires en Irak fin 2019.", 2019),
])
def test_the_end_start_or_middle_of_a_named_year_is_that_year(text, year):
    assert [(c.period, c.year) for c in claims(text, partner="FR")] == [("year", year)]


@pytest.mark.parametrize(("text", "value"), [
    ("La France a répondu à un appel de l'UNICEF en versant 5 M€ pour la Syrie.", 5_000_000),
    ("To meet humanitarian needs, France's total contribution reached EUR 50 million.", 50_000_000),
    ("Face aux besoins, la France a atteint 50 M€ d'aide.", 50_000_000),
    ("Pour couvrir le coût de la reconstruction de Mossoul, la France a versé 10 M€.", 10_000_000),
    ("To help with reconstruction costs in Mosul, France gave EUR 10 million.", 10_000_000),
])
def test_answering_an_appeal_or_needs_keeps_the_partners_money(text, value):
    assert [c.value for c in claims(text, partner="FR")] == [value]


@pytest.mark.parametrize("text", [
    "L'Italie a 250 militaires au Koweït. L'Allemagne compte 100 soldats en Jordanie.",
    "L'Italie a 250 militaires au Koweït. Le Danemark dispose d'environ 130 militaires à Al-Asad.",
    "L'Italie a 250 militaires au Koweït. L'Espagne a 300 militaires à Bagdad.",
    "L'Italie a 250 militaires au Koweït. Les États-Unis conservent quelque 2 500 soldats en Irak.",
    "L'Italie a 250 militaires au Koweït, où la France stationne 150 aviateurs.",
    "L'Italie a 250 militaires au Koweït. Germany keeps 100 soldiers in Jordan.",
])
def test_another_country_that_keeps_or_has_people_somewhere_is_not_the_partner(text):
    assert [c.value for c in claims(text, partner="IT")] == [250]


def test_a_place_inside_a_missions_name_is_not_the_subject_that_keeps_its_people():
    assert [c.value for c in claims("La mission EUAM Irak compte quelque 120 experts civils à Bagdad.",
                                    partner="IT")] == [120]
