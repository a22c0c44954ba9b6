"""Reads for the public pages. Only accepted (published) records ever leave these functions.

With ``as_of`` a page shows the records as they stood at that moment, rebuilt from their history
(django-simple-history): the latest version of each record up to then, kept if it was accepted at the time.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from django.db import connection
from django.db.models import Count, Exists, Max, OuterRef, Prefetch

from coalition.claims.fields import Use, field_names
from coalition.claims.models import Claim, Line
from coalition.documents.models import SourceDocument
from coalition.documents.selectors import public_documents
from coalition.partners.models import Country, Membership, Partner, PartnerKind
from coalition.profiles.models import (
    HeadlineFigure,
    HeadlineTranslation,
    MediaLink,
    Publication,
    Quote,
    QuoteTranslation,
    SocialHandle,
    Statement,
    StatementTranslation,
    TranslationLanguage,
)
from coalition.totals.models import DataVersion
from coalition.vocab import LineOfEffort, ReviewStatus

FIGURES_PER_PAGE = 25
PIECE_MODELS = (
    Statement, HeadlineFigure, Quote, MediaLink, SocialHandle, StatementTranslation, QuoteTranslation,
    HeadlineTranslation,
)
# The document's big columns are never needed to link to it.
DOCUMENT_LINK_FIELDS = ("document__sha256", "document__title", "document__filename", "document__as_of")
#: What a figure copies as it is from its claim, now or in history.
FIGURE_FIELDS = field_names(Use.SHOWN)


@dataclass(frozen=True)
class Figure:
    """A published claim as the site shows it, the same whether read now or from history: the claim's fields
    marked ``Use.SHOWN`` (``FIGURE_FIELDS``), with its partner, document, places, lines and parent."""

    id: int
    partner: Partner
    kind: str
    value: object
    currency: str | None
    qualifier: str
    period: str | None
    year: int | None
    since: int | None
    evidence: str
    document: SourceDocument
    place_codes: tuple[str, ...]
    line_codes: tuple[str, ...]
    parent_id: int | None


@dataclass(frozen=True)
class FigurePage:
    """One page of figures: big partners and places have thousands, a page shows a bounded number."""

    figures: list[Figure]
    number: int
    count: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.count // FIGURES_PER_PAGE))

    @property
    def has_next(self) -> bool:
        return self.number < self.pages

    @property
    def has_previous(self) -> bool:
        return self.number > 1


@dataclass
class Profile:
    partner: Partner
    statements_by_line: list[tuple[str, list]]
    headlines: list[tuple[object, Figure | None]]
    quote: object
    media: list
    socials: list
    memberships: list
    figures: FigurePage
    factsheet: SourceDocument | None = None

    @property
    def statements(self) -> list:
        return [statement for _line, statements in self.statements_by_line for statement in statements]

    @property
    def headline_pieces(self) -> list:
        return [headline for headline, _source in self.headlines]


def partner_for_slug(slug: str) -> Partner | None:
    """Countries are stored upper case ("NO") and organisations lower case ("nato"); URLs are lower case."""
    return Partner.objects.filter(code__in={slug.upper(), slug.lower()}).first()


def _figure(claim, partner, document, places, lines) -> Figure:
    return Figure(
        **{name: getattr(claim, name) for name in FIGURE_FIELDS},
        partner=partner,
        document=document,
        place_codes=tuple(sorted(places)),
        line_codes=tuple(sorted(lines)),
        parent_id=claim.parent_id,
    )


def _claim_queryset():
    return (
        Claim.objects.published()
        .select_related("partner", "document")
        .only(*FIGURE_FIELDS, "parent_id", "partner__code", "partner__kind", "partner__organisation_name",
              "partner__organisation_name_fr", "partner__organisation_name_ar", *DOCUMENT_LINK_FIELDS)
        .prefetch_related(
            Prefetch("places", queryset=Country.objects.only("code")),
            Prefetch("lines", queryset=Line.objects.only("code")),
        )
    )


def _figures_now(queryset) -> list[Figure]:
    return [
        _figure(
            claim,
            claim.partner,
            claim.document,
            [place.code for place in claim.places.all()],
            [line.code for line in claim.lines.all()],
        )
        for claim in queryset
    ]


def _historical_claims(moment: datetime):
    """The latest version of every claim up to ``moment``, kept if it was accepted then."""
    return (
        Claim.history.filter(history_date__lte=moment)
        .latest_of_each()
        .filter(status=ReviewStatus.ACCEPTED)
        .exclude(history_type="-")
    )


def _figures_then(history_queryset) -> list[Figure]:
    records = list(history_queryset)
    history_ids = [record.history_id for record in records]
    places, lines = defaultdict(list), defaultdict(list)
    meta = Claim.history.model._meta
    place_rows = meta.get_field("historicalclaim_places").related_model.objects.filter(history_id__in=history_ids)
    for history_id, code in place_rows.values_list("history_id", "country_id"):
        places[history_id].append(code)
    line_rows = meta.get_field("historicalclaim_lines").related_model.objects.filter(history_id__in=history_ids)
    for history_id, code in line_rows.values_list("history_id", "line_id"):
        lines[history_id].append(code)
    documents = SourceDocument.objects.defer("original", "text").in_bulk({record.document_id for record in records})
    partners = Partner.objects.in_bulk({record.partner_id for record in records})
    return [
        _figure(
            record,
            partners[record.partner_id],
            documents[record.document_id],
            places[record.history_id],
            lines[record.history_id],
        )
        for record in records
        if record.document_id in documents
    ]


def _pieces(model, partner: Partner, moment: datetime | None) -> list:
    if moment is None:
        queryset = model.objects.published().filter(partner=partner)
    else:
        queryset = (
            model.history.filter(history_date__lte=moment, partner_id=partner.pk)
            .latest_of_each()
            .filter(status=ReviewStatus.ACCEPTED)
            .exclude(history_type="-")
        )
    return list(queryset.select_related("document").defer("document__original", "document__text").order_by("position", "id"))


def _published_claims(*, as_of, partner=None, place=None, line=None, ids=None):
    """Published claims now, or their historical versions published at ``as_of``, ordered for paging."""
    if as_of is None:
        queryset = _claim_queryset()
        filters = {"partner": partner, "places": place, "lines": line, "id__in": ids}
    else:
        queryset = _historical_claims(as_of)
        filters = {
            "partner_id": partner.pk if partner else None,
            "historicalclaim_places__country_id": place,
            "historicalclaim_lines__line_id": line,
            "id__in": ids,
        }
    queryset = queryset.filter(**{key: value for key, value in filters.items() if value is not None})
    # A profile lists its newest document first; ordering through the document also keeps PostgreSQL from
    # walking the whole claims table in document order to find one partner's rows.
    order = ("-document__as_of", "document_id", "position", "id")
    if not partner:
        order = ("partner__code", *order)
    return queryset.order_by(*order)


def _materialise(queryset, as_of) -> list[Figure]:
    return _figures_now(queryset) if as_of is None else _figures_then(queryset)


def figure_page(*, as_of=None, page: int = 1, **filters) -> FigurePage:
    """A page of published figures for a partner, a place and/or a line of effort."""
    queryset = _published_claims(as_of=as_of, **filters)
    count = queryset.count()
    pages = max(1, -(-count // FIGURES_PER_PAGE))
    number = min(max(page, 1), pages)
    start = (number - 1) * FIGURES_PER_PAGE
    return FigurePage(
        figures=_materialise(queryset[start : start + FIGURES_PER_PAGE], as_of), number=number, count=count
    )


def all_figures(*, as_of=None, **filters) -> list[Figure]:
    """Every published figure for the filters, for CSV downloads."""
    return _materialise(_published_claims(as_of=as_of, **filters), as_of)


def _translate(pieces: list, model, language: str, as_of: datetime | None) -> None:
    """Give each piece its accepted translation into ``language`` as ``translation`` (None when there is none,
    or when the page shows an earlier day: translations are shown as they stand now only)."""
    found = {}
    if pieces and language in TranslationLanguage.values and as_of is None:
        rows = model.objects.published().filter(piece_id__in=[piece.id for piece in pieces], language=language)
        found = {row.piece_id: row for row in rows}
    for piece in pieces:
        piece.translation = found.get(piece.id)


def partner_profile(*, partner: Partner, as_of: datetime | None = None, page: int = 1, language: str = "en") -> Profile:
    """Everything the profile page shows, in a fixed small number of queries."""
    statements = _pieces(Statement, partner, as_of)
    grouped = defaultdict(list)
    for statement in statements:
        grouped[statement.line].append(statement)
    quotes = _pieces(Quote, partner, as_of)
    headlines = _pieces(HeadlineFigure, partner, as_of)
    for pieces, model in ((statements, StatementTranslation), (quotes[:1], QuoteTranslation),
                          (headlines, HeadlineTranslation)):
        _translate(pieces, model, language, as_of)
    claim_ids = [headline.claim_id for headline in headlines if headline.claim_id]
    sources = (
        {figure.id: figure for figure in _materialise(_published_claims(as_of=as_of, ids=claim_ids), as_of)}
        if claim_ids
        else {}
    )
    media = _pieces(MediaLink, partner, as_of)
    socials = _pieces(SocialHandle, partner, as_of)
    dated = [piece.document for piece in (*statements, *quotes, *headlines, *media, *socials) if piece.document]
    return Profile(
        partner=partner,
        factsheet=max(dated, key=lambda document: document.as_of, default=None),
        statements_by_line=[(line, grouped[line]) for line in LineOfEffort.values if grouped[line]],
        headlines=[(headline, sources.get(headline.claim_id)) for headline in headlines],
        quote=quotes[0] if quotes else None,
        media=media,
        socials=socials,
        memberships=list(Membership.objects.filter(partner=partner).select_related("group").order_by("group__name")),
        figures=figure_page(partner=partner, as_of=as_of, page=page),
    )


@cache
def _version_sql() -> str:
    """Portable SQL with scalar subqueries, written once: building it with the ORM cost more than running it."""
    latest = [
        f"(SELECT MAX(history_id) FROM {model.history.model._meta.db_table} WHERE partner_id = %s)"
        for model in (Claim, *PIECE_MODELS)
    ]
    latest.append(f"(SELECT MAX(id) FROM {Publication._meta.db_table} WHERE partner_id = %s)")
    latest.append(f"(SELECT MAX(version) FROM {DataVersion._meta.db_table})")
    return "SELECT " + ", ".join(latest)


def profile_version(*, partner: Partner) -> tuple:
    """A value that changes whenever anything a partner's profile shows changes, for the page cache key.

    Two small queries. The first: the latest history row of its claims and of each kind of profile piece
    (every save and delete writes one), its latest publication, and the totals' data version (raised by
    every change to claim amounts, also by bulk writes and document saves). The second: its working groups,
    which keep no history. The partner's own fields are part of the value as they were read.
    """
    sql = _version_sql()
    with connection.cursor() as cursor:
        cursor.execute(sql, [partner.pk] * sql.count("%s"))
        row = tuple(cursor.fetchone())
    groups = tuple(Membership.objects.filter(partner=partner).values_list("group__slug", "group__name", "role"))
    fields = tuple(field.value_from_object(partner) for field in Partner._meta.concrete_fields)
    return fields, row, groups


def directory(*, group: str = "", kind: str = "", line: str = "", query: str = "", language: str = "en") -> list[Partner]:
    """Partners matching the filters; the name search runs on localised names, which live outside the database."""
    partners = Partner.objects.all()
    if group:
        partners = partners.filter(memberships__group__slug=group)
    if kind in PartnerKind.values:
        partners = partners.filter(kind=kind)
    if line in LineOfEffort.values:
        partners = partners.filter(
            Exists(Claim.objects.published().filter(partner=OuterRef("pk"), lines=line))
            | Exists(Statement.objects.published().filter(partner=OuterRef("pk"), line=line))
        )
    found = list(partners.distinct())
    needle = query.strip().casefold()
    if needle:
        found = [p for p in found if needle in p.name(language).casefold() or needle == p.code.casefold()]
    return sorted(found, key=lambda partner: partner.name(language).casefold())


@dataclass(frozen=True)
class PartnerCard:
    """A directory entry: the partner, its lines of effort, and how many figures it has published and from
    which factsheet the latest come."""

    partner: Partner
    lines: tuple[str, ...]
    figure_count: int
    latest: object


def partner_cards(partners: list[Partner]) -> list[PartnerCard]:
    """Cards for the directory in three queries, whatever the number of partners."""
    ids = [partner.pk for partner in partners]
    # Unordered: a claim's default order (by document) would join documents and widen every DISTINCT row.
    published = Claim.objects.published().filter(partner_id__in=ids).order_by()
    lines = defaultdict(set)
    for partner_id, line in published.filter(lines__isnull=False).values_list("partner_id", "lines").distinct():
        lines[partner_id].add(line)
    statements = Statement.objects.published().filter(partner_id__in=ids).order_by()
    for partner_id, line in statements.values_list("partner_id", "line").distinct():
        lines[partner_id].add(line)
    counts = {
        row["partner_id"]: (row["n"], row["latest"])
        for row in published.values("partner_id").annotate(n=Count("pk"), latest=Max("document__as_of"))
    }
    order = list(LineOfEffort.values)
    return [
        PartnerCard(
            partner=partner,
            lines=tuple(sorted(lines[partner.pk], key=order.index)),
            figure_count=counts.get(partner.pk, (0, None))[0],
            latest=counts.get(partner.pk, (0, None))[1],
        )
        for partner in partners
    ]


def public_document(sha256: str, *, with_original: bool = False) -> SourceDocument | None:
    """A source is public once something published points to it; drafts' sources stay private."""
    queryset = public_documents().filter(sha256=sha256)
    if not with_original:
        queryset = queryset.defer("original")
    return queryset.first()


