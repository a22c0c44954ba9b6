"""ISO 4217 currency codes, from pycountry."""

import pycountry

CURRENCY_CODES: tuple[str, ...] = tuple(sorted(currency.alpha_3 for currency in pycountry.currencies))
