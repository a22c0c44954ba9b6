"""`coalition bench ...`: every benchmark, the one generator of their data, and the guard of real data.

The top layer: it may import any app, and no app imports it. Each benchmark prints figures; none is a test.
"""
