"""Public pages. Views only read through selectors and render; they never write."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation

from coalition.claims.models import Claim
from coalition.documents.models import SourceDocument
from coalition.partners.models import Country, Partner
from coalition.profiles.models import Statement


def root_redirect(request):
    """Send ``/`` to the visitor's language, as their browser states it."""
    language = translation.get_language_from_request(request, check_path=False)
    with translation.override(language):
        return redirect(reverse("website:home"))


def home(request):
    partners = Partner.objects.all()
    return render(request, "website/home.html", {"partners": partners})


def _partner_for_slug(code: str) -> Partner:
    candidates = [code.upper(), code.lower()]
    partner = Partner.objects.filter(code__in=candidates).first()
    if partner is None:
        raise Http404("No such partner")
    return partner


def partner_profile(request, code):
    partner = _partner_for_slug(code)
    statements = Statement.objects.published().filter(partner=partner).order_by("line", "position")
    claims = Claim.objects.published().filter(partner=partner).select_related("document")
    return render(
        request,
        "website/partner.html",
        {"partner": partner, "statements": statements, "claims": claims},
    )


def place(request, code):
    country = get_object_or_404(Country, code=code.upper())
    claims = Claim.objects.published().filter(places=country).select_related("partner", "document")
    return render(request, "website/place.html", {"country": country, "claims": claims})


def document(request, sha256):
    source = get_object_or_404(SourceDocument.objects.defer("original"), sha256=sha256)
    return render(request, "website/document.html", {"document": source})
