"""Writes for getting a factsheet in: read it, store it once, and keep its claims and profile pieces as drafts.

``document_ingest`` is the one service the CLI, the API and the editors' upload page call. One file is one
transaction: a file that cannot be read raises :class:`~coalition.errors.IngestError` before anything is written,
and a failure while storing rolls the whole file back.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from coalition.claims.models import Claim
from coalition.documents.models import DateSource, SourceDocument
from coalition.documents.services import document_store
from coalition.editorial.permissions import Action, require
from coalition.editorial.writes import audited_create, one_change, validation_detail
from coalition.errors import ExtractionError, IngestError
from coalition.extraction import Extraction, extract_text
from coalition.extraction.language import detect_language
from coalition.extraction.profile import Profile, extract_profile
from coalition.partners.models import DatePrecision, Membership, Partner, WorkingGroup
from coalition.partners.services import fact_propose
from coalition.profiles.models import HeadlineFigure, MediaLink, Quote, SocialHandle, SocialPlatform, Statement
from coalition.reading import HTML, ReadDocument, read_document

from .dating import document_date
from .drafts import drafts_store
from .many import store_many

#: Organisation partners that the extractor knows by a code of its own.
ORGANISATION_CODES = {"european-union": "EU"}
TITLE_MAX = 500
LABEL_MAX = 300


@dataclass
class IngestOutcome:
    document: SourceDocument
    created: bool
    claims: list[Claim] = field(default_factory=list)
    pieces: int = 0
    detected_partner: str | None = None
    encoding: str | None = None  # the text encoding the reader used, for text and HTML files
    proposals: list = field(default_factory=list)  # givers that are no partner yet (a many-partner document)


def partner_by_code(code: str) -> Partner:
    partner = Partner.objects.filter(code__iexact=code.strip()).first()
    if partner is None:
        raise IngestError("ingest.unknown_partner", code=code)
    return partner


def extraction_partner(partner: Partner) -> str | None:
    """The code the extractor uses for a partner: its ISO code, or the EU's."""
    return partner.code if partner.is_country else ORGANISATION_CODES.get(partner.code)


def document_ingest(
    *,
    data: bytes,
    filename: str,
    partner: Partner | str | None,
    actor=None,
    as_of: date | None = None,
    url: str | None = None,
    title: str = "",
    language: str | None = None,
) -> SourceDocument:
    """Store one factsheet with its draft claims and profile pieces; the same bytes twice are one document.

    ``partner=None`` lets the document say whose it is (see :func:`document_ingest_outcome`)."""
    return document_ingest_outcome(
        data=data, filename=filename, partner=partner, actor=actor, as_of=as_of, url=url, title=title,
        language=language,
    ).document


def _refusal_coded(service):
    """A record the models refuse is bad input: a coded error (the transaction is already rolled back), so the CLI,
    the pages and the API answer it as such instead of with a traceback or a 500."""

    @functools.wraps(service)
    def wrapper(*args, **kwargs):
        try:
            return service(*args, **kwargs)
        except ValidationError as error:
            raise IngestError("ingest.invalid", detail=validation_detail(error)) from None

    return wrapper


@_refusal_coded
def document_ingest_outcome(
    *,
    data: bytes,
    filename: str,
    partner: Partner | str | None,
    actor=None,
    as_of: date | None = None,
    url: str | None = None,
    title: str = "",
    language: str | None = None,
) -> IngestOutcome:
    """As :func:`document_ingest`, and say what was stored.

    ``as_of`` and ``language`` override what is read from the document: its own date (or none: never the
    ingest day) and its detected language. Without a ``partner``, a document that names many partners is stored
    with none, each claim under its own (see :mod:`.many`); any other document under the partner it names.
    """
    if isinstance(partner, str):
        partner = partner_by_code(partner)
    if language is not None and language not in dict(settings.LANGUAGES):
        raise IngestError("ingest.unknown_language", language=language)
    read = read_document(data, filename)
    language = language or detect_language(read.text)
    as_of, as_of_source = _document_date(read, data, as_of, language)
    title = (title or read.title or _first_line(read.text))[:TITLE_MAX]
    extraction = extract_text(
        read.text, as_of=as_of, title=title, partner=extraction_partner(partner) if partner else None,
        language=language,
    )
    if partner is None and not extraction.many:
        partner = _named_partner(extraction)
    if actor is not None:  # None is the operator at the shell; a document naming many partners is the secretariat's
        require(actor, Action.UPLOAD, partner)
    profile = extract_profile(read.text, doc=extraction.doc)
    # one editorial change: the totals of all the document's claims are rebuilt once, not after each claim's writes
    with transaction.atomic(), one_change():
        document, created = document_store(
            data=data, text=read.text, partner=partner, media_type=read.media_type, as_of=as_of,
            as_of_source=as_of_source, language=language, filename=filename[-255:], title=title,
            source_url=url or "", actor=actor,
        )
        outcome = IngestOutcome(document=document, created=created, detected_partner=extraction.partner)
        if created and partner is None:
            stored = store_many(document=document, extraction=extraction, actor=actor)
            outcome.claims, outcome.proposals = stored.claims, stored.proposals
        elif created:
            outcome.claims = drafts_store(document=document, partner=partner, extraction=extraction, actor=actor)
            outcome.pieces = _store_profile(document, partner, profile, outcome.claims, actor)
    outcome.encoding = read.encoding
    return outcome


