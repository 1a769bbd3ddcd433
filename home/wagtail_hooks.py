from django.http import HttpResponseNotAllowed
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.models import Page, Revision
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import notice_board
from home.http_methods import allowed_methods
from home.models import Compound, SearchSynonym

# How many pages a dashboard panel lists.
PANEL_LENGTH = 5


class YesNoColumn(Column):
    """Yes/no in Chinese: Wagtail's BooleanColumn titles its icons in English."""

    def get_value(self, instance):
        return "是" if super().get_value(instance) else "否"


class CompoundViewSet(SnippetViewSet):
    model = Compound
    icon = "home"
    menu_label = "小区"
    menu_order = 200
    add_to_admin_menu = True
    list_display = [
        "name",
        "households",
        "latitude",
        "longitude",
        YesNoColumn("is_sample_content", label="示例内容"),
    ]


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = "搜索同义词"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["term", "alternatives"]


register_snippet(CompoundViewSet)
register_snippet(SearchSynonymViewSet)


class ScheduledPagesPanel(Component):
    """Pages approved to go live later: editors see what will appear when."""

    order = 60
    template_name = "home/admin/scheduled_pages_panel.html"

    def get_context_data(self, parent_context):
        revisions = (
            Revision.page_revisions.filter(approved_go_live_at__isnull=False)
            .order_by("approved_go_live_at")
            .select_related("base_content_type")
        )
        return {"revisions": revisions[:PANEL_LENGTH], "count": revisions.count()}


class LatestPublishedPanel(Component):
    """What went live last, so the team sees each other's work."""

    order = 70
    template_name = "home/admin/latest_published_panel.html"

    def get_context_data(self, parent_context):
        return {
            "pages": Page.objects.live()
            .filter(depth__gt=2, last_published_at__isnull=False)
            .order_by("-last_published_at")[:PANEL_LENGTH]
        }


@hooks.register("construct_homepage_panels")
def add_newsroom_panels(request, panels):
    panels.extend([ScheduledPagesPanel(), LatestPublishedPanel()])


@hooks.register("register_admin_urls")
def register_notice_board_urls():
    return [
        path("notice-board/", notice_board.choose, name="notice_board"),
        path(
            "notice-board/print/", notice_board.print_sheets, name="notice_board_print"
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_notice_board_menu_item():
    return MenuItem(
        "公告栏打印", reverse("notice_board"), icon_name="doc-full", order=250
    )


@hooks.register("before_serve_page")
def refuse_unhandled_methods(page, request, serve_args, serve_kwargs):
    methods = allowed_methods(page, request)
    if request.method not in methods:
        return HttpResponseNotAllowed(methods)
