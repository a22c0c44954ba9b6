"""Who can give: the countries and organisations a many-partner document names as donors, with their aliases.

Data, not code. A giver is written as an ISO 3166-1 alpha-2 code for a country, or as the lower-case slug of an
organisation ("european-union", "world-bank"). :func:`giver_mentions` finds every name of a giver in a text, the
longest name winning, so "the Kuwait Fund" is the fund and not Kuwait. Whether a mention *gives* the figure near
it is decided in :mod:`.attribution`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from .keywords import nested_alternation
from .places import (
    _AMBIGUOUS_NAMES,
    DEMONYMS,
    DEMONYMS_FR,
    PLACE_ALIASES,
    _french_forms,
    _territory_names,
    _with_arabic_prefixes,
    arabic_bare_names,
)

#: The extractor's own code of an organisation partner (a document's partner), to its giver slug.
PARTNER_SLUGS = {"EU": "european-union"}

#: Organisations that give money or people, by slug: their names and short forms as written in English and French.
ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "european-union": ("European Union", "the EU", "EU", "European Commission", "the European Commission",
                       "Union européenne", "l'Union européenne", "l’Union européenne", "UE",
                       "Commission européenne",
                       # its humanitarian office (round 21)
                       "ECHO", "DG ECHO", "Office européen d'aide humanitaire", "Office européen d’aide humanitaire"),
    "world-bank": ("World Bank", "World Bank Group", "Banque mondiale"),
    "arab-fund": ("Arab Fund for Economic and Social Development", "Arab Fund", "AFESD", "Fonds arabe"),
    "islamic-development-bank": ("Islamic Development Bank", "IsDB", "Banque islamique de développement"),
    "nato": ("NATO", "North Atlantic Treaty Organization", "OTAN"),
    "kuwait-fund": ("Kuwait Fund for Arab Economic Development", "Kuwait Fund", "Kuwaiti Fund"),
    "saudi-fund": ("Saudi Fund for Development", "Saudi Fund"),
    "abu-dhabi-fund": ("Abu Dhabi Fund for Development", "Abu Dhabi Fund"),
    "opec-fund": ("OPEC Fund for International Development", "OPEC Fund"),
    "imf": ("International Monetary Fund", "IMF"),
    "ebrd": ("European Bank for Reconstruction and Development", "EBRD"),
    "eib": ("European Investment Bank", "EIB"),
    "asian-development-bank": ("Asian Development Bank", "AsDB"),
}

#: Their Arabic names: a one-partner document reads them to tell an organisation's own money from the partner's
#: ("فيما أعلن الاتحاد الأوروبي عن ..."), a many-partner document as givers ("وقدّم الاتحاد الأوروبي 7.5 مليون يورو").
ORGANISATIONS_AR: dict[str, tuple[str, ...]] = {
    "european-union": ("الاتحاد الأوروبي", "المفوضية الأوروبية"),
    "world-bank": ("البنك الدولي", "مجموعة البنك الدولي"),
    "arab-fund": ("الصندوق العربي للإنماء الاقتصادي والاجتماعي",),
    "islamic-development-bank": ("البنك الإسلامي للتنمية",),
    "nato": ("حلف شمال الأطلسي", "حلف الأطلسي", "حلف الناتو", "الناتو"),
}

#: Names of organisations for people (the secretariat confirms or maps a proposed partner by them).
ORGANISATION_NAMES: dict[str, str] = {slug: names[0] for slug, names in ORGANISATIONS.items()}

#: Short and common names of countries that pycountry and the place table do not spell this way.
COUNTRY_ALIASES: dict[str, str] = {
    "Saudi": "SA", "the Saudis": "SA", "Kuwait": "KW", "Qatar": "QA", "Bahrain": "BH", "Oman": "OM",
    "Morocco": "MA", "Algeria": "DZ", "the United States": "US", "the United Kingdom": "GB", "the US": "US",
    "the UK": "GB", "Japan": "JP", "China": "CN", "India": "IN", "the Republic of Korea": "KR",
    "the Kingdom of Saudi Arabia": "SA", "the State of Kuwait": "KW", "the State of Qatar": "QA",
    "the Netherlands": "NL", "Allemagne": "DE", "l'Allemagne": "DE", "la France": "FR", "Irak": "IQ", "Syrie": "SY",
    "Royaume-Uni": "GB", "États-Unis": "US", "Pays-Bas": "NL", "Corée du Sud": "KR", "Koweït": "KW",
}

#: Arabic names of countries that CLDR spells otherwise ("سلطنة عمان": CLDR's "عُمان" is also Amman).
COUNTRY_ALIASES_AR: dict[str, str] = {
    "سلطنة عمان": "OM", "بريطانيا": "GB", "الإمارات": "AE", "الولايات المتحدة الأمريكية": "US",
    "الولايات المتحدة الأميركية": "US", "الدنمارك": "DK", "المملكة الأردنية الهاشمية": "JO",
    "المملكة المغربية": "MA", "جمهورية التشيك": "CZ", "المجر": "HU", "سورية": "SY",
    "ايسلندا": "IS",  # without its hamza: CLDR's "آيسلندا" and the press's "أيسلندا" are equally near
    "السعودية": "SA",  # the press's short name of the kingdom ("أعلنت السعودية عن")
    "جمهورية كوريا": "KR", "كوريا": "KR",  # a UN agency's list of donors: "جمهورية كوريا: ١٢ مليون دولار" (round 32)
}

#: Words that make a country's name the name of a company, which gives nothing: "Qatar Airways now flies to Tirana",
#: "Turkish Airlines", "Kuwait Petroleum" (round 32).
COMPANY_WORDS = ("Airways", "Airlines", "Air Lines", "Petroleum", "Telecom", "Railways", "Shipping")

#: Codes that are places but never givers of the Coalition's money or people in these documents' sense.
NOT_GIVERS = frozenset({"AQ", "UM", "BV", "HM"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A giver's name in the text: where, whose, and whether it is an adjective ("German troops")."""

    start: int
    end: int
    code: str
    demonym: bool = False
    organisation: bool = False


