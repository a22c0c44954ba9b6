"""Adding and correcting partners: the one way `coalition partner` and the admin write them.

Countries are found by ISO code or by name in any of the site's languages (pycountry and CLDR via babel);
organisations are keyed by a slug and named in English, French and Arabic. A join date keeps its precision.
"""

from __future__ import annotations

import re
from datetime import date

import pycountry
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from coalition.errors import PartnerError
from coalition.vocab import ReviewStatus

from .countries import _territories, is_country_code
from .models import DatePrecision, Partner, PartnerKind, ProfileFact

NAME_LANGUAGES = ("en", "fr", "ar")
JOINED = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
EDITABLE = ("organisation_name", "organisation_name_fr", "organisation_name_ar", "founding_member", "joined_on",
            "joined_precision")


def country_code(text: str) -> str:
    """The ISO 3166-1 alpha-2 code for a code ("NO", "NOR") or a name ("Norway", "Norvège", "النرويج")."""
    wanted = text.strip()
    if is_country_code(wanted.upper()):
        return wanted.upper()
    try:
        return pycountry.countries.lookup(wanted).alpha_2
    except LookupError:
        pass
    folded = wanted.casefold()
    for language in NAME_LANGUAGES:
        for code, name in _territories(language).items():
            if name.casefold() == folded and is_country_code(code):
                return code
    raise PartnerError("partners.unknown_country", country=text)


def joined_parse(text: str) -> tuple[date | None, str]:
    """"2015", "2015-03" or "2015-03-12" as a date and its precision; an empty text clears the date."""
    if not text.strip():
        return None, DatePrecision.DAY
    found = JOINED.match(text.strip())
    try:
        if found is None:
            raise ValueError(text)
        year, month, day = (int(part) if part else None for part in found.groups())
        precision = DatePrecision.DAY if day else DatePrecision.MONTH if month else DatePrecision.YEAR
        return date(year, month or 1, day or 1), precision
    except ValueError:
        raise PartnerError("partners.bad_date", value=text) from None


def partner_by_code(code: str) -> Partner:
    partner = Partner.objects.filter(code__iexact=code.strip()).first()
    if partner is None:
        raise PartnerError("partners.unknown_partner", code=code)
    return partner


def partner_save(partner: Partner, *, actor, event: str) -> Partner:
    """The one write of a partner row: validated, with ``actor`` and the dotted ``event`` in its history.

    Partners sit below the editorial app, so the caller checks that ``actor`` is the secretariat (the admin) or
    is the operator at the shell (``actor`` None, ``coalition partner``)."""
    try:
        partner.full_clean()
    except ValidationError as error:
        detail = "; ".join(" ".join(messages) for messages in error.message_dict.values())
        raise PartnerError("partners.invalid", detail=detail) from error
    partner._history_user = actor
    partner._change_reason = event
    partner.save()
    return partner


@transaction.atomic
def partner_add(*, code: str, names: dict[str, str] | None = None, founding_member: bool = False,
                joined: str = "", actor=None) -> Partner:
    """Add a country (``code`` is its ISO code or name) or, when ``names`` are given, an organisation keyed by
    the slug ``code``."""
    names = {language: name.strip() for language, name in (names or {}).items() if name and name.strip()}
    if names:
        kind, key = PartnerKind.ORGANISATION, code.strip().lower()
    else:
        kind, key = PartnerKind.COUNTRY, country_code(code)
    if Partner.objects.filter(code__iexact=key).exists():
        raise PartnerError("partners.exists", code=key)
    joined_on, precision = joined_parse(joined)
    partner = Partner(
        code=key, kind=kind, organisation_name=names.get("en", ""), organisation_name_fr=names.get("fr", ""),
        organisation_name_ar=names.get("ar", ""), founding_member=founding_member, joined_on=joined_on,
        joined_precision=precision,
    )
    try:
        with transaction.atomic():
            return partner_save(partner, actor=actor, event="partners.partner.added")
    except IntegrityError:  # added by someone else meanwhile
        raise PartnerError("partners.exists", code=key) from None


@transaction.atomic
def partner_edit(*, partner: Partner, actor=None, names: dict[str, str] | None = None,
                 founding_member: bool | None = None, joined: str | None = None) -> list[str]:
    """Correct what is given, leave the rest; returns the names of the fields that changed (none: no save)."""
    partner = Partner.objects.select_for_update().get(pk=partner.pk)
    before = {name: getattr(partner, name) for name in EDITABLE}
    for language, name in (names or {}).items():
        if name is not None:
            field = "organisation_name" if language == "en" else f"organisation_name_{language}"
            setattr(partner, field, name.strip())
    if founding_member is not None:
        partner.founding_member = founding_member
    if joined is not None:
        partner.joined_on, partner.joined_precision = joined_parse(joined)
    partner.clean()
    changed = [name for name in EDITABLE if getattr(partner, name) != before[name]]
    if changed:
        partner_save(partner, actor=actor, event="partners.partner.edited")
    return changed


def fact_propose(*, partner: Partner, founding_member: bool = False, joined_on: date | None = None,
                 joined_precision: str = DatePrecision.DAY, source: str = "") -> ProfileFact | None:
    """Keep what a factsheet says about the partner as a draft, unless the partner or a draft says it already.

    Founding membership is only ever proposed, never taken away; a join date only while the partner has none.
    """
    wants_founding = founding_member and not partner.founding_member
    wants_joined = joined_on is not None and partner.joined_on is None
    if not (wants_founding or wants_joined):
        return None
    fact = ProfileFact(
        partner=partner, founding_member=True if wants_founding else None,
        joined_on=joined_on if wants_joined else None, joined_precision=joined_precision, source=source[:300],
    )
    pending = ProfileFact.objects.drafts().filter(
        partner=partner, founding_member=fact.founding_member, joined_on=fact.joined_on,
        joined_precision=fact.joined_precision,
    )
    if pending.exists():
        return None
    fact.full_clean()
    fact.save()
    return fact


def _decide(fact: ProfileFact, *, actor, status: str, event: str) -> ProfileFact:
    bumped = ProfileFact.objects.filter(pk=fact.pk, version=fact.version, status=ReviewStatus.DRAFT).update(
        version=F("version") + 1
    )
    if not bumped:
        raise PartnerError("partners.fact_decided", fact=fact.pk)
    fact.refresh_from_db(fields=["version"])
    fact.status, fact.reviewed_by, fact.reviewed_at = status, actor, timezone.now()
    fact._history_user, fact._change_reason = actor, event
    fact.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
    return fact


@transaction.atomic
def fact_accept(*, fact: ProfileFact, actor=None) -> ProfileFact:
    """Make a proposed fact the partner's: its founding membership or date joined, with the partner's history."""
    fact = _decide(fact, actor=actor, status=ReviewStatus.ACCEPTED, event="partners.profilefact.accepted")
    partner = Partner.objects.select_for_update().get(pk=fact.partner_id)
    if fact.founding_member is not None:
        partner.founding_member = fact.founding_member
    if fact.joined_on is not None:
        partner.joined_on, partner.joined_precision = fact.joined_on, fact.joined_precision
    partner_save(partner, actor=actor, event=f"partners.partner.edited (fact #{fact.pk})")
    return fact


@transaction.atomic
def fact_reject(*, fact: ProfileFact, actor=None) -> ProfileFact:
    """Leave the partner as it is; the proposal stays in the history."""
    return _decide(fact, actor=actor, status=ReviewStatus.REJECTED, event="partners.profilefact.rejected")
