"""Each claim's figure made ready for adding up in SQL: converted, placed in time, keyed for restatements.

Rows here are derived data. ``coalition.totals.services.claim_amount_refresh`` rebuilds a claim's row from
the claim, its document and the bundled exchange rates; nothing else writes them.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from coalition.claims.models import Claim
from coalition.partners.models import Partner
from coalition.vocab import ClaimKind, Qualifier, ReviewStatus, Stage


class Series(models.TextChoices):
    """Figures of different periods answer different questions, so they are never added together."""

    ANNUAL = "annual", _("per year")
    YEAR = "year", _("in a named year")
    CUMULATIVE = "cumulative", _("cumulative")
    UNDATED = "undated", _("no period stated")


class ExclusionReason(models.TextChoices):
    """Why a claim the caller asked about is left out of a total (it is then listed, never dropped)."""

    UNSUPPORTED_CURRENCY = "unsupported_currency", _("no exchange rate is available for this currency")
    NOT_CONVERTED = "not_converted", _("the figure has not been converted yet (run “coalition totals refresh”)")
    DATE_UNKNOWN = "date_unknown", _("the date of its source document is not known yet")


class ClaimAmount(models.Model):
    """One claim's figure with its conversion and the facts totals group by, copied from the claim
    (its review status too, so that totals need not join the claims table).

    ``value_usd`` and ``value_eur`` are the claim's stated value (before any hedge) converted at
    ``rate_usd`` / ``rate_eur``: units of USD or EUR for one unit of ``currency``, the mean of the ECB
    reference rates over ``rate_year`` (last rate used: ``rate_date``). Hedges become ranges at query time,
    so the approximate band is read from the settings when a total is asked for.
    """

    claim = models.OneToOneField(
        Claim, on_delete=models.CASCADE, primary_key=True, related_name="amount", verbose_name=_("claim")
    )
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="+", verbose_name=_("partner"))
    kind = models.CharField(_("kind"), max_length=10, choices=ClaimKind.choices)
    status = models.CharField(_("review status"), max_length=10, choices=ReviewStatus.choices)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices)
    qualifier = models.CharField(_("qualifier"), max_length=12, choices=Qualifier.choices)
    series = models.CharField(_("series"), max_length=12, choices=Series.choices)
    value = models.DecimalField(_("stated value"), max_digits=20, decimal_places=2)
    currency = models.CharField(_("stated currency"), max_length=3, blank=True)
    value_usd = models.DecimalField(_("value in USD"), max_digits=24, decimal_places=2, null=True, blank=True)
    value_eur = models.DecimalField(_("value in EUR"), max_digits=24, decimal_places=2, null=True, blank=True)
    rate_usd = models.DecimalField(_("USD per unit"), max_digits=24, decimal_places=10, null=True, blank=True)
    rate_eur = models.DecimalField(_("EUR per unit"), max_digits=24, decimal_places=10, null=True, blank=True)
    rate_year = models.PositiveSmallIntegerField(_("rate year"), null=True, blank=True)
    rate_date = models.DateField(_("last rate date"), null=True, blank=True)
    rate_source = models.CharField(_("rate source"), max_length=200, blank=True)
    excluded_reason = models.CharField(
        _("left out because"), max_length=24, choices=ExclusionReason.choices, blank=True
    )
    first_year = models.PositiveSmallIntegerField(_("first year covered"), null=True, blank=True)
    last_year = models.PositiveSmallIntegerField(_("last year covered"), null=True, blank=True)
    span_years = models.PositiveSmallIntegerField(
        _("years counted"), default=1, help_text=_("How many years an annual figure counts for; 1 otherwise.")
    )
    as_of = models.DateField(_("document as of"), null=True, blank=True)
    restatement_key = models.CharField(_("restatement key"), max_length=64)
    refreshed_at = models.DateTimeField(_("refreshed at"), auto_now=True)

    class Meta:
        verbose_name = _("claim amount")
        verbose_name_plural = _("claim amounts")
        constraints = [
            models.CheckConstraint(
                name="amount_converted_or_excluded",
                condition=~Q(kind=ClaimKind.FUNDING)
                | Q(excluded_reason="", value_usd__isnull=False, value_eur__isnull=False)
                | (~Q(excluded_reason="") & Q(value_usd__isnull=True, value_eur__isnull=True)),
            ),
            models.CheckConstraint(name="amount_series_valid", condition=Q(series__in=Series.values)),
        ]
        indexes = [
            models.Index(fields=["restatement_key", "status", "as_of"], name="amount_restatement_status"),
            models.Index(fields=["kind", "series", "stage"], name="amount_kind_series_stage"),
        ]

    def __str__(self):
        return f"{self.claim_id}: {self.value} {self.currency}"


class ClaimYear(models.Model):
    """A year a claim's figure counts for: every year of an annual figure's span, the one year of a
    named-year figure, and a single row with no year for cumulative and undated figures."""

    amount = models.ForeignKey(ClaimAmount, on_delete=models.CASCADE, related_name="years", verbose_name=_("amount"))
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)

    class Meta:
        verbose_name = _("claim year")
        verbose_name_plural = _("claim years")
        constraints = [models.UniqueConstraint(fields=["amount", "year"], name="claim_year_once")]

    def __str__(self):
        return f"{self.amount_id}: {self.year}"


class DataVersion(models.Model):
    """Counters: ``version`` is raised by every change to claim amounts (callers that keep totals watch it);
    ``cells`` by every rebuild of partners' cells, so that a stored coalition-wide total knows whether it
    still equals the sum of the partners' cells."""

    version = models.PositiveBigIntegerField(_("version"), default=0)
    cells = models.PositiveBigIntegerField(_("cells version"), default=0)

    class Meta:
        verbose_name = _("data version")
        verbose_name_plural = _("data versions")

    def __str__(self):
        return str(self.version)


