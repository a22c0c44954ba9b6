"""`coalition extract`, `coalition ingest` and `coalition eval`.

Thin shells over :mod:`coalition.extraction` and :mod:`coalition.ingest.services`; each docstring is the
command's ``--help``.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from coalition.reading import EXTENSIONS


class _Date(click.ParamType):
    name = "DATE"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        from coalition.errors import CoalitionError

        try:
            return date.fromisoformat(value)
        except ValueError:
            raise CoalitionError("cli.bad_date", value=repr(value)) from None


DATE = _Date()


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--as-of", type=DATE, help="The date the document speaks for (YYYY-MM-DD).")
@click.option("--format", "output", type=click.Choice(["json", "table"]), default="json", show_default=True,
              help="json: exactly the claims schema; table: for people.")
@click.option("--lang", "language", type=click.Choice(["en", "fr", "ar"]), default=None,
              help="The document's language (default: detected from its text).")
def extract(file, as_of, output, language):
    """Print the claims of FILE (.txt, .html, .pdf, .docx); writes nothing."""
    from coalition.errors import IngestError
    from coalition.extraction import extract_file

    try:
        extraction = extract_file(file, as_of=as_of, language=language)
    except IngestError as error:
        _fail(f"{file}: {error}")
    if output == "json":
        click.echo(json.dumps(extraction.to_schema_dict(), indent=2, ensure_ascii=False))
        return
    click.echo(f"partner: {extraction.partner or '-'}   language: {extraction.language}   "
               f"claims: {len(extraction.claims)}")
    for row in _table(extraction.claims):
        click.echo(row)


def _table(claims) -> list[str]:
    header = ("#", "partner", "kind", "value", "unit", "qualifier", "period", "places", "lines", "evidence")
    rows = [header]
    for index, claim in enumerate(claims):
        period = claim.period or "-"
        if claim.year:
            period += f" {claim.year}"
        if claim.since:
            period += f" since {claim.since}"
        evidence = " ".join(claim.evidence.split())
        rows.append((
            str(index), claim.partner or "-", claim.kind, f"{claim.value:,.0f}", claim.currency or "people", claim.qualifier, period,
            ",".join(claim.places) or "-", ",".join(claim.lines) or "-",
            evidence if len(evidence) <= 60 else evidence[:57] + "...",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    return ["  ".join([*(cell.ljust(w) for cell, w in zip(row, widths)), row[-1]]).rstrip() for row in rows]


def _files(paths) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in EXTENSIONS)
        else:
            found.append(path)
    return found


def _web_address(ctx, param, value):
    """--url is checked before any file is tried: every file would be refused for it."""
    from django.core.exceptions import ValidationError
    from django.core.validators import URLValidator

    from coalition.errors import IngestError

    if value is not None:
        try:
            URLValidator(schemes=["http", "https"])(value)
        except ValidationError:
            _fail(str(IngestError("ingest.bad_url", url=value)))
    return value


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path),
                metavar="FILE_OR_DIR...")
@click.option("--partner", "partner_code", default=None, metavar="CODE",
              help="The partner the files are about (default: the one each names; none for a file naming many).")
@click.option("--as-of", type=DATE,
              help="The date the documents speak for (default: the date each states; else left for review).")
@click.option("--lang", "language", type=click.Choice(["en", "fr", "ar"]), default=None,
              help="The documents' language (default: detected from the text).")
@click.option("--url", default=None, callback=_web_address, help="Where the document was published (http or https).")
def ingest(paths, partner_code, as_of, language, url):
    """Store files with their claims and profile pieces as drafts.

    Without --partner, a file that names many partners (a conference's pledges, a round-up) is stored with each
    claim under its own partner; a giver that is no partner yet is proposed to the secretariat.
    Each file is one transaction. A file that fails leaves the database as it was; the command names it with the reason and exits non-zero
    once all files have been tried.
    """
    from tqdm import tqdm

    from coalition.errors import CoalitionError, IngestError
    from coalition.progress import progress

    from .services import document_ingest_outcome, partner_by_code

    try:
        partner = partner_by_code(partner_code) if partner_code else None
    except CoalitionError as error:
        _fail(str(error))
    files = _files(paths)
    failures = stored = claims = 0
    with progress(description="ingest", unit="file", total=len(files)) as bar:
        for path in files:
            try:
                outcome = document_ingest_outcome(
                    data=path.read_bytes(), filename=path.name, partner=partner, as_of=as_of, url=url,
                    language=language,
                )
            except CoalitionError as error:
                failures += 1
                tqdm.write(f"error: {path}: {error}", file=sys.stderr)
                continue
            finally:
                bar.update(1)
            stored += outcome.created
            claims += len(outcome.claims)
            state = "stored" if outcome.created else "already stored"
            encoding = f"text read as {outcome.encoding}; " if outcome.encoding else ""
            tqdm.write(f"{path}: {state} as {outcome.document.sha256[:12]}; {encoding}"
                       f"{len(outcome.claims)} draft claims, {outcome.pieces} profile pieces")
            for proposal in outcome.proposals:
                tqdm.write(f"{path}: {proposal.name} ({proposal.code}) is not a partner yet: proposed to the "
                           f"secretariat with {len(proposal.claims)} claims")
    click.echo(f"Ingested {len(files)} files ({stored} new, {len(files) - stored - failures} already stored, "
               f"{failures} failed): {claims} draft claims in {bar.seconds:.1f} s.")
    if failures:
        _fail(str(IngestError("ingest.files_failed", failures=failures, files=len(files))))


def _field(name: str, claim: dict) -> str:
    if name == "period":
        return f"{claim.get('period')}/{claim.get('year')}/{claim.get('since')}"
    return str(claim.get(name))


@click.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--verbose", "-v", is_flag=True, help="List the missed and spurious claims.")
def eval_(directory, verbose):
    """Score the extractor on DIRECTORY of documents with gold NAME.json files.

    Scores are given overall, per language and per source format. Exits non-zero when DIRECTORY holds no document
    with its gold file."""
    from coalition.errors import ExtractionError
    from coalition.extraction.evaluate import FIELDS, evaluate

    try:
        scores = evaluate(directory)
    except ExtractionError as error:
        _fail(str(error))
    click.echo(f"documents {len(scores.documents)}   gold claims {scores.tp + scores.fn}   "
               f"predicted {scores.tp + scores.fp}")
    click.echo(f"precision {scores.precision:.3f}   recall {scores.recall:.3f}   F1 {scores.f1:.3f}")
    click.echo("over matched claims: " + "   ".join(f"{f} {scores.accuracy(f):.3f}" for f in FIELDS)
               + f"   partner {scores.partner_accuracy:.3f}   attribution {scores.attribution_accuracy:.3f}")
    header = ("", "docs", "gold", "P", "R", "F1", *FIELDS)
    rows = [header]
    for title, groups in (("language", scores.by_language), ("format", scores.by_format)):
        for key in sorted(groups):
            part = groups[key]
            rows.append((f"{title} {key}", str(len(part.documents)), str(part.tp + part.fn), f"{part.precision:.3f}",
                         f"{part.recall:.3f}", f"{part.f1:.3f}", *(f"{part.accuracy(f):.3f}" for f in FIELDS)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        click.echo("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    if verbose:
        for document in scores.documents:
            for claim in document.missed:
                click.echo(f"{document.name}: missed {claim['kind']} {claim['value']} {claim['currency'] or ''}")
            for claim in document.spurious:
                click.echo(f"{document.name}: spurious {claim['kind']} {claim['value']} {claim['currency'] or ''}"
                           f" ({claim['evidence']!r})")
            for name, predicted, gold in document.field_errors:
                click.echo(f"{document.name}: {name} of {gold['kind']} {gold['value']} is "
                           f"{_field(name, predicted)}, gold {_field(name, gold)}")

