"""The bench: a generated corpus and a speed figure (the 10 MB run is `coalition bench extract`)."""

from coalition.bench.extract import generate_corpus, measure


def test_corpus_reaches_the_requested_size():
    documents = generate_corpus(200_000)
    assert sum(len(d.encode()) for d in documents) >= 200_000
    assert generate_corpus(50_000) == generate_corpus(50_000)


def test_measure_reports_sentences_per_second_for_extractor_and_scan():
    result = measure(generate_corpus(100_000))
    assert result.sentences > 500 and result.claims > 0
    assert result.sentences_per_second > 0 and result.scan_sentences_per_second > 0


def test_corpus_mixes_the_three_languages():
    from coalition.extraction import detect_language

    documents = generate_corpus(60_000)
    assert {detect_language(d) for d in documents} == {"en", "fr", "ar"}


def test_every_language_is_extracted_once_before_the_clock_starts(monkeypatch):
    """Patterns compile on a language's first document, once per process: the warm-up must not leave Arabic's or
    French's compile time inside the measured figure."""
    from coalition.bench import extract as bench
    from coalition.extraction import detect_language

    seen: list[str] = []
    extract, clock = bench.extract_text, bench.time.process_time
    monkeypatch.setattr(bench, "extract_text", lambda document: seen.append(detect_language(document))
                        or extract(document))
    monkeypatch.setattr(bench.time, "process_time", lambda: seen.append("clock") or clock())
    bench.measure(generate_corpus(60_000))
    assert set(seen[:seen.index("clock")]) == {"en", "fr", "ar"}
