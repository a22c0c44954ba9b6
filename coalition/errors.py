"""Errors with stable codes, shared by the CLI, the API and the web pages.

Each error carries a dotted ``code`` that tools and tests can rely on, and a translated message for people.
Add new codes to ``MESSAGES``; never reuse or rename one. ``coalition errors --markdown`` lists them all
(docs/errors.md), and a test fails on a code nothing raises or a code raised that is not here.
"""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext


def _(message: str) -> str:
    """Marks a message for makemessages and keeps it in English: it is translated when shown, because settings
    errors are raised before Django can read a catalog (Django's own gettext_noop already asks the settings)."""
    return message


MESSAGES = {
    "ingest.empty_file": _("the file is empty"),
    "ingest.too_large": _("the file is larger than the limit of %(limit)s bytes"),
    "ingest.unsupported_type": _("unsupported file type %(media_type)s"),
    "ingest.binary": _("the file is not text"),
    "ingest.bad_encoding": _("the text is not valid %(encoding)s"),
    "ingest.no_text": _("no text could be extracted from the file"),
    "ingest.malformed": _("the file is damaged or malformed: %(detail)s"),
    "ingest.unknown_partner": _("unknown partner %(code)s"),
    "ingest.no_text_layer": _("the PDF has no text layer (a scanned image?); run OCR on it first"),
    "ingest.truncated": _("the file is cut short or its archive is broken: %(detail)s"),
    "ingest.too_large_unpacked": _("the file unpacks to more than the limit of %(limit)s bytes"),
    "ingest.too_many_members": _("the file is an archive of more than %(limit)s parts"),
    "ingest.too_many_pages": _("the PDF has more than the limit of %(limit)s pages"),
    "ingest.too_many_blocks": _("the document has more than %(limit)s paragraphs, table rows or pieces of text"),
    "ingest.too_much_text": _("the document holds more than the limit of %(limit)s characters of text"),
    "ingest.too_slow": _("reading the file took longer than the limit of %(seconds)s seconds"),
    "ingest.too_complex": _("the %(detail)s file is too complex to read safely"),
    "ingest.unknown_encoding": _("the text's encoding was not recognised; save the file as UTF-8 and try again"),
    "ingest.no_sentence": _("the file holds no readable sentence"),
    "ingest.bad_url": _("'%(url)s' is not a web address: give one starting with http:// or https://"),
    "ingest.invalid": _("the document was refused: %(detail)s"),
    "ingest.files_failed": _("%(failures)s of %(files)s files failed"),
    "ingest.unknown_language": _("unknown language %(language)s; use en, fr or ar"),
    "extract.no_partner": _("the document does not name the partner it is about"),
    "extract.empty_gold": _("%(directory)s holds no document with a gold NAME.json beside it"),
    "totals.unknown_kind": _("unknown kind of figure %(kind)s"),
    "totals.unknown_currency": _("totals are given in USD or EUR, not %(currency)s"),
    "totals.unknown_group": _("totals cannot be grouped by %(group)s"),
    "totals.bench_database_not_empty": _(
        "the benchmark only writes into an empty database or one it filled itself; set DATABASE_URL"
    ),
    "bench.real_data": _(
        "%(database)s holds real data (documents, accounts or partners): leave out --in-place to measure in a "
        "temporary database, or add --force to write into it anyway"
    ),
    "bench.failed": _("the benchmark failed: %(detail)s"),
    "bench.bad_answer": _("%(url)s answered %(status)s instead of a page; the benchmark stopped"),
    "bench.server_stopped": _("gunicorn stopped while starting; its messages above say why"),
    "bench.server_silent": _("gunicorn did not answer within %(seconds)s seconds"),
    "bench.cluster_needs_redis": _("--cluster needs REDIS_URL: source the env file that scripts/cluster prints"),
    "bench.cluster_needs_database": _(
        "--cluster needs --database-url: an empty PostgreSQL database on the cluster's primary"
    ),
    "config.not_yes_no": _("%(name)s must be a yes/no value (yes, no, true, false, on, off, 1 or 0), not %(value)s"),
    "config.not_whole_number": _("%(name)s must be a whole number, not %(value)s"),
    "config.unreadable_secret_key_file": _("DJANGO_SECRET_KEY_FILE cannot be read (%(reason)s): %(path)s"),
    "config.no_secret_key": _(
        "the secret key file %(path)s cannot be created (%(reason)s): set DJANGO_SECRET_KEY or DJANGO_SECRET_KEY_FILE"
    ),
    "config.unknown_queue": _("COALITION_QUEUE must be empty or 'procrastinate', not %(value)s"),
    "config.queue_needs_postgresql": _("COALITION_QUEUE=procrastinate needs DATABASE_URL to be a PostgreSQL database"),
    "config.unknown_log_format": _("COALITION_LOG_FORMAT must be 'plain' or 'json', not %(value)s"),
    "cli.not_migrated": _("the database has no tables yet: run `coalition migrate` first"),
    "cli.database_error": _("the database refused the command (%(detail)s); check DATABASE_URL and run `coalition migrate`"),
    "cli.bad_configuration": _("the configuration is not valid: %(detail)s"),
    "cli.permission_denied": _("not allowed: %(detail)s"),
    "cli.file_error": _("a file could not be read or written: %(detail)s"),
    "cli.unexpected": _("the command failed (%(kind)s: %(detail)s); run `coalition --traceback ...` to see where"),
    "cli.bad_date": _("%(value)s is not a date of the form YYYY-MM-DD"),
    "cli.unknown_user": _("no active user %(username)s: create one with `coalition createuser`"),
    "partners.unknown_country": _("no country is called or coded %(country)s: give its ISO code, e.g. NO"),
    "partners.exists": _("partner %(code)s already exists: change it with `coalition partner edit`"),
    "partners.invalid": _("the partner was refused: %(detail)s"),
    "partners.bad_date": _("%(value)s is not a date: give YYYY, YYYY-MM or YYYY-MM-DD"),
    "partners.unknown_partner": _("unknown partner %(code)s: `coalition partner list` shows them"),
    "partners.fact_decided": _("proposed fact %(fact)s is not a draft (any more): `coalition partner facts` lists the drafts"),
    "api.unknown_user": _("unknown user %(username)s"),
    "api.unauthenticated": _("a valid API token is required: send it as 'Authorization: Bearer <token>'"),
    "api.bad_token": _("the API token is unknown or its account is inactive"),
    "api.bad_request": _("the request is not valid: %(detail)s"),
    "api.bad_cursor": _("the cursor is not valid: use the next link of an earlier page"),
    "api.bad_year_range": _("year_from (%(year_from)s) is after year_to (%(year_to)s)"),
    "api.status_needs_editor": _("only editors may list claims that are not accepted"),
    "api.forbidden": _("this request is not allowed"),
    "api.not_found": _("nothing found at this address"),
    "api.rate_limited": _("too many requests: slow down and try again later"),
    "api.server_error": _("the server could not answer this request"),
    "api.timed_out": _("the request took longer than %(seconds)s seconds and was stopped; ask for less at a time"),
    "api.body_too_large": _("the request body is larger than the server accepts"),
    "api.uri_too_long": _("the address is longer than the limit of %(limit)s bytes"),
    "export.bad_format": _("unknown export format %(format)s"),
    "export.queue_with_output": _("--queue writes to the exports storage: leave out --output"),
    "export.bad_format_version": _("the file has export format version %(found)s; this version reads %(expected)s"),
    "export.malformed": _("the export file is malformed: %(detail)s"),
    "export.unknown_document": _("document %(sha256)s is not in the database: load or ingest it first"),
    "export.unknown_partner": _("unknown partner %(code)s"),
    "export.invalid_claim": _("claim %(id)s of the file was refused: %(detail)s"),
    "backup.malformed": _("the backup file is malformed: %(detail)s"),
    "backup.bad_format_version": _("the backup has format version %(found)s; this version reads %(expected)s"),
    "backup.unknown_model": _("the backup holds %(model)s, which this version does not know"),
    "backup.not_empty": _("the database already holds %(model)s rows: load a backup only into an empty, migrated database"),
    "review.permission_denied": _("you may not %(action)s for partner %(partner)s"),
    "review.stale_version": _(
        "someone else changed this %(object)s while you were editing it (you had version %(expected)s, "
        "it is now at version %(current)s); nothing was saved: reload the page and apply your change again"
    ),
    "review.invalid": _("the change was refused: %(detail)s"),
    "review.wrong_partner": _("document %(document)s belongs to %(document_partner)s, not %(partner)s"),
    "review.nothing_to_publish": _("%(partner)s has no accepted claims or pieces to publish"),
    "review.claims_not_found": _("claims not found for %(username)s: %(ids)s"),
    "review.partner_not_found": _("partner %(partner)s not found for %(username)s"),
    "review.document_not_found": _("document %(sha256)s not found for %(partner)s"),
    "review.publication_not_found": _("publication %(publication)s not found for %(username)s"),
    "review.foreign_publication": _("that publication is not one of %(partner)s"),
    "review.no_target_partner": _("give the code of the partner to map the proposal to; nothing was changed"),
    "review.bad_date": _("give the date as YYYY-MM-DD; nothing was changed"),
    "review.incomplete_request": _("the request was incomplete; nothing was changed"),
    "ingest.many_unknown_partner": _(
        "the document is about %(code)s, which is not a partner: add the partner first, or give --partner"
    ),
    "events.proposal_secretariat_only": _("only the secretariat may confirm, map or reject a proposed partner"),
    "events.proposal_decided": _("the proposed partner %(code)s was already decided: %(status)s"),
    "events.proposal_partner_exists": _("%(code)s is already a partner: map the proposal to it instead"),
    "accounts.user_exists": _("user %(username)s already exists"),
    "accounts.partner_required": _("a partner editor needs at least one --partner"),
    "accounts.unknown_partner": _("unknown partner %(partner)s"),
    "accounts.partner_not_allowed": _("a secretariat editor covers every partner: leave out --partner"),
    "accounts.weak_password": _("the password was refused: %(detail)s"),
    "website.bad_as_of": _("as_of must be a date written YYYY-MM-DD, e.g. 2020-01-01"),
    "health.metrics_forbidden": _("metrics need a token or an allowed address"),
    "jobs.no_queue": _("no job queue is configured: set COALITION_QUEUE=procrastinate (jobs run inline without it)"),
}


