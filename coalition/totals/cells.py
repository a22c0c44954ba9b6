"""Writes of the stored cells that totals without a ``claims`` set or ``as_of`` date add up.

Every rule of a total is decided within one partner and one series, so each (partner, series) share is
stored as cells (``PartnerTotal``/``PartnerCell``/``PartnerExclusion``), rebuilt in SQL from those claims
only when their ``PartnerVersion`` has moved. The total over all partners is stored too
(``Rollup``/``Cell``/``RollupExclusion``), and a rebuild carries its change into it. ``cells_refresh`` is
the one call the selectors make into this module; when the cells are fresh it only reads.

Rebuilds and stores take the lock of the ``DataVersion`` row in turn and raise ``DataVersion.cells``, so two
requests never carry the same change twice and a stored total is read only at the count it was made for.
``services`` keeps the claim amounts these cells are added up from.
"""

from collections.abc import Iterable, Mapping

from django.db import connection, transaction
from django.db.models import F, Q, QuerySet

from coalition.partners.models import Partner
from coalition.vocab import ClaimKind

from .models import (
    Cell,
    DataVersion,
    PartnerCell,
    PartnerExclusion,
    PartnerTotal,
    PartnerVersion,
    Rollup,
    RollupExclusion,
    Series,
)
from .query import (
    ADDED,
    EDITORIAL,
    GROUPS,
    HEDGES,
    PARTNER_CELL_FIELDS,
    SUMMED,
    computed_query,
    excluded_ids,
    partner_grouping,
    scope_filter,
    summed_query,
    units_filter,
)

CARRY_UNITS = 8  # more (partner, series) pairs rebuilt at once: adding every cell up again is as quick


def cells_refresh(
    *, kind: str, unit: str, group_by: tuple[str, ...], scopes: Iterable[str], rollup: bool = False
) -> Rollup | None:
    """Bring the stored cells a total reads up to date, and return its stored coalition-wide total when
    ``rollup`` (a total over every partner, in the one scope given).

    The partners' cells of each scope whose claims changed since they were built are rebuilt; with
    ``rollup`` the coalition-wide total is stored when the changes could not be carried into it.
    """
    grouping = partner_grouping(group_by)
    for scope in scopes:
        _partner_cells_refresh(scope=scope, kind=kind, unit=unit, grouping=grouping)
    if not rollup:
        return None
    [scope] = scopes
    same = {"scope": scope, "kind": kind, "unit": unit, "grouping": ",".join(n for n in GROUPS if n in group_by)}
    cells_version = DataVersion.objects.order_by("pk").values_list("cells", flat=True).first()
    found = Rollup.objects.filter(version=cells_version, **same).first()
    if found is not None:
        return found
    with transaction.atomic():
        cells_version = _lock_cells_version()
        found = Rollup.objects.filter(version=cells_version, **same).first()
        if found is None:
            found = _rollup_store(kind=kind, unit=unit, group_by=group_by, version=cells_version, same=same)
    return found


def _lock_cells_version() -> int:
    """Take the lock that orders rebuilds of partners' cells and stores of coalition-wide totals (a write to
    the counter row), and return the cells version."""
    if not DataVersion.objects.update(cells=F("cells")):
        DataVersion.objects.create()
    return DataVersion.objects.order_by("pk").values_list("cells", flat=True).first()


def _stale_units(same: Mapping, partners) -> tuple[list[tuple[int, str]], dict]:
    current = {(p, s): v for p, s, v in PartnerVersion.objects.values_list("partner_id", "series", "version")}
    stored = PartnerTotal.objects.filter(**same).values_list("partner_id", "series", "version")
    built = {(p, s): v for p, s, v in stored}
    units = [(pk, series) for pk in partners for series in Series.values]
    return [unit for unit in units if built.get(unit) != current.get(unit, 0)], current


