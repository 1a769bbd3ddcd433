from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.contrib.routable_page.models import path


class PageListFeed(Feed):
    """The feed base class: the latest items an index page lists, as RSS 2.0
    (``AtomFeed`` gives the same as Atom).

    The index page supplies ``get_feed_items()``; each item is a page with a
    ``listing_summary`` and, optionally, a ``date``."""

    feed_type = Rss201rev2Feed
    language = "zh-hans"

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, index_page):
        return f"{index_page.title} - 康乐社区网"

    def link(self, index_page):
        return index_page.full_url

    def description(self, index_page):
        return index_page.listing_summary or index_page.title

    def items(self, index_page):
        return index_page.get_feed_items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.listing_summary

    def item_link(self, item):
        return item.full_url

    def item_pubdate(self, item):
        day = getattr(item, "date", None)
        if day is None:
            return item.first_published_at
        return timezone.make_aware(datetime.combine(day, time(8, 0)))

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)


class AtomFeed(PageListFeed):
    feed_type = Atom1Feed
    subtitle = PageListFeed.description


class FeedRoutesMixin:
    """RSS and Atom routes for a routable index page; the page supplies
    ``get_feed_items()``. Templates link them with includes/feed_links.html."""

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        return PageListFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return AtomFeed(self)(request)
