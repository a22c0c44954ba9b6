"""The editors' pages under /review/. Each view parses input, asks the policy, calls one service, renders.

Objects are looked up through the policy's querysets, so another partner's rows are simply not found (404);
services check permission again before writing (403).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from coalition.claims.models import Claim
from coalition.claims.services import claim_accept, claim_edit, claim_reject, claims_accept_all
from coalition.documents.models import SourceDocument
from coalition.documents.services import document_date_set
from coalition.editorial.permissions import Action, is_secretariat, partners_user_can, rows_user_can, user_can
from coalition.errors import CoalitionError, IngestError, ReviewError
from coalition.ingest.many import proposal_confirm, proposal_map, proposal_reject
from coalition.ingest.uploads import factsheet_upload
from coalition.partners.models import Partner
from coalition.profiles.models import Publication
from coalition.profiles.publishing import profile_publish, profile_restore
from coalition.profiles.services import (
    EDITABLE_FIELDS,
    PIECE_MODELS,
    TRANSLATIONS,
    piece_accept,
    piece_edit,
    piece_reject,
    piece_translate,
)
from coalition.vocab import ReviewStatus

from . import selectors
from .forms import (
    ClaimEditForm,
    DocumentDateForm,
    ProposalDecisionForm,
    PublishForm,
    QueueForm,
    ReviewActionForm,
    TranslationForm,
    UploadForm,
    piece_edit_form,
)

QUEUE_PAGE = 50


def editor_page(view):
    """Signed-in editors only, and never kept by a browser or proxy cache: drafts are not public."""
    return never_cache(login_required(view))


def _partner(request, code: str, action: str = Action.VIEW_DRAFT):
    return get_object_or_404(partners_user_can(request.user, action), code__iexact=code)


def _document(request, sha256: str, action: str = Action.VIEW_DRAFT):
    documents = rows_user_can(request.user, action, SourceDocument).select_related("partner")
    return get_object_or_404(documents, sha256=sha256)


def _refused(request, error: CoalitionError):
    messages.error(request, error.message)


def _form_page(request, form, save, *, template: str, context: dict, saved: str, done: str):
    """An editor's form page: a valid form is handed to ``save`` (one service call); a refusal by the service
    (a stale version, a value the rules refuse) shows on the form with 409, invalid input with 400."""
    status = 200
    if request.method == "POST":
        if not form.is_valid():
            status = 400
        else:
            try:
                save(form.cleaned_data)
            except ReviewError as error:
                form.add_error(None, error.message)
                status = 409
            else:
                messages.success(request, saved)
                return redirect(done)
    return render(request, template, {**context, "form": form}, status=status)


@editor_page
def dashboard(request):
    partners = selectors.partners_for_dashboard(user=request.user)
    proposals = selectors.proposals_waiting(user=request.user).count()
    return render(request, "review/dashboard.html", {"partners": partners, "proposals": proposals})


@editor_page
def proposals(request):
    """Givers that documents naming many partners brought in and that are no partner yet: the secretariat's."""
    if not is_secretariat(request.user):
        raise Http404
    context = {"proposals": selectors.proposals_waiting(user=request.user), "form": ProposalDecisionForm()}
    return render(request, "review/proposals.html", context)


@require_POST
@editor_page
def proposal_decide(request, pk):
    proposal = get_object_or_404(selectors.proposals_waiting(user=request.user), pk=pk)
    form = ProposalDecisionForm(request.POST)
    if not form.is_valid():
        _refused(request, ReviewError("review.no_target_partner"))
        return redirect("review:proposals")
    decision = form.cleaned_data["decision"]
    try:
        if decision == "confirm":
            proposal_confirm(proposal=proposal, actor=request.user)
        elif decision == "map":
            target = Partner.objects.filter(code__iexact=form.cleaned_data["partner"]).first()
            if target is None:
                raise IngestError("ingest.unknown_partner", code=form.cleaned_data["partner"])
            proposal_map(proposal=proposal, partner=target, actor=request.user)
        else:
            proposal_reject(proposal=proposal, actor=request.user)
    except CoalitionError as error:
        _refused(request, error)
    else:
        messages.success(request, _("Decision saved."))
    return redirect("review:proposals")


