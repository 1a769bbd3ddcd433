from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class SitePage(Page):
    """The base of every page type on the site: shared flags and helpers."""

    is_sample_content = models.BooleanField(
        "示例内容",
        default=False,
        help_text="页面含有编造的示例信息（人物、电话、时间等）时勾选，页面上会显示“示例内容”标记。",
    )

    settings_panels = [*Page.settings_panels, FieldPanel("is_sample_content")]

    class Meta:
        abstract = True

    @property
    def listing_summary(self):
        """The one-line text used in lists, meta descriptions and feeds."""
        return self.search_description or getattr(self, "summary", "") or ""

    @property
    def share_image(self):
        """The image offered to social networks when the page is shared."""
        return None
