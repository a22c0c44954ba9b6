"""ISO 4217 currency codes, from pycountry, and the withdrawn ones that partners' documents still name."""

import pycountry

#: Codes ISO 4217 withdrew after partners had published figures in them: the Bulgarian lev (the euro since 2026) and
#: the Croatian kuna (the euro since 2023). A document written before the change keeps its own currency.
WITHDRAWN_CODES: tuple[str, ...] = ("BGN", "HRK")

CURRENCY_CODES: tuple[str, ...] = tuple(sorted({currency.alpha_3 for currency in pycountry.currencies}
                                               | set(WITHDRAWN_CODES)))
