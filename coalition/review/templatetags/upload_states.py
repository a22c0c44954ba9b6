from django import template

from coalition.ingest.uploads import uploads_for_partner

register = template.Library()


@register.inclusion_tag("review/upload_states.html")
def upload_states(partner):
    """The partner's latest uploads and where each is: queued, reading, extracted, or failed with its error."""
    return {"uploads": uploads_for_partner(partner=partner)}
