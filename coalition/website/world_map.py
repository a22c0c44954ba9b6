"""The home page's world map, drawn on the server as SVG paths.

The shapes are Natural Earth's 1:110m countries from the npm package world-atlas, projected once at commit
time by ``scripts/build-map.mjs`` into ``data/world-110m.json`` (so the page loads nothing from elsewhere).
Partners are shaded as members; places where partners report money or people by how many published
figures name them, in four steps. Each shaded country links to its page.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pycountry

from coalition.partners.countries import country_name

MAP_FILE = Path(__file__).resolve().parent / "data" / "world-110m.json"
PLACE_STEPS = (1, 3, 10, 30)  # figures naming a place: at least this many for each darker step


@dataclass(frozen=True)
class Shape:
    code: str
    name: str
    d: str
    kind: str  # "place", "partner" or "" (neither)
    step: int
    url: str


@dataclass(frozen=True)
class PlaceRow:
    code: str
    name: str
    figures: int
    is_partner: bool


@dataclass(frozen=True)
class WorldMap:
    width: int
    height: int
    shapes: list[Shape]
    places: list[PlaceRow]


@cache
def _shapes() -> tuple[int, int, tuple[tuple[str, str], ...]]:
    """(width, height, ((alpha-2 code, path), ...)) read once per process."""
    data = json.loads(MAP_FILE.read_text())
    shapes = []
    for shape in data["shapes"]:
        country = pycountry.countries.get(numeric=shape["id"]) if shape["id"] else None
        shapes.append((country.alpha_2 if country else "", shape["d"]))
    return data["width"], data["height"], tuple(shapes)


def _step(count: int) -> int:
    return sum(1 for threshold in PLACE_STEPS if count >= threshold)


def world_map(*, partner_codes: set[str], place_counts: dict[str, int], language: str, urls) -> WorldMap:
    """The map for a page in ``language``: ``urls`` is (kind, code) -> address of the country's page."""
    width, height, shapes = _shapes()
    drawn = []
    for code, d in shapes:
        if code in place_counts:
            kind, url = "place", urls("place", code)
        elif code in partner_codes:
            kind, url = "partner", urls("partner", code)
        else:
            kind, url = "", ""
        name = country_name(code, language) if code else ""
        drawn.append(Shape(code=code, name=name, d=d, kind=kind, step=_step(place_counts.get(code, 0)), url=url))
    places = sorted(
        (PlaceRow(code=code, name=country_name(code, language), figures=count, is_partner=code in partner_codes)
         for code, count in place_counts.items()),
        key=lambda row: (-row.figures, row.name),
    )
    return WorldMap(width=width, height=height, shapes=drawn, places=places)
