"""Typed access to the environment: every setting that may differ between machines is read here, once."""

import os
import secrets
from pathlib import Path

from coalition.errors import ConfigError

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}
SECRET_KEY_FILE_NAME = "secret_key"


def env_str(name: str, default: str | None = None) -> str | None:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ConfigError("config.not_yes_no", name=name, value=repr(raw))


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError("config.not_whole_number", name=name, value=repr(raw)) from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def secret_key(data_dir: Path) -> tuple[str, str]:
    """The secret key and where it came from.

    DJANGO_SECRET_KEY, else the file DJANGO_SECRET_KEY_FILE names, else ``data_dir/secret_key``, created
    (mode 0600) on first use so that every command works right after set-up. `coalition check --deploy`
    warns when production runs on that last one.
    """
    if os.environ.get("DJANGO_SECRET_KEY"):
        return os.environ["DJANGO_SECRET_KEY"], "DJANGO_SECRET_KEY"
    if os.environ.get("DJANGO_SECRET_KEY_FILE"):
        path = Path(os.environ["DJANGO_SECRET_KEY_FILE"])
        try:
            return path.read_text().strip(), "DJANGO_SECRET_KEY_FILE"
        except OSError as error:
            raise ConfigError("config.unreadable_secret_key_file", path=str(path), reason=error.strerror) from None
    path = data_dir / SECRET_KEY_FILE_NAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as file:
            file.write(secrets.token_urlsafe(50) + "\n")
    except FileExistsError:
        pass  # made by an earlier run, or by another process just now
    except OSError as error:
        raise ConfigError("config.no_secret_key", path=str(path), reason=error.strerror) from None
    return path.read_text().strip(), "data directory"
