"""Image renditions read in bulk, so that a page costs the same few queries
however many images it shows. Wagtail's ``{% image %}`` tag finds them in the
image's ``prefetched_renditions``; a filter the page then asks for but that was
not named here costs a query per image."""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model


def _renditions(lookup, filter_specs):
    renditions = get_image_model().get_rendition_model().objects
    return Prefetch(
        lookup,
        queryset=renditions.filter(filter_spec__in=filter_specs),
        to_attr="prefetched_renditions",
    )


def renditions_prefetch(image_field, *filter_specs):
    """For a queryset: the stored renditions of the images its rows name in
    ``image_field``, for ``filter_specs``."""
    return _renditions(f"{image_field}__renditions", filter_specs)


def prefetch_renditions(images, *filter_specs):
    """Attach to each of ``images`` (``None`` allowed) its stored renditions for
    ``filter_specs``, read in one query for them all."""
    prefetch_related_objects(
        [image for image in images if image is not None],
        _renditions("renditions", filter_specs),
    )
