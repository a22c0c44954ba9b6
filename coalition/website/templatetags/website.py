"""Template helpers for the public pages: localised names and numbers, language alternates."""

import re
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path

from babel.dates import format_datetime, format_skeleton
from babel.numbers import format_decimal
from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _

from coalition.partners.countries import country_name
from coalition.profiles.models import SocialPlatform
from coalition.vocab import LineOfEffort

from ..presentation import amount_text, babel_locale, figure_text
from ..totals import day_text

register = template.Library()
_TILE_NUMBER = re.compile(r"\D{0,12}\d[\d.,\u00a0 ]*([^\W\d_].{0,60})$")


def _language() -> str:
    return translation.get_language() or "en"


@lru_cache(maxsize=65536)
def _reverse(name: str, language: str, key: str, value: str) -> str:
    with translation.override(language):
        return reverse(name, kwargs={key: value})


@register.filter
def document_url(sha256: str) -> str:
    """Row links are reversed once per language and value: a long table would otherwise spend its time here."""
    return _reverse("website:document", _language(), "sha256", sha256)


@register.filter
def place_url(code: str) -> str:
    return _reverse("website:place", _language(), "code", code.lower())


@register.filter
def line_url(code: str) -> str:
    return _reverse("website:line", _language(), "line", code)


@register.filter
def partner_url(partner) -> str:
    return _reverse("website:partner", _language(), "code", partner.slug)


@register.filter
def figure(value) -> str:
    return figure_text(value, _language())


@register.filter
def partner_name(partner) -> str:
    return partner.name(_language())


@register.filter
def place_name(code: str) -> str:
    return country_name(code, _language())


@register.filter
def line_label(code: str) -> str:
    return str(LineOfEffort(code).label) if code in LineOfEffort.values else code


@register.filter
def headline_number(headline) -> str:
    """A headline tile's number: an amount when its unit is a currency, otherwise a plain count."""
    if headline.unit:
        return amount_text(headline.value, headline.unit, _language())
    return format_decimal(Decimal(headline.value), locale=babel_locale(_language()))


@register.filter
def flag_url(partner) -> str:
    """The partner's flag from the vendored flag-icons set, or "" for organisations and unknown codes."""
    code = getattr(partner, "code", partner).lower()
    if not getattr(partner, "is_country", True) or code not in _flag_codes():
        return ""
    return static(f"website/flags/{code}.svg")


@cache
def _flag_codes() -> frozenset[str]:
    folder = Path(__file__).resolve().parent.parent / "static" / "website" / "flags"
    return frozenset(path.stem for path in folder.glob("*.svg"))


@register.filter
def number(value) -> str:
    """A count in the reader's language (Arabic pages keep Western digits, as CLDR's "ar" does)."""
    return format_decimal(value, locale=babel_locale(_language()))


@register.filter
def day(value) -> str:
    """A date in words in the reader's language: "15 September 2014", "15 septembre 2014"."""
    return day_text(value, _language())


@register.filter
def joined(partner) -> str:
    """When a partner joined, in words and only as precisely as it is known: "2015", "March 2015" or
    "12 March 2015" (the partner's ``joined_precision``)."""
    if partner.joined_on is None:
        return ""
    precision = partner.joined_precision
    if precision == "year":
        return str(partner.joined_on.year)
    if precision == "month":
        return format_skeleton("yMMMM", partner.joined_on, locale=babel_locale(_language()))
    return day_text(partner.joined_on, _language())


@register.filter
def day_time(value) -> str:
    """A moment in the reader's language, to the minute, in UTC as stored: "29 Nov 2026, 23:20"."""
    return format_datetime(value, format="medium", locale=babel_locale(_language())) if value else ""


@register.filter
def headline_words(headline) -> str:
    """The words the tile puts after its number ("troops" in "110 troops").

    Ingest keeps the caption as the label and the tile as written only in ``source_text`` (its first line), so
    a head-count tile would otherwise lose its noun. Currency tiles name their unit already; an incomplete
    tile has no number to follow.
    """
    if headline.incomplete or headline.unit:
        return ""
    lines = [line.strip() for line in headline.source_text.splitlines() if line.strip()]
    if not lines or lines[0] == headline.label.strip():
        return ""
    match = _TILE_NUMBER.match(lines[0])
    return match.group(1).strip() if match else ""


@register.filter
def safe_url(url: str) -> str:
    """A stored web address if it is http or https (never javascript:, data: or ftp), else ""."""
    return url if url.lower().startswith(("https://", "http://")) else ""


@register.filter
def social_url(handle) -> str:
    """Where a handle links: X handles to x.com, others to their stored web address (http or https only)."""
    if handle.platform == SocialPlatform.X:
        return f"https://x.com/{handle.handle.lstrip('@')}"
    return safe_url(handle.url)


@register.simple_tag
def source_attrs(item=None) -> str:
    """``lang`` and ``dir`` for words quoted from a source, so an English sentence on an Arabic page keeps its
    own direction (punctuation at its end, not its start).

    ``item`` is a source document, anything with a ``document`` (a profile piece), or None; sources without a
    stated language are English, as ``SourceDocument.language`` defaults. An item with a ``language`` of its
    own (an editor's translation, or a change-log entry for one) is in that language.
    """
    document = getattr(item, "document", item) if item is not None else None
    own = getattr(item, "language", "") if item is not None and item is not document else ""
    language = own or getattr(document, "language", "") or "en"
    direction = "rtl" if language.split("-")[0].lower() in settings.LANGUAGES_BIDI else "ltr"
    return format_html('lang="{}" dir="{}"', language, direction)


@register.simple_tag
def original_note(*items) -> str:
    """ "In the original English." under a section whose words (some or all) are shown untranslated in
    another language than the page's; "" when every piece is translated or already in the page's language."""
    page = _language()
    for item in items:
        for piece in item if isinstance(item, (list, tuple)) else [item]:
            if piece is None or getattr(piece, "translation", None):
                continue
            document = getattr(piece, "document", None)
            language = (getattr(document, "language", "") or "en").split("-")[0].lower()
            if language != page:
                try:
                    name = str(translation.get_language_info(language)["name_translated"])
                except KeyError:
                    name = language
                text = _("In the original %(language)s.") % {"language": name.lower() if page == "fr" else name}
                return format_html('<p class="note original-language">{}</p>', text)
    return ""


@register.simple_tag
def shown_attrs(piece) -> str:
    """``lang``/``dir`` of the words shown for a piece: the page's own when a reviewed translation is shown,
    the source's otherwise."""
    if getattr(piece, "translation", None):
        language = _language()
        return format_html('lang="{}" dir="{}"', language, "rtl" if language in settings.LANGUAGES_BIDI else "ltr")
    return source_attrs(piece)


@register.filter
def source_span(text, item=None) -> str:
    """Source words to put inside a translated sentence, wrapped with their own ``lang`` and ``dir``."""
    return format_html("<span {}>{}</span>", source_attrs(item), text)


@register.simple_tag(takes_context=True)
def language_alternates(context) -> list[dict]:
    """The same page in every language, for the switcher and the hreflang links."""
    request = context["request"]
    path = request.get_full_path()
    return [
        {
            "code": code,
            "name": translation.get_language_info(code)["name_local"],
            "url": request.build_absolute_uri(translate_url(path, code)),
            "current": code == _language(),
        }
        for code, _name in settings.LANGUAGES
    ]
