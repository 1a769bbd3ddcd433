from django.db.models.signals import post_save
from wagtail.search.index import insert_or_update_object

from legal.models import LegalArticleIndexPage, LegalService, LegalServiceDirectoryPage
from legal.workflows import assign_legal_workflow


def reindex_points_of_service(sender, instance, **kwargs):
    """Points index their services' names; renaming a service must reach them."""
    for point in instance.points.all():
        insert_or_update_object(point)


def register_signal_handlers():
    post_save.connect(reindex_points_of_service, sender=LegalService)
    for section in (LegalArticleIndexPage, LegalServiceDirectoryPage):
        post_save.connect(assign_legal_workflow, sender=section)