@dataclass(frozen=True)
class Segment:
    text: str
    claim_ids: tuple[int, ...] = ()


def document_segments(document: SourceDocument) -> list[Segment]:
    """The text cut into plain and highlighted stretches, one highlight per published claim's evidence.

    Overlapping evidence spans merge into one highlight that carries every claim's anchor.
    """
    spans = sorted(
        Claim.objects.published().filter(document=document).values_list("evidence_start", "evidence_end", "id")
    )
    merged: list[list] = []
    for start, end, claim_id in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2].append(claim_id)
        else:
            merged.append([start, end, [claim_id]])
    segments, cursor, text = [], 0, document.text
    for start, end, claim_ids in merged:
        if start > cursor:
            segments.append(Segment(text[cursor:start]))
        segments.append(Segment(text[start:end], tuple(claim_ids)))
        cursor = end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return segments


@dataclass(frozen=True)
class ChangeEvent:
    moment: datetime
    published: bool
    model: str
    description: str
    document: SourceDocument | None
    language: str = ""  # an editor's translation is in its own language, not its source document's


def _describe(record) -> str:
    for attribute in ("evidence", "text", "label", "title", "handle"):
        value = getattr(record, attribute, "")
        if value:
            return value if len(value) <= 160 else value[:157] + "…"
    return str(record.id)


