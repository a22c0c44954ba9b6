"""The finished look: flags from our own static files, codes set apart from names, dates in words."""

import datetime

import pytest
from django.utils import translation

from coalition.website.templatetags.website import joined

pytestmark = pytest.mark.django_db


def test_partner_lists_show_a_local_flag_and_keep_the_code_apart_from_the_name(client, norway):
    html = client.get("/ar/").content.decode()
    assert '<img class="flag" src="/static/website/flags/no.svg" alt=""' in html
    assert '<span class="partner-name">النرويج</span> <bdi class="iso-code">NO</bdi>' in html
    flag = client.get("/static/website/flags/no.svg")
    flag.close()
    assert flag.status_code == 200


def test_dates_in_sentences_are_words_in_the_page_language(client, norway):
    norway.partner.joined_on = datetime.date(2014, 9, 15)
    norway.partner.save()
    assert "Partenaire depuis le <bdi>15 septembre 2014</bdi>" in client.get("/fr/partners/no/").content.decode()
    assert "Partner since <bdi>September 15, 2014</bdi>" in client.get("/en/partners/").content.decode()
    assert "2014-09-15" not in client.get("/fr/partners/no/").content.decode().split("<main")[1]


def test_a_join_date_known_to_the_month_is_not_given_a_day(client, norway):
    norway.partner.joined_on = datetime.date(2015, 3, 1)
    norway.partner.joined_precision = "month"  # the attribute a partner's facts carry when the source says "March 2015"
    with translation.override("fr"):
        assert joined(norway.partner) == "mars 2015"
    norway.partner.joined_precision = "year"
    assert joined(norway.partner) == "2015"
