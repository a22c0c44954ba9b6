"""The settings of commands that need no database (`extract`, `eval`, `bench extract`).

Only what their messages need: the languages and the catalogs. No secret key, no database, no data directory.
"""

from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]

OFFLINE_SETTINGS = {
    "USE_I18N": True,
    "LANGUAGE_CODE": "en",
    "LANGUAGES": [("en", "English"), ("fr", "French"), ("ar", "Arabic")],
    "LOCALE_PATHS": [PROJECT_DIR / "coalition" / "locale"],
    "INSTALLED_APPS": [],
}