def _partner_cells_refresh(*, scope: str, kind: str, unit: str, grouping: str) -> list[tuple[int, str]]:
    """Rebuild the stored cells of the (partner, series) pairs whose claims changed since they were built, in
    SQL from those claims only, and carry the change into the stored coalition-wide totals; returns the
    pairs rebuilt."""
    same = {"scope": scope, "kind": kind, "unit": unit, "grouping": grouping}
    partners = list(Partner.objects.order_by("pk").values_list("pk", flat=True))
    if not _stale_units(same, partners)[0]:
        return []
    with transaction.atomic():
        cells_version = _lock_cells_version()
        # Looked at again under the lock: another request may have rebuilt some of them meanwhile.
        stale, current = _stale_units(same, partners)
        if not stale:
            return stale
        derived = Rollup.objects.filter(
            scope=scope, kind=kind, unit=unit, grouping__in=[grouping, ",".join(filter(None, ("partner", grouping)))]
        )
        carry = len(stale) <= CARRY_UNITS and derived.filter(version=cells_version).exists()
        old_totals = list(PartnerTotal.objects.filter(units_filter("", stale), **same).values_list("pk", flat=True))
        old_cells, old_excluded = [], []
        if carry:
            old_cells = list(PartnerCell.objects.filter(total__in=old_totals).values(*PARTNER_CELL_FIELDS))
            old_excluded = list(PartnerExclusion.objects.filter(total__in=old_totals).values_list("claim", flat=True))
        PartnerTotal.objects.filter(pk__in=old_totals).delete()
        made = PartnerTotal.objects.bulk_create(
            [PartnerTotal(partner_id=p, series=s, version=current.get((p, s), 0), **same) for p, s in stale]
        )
        group_by = ("partner_id", *filter(None, grouping.split(",")))
        selection = {"claims": None, "include_drafts": scope == EDITORIAL, "as_of": None}
        query = computed_query(kind=kind, unit=unit, group_by=group_by, units=stale, **selection)
        keys = [name for name in (*group_by, "series", "stage") if name != "partner_id"]
        keys += ["on"] if kind == ClaimKind.PERSONNEL else []
        quote = connection.ops.quote_name
        _insert_select(
            PartnerCell,
            query,
            {"partner": "k_partner_id"} | {name: f"k_{name}" for name in keys} | {n: n for n in SUMMED},
            constants=same,
            joined={"total": "t.id"},
            join=(
                f"INNER JOIN {quote(PartnerTotal._meta.db_table)} t ON t.partner_id = s.{quote('k_partner_id')} "
                f"AND t.series = s.{quote('k_series')} AND t.scope = %s AND t.kind = %s AND t.unit = %s "
                f"AND t.{quote('grouping')} = %s"
            ),
            join_params=list(same.values()),
        )
        ids = {(total.partner_id, total.series): total.pk for total in made}
        excluded = [
            (pk, reason, (partner, series))
            for pk, reason, partner, series in excluded_ids(kind=kind, units=stale, **selection)
            if (partner, series) in ids
        ]
        PartnerExclusion.objects.bulk_create(
            [PartnerExclusion(total_id=ids[unit], claim_id=pk, reason=reason) for pk, reason, unit in excluded],
            batch_size=1000,
        )
        codes = dict(Partner.objects.filter(pk__in=[p for p, _ in stale]).values_list("pk", "code"))
        new_cells = list(PartnerCell.objects.filter(total__in=made).values(*PARTNER_CELL_FIELDS)) if carry else []
        new_excluded = [(pk, reason) for pk, reason, _ in excluded]
        carried = [
            rollup.pk
            for rollup in derived.filter(version=cells_version)
            if carry and _carry(rollup, old_cells, new_cells, codes, old_excluded, new_excluded)
        ]
        derived.exclude(pk__in=carried).delete()
        derived.filter(pk__in=carried).update(version=cells_version + 1)
        DataVersion.objects.update(cells=F("cells") + 1)
    return stale


def _cell_sums(cells, key) -> dict:
    """Per key: the hedge sums and counts added up, the first year's minimum and the last year's maximum."""
    found = {}
    for cell in cells:
        entry = found.setdefault(key(cell), {**dict.fromkeys(ADDED, 0), "first_year": None, "last_year": None})
        for name in ADDED:
            entry[name] += cell.get(name) or 0
        for name, pick in (("first_year", min), ("last_year", max)):
            if cell.get(name) is not None:
                entry[name] = cell[name] if entry[name] is None else pick(entry[name], cell[name])
    return found


