from dataclasses import dataclass
from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.contrib.routable_page.models import path

# How many of the latest items a feed carries.
FEED_LENGTH = 20


@dataclass
class FeedContent:
    """What a feed carries: its title, the page it stands for, and the items."""

    title: str
    link: str
    description: str
    items: object


class PageListFeed(Feed):
    """The feed base class: the latest items an index page lists, as RSS 2.0
    (``AtomFeed`` gives the same as Atom).

    Each item is a page with a ``listing_summary`` and, optionally, a ``date``."""

    feed_type = Rss201rev2Feed
    language = "zh-hans"

    def __init__(self, content):
        super().__init__()
        self.content = content

    def get_object(self, request, *args, **kwargs):
        return self.content

    def title(self, content):
        return content.title

    def link(self, content):
        return content.link

    def description(self, content):
        return content.description

    def items(self, content):
        return content.items

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
    ``get_feed_content(request)`` (home/listing.py gives it to every listing:
    the feed of a filtered list carries what the list shows). Templates link
    them with includes/listing_head.html. The feeds are purged with the page."""

    def get_cached_paths(self):
        return [
            *super().get_cached_paths(),
            self.reverse_subpage("rss_feed"),
            self.reverse_subpage("atom_feed"),
        ]

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        return PageListFeed(self.get_feed_content(request))(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        return AtomFeed(self.get_feed_content(request))(request)
