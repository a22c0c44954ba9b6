"""The database itself refuses bad rows, whatever code (or person with a SQL prompt) writes them."""

import pytest
from django.db import IntegrityError, connection, transaction

from coalition.claims.models import Claim, Line
from coalition.partners.models import Country, Partner, PartnerKind
from coalition.profiles.models import HeadlineFigure, Statement
from coalition.vocab import ClaimKind, LineOfEffort, Period, Stage
from tests.factories import ClaimFactory, PartnerFactory, SourceDocumentFactory

pytestmark = pytest.mark.django_db


def refused(rule, **kwargs):
    """Saving a claim built with these fields fails inside the database, on the named rule.

    Both SQLite and PostgreSQL name the check constraint or trigger rule in their message.
    """
    claim = ClaimFactory.build(**kwargs)
    claim.document.partner.save()
    claim.document.save()
    claim.partner = claim.document.partner
    with pytest.raises(IntegrityError, match=rule), transaction.atomic():
        Claim.objects.bulk_create([claim])


def test_a_valid_claim_is_stored():
    claim = ClaimFactory()
    assert claim.evidence == claim.document.text[claim.evidence_start : claim.evidence_end]


def test_duplicate_partner_code_is_refused():
    PartnerFactory(code="NO")
    with pytest.raises(IntegrityError, match=r"partners_partner[._]code"), transaction.atomic():
        Partner.objects.bulk_create([Partner(code="NO", kind=PartnerKind.COUNTRY)])


@pytest.mark.parametrize(
    "code, kind, name, rule",
    [
        ("XX", PartnerKind.COUNTRY, "", "partner_country_code_is_iso"),  # not an ISO 3166-1 code
        ("no", PartnerKind.COUNTRY, "", "partner_country_code_is_iso"),  # country codes are upper case
        ("NATO", PartnerKind.ORGANISATION, "NATO", "partner_organisation_code_is_slug"),  # slugs are lower case
        ("nato", PartnerKind.ORGANISATION, "", "partner_organisation_has_name"),  # an organisation needs a name
        ("nato", "alliance", "NATO", "partner_kind_valid"),  # unknown kind
    ],
)
def test_malformed_partner_is_refused(code, kind, name, rule):
    with pytest.raises(IntegrityError, match=rule), transaction.atomic():
        Partner.objects.bulk_create([Partner(code=code, kind=kind, organisation_name=name)])


def test_negative_amount_is_refused():
    refused("claim_value_not_negative", value=-5)


def test_unknown_currency_code_is_refused():
    refused("claim_funding_has_known_currency", currency="XYZ")


def test_funding_without_currency_is_refused():
    refused("claim_funding_has_known_currency", currency=None)


def test_personnel_with_currency_is_refused():
    refused("claim_funding_has_known_currency", kind=ClaimKind.PERSONNEL, stage=Stage.UNKNOWN, currency="USD")


def test_personnel_stage_on_funding_is_refused():
    refused("claim_stage_fits_kind", stage=Stage.CEILING)


def test_year_without_year_period_is_refused():
    refused("claim_year_only_for_year_period", year=2018)


def test_year_period_without_year_is_refused():
    refused("claim_year_only_for_year_period", period=Period.YEAR)


def test_evidence_span_outside_the_document_text_is_refused():
    document = SourceDocumentFactory()
    end = len(document.text) + 10
    refused("claims_claim_span_in_document_text", document=document, needle="USD 5 million", evidence_start=len(document.text) - 2, evidence_end=end)


def test_evidence_that_differs_from_the_text_at_its_span_is_refused():
    refused("claims_claim_span_in_document_text", evidence="USD 9 million")


def test_moving_a_stored_span_outside_the_text_is_refused():
    claim = ClaimFactory()
    with pytest.raises(IntegrityError, match="claims_claim_span_in_document_text"), transaction.atomic():
        Claim.objects.filter(pk=claim.pk).update(evidence_end=len(claim.document.text) + 1)


def test_unknown_place_is_refused():
    claim = ClaimFactory()
    with pytest.raises(IntegrityError, match="(?i)foreign key"), transaction.atomic():
        Claim.places.through.objects.bulk_create([Claim.places.through(claim_id=claim.pk, country_id="QQ")])
        connection.check_constraints()  # foreign keys are deferred to commit; check them now


def test_lines_and_countries_are_seeded_by_migrations():
    assert set(Line.objects.values_list("code", flat=True)) == set(LineOfEffort.values)
    assert Country.objects.filter(code__in=["NO", "IQ", "SY"]).count() == 3


def test_statement_span_outside_text_is_refused():
    document = SourceDocumentFactory()
    with pytest.raises(IntegrityError, match="profiles_statement_span_in_document_text"), transaction.atomic():
        Statement.objects.bulk_create(
            [
                Statement(
                    partner=document.partner,
                    document=document,
                    line=LineOfEffort.MILITARY,
                    text="Up to 40 personnel serve in Iraq.",
                    evidence_start=0,
                    evidence_end=len(document.text) + 1,
                )
            ]
        )


def test_headline_figure_without_number_must_be_flagged_incomplete():
    partner = PartnerFactory()
    with pytest.raises(IntegrityError, match="headline_incomplete_iff_no_value"), transaction.atomic():
        HeadlineFigure.objects.bulk_create([HeadlineFigure(partner=partner, label="in support to Iraq")])
    figure = HeadlineFigure.objects.create(partner=partner, label="in support to Iraq", incomplete=True)
    assert figure.value is None
