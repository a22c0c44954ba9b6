"""`coalition partner add|list|edit`: thin shells over :mod:`coalition.partners.services`."""

import click

NAME_OPTIONS = [
    click.option("--name", "name_en", default=None, help="An organisation's name in English (makes CODE a slug)."),
    click.option("--name-fr", default=None, help="Its name in French."),
    click.option("--name-ar", default=None, help="Its name in Arabic."),
]
JOINED_HELP = "Date joined, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD."


def _name_options(command):
    for option in reversed(NAME_OPTIONS):
        command = option(command)
    return command


@click.group()
def partner():
    """Add, list and correct the coalition's partners."""


@partner.command("add")
@click.argument("code")
@_name_options
@click.option("--founding", is_flag=True, help="A founding member of the coalition.")
@click.option("--joined", default="", metavar="DATE", help=JOINED_HELP)
def partner_add(code, name_en, name_fr, name_ar, founding, joined):
    """Add a partner: a country by ISO code or name (NO, Norway), or an organisation by slug with --name.

    Example: coalition partner add nato --name NATO --name-fr OTAN --name-ar "حلف الناتو" --joined 2014-12
    """
    from coalition.partners.services import partner_add as add

    names = {"en": name_en, "fr": name_fr, "ar": name_ar} if name_en else None
    added = add(code=code, names=names, founding_member=founding, joined=joined)
    click.echo(f"Added {added.code} ({added.name('en')}).")


@partner.command("list")
def partner_list():
    """List every partner: code, kind, name, founding member, date joined."""
    from coalition.partners.models import Partner

    for item in Partner.objects.all():
        founding = "founding" if item.founding_member else "-"
        click.echo(f"{item.code:<16}{item.kind:<14}{founding:<10}{item.joined_text or '-':<12}{item.name('en')}")


@partner.command("edit")
@click.argument("code")
@_name_options
@click.option("--founding/--not-founding", default=None, help="Whether it is a founding member.")
@click.option("--joined", default=None, metavar="DATE", help=JOINED_HELP + ' "" clears it.')
def partner_edit(code, name_en, name_fr, name_ar, founding, joined):
    """Correct a partner's names, founding membership or date joined; what is not given stays."""
    from coalition.partners.services import partner_by_code
    from coalition.partners.services import partner_edit as edit

    changed = edit(partner=partner_by_code(code), names={"en": name_en, "fr": name_fr, "ar": name_ar},
                   founding_member=founding, joined=joined)
    click.echo(f"Changed {code}: {', '.join(changed)}." if changed else f"{code} already says that: 0 changed.")


@partner.command("facts")
@click.argument("code", required=False)
def partner_facts(code):
    """List the profile facts that ingest proposed and that wait for review (of one partner, or all)."""
    from coalition.partners.models import ProfileFact
    from coalition.partners.services import partner_by_code

    facts = ProfileFact.objects.drafts().select_related("partner")
    if code:
        facts = facts.filter(partner=partner_by_code(code))
    for fact in facts:
        click.echo(f"#{fact.pk:<6}{fact.partner.code:<16}{fact.summary():<36}{fact.source}")
    click.echo(f"{len(facts)} proposed facts wait for review.")


@partner.command("accept-fact")
@click.argument("fact_ids", nargs=-1, required=True, type=int)
def partner_accept_fact(fact_ids):
    """Accept proposed facts by id: each changes its partner (history kept)."""
    _decide_facts(fact_ids, "accept")


@partner.command("reject-fact")
@click.argument("fact_ids", nargs=-1, required=True, type=int)
def partner_reject_fact(fact_ids):
    """Reject proposed facts by id: the partner stays as it is."""
    _decide_facts(fact_ids, "reject")


def _decide_facts(fact_ids, verb: str) -> None:
    from django.db import transaction

    from coalition.errors import PartnerError
    from coalition.partners.models import ProfileFact
    from coalition.partners.services import fact_accept, fact_reject

    service = fact_accept if verb == "accept" else fact_reject
    facts = ProfileFact.objects.in_bulk(fact_ids)
    with transaction.atomic():
        for pk in fact_ids:
            if pk not in facts:
                raise PartnerError("partners.fact_decided", fact=pk)
            service(fact=facts[pk])
    click.echo(f"{verb}ed {len(fact_ids)} proposed facts.")