@editor_page
def queue(request):
    """Draft claims waiting for review, those with the most reasons to look twice first; ``?reason=``,
    ``?partner=`` filter."""
    form = QueueForm(request.GET)
    valid = form.is_valid()
    filters = {name: form.cleaned_data[name] for name in ("reason", "partner")} if valid else {}
    claims = selectors.claims_for_queue(user=request.user, **filters) if valid else Claim.objects.none()
    context = {
        "form": form,
        "page": Paginator(claims, QUEUE_PAGE).get_page(request.GET.get("page")),
        "reasons": selectors.queue_reason_counts(user=request.user),
        "filters": filters,
    }
    return render(request, "review/queue.html", context, status=200 if valid else 400)


@editor_page
def partner(request, code):
    partner = _partner(request, code)
    pieces = {
        model._meta.verbose_name_plural: rows_user_can(request.user, Action.VIEW_DRAFT, model)
        .filter(partner=partner)
        .exclude(status=ReviewStatus.REJECTED)
        for model in PIECE_MODELS.values()
    }
    context = {
        "partner": partner,
        "documents": selectors.documents_for_partner(user=request.user, partner=partner),
        "publications": partner.publications.select_related("published_by", "document")[:20],
        "pieces": pieces,
        "upload_form": UploadForm(),
        "can_upload": user_can(request.user, Action.UPLOAD, partner),
    }
    return render(request, "review/partner.html", context)


@editor_page
def upload(request, code):
    partner = _partner(request, code, Action.UPLOAD)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            document = factsheet_upload(
                partner=partner,
                actor=request.user,
                upload=form.cleaned_data["file"],
                text=form.cleaned_data["text"],
                title=form.cleaned_data["title"],
                as_of=form.cleaned_data["as_of"],
                language=form.cleaned_data["language"] or None,
                queue=True,
            )
        except CoalitionError as error:
            form.add_error(None, error.message)
        else:
            if document is None:
                messages.success(request, _("Factsheet received; it is being read. Its state is shown below."))
                return redirect("review:partner", code=partner.slug)
            messages.success(request, _("Factsheet stored; check the extracted claims."))
            return redirect("review:document", sha256=document.sha256)
    status = 400 if request.method == "POST" else 200
    return render(request, "review/upload.html", {"partner": partner, "form": form}, status=status)


@editor_page
def document(request, sha256):
    document = _document(request, sha256)
    claims = list(selectors.claims_for_document(user=request.user, document=document))
    context = {
        "document": document,
        "partner": document.partner,
        "claims": claims,
        "segments": selectors.evidence_segments(text=document.text, claims=claims),
        "diff": selectors.profile_diff(partner=document.partner, document=document) if document.partner else None,
        "publish_form": PublishForm(initial={"document": document.sha256}),
        "date_form": DocumentDateForm(initial={"as_of": document.as_of}),
        "drafts": sum(claim.status == ReviewStatus.DRAFT for claim in claims),
    }
    return render(request, "review/document.html", context)


@require_POST
@editor_page
def document_date(request, sha256):
    document = _document(request, sha256, Action.EDIT)
    form = DocumentDateForm(request.POST)
    if not form.is_valid():
        _refused(request, ReviewError("review.bad_date"))
        return redirect("review:document", sha256=document.sha256)
    try:
        document_date_set(document=document, as_of=form.cleaned_data["as_of"], actor=request.user)
    except CoalitionError as error:
        _refused(request, error)
    else:
        messages.success(request, _("Date saved; its figures now count in totals."))
    return redirect("review:document", sha256=document.sha256)


@require_POST
@editor_page
def claim_review(request, pk):
    claim = get_object_or_404(rows_user_can(request.user, Action.VIEW_DRAFT, Claim).select_related("document"), pk=pk)
    form = ReviewActionForm(request.POST)
    if not form.is_valid():
        _refused(request, ReviewError("review.incomplete_request"))
        return redirect("review:document", sha256=claim.document.sha256)
    service = claim_accept if form.cleaned_data["action"] == "accept" else claim_reject
    try:
        service(
            claim=claim, actor=request.user, note=form.cleaned_data["note"],
            expected_version=form.cleaned_data["version"],
        )
    except ReviewError as error:
        _refused(request, error)
    return redirect(_claim_anchor(claim))


def _claim_anchor(claim) -> str:
    return reverse("review:document", kwargs={"sha256": claim.document.sha256}) + f"#claim-{claim.pk}"


@editor_page
def claim_edit_view(request, pk):
    claims = rows_user_can(request.user, Action.EDIT, Claim).select_related("document", "partner")
    claim = get_object_or_404(claims, pk=pk)
    form = ClaimEditForm(request.POST) if request.method == "POST" else ClaimEditForm.for_claim(claim)

    def save(data):
        claim_edit(
            claim=claim, actor=request.user, expected_version=data["version"], note=data["note"], **form.changes()
        )

    return _form_page(
        request, form, save, template="review/claim_edit.html", context={"claim": claim},
        saved=_("Claim saved."), done=_claim_anchor(claim),
    )


