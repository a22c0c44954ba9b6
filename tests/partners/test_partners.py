"""Partners are managed, not hand-inserted: `coalition partner`, the admin's add page, history (issue 13, item 3)."""

from datetime import date

import pytest
from click.testing import CliRunner
from django.urls import reverse

from coalition.cli import main
from coalition.editorial.models import Role
from coalition.errors import PartnerError
from coalition.partners.models import DatePrecision, Partner, PartnerKind
from coalition.partners.services import country_code, joined_parse, partner_add, partner_edit
from tests.factories import PartnerFactory, make_user


@pytest.mark.parametrize("text", ["NO", "no", "NOR", "Norway", "norway", "Norvège", "النرويج"])
def test_a_country_is_found_by_code_or_by_name_in_any_site_language(text):
    assert country_code(text) == "NO"


def test_an_unknown_country_is_a_coded_error():
    with pytest.raises(PartnerError) as raised:
        country_code("Atlantis")
    assert raised.value.code == "partners.unknown_country"


@pytest.mark.parametrize(
    "text, expected",
    [("2015", (date(2015, 1, 1), DatePrecision.YEAR)), ("2015-03", (date(2015, 3, 1), DatePrecision.MONTH)),
     ("2015-03-12", (date(2015, 3, 12), DatePrecision.DAY)), ("", (None, DatePrecision.DAY))],
)
def test_a_join_date_keeps_its_precision(text, expected):
    assert joined_parse(text) == expected


@pytest.mark.parametrize("text", ["2015-13", "15", "March 2015", "2015-02-30"])
def test_a_bad_join_date_is_a_coded_error(text):
    with pytest.raises(PartnerError) as raised:
        joined_parse(text)
    assert raised.value.code == "partners.bad_date"


@pytest.mark.django_db
def test_an_organisation_is_named_in_three_languages():
    nato = partner_add(code="NATO", names={"en": "NATO", "fr": "OTAN", "ar": "الناتو"}, joined="2014-12")
    assert (nato.code, nato.kind) == ("nato", PartnerKind.ORGANISATION)
    assert [nato.name(language) for language in ("en", "fr", "ar")] == ["NATO", "OTAN", "الناتو"]
    assert nato.joined_text == "2014-12"


@pytest.mark.django_db
def test_adding_twice_is_refused_and_editing_the_same_values_changes_nothing():
    norway = partner_add(code="Norway", founding_member=True, joined="2014")
    with pytest.raises(PartnerError) as raised:
        partner_add(code="NO")
    assert raised.value.code == "partners.exists"
    assert partner_edit(partner=norway, joined="2014", founding_member=True) == []
    assert partner_edit(partner=norway, joined="2014-09-05") == ["joined_on", "joined_precision"]
    history = list(Partner.history.filter(id=norway.pk).order_by("history_id").values_list("history_change_reason",
                                                                                          flat=True))
    assert history == ["partners.partner.added", "partners.partner.edited"]


@pytest.mark.django_db
def test_partner_commands_add_list_and_edit():
    runner = CliRunner()
    added = runner.invoke(main, ["partner", "add", "Denmark", "--founding", "--joined", "2014-09"])
    assert added.exit_code == 0, added.output
    assert "Added DK (Denmark)." in added.output
    listed = runner.invoke(main, ["partner", "list"])
    assert "DK" in listed.output and "2014-09" in listed.output and "founding" in listed.output
    edited = runner.invoke(main, ["partner", "edit", "dk", "--not-founding"])
    assert edited.exit_code == 0 and "founding_member" in edited.output
    assert not Partner.objects.get(code="DK").founding_member
    again = runner.invoke(main, ["partner", "edit", "dk", "--not-founding"])
    assert "0 changed" in again.output
    refused = runner.invoke(main, ["partner", "add", "DK"])
    assert refused.exit_code == 1 and refused.output.startswith("error: partners.exists: ")


