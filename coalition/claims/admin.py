from django.contrib import admin

from coalition.editorial.policy_admin import PolicyAdmin

from .models import Claim
from .services import EDITABLE_FIELDS, EDITABLE_M2M, claim_accept, claim_edit, claim_reject


@admin.register(Claim)
class ClaimAdmin(PolicyAdmin):
    list_display = ["__str__", "partner", "kind", "status", "document", "version"]
    list_filter = ["status", "kind", "partner"]
    search_fields = ["evidence"]
    editable_fields = (*EDITABLE_FIELDS, *EDITABLE_M2M)
    filter_horizontal = ["places", "lines"]
    edit_service = staticmethod(claim_edit)
    accept_service = staticmethod(claim_accept)
    reject_service = staticmethod(claim_reject)
