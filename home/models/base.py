from django.db import models
from django.db.models import (
    Exists,
    OuterRef,
    Q,
    Subquery,
)
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from home.http_methods import SAFE_METHODS
from home.page_forms import SitePageForm
from home.private_sections import is_private
from home.reading_aids import PREVIEW_SIZES
from home.search import DEFAULT_SECTION, ChineseAutocompleteField, ChineseSearchField

# The rendition offered to social networks; templates/base.html uses the same.
SHARE_IMAGE_FILTER = "fill-1200x630"
# An image across the text column (lead images, gallery photos, images in a
# body); templates/includes/wide_picture.html uses the same.
WIDE_IMAGE_FILTER = "format-{webp,jpeg}|width-{480,960}"


def _restricted_path():
    """The path of the restricted page, inside a query of the restrictions."""
    return Subquery(
        Page.objects.filter(pk=OuterRef("page_id")).order_by().values("path")[:1]
    )


class SitePageQuerySet(PageQuerySet):
    def private_q(self):
        """Pages the public may not see for a view restriction
        (home/private_sections.py): Wagtail's own version reads every restriction, one
        more query each time a listing calls ``public()``, and lets an alias
        of a private page through."""
        return is_private()


def site_pages():
    """Pages of any type, with the site's ``public()``."""
    return SitePageQuerySet(Page)


def public_pages():
    """The pages the public may see: live and under no view restriction. The
    one check behind every page that shows or links another."""
    return site_pages().live().public()


def public_page_ids(pages):
    """The ids of those of ``pages`` (``None`` allowed) the public may see, in
    one query."""
    ids = {page.pk for page in pages if page is not None}
    if not ids:
        return set()
    return set(public_pages().filter(pk__in=ids).values_list("pk", flat=True))


def public_or_none(page):
    """``page`` if the public may see it, else ``None``."""
    return page if page is not None and page.pk in public_page_ids([page]) else None


def is_public_page(foreign_key):
    """Whether the page a foreign key names may be seen by the public, as an
    annotation of a query, so that a listing checks all its rows at once."""
    return Exists(public_pages().filter(pk=OuterRef(foreign_key)))


def as_own_types(pages, models):
    """The generic ``pages``, each as its own type, read in one query that
    joins the own rows of ``models``; a page of any other type costs a query
    of its own, as with Wagtail's ``specific()``."""
    own_rows = {
        model: model._meta.model_name
        for model in models
        if model._meta.get_parent_list() == [Page]
    }
    found = []
    for page in pages.select_related(*own_rows.values()):
        model = page.specific_class
        if model in own_rows:
            own = getattr(page, own_rows[model])
        elif model not in (None, Page):
            own = page.specific
        else:
            own = page
        for name in pages.query.annotations:
            setattr(own, name, getattr(page, name))
        found.append(own)
    return found


class SitePage(Page):
    """The base of every page type on the site: shared flags and helpers."""

    is_sample_content = models.BooleanField(
        "示例内容",
        default=False,
        help_text="页面含有编造的示例信息（人物、电话、时间等）时勾选，页面上会显示“示例内容”标记。",
    )

    # The title is not copied into the address as it is typed: Wagtail's
    # admin would keep the Chinese characters, which browsers show
    # percent-encoded. SitePageForm spells an empty address in pinyin instead.
    content_panels = [FieldPanel("title", classname="title")]
    settings_panels = [*Page.settings_panels, FieldPanel("is_sample_content")]
    base_form_class = SitePageForm

    objects = PageManager.from_queryset(SitePageQuerySet)()

    search_fields = [
        *Page.search_fields,
        ChineseAutocompleteField("title"),
        ChineseSearchField("title", boost=3),
    ]
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
    # Foreign keys the page itself shows, read in the same query as the page
    # when a visit is routed to it (home/routing.py).
    route_related = ()

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """The view restrictions that guard this page: on the page and its
        ancestors and, where one of them is an alias, on the original and the
        original's ancestors (Wagtail looks at the original alone), in one
        query: the route table is never trusted on privacy."""
        steps = range(self.steplen, len(self.path) + 1, self.steplen)
        own_paths = [self.path[:end] for end in steps]
        alias_of_restricted = Page.objects.filter(
            path__in=own_paths,
            alias_of__isnull=False,
            alias_of__path__startswith=OuterRef("restricted_path"),
        )
        return PageViewRestriction.objects.annotate(
            restricted_path=_restricted_path()
        ).filter(Q(restricted_path__in=own_paths) | Q(Exists(alias_of_restricted)))

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
