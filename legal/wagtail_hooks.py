from datetime import timedelta

from django.utils import timezone
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.personal_data import HOOK_NAME as PERSONAL_DATA_HOOK
from home.personal_data import PersonalData
from home.places import HOOK_NAME as PLACE_KINDS_HOOK
from home.places import PlaceKind
from legal.models import (
    HolidayArrangement,
    LegalArticlePage,
    LegalService,
    LegalServicePointPage,
    LegalTopic,
)
from legal.models.articles import review_cutoff
from legal.opening_hours import library_knows

# Warn editors this many days before a year the holiday library does not know.
HOLIDAY_WARNING_DAYS = 60


class LegalServiceViewSet(SnippetViewSet):
    model = LegalService
    icon = "help"
    menu_label = "法律服务项目"
    list_display = ["name", "slug", "cost"]


class HolidayArrangementViewSet(SnippetViewSet):
    model = HolidayArrangement
    icon = "date"
    menu_label = "法定节假日安排"
    list_display = ["date", "name", "is_working_day"]


class LegalTopicViewSet(SnippetViewSet):
    model = LegalTopic
    icon = "tag"
    menu_label = "普法主题"
    list_display = ["name", "slug"]


class LegalViewSetGroup(SnippetViewSetGroup):
    items = (LegalServiceViewSet, LegalTopicViewSet, HolidayArrangementViewSet)
    menu_icon = "doc-full"
    menu_label = "法治"
    menu_order = 220


register_snippet(LegalViewSetGroup)


class ArticlesDueForReviewView(IndexView):
    page_title = "待复核的普法文章"

    def get_base_queryset(self):
        return super().get_base_queryset().filter(reviewed_on__lt=review_cutoff())


class ArticlesDueForReviewViewSet(PageListingViewSet):
    """The editors' list of legal articles whose lawyer's review is too old."""

    model = LegalArticlePage
    index_view_class = ArticlesDueForReviewView
    name = "legal_articles_due_for_review"
    icon = "warning"
    menu_label = "待复核普法文章"
    menu_order = 230
    add_to_admin_menu = True


@hooks.register("register_admin_viewset")
def register_articles_due_for_review():
    return ArticlesDueForReviewViewSet()


def years_missing_holidays(today=None):
    """Years that open-now will soon need and that neither the holiday library
    nor the editors' entries cover."""
    today = today or timezone.localdate()
    years = {today.year, (today + timedelta(days=HOLIDAY_WARNING_DAYS)).year}
    return sorted(
        year
        for year in years
        if not library_knows(year)
        and not HolidayArrangement.objects.filter(date__year=year).exists()
    )


class HolidayReminderPanel(Component):
    order = 50
    template_name = "legal/admin/holiday_reminder_panel.html"

    def __init__(self, years):
        self.years = years

    def get_context_data(self, parent_context):
        return {"years": self.years}


@hooks.register("construct_homepage_panels")
def add_holiday_reminder(request, panels):
    if not request.user.has_perm("legal.add_holidayarrangement"):
        return
    years = years_missing_holidays()
    if years:
        panels.append(HolidayReminderPanel(years))


class ArticlesDueForReviewPanel(Component):
    """On the dashboard: how many legal articles need the lawyer's review again."""

    order = 80
    template_name = "legal/admin/articles_due_panel.html"

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context):
        return {"count": self.count}


@hooks.register("construct_homepage_panels")
def add_articles_due_for_review(request, panels):
    if not request.user.has_perm("wagtailadmin.access_admin"):
        return
    count = LegalArticlePage.objects.filter(reviewed_on__lt=review_cutoff()).count()
    if count:
        panels.append(ArticlesDueForReviewPanel(count))


@hooks.register(PERSONAL_DATA_HOOK)
def register_quiz():
    """有奖问答 asks for nothing personal and keeps no answers."""
    return [
        PersonalData(
            anchor="quiz",
            title="有奖问答",
            collected=(),
            purpose="您选的答案只用于当场判分，显示正确答案和解析。",
            seen_by="答题结果只显示给您自己。",
            kept=("答案不保存。",),
        )
    ]


@hooks.register(PLACE_KINDS_HOOK)
def register_service_points():
    """The service points of the 十分钟法律服务圈, around the lead point."""
    return [
        PlaceKind(
            "legal-service-point",
            LegalServicePointPage,
            label="法律服务点",
            symbol="circle",
            centre_attribute="is_lead_point",
            centre_label="牵头服务点",
        )
    ]
