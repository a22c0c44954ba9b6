"""Template helpers for the public pages: localised names and numbers, language alternates."""

from decimal import Decimal
from functools import lru_cache

from babel.numbers import format_decimal
from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation

from coalition.partners.countries import country_name, flag_emoji
from coalition.profiles.models import SocialPlatform
from coalition.vocab import LineOfEffort

from ..presentation import amount_text, babel_locale, figure_text

register = template.Library()


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
def flag(partner) -> str:
    return flag_emoji(partner.code) if partner.is_country else ""


@register.filter
def headline_number(headline) -> str:
    """A headline tile's number: an amount when its unit is a currency, otherwise a plain count."""
    if headline.unit:
        return amount_text(headline.value, headline.unit, _language())
    return format_decimal(Decimal(headline.value), locale=babel_locale(_language()))


@register.filter
def social_url(handle) -> str:
    """Where a handle links: X handles to x.com, others to their stored web address (http or https only)."""
    if handle.platform == SocialPlatform.X:
        return f"https://x.com/{handle.handle.lstrip('@')}"
    if handle.url.startswith(("https://", "http://")):
        return handle.url
    return ""


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
