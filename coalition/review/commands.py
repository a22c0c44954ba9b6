"""`coalition review ...`: editorial steps from the shell, as a named editor and under the same policy.

Each command looks rows up through the permission policy (another partner's row is "not found") and calls the
same service as the review pages, so the history records that editor. Refusals are catalogue errors, which
`coalition` shows as one line.
"""

import click

from coalition.errors import ReviewError


def _editor(username: str):
    from coalition.editorial.services import active_account

    return active_account(username)


@click.group()
def review():
    """Accept, reject, publish and restore as a named editor.

    The same permission rules apply as on the review pages.
    """


def _review_claims(claim_ids, username, note, verb):
    from coalition.claims.models import Claim
    from coalition.claims.services import claim_accept, claim_reject
    from coalition.editorial.permissions import Action, rows_user_can
    from coalition.vocab import ReviewStatus

    user = _editor(username)
    service = claim_accept if verb == "accept" else claim_reject
    claims = {claim.pk: claim for claim in rows_user_can(user, Action.VIEW_DRAFT, Claim).filter(pk__in=claim_ids)}
    missing = [str(pk) for pk in claim_ids if pk not in claims]
    if missing:
        raise ReviewError("review.claims_not_found", username=username, ids=", ".join(missing))
    done = {"accept": ReviewStatus.ACCEPTED, "reject": ReviewStatus.REJECTED}[verb]
    already = [str(pk) for pk in claim_ids if claims[pk].status == done]
    for pk in claim_ids:
        if str(pk) not in already:  # a no-op: the reviewer and version stay
            service(claim=claims[pk], actor=user, note=note)
    line = f"{verb}ed {len(claim_ids) - len(already)} claims as {username}."
    if already:
        line += f" Already {verb}ed, left as they were: {', '.join(already)}."
    click.echo(line)


@review.command()
@click.argument("claim_ids", nargs=-1, required=True, type=int)
@click.option("--as", "username", required=True, help="The editor doing it.")
@click.option("--note", default="", help="Why, kept in the history.")
def accept(claim_ids, username, note):
    """Accept claims by id."""
    _review_claims(claim_ids, username, note, "accept")


@review.command()
@click.argument("claim_ids", nargs=-1, required=True, type=int)
@click.option("--as", "username", required=True, help="The editor doing it.")
@click.option("--note", default="", help="Why, kept in the history.")
def reject(claim_ids, username, note):
    """Reject claims by id."""
    _review_claims(claim_ids, username, note, "reject")


@review.command()
@click.argument("partner_code")
@click.option("--as", "username", required=True, help="The editor doing it.")
@click.option("--document", "sha256", default="", help="SHA-256 of the factsheet that becomes the current one.")
@click.option("--note", default="", help="Kept with the publication.")
def publish(partner_code, username, sha256, note):
    """Publish what is accepted for a partner.

    With --document, that factsheet becomes the partner's current one (docs/editorial.md).
    """
    from coalition.documents.models import SourceDocument
    from coalition.editorial.permissions import Action, partners_user_can, rows_user_can
    from coalition.profiles.publishing import profile_publish

    user = _editor(username)
    partner = partners_user_can(user, Action.VIEW_DRAFT).filter(code__iexact=partner_code).first()
    if partner is None:
        raise ReviewError("review.partner_not_found", partner=partner_code, username=username)
    document = None
    if sha256:
        document = rows_user_can(user, Action.VIEW_DRAFT, SourceDocument).filter(sha256=sha256, partner=partner).first()
        if document is None:
            raise ReviewError("review.document_not_found", sha256=sha256, partner=partner.code)
    publication = profile_publish(partner=partner, actor=user, document=document, note=note)
    click.echo(f"Published {partner.code} as #{publication.pk}: {len(publication.snapshot['claims'])} claims.")


@review.command()
@click.argument("publication_id", type=int)
@click.option("--as", "username", required=True, help="The editor doing it.")
def restore(publication_id, username):
    """Put a partner's profile back to an earlier publication."""
    from coalition.editorial.permissions import Action, partners_user_can
    from coalition.profiles.models import Publication
    from coalition.profiles.publishing import profile_restore

    user = _editor(username)
    publication = Publication.objects.filter(
        pk=publication_id, partner__in=partners_user_can(user, Action.VIEW_DRAFT)
    ).first()
    if publication is None:
        raise ReviewError("review.publication_not_found", publication=publication_id, username=username)
    result = profile_restore(publication=publication, actor=user)
    click.echo(f"Restored {publication.partner.code} to #{publication_id} as #{result.publication.pk}; "
               f"{result.missing} rows no longer exist.")
