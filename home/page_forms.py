"""The admin forms of the page types (``SitePage.base_form_class``). Kept
apart from home.forms, which imports Wagtail's image forms: those read the
database when imported, before the page models are loaded."""

from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.coreutils import find_available_slug

from home.slugs import pinyin_slug


class SitePageForm(WagtailAdminPageForm):
    """The address (slug) may be left empty: it is then spelled from the
    title in pinyin, numbered if a sibling has it already. What the editor
    types is kept, and a page keeps the address it has."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        slug = self.fields.get("slug")
        if slug is not None:
            slug.required = False
            slug.help_text = (
                "页面网址的最后一段，如 kangleshequ-juban-chongyang-jinglao-yan。"
                "留空则按标题的拼音自动生成。"
            )

    def clean(self):
        if "slug" in self.cleaned_data and not self.cleaned_data["slug"]:
            title = self.cleaned_data.get("title", "")
            slug = pinyin_slug(title)
            if slug:
                self.cleaned_data["slug"] = find_available_slug(
                    self.parent_page, slug, ignore_page_id=self.instance.pk
                )
            elif title:
                self.add_error(
                    "slug", "标题里没有可以拼成网址的文字，请在这里填写网址。"
                )
        return super().clean()


class DatedPageForm(SitePageForm):
    """The editor of a page with a ``date`` (news, legal articles): a new page
    starts at today.

    Today is filled here, not by a model default: with a callable default,
    Django's form compares the posted date with a hidden initial value that
    Wagtail's editor never sends, so every edit looked like a change, and a
    reviewer approving in the editor saved a revision and restarted review."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None and self.instance.date is None:
            self.initial["date"] = timezone.localdate()
