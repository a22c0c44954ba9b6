from django.contrib import admin

from coalition.editorial.policy_admin import PolicyAdmin

from .services import EDITABLE_FIELDS, piece_accept, piece_edit, piece_reject


class PieceAdmin(PolicyAdmin):
    list_display = ["__str__", "partner", "status", "version"]
    list_filter = ["status", "partner"]
    target = "piece"
    edit_service = staticmethod(piece_edit)
    accept_service = staticmethod(piece_accept)
    reject_service = staticmethod(piece_reject)


for model, fields in EDITABLE_FIELDS.items():
    admin.site.register(model, type(f"{model.__name__}Admin", (PieceAdmin,), {"editable_fields": fields}))
