"""`coalition token create` and `coalition bench api`: thin shells over api.services and api.bench."""

import click

from coalition.bench_database import guard_options


@click.group()
def token():
    """API tokens for editors' write access."""


@token.command("create")
@click.argument("username")
@click.option("--name", default="", help="What the token is for.")
def token_create(username, name):
    """Make a token for USERNAME and print it once; only its hash is kept."""
    from coalition.api.services import token_create as create

    _, raw = create(username=username, name=name)
    click.echo(raw)


@click.command("api")
@click.option("--claims", default=1_000_000, show_default=True, help="Claims to have in the database.")
@click.option("--runs", default=50, show_default=True, help="Timed requests of each kind.")
@guard_options
def bench_api(claims, runs, in_place, force):
    """Time a filtered page of 100 claims and a total over all claims through the API, p50/p95 in ms.

    Fills a temporary database of the configured engine with --claims generated claims (or, with
    --in-place, tops up the database of DATABASE_URL, which must hold no real data).
    """
    from django.db import connection

    from coalition.api.bench import run
    from coalition.bench_database import bench_database
    from coalition.progress import progress

    with bench_database(in_place=in_place, force=force), progress(
        description="generate", unit="claim", total=claims
    ) as bar:
        count, timings = run(claims=claims, runs=runs, progress=bar.update)
    click.echo(f"database: {connection.vendor}; claims: {count:,}; {runs} requests each")
    for timing in timings:
        click.echo(f"{timing.name}: p50 {timing.p50:.1f} ms, p95 {timing.p95:.1f} ms")
    click.echo(f"Done: {count:,} claims, {bar.seconds:.0f} s in all.")
