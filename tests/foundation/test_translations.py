"""French and Arabic stay complete: an untranslated, fuzzy or missing string fails CI instead of showing
English (or a wrong fuzzy guess) on the French and Arabic pages."""

import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

PROJECT_DIR = Path(__file__).resolve().parents[2]
LOCALE_DIR = PROJECT_DIR / "coalition" / "locale"
TRANSLATED = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def read_catalog(path: Path):
    with path.open("rb") as file:
        return read_po(file)


def committed(language: str):
    return read_catalog(LOCALE_DIR / language / "LC_MESSAGES" / "django.po")


def entries(catalog) -> dict:
    """Each entry's key (context, msgid or (msgid, msgid_plural)) with its translation, header left out."""
    return {(as_text(message.context), as_tuple(message.id)): as_tuple(message.string)
            for message in catalog if message.id}


def as_tuple(value):
    """Babel reads a plural entry's ids and strings as tuples from a .po file and as lists from a .mo file."""
    return tuple(value) if isinstance(value, (list, tuple)) else value


def as_text(context):
    """Babel reads a context as text from a .po file and as bytes from a .mo file."""
    return context.decode() if isinstance(context, bytes) else context


def test_every_translated_language_has_a_catalog():
    assert TRANSLATED, "settings.LANGUAGES lists no language besides the source language"
    for language in TRANSLATED:
        assert (LOCALE_DIR / language / "LC_MESSAGES" / "django.po").is_file(), language


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_entry_is_translated_and_not_fuzzy(language):
    catalog = committed(language)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        elif not all(strings):
            problems.append(f"untranslated (or a plural form missing): {message.id!r}")
    assert not problems, f"{language}: " + "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_and_plural_forms_are_consistent(language):
    catalog = committed(language)
    errors = [f"{message.id!r}: {'; '.join(map(str, found))}" for message, found in catalog.check()]
    assert not errors, f"{language}: " + "\n".join(errors)


@pytest.mark.parametrize("language", TRANSLATED)
def test_compiled_catalog_matches_the_po_file(language):
    """The site reads the .mo; forgetting compilemessages would ship the old translations."""
    with (LOCALE_DIR / language / "LC_MESSAGES" / "django.mo").open("rb") as file:
        compiled = entries(read_mo(file))
    assert compiled == entries(committed(language)), f"run compilemessages for {language}"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """Run makemessages over a copy of the code, writing into a copy of the catalogs, and read the result.

    The copy keeps the working tree untouched (makemessages writes scratch files beside the templates).
    """
    root = tmp_path_factory.mktemp("makemessages")
    source = root / "coalition"
    shutil.copytree(PROJECT_DIR / "coalition", source, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    previous = Path.cwd()
    os.chdir(root)
    try:
        with override_settings(LOCALE_PATHS=[str(source / "locale")]):
            call_command("makemessages", locale=TRANSLATED, no_obsolete=True, verbosity=0, stdout=StringIO())
    finally:
        os.chdir(previous)
    return {language: entries(read_catalog(source / "locale" / language / "LC_MESSAGES" / "django.po"))
            for language in TRANSLATED}


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs gettext's xgettext (Debian package gettext)")
@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_code_is_in_the_committed_catalog(extracted, language):
    missing = sorted(map(repr, extracted[language].keys() - entries(committed(language)).keys()))
    assert not missing, (
        f"{language}: strings of the code are not in the committed catalog; run makemessages -l {language} "
        "--no-obsolete, translate them, then compilemessages:\n" + "\n".join(missing)
    )
