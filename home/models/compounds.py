from django.db import models
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from home.search import ChineseSearchField


class Compound(index.Indexed, models.Model):
    """A residential compound (小区) of the community; other sections refer to it."""

    name = models.CharField("小区名称", max_length=40, unique=True)
    description = models.TextField("简介", blank=True)
    latitude = models.DecimalField(
        "纬度", max_digits=9, decimal_places=6, help_text="WGS-84 坐标，如 32.391200"
    )
    longitude = models.DecimalField(
        "经度", max_digits=9, decimal_places=6, help_text="WGS-84 坐标，如 119.400500"
    )
    households = models.PositiveIntegerField("户数")
    is_sample_content = models.BooleanField(
        "示例内容", default=False, help_text="名称或数据为编造的示例时勾选"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel(
            [FieldPanel("latitude"), FieldPanel("longitude")], heading="位置"
        ),
        FieldPanel("households"),
        FieldPanel("is_sample_content"),
    ]

    search_fields = [
        ChineseSearchField("name"),
        index.AutocompleteField("name"),
        ChineseSearchField("description"),
    ]

    class Meta:
        ordering = ["pk"]
        verbose_name = "小区"
        verbose_name_plural = "小区"

    def __str__(self):
        return self.name
