"""find_headcounts: the partner's own people, and the people who are not."""

import pytest

from .helpers import claims, only_claim

PEOPLE = [
    ("Up to 70 personnel serve in Iraq.", 70),
    ("Norway has 110 troops in Iraq.", 110),
    ("Germany keeps around 400 soldiers in Iraq.", 400),
    ("Canada sent a contingent of 60 trainers to Iraq.", 60),
    ("Denmark sent five staff officers to Baghdad.", 5),
    ("Norway's contribution\n\n110 Norwegian troops serve in Iraq.", 110),
    ("Italy sends 40 Carabinieri instructors to Baghdad.", 40),
    ("The EU has around 80 civilian experts in Iraq.", 80),
    ("Twelve police advisers work in Erbil.", 12),
]
NOT_PEOPLE = [
    "Danish instructors have trained more than 9,000 Iraqi soldiers since 2016.",
    "Norway helped train 16,000 Iraqi soldiers.",
    "The programme trained 500 local police officers.",
    "Belgian police trained 300 local officers.",
    "The air force flew 1,200 sorties with six aircraft.",
    "5,000 soldiers have been trained by the mission.",
    "In 2014 soldiers from Norway arrived.",
    "The project helped 2,000 people and 40 schools.",
]


@pytest.mark.parametrize(("text", "value"), PEOPLE)
def test_headcounts(text, value):
    claim = only_claim(text)
    assert (claim.kind, claim.value, claim.currency) == ("personnel", value, None)


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_not_own_people(text):
    assert claims(text, partner="NO") == []


def test_plus_sign_is_at_least():
    assert only_claim("Norway has 200+ troops in Iraq.").qualifier == "at_least"


def test_a_unit_s_strength_and_more_people():
    from .helpers import only_claim

    claim = only_claim("Norway's contribution\n\nNorway sends a 60-strong training team to Iraq.")
    assert (claim.kind, claim.value, claim.places) == ("personnel", 60, ["IQ"])
    assert only_claim("Norway's contribution\n\nNorway will deploy 30 more trainers to Iraq.").value == 30


# Blind round 1 of issue 11.
MORE_PEOPLE = [
    ("Up to 850 Canadian Armed Forces members may be deployed at any time.", "CA", 850),  # three words between
    ("Le groupement aérien compte près de 300 aviateurs.", "FR", 300),
    ("Quelque 50 gardes civils resteront déployés à Bagdad.", "ES", 50),
    ("وأرسلت مصر فريقاً من ٤٠ طبيباً عسكرياً إلى المستشفى الميداني.", "EG", 40),
    ("أرسلت الكويت ثلاثة آلاف وخمسمائة جندي إلى العراق.", "KW", 3500),  # compound Arabic number words
    ("The Netherlands announced a deployment of 80 to Jordan.", "NL", 80),  # a unit with no noun
    ("La Belgique enverra un contingent de 150 en Jordanie.", "BE", 150),
]


@pytest.mark.parametrize(("text", "partner", "value"), MORE_PEOPLE)
def test_more_head_counts(text, partner, value):
    assert only_claim(text, partner=partner).value == value


def test_a_change_with_french_hedges():
    found = claims("L'Espagne ramène ses effectifs en Irak de quelque 500 à environ 200 militaires.", partner="ES")
    assert [(c.value, c.qualifier) for c in found] == [(500, "approximate"), (200, "approximate")]


@pytest.mark.parametrize("text", [
    "The Netherlands announced a deployment of 80 aircraft to Jordan.",
    "وكانت ألمانيا قد درّبت حتى الآن أكثر من ٢٠ ألف عنصر من قوات البيشمركة.",  # an adverb after the verb
    "وكانت ألمانيا قد درّبت حتى الآن أكثر من ٢٠ ألف عسكري.",
])
def test_not_a_count_of_own_people(text):
    assert claims(text, partner="NL" if "Netherlands" in text else "DE") == []


def test_a_units_member_count():
    assert only_claim("The Government has also sent a 20-member medical team to Erbil.", partner="KR").value == 20


@pytest.mark.parametrize("text", [
    "NATO Mission Iraq currently numbers about 500 personnel from the Alliance's member states.",
    "La mission compte 500 militaires des États membres.",
])
def test_people_of_the_alliance_are_not_the_partners(text):
    assert claims(text, partner="DK") == []


def test_of_them_after_a_head_count():
    text = ("Jusqu'à 750 membres des Forces armées canadiennes pourront être déployés. Environ 200 d'entre eux "
            "serviront au sein de la mission de l'OTAN en Irak.")
    assert [c.value for c in claims(text, partner="CA")] == [750, 200]


def test_of_them_alone_is_no_head_count():
    assert claims("The UN counts 3 million refugees; 200 of them live in camps.", partner="NO") == []


def test_members_of_the_partners_forces_in_arabic():
    assert only_claim("ولا يزال نحو ٣٠٠ من منتسبيها يخدمون ضمن القوة البحرية المشتركة.", partner="BH").value == 300


def test_a_change_whose_noun_stands_by_the_first_value():
    text = "The ADF will reduce its contribution from around 600 personnel to around 110 in Baghdad."
    assert [(c.value, c.qualifier) for c in claims(text, partner="AU")] == [(600, "approximate"), (110, "approximate")]


def test_a_part_of_a_head_count_with_no_noun():
    text = "Le dispositif compte environ 600 militaires, dont une centaine au sein de la Task Force Narvik."
    assert [(c.value, c.qualifier) for c in claims(text, partner="FR")] == [(600, "approximate"), (100, "approximate")]


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("- Canadian Armed Forces personnel deployed on Operation IMPACT: up to 850\n", 850, "at_most"),
    ("Troops in Iraq: 250.", 250, "exact"),
])
def test_a_labelled_count(text, value, qualifier):
    claim = only_claim(text, partner="CA")
    assert (claim.value, claim.qualifier) == (value, qualifier)


def test_a_labelled_year_is_no_count():
    assert claims("Troops deployed since: 2014.", partner="CA") == []


def test_an_arabic_change():
    text = "أعلنت الوزارة أن إسبانيا ستخفض عدد جنودها في العراق من نحو ٥٥٠ إلى ٣٠٠ جندي بحلول نهاية العام."
    assert [(c.value, c.qualifier) for c in claims(text, partner="ES")] == [(550, "approximate"), (300, "exact")]
