from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from culture.models import FamilyMaxim


class FamilyMaximViewSet(SnippetViewSet):
    model = FamilyMaxim
    icon = "openquote"
    menu_label = "家风家训"
    list_display = ["text", "theme", "source"]
    list_filter = ["theme"]


class CultureViewSetGroup(SnippetViewSetGroup):
    items = (FamilyMaximViewSet,)
    menu_icon = "group"
    menu_label = "德治"
    menu_order = 210


register_snippet(CultureViewSetGroup)
