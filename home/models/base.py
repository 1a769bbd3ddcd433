from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from home.http_methods import SAFE_METHODS
from home.reading_aids import PREVIEW_SIZES
from home.search import DEFAULT_SECTION, ChineseSearchField


class SitePage(Page):
    """The base of every page type on the site: shared flags and helpers."""

    is_sample_content = models.BooleanField(
        "示例内容",
        default=False,
        help_text="页面含有编造的示例信息（人物、电话、时间等）时勾选，页面上会显示“示例内容”标记。",
    )

    settings_panels = [*Page.settings_panels, FieldPanel("is_sample_content")]

    search_fields = [*Page.search_fields, ChineseSearchField("title", boost=3)]
    # Editors check how elderly readers see the page at the larger text sizes.
    preview_modes = [
        (size, f"预览：{label}字号") for size, label in PREVIEW_SIZES.items()
    ]
    # The section a search result is listed under (新闻, 好人, 普法 ...).
    search_section = DEFAULT_SECTION
    # Whether editors may print the page on the paper notice board (公告栏).
    on_notice_board = False
    # A page with a form of its own adds POST (home/http_methods.py).
    http_methods = SAFE_METHODS

    class Meta:
        abstract = True

    @property
    def listing_summary(self):
        """The one-line text used in lists, meta descriptions and feeds."""
        return self.search_description or getattr(self, "summary", "") or ""

    @property
    def listing_date(self):
        """The date shown beside the page in lists and search results."""
        published = self.first_published_at
        return published.date() if published else None

    def get_snippet_texts(self):
        """The plain texts a search-result extract may be taken from, in order
        of preference; the body is only read if the summary does not serve."""
        yield self.listing_summary
        body = getattr(self, "body", None)
        if body is not None:
            yield " ".join(body.stream_block.get_searchable_content(body))

    @property
    def share_image(self):
        """The image offered to social networks when the page is shared."""
        return None
