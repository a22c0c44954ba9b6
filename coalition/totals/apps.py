from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TotalsConfig(AppConfig):
    name = "coalition.totals"
    label = "totals"
    verbose_name = _("Totals")

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
