"""``{% partner_events partner %}``: the events at which a partner pledged, for its profile page."""

from django import template

from coalition.events.selectors import events_of_partner

register = template.Library()


@register.inclusion_tag("events/_partner_events.html")
def partner_events(partner):
    return {"events": list(events_of_partner(partner=partner))}
