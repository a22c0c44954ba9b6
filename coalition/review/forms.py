"""Forms of the review pages. They only parse input; the services decide and write."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from coalition.profiles.models import SocialPlatform, TranslationLanguage
from coalition.vocab import ClaimKind, LineOfEffort, Period, Qualifier, Stage

from .selectors import queue_reasons

BLANK = [("", "—")]
SOURCE_LANGUAGES = [("en", _("English")), ("fr", _("French")), ("ar", _("Arabic"))]


class UploadForm(forms.Form):
    """A factsheet file, or its text pasted in; exactly one of the two."""

    file = forms.FileField(label=_("Factsheet file"), required=False)
    text = forms.CharField(label=_("…or paste its text"), widget=forms.Textarea(attrs={"rows": 8}), required=False)
    title = forms.CharField(label=_("Title"), max_length=500, required=False)
    as_of = forms.DateField(
        label=_("Speaks for the date"), widget=forms.DateInput(attrs={"type": "date"}), required=False,
        help_text=_("Leave empty to read it from the factsheet; if it states none, you will be asked."),
    )
    language = forms.ChoiceField(
        label=_("Language"), required=False, choices=[("", _("Detect from the text"))] + SOURCE_LANGUAGES
    )

    def clean(self):
        data = super().clean()
        if bool(data.get("file")) == bool((data.get("text") or "").strip()):
            raise forms.ValidationError(_("Choose a file or paste text, not both and not neither."))
        return data


class DocumentDateForm(forms.Form):
    as_of = forms.DateField(label=_("Speaks for the date"), widget=forms.DateInput(attrs={"type": "date"}))


class QueueForm(forms.Form):
    """The review queue's filters: a reason to look twice, a partner."""

    reason = forms.ChoiceField(
        label=_("Reason to look twice"), choices=lambda: BLANK + queue_reasons(), required=False
    )
    partner = forms.CharField(label=_("Partner"), max_length=64, required=False)


class VersionedForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    note = forms.CharField(label=_("Note"), max_length=80, required=False)


class ReviewActionForm(VersionedForm):
    action = forms.ChoiceField(choices=[("accept", _("Accept")), ("reject", _("Reject"))])


class PlacesField(forms.CharField):
    """ISO country codes separated by commas or spaces ("IQ, SY")."""

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [code.upper() for code in text.replace(",", " ").split()]


class ClaimEditForm(VersionedForm):
    kind = forms.ChoiceField(label=_("kind"), choices=ClaimKind.choices)
    value = forms.DecimalField(label=_("value"), min_value=0, max_digits=20, decimal_places=2)
    currency = forms.CharField(label=_("currency"), max_length=3, required=False)
    qualifier = forms.ChoiceField(label=_("qualifier"), choices=Qualifier.choices)
    period = forms.ChoiceField(label=_("period"), choices=BLANK + Period.choices, required=False)
    year = forms.IntegerField(label=_("year"), required=False, min_value=1945, max_value=2100)
    since = forms.IntegerField(label=_("since"), required=False, min_value=1945, max_value=2100)
    stage = forms.ChoiceField(label=_("stage"), choices=Stage.choices)
    mission = forms.CharField(label=_("mission"), max_length=200, required=False)
    places = PlacesField(label=_("places (ISO codes)"), required=False)
    lines = forms.MultipleChoiceField(
        label=_("lines of effort"), choices=LineOfEffort.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    CHANGES = (
        "kind", "value", "currency", "qualifier", "period", "year", "since", "stage", "mission", "places", "lines",
    )

    @classmethod
    def for_claim(cls, claim):
        return cls(
            initial={
                "version": claim.version,
                **{name: getattr(claim, name) for name in cls.CHANGES if name not in ("places", "lines")},
                "places": " ".join(place.pk for place in claim.places.all()),
                "lines": [line.pk for line in claim.lines.all()],
            }
        )

    def changes(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.CHANGES}


def piece_edit_form(model, fields: tuple[str, ...]):
    """A form for the editable fields of one kind of profile piece."""
    form_fields = {}
    for name in fields:
        model_field = model._meta.get_field(name)
        options = {"assume_scheme": "https"} if isinstance(model_field, models.URLField) else {}
        form_fields[name] = model_field.formfield(**options)
    if "platform" in form_fields:
        form_fields["platform"] = forms.ChoiceField(label=_("platform"), choices=SocialPlatform.choices)
    return type(f"{model.__name__}EditForm", (VersionedForm,), form_fields)


class PublishForm(forms.Form):
    document = forms.CharField(required=False, widget=forms.HiddenInput)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)


class TranslationForm(forms.Form):
    """A French or Arabic version of a statement, quote (with the speaker's role) or headline label."""

    language = forms.ChoiceField(label=_("language"), choices=TranslationLanguage.choices)
    text = forms.CharField(label=_("translation"), widget=forms.Textarea(attrs={"rows": 4}))
    role = forms.CharField(label=_("speaker's role"), max_length=300, required=False)


class ProposalDecisionForm(forms.Form):
    """The secretariat's decision on a proposed partner: a new partner, an existing one under another name, or
    none."""

    decision = forms.ChoiceField(choices=[("confirm", _("confirm as a new partner")),
                                          ("map", _("map to an existing partner")), ("reject", _("reject"))])
    partner = forms.CharField(label=_("existing partner's code"), max_length=40, required=False)

    def clean(self):
        data = super().clean()
        if data.get("decision") == "map" and not data.get("partner"):
            self.add_error("partner", _("Give the code of the partner to map to."))
        return data
