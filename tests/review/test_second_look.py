"""Where the reviewer should look: reasons on each claim, a queue sorted and filtered by them, and the
document's date, unknown until an editor sets it."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from coalition.claims.models import ReviewFlag
from coalition.documents.models import DateSource
from coalition.review.selectors import DATE_UNKNOWN, claims_for_queue
from coalition.vocab import ReviewReason
from tests.factories import ClaimFactory, SourceDocumentFactory

pytestmark = pytest.mark.django_db

ARABIC = "دعم العراق\nقدمت الحكومة 5 ملايين دولار لتحقيق الاستقرار في العراق.\n"


@pytest.fixture
def as_norway(client, norway_editor):
    client.force_login(norway_editor)
    return client


def _flag(claim, *reasons):
    ReviewFlag.objects.bulk_create([ReviewFlag(claim=claim, reason=reason) for reason in reasons])
    return claim


@pytest.fixture
def flagged(norway_document, denmark_document):
    plain = ClaimFactory(document=norway_document, needle="USD 5 million")
    doubtful = _flag(
        ClaimFactory(document=norway_document, needle="40 personnel", kind="personnel", value=40, currency=None),
        ReviewReason.CURRENCY_INFERRED, ReviewReason.OUTLIER,
    )
    other = _flag(
        ClaimFactory(document=denmark_document, needle="EUR 3 million", value=3_000_000, currency="EUR"),
        ReviewReason.CURRENCY_INFERRED,
    )
    return plain, doubtful, other


def test_queue_puts_claims_needing_a_second_look_first_and_shows_only_own_partners(as_norway, flagged):
    plain, doubtful, other = flagged
    response = as_norway.get(reverse("review:queue"))
    page = response.content.decode()
    assert response.status_code == 200
    assert page.index(f"queue-claim-{doubtful.pk}") < page.index(f"queue-claim-{plain.pk}")
    assert f"queue-claim-{other.pk}" not in page
    assert str(ReviewReason.CURRENCY_INFERRED.label) in page


def test_queue_filters_by_reason(as_norway, flagged):
    plain, doubtful, _ = flagged
    page = as_norway.get(reverse("review:queue"), {"reason": "outlier"}).content.decode()
    assert f"queue-claim-{doubtful.pk}" in page and f"queue-claim-{plain.pk}" not in page
    assert as_norway.get(reverse("review:queue"), {"reason": "no-such-reason"}).status_code == 400


def test_queue_selector_counts_every_reason_of_a_filtered_claim(secretariat, flagged):
    plain, doubtful, other = flagged
    found = list(claims_for_queue(user=secretariat, reason=ReviewReason.CURRENCY_INFERRED))
    assert found == [doubtful, other] and [claim.flag_count for claim in found] == [2, 1]
    assert list(claims_for_queue(user=secretariat, partner="dk")) == [other]


def test_reason_labels_are_translated_on_the_document_page(as_norway, flagged):
    _, doubtful, _ = flagged
    with translation.override("fr"):
        label = str(ReviewReason.OUTLIER.label)
    assert label != ReviewReason.OUTLIER.label
    url = reverse("review:document", args=[doubtful.document.sha256])
    page = as_norway.get(url).content.decode()
    assert 'class="flag flag-outlier"' in page and "far larger than the partner&#x27;s other figures" in page


def test_an_undated_document_asks_for_its_date_and_the_editor_sets_it(as_norway, norway, norway_editor):
    document = SourceDocumentFactory(partner=norway, as_of=None, as_of_source=DateSource.UNKNOWN)
    claim = ClaimFactory(document=document)
    url = reverse("review:document", args=[document.sha256])
    page = as_norway.get(url).content.decode()
    assert "date unknown" in page and 'id="set-date"' in page
    assert "date unknown" in as_norway.get(reverse("review:partner", args=["no"])).content.decode()
    assert list(claims_for_queue(user=norway_editor, reason=DATE_UNKNOWN)) == [claim]
    queue = as_norway.get(reverse("review:queue"), {"reason": DATE_UNKNOWN}).content.decode()
    assert f"queue-claim-{claim.pk}" in queue and "flag-date_unknown" in queue

    response = as_norway.post(reverse("review:document_date", args=[document.sha256]), {"as_of": "2019-03-12"})
    assert response.status_code == 302
    document.refresh_from_db()
    assert (document.as_of, document.as_of_source) == (date(2019, 3, 12), DateSource.ENTERED)
    assert "date unknown" not in as_norway.get(url).content.decode()
    assert not claims_for_queue(user=norway_editor, reason=DATE_UNKNOWN).exists()


def test_another_partners_document_cannot_be_dated(as_norway, denmark_document):
    response = as_norway.post(reverse("review:document_date", args=[denmark_document.sha256]), {"as_of": "2019-03-12"})
    assert response.status_code == 404
    denmark_document.refresh_from_db()
    assert denmark_document.as_of == date(2023, 3, 1)


def test_a_bad_date_changes_nothing(as_norway, norway_document):
    response = as_norway.post(
        reverse("review:document_date", args=[norway_document.sha256]), {"as_of": "soon"}, follow=True
    )
    assert "give the date as YYYY-MM-DD; nothing was changed" in response.content.decode()
    norway_document.refresh_from_db()
    assert norway_document.as_of == date(2023, 3, 1)


def test_arabic_source_text_reads_right_to_left_on_the_review_page(as_norway, norway):
    document = SourceDocumentFactory(partner=norway, text=ARABIC, language="ar")
    ClaimFactory(document=document, needle="5 ملايين دولار")
    page = as_norway.get(reverse("review:document", args=[document.sha256])).content.decode()
    assert '<pre class="document-text" lang="ar" dir="rtl">' in page
    assert '<blockquote lang="ar" dir="rtl">' in page