@lru_cache(maxsize=1)
def giver_table() -> dict[str, tuple[str, bool, bool]]:
    """Every name of a giver: its code, whether it is a demonym, whether it is an organisation."""
    table: dict[str, tuple[str, bool, bool]] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and len(name) > 3:
                table[name] = (country.alpha_2, False, False)
    for code, name in _territory_names()["fr"].items():
        if len(name) > 3:
            table.setdefault(name, (code, False, False))
    for name, codes in PLACE_ALIASES.items():  # country names only: cities and regions give nothing
        table[name] = (codes[0], False, False)
    table.update({name: (code, False, False) for name, code in COUNTRY_ALIASES.items()})
    for name, code in DEMONYMS.items():
        table.setdefault(name, (code, True, False))
    for word, code in DEMONYMS_FR.items():
        for form in _french_forms(word):
            table.setdefault(form, (code, True, False))
    for slug, names in ORGANISATIONS.items():
        table.update({name: (slug, False, True) for name in names})
    # Arabic names, with the prefixes Arabic writes onto them ("وفنلندا", "للعراق": see :func:`arabic_role`)
    arabic = [(name, code) for code, name in _territory_names()["ar"].items() if name not in _AMBIGUOUS_NAMES]
    for name, code in [*arabic, *COUNTRY_ALIASES_AR.items()]:
        table.update({form: (code, False, False) for form in _with_arabic_prefixes(name)})
    for slug, names in ORGANISATIONS_AR.items():
        table.update({form: (slug, False, True) for name in names for form in _with_arabic_prefixes(name)})
    for name in [n for n, (code, _, _) in table.items() if code in NOT_GIVERS]:
        del table[name]
    return table


def _is_arabic(name: str) -> bool:
    return "\u0600" <= name[0] <= "\u06ff"


@lru_cache(maxsize=2)
def giver_regex(arabic: bool = False) -> re.Pattern[str]:
    """The names of givers in Latin script, or (``arabic``) in Arabic script."""
    names = [name for name in giver_table() if _is_arabic(name) == arabic]
    initials = "".join(sorted({re.escape(n[0]) for n in names}))
    company = "|".join(re.escape(word) for word in COMPANY_WORDS) if not arabic else ""
    after = rf"(?![\w$€£])(?!\s+(?:{company})\b)" if company else r"(?![\w$€£])"
    return re.compile(rf"(?=[{initials}])(?<![\w-]){_spaced(nested_alternation(names))}{after}")


@lru_cache(maxsize=1)
def arabic_giver_names() -> str:
    """The Arabic names as one alternation, for a pattern that looks for them after a verb."""
    return _spaced(nested_alternation([name for name in giver_table() if _is_arabic(name)]))


def _spaced(alternation: str) -> str:
    """The words of a name may stand apart by more than one space: a vowel mark ending a word reads as a space
    ("كورياَ الجنوبية" reads as "كوريا  الجنوبية"); look the name up with :func:`giver_key`."""
    return alternation.replace(r"\ ", " +")


def giver_key(name: str) -> str:
    """The key of :func:`giver_table` for a name as found in a text."""
    return name if "  " not in name else " ".join(name.split())


def giver_mentions(text: str, *, arabic: bool = True) -> list[Mention]:
    """Every name of a giver in ``text``, in order; a French demonym counts only in lower case ("allemand"). The
    Arabic names are looked for only when ``arabic``: they cost a try at nearly every word of an Arabic text."""
    table = giver_table()
    found = []
    for regex in (giver_regex(), giver_regex(True)) if arabic else (giver_regex(),):
        for m in regex.finditer(text):
            code, demonym, organisation = table[giver_key(m.group(0))]
            found.append(Mention(m.start(), m.end(), code, demonym, organisation))
    return sorted(found, key=lambda m: m.start) if arabic else found


def arabic_role(name: str) -> str | None:
    """What an Arabic name's prefix says it does: "place" for "للعراق", "بالأردن" (to, in), "and" for "وسوريا"
    (it does what the name before it does), None for a bare name or another script."""
    if not _is_arabic(name):
        return None
    bare = arabic_bare_names()
    if name in bare:
        return None
    if name[0] in "وف":
        return "and" if name[1:] in bare or name[1] not in "لب" else "place"
    return "place" if name[0] in "لب" else None


def is_organisation(code: str | None) -> bool:
    return bool(code) and code in ORGANISATIONS


def giver_name(code: str) -> str:
    """A name to show for a giver: the organisation's, or the country's."""
    if code in ORGANISATION_NAMES:
        return ORGANISATION_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    return getattr(country, "common_name", None) or getattr(country, "name", code) if country else code