class Rollup(models.Model):
    """The stored result of one kind of total over every partner (scope, kind, unit, grouping).

    Added up from the partners' cells the first time it is asked for; when partners' cells are rebuilt,
    their old cells are taken off and the new ones added on. ``version`` is the cells version
    (``DataVersion.cells``) it is the sum at; only the latest build of each total is kept.
    """

    scope = models.CharField(_("scope"), max_length=10)
    kind = models.CharField(_("kind"), max_length=10, choices=ClaimKind.choices)
    unit = models.CharField(_("unit"), max_length=10)
    grouping = models.CharField(_("grouping"), max_length=40)
    version = models.PositiveBigIntegerField(_("cells version"))
    built_at = models.DateTimeField(_("built at"), auto_now_add=True)

    class Meta:
        verbose_name = _("stored total")
        verbose_name_plural = _("stored totals")
        constraints = [
            models.UniqueConstraint(fields=["scope", "kind", "unit", "grouping"], name="rollup_once"),
        ]

    def __str__(self):
        return f"{self.scope} {self.kind} {self.unit} by {self.grouping or '-'} @ {self.version}"


class HedgeSums(models.Model):
    """The sums of one row of a stored total, kept apart per hedge so the band is applied at read time."""

    exact = models.DecimalField(max_digits=30, decimal_places=2, default=0)
    approximate = models.DecimalField(max_digits=30, decimal_places=2, default=0)
    at_least = models.DecimalField(max_digits=30, decimal_places=2, default=0)
    at_most = models.DecimalField(max_digits=30, decimal_places=2, default=0)
    n_exact = models.PositiveIntegerField(default=0)
    n_approximate = models.PositiveIntegerField(default=0)
    n_at_least = models.PositiveIntegerField(default=0)
    n_at_most = models.PositiveIntegerField(default=0)
    first_year = models.PositiveSmallIntegerField(null=True, blank=True)
    last_year = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        abstract = True


class Cell(HedgeSums):
    """One row of a stored total: its key, and the stated values summed apart for each hedge.

    Keeping the hedges apart lets a read apply the approximate band of the moment. A key column that is
    not part of the rollup's grouping is null; inside the grouping, null means "not stated".
    """

    rollup = models.ForeignKey(Rollup, on_delete=models.CASCADE, related_name="cells")
    series = models.CharField(_("series"), max_length=12, choices=Series.choices)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices)
    on = models.DateField(_("on"), null=True, blank=True)
    partner = models.CharField(_("partner"), max_length=40, null=True, blank=True)
    place = models.CharField(_("place"), max_length=2, null=True, blank=True)
    line = models.CharField(_("line"), max_length=20, null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)

    class Meta:
        verbose_name = _("stored total row")
        verbose_name_plural = _("stored total rows")

    def __str__(self):
        return f"{self.rollup_id}: {self.series} {self.stage}"