def _carry(rollup: Rollup, old_cells, new_cells, codes, old_excluded, new_excluded) -> bool:
    """Take rebuilt partners' old cells off a stored coalition-wide total and add their new ones.

    Returns False, changing nothing, when a first or last year is no longer known without adding up again
    (the rebuilt partners held it and no longer do); the caller then drops the stored total.
    """
    by_partner = rollup.grouping.startswith("partner")

    def key(cell):
        partner = codes[cell["partner_id"]] if by_partner else None
        where = (cell.get("place"), cell.get("line"), cell.get("year"))
        return (partner, *where, cell["series"], cell["stage"], cell.get("on"))

    old, new = _cell_sums(old_cells, key), _cell_sums(new_cells, key)
    empty = {**dict.fromkeys(ADDED, 0), "first_year": None, "last_year": None}
    keys = [k for k in old.keys() | new.keys() if old.get(k, empty) != new.get(k, empty)]
    # Only the stored cells that may match a changed key are loaded.
    near = Q(series__in={k[4] for k in keys})
    for position, name in enumerate(("partner", "place", "line", "year")):
        values = {k[position] for k in keys}
        unstated = Q(**{f"{name}__isnull": True}) if None in values else Q(pk__in=[])
        near &= Q(**{f"{name}__in": values - {None}}) | unstated
    stored = {(c.partner, c.place, c.line, c.year, c.series, c.stage, c.on): c for c in rollup.cells.filter(near)}
    changed, created, emptied = [], [], []
    for k in keys:
        before, after = old.get(k, empty), new.get(k, empty)
        cell = stored.get(k) or Cell(
            rollup=rollup, partner=k[0], place=k[1], line=k[2], year=k[3], series=k[4], stage=k[5], on=k[6]
        )
        for name in ADDED:
            setattr(cell, name, getattr(cell, name) - before[name] + after[name])
        if not any(getattr(cell, f"n_{hedge}") for hedge in HEDGES):
            if cell.pk:
                emptied.append(cell.pk)
            continue
        for name, pick in (("first_year", min), ("last_year", max)):
            held, now, kept = before[name], after[name], getattr(cell, name)
            if held is not None and held == kept and now != held and (now is None or pick(now, held) == held):
                return False
            setattr(cell, name, pick((y for y in (kept, now) if y is not None), default=None))
        (changed if cell.pk else created).append(cell)
    Cell.objects.bulk_update(changed, [*ADDED, "first_year", "last_year"], batch_size=500)
    Cell.objects.bulk_create(created, batch_size=1000)
    Cell.objects.filter(pk__in=emptied).delete()
    RollupExclusion.objects.filter(rollup=rollup, claim_id__in=old_excluded).delete()
    RollupExclusion.objects.bulk_create(
        [RollupExclusion(rollup=rollup, claim_id=pk, reason=reason) for pk, reason in new_excluded], batch_size=1000
    )
    return True


def _rollup_store(*, kind, unit, group_by, version, same) -> Rollup:
    """Add the partners' cells up into a new stored coalition-wide total (under the cells lock)."""
    Rollup.objects.filter(**same).delete()
    rollup = Rollup.objects.create(version=version, **same)
    options = {"include_drafts": same["scope"] == EDITORIAL, "partners": None, "drafts_of": None}
    query = summed_query(kind=kind, unit=unit, group_by=group_by, filters={}, **options)
    keys = [*group_by, "series", "stage", *(["on"] if kind == ClaimKind.PERSONNEL else [])]
    columns = {name: f"k_{name}" for name in keys} | {n: f"s_{n}" for n in SUMMED}
    _insert_select(Cell, query, columns, constants={"rollup": rollup.pk})
    excluded = PartnerExclusion.objects.filter(
        scope_filter("total__", **options), total__kind=kind, total__unit=unit,
        total__grouping=partner_grouping(group_by),
    ).values_list("claim_id", "reason")
    RollupExclusion.objects.bulk_create(
        [RollupExclusion(rollup=rollup, claim_id=pk, reason=reason) for pk, reason in excluded], batch_size=1000
    )
    return rollup


def _insert_select(
    model, query: QuerySet, columns: Mapping[str, str], *, constants: Mapping, joined=None, join="", join_params=()
) -> None:
    """``INSERT INTO <model> SELECT ...`` from an aggregating query, so stored cells never pass through
    Python. ``columns`` maps field names to the query's column aliases, ``constants`` to fixed values and
    ``joined`` to SQL over the ``join`` (table alias ``t``)."""
    quote = connection.ops.quote_name
    sql, params = query.order_by().query.sql_with_params()
    joined = joined or {}
    fields = [*constants, *joined, *columns]
    sources = ["%s"] * len(constants) + list(joined.values()) + [
        f"COALESCE(s.{quote(alias)}, 0)" if name in ADDED else f"s.{quote(alias)}" for name, alias in columns.items()
    ]
    targets = ", ".join(quote(model._meta.get_field(name).column) for name in fields)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {quote(model._meta.db_table)} ({targets}) SELECT {', '.join(sources)} FROM ({sql}) s {join}",
            [*constants.values(), *params, *join_params],
        )
