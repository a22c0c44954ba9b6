"""Errors with stable codes, shared by the CLI, the API and the web pages.

Each error carries a dotted ``code`` that tools and tests can rely on, and a translated message for people.
Add new codes to ``MESSAGES``; never reuse or rename one.
"""

from django.utils.translation import gettext_lazy as _

MESSAGES = {
    "ingest.empty_file": _("the file is empty"),
    "ingest.too_large": _("the file is larger than the limit of %(limit)s bytes"),
    "ingest.unsupported_type": _("unsupported file type %(media_type)s"),
    "ingest.binary": _("the file is not text"),
    "ingest.bad_encoding": _("the text is not valid %(encoding)s"),
    "ingest.no_text": _("no text could be extracted from the file"),
    "ingest.malformed": _("the file is damaged or malformed: %(detail)s"),
    "ingest.unknown_partner": _("unknown partner %(code)s"),
    "extract.no_partner": _("the document does not name the partner it is about"),
    "config.missing_secret_key": _("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off"),
}


class CoalitionError(Exception):
    """Base of the project's own errors: a stable code plus a message for people."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        template = MESSAGES[self.code]
        return str(template) % self.params if self.params else str(template)

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class IngestError(CoalitionError):
    """A file could not be read or stored; nothing was written."""


class ExtractionError(CoalitionError):
    """The text could not be turned into claims."""
