"""Error pages are the site's own, in the visitor's language, with the header and a way back."""

import pytest
from django.test import override_settings
from django.urls import path

from coalition import urls as site_urls


def _boom(request):
    raise RuntimeError("a test failure")


urlpatterns = [*site_urls.urlpatterns, path("en/boom/", _boom), path("ar/boom/", _boom)]
handler500 = site_urls.handler500
handler404 = site_urls.handler404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title"), [("en", "Page not found"), ("fr", "Page introuvable"), ("ar", "الصفحة غير موجودة")]
)
def test_404_is_in_the_language_of_the_address_with_the_site_header(client, language, title):
    response = client.get(f"/{language}/no-such-page/")
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    assert '<header class="site-header">' in html and title in html
    assert f'href="/{language}/partners/"' in html


@pytest.mark.django_db
def test_an_unknown_partner_gets_the_branded_404(client):
    response = client.get("/ar/partners/zz/")
    assert response.status_code == 404 and "الصفحة غير موجودة" in response.content.decode()


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_500_is_branded_and_translated(client):
    client.raise_request_exception = False
    response = client.get("/ar/boom/")
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html and '<header class="site-header">' in html


@pytest.mark.django_db
def test_about_page_gives_contact_and_legal_notice(client, settings):
    settings.COALITION = {**settings.COALITION, "CONTACT_EMAIL": "desk@example.org"}
    html = client.get("/fr/about/").content.decode()
    assert 'id="contact"' in html and 'id="legal"' in html and "mailto:desk@example.org" in html
    home = client.get("/fr/").content.decode()
    assert 'href="/fr/about/#legal"' in home and "favicon.svg" in home
