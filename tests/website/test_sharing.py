"""A figure naming two places or lines reads as shared on every page, and the series total counts it once."""

import re

import pytest

pytestmark = pytest.mark.django_db


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_home_marks_shared_lines_and_counts_each_figure_once(client, shared):
    text = _text(client.get("/en/").content.decode())
    assert "at least USD 85 million shared with Stabilization" in text
    assert "at least USD 95 million shared with Humanitarian" in text
    # The series total counts the shared figure once: 95, not 85 + 95.
    assert "All lines of effort, each figure once at least USD 95 million" in text


def test_place_and_profile_rows_name_the_other_place(client, shared):
    assert "shared with Iraq" in _text(client.get("/en/places/sy/").content.decode())
    profile = _text(client.get("/en/partners/dk/").content.decode())
    assert "at least USD 85 million shared with Iraq" in profile
    assert "at least USD 95 million shared with Syria" in profile


def test_shared_marks_are_translated(client, shared):
    assert "partagé avec Irak" in _text(client.get("/fr/places/sy/").content.decode())
    assert "مشترك مع العراق" in _text(client.get("/ar/places/sy/").content.decode())


def test_every_totals_block_links_to_how_we_count(client, shared):
    for path in ("/en/", "/en/places/iq/", "/en/lines/stabilization/", "/en/partners/dk/"):
        assert 'href="/en/how-we-count/"' in client.get(path).content.decode(), path
    page = client.get("/ar/how-we-count/")
    assert page.status_code == 200 and 'lang="ar"' in page.content.decode()
