"""Place names to ISO 3166-1 alpha-2 codes: pycountry's country names plus a small declared table.

The table adds what pycountry does not know: short and common names ("Syria", "the UK"), demonyms ("Iraqi",
"Norwegian"), and regions and cities that sit inside one country ("Northeast Syria", "Raqqa", "Mosul",
"Kurdistan Region") or span several ("Lake Chad Basin"). A region that is no country and names none maps to
an empty list ("the Sahel").
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

#: Names, short forms, demonyms, regions and cities. Values are lists of alpha-2 codes; [] = a region, no country.
PLACE_ALIASES: dict[str, list[str]] = {
    # short and common country names
    "Syria": ["SY"], "Iraq": ["IQ"], "Jordan": ["JO"], "Lebanon": ["LB"], "Turkey": ["TR"], "Türkiye": ["TR"],
    "Iran": ["IR"], "Russia": ["RU"], "Libya": ["LY"], "Tunisia": ["TN"], "Egypt": ["EG"], "Yemen": ["YE"],
    "Afghanistan": ["AF"], "Somalia": ["SO"], "Nigeria": ["NG"], "Niger": ["NE"], "Chad": ["TD"],
    "Cameroon": ["CM"], "Mali": ["ML"], "Burkina Faso": ["BF"], "Mozambique": ["MZ"], "Kenya": ["KE"],
    "Democratic Republic of the Congo": ["CD"], "DRC": ["CD"], "Philippines": ["PH"], "the Philippines": ["PH"],
    "Tanzania": ["TZ"], "Mauritania": ["MR"], "Benin": ["BJ"], "Togo": ["TG"], "Ghana": ["GH"],
    "Côte d'Ivoire": ["CI"], "Ivory Coast": ["CI"], "Palestine": ["PS"], "Moldova": ["MD"], "Kosovo": ["XK"],
    "United Kingdom": ["GB"], "the UK": ["GB"], "UK": ["GB"], "U.K.": ["GB"], "Britain": ["GB"],
    "Great Britain": ["GB"], "United States": ["US"], "the US": ["US"], "U.S.": ["US"], "USA": ["US"],
    "America": ["US"], "Netherlands": ["NL"], "the Netherlands": ["NL"], "Holland": ["NL"],
    "South Korea": ["KR"], "Republic of Korea": ["KR"], "Korea": ["KR"], "Czechia": ["CZ"],
    "Czech Republic": ["CZ"], "Slovakia": ["SK"], "North Macedonia": ["MK"], "Bosnia and Herzegovina": ["BA"],
    "Taiwan": ["TW"], "Vietnam": ["VN"], "Laos": ["LA"], "Bolivia": ["BO"], "Venezuela": ["VE"],
}

#: Adjectives of nationality, to the one country they point at.
DEMONYMS: dict[str, str] = {k: v[0] for k, v in {
    "Iraqi": ["IQ"], "Syrian": ["SY"], "Jordanian": ["JO"], "Lebanese": ["LB"], "Turkish": ["TR"],
    "Afghan": ["AF"], "Libyan": ["LY"], "Tunisian": ["TN"], "Egyptian": ["EG"], "Yemeni": ["YE"],
    "Somali": ["SO"], "Nigerian": ["NG"], "Nigerien": ["NE"], "Chadian": ["TD"], "Cameroonian": ["CM"],
    "Malian": ["ML"], "Burkinabe": ["BF"], "Burkinabè": ["BF"], "Mozambican": ["MZ"], "Kenyan": ["KE"],
    "Norwegian": ["NO"], "Danish": ["DK"], "German": ["DE"], "British": ["GB"], "Canadian": ["CA"],
    "Dutch": ["NL"], "Japanese": ["JP"], "Italian": ["IT"], "Australian": ["AU"], "French": ["FR"],
    "American": ["US"], "Swedish": ["SE"], "Finnish": ["FI"], "Spanish": ["ES"], "Belgian": ["BE"],
    "Polish": ["PL"], "Icelandic": ["IS"], "Estonian": ["EE"], "Latvian": ["LV"], "Lithuanian": ["LT"],
    "Portuguese": ["PT"], "Austrian": ["AT"], "Swiss": ["CH"], "Irish": ["IE"], "Greek": ["GR"],
    "Hungarian": ["HU"], "Czech": ["CZ"], "Slovak": ["SK"], "Slovenian": ["SI"], "Croatian": ["HR"],
    "Romanian": ["RO"], "Bulgarian": ["BG"], "Korean": ["KR"], "New Zealand": ["NZ"], "Saudi": ["SA"],
    "Emirati": ["AE"], "Qatari": ["QA"], "Kuwaiti": ["KW"], "Bahraini": ["BH"], "Moroccan": ["MA"],
    "Albanian": ["AL"], "Georgian": ["GE"], "Ukrainian": ["UA"], "Luxembourgish": ["LU"], "Maltese": ["MT"],
    "Cypriot": ["CY"], "Singaporean": ["SG"], "Malaysian": ["MY"], "Filipino": ["PH"], "Indian": ["IN"],
    "Pakistani": ["PK"], "Bosnian": ["BA"], "Montenegrin": ["ME"], "Serbian": ["RS"], "Mexican": ["MX"],
    "Brazilian": ["BR"], "Argentine": ["AR"],
}.items()}

#: Regions and cities: inside one country, across several, or (empty list) no country at all.
REGIONS: dict[str, list[str]] = {
    "Northeast Syria": ["SY"], "North-East Syria": ["SY"], "North East Syria": ["SY"], "northeast Syria": ["SY"],
    "north-east Syria": ["SY"], "NES": ["SY"], "Raqqa": ["SY"], "Raqqah": ["SY"], "Deir ez-Zor": ["SY"],
    "Deir ez-Zour": ["SY"], "Deir Ezzor": ["SY"], "Hasakah": ["SY"], "al-Hol": ["SY"], "Al Hol": ["SY"],
    "al-Hawl": ["SY"], "Roj": ["SY"], "Kobani": ["SY"], "Aleppo": ["SY"], "Idlib": ["SY"], "Damascus": ["SY"],
    "Mosul": ["IQ"], "Baghdad": ["IQ"], "Erbil": ["IQ"], "Anbar": ["IQ"], "Ramadi": ["IQ"], "Fallujah": ["IQ"],
    "Sinjar": ["IQ"], "Nineveh": ["IQ"], "Ninewa": ["IQ"], "Ninawa": ["IQ"], "Tikrit": ["IQ"], "Kirkuk": ["IQ"],
    "Salah al-Din": ["IQ"], "Diyala": ["IQ"], "Basra": ["IQ"], "Sulaymaniyah": ["IQ"], "Duhok": ["IQ"],
    "Kurdistan Region": ["IQ"], "Kurdistan Region of Iraq": ["IQ"], "KRI": ["IQ"], "Iraqi Kurdistan": ["IQ"],
    "Amman": ["JO"], "Beirut": ["LB"], "Kabul": ["AF"], "Mogadishu": ["SO"], "Cabo Delgado": ["MZ"],
    "Borno": ["NG"], "Maiduguri": ["NG"], "Tripoli": ["LY"],
    "Lake Chad Basin": ["CM", "NE", "NG", "TD"], "Lake Chad region": ["CM", "NE", "NG", "TD"],
    "Sahel": [], "the Sahel": [], "Middle East": [], "the region": [], "West Africa": [], "East Africa": [],
    "Horn of Africa": [], "Levant": [], "MENA": [], "Africa": [], "Europe": [], "Central Asia": [],
}



@lru_cache(maxsize=1)
def place_table() -> dict[str, list[str]]:
    """All names the extractor recognises, mapped to alpha-2 codes (pycountry names first, aliases win)."""
    table: dict[str, list[str]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and len(name) > 3:
                table[name] = [country.alpha_2]
    table.update(PLACE_ALIASES)
    table.update({name: [code] for name, code in DEMONYMS.items()})
    table.update(REGIONS)
    return table


@lru_cache(maxsize=1)
def place_regex() -> re.Pattern[str]:
    names = sorted(place_table(), key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    initials = "".join(sorted({re.escape(n[0]) for n in names}))
    # The look-ahead on first letters lets the engine skip most positions at once. "US" inside "US$" is a
    # currency, not a place; the pipeline masks the spans of amounts too ("US dollars").
    return re.compile(rf"(?=[{initials}])(?<![\w-])(?:{alternation})(?![\w$])")


def places_of(name: str) -> list[str]:
    return list(place_table().get(name, []))


@lru_cache(maxsize=1)
def country_names_by_code() -> dict[str, list[str]]:
    """Every name and demonym that points at exactly one country, grouped by its code."""
    result: dict[str, list[str]] = {}
    for name, codes in place_table().items():
        if len(codes) == 1:
            result.setdefault(codes[0], []).append(name)
    return result


def demonyms() -> dict[str, str]:
    """Adjectives of nationality, lower-cased, to their country code."""
    return {name.lower(): code for name, code in DEMONYMS.items()}
