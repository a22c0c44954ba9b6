"""Partners of the coalition (countries and organisations) and the working groups they sit in."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .countries import COUNTRY_CODES, country_name


class PartnerKind(models.TextChoices):
    COUNTRY = "country", _("Country")
    ORGANISATION = "organisation", _("Organisation")


class PartnerQuerySet(models.QuerySet):
    def countries(self):
        return self.filter(kind=PartnerKind.COUNTRY)

    def organisations(self):
        return self.filter(kind=PartnerKind.ORGANISATION)


class Partner(models.Model):
    """A member of the coalition.

    Countries are keyed by their ISO 3166-1 alpha-2 code ("NO") and take their names from CLDR, so they
    read correctly in every language; organisations are keyed by a lower-case slug ("nato") and carry
    their own name.
    """

    code = models.CharField(_("code"), max_length=40, unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=PartnerKind.choices)
    organisation_name = models.CharField(
        _("organisation name"), max_length=200, blank=True, help_text=_("Only for organisations.")
    )
    joined_on = models.DateField(_("date joined"), null=True, blank=True)
    founding_member = models.BooleanField(_("founding member"), default=False)

    objects = PartnerQuerySet.as_manager()

    class Meta:
        ordering = ["code"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        constraints = [
            models.CheckConstraint(
                name="partner_country_code_is_iso",
                condition=~Q(kind=PartnerKind.COUNTRY) | Q(code__in=COUNTRY_CODES),
            ),
            models.CheckConstraint(
                name="partner_organisation_code_is_slug",
                condition=~Q(kind=PartnerKind.ORGANISATION)
                | Q(code__regex=r"^[a-z][a-z0-9]{2,}(-[a-z0-9]+)*$"),
            ),
            models.CheckConstraint(
                name="partner_organisation_has_name",
                condition=~Q(kind=PartnerKind.ORGANISATION) | ~Q(organisation_name=""),
            ),
            models.CheckConstraint(name="partner_kind_valid", condition=Q(kind__in=PartnerKind.values)),
        ]

    def __str__(self):
        return self.name()

    def get_absolute_url(self):
        return reverse("website:partner", kwargs={"code": self.slug})

    @property
    def slug(self) -> str:
        """The code as it appears in URLs: always lower case ("no", "nato")."""
        return self.code.lower()

    @property
    def is_country(self) -> bool:
        return self.kind == PartnerKind.COUNTRY

    def name(self, language: str | None = None) -> str:
        if self.is_country:
            return country_name(self.code, language or get_language() or "en")
        return self.organisation_name


class WorkingGroup(models.Model):
    """One of the coalition's working groups, kept as data so that new groups need no code change."""

    slug = models.SlugField(_("slug"), unique=True)
    name = models.CharField(_("name"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True)
    members = models.ManyToManyField(Partner, through="Membership", related_name="working_groups")

    class Meta:
        ordering = ["name"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self):
        return self.name


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("member")
    CO_LEAD = "co_lead", _("co-lead")


class Membership(models.Model):
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="memberships")
    group = models.ForeignKey(WorkingGroup, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=MembershipRole.choices, default=MembershipRole.MEMBER)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["partner", "group"], name="membership_once_per_group"),
            models.CheckConstraint(name="membership_role_valid", condition=Q(role__in=MembershipRole.values)),
        ]

    def __str__(self):
        return f"{self.partner} in {self.group}"


class Country(models.Model):
    """An ISO 3166-1 country, as a place money goes to or people serve in.

    Kept as a table (filled from pycountry by a migration) so that the database itself refuses an unknown
    place code and totals can be grouped by place in SQL.
    """

    code = models.CharField(_("code"), max_length=2, primary_key=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name()

    def get_absolute_url(self):
        return reverse("website:place", kwargs={"code": self.code.lower()})

    def name(self, language: str | None = None) -> str:
        return country_name(self.code, language or get_language() or "en")
