"""What the API sends and accepts. Every field is listed on purpose: a new model field is not public
until it is added here (and to the OpenAPI snapshot); a claim's, until it is declared public in
``coalition.claims.fields``, from which its schemas are built."""

import dataclasses
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Literal

from ninja import Field, Schema
from ninja.orm.fields import TYPES
from pydantic import BaseModel, BeforeValidator, WithJsonSchema, create_model

from coalition.claims.fields import ClaimField, Use, claim_fields
from coalition.totals.results import ExcludedClaim
from coalition.vocab import ClaimKind, LineOfEffort, Qualifier, ReviewStatus


class Out(BaseModel):
    """Responses are plain pydantic models: built from dicts, they validate in pydantic-core at full speed
    (ninja's Schema would wrap every value to read ORM attributes, which these never are)."""


PARTNER_CODE = r"^[A-Za-z][A-Za-z0-9-]{1,39}$"
COUNTRY_CODE = r"^[A-Za-z]{2}$"
SHA256 = r"^[0-9a-f]{64}$"
# A calendar date of the years 1900 to 2099, written YYYY-MM-DD.
DATE_PATTERN = r"^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"


def _iso_text(value):
    """Only YYYY-MM-DD: pydantic would also read a number as seconds since 1970 (``as_of=0``)."""
    if isinstance(value, date) or (isinstance(value, str) and re.fullmatch(DATE_PATTERN, value)):
        return value
    raise ValueError("a date from 1900-01-01 to 2099-12-31, written YYYY-MM-DD")


IsoDate = Annotated[
    date, BeforeValidator(_iso_text), WithJsonSchema({"type": "string", "format": "date", "pattern": DATE_PATTERN})
]


class PartnerOut(Out):
    code: str
    kind: str
    name: str
    joined_on: date | None
    founding_member: bool
    working_groups: list[str]


class DocumentOut(Out):
    sha256: str
    partner: str | None = Field(description="null for a document that names many partners: each claim has its own.")
    filename: str
    media_type: str
    size: int
    title: str
    source_url: str
    language: str
    as_of: date | None = Field(description="The date the document speaks for; null while nobody knows it.")
    as_of_source: str = Field(description='Where the date came from ("metadata", "date_line", "dateline", '
                                          '"as_of", "entered"), or "" while it is unknown.')
    added_at: datetime


class DocumentDetailOut(DocumentOut):
    text: str


def _python_type(field: ClaimField):
    """The type a claim's column has in a response: that of the model field it is read from (ninja's table of
    Django to Python types), a list of codes for a link table, ``None`` allowed where a step of its path is."""
    *_, last = steps = field.steps
    if last.is_relation:
        python_type = TYPES[last.related_model._meta.pk.get_internal_type()]
        python_type = list[python_type] if last.many_to_many else python_type
    else:
        python_type = TYPES[last.get_internal_type()]
    return python_type | None if any(step.null for step in steps) else python_type


def _described(field: ClaimField):
    return Field(description=field.description) if field.description else ...


#: A claim with its provenance: the columns of the export format (``coalition.claims.fields``).
ClaimOut = create_model(
    "ClaimOut",
    __base__=Out,
    **{field.name: (_python_type(field), _described(field)) for field in claim_fields(Use.EXPORTED)},
)


class StatementOut(Out):
    id: int
    partner: str
    line: str
    text: str
    status: str
    position: int
    document_sha256: str | None
    evidence_start: int | None
    evidence_end: int | None


class HeadlineFigureOut(Out):
    id: int
    partner: str
    label: str
    value: Decimal | None
    unit: str
    incomplete: bool = Field(description="The source showed a label without its number.")
    claim: int | None
    source_text: str
    status: str
    position: int


class MemberOut(Out):
    partner: str
    role: str


class WorkingGroupOut(Out):
    slug: str
    name: str
    description: str
    members: list[MemberOut]


class PageMeta(Out):
    next: str | None = Field(description="Address of the next page, or null on the last page.")


class PartnerPage(PageMeta):
    items: list[PartnerOut]


class DocumentPage(PageMeta):
    items: list[DocumentOut]


class ClaimPage(PageMeta):
    items: list[ClaimOut]


class StatementPage(PageMeta):
    items: list[StatementOut]


class HeadlineFigurePage(PageMeta):
    items: list[HeadlineFigureOut]


class WorkingGroupPage(PageMeta):
    items: list[WorkingGroupOut]


class PageQuery(Schema):
    cursor: str | None = Field(None, max_length=200, description="Opaque; copy it from a page's next link.")
    limit: int = Field(50, ge=1, le=500)


class ClaimQuery(PageQuery):
    partner: str | None = Field(None, pattern=PARTNER_CODE, description='A partner code, e.g. "NO" or "nato".')
    kind: ClaimKind | None = None
    line: LineOfEffort | None = None
    place: str | None = Field(None, pattern=COUNTRY_CODE, description="ISO 3166-1 alpha-2 code of a place.")
    year_from: int | None = Field(None, ge=1945, le=2100, description="Year (or first year) at least this.")
    year_to: int | None = Field(None, ge=1945, le=2100, description="Year (or first year) at most this.")
    qualifier: Qualifier | None = None
    status: ReviewStatus | None = Field(None, description="Editors only; others see accepted claims.")
    format: Literal["json", "csv"] = Field("json", description="csv streams every matching claim, unpaged.")


class PartnerFilterQuery(PageQuery):
    partner: str | None = Field(None, pattern=PARTNER_CODE)


class ReviewIn(Schema):
    """A review decision. ``version`` is required: without it a change could overwrite one made since."""

    version: int = Field(ge=1, le=2**31 - 1, description="The version you saw; a stale one is refused (409).")
    note: str = Field("", max_length=1000)


class TotalsQuery(Schema):
    kind: ClaimKind = ClaimKind.FUNDING
    currency: Literal["USD", "EUR"] = Field("USD", description="Funding only: the currency totals are given in.")
    group_by: list[Literal["partner", "place", "line", "year"]] = Field(
        ["place", "line"], description="Repeat to group by several keys."
    )
    partner: str | None = Field(None, pattern=PARTNER_CODE, description="Only this partner's claims.")
    as_of: IsoDate | None = Field(None, description="Totals as they stood on this date (YYYY-MM-DD).")
    include_drafts: bool = Field(False, description="Editors only: count draft claims too.")


class TotalRowOut(Out):
    key: dict[str, str | int | date | None] = Field(
        description="The grouping values plus series, stage and, for personnel, the date (on)."
    )
    low: Decimal
    high: Decimal | None = Field(description="Null when the total is open-ended (an 'at least' part).")
    claim_count: int
    approximate_only: bool


#: A claim a total left out, as the totals service lists it.
ExcludedClaimOut = create_model(
    "ExcludedClaimOut",
    __base__=Out,
    **{field.name: (field.type, ...) for field in dataclasses.fields(ExcludedClaim)},
)


class TotalsOut(Out):
    kind: str
    unit: str
    band: Decimal = Field(description='Half-width of the range an "approximately" figure stands for.')
    group_by: list[str]
    rows: list[TotalRowOut]
    excluded: list[ExcludedClaimOut] = Field(description="Claims that could not be counted, with the reason.")


class DocumentIn(Schema):
    partner: str = Field(pattern=PARTNER_CODE, description='The partner the factsheet is about, e.g. "NO".')
    as_of: IsoDate | None = Field(
        None, description="The date the document speaks for, YYYY-MM-DD (default: the date it states, else left for review)."
    )
    title: str = Field("", max_length=500)
