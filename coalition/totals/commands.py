"""`coalition totals refresh`: rebuild the converted amounts that totals add up."""

import click


@click.group()
def totals():
    """Keep the converted amounts that totals add up in step with the claims."""


@totals.command("refresh")
@click.option("--now", is_flag=True, help="Rebuild here even when a queue is configured.")
def totals_refresh(now):
    """Convert every claim again, e.g. after claims were written in bulk.

    With a queue configured (COALITION_QUEUE) the rebuild is handed to `coalition worker`; asking again
    while one is still waiting queues nothing more.
    """
    from coalition.jobs.queue import job_run
    from coalition.totals.services import totals_refresh as rebuild

    if job_run("totals_refresh", rebuild, inline=now, lock="totals_refresh"):
        from coalition.totals.models import ClaimAmount

        click.echo(f"Refreshed {ClaimAmount.objects.count()} claim amounts.")
    else:
        click.echo("Queued a rebuild of every claim amount; `coalition worker` runs it.")
