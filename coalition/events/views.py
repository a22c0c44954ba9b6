"""The public event page: the pledges of a conference by donor, each with its source sentence."""

from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from .models import Event
from .selectors import event_pledges


@require_safe
def event(request, slug):
    event = get_object_or_404(Event.objects.select_related("place"), slug=slug)
    place = event.place.name((get_language() or "en")[:2]) if event.place else ""
    return render(request, "events/event.html", {"event": event, "place": place,
                                                 "pledges": event_pledges(event=event)})
