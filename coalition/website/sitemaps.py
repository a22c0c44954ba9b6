"""sitemap.xml: every public page in every language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from coalition.partners.models import Partner
from coalition.vocab import LineOfEffort

from .selectors import places_with_figures


class _Localised(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(_Localised):
    def items(self):
        return ["website:home", "website:directory", "website:how_we_count", "website:about"]

    def location(self, item):
        return reverse(item)


class PartnerSitemap(_Localised):
    def items(self):
        return list(Partner.objects.only("code"))

    def location(self, item):
        return reverse("website:partner", kwargs={"code": item.slug})


class PlaceSitemap(_Localised):
    def items(self):
        return sorted(places_with_figures())

    def location(self, item):
        return reverse("website:place", kwargs={"code": item.lower()})


class LineSitemap(_Localised):
    def items(self):
        return list(LineOfEffort.values)

    def location(self, item):
        return reverse("website:line", kwargs={"line": item})


SITEMAPS = {"pages": PagesSitemap, "partners": PartnerSitemap, "places": PlaceSitemap, "lines": LineSitemap}