@pytest.mark.django_db
def test_the_secretariat_adds_a_partner_in_the_admin_and_its_history_is_kept(client):
    client.force_login(_staff("sec", Role.SECRETARIAT))
    page = client.get(reverse("admin:partners_partner_add"))
    assert page.status_code == 200
    response = client.post(reverse("admin:partners_partner_add"), {
        "kind": "country", "code": "Japan", "organisation_name": "", "organisation_name_fr": "",
        "organisation_name_ar": "", "joined_on": "2014-09-01", "joined_precision": "month",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    japan = Partner.objects.get(code="JP")
    assert japan.joined_text == "2014-09"
    history = client.get(reverse("admin:partners_partner_history", args=[japan.pk]))
    assert history.status_code == 200
    added = japan.history.get()
    assert (added.history_user.username, added.history_change_reason) == ("sec", "partners.partner.added")


@pytest.mark.django_db
def test_putting_a_partner_back_to_an_earlier_version_is_recorded_as_a_restore(client):
    secretariat = _staff("sec", Role.SECRETARIAT)
    client.force_login(secretariat)
    partner = partner_add(code="JP", joined="2014-09", actor=secretariat)
    partner_edit(partner=partner, joined="2015", actor=secretariat)
    first = partner.history.earliest()
    form = reverse("admin:partners_partner_simple_history", args=[partner.pk, first.history_id])
    response = client.post(form, {
        "kind": "country", "code": "JP", "organisation_name": "", "organisation_name_fr": "",
        "organisation_name_ar": "", "joined_on": "2014-09-01", "joined_precision": "month",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Partner.objects.get(pk=partner.pk).joined_text == "2014-09"
    restored = partner.history.latest()
    assert (restored.history_user, restored.history_change_reason) == (secretariat, "partners.partner.restored")


@pytest.mark.django_db
def test_partner_editors_cannot_add_partners_in_the_admin(client):
    norway = PartnerFactory(code="NO")
    client.force_login(_staff("oslo", Role.PARTNER_EDITOR, [norway]))
    assert client.get(reverse("admin:partners_partner_add")).status_code == 403
    assert client.get(reverse("admin:partners_partner_change", args=[norway.pk])).status_code == 403


@pytest.mark.django_db
def test_a_date_known_to_the_year_reads_as_a_year_on_the_site(client):
    PartnerFactory(code="IT", joined_on=date(2015, 1, 1), joined_precision=DatePrecision.YEAR)
    page = client.get("/en/partners/it/").content.decode()
    assert "Partner since <bdi>2015</bdi>" in page
    assert "2015-01-01" not in page


def _staff(username, role, partners=()):
    user = make_user(username, role, partners)
    user.is_staff = True
    user.save()
    return user


@pytest.mark.django_db
def test_a_proposed_fact_changes_the_partner_only_when_accepted():
    from coalition.partners.models import ProfileFact
    from coalition.partners.services import fact_accept, fact_propose, fact_reject
    from coalition.vocab import ReviewStatus

    spain = PartnerFactory(code="ES", founding_member=False, joined_on=None)
    fact = fact_propose(partner=spain, founding_member=True, joined_on=date(2015, 1, 1),
                        joined_precision=DatePrecision.YEAR, source="spain.txt")
    assert fact_propose(partner=spain, founding_member=True, joined_on=date(2015, 1, 1),
                        joined_precision=DatePrecision.YEAR) is None  # one draft per fact
    spain.refresh_from_db()
    assert not spain.founding_member and spain.joined_on is None
    fact_accept(fact=fact)
    spain.refresh_from_db()
    assert spain.founding_member and spain.joined_text == "2015"
    with pytest.raises(PartnerError) as raised:
        fact_reject(fact=ProfileFact.objects.get())
    assert raised.value.code == "partners.fact_decided"
    assert ProfileFact.objects.get().status == ReviewStatus.ACCEPTED


@pytest.mark.django_db
def test_partner_facts_commands_list_and_accept():
    from coalition.partners.services import fact_propose

    spain = PartnerFactory(code="ES", founding_member=False, joined_on=None)
    fact = fact_propose(partner=spain, joined_on=date(2016, 1, 1), joined_precision=DatePrecision.YEAR)
    runner = CliRunner()
    listed = runner.invoke(main, ["partner", "facts"])
    assert f"#{fact.pk}" in listed.output and "joined 2016" in listed.output
    assert runner.invoke(main, ["partner", "accept-fact", str(fact.pk)]).exit_code == 0
    again = runner.invoke(main, ["partner", "accept-fact", str(fact.pk)])
    assert again.exit_code == 1 and again.output.startswith("error: partners.fact_decided: ")
    spain.refresh_from_db()
    assert spain.joined_text == "2016"
