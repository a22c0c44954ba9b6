import csv
import io
from datetime import timedelta

import pytest
from django.utils import timezone

from coalition.claims.models import Claim
from coalition.claims.services import claim_accept, claim_reject
from coalition.vocab import Period
from tests.factories import PartnerFactory, SourceDocumentFactory


@pytest.mark.django_db
def test_document_page_marks_each_published_claim_and_nothing_else(client, norway):
    html = client.get(f"/en/documents/{norway.document.sha256}/").content.decode()
    assert f'<mark id="claim-{norway.stabilization.pk}">roughly EUR 9 million a year</mark>' in html
    assert f'<mark id="claim-{norway.instructors.pk}">Some 45 instructors</mark>' in html
    assert f"claim-{norway.draft.pk}" not in html


@pytest.mark.django_db
def test_original_is_downloaded_with_its_media_type_and_never_sniffed(client, norway):
    response = client.get(f"/en/documents/{norway.document.sha256}/original")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain"
    assert response["Content-Disposition"] == 'attachment; filename="norway-test.txt"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content == norway.document.original


@pytest.mark.django_db
def test_a_source_with_nothing_published_stays_private(client, norway):
    other = SourceDocumentFactory(partner=norway.partner, text="Only drafts come from this sheet.\n")
    assert client.get(f"/en/documents/{other.sha256}/").status_code == 404
    assert client.get(f"/en/documents/{other.sha256}/original").status_code == 404


@pytest.mark.django_db
def test_place_page_has_an_accessible_chart_and_a_table(client, norway):
    from tests.factories import ClaimFactory
    from tests.website.conftest import accepted

    sweden = SourceDocumentFactory(partner=PartnerFactory(code="SE"), text="Sweden gives USD 2 million a year.\n")
    accepted(ClaimFactory(document=sweden, needle="USD 2 million a year", value=2_000_000, currency="USD",
                          period=Period.ANNUAL), places=["IQ"])
    html = client.get("/en/places/iq/").content.decode()
    assert '<svg role="img" direction="ltr" aria-labelledby="chart-1-title" aria-describedby="chart-1-desc"' in html
    assert "<title id=\"chart-1-title\">Per year (USD)</title>" in html
    assert "<desc id=\"chart-1-desc\">Range bars: Per year (USD)." in html
    assert '<h3 id="series-1-heading">Per year (USD)</h3>' in html
    chart = html.split("<svg")[1].split("</svg>")[0]
    assert 'class="chart-axis"' in chart and '>0</text>' in chart  # an axis from zero
    assert "~" in chart and "M<" in chart  # values on the bars ("~10.6M")
    assert "<table" in html and "about EUR 9 million per year" in html
    assert "45 people" in html.split("Every figure")[0]
    assert "USD 3 million" not in html


@pytest.mark.django_db
def test_a_series_of_one_row_is_a_table_without_a_chart(client, norway):
    html = client.get("/en/places/iq/").content.decode()
    assert "<svg" not in html
    assert '<h3 id="series-1-heading">Per year (USD)</h3>' in html and "Norway" in html.split("Every figure")[0]


