"""Image renditions read in bulk, so that a page costs the same few queries
however many images it shows. Wagtail's ``{% image %}`` and ``{% picture %}``
tags find them in the image's ``prefetched_renditions``, and take a filter
missing there for a rendition never made: they would make it again, on every
visit. So each filter named here is written as its template writes it, braces
and all (``"format-{webp,jpeg}|width-{480,960}"`` for
``{% picture … format-{webp,jpeg} width-{480,960} %}``)."""

from django.db.models import Prefetch, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.images.models import Filter


def _renditions(lookup, filter_specs):
    renditions = get_image_model().get_rendition_model().objects
    expanded = [spec for specs in filter_specs for spec in Filter.expand_spec(specs)]
    return Prefetch(
        lookup,
        queryset=renditions.filter(filter_spec__in=expanded),
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
