from django import template

register = template.Library()


@register.filter
def piece_kind(piece) -> str:
    """The URL name of a profile piece's model ("statement", "quote", ...)."""
    return piece._meta.model_name


@register.filter
def verbose_name(obj) -> str:
    return obj._meta.verbose_name