def _named_partner(extraction: Extraction) -> Partner:
    """The partner a one-partner document names, when the caller gave none; it must exist already."""
    if extraction.partner is None:
        raise ExtractionError("extract.no_partner")
    code = {value: key for key, value in ORGANISATION_CODES.items()}.get(extraction.partner, extraction.partner)
    partner = Partner.objects.filter(code__iexact=code).first()
    if partner is None:
        raise IngestError("ingest.many_unknown_partner", code=extraction.partner)
    return partner


def _document_date(read: ReadDocument, data: bytes, given: date | None, language: str) -> tuple[date | None, str]:
    """The date given by hand, else the one the document states, else none (the reviewer is asked)."""
    if given is not None:
        return given, DateSource.ENTERED
    html = data if read.media_type == HTML else None
    found = document_date(read.text, html=html, today=timezone.localdate(), language=language)
    return (found.day, DateSource(found.source)) if found else (None, DateSource.UNKNOWN)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _store_profile(document: SourceDocument, partner: Partner, profile: Profile, claims: list[Claim], actor) -> int:
    pieces: list = []
    for position, statement in enumerate(profile.statements):
        pieces.append(Statement(
            partner=partner, document=document, position=position, line=statement.line, text=statement.text,
            evidence_start=statement.start, evidence_end=statement.end,
        ))
    for position, figure in enumerate(profile.headline_figures):
        value = None if figure.value is None else Decimal(str(round(figure.value, 2)))
        tile_claim = next((c for c in claims if figure.start <= c.evidence_start < figure.end), None)
        label = figure.caption or figure.unit or figure.text
        pieces.append(HeadlineFigure(
            partner=partner, document=document, position=position, label=label[:LABEL_MAX], value=value,
            unit=(figure.unit or "") if figure.kind == "funding" else "", incomplete=value is None,
            claim=tile_claim, source_text=document.text[figure.start : figure.end][:500],
        ))
    if profile.quote is not None and profile.quote.speaker:
        quote = profile.quote
        pieces.append(Quote(partner=partner, document=document, text=quote.text, speaker=quote.speaker[:200],
                            role=quote.role[:300]))
    for position, title in enumerate(profile.media_highlights):
        pieces.append(MediaLink(partner=partner, document=document, position=position, title=title[:500]))
    existing = set(SocialHandle.objects.filter(partner=partner).values_list("platform", "handle"))
    for position, handle in enumerate(profile.social_handles):
        platform = handle.platform if handle.platform in SocialPlatform.values else SocialPlatform.OTHER
        if (platform, handle.handle[:200]) in existing:
            continue
        existing.add((platform, handle.handle[:200]))
        pieces.append(SocialHandle(partner=partner, document=document, position=position, platform=platform,
                                   handle=handle.handle[:200], owner=handle.owner[:200]))
    for piece in pieces:
        audited_create(piece, actor=actor, event=f"profiles.{piece._meta.model_name}.extracted")
    _store_memberships(partner, profile, source=document.filename or document.sha256)
    return len(pieces)


def _store_memberships(partner: Partner, profile: Profile, source: str) -> None:
    """Working groups the factsheet names: added, never taken away. Its founding facts: proposed as drafts."""
    for group in profile.working_groups:
        known = WorkingGroup.objects.filter(name__iexact=group.name).first()
        if known is not None:
            Membership.objects.get_or_create(partner=partner, group=known)
    founding = profile.founding
    if founding is not None:  # proposed for review, never set on the partner directly
        fact_propose(
            partner=partner, founding_member=founding.founding_member, source=source,
            joined_on=date(founding.year, 1, 1) if founding.year else None, joined_precision=DatePrecision.YEAR,
        )
