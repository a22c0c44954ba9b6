"""`coalition bench site --cluster` measures kept pages kept: every address is asked once before the clock runs."""

from coalition.bench import site as bench


def test_every_address_of_every_server_is_warmed_before_kept_pages_are_measured(monkeypatch):
    asked = []
    monkeypatch.setattr(bench, "_get", lambda url: asked.append(url) or 1.0)
    lines = [f"/en/lines/{n}/" for n in range(9)]  # an odd number of pages over two servers: 18 addresses
    bench._measure(["http://a", "http://b"], "line, kept", lines, requests=200, concurrency=4, fresh=False)
    warmed, measured = asked[:-200], asked[-200:]
    assert set(measured) <= set(warmed) and len(set(measured)) == 18
