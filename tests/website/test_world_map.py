"""The home page map: drawn on the server from the committed Natural Earth paths, partners and places linked."""

import pytest

pytestmark = pytest.mark.django_db


def test_home_map_shades_partners_and_places_and_links_them(client, norway, shared):
    html = client.get("/fr/").content.decode()
    world = html.split('<figure class="world-map">')[1].split("</figure>")[0]
    assert world.count("<path") > 150  # every country of the 1:110m set, Antarctica aside
    assert '<a href="/fr/partners/no/"><title>Norvège</title><path' in world and 'class="land partner"' in world
    assert '<a href="/fr/places/iq/"><title>Irak</title><path' in world and 'class="land place step-' in world
    assert '<a href="/fr/places/sy/"><title>Syrie</title>' in world
    table = html.split('<figure class="world-map">')[1].split("</table>")[0]
    assert '<a href="/fr/places/iq/">Irak</a></td><td><bdi>4</bdi>' in table  # two Norwegian figures, two Danish


def test_the_map_requests_nothing_from_elsewhere(client, norway):
    world = client.get("/en/").content.decode().split('<figure class="world-map">')[1].split("</figure>")[0]
    assert "http" not in world and "<image" not in world
