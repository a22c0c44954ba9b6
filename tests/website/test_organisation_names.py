"""Organisations carry their own French and Arabic names; pages in those languages use them."""

import pytest

from coalition.partners.models import PartnerKind
from tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def test_an_organisation_is_named_in_the_page_language(client):
    PartnerFactory(code="nato", kind=PartnerKind.ORGANISATION, organisation_name="NATO",
                   organisation_name_fr="OTAN", organisation_name_ar="حلف شمال الأطلسي (الناتو)")
    assert "OTAN" in client.get("/fr/partners/").content.decode()
    arabic = client.get("/ar/partners/nato/").content.decode()
    assert "حلف شمال الأطلسي (الناتو)" in arabic and "NATO" not in arabic.split("<main")[1]
    assert "NATO" in client.get("/en/partners/").content.decode()


def test_without_a_translation_the_organisation_keeps_its_own_name(client):
    PartnerFactory(code="interpol", kind=PartnerKind.ORGANISATION, organisation_name="INTERPOL")
    assert "INTERPOL" in client.get("/fr/partners/").content.decode()