class RollupExclusion(models.Model):
    """A claim a stored total had to leave out, with the reason."""

    rollup = models.ForeignKey(Rollup, on_delete=models.CASCADE, related_name="exclusions")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=24, choices=ExclusionReason.choices)

    class Meta:
        verbose_name = _("stored exclusion")
        verbose_name_plural = _("stored exclusions")

    def __str__(self):
        return f"{self.claim_id}: {self.reason}"


class PartnerVersion(models.Model):
    """A counter per partner and series, raised by every change to that partner's claim amounts in it.

    Every double-counting rule is decided within one partner and one series (restatements share a period;
    a breakdown is left out only where its parent counts in the same series), so a change to one claim
    makes only its partner's cells of its series stale; everything else is kept.
    """

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="+", verbose_name=_("partner"))
    series = models.CharField(_("series"), max_length=12, choices=Series.choices)
    version = models.PositiveBigIntegerField(_("version"), default=0)

    class Meta:
        verbose_name = _("partner data version")
        verbose_name_plural = _("partner data versions")
        constraints = [models.UniqueConstraint(fields=["partner", "series"], name="partner_version_once")]

    def __str__(self):
        return f"{self.partner_id} {self.series}: {self.version}"


class PartnerTotal(models.Model):
    """One partner's share of one kind of total (scope, kind, unit, grouping) in one series, at one version.

    Its ``PartnerCell`` rows are added up in SQL from the partner's claim amounts of that series when the
    total is asked for and the version has moved; totals over many partners add up these cells.
    """

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="+", verbose_name=_("partner"))
    series = models.CharField(_("series"), max_length=12, choices=Series.choices)
    scope = models.CharField(_("scope"), max_length=10)
    kind = models.CharField(_("kind"), max_length=10, choices=ClaimKind.choices)
    unit = models.CharField(_("unit"), max_length=10)
    grouping = models.CharField(_("grouping"), max_length=40)
    version = models.PositiveBigIntegerField(_("partner data version"))

    class Meta:
        verbose_name = _("partner's stored total")
        verbose_name_plural = _("partners' stored totals")
        constraints = [
            models.UniqueConstraint(
                fields=["scope", "kind", "unit", "grouping", "partner", "series"], name="partner_total_once"
            ),
        ]

    def __str__(self):
        return f"{self.partner_id} {self.series} {self.scope} {self.kind} {self.unit} by {self.grouping or '-'}"


class PartnerCell(HedgeSums):
    """One row of a partner's stored total, with the hedges summed apart as in ``Cell``.

    The total's scope, kind, unit, grouping and partner are copied here so that adding cells up needs no join.
    A key column outside the grouping is null; inside it, null means "not stated".
    """

    total = models.ForeignKey(PartnerTotal, on_delete=models.CASCADE, related_name="cells")
    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="+")
    scope = models.CharField(_("scope"), max_length=10)
    kind = models.CharField(_("kind"), max_length=10, choices=ClaimKind.choices)
    unit = models.CharField(_("unit"), max_length=10)
    grouping = models.CharField(_("grouping"), max_length=40)
    series = models.CharField(_("series"), max_length=12, choices=Series.choices)
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices)
    on = models.DateField(_("on"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=2, null=True, blank=True)
    line = models.CharField(_("line"), max_length=20, null=True, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)

    class Meta:
        verbose_name = _("partner's stored total row")
        verbose_name_plural = _("partners' stored total rows")
        indexes = [
            models.Index(fields=["kind", "unit", "grouping", "scope", "place", "line"], name="partner_cell_lookup"),
        ]

    def __str__(self):
        return f"{self.total_id}: {self.series} {self.stage}"


class PartnerExclusion(models.Model):
    """A claim of the partner that its stored total had to leave out, with the reason."""

    total = models.ForeignKey(PartnerTotal, on_delete=models.CASCADE, related_name="exclusions")
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="+")
    reason = models.CharField(_("reason"), max_length=24, choices=ExclusionReason.choices)

    class Meta:
        verbose_name = _("partner's stored exclusion")
        verbose_name_plural = _("partners' stored exclusions")

    def __str__(self):
        return f"{self.claim_id}: {self.reason}"
