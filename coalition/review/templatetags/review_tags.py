from django import template
from django.conf import settings
from django.utils.html import format_html

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