@require_POST
@editor_page
def accept_all(request, sha256):
    document = _document(request, sha256)
    try:
        count = claims_accept_all(document=document, actor=request.user)
    except ReviewError as error:
        _refused(request, error)
    else:
        messages.success(request, _("%(count)s claims accepted.") % {"count": count})
    return redirect("review:document", sha256=document.sha256)


@require_POST
@editor_page
def publish(request, code):
    partner = _partner(request, code)
    form = PublishForm(request.POST)
    if not form.is_valid():
        raise Http404
    document = None
    if form.cleaned_data["document"]:
        document = _document(request, form.cleaned_data["document"])
    try:
        profile_publish(partner=partner, actor=request.user, document=document, note=form.cleaned_data["note"])
    except ReviewError as error:
        _refused(request, error)
    else:
        messages.success(request, _("Profile published."))
    return redirect("review:partner", code=partner.slug)


@editor_page
def history(request, code):
    partner = _partner(request, code)
    context = {
        "partner": partner,
        "records": selectors.history_for_partner(partner=partner),
        "publications": partner.publications.select_related("published_by", "document", "restored_from"),
    }
    return render(request, "review/history.html", context)


@require_POST
@editor_page
def restore(request, code, publication_id):
    partner = _partner(request, code)
    publication = get_object_or_404(Publication, pk=publication_id, partner=partner)
    try:
        result = profile_restore(publication=publication, actor=request.user, partner=partner)
    except ReviewError as error:
        _refused(request, error)
    else:
        messages.success(
            request,
            _("Profile put back to the publication of %(date)s; %(missing)s rows no longer exist.")
            % {"date": publication.published_at.strftime("%Y-%m-%d %H:%M"), "missing": result.missing},
        )
    return redirect("review:history", code=partner.slug)


def _piece(request, kind: str, pk: int, action: str):
    model = PIECE_MODELS.get(kind)
    if model is None:
        raise Http404
    return get_object_or_404(rows_user_can(request.user, action, model).select_related("partner"), pk=pk)


@require_POST
@editor_page
def piece_review(request, kind, pk):
    piece = _piece(request, kind, pk, Action.VIEW_DRAFT)
    form = ReviewActionForm(request.POST)
    if form.is_valid():
        service = piece_accept if form.cleaned_data["action"] == "accept" else piece_reject
        try:
            service(
                piece=piece, actor=request.user, note=form.cleaned_data["note"],
                expected_version=form.cleaned_data["version"],
            )
        except ReviewError as error:
            _refused(request, error)
    else:
        _refused(request, ReviewError("review.incomplete_request"))
    return redirect("review:partner", code=piece.partner.slug)


@editor_page
def piece_edit_view(request, kind, pk):
    piece = _piece(request, kind, pk, Action.EDIT)
    fields = tuple(name for name in EDITABLE_FIELDS[type(piece)] if name != "incomplete")
    form_class = piece_edit_form(type(piece), fields)
    if request.method == "POST":
        form = form_class(request.POST)
    else:
        form = form_class(initial={"version": piece.version, **{name: getattr(piece, name) for name in fields}})

    def save(data):
        changes = {name: data[name] for name in fields}
        piece_edit(piece=piece, actor=request.user, expected_version=data["version"], note=data["note"], **changes)

    return _form_page(
        request, form, save, template="review/piece_edit.html", context={"piece": piece},
        saved=_("Saved."), done=reverse("review:partner", kwargs={"code": piece.partner.slug}),
    )


@editor_page
def piece_translate_view(request, kind, pk):
    """Add a French or Arabic version of a statement, quote or headline figure; it is then reviewed like any
    piece on the partner's page."""
    piece = _piece(request, kind, pk, Action.EDIT)
    if type(piece) not in TRANSLATIONS:
        raise Http404
    if request.method == "POST":
        form = TranslationForm(request.POST)
    else:
        form = TranslationForm(initial={"language": request.GET.get("language", "fr")})
    return _form_page(
        request, form, lambda data: piece_translate(piece=piece, actor=request.user, **data),
        template="review/piece_translate.html", context={"piece": piece},
        saved=_("Translation saved as a draft, to be reviewed."),
        done=reverse("review:partner", kwargs={"code": piece.partner.slug}),
    )
