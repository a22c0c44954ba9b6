"""Run the installed `coalition` command as a new operator would: nothing exported, a data directory of its own."""

import os
import subprocess
import sys
from pathlib import Path

COALITION = Path(sys.executable).with_name("coalition")


def coalition(*args: str, data_dir: Path, cwd: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess:
    """No DJANGO_* or DATABASE_URL from the test run leaks in; ``env`` adds the variables a case needs."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    clean["COALITION_DATA_DIR"] = str(data_dir)
    clean.update(env)
    return subprocess.run(
        [str(COALITION), *args], env=clean, cwd=cwd, capture_output=True, text=True, input=stdin, timeout=600
    )
