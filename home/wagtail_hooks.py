from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import Compound


class CompoundViewSet(SnippetViewSet):
    model = Compound
    icon = "home"
    menu_label = "小区"
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "households", "latitude", "longitude", "is_sample_content"]
    search_fields = ["name", "description"]


register_snippet(CompoundViewSet)
