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
