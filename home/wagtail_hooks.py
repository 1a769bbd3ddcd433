from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Compound, SearchSynonym


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
