"""`coalition export`, `import`, `dump` and `load`: thin shells over exports.writers, services and backup."""

import sys
from pathlib import Path

import click


@click.command("export")
@click.option("--format", "format_", type=click.Choice(["csv", "json", "xlsx"]), default="csv", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout).")
@click.option(
    "--include-unpublished",
    is_flag=True,
    help="Drafts and rejected claims too, for the secretariat's own use (default: what the public sees).",
)
@click.option(
    "--queue", "queue_", is_flag=True,
    help="Have a worker write it to the exports storage (COALITION_QUEUE); `coalition exports` shows its state.",
)
def export(format_, output, include_unpublished, queue_):
    """Export the claims the public sees, with their evidence and source document.

    Streams every row, so a million claims export in constant memory.

    The columns and the JSON layout are the versioned export format of docs/api.md; xlsx needs --output.
    With --queue the export is recorded and written by `coalition worker` (at once when no queue is
    configured) to the bucket or var/exports; see docs/deploy.md.
    """
    if queue_:
        from coalition.errors import ExportError
        from coalition.exports.jobs import export_location, export_request

        if output is not None:
            raise ExportError("export.queue_with_output")
        job = export_request(format=format_, include_unpublished=include_unpublished)
        where = export_location(job)
        click.echo(f"Export #{job.pk}: {job.state}" + (f", {job.rows:,} claims in {where}" if where else "") + ".")
        return
    from coalition.exports.writers import export_claims
    from coalition.progress import progress

    with progress(description="export", unit="claim") as bar:
        count = export_claims(
            format=format_, output=output, include_unpublished=include_unpublished, stdout=sys.stdout, progress=bar.update
        )
    if output is not None:
        click.echo(f"Exported {count:,} claims to {output} in {bar.seconds:.1f} s.")
    elif sys.stderr.isatty():  # the claims went to stdout: the summary is for the person at the terminal
        click.echo(f"Exported {count:,} claims in {bar.seconds:.1f} s.", err=True)


@click.command("exports")
@click.option("--limit", default=20, show_default=True, help="How many of the latest exports to list.")
def exports(limit):
    """List the exports asked for with `export --queue`: state, claims, where.

    Newest first; a written export is a path on this machine or a signed link into the bucket.
    """
    from coalition.exports.jobs import export_location, exports_latest

    for job in exports_latest(limit=limit):
        detail = job.error.message if job.error else export_location(job)
        rows = f"{job.rows:,} claims" if job.rows is not None else "-"
        click.echo(f"#{job.pk}\t{job.added_at:%Y-%m-%d %H:%M}\t{job.format}\t{job.state}\t{rows}\t{detail}")


@click.command("import")
@click.argument("file", type=click.File("rb"))
@click.option("--as", "username", default=None, help="The editor importing: their rights apply and history names them.")
def import_(file, username):
    """Import a JSON claims export: documents must be in the database; all or nothing."""
    from coalition.editorial.services import active_account
    from coalition.exports.services import claims_import
    from coalition.progress import progress

    actor = active_account(username) if username is not None else None
    with progress(description="import", unit="claim") as bar:
        summary = claims_import(stream=file, actor=actor, progress=bar.update)
    click.echo(f"Imported claims: {summary.created} created, {summary.updated} changed, {summary.unchanged} "
               f"unchanged in {bar.seconds:.1f} s.")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, writable=True, path_type=Path))
def dump(file):
    """Back up everything to FILE, history and original bytes included."""
    from coalition.exports.backup import dump as run_dump
    from coalition.progress import progress

    with progress(description="dump", unit="row") as bar:
        summary = run_dump(file, progress=bar.update)
    click.echo(f"Dumped {summary.rows:,} rows of {summary.models} tables to {file} in {bar.seconds:.1f} s.")


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def load(file):
    """Restore a `coalition dump` backup into an empty, migrated database.

    The backup may come from either engine (SQLite or PostgreSQL).
    """
    from coalition.exports.backup import load as run_load
    from coalition.progress import progress

    with progress(description="load", unit="row") as bar:
        summary = run_load(file, progress=bar.update)
    click.echo(f"Loaded {summary.rows:,} rows of {summary.models} tables from {file} in {bar.seconds:.1f} s.")
