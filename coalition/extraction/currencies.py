"""Currency names, symbols and codes, from babel's English, French and Arabic locales plus
:data:`tables.CURRENCY_ALIASES`."""

from __future__ import annotations

import re
from functools import lru_cache

from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

from . import tables
from .keywords import nested_alternation

#: The locales whose currency names are read, with the counts that pick their singular, dual and plural forms.
LOCALE_COUNTS = {"en": (1, 2), "fr": (1, 2), "ar": (1, 2, 3, 11)}
#: Signs that may also follow a number ("50 millions €", "8 M€").
SIGNS_AFTER = ("€", "$", "£")


@lru_cache(maxsize=1)
def currency_lexicon() -> dict[str, str | None]:
    """Every written form of a currency to its ISO code (``None``: ask :func:`resolve` with the partner)."""
    lexicon: dict[str, str | None] = {}
    for code in tables.CURRENCY_CODES:
        lexicon[code] = code
        for locale, counts in LOCALE_COUNTS.items():
            for count in counts:
                name = get_currency_name(code, count=count, locale=locale)
                if name and name != code:
                    lexicon[name] = code
                    lexicon[name.lower()] = code
        symbol = get_currency_symbol(code, locale="en")
        if symbol and symbol != code and not symbol.isalpha():
            lexicon[symbol] = code
    lexicon.update(tables.CURRENCY_ALIASES)
    # a release may capitalise the name: "35 Million Euros", "US Dollars", "Swiss Francs"
    for form, code in list(lexicon.items()):
        if len(form) >= 3 and "a" <= form[0] <= "z":
            lexicon.setdefault(form[0].upper() + form[1:], code)
            lexicon.setdefault(form.title(), code)
    return lexicon


def _alternation(forms) -> str:
    # the words of a name may stand apart by any whitespace: a line break, a vowel mark read as a space ("دولارٍ أمريكي")
    return nested_alternation(forms).replace("\\ ", r"\s+")


@lru_cache(maxsize=1)
def currency_patterns() -> tuple[str, str]:
    """Two regex alternations: forms written before a number (codes, symbols) and after it (codes, names)."""
    lexicon = currency_lexicon()
    before = [f for f in lexicon if not f[0].isalpha() or f.isupper() or f in ("US$", "C$", "A$")]
    before += [f for f in lexicon if f[-1] == "$" or f[1:].lower() == "kr" or f in tables.CURRENCY_WORDS_BEFORE]
    after = [f for f in lexicon if f[0].isalpha() or f[0] in SIGNS_AFTER]
    return _alternation(set(before)), _alternation(set(after))


@lru_cache(maxsize=512)
def resolve(form: str, partner: str | None) -> str | None:
    """The ISO code a written form means, given the partner the document is about."""
    form = " ".join(form.split())
    lexicon = currency_lexicon()
    code = lexicon.get(form, lexicon.get(form.lower()))
    if code is not None:
        return code
    family = tables.CURRENCY_FAMILIES.get(form.lower())
    if family is None:
        return None
    own = partner_currency(partner)
    if own in family:
        return own
    return family[0]


@lru_cache(maxsize=256)
def partner_currency(partner: str | None) -> str | None:
    """The currency the partner's own budget is counted in (babel's territory data)."""
    if not partner:
        return None
    if partner == "EU":
        return "EUR"
    found = get_territory_currencies(partner)  # [] for a code babel does not know
    return found[0] if found else None


@lru_cache(maxsize=16)
def named_in_full(text: str, family: tuple[str, ...]) -> str | None:
    """The one member of a family of currencies that ``text`` names in full ("كرونة نرويجية", "Swedish kronor", "NOK"),
    if it names only one: a bare "كرونة" further on is that one, whoever wrote the text (round 27)."""
    named = {currency_lexicon().get(" ".join(m.group(0).split())) for m in _full_names(family).finditer(text)}
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=16)
def _full_names(family: tuple[str, ...]) -> re.Pattern[str]:
    forms = [form for form, code in currency_lexicon().items() if code in family and len(form) >= 3
             and any(c.isalpha() for c in form)]
    return re.compile(rf"(?<![^\W\d_])(?:{_alternation(forms)})(?![^\W\d_])")


def is_ambiguous(form: str) -> bool:
    """True for a form whose currency depends on who wrote it ("$", "dollars", "kroner")."""
    form = " ".join(form.split())
    lexicon = currency_lexicon()
    return lexicon.get(form, lexicon.get(form.lower(), "")) is None
