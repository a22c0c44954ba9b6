import pytest

PAGES = [
    "/", "/en/", "/fr/", "/ar/", "/en/partners/", "/en/partners/no/", "/ar/partners/no/", "/en/partners/no/changes/",
    "/en/places/iq/", "/en/places/iq/figures.csv", "/en/lines/military/", "/robots.txt", "/sitemap.xml",
    "/en/partners/zz/", "/en/partners/no/?as_of=nonsense",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PAGES)
def test_anonymous_visitors_get_no_cookie(client, norway, url):
    """No session, CSRF or language cookie: no banner is needed because nothing is stored."""
    response = client.get(url)
    assert "Set-Cookie" not in response.headers
    assert not response.cookies


@pytest.mark.django_db
def test_document_pages_set_no_cookie(client, norway):
    for suffix in ("", "original"):
        response = client.get(f"/en/documents/{norway.document.sha256}/{suffix}")
        assert response.status_code == 200 and not response.cookies


@pytest.mark.django_db
def test_arabic_is_right_to_left_with_localised_names(client, norway):
    html = client.get("/ar/partners/no/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "النرويج" in html
    assert "<bdi>" in html


@pytest.mark.django_db
def test_french_profile_title_is_translated(client, norway):
    html = client.get("/fr/partners/no/").content.decode()
    assert '<html lang="fr" dir="ltr">' in html
    assert "Norvège : contribution à la Coalition mondiale contre Daech" in html


@pytest.mark.django_db
def test_hreflang_links_and_switcher_point_to_the_same_page(client, norway):
    html = client.get("/en/partners/no/?as_of=2030-01-01").content.decode()
    for code in ("en", "fr", "ar"):
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/partners/no/?as_of=2030-01-01">' in html
        assert f'href="http://testserver/{code}/partners/no/?as_of=2030-01-01" hreflang="{code}"' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/">' in html


@pytest.mark.django_db
def test_open_graph_and_description(client, norway):
    html = client.get("/en/partners/no/").content.decode()
    assert '<meta property="og:title" content="Norway&#x27;s contribution' in html or \
        "<meta property=\"og:title\" content=\"Norway's contribution" in html
    assert '<meta name="description" content="What Norway contributes' in html
