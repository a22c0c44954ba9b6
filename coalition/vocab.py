"""The controlled vocabularies every layer shares (extraction, models, API, exports).

The values are the contract of ``docs/claims-schema.md``: other tools read them, so they never change.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LineOfEffort(models.TextChoices):
    MILITARY = "military", _("Military")
    STABILIZATION = "stabilization", _("Stabilization")
    HUMANITARIAN = "humanitarian", _("Humanitarian")
    COUNTER_FINANCING = "counter_financing", _("Counter-financing")
    FOREIGN_FIGHTERS = "foreign_fighters", _("Foreign terrorist fighters")
    COMMUNICATIONS = "communications", _("Communications")
    PREVENTION = "prevention", _("Prevention of violent extremism")
    DEVELOPMENT = "development", _("Development")
    OTHER = "other", _("Other")


class ClaimKind(models.TextChoices):
    FUNDING = "funding", _("Funding")
    PERSONNEL = "personnel", _("Personnel")


class Qualifier(models.TextChoices):
    EXACT = "exact", _("exact")
    APPROXIMATE = "approximate", _("approximately")
    AT_LEAST = "at_least", _("at least")
    AT_MOST = "at_most", _("at most")


class Period(models.TextChoices):
    ANNUAL = "annual", _("per year")
    CUMULATIVE = "cumulative", _("cumulative")
    YEAR = "year", _("in one year")


class Stage(models.TextChoices):
    """How far a figure has gone: money pledged is not money spent, a ceiling is not a strength."""

    UNKNOWN = "unknown", _("unknown")
    PLEDGED = "pledged", _("pledged")
    COMMITTED = "committed", _("committed")
    DISBURSED = "disbursed", _("disbursed")
    CEILING = "ceiling", _("authorised ceiling")
    DEPLOYED = "deployed", _("deployed")


FUNDING_STAGES = (Stage.UNKNOWN, Stage.PLEDGED, Stage.COMMITTED, Stage.DISBURSED)
PERSONNEL_STAGES = (Stage.UNKNOWN, Stage.CEILING, Stage.DEPLOYED)


class ReviewStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    ACCEPTED = "accepted", _("accepted")
    REJECTED = "rejected", _("rejected")


class ReviewReason(models.TextChoices):
    """Why a reviewer should look twice at an extracted claim (internal: never in the claims JSON).

    The extractor gives all but ``outlier``, which ingest adds when a figure is far larger than the partner's
    others."""

    CURRENCY_INFERRED = "currency_inferred", _("currency inferred")
    PLACE_FROM_HEADING = "place_from_heading", _("place taken from a heading")
    PLACE_FROM_REFERENCE = "place_from_reference", _("place taken from an earlier sentence")
    NO_PERIOD = "no_period", _("no period")
    SHARED_SENTENCE = "shared_sentence", _("another figure in the same sentence")
    OUTLIER = "outlier", _("far larger than the partner's other figures")
