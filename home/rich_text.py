"""Links to pages inside rich text (article bodies, story texts)."""

from wagtail.rich_text.pages import PageLinkHandler

from home.models.base import public_pages


class PublicPageLinkHandler(PageLinkHandler):
    """A link in rich text to a page the public may not see keeps its words
    but loses its address, as Wagtail does for a deleted page: a restricted
    page's address (which spells its title in pinyin) is not shown elsewhere.
    The editor's own view of the text is Wagtail's and keeps the link."""

    @classmethod
    def get_many(cls, attrs_list):
        ids = [attrs.get("id") for attrs in attrs_list]
        found = public_pages().filter(pk__in=ids).defer_streamfields().specific()
        pages = {str(page.pk): page for page in found}
        return [pages.get(str(page_id)) for page_id in ids]
