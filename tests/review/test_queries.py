"""The review page's number of queries does not grow with the number of claims."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import ClaimFactory, SourceDocumentFactory

LINE = "• Testland gives USD {n} million to partners in Iraq.\n"


def document_with(partner, count: int):
    text = "Testland, many figures\n" + "".join(LINE.format(n=n + 1) for n in range(count))
    document = SourceDocumentFactory(partner=partner, text=text)
    for n in range(count):
        claim = ClaimFactory(document=document, needle=f"USD {n + 1} million", value=(n + 1) * 1_000_000)
        claim.places.set(["IQ"])
        claim.lines.set(["stabilization"])
    return document


@pytest.mark.django_db
def test_document_page_queries_are_bounded(client, norway_editor, norway):
    client.force_login(norway_editor)
    counts = []
    for size in (3, 30):
        document = document_with(norway, size)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("review:document", args=[document.sha256])).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
