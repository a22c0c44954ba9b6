"""Where a benchmark may write: a temporary database of its own by default, never real data unless forced.

``bench_database`` wraps every `coalition bench` command that writes. Without ``in_place`` it makes a new,
migrated database beside the configured one (a temporary SQLite file, or a ``<name>_bench`` database on the
same PostgreSQL server), so the figures come from the same engine, and drops it afterwards. With ``in_place``
it uses the configured database, and refuses one that holds real data unless ``force`` is given.
"""

import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.db import DatabaseError, connections

from coalition.errors import CoalitionError

#: Every document the benchmark data generator (coalition.bench.data) writes carries this title.
BENCH_TITLE = "coalition bench"

REAL_DATA_SQL = (
    ("SELECT 1 FROM documents_sourcedocument WHERE title <> %s", [BENCH_TITLE]),
    ("SELECT 1 FROM auth_user", []),
    ("SELECT 1 FROM partners_partner p WHERE NOT EXISTS "
     "(SELECT 1 FROM documents_sourcedocument d WHERE d.partner_id = p.id)", []),
)


def holds_real_data(connection) -> bool:
    """Documents a benchmark did not write, accounts, or partners without documents; no tables is no data."""
    connection.ensure_connection()  # an unreachable database is an error, not an empty one
    for sql, params in REAL_DATA_SQL:
        try:
            with connection.cursor() as cursor:  # autocommit: a failed query spoils nothing after it
                cursor.execute(f"{sql} LIMIT 1", params)
                if cursor.fetchone():
                    return True
        except DatabaseError:  # the table is missing: a database never migrated holds nothing
            continue
    return False


def refuse_real_data(connection, *, force: bool, where: str) -> None:
    if not force and holds_real_data(connection):
        raise CoalitionError("bench.real_data", database=where)


@contextmanager
def bench_database(*, in_place: bool, force: bool):
    """The configured database (guarded) with ``in_place``, else a temporary one of the same engine."""
    connection = connections["default"]
    if in_place:
        refuse_real_data(connection, force=force, where=str(connection.settings_dict["NAME"]))
        yield connection
        return
    original = connection.settings_dict["NAME"]
    workdir = Path(tempfile.mkdtemp(prefix="coalition-bench-"))
    test_name = str(workdir / "bench.sqlite3") if connection.vendor == "sqlite" else f"{original}_bench"
    connection.settings_dict.setdefault("TEST", {})["NAME"] = test_name
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        yield connection
    finally:
        connection.creation.destroy_test_db(original, verbosity=0)
        if workdir.exists():
            for path in workdir.iterdir():
                path.unlink()
            workdir.rmdir()


def refuse_real_data_at(url: str, *, force: bool) -> None:
    """The guard for a database given by URL (`bench site --database-url`), through a connection of its own."""
    import dj_database_url
    from django.db.utils import ConnectionHandler

    handler = ConnectionHandler({"default": dj_database_url.parse(url)})
    try:
        refuse_real_data(handler["default"], force=force, where=url)
    finally:
        handler.close_all()
