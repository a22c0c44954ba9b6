from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, path, re_path, resolve

from .access import bounded_query_string
from .api import api
from .problems import not_found_view


@bounded_query_string
def other_slash_view(request, rest: str = ""):
    """An address the API serves with the other form of trailing slash gets a 308 there (the method and
    body are kept, so a POST stays a POST); anything else is a 404 problem."""
    other = request.path[:-1] if request.path.endswith("/") else request.path + "/"
    try:
        found = resolve(other)
    except Resolver404:
        found = None
    if found is None or found.func is other_slash_view:
        return not_found_view(request)
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(other + (f"?{query}" if query else ""), preserve_request=True)


urlpatterns = [
    path("", api.urls),
    re_path(r"^(?P<rest>.*)$", other_slash_view),
]
