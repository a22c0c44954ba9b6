from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebsiteConfig(AppConfig):
    name = "coalition.website"
    label = "website"
    verbose_name = _("Public website")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from coalition.partners.models import Membership, Partner, WorkingGroup

        from .page_cache import structure_changed

        for model in (Partner, WorkingGroup, Membership):
            post_save.connect(structure_changed, sender=model, dispatch_uid=f"website.structure.{model.__name__}.save")
            post_delete.connect(structure_changed, sender=model, dispatch_uid=f"website.structure.{model.__name__}.delete")
