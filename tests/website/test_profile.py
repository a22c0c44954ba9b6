import pytest
from django.urls import reverse

from coalition.website.page_cache import forget_pages


@pytest.mark.django_db
def test_profile_shows_every_part_of_the_seed_page(client, norway):
    """Title, statements by line, headline figures, quote, media, social links, working groups, founding member."""
    html = client.get("/en/partners/no/").content.decode()
    assert "Norway's contribution towards the Global Coalition against Daesh" in html
    assert "Norway funds stabilization work." in html
    assert "figure not available" in html
    assert "We stay the course." in html and "Kari Testesen" in html and "Minister of Tests" in html
    assert 'href="https://example.org/story"' in html
    assert 'href="https://x.com/NorwayTest"' in html
    assert "Stabilization group" in html
    assert "Founding member of the coalition" in html


@pytest.mark.django_db
def test_profile_shows_only_accepted_claims_and_pieces(client, norway):
    html = client.get("/en/partners/no/").content.decode()
    assert "EUR 9 million" in html
    assert "USD 3 million" not in html
    assert "An unreviewed draft statement." not in html


@pytest.mark.django_db
def test_every_figure_links_to_its_source_sentence(client, norway):
    html = client.get("/en/partners/no/").content.decode()
    document_url = reverse("website:document", kwargs={"sha256": norway.document.sha256})
    assert f'href="{document_url}#claim-{norway.stabilization.pk}"' in html
    assert f'href="{document_url}#claim-{norway.instructors.pk}"' in html


@pytest.mark.django_db
def test_an_incomplete_headline_never_shows_a_number(client, norway):
    html = client.get("/en/partners/no/").content.decode()
    tile = html.split("to run a field hospital")[0].rsplit('<li class="headline">', 1)[1]
    assert "figure not available" in tile
    assert not any(character.isdigit() for character in tile)


@pytest.mark.django_db
def test_hedges_and_periods_are_kept(client, norway):
    html = client.get("/en/partners/no/").content.decode()
    assert "about EUR 9 million per year" in html
    assert "about 45 people" in html


@pytest.mark.django_db
def test_unknown_partner_is_404_and_upper_case_code_redirects(client, norway):
    assert client.get("/en/partners/zz/").status_code == 404
    response = client.get("/en/partners/NO/")
    assert response.status_code == 301 and response["Location"] == "/en/partners/no/"


@pytest.mark.django_db
def test_organisations_are_found_by_slug(client):
    from tests.factories import PartnerFactory

    PartnerFactory(code="nato", kind="organisation", organisation_name="Test Alliance")
    response = client.get("/en/partners/nato/")
    assert response.status_code == 200
    assert "Test Alliance" in response.content.decode()


@pytest.mark.django_db
def test_profile_query_count_is_bounded(client, norway, django_assert_max_num_queries):
    """14 for the profile itself, plus 6 for its funding totals (data versions, the partner's stored cells and
    exclusions, the figures shared by several places), plus 2 for the page cache's version, plus 1 for the events
    the partner pledged at. Counted on the second visit, with the kept page forgotten: the first one lets the
    totals service store the partner's cells."""
    client.get("/en/partners/no/")
    forget_pages()
    with django_assert_max_num_queries(14 + 6 + 2 + 1):
        assert client.get("/en/partners/no/").status_code == 200


@pytest.mark.django_db
def test_a_head_count_tile_keeps_the_noun_it_was_written_with(client, norway):
    """Ingest keeps the caption as the label; the tile's own words ("troops") come from its source text."""
    from coalition.profiles.models import HeadlineFigure

    HeadlineFigure.objects.filter(label="instructors").update(
        label="sent to train forces in the field", source_text="45 trainers\n\nsent to train forces in the field"
    )
    html = client.get("/en/partners/no/").content.decode()
    tile = html.split("sent to train forces in the field")[0].rsplit('<li class="headline">', 1)[1]
    assert '<span class="headline-value" lang="en" dir="ltr"><bdi>45</bdi> trainers</span>' in tile


@pytest.mark.django_db
def test_profile_totals_name_the_series_and_link_each_place(client, norway):
    html = client.get("/en/partners/no/").content.decode()
    section = html.split('<section aria-labelledby="totals-title"')[1].split("</section>")[0]
    row = section.split("<tbody>")[1]
    assert '<a href="/en/places/iq/">Iraq</a>' in row
    assert "<td>Per year (USD)</td>" in row
    assert "about USD" in row and "USD 3 million" not in section
