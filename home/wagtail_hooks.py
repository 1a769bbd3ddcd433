from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponseNotAllowed
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.models import Page, Revision
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import editor_guide, notice_board
from home.http_methods import allowed_methods
from home.models import ActivityKind, Compound, SearchSynonym
from home.personal_data import ADDRESS_COUNT, Cookie, PersonalData, kept_for
from home.personal_data import HOOK_NAME as PERSONAL_DATA_HOOK
from home.places import HOOK_NAME as PLACE_KINDS_HOOK
from home.places import PlaceKind
from home.reading_aids import COOKIE_MAX_AGE, READING_AIDS
from home.rich_text import PublicPageLinkHandler
from home.visitors import VISITOR_COOKIE, VISITOR_COOKIE_MAX_AGE

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


class ActivityKindViewSet(SnippetViewSet):
    model = ActivityKind
    icon = "date"
    menu_label = "活动类型"
    menu_order = 205
    add_to_admin_menu = True
    list_display = ["name", "slug", "governance"]


register_snippet(CompoundViewSet)
register_snippet(ActivityKindViewSet)
register_snippet(SearchSynonymViewSet)


@hooks.register(PLACE_KINDS_HOOK, order=100)
def register_compounds():
    """Compounds are what every map is drawn around, and where walks start."""
    return [
        PlaceKind(
            "compound",
            Compound,
            label="小区",
            symbol="square",
            name_attribute="name",
            background=True,
        )
    ]


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


# Wagtail's admin script remembers the folded sidebar under this name.
ADMIN_SIDEBAR_COOKIE = "wagtail_sidebar_collapsed"


@hooks.register(PERSONAL_DATA_HOOK)
def register_shell_cookies():
    """The reading aids' cookies, Django's and Wagtail's."""
    reading_aids = [
        Cookie(
            aid.cookie,
            purpose=f"记住您选的{aid.label}（{'、'.join(aid.choices.values())}），"
            "下次打开网站时沿用",
            set_when=f"在每页上方的阅读辅助栏选择{aid.label}时",
            max_age=COOKIE_MAX_AGE,
        )
        for aid in READING_AIDS.values()
    ]
    csrf_purpose = "防止别的网站冒用您的名义提交表单（跨站请求伪造防护），内容是随机数"
    return [
        *reading_aids,
        Cookie(
            VISITOR_COOKIE,
            purpose="记住这个浏览器已经点过的赞、评过的议题，同一件事只算一次；"
            "内容是随机生成的编号",
            set_when="第一次为好人点赞或评议议题结果时",
            max_age=VISITOR_COOKIE_MAX_AGE,
        ),
        Cookie(
            settings.CSRF_COOKIE_NAME,
            purpose=csrf_purpose,
            set_when="打开带表单的页面时：推荐好人、有奖问答、输入页面访问密码",
            max_age=settings.CSRF_COOKIE_AGE,
        ),
        Cookie(
            settings.SESSION_COOKIE_NAME,
            purpose="记住您已经输入过某个栏目的访问密码，不用每页重新输入",
            set_when="输入页面访问密码时",
            max_age=None,
        ),
        Cookie(
            settings.SESSION_COOKIE_NAME,
            purpose="保持登录状态",
            set_when="登录管理后台时；没有勾选“记住我”的，关闭浏览器时就删除",
            max_age=settings.SESSION_COOKIE_AGE,
            staff_only=True,
        ),
        Cookie(
            settings.CSRF_COOKIE_NAME,
            purpose=csrf_purpose,
            set_when="打开管理后台时",
            max_age=settings.CSRF_COOKIE_AGE,
            staff_only=True,
        ),
        Cookie(
            CookieStorage.cookie_name,
            purpose="显示“已保存”“已发布”一类的操作提示",
            set_when="保存、发布等操作之后",
            max_age=None,
            staff_only=True,
        ),
        Cookie(
            ADMIN_SIDEBAR_COOKIE,
            purpose="记住左侧菜单是否收起",
            set_when="收起或展开管理后台的左侧菜单时",
            max_age=None,
            staff_only=True,
        ),
    ]


# After the other apps' forms: few residents ever meet a page password.
@hooks.register(PERSONAL_DATA_HOOK, order=100)
def register_page_passwords():
    """What a visitor leaves when opening a section behind a page password."""
    _, window = settings.PAGE_PASSWORD_RATE_LIMIT
    return [
        PersonalData(
            anchor="page-password",
            title="输入页面访问密码",
            collected=("您输入的密码：只用来核对，不保存", ADDRESS_COUNT),
            purpose=(
                "核对密码，打开只对知道密码的人开放的内容；"
                "同一网络输错太多次时请它稍后再试，防止有人猜密码。"
            ),
            seen_by="没有人能看到您输入的密码；计数只由网站程序使用。",
            kept=(
                f"网络地址的计数：{kept_for(window)}后自动清除。",
                "记住您已输入过密码的 Cookie：关闭浏览器时删除。",
            ),
        )
    ]


@hooks.register("register_admin_urls")
def register_editor_guide_urls():
    return [
        path("guide/", editor_guide.guide, name="editor_guide"),
        path(
            "guide/editor-guide/<slug:name>.png",
            editor_guide.picture,
            name="editor_guide_picture",
        ),
    ]


@hooks.register("register_help_menu_item")
def register_editor_guide_menu_item():
    return MenuItem(
        "编辑手册", reverse("editor_guide"), name="guide", icon_name="help", order=1000
    )


# Wagtail's help links: its English guide and release notes, on a site abroad.
WAGTAIL_HELP_LINKS = ("editor-guide", "whats-new-in-wagtail-")


@hooks.register("construct_help_menu")
def leave_out_wagtails_guides(request, menu_items):
    menu_items[:] = [
        item for item in menu_items if not item.name.startswith(WAGTAIL_HELP_LINKS)
    ]


# After Wagtail's own registration of page links (order 0), which this replaces.
@hooks.register("register_rich_text_features", order=1)
def link_only_public_pages_in_rich_text(features):
    features.register_link_type(PublicPageLinkHandler)
