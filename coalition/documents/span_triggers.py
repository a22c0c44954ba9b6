"""Database triggers that keep evidence spans inside their document's text.

A check constraint cannot look into another table, so the rule "a span lies within its document's text
(and, where the row keeps a copy, the copy is exactly that text)" is a trigger, written once here for
SQLite and PostgreSQL and installed by the migrations of the tables that hold spans.
"""

from django.db import migrations


def _sqlite_sql(table: str, copy_column: str | None) -> tuple[list[str], list[str]]:
    doc_text = "(SELECT text FROM documents_sourcedocument WHERE id = NEW.document_id)"
    condition = f"NEW.evidence_start IS NOT NULL AND (NEW.evidence_end > length({doc_text})"
    if copy_column:
        condition += (
            f" OR substr({doc_text}, NEW.evidence_start + 1, NEW.evidence_end - NEW.evidence_start)"
            f" IS NOT NEW.{copy_column}"
        )
    condition += ")"
    columns = "document_id, evidence_start, evidence_end" + (f", {copy_column}" if copy_column else "")
    forward = [
        f"CREATE TRIGGER {table}_span_insert BEFORE INSERT ON {table} WHEN {condition} "
        f"BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: {table}_span_in_document_text'); END",
        f"CREATE TRIGGER {table}_span_update BEFORE UPDATE OF {columns} ON {table} WHEN {condition} "
        f"BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: {table}_span_in_document_text'); END",
    ]
    backward = [f"DROP TRIGGER IF EXISTS {table}_span_insert", f"DROP TRIGGER IF EXISTS {table}_span_update"]
    return forward, backward


def _postgresql_sql(table: str, copy_column: str | None) -> tuple[list[str], list[str]]:
    copy_check = (
        f" OR substr(doc_text, NEW.evidence_start + 1, NEW.evidence_end - NEW.evidence_start)"
        f" IS DISTINCT FROM NEW.{copy_column}"
        if copy_column
        else ""
    )
    columns = "document_id, evidence_start, evidence_end" + (f", {copy_column}" if copy_column else "")
    forward = [
        f"""CREATE FUNCTION {table}_span_in_document_text() RETURNS trigger AS $$
DECLARE doc_text text;
BEGIN
  IF NEW.evidence_start IS NULL THEN RETURN NEW; END IF;
  SELECT text INTO doc_text FROM documents_sourcedocument WHERE id = NEW.document_id;
  IF NEW.evidence_end > length(doc_text){copy_check} THEN
    RAISE EXCEPTION 'new row for relation "{table}" violates check constraint "{table}_span_in_document_text"'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql""",
        f"CREATE TRIGGER {table}_span_in_document_text BEFORE INSERT OR UPDATE OF {columns} ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION {table}_span_in_document_text()",
    ]
    backward = [
        f"DROP TRIGGER IF EXISTS {table}_span_in_document_text ON {table}",
        f"DROP FUNCTION IF EXISTS {table}_span_in_document_text()",
    ]
    return forward, backward


_BUILDERS = {"sqlite": _sqlite_sql, "postgresql": _postgresql_sql}


def span_trigger_operation(table: str, *, copy_column: str | None = None) -> migrations.RunPython:
    """A migration operation installing the span trigger on ``table`` for the database in use."""

    def run(direction: int):
        def apply(apps, schema_editor):
            builder = _BUILDERS.get(schema_editor.connection.vendor)
            if builder is None:
                return  # other databases rely on the model validation alone
            for statement in builder(table, copy_column)[direction]:
                schema_editor.execute(statement)

        return apply

    return migrations.RunPython(run(0), run(1))


#: The tables that carry a span trigger, with the column holding their copy of the text.
SPAN_TABLES = {"claims_claim": "evidence", "profiles_statement": None}


def sqlite_span_triggers(*, install: bool) -> migrations.RunPython:
    """Drop (``install=False``) or put back the span triggers, on SQLite only.

    SQLite alters a table by rebuilding it, which it refuses while another table's trigger names it: a
    migration that alters ``documents_sourcedocument`` drops the triggers first and puts them back after.
    Other databases alter in place and keep their triggers.
    """

    def run(to_install: bool):
        def apply(apps, schema_editor):
            if schema_editor.connection.vendor != "sqlite":
                return
            for table, copy_column in SPAN_TABLES.items():
                forward, backward = _sqlite_sql(table, copy_column)
                for statement in forward if to_install else backward:
                    schema_editor.execute(statement)

        return apply

    return migrations.RunPython(run(install), run(not install))
