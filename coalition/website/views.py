"""Public pages. Views parse the request, call one selector and render; they never write.

No view touches the session or a CSRF token, so an anonymous visitor is never sent a cookie.
"""

from datetime import UTC, date, datetime, time

from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from coalition.conf import coalition_settings
from coalition.errors import CoalitionError
from coalition.originals import original_response
from coalition.partners.countries import is_country_code
from coalition.partners.models import Country, Partner, PartnerKind, WorkingGroup
from coalition.vocab import LineOfEffort

from . import selectors
from .page_cache import cached_body, kept_page
from .presentation import figures_csv
from .totals import partner_totals, totals_view
from .world_map import world_map


class QueryError(CoalitionError):
    """A query parameter the page cannot use; answered with a 400 page that says which."""


def _as_of(request) -> datetime | None:
    """``?as_of=YYYY-MM-DD``: the end of that day in UTC, so the day's own changes count."""
    raw = request.GET.get("as_of", "").strip()
    if not raw:
        return None
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        raise QueryError("website.bad_as_of") from None
    return datetime.combine(day, time.max, tzinfo=UTC)


def _page(request) -> int:
    try:
        return max(1, int(request.GET.get("page", "1")))
    except ValueError:
        return 1


def _bad_query(request, error: QueryError) -> HttpResponse:
    return render(request, "website/bad_query.html", {"message": error.message}, status=400)


def _language() -> str:
    return translation.get_language() or "en"


@require_safe
def root_redirect(request):
    """Send ``/`` to the visitor's language, as their browser states it."""
    language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        return redirect(reverse("website:home"))


def _map_url(kind: str, code: str) -> str:
    return reverse(f"website:{kind}", kwargs={"code": code.lower()})


@kept_page("home")
@require_safe
def home(request):
    partners = sorted(Partner.objects.all(), key=lambda partner: partner.name(_language()).casefold())
    world = world_map(
        partner_codes={partner.code for partner in partners if partner.is_country},
        place_counts=selectors.place_figure_counts(),
        language=_language(),
        urls=_map_url,
    )
    context = {
        "partners": partners, "lines": LineOfEffort.choices, "totals": totals_view(language=_language()), "map": world,
    }
    return render(request, "website/home.html", context)


@require_safe
def about(request):
    """Who publishes the site, how to reach them, the legal notice and the privacy statement."""
    return render(request, "website/about.html", {"contact_email": coalition_settings().contact_email})


ERROR_PAGES = {
    400: (gettext_lazy("This address cannot be read"), gettext_lazy("Part of the address is malformed. Check it, or start again from the home page.")),
    403: (gettext_lazy("This page is not open to you"), gettext_lazy("You do not have access to this page.")),
    404: (gettext_lazy("Page not found"), gettext_lazy("No page has this address. It may have moved, or the address may be mistyped.")),
    500: (gettext_lazy("Something went wrong on our side"), gettext_lazy("The page could not be built. Please try again in a few minutes.")),
}


def _error_page(request, status: int) -> HttpResponse:
    """A branded error page in the visitor's language (taken from the address), with the site's navigation."""
    title, message = ERROR_PAGES[status]
    body = render_to_string("website/error.html", {"status": status, "title": title, "message": message}, request)
    return HttpResponse(body, status=status)


def bad_request(request, exception=None):
    return _error_page(request, 400)


def permission_denied(request, exception=None):
    return _error_page(request, 403)


def page_not_found(request, exception=None):
    return _error_page(request, 404)


def server_error(request):
    return _error_page(request, 500)


@require_safe
def how_we_count(request):
    """The rules behind every total, explained once; totals blocks link here."""
    return render(request, "website/how_we_count.html")


@kept_page("directory")
@require_safe
def directory(request):
    filters = {
        "group": request.GET.get("group", ""),
        "kind": request.GET.get("kind", ""),
        "line": request.GET.get("line", ""),
        "query": request.GET.get("q", "")[:100],
    }
    return render(
        request,
        "website/directory.html",
        {
            "cards": selectors.partner_cards(selectors.directory(**filters, language=_language())),
            "filters": filters,
            "groups": WorkingGroup.objects.only("slug", "name"),
            "kinds": PartnerKind.choices,
            "lines": LineOfEffort.choices,
        },
    )


