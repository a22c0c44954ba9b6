"""`coalition`: the one command for every job. Each command is a thin shell over an importable function."""

import os
import re
import sys

import click

# Each domain's commands live beside its code, in its ``commands.py``; they import Django only when run.
from coalition.api.commands import token
from coalition.bench.commands import bench
from coalition.exports.commands import dump, export, exports, import_, load
from coalition.ingest.commands import eval_, extract, ingest
from coalition.partners.commands import partner
from coalition.review.commands import review
from coalition.totals.commands import totals

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
    from coalition.editorial.services import account_create

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


@main.command("errors")
@click.option("--markdown", is_flag=True, help="Print the page docs/errors.md instead of a plain table.")
def errors_(markdown):
    """List every error code with its class, HTTP status, exit status and message.

    With --markdown, print the page docs/errors.md, which a test keeps in step with the code.
    """
    from coalition import catalogue

    click.echo(catalogue.markdown() if markdown else "\n".join(catalogue.plain()), nl=not markdown)


for _command in (token, export, exports, import_, dump, load, partner, review, extract, ingest, eval_, totals, bench):
    main.add_command(_command)


def run():
    """Entry point of the installed `coalition` command."""
    main(standalone_mode=True)
