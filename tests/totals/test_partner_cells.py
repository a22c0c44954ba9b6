"""Totals added up from the partners' stored cells equal totals added up from the claims, and a change to
one claim rebuilds only its partner's cells."""

from datetime import date
from decimal import Decimal

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coalition.claims.models import Claim
from coalition.claims.services import claim_accept, claim_edit, claim_reject
from coalition.totals.models import PartnerCell, PartnerTotal, Rollup
from coalition.totals.selectors import totals
from coalition.vocab import Period, Qualifier, ReviewStatus
from tests.factories import PartnerFactory, SourceDocumentFactory

from .conftest import NORWAY_TEXT, make_claim

pytestmark = pytest.mark.django_db

PARTNERS = ("NO", "DK", "SE")
AS_OF = (date(2022, 6, 1), date(2023, 3, 1))
NEEDLES = ("USD 7 mill. per year", "more than $ 270 million in humanitarian and stabilization help since 2014")

claim_specs = st.lists(
    st.fixed_dictionaries(
        {
            "partner": st.integers(0, len(PARTNERS) - 1),
            "document": st.integers(0, len(AS_OF) - 1),
            "needle": st.sampled_from(NEEDLES),
            "value": st.integers(min_value=1, max_value=10**9),
            "qualifier": st.sampled_from(Qualifier.values),
            "period": st.sampled_from([Period.ANNUAL, Period.YEAR, Period.CUMULATIVE, None]),
            "places": st.sets(st.sampled_from(["IQ", "SY"])),
            "lines": st.sets(st.sampled_from(["humanitarian", "stabilization"])),
            "status": st.sampled_from([ReviewStatus.ACCEPTED, ReviewStatus.ACCEPTED, ReviewStatus.DRAFT]),
            "currency": st.sampled_from(["USD", "EUR", "EUR", "AED"]),
            "breakdown": st.booleans(),
        }
    ),
    min_size=1,
    max_size=8,
)

questions = st.fixed_dictionaries(
    {
        "group_by": st.sampled_from([(), ("place",), ("place", "line"), ("partner", "year"), ("line", "year")]),
        "filters": st.sampled_from([{}, {"place": "IQ"}, {"place": "SY", "line": "humanitarian"}, {"year": 2022}]),
        "currency": st.sampled_from(["USD", "EUR"]),
        "include_drafts": st.booleans(),
        "first_partner_only": st.booleans(),
        "drafts_of_first_partner": st.booleans(),
    }
)


def _make_claims(specs) -> list[Claim]:
    documents, made = {}, []
    for spec in specs:
        key = (spec["partner"], spec["document"])
        if key not in documents:
            partner = PartnerFactory(code=PARTNERS[spec["partner"]])
            text = f"{NORWAY_TEXT}Factsheet {partner.code} {key[1]}.\n"
            documents[key] = SourceDocumentFactory(partner=partner, text=text, as_of=AS_OF[spec["document"]])
        document = documents[key]
        parent = next((c for c in reversed(made) if c.document_id == document.pk), None)
        as_of = document.as_of
        made.append(
            make_claim(
                document,
                spec["needle"],
                value=spec["value"],
                qualifier=spec["qualifier"],
                period=spec["period"],
                year=as_of.year - 1 if spec["period"] == Period.YEAR else None,
                since=2016 if spec["period"] == Period.CUMULATIVE else None,
                places=sorted(spec["places"]),
                lines=sorted(spec["lines"]),
                status=spec["status"],
                currency=spec["currency"],
                parent=parent if spec["breakdown"] else None,
            )
        )
    return made


def _options(question) -> dict:
    first = PartnerFactory(code=PARTNERS[0]).pk
    options = {
        "group_by": question["group_by"],
        "currency": question["currency"],
        "include_drafts": question["include_drafts"],
        **question["filters"],
    }
    if question["first_partner_only"]:
        options["partners"] = [first]
    if question["drafts_of_first_partner"]:
        options["drafts_of"] = [first]
    return options


def _assert_same(options) -> None:
    from_cells = totals(**options)
    from_claims = totals(claims=Claim.objects.all(), **options)
    assert from_cells.rows == from_claims.rows
    assert from_cells.excluded_reasons == from_claims.excluded_reasons
    assert from_cells.group_by == from_claims.group_by


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=claim_specs, asked=st.lists(questions, min_size=1, max_size=3), changed=st.integers(0, 7))
def test_totals_from_partner_cells_equal_totals_from_claims(secretariat, specs, asked, changed):
    with transaction.atomic():
        made = _make_claims(specs)
        coalition_wide = [{"group_by": q["group_by"], "include_drafts": q["include_drafts"]} for q in asked]
        for options in [*map(_options, asked), *coalition_wide]:
            _assert_same(options)
        claim = made[changed % len(made)]
        claim_edit(claim=claim, actor=secretariat, expected_version=claim.version, value=claim.value + 1_000)
        decide = claim_reject if claim.status == ReviewStatus.ACCEPTED else claim_accept
        decide(claim=claim, actor=secretariat)
        # The stored coalition-wide totals now have the claim's partner's old cells taken off, new ones added.
        for options in [*coalition_wide, *map(_options, asked)]:
            _assert_same(options)
        transaction.set_rollback(True)


def test_changing_one_claim_rebuilds_only_its_partners_cells(norway_claims, secretariat):
    denmark = SourceDocumentFactory(partner=PartnerFactory(code="DK"), text=NORWAY_TEXT + "Denmark too.\n")
    make_claim(denmark, "USD 7 mill. per year", value=7_000_000, period="annual", places=["IQ"])
    totals(group_by=("place", "line"))
    stored_totals = PartnerTotal.objects.filter(grouping="place,line")
    before = {(total.partner.code, total.series): total.pk for total in stored_totals}
    cells_before = set(PartnerCell.objects.filter(grouping="place,line").values_list("pk", flat=True))
    [stored] = Rollup.objects.filter(grouping="place,line")

    claim = norway_claims["iraq_stabilization"]  # an annual figure
    claim_edit(claim=claim, actor=secretariat, expected_version=claim.version, value=Decimal(9_000_000))
    rows = {(r.series, r.key["place"], r.key["line"]): r for r in totals(group_by=("place", "line")).rows}

    after = {(total.partner.code, total.series): total.pk for total in stored_totals.all()}
    assert before.keys() == after.keys()
    rebuilt = {unit for unit in before if after[unit] != before[unit]}
    assert rebuilt == {("NO", "annual")}
    kept = set(PartnerCell.objects.filter(grouping="place,line").values_list("pk", flat=True)) & cells_before
    assert kept == set(
        PartnerCell.objects.filter(total_id__in=[before[unit] for unit in before if unit not in rebuilt]).values_list(
            "pk", flat=True
        )
    )
    assert PartnerCell.objects.filter(total_id=before[("NO", "cumulative")]).exists()
    assert rows[("annual", "IQ", "stabilization")].range.low == Decimal("9000000.00")
    [carried] = Rollup.objects.filter(grouping="place,line")
    assert carried.pk == stored.pk and carried.version > stored.version


def test_a_filtered_total_keeps_the_rows_of_that_place_and_line(norway_claims):
    result = totals(group_by=("partner",), place="IQ", line="stabilization")
    assert result.group_by == ("partner", "place", "line")
    assert {(r.key["partner"], r.key["place"], r.key["line"], r.series) for r in result.rows} == {
        ("NO", "IQ", "stabilization", "annual"),
        ("NO", "IQ", "stabilization", "cumulative"),
    }