def _partner_or_404(code: str) -> Partner:
    partner = selectors.partner_for_slug(code)
    if partner is None:
        raise Http404(_("No partner has this code."))
    return partner


@require_safe
def partner_profile(request, code):
    if code != code.lower():
        return HttpResponsePermanentRedirect(request.get_full_path().replace(f"/{code}/", f"/{code.lower()}/", 1))
    partner = _partner_or_404(code)
    try:
        as_of = _as_of(request)
    except QueryError as error:
        return _bad_query(request, error)

    def page() -> str:
        profile = selectors.partner_profile(partner=partner, as_of=as_of, page=_page(request), language=_language())
        funding = partner_totals(partner=partner, as_of=as_of, language=_language())
        context = {"profile": profile, "partner": partner, "as_of": as_of, "totals": funding}
        return render_to_string("website/partner.html", context, request)

    # Only plain addresses (and their pages) are kept, so made-up query strings cannot fill the cache.
    if as_of is not None or set(request.GET) - {"page"}:
        return HttpResponse(page())
    version = selectors.profile_version(partner=partner)
    return HttpResponse(cached_body(request, name="partner", version=version, render=page))


@kept_page("changes")
@require_safe
def partner_changes(request, code):
    partner = _partner_or_404(code)
    return render(
        request, "website/changes.html", {"partner": partner, "events": selectors.change_log(partner=partner)}
    )


def _place_or_404(code: str) -> Country:
    if not is_country_code(code.upper()):
        raise Http404(_("No country has this code."))
    return Country(code=code.upper())


def _line_or_404(code: str) -> str:
    if code not in LineOfEffort.values:
        raise Http404(_("No line of effort has this name."))
    return code


def _figures_page(request, *, template: str, filters: dict, context: dict):
    try:
        as_of = _as_of(request)
    except QueryError as error:
        return _bad_query(request, error)
    page = selectors.figure_page(as_of=as_of, page=_page(request), **filters)
    summary = totals_view(**filters, as_of=as_of, language=_language())
    return render(request, template, {**context, "page": page, "totals": summary, "as_of": as_of})


def _csv_response(request, *, filters: dict, filename: str) -> HttpResponse:
    try:
        as_of = _as_of(request)
    except QueryError as error:
        return _bad_query(request, error)
    body = figures_csv(selectors.all_figures(as_of=as_of, **filters), language=_language())
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@kept_page("place")
@require_safe
def place(request, code):
    country = _place_or_404(code)
    name = country.name(_language())
    return _figures_page(
        request,
        template="website/place.html",
        filters={"place": country.code},
        context={"country": country, "name": name},
    )


@require_safe
def place_csv(request, code):
    country = _place_or_404(code)
    return _csv_response(request, filters={"place": country.code}, filename=f"figures-{country.code.lower()}.csv")


@kept_page("line")
@require_safe
def line(request, line):
    code = _line_or_404(line)
    label = str(LineOfEffort(code).label)
    return _figures_page(
        request,
        template="website/line.html",
        filters={"line": code},
        context={"line": code, "label": label},
    )


@require_safe
def line_csv(request, line):
    code = _line_or_404(line)
    return _csv_response(request, filters={"line": code}, filename=f"figures-{code}.csv")


def _document_or_404(sha256: str, *, with_original: bool = False):
    document = selectors.public_document(sha256.lower(), with_original=with_original)
    if document is None:
        raise Http404(_("No published source has this fingerprint."))
    return document


@kept_page("document")
@require_safe
def document(request, sha256):
    source = _document_or_404(sha256)
    return render(
        request,
        "website/document.html",
        {"document": source, "segments": selectors.document_segments(source)},
    )


@require_safe
def document_original(request, sha256):
    """The original bytes, always as a download, so a browser never renders an uploaded file as a page."""
    source = _document_or_404(sha256, with_original=True)
    response = original_response(source, content_type=source.media_type)
    filename = source.filename or f"{source.sha256}"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def robots_txt(request):
    sitemap = request.build_absolute_uri(reverse("sitemap"))
    body = f"User-agent: *\nDisallow: /admin/\nDisallow: /review/\nAllow: /\n\nSitemap: {sitemap}\n"
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
