"""荣誉榜: the honour boards (和谐榜, 尚行榜, 厚德榜) and the yearly selections
(十佳好邻居, 十佳好住户, 十佳网格明星), one page per board and year."""

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable

from home.models import SitePage
from home.models.base import public_page_ids
from home.search import ChineseSearchField

from .common import year_field
from .role_models import DEED_MAX_LENGTH, SEARCH_SECTION

BOARD_CHOICES = [
    ("harmony", "和谐榜"),
    ("conduct", "尚行榜"),
    ("virtue", "厚德榜"),
    ("best-neighbours", "十佳好邻居"),
    ("best-households", "十佳好住户"),
    ("grid-stars", "十佳网格明星"),
]
BOARD_NAMES = dict(BOARD_CHOICES)


class HonourBoardIndexPage(RoutablePageMixin, SitePage):
    """荣誉榜: every board's latest year, with an archive of past years."""

    intro = models.TextField("导语", blank=True)

    content_panels = [*SitePage.content_panels, FieldPanel("intro")]

    search_fields = [*SitePage.search_fields, ChineseSearchField("intro")]
    search_section = SEARCH_SECTION

    class Meta:
        verbose_name = "荣誉榜目录"
        verbose_name_plural = "荣誉榜目录"

    def get_boards(self):
        return (
            HonourBoardPage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-year", "path")
        )

    def get_board_groups(self):
        """Each board in the fixed order, newest year first."""
        pages = list(self.get_boards())
        groups = []
        for slug, name in BOARD_CHOICES:
            years = [page for page in pages if page.board == slug]
            if years:
                groups.append({"slug": slug, "name": name, "pages": years})
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["board_groups"] = self.get_board_groups()
        return context

    @path("board/<slug:board>/", name="board_archive")
    def board_archive(self, request, board):
        """历年榜单: every year of one board."""
        if board not in BOARD_NAMES:
            raise Http404("没有这个榜单")
        context = self.get_context(request)
        context.update(
            canonical_url=self.get_full_url(request)
            + self.reverse_subpage("board_archive", args=[board]),
            board_name=BOARD_NAMES[board],
            board_pages=self.get_boards().filter(board=board),
        )
        return TemplateResponse(request, "culture/honour_board_archive.html", context)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["culture.HonourBoardPage"]


class HonourBoardPage(RoutablePageMixin, SitePage):
    """One board for one year: the people on it, and an A3 poster to pin up."""

    board = models.CharField("榜单", max_length=20, choices=BOARD_CHOICES)
    year = year_field("年度")
    intro = models.TextField("说明", blank=True)

    content_panels = [
        *SitePage.content_panels,
        FieldRowPanel([FieldPanel("board"), FieldPanel("year")]),
        FieldPanel("intro"),
        InlinePanel("entries", heading="上榜人员", label="上榜人员", min_num=1),
    ]

    search_fields = [
        *SitePage.search_fields,
        ChineseSearchField("intro"),
        ChineseSearchField("searchable_entries"),
    ]
    search_section = SEARCH_SECTION

    class Meta:
        verbose_name = "荣誉榜"
        verbose_name_plural = "荣誉榜"

    @property
    def board_name(self):
        return BOARD_NAMES.get(self.board, "")

    @property
    def listing_summary(self):
        return self.search_description or self.intro

    def searchable_entries(self):
        """The names and citations typed on the board itself. What an entry
        borrows from its role model's page is left to that page's own index
        entry: a restriction set on it later does not reach this one."""
        return " ".join(
            f"{entry.name} {entry.citation}" for entry in self.entries.all()
        )

    def get_entries(self):
        """The entries to show, each knowing whether the public may see its
        role model's page. A role model the public may not see (a draft made
        from a nomination, a page behind a restriction) lends the entry
        nothing: an entry naming only such a role model is left out."""
        entries = list(self.entries.select_related("role_model"))
        shown = public_page_ids(entry.role_model for entry in entries)
        for entry in entries:
            if entry.role_model_id in shown:
                entry.public_role_model = entry.role_model
        return [entry for entry in entries if entry.display_name]

    def get_other_years(self):
        return (
            HonourBoardPage.objects.live()
            .public()
            .sibling_of(self, inclusive=False)
            .filter(board=self.board)
            .order_by("-year")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(entries=self.get_entries(), other_years=self.get_other_years())
        return context

    @path("poster/", name="poster")
    def poster(self, request):
        """The board as an A3 poster for the community notice board."""
        return TemplateResponse(
            request,
            "culture/honour_board_poster.html",
            {"page": self, "entries": self.get_entries()},
        )

    parent_page_types = ["culture.HonourBoardIndexPage"]
    subpage_types = []


class HonourBoardEntry(Orderable):
    """A person or household on a board: a role model on the site, or a name."""

    page = ParentalKey(
        HonourBoardPage, on_delete=models.CASCADE, related_name="entries"
    )
    role_model = models.ForeignKey(
        "culture.RoleModelPage",
        verbose_name="好人页面",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="board_entries",
    )
    name = models.CharField(
        "姓名或家庭", max_length=40, blank=True, help_text="选了好人页面时可留空"
    )
    citation = models.CharField(
        "上榜理由",
        max_length=DEED_MAX_LENGTH,
        blank=True,
        help_text="留空时使用好人页面上的一句话事迹",
    )

    panels = [
        PageChooserPanel("role_model", "culture.RoleModelPage"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("citation")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "上榜人员"
        verbose_name_plural = "上榜人员"

    def clean(self):
        if self.role_model_id is None and not self.name.strip():
            raise ValidationError({"name": "请选择好人页面，或填写姓名。"})

    # The role model's page when the public may see it; set by
    # ``HonourBoardPage.get_entries``, the one way entries are read for display.
    public_role_model = None

    @property
    def display_name(self):
        role_model = self.public_role_model
        return self.name or (role_model.name if role_model else "")

    @property
    def display_citation(self):
        role_model = self.public_role_model
        return self.citation or (role_model.deed if role_model else "")

    def __str__(self):
        return self.name or (self.role_model.name if self.role_model_id else "")
