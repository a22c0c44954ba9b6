from django import template

from coalition.profiles.services import TRANSLATIONS

register = template.Library()


@register.filter
def piece_kind(piece) -> str:
    """The URL name of a profile piece's model ("statement", "quote", ...)."""
    return piece._meta.model_name


@register.filter
def verbose_name(obj) -> str:
    return obj._meta.verbose_name


@register.filter
def translatable(piece) -> bool:
    """Statements, quotes and headline figures take French and Arabic translations."""
    return type(piece) in TRANSLATIONS
