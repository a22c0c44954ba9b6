"""Country codes and localised names, from pycountry and babel rather than a list of our own."""

from functools import cache

import pycountry
from babel import Locale, UnknownLocaleError

COUNTRY_CODES: tuple[str, ...] = tuple(sorted(country.alpha_2 for country in pycountry.countries))


def is_country_code(code: str) -> bool:
    return code in _country_code_set()


@cache
def _country_code_set() -> frozenset[str]:
    return frozenset(COUNTRY_CODES)


@cache
def _territories(language: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return dict(Locale("en").territories)


def country_name(code: str, language: str = "en") -> str:
    """The country's common name in ``language`` (CLDR via babel), falling back to pycountry's English name."""
    name = _territories(language.split("-")[0]).get(code.upper())
    if name:
        return name
    country = pycountry.countries.get(alpha_2=code.upper())
    return getattr(country, "common_name", None) or (country.name if country else code)


def flag_emoji(code: str) -> str:
    """The regional-indicator flag for a country code (no image request needed)."""
    return "".join(chr(0x1F1E6 + ord(letter) - ord("A")) for letter in code.upper())
