"""`coalition`: the one command for every job. Each command is a thin shell over an importable function."""

import os
import re
import sys

import click

from coalition.bench_database import guard_options

#: Commands that need no database: they get the offline settings, never the secret key or the database.
OFFLINE_COMMANDS = {("extract",), ("eval",), ("bench", "extract"), ("errors",)}
HELP_OPTIONS = ("-h", "--help")
#: How SQLite and PostgreSQL say a table is missing: the database was never migrated.
MISSING_TABLE = re.compile(r"no such table|relation \S+ does not exist|UndefinedTable")


def _setup_django(args: list[str]) -> None:
    """Set Django up as much as the command in ``args`` needs: not at all for help, offline for file jobs."""
    import django
    from django.conf import settings

    if args[:1] != ["manage"] and any(arg in HELP_OPTIONS for arg in args):
        return
    if tuple(args[:1]) in OFFLINE_COMMANDS or tuple(args[:2]) in OFFLINE_COMMANDS:
        if not settings.configured:
            from coalition.settings.offline import OFFLINE_SETTINGS

            settings.configure(**OFFLINE_SETTINGS)
    else:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coalition.settings.base")
    django.setup()


class CommandFailed(click.ClickException):
    """A failure as users see it: one line, ``error: <code>: <message>``, and the error's exit status."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def show(self, file=None) -> None:
        click.echo(f"error: {self.message}", err=True)


def _as_coalition_error(error: Exception):
    """The catalogue error that says what went wrong in words an operator can act on."""
    from django.core.exceptions import ImproperlyConfigured, PermissionDenied
    from django.db import DatabaseError

    from coalition.errors import CoalitionError

    if isinstance(error, CoalitionError):
        return error
    detail = " ".join(str(error).split())[:300] or type(error).__name__
    if isinstance(error, DatabaseError):
        if MISSING_TABLE.search(detail):
            return CoalitionError("cli.not_migrated")
        return CoalitionError("cli.database_error", detail=detail)
    if isinstance(error, ImproperlyConfigured):
        return CoalitionError("cli.bad_configuration", detail=detail)
    if isinstance(error, PermissionDenied):
        return CoalitionError("cli.permission_denied", detail=detail)
    if isinstance(error, OSError):
        return CoalitionError("cli.file_error", detail=detail)
    return CoalitionError("cli.unexpected", kind=type(error).__name__, detail=detail)


def _translations_at_hand() -> None:
    """Catalogue messages need settings: when the settings are what failed, use the offline ones."""
    import django
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.USE_I18N
    except ImproperlyConfigured:
        from coalition.settings.offline import OFFLINE_SETTINGS

        settings.configure(**OFFLINE_SETTINGS)
        django.setup()


class CoalitionGroup(click.Group):
    """The top command: it sets Django up for the command line it sees, and turns failures into one line."""

    def resolve_command(self, ctx, args):
        ctx.meta["coalition.args"] = list(args)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Abort, click.exceptions.Exit):
            raise
        except Exception as error:
            if ctx.params.get("traceback"):
                raise
            _translations_at_hand()
            failure = _as_coalition_error(error)
            raise CommandFailed(str(failure), exit_code=failure.exit_code) from error


@click.group(
    cls=CoalitionGroup,
    context_settings={"help_option_names": list(HELP_OPTIONS), "max_content_width": 100, "terminal_width": 100},
)
@click.version_option(package_name="coalition-ledger")
@click.option("--traceback", is_flag=True, help="On a failure, show the whole traceback (for maintainers).")
@click.pass_context
def main(ctx, traceback):
    """Coalition Ledger: track, review and publish what each partner contributes to the coalition."""
    _setup_django(ctx.meta.get("coalition.args", []))


@main.command()
@click.option("--deploy", is_flag=True, help="Also check what a production server needs.")
def check(deploy):
    """Check the configuration; with --deploy, say what production still needs."""
    from django.core import checks
    from django.core.management import call_command

    from coalition.settings.checks import production_checks

    checks.register(production_checks, checks.Tags.security, deploy=True)
    call_command("check", deploy=deploy, fail_level="ERROR")


@main.command()
def migrate():
    """Create or update the database tables."""
    from pathlib import Path

    from django.conf import settings
    from django.core.management import call_command

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        Path(database["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    call_command("migrate", interactive=False, verbosity=1)


@main.command("load-example")
def load_example():
    """Load the bundled example partners and factsheets."""
    from coalition.examples.loader import load_examples

    summary = load_examples()
    click.echo(
        f"Loaded {summary.partners} partners, {summary.groups} working groups, "
        f"{summary.documents} documents, {summary.claims} claims."
    )


@main.command()
@click.argument("address", default="127.0.0.1:8000")
@click.option("--workers", default=lambda: os.cpu_count() or 2, show_default="number of cores", type=int)
@click.option("--collect/--no-collect", default=True, help="Collect static files first.")
def serve(address, workers, collect):
    """Serve the site with gunicorn, static files included."""
    from coalition.serving import serve as run_server

    run_server(address=address, workers=workers, collect_static=collect)


@main.command()
@click.option("--concurrency", default=1, show_default=True, help="Jobs run at the same time.")
def worker(concurrency):
    """Run queued jobs until stopped.

    Reads uploads, rebuilds totals and writes queued exports from the procrastinate queue
    (COALITION_QUEUE=procrastinate); SIGTERM lets the running job finish first. See docs/deploy.md.
    """
    from coalition.jobs.worker import worker_run

    worker_run(concurrency=concurrency)


@main.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def manage(args):
    """Run a Django management command (for maintainers)."""
    from django.core.management import execute_from_command_line

    execute_from_command_line(["coalition manage", *args])


@main.command()
@click.argument("username")
@click.option(
    "--role", required=True, type=click.Choice(["secretariat", "partner-editor"]),
    help="secretariat: every partner; partner-editor: only the --partner ones.",
)
@click.option("--partner", "partners", multiple=True, metavar="CODE", help="A partner to edit (repeatable).")
@click.option("--email", default="", help="The account's e-mail address.")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin.")
@click.option("--staff", is_flag=True, help="Also open the admin (limited by the same permission policy).")
def createuser(username, role, partners, email, password_stdin, staff):
    """Create an editor account. The password comes from --password-stdin, else COALITION_PASSWORD, else a prompt."""
    from coalition.review.services import account_create

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = os.environ.get("COALITION_PASSWORD") or click.prompt(
            "Password", hide_input=True, confirmation_prompt=True
        )
    editor = account_create(
        username=username, password=password, role=role, partner_codes=list(partners), email=email, staff=staff
    )
    covered = ", ".join(editor.partners.values_list("code", flat=True)) or "every partner"
    click.echo(f"Created {username} ({role}) for {covered}.")


@main.group()
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

    from coalition.bench_database import bench_database
    from coalition.progress import progress
    from coalition.totals.bench import run as run_bench

    with bench_database(in_place=in_place, force=force), progress(
        description="generate", unit="claim", total=claims
    ) as bar:
        result = run_bench(claims=claims, runs=runs, progress=bar.update)
    click.echo(f"database: {connection.vendor}; claims: {result.claims:,} ({result.generated:,} generated "
               f"in {result.generate_seconds:.0f} s); rows per total: {result.rows}")
    click.echo(f"first total after generation (builds every partner's cells): {result.build_ms:.0f} ms")
    click.echo(f"first total after changing one claim: {result.after_change_ms:.0f} ms")
    click.echo(f"total by place and line, {runs} runs: p50 {result.p50:.0f} ms, p95 {result.p95:.0f} ms")
    click.echo(f"one place and one line by partner: first after changing one claim "
               f"{result.filtered_after_change_ms:.0f} ms; {runs} runs: p50 {result.filtered_p50:.0f} ms, "
               f"p95 {result.filtered_p95:.0f} ms")
    click.echo(f"same total over an explicit claims set (added up at each call): {result.on_the_spot_ms:.0f} ms")
    click.echo(f"Done: {result.claims:,} claims, {bar.seconds:.0f} s in all.")


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
    from coalition.bench_database import refuse_real_data_at
    from coalition.errors import CoalitionError
    from coalition.website.bench import run as run_bench
    from coalition.website.bench import run_cluster

    if database_url:
        refuse_real_data_at(database_url, force=force)
    try:
        facts, measures = (run_cluster if cluster else run_bench)(
            partners=partners, claims=claims, database_url=database_url, requests=requests, workers=workers,
            echo=click.echo,
        )
    except RuntimeError as error:
        raise CoalitionError("bench.failed", detail=str(error)) from error
    click.echo(f"database: {facts['vendor']}; {facts['partners']} partners, {facts['claims']:,} claims "
               f"(generated in {facts['generate_seconds']:.0f} s); gunicorn workers: {facts['workers']}"
               + (f" on each of 2 app servers, {facts['replicas']} replica(s)" if cluster else ""))
    click.echo(f"{'page':<20}{'concurrency':>12}{'requests':>10}{'p50 ms':>10}{'p95 ms':>10}{'p95 / static':>14}")
    static = {m.concurrency: m for m in measures if m.page == "static copy"}
    for measure in measures:
        ratio = measure.p95 / static[measure.concurrency].p95
        click.echo(f"{measure.page:<20}{measure.concurrency:>12}{len(measure.latencies_ms):>10}"
                   f"{measure.p50:>10.1f}{measure.p95:>10.1f}{ratio:>14.1f}")


@main.command("errors")
@click.option("--markdown", is_flag=True, help="Print the page docs/errors.md instead of a plain table.")
def errors_(markdown):
    """List every error code with its class, HTTP status, exit status and message.

    With --markdown, print the page docs/errors.md, which a test keeps in step with the code.
    """
    from coalition import catalogue

    click.echo(catalogue.markdown() if markdown else "\n".join(catalogue.plain()), nl=not markdown)


@main.group()
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


# The data API's and the exports' commands live beside their code; they import Django only when run.
from coalition.api.commands import bench_api, token  # noqa: E402
from coalition.exports.commands import dump, export, exports, import_, load  # noqa: E402

for _command in (token, export, exports, import_, dump, load):
    main.add_command(_command)
bench.add_command(bench_api)
from coalition.partners.commands import partner  # noqa: E402
from coalition.review.commands import review  # noqa: E402

main.add_command(review)
main.add_command(partner)
from coalition.ingest.cli import bench_extract, eval_, extract, ingest  # noqa: E402

main.add_command(extract)
main.add_command(ingest)
main.add_command(eval_)
bench.add_command(bench_extract)


def run():
    """Entry point of the installed `coalition` command."""
    main(standalone_mode=True)
