"""The editorial core: who may change which partner's data, and the one audited way a change is written.

It sits just above ``partners`` and below every app whose rows editors review (documents, claims, profiles),
so each of them asks it for permission and writes through it, and it never needs to know them.
"""