def change_log(*, partner: Partner) -> list[ChangeEvent]:
    """What was published (and withdrawn) for a partner, when, and from which document; newest first."""
    events = []
    document_ids = set()
    for model in (Claim, *PIECE_MODELS):
        previous: dict[int, str] = {}
        history = model.history.filter(partner_id=partner.pk).order_by("history_date", "history_id")
        for record in history.defer("history_user"):
            was_public = previous.get(record.id) == ReviewStatus.ACCEPTED
            is_public = record.status == ReviewStatus.ACCEPTED and record.history_type != "-"
            previous[record.id] = record.status if record.history_type != "-" else ""
            if was_public != is_public:
                events.append((record, model, is_public))
                document_ids.add(record.document_id)
    documents = SourceDocument.objects.defer("original", "text").in_bulk(document_ids - {None})
    log = [
        ChangeEvent(
            moment=record.history_date,
            published=is_public,
            model=str(model._meta.verbose_name),
            description=_describe(record),
            document=documents.get(record.document_id),
            language=getattr(record, "language", ""),
        )
        for record, model, is_public in events
    ]
    return sorted(log, key=lambda event: event.moment, reverse=True)


def place_figure_counts() -> dict[str, int]:
    """How many published figures name each place, for the home page map."""
    rows = Claim.objects.published().filter(places__isnull=False).order_by().values("places").annotate(n=Count("pk"))
    return {row["places"]: row["n"] for row in rows}


def places_with_figures() -> list[str]:
    """Country codes that at least one published figure names, for the sitemap and the home page."""
    return list(Country.objects.filter(claims__status=ReviewStatus.ACCEPTED).distinct().values_list("code", flat=True))
