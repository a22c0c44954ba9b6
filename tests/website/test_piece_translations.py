"""Statements, quotes and headline figures in the reader's language once an editor's translation is accepted;
the source's words, marked with their language, until then."""

import pytest

from coalition.editorial.models import Role
from coalition.profiles.models import Quote, Statement, StatementTranslation
from coalition.profiles.services import piece_accept, piece_translate
from coalition.vocab import ReviewStatus
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(norway):
    return make_user("oslo", Role.PARTNER_EDITOR, [norway.partner])


def test_untranslated_words_say_they_are_in_the_original_english(client, norway):
    french = client.get("/fr/partners/no/").content.decode()
    assert "Dans l’original en anglais." in french
    assert '<div lang="en" dir="ltr">Norway funds stabilization work.</div>' in french
    assert "In the original" not in client.get("/en/partners/no/").content.decode()
    assert "بلغتها الأصلية" in client.get("/ar/partners/no/").content.decode()


def test_an_accepted_translation_is_shown_in_the_page_language_and_a_draft_is_not(client, norway, editor, secretariat):
    statement = Statement.objects.published().get()
    translation = piece_translate(piece=statement, actor=editor, language="fr", text="La Norvège finance la stabilisation.")
    assert translation.status == ReviewStatus.DRAFT
    assert "La Norvège finance" not in client.get("/fr/partners/no/").content.decode()
    piece_accept(piece=translation, actor=secretariat)
    french = client.get("/fr/partners/no/").content.decode()
    assert '<div lang="fr" dir="ltr">La Norvège finance la stabilisation.</div>' in french
    arabic = client.get("/ar/partners/no/").content.decode()
    assert "La Norvège" not in arabic and "Norway funds stabilization work." in arabic


def test_a_quote_translation_carries_the_role(client, norway, editor, secretariat):
    quote = Quote.objects.published().get()
    translation = piece_translate(piece=quote, actor=editor, language="ar", text="نحن باقون.", role="وزيرة الاختبارات")
    piece_accept(piece=translation, actor=secretariat)
    arabic = client.get("/ar/partners/no/").content.decode()
    assert '<blockquote lang="ar" dir="rtl"><p>نحن باقون.</p></blockquote>' in arabic
    assert "وزيرة الاختبارات" in arabic


def test_editors_add_a_translation_in_the_review_pages(client, norway, editor):
    statement = Statement.objects.published().get()
    client.force_login(editor)
    page = client.get("/review/partners/no/")
    assert f"/review/pieces/statement/{statement.pk}/translate/" in page.content.decode()
    response = client.post(
        f"/review/pieces/statement/{statement.pk}/translate/", {"language": "ar", "text": "النرويج تموّل الاستقرار."}
    )
    assert response.status_code == 302
    made = StatementTranslation.objects.get()
    assert (made.piece, made.language, made.status) == (statement, "ar", ReviewStatus.DRAFT)
    again = client.post(f"/review/pieces/statement/{statement.pk}/translate/", {"language": "ar", "text": "مرة أخرى"})
    assert again.status_code == 409 and StatementTranslation.objects.count() == 1
    assert "النرويج تموّل الاستقرار" in client.get("/review/partners/no/").content.decode()


def test_an_editor_cannot_translate_another_partners_piece(client, norway):
    client.force_login(make_user("copenhagen", Role.PARTNER_EDITOR, []))
    statement = Statement.objects.published().get()
    response = client.post(f"/review/pieces/statement/{statement.pk}/translate/", {"language": "fr", "text": "x"})
    assert response.status_code == 404 and not StatementTranslation.objects.exists()


def test_the_change_log_marks_a_translation_with_its_own_language(client, norway, editor, secretariat):
    translation = piece_translate(
        piece=Statement.objects.published().get(), actor=editor, language="ar", text="النرويج تموّل الاستقرار."
    )
    piece_accept(piece=translation, actor=secretariat)
    html = client.get("/en/partners/no/changes/").content.decode()
    assert '<span lang="ar" dir="rtl">النرويج تموّل الاستقرار.</span>' in html
    assert '<span lang="en" dir="ltr">Norway funds stabilization work.</span>' in html
