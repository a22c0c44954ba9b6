"""What the admin pages of several apps share, kept at the bottom so that any app may use it."""


class NoWritesAdmin:
    """Rows made and decided elsewhere (ingest, publishing, the review pages): the admin shows them, never adds,
    changes or deletes them. Put it before ``ModelAdmin`` in the bases."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
