"""ISO 4217 currency codes, from pycountry, and the codes the euro replaced that older documents still state."""

import pycountry

#: Withdrawn national currencies of Coalition partners that joined the euro: a Bulgarian release of 2025 gives "BGN
#: 1.9 million", a Croatian one of 2019 "HRK 7 million" (round 19). pycountry lists only the codes in use today.
WITHDRAWN_CODES: tuple[str, ...] = ("BGN", "EEK", "HRK", "LTL", "LVL", "SKK", "SIT")

CURRENCY_CODES: tuple[str, ...] = tuple(sorted({currency.alpha_3 for currency in pycountry.currencies}
                                               | set(WITHDRAWN_CODES)))
