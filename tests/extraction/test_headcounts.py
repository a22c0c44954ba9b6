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
