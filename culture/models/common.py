"""Parts shared by the culture page families: honours and photo galleries."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.images import get_image_model_string
from wagtail.models import Orderable

from home.models.base import SHARE_IMAGE_FILTER, WIDE_IMAGE_FILTER
from home.renditions import prefetch_renditions

FIRST_YEAR = 1990
LAST_YEAR = 2100
YEAR_VALIDATORS = [MinValueValidator(FIRST_YEAR), MaxValueValidator(LAST_YEAR)]


def year_field(verbose_name, **kwargs):
    return models.PositiveSmallIntegerField(
        verbose_name, validators=YEAR_VALIDATORS, **kwargs
    )


class Honour(Orderable):
    """A title received in a given year, such as 十佳好邻居 2017."""

    title = models.CharField("荣誉称号", max_length=40)
    year = year_field("年份")

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("year")])]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = "荣誉"
        verbose_name_plural = "荣誉"

    def __str__(self):
        return f"{self.year}年 {self.title}"


class GalleryPhoto(Orderable):
    """A photo shown in a page's gallery, with an optional caption."""

    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name="照片",
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField("说明", max_length=120, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = "照片"
        verbose_name_plural = "照片"


class PhotoGalleryMixin:
    """A page with a ``photos`` gallery shares its first photo."""

    @cached_property
    def gallery(self):
        """The photos with their images and renditions, read in two queries."""
        photos = list(self.photos.select_related("image"))
        prefetch_renditions(
            [photo.image for photo in photos], SHARE_IMAGE_FILTER, WIDE_IMAGE_FILTER
        )
        return photos

    @property
    def share_image(self):
        return self.gallery[0].image if self.gallery else None
