from decimal import Decimal

from babel.numbers import format_decimal
from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, to_locale

from coalition.profiles.services import TRANSLATIONS

register = template.Library()


@register.filter
def piece_kind(piece) -> str:
    """The URL name of a profile piece's model ("statement", "quote", ...)."""
    return piece._meta.model_name


@register.filter
def verbose_name(obj) -> str:
    return obj._meta.verbose_name


@register.simple_tag
def source_attrs(document) -> str:
    """``lang`` and ``dir`` of a source document's own words, so Arabic text reads right to left on any page."""
    language = document.language or "en"
    direction = "rtl" if language.split("-")[0].lower() in settings.LANGUAGES_BIDI else "ltr"
    return format_html('lang="{}" dir="{}"', language, direction)


@register.filter
def translatable(piece) -> bool:
    """Statements, quotes and headline figures take French and Arabic translations."""
    return type(piece) in TRANSLATIONS


@register.filter
def amount(value, currency="") -> str:
    """A claim's figure as editors read it: exact, grouped in the page's language, with its unit
    ("160,000,000 USD"; no trailing ".00")."""
    if value is None:
        return ""
    number = Decimal(value)
    number = number.quantize(Decimal(1)) if number == number.to_integral_value() else number
    text = format_decimal(number, locale=to_locale(get_language() or "en"))
    return f"{text} {currency}".strip() if currency else text
