"""`coalition bench ...`: thin shells over the benchmarks; they import Django only when run."""

import click


def guard_options(command):
    """The two options of every benchmark that writes: where it writes, and the override of the guard."""
    command = click.option("--force", is_flag=True, help="With --in-place: write even into a database with real data.")(
        command
    )
    return click.option(
        "--in-place", is_flag=True,
        help="Use the database of DATABASE_URL (refused if it holds real data) instead of a temporary one.",
    )(command)


@click.group()
def bench():
    """Measure speed and print the figures."""


@bench.command("totals")
@click.option("--claims", default=1_000_000, show_default=True, help="Claims to have in the database.")
@click.option("--runs", default=9, show_default=True, help="Timed runs of the total.")
@guard_options
def bench_totals(claims, runs, in_place, force):
    """Time the public total by place and line over all partners.

    Fills a temporary database of the configured engine with --claims generated claims (or, with --in-place,
    tops up the database of DATABASE_URL, empty or filled by an earlier run), then prints p50/p95
    milliseconds.
    """
    from django.db import connection

    from coalition.progress import progress

    from .database import bench_database
    from .totals import run

    with bench_database(in_place=in_place, force=force), progress(
        description="generate", unit="claim", total=claims
    ) as bar:
        result = run(claims=claims, runs=runs, progress=bar.update)
    data, timed, filtered = result.data, result.runs, result.filtered
    click.echo(f"database: {connection.vendor}; claims: {data.claims:,} ({data.generated:,} generated "
               f"in {data.seconds:.0f} s); rows per total: {result.rows}")
    click.echo(f"first total after generation (builds every partner's cells): {result.build_ms:.0f} ms")
    click.echo(f"first total after changing one claim: {result.after_change_ms:.0f} ms")
    click.echo(f"total by place and line, {runs} runs: p50 {timed.p50:.0f} ms, p95 {timed.p95:.0f} ms")
    click.echo(f"one place and one line by partner: first after changing one claim "
               f"{result.filtered_after_change_ms:.0f} ms; {runs} runs: p50 {filtered.p50:.0f} ms, "
               f"p95 {filtered.p95:.0f} ms")
    click.echo(f"same total over an explicit claims set (added up at each call): {result.on_the_spot_ms:.0f} ms")
    click.echo(f"Done: {data.claims:,} claims, {bar.seconds:.0f} s in all.")


@bench.command("api")
@click.option("--claims", default=1_000_000, show_default=True, help="Claims to have in the database.")
@click.option("--runs", default=50, show_default=True, help="Timed requests of each kind.")
@guard_options
def bench_api(claims, runs, in_place, force):
    """Time a filtered page of 100 claims and a total over all claims through the API, p50/p95 in ms.

    Fills a temporary database of the configured engine with --claims generated claims (or, with
    --in-place, tops up the database of DATABASE_URL, which must hold no real data).
    """
    from django.db import connection

    from coalition.progress import progress

    from .api import run
    from .database import bench_database

    with bench_database(in_place=in_place, force=force), progress(
        description="generate", unit="claim", total=claims
    ) as bar:
        data, timings = run(claims=claims, runs=runs, progress=bar.update)
    click.echo(f"database: {connection.vendor}; claims: {data.claims:,}; {runs} requests each")
    for timing in timings:
        click.echo(f"{timing.name}: p50 {timing.p50:.1f} ms, p95 {timing.p95:.1f} ms")
    click.echo(f"Done: {data.claims:,} claims, {bar.seconds:.0f} s in all.")


@bench.command("site")
@click.option("--partners", default=100, show_default=True, help="Partners to generate.")
@click.option("--claims", default=100_000, show_default=True, help="Claims to generate.")
@click.option("--database-url", default=None, help="An empty database to fill (default: a temporary SQLite file).")
@click.option("--requests", default=200, show_default=True, help="Requests per page at concurrency 1 (twice that at 32).")
@click.option("--workers", default=None, type=int, help="gunicorn workers (default: 2 x cores + 1).")
@click.option("--force", is_flag=True, help="Write into --database-url even if it holds real data.")
@click.option("--cluster", is_flag=True, help="Every page type through two app servers sharing REDIS_URL.")
def bench_site(partners, claims, database_url, requests, workers, force, cluster):
    """Partner and country page latency under gunicorn, beside the same page as a static file.

    Generates the dataset into a database of its own, serves it with gunicorn on a free loopback port and
    prints p50/p95 milliseconds at concurrency 1 and 32, and the ratio of each page to the static copy.
    With --cluster (in a shell that sourced scripts/cluster's env file, and --database-url an empty database
    on its primary), two app servers share the Redis cache and every public page type is measured.
    """
    from .database import refuse_real_data_at
    from .site import run, run_cluster

    if database_url:
        refuse_real_data_at(database_url, force=force)
    facts, timings = (run_cluster if cluster else run)(
        partners=partners, claims=claims, database_url=database_url, requests=requests, workers=workers,
        echo=click.echo,
    )
    click.echo(f"database: {facts['vendor']}; {facts['partners']} partners, {facts['claims']:,} claims "
               f"(generated in {facts['generate_seconds']:.0f} s); gunicorn workers: {facts['workers']}"
               + (f" on each of 2 app servers, {facts['replicas']} replica(s)" if cluster else ""))
    click.echo(f"{'page':<20}{'concurrency':>12}{'requests':>10}{'p50 ms':>10}{'p95 ms':>10}{'p95 / static':>14}")
    static = {timing.concurrency: timing for timing in timings if timing.name == "static copy"}
    for timing in timings:
        ratio = timing.p95 / static[timing.concurrency].p95
        click.echo(f"{timing.name:<20}{timing.concurrency:>12}{len(timing.runs_ms):>10}"
                   f"{timing.p50:>10.1f}{timing.p95:>10.1f}{ratio:>14.1f}")


@bench.command("extract")
@click.option("--megabytes", default=10.0, show_default=True, help="Size of the generated corpus.")
def bench_extract(megabytes):
    """Extract a generated corpus on one core and print sentences per second.

    The corpus mixes English, French and Arabic. The same run times a plain regular-expression scan of the same
    text, for comparison."""
    from .extract import generate_corpus, measure

    result = measure(generate_corpus(int(megabytes * 1024 * 1024)))
    click.echo(f"corpus: {result.megabytes:.1f} MB, {result.documents:,} documents, {result.sentences:,} sentences, "
               f"{result.claims:,} claims")
    click.echo(f"extractor: {result.sentences_per_second:,.0f} sentences/s ({result.seconds:.2f} s of CPU time, "
               f"{result.wall_seconds:.2f} s on the clock)")
    click.echo(f"plain regex scan: {result.scan_sentences_per_second:,.0f} sentences/s "
               f"({result.scan_seconds:.2f} s of CPU time); the extractor takes "
               f"{result.seconds / result.scan_seconds if result.scan_seconds else 0:.1f}x its time")