#: The HTTP status of a code when it reaches the API as problem+json; any other code is answered with 400.
HTTP_STATUS = {
    "api.unauthenticated": 401,
    "api.bad_token": 401,
    "api.status_needs_editor": 403,
    "api.forbidden": 403,
    "review.permission_denied": 403,
    "api.not_found": 404,
    "review.stale_version": 409,
    "api.body_too_large": 413,
    "ingest.too_large": 413,
    "api.uri_too_long": 414,
    "ingest.unsupported_type": 415,
    "api.rate_limited": 429,
    "api.server_error": 500,
    "api.timed_out": 503,
}


def _translations_ready() -> bool:
    """Whether a catalog can be read: not while the settings load, nor before the apps are set up."""
    return settings.configured and apps.ready


class CoalitionError(Exception):
    """Base of the project's own errors: a stable code plus a message for people."""

    #: The exit status of `coalition` when a command fails with this error.
    exit_code = 1

    def __init__(self, code: str, /, **params):  # positional-only: messages may have a %(code)s parameter
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        template = MESSAGES[self.code]
        if _translations_ready():
            template = gettext(template)
        return template % self.params if self.params else template

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class ConfigError(CoalitionError, ImproperlyConfigured):
    """A setting or environment variable is not valid; Django sees an ImproperlyConfigured, as for its own."""


class IngestError(CoalitionError):
    """A file could not be read or stored; nothing was written."""


class ExtractionError(CoalitionError):
    """The text could not be turned into claims."""


class PartnerError(CoalitionError):
    """A partner could not be added or changed; nothing was written."""


class ReviewError(CoalitionError):
    """An editorial change was refused; nothing was written."""


class StaleVersionError(ReviewError):
    """Optimistic locking: the record changed since the editor loaded it."""


class AccountError(CoalitionError):
    """An account could not be set up; nothing was written."""


class ApiError(CoalitionError):
    """An API request was refused; nothing was written."""


class ExportError(CoalitionError):
    """An export could not be written or an export file could not be imported; nothing was written."""


class BackupError(CoalitionError):
    """A backup could not be written or restored; nothing was written."""