@pytest.mark.django_db
def test_place_csv_lists_published_figures_only(client, norway):
    response = client.get("/en/places/iq/figures.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {row["claim_id"] for row in rows} == {str(norway.stabilization.pk), str(norway.instructors.pk)}
    assert {row["evidence"] for row in rows} == {"roughly EUR 9 million a year", "Some 45 instructors"}


@pytest.mark.django_db
def test_csv_cells_that_look_like_formulas_are_defused(client, norway):
    from tests.factories import ClaimFactory
    from tests.website.conftest import accepted

    text = "=HYPERLINK(1) gave EUR 2 million to Iraq.\n"
    document = SourceDocumentFactory(partner=norway.partner, text=text)
    accepted(ClaimFactory(document=document, needle="=HYPERLINK(1) gave EUR 2 million", value=2_000_000,
                          currency="EUR"), places=["IQ"])
    body = client.get("/en/places/iq/figures.csv").content.decode()
    assert "'=HYPERLINK(1) gave EUR 2 million" in body


@pytest.mark.django_db
def test_line_page_and_csv(client, norway):
    html = client.get("/en/lines/stabilization/").content.decode()
    assert "Line of effort: Stabilization" in html and "about EUR 9 million per year" in html
    assert "45 people" not in html
    rows = list(csv.DictReader(io.StringIO(client.get("/en/lines/stabilization/figures.csv").content.decode())))
    assert [row["claim_id"] for row in rows] == [str(norway.stabilization.pk)]


@pytest.mark.django_db
def test_unknown_place_and_line_are_404(client, norway):
    assert client.get("/en/places/xx/").status_code == 404
    assert client.get("/en/lines/astrology/").status_code == 404


@pytest.mark.django_db
def test_directory_filters(client, norway):
    PartnerFactory(code="DK", founding_member=False)
    PartnerFactory(code="nato", kind="organisation", organisation_name="Test Alliance")

    def names(query):
        return client.get("/en/partners/" + query).content.decode()

    assert "Denmark" in names("") and "Norway" in names("") and "Test Alliance" in names("")
    assert "Denmark" not in names("?group=stabilization") and "Norway" in names("?group=stabilization")
    assert "Norway" not in names("?kind=organisation") and "Test Alliance" in names("?kind=organisation")
    assert "Denmark" not in names("?line=military") and "Norway" in names("?line=military")
    assert "Norway" not in names("?q=denm") and "Denmark" in names("?q=denm")


@pytest.mark.django_db
def test_directory_search_uses_the_language_of_the_page(client, norway):
    PartnerFactory(code="DE", founding_member=False)
    assert "Allemagne" in client.get("/fr/partners/?q=allem").content.decode()


@pytest.mark.django_db
def test_as_of_shows_the_profile_as_it_stood(client, norway, secretariat):
    """A claim accepted today is absent from the profile as of yesterday, and a withdrawn one reappears."""
    yesterday = (timezone.now() - timedelta(days=1)).date().isoformat()
    # As if accepted three days ago: a history record's date is only ever its write's own time.
    Claim.history.filter(id=norway.instructors.pk).update(history_date=timezone.now() - timedelta(days=3))
    html = client.get(f"/en/partners/no/?as_of={yesterday}").content.decode()
    assert "about 45 people" in html
    assert "EUR 9 million" not in html
    assert "as it stood on" in html
    claim_reject(claim=norway.instructors, actor=secretariat)
    assert "about 45 people" not in client.get("/en/partners/no/").content.decode()
    assert "about 45 people" in client.get(f"/en/partners/no/?as_of={yesterday}").content.decode()


@pytest.mark.django_db
def test_as_of_on_a_place_page(client, norway):
    # As if accepted three days ago: a history record's date is only ever its write's own time.
    Claim.history.filter(id=norway.instructors.pk).update(history_date=timezone.now() - timedelta(days=3))
    yesterday = (timezone.now() - timedelta(days=1)).date().isoformat()
    html = client.get(f"/en/places/iq/?as_of={yesterday}").content.decode()
    assert "about 45 people" in html and "EUR 9 million" not in html


@pytest.mark.django_db
def test_a_malformed_as_of_is_a_clear_400(client, norway):
    response = client.get("/en/partners/no/?as_of=last-tuesday")
    assert response.status_code == 400
    assert "as_of must be a date written YYYY-MM-DD" in response.content.decode()


@pytest.mark.django_db
def test_change_log_lists_publications_with_their_document(client, norway, secretariat):
    claim_reject(claim=norway.instructors, actor=secretariat)
    html = client.get("/en/partners/no/changes/").content.decode()
    assert html.count("published") >= 2
    assert "withdrawn" in html
    assert f"/en/documents/{norway.document.sha256}/" in html
    assert "USD 3 million" not in html


@pytest.mark.django_db
def test_sitemap_and_robots(client, norway):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "http://testserver/fr/partners/no/" in sitemap
    assert 'hreflang="ar"' in sitemap
    assert "http://testserver/en/places/iq/" in sitemap
    robots = client.get("/robots.txt")
    assert robots["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in robots.content.decode()


@pytest.mark.django_db
def test_root_redirects_by_browser_language(client):
    assert client.get("/", headers={"accept-language": "ar"})["Location"] == "/ar/"
    assert client.get("/", headers={"accept-language": "fr-CH,fr;q=0.9"})["Location"] == "/fr/"
    assert client.get("/", headers={"accept-language": "de"})["Location"] == "/en/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "limit"),
    [
        ("/en/", 10),
        ("/en/partners/", 4 + 3),  # + 3 for the cards: lines of claims and of statements, figure counts
        ("/en/partners/no/", 14 + 5),  # + 5 for the profile's funding totals by place
        ("/en/partners/no/changes/", 9 + 3),  # + 3 for the histories of the three kinds of translation
        ("/en/places/iq/", 11),
        ("/en/lines/stabilization/", 11),
        ("/en/documents/{sha}/", 4),
    ],
)
def test_queries_per_page_are_bounded(client, norway, django_assert_max_num_queries, url, limit):
    """Counted on the second visit: the first one may let the totals service store a coalition-wide total."""
    url = url.format(sha=norway.document.sha256)
    client.get(url)
    with django_assert_max_num_queries(limit):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_cached_totals_follow_a_newly_accepted_claim(client, norway, secretariat):
    """Totals are cached per data version, so accepting a claim shows in the next visit."""
    assert "USD 3 million" not in client.get("/en/lines/stabilization/").content.decode().split("Every figure")[0]
    claim_accept(claim=norway.draft, actor=secretariat)
    totals_part = client.get("/en/lines/stabilization/").content.decode().split("Every figure")[0]
    assert "USD 3 million" in totals_part
