"""A full-page cache for anonymous visitors, and its purge.

Anonymous readers of the same page at the same reading-aid settings get the
same HTML, so it is served from the cache; anything personal (a logged-in
editor, a form with its CSRF token, a page opened with a page password, a
response marked private or no-cache) is never stored. The stored copy is keyed
by scheme, host, path, query string and reading aids.

Purging works through Wagtail's frontend-cache interface (``PageCacheBackend``
below), so Wagtail's own publish and unpublish purges reach it, and so does any
``purge_pages_from_cache`` the site calls (praise, for one). A purge bumps a
generation number for the path: every stored variant of that path (each query
string, each reading aid) is orphaned at once and expires on its own.
Changes that show on every page (a new section in the menu, the site settings)
and view restrictions, which hide pages wherever they are listed or linked,
bump the generation of the whole site. The same signals renew the route
table (home/routing.py)."""

import hashlib
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.urls import reverse
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from home.cache import renew_generation, renew_tree_generation
from home.http_methods import SAFE_METHODS
from home.models import SiteSettings
from home.reading_aids import READING_AIDS

SITE_GENERATION = "page-cache:site"
CACHED_CONTENT_TYPES = (
    "text/html",
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/calendar",
)
UNCACHEABLE_CONTROL = ("private", "no-cache", "no-store", "max-age=0")


def _path_generation_key(path):
    return "page-cache:path:" + hashlib.sha256(path.encode()).hexdigest()


def purge_path(path):
    renew_generation(_path_generation_key(path))


def purge_site():
    renew_generation(SITE_GENERATION)


class PageCacheBackend(BaseBackend):
    """Wagtail frontend-cache backend for the site's own page cache."""

    def purge(self, url):
        purge_path(urlsplit(url).path or "/")


def _is_cacheable_request(request):
    if request.method not in SAFE_METHODS or "messages" in request.COOKIES:
        return False
    if any(request.path.startswith(prefix) for prefix in settings.PAGE_CACHE_SKIP):
        return False
    return not request.user.is_authenticated


def _is_personal(request):
    """Whether the answer was made for this visitor alone: it carries a CSRF
    token (a form), or it read a session that holds something (a page
    password entered). The CSRF and session middleware add their cookies
    only after this cache has seen the response, so it asks the request."""
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return True
    session = getattr(request, "session", None)
    return session is not None and session.accessed and not session.is_empty()


def _is_cacheable_response(request, response):
    control = response.get("Cache-Control", "")
    return (
        not _is_personal(request)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and response.get("Content-Type", "").startswith(CACHED_CONTENT_TYPES)
        and not any(word in control for word in UNCACHEABLE_CONTROL)
    )


def _cache_key(request, path_generation_key, generations):
    aids = ":".join(aid.chosen(request) for aid in READING_AIDS.values())
    raw = "|".join(
        [
            generations.get(SITE_GENERATION) or "",
            generations.get(path_generation_key) or "",
            request.method,
            # Absolute addresses in a page (feeds, og:image) follow the
            # request's scheme and host: one copy for each.
            request.build_absolute_uri(),
            aids,
        ]
    )
    return "page-cache:page:" + hashlib.sha256(raw.encode()).hexdigest()


class AnonymousPageCacheMiddleware:
    """Serves anonymous GET requests from the cache (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not _is_cacheable_request(request):
            return self.get_response(request)
        path_generation_key = _path_generation_key(request.path)
        generations = cache.get_many([SITE_GENERATION, path_generation_key])
        key = _cache_key(request, path_generation_key, generations)
        response = cache.get(key)
        if response is not None:
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if _is_cacheable_response(request, response):
            cache.set(key, response, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response


def _pages_showing(page):
    """The sections above the page (their listings, the home page) and every
    page that links to it (rich text, page choosers). Wagtail's frontend-cache
    app purges the page itself."""
    pages = list(page.get_ancestors().filter(depth__gt=1))
    for source, _ in ReferenceIndex.get_grouped_references_to(page):
        if isinstance(source, Page):
            pages.append(source)
    return pages


def _changes_every_page(page):
    # The main menu lists the home page's children shown in menus.
    return page.depth <= 3 and page.show_in_menus


def purge_after_publishing(instance, **kwargs):
    renew_tree_generation()
    if _changes_every_page(instance):
        purge_site()
        return
    purge_pages_from_cache(_pages_showing(instance))
    # The two maps list sections whatever links to them.
    purge_path(reverse("sitemap"))
    purge_path(reverse("site_map"))


def purge_after_moving(instance, url_path_before, url_path_after, **kwargs):
    # Even among its siblings: the menu follows the order of the tree.
    renew_tree_generation()
    if url_path_before == url_path_after:
        return
    # A moved page leaves stale copies at its old address and in both sections.
    purge_site()


def purge_after_renaming(**kwargs):
    # The old address and every link to the page change at once.
    renew_tree_generation()
    purge_site()


def purge_after_settings_change(**kwargs):
    purge_site()


def purge_after_restriction_change(**kwargs):
    # A restriction hides a whole section, and whatever lists, links or maps
    # its pages anywhere on the site; Wagtail sends no publish signal for it.
    # The menu leaves private sections out.
    renew_tree_generation()
    transaction.on_commit(purge_site)


def renew_tree_after_aliasing(instance, created, update_fields=None, **kwargs):
    # A new alias of a page in a private section is private too, and an alias
    # converted into a page of its own may no longer be (home/private_sections.py);
    # Wagtail sends no publish signal for either.
    if not isinstance(instance, Page):
        return
    if (created and instance.alias_of_id) or "alias_of_id" in (update_fields or ()):
        renew_tree_generation()


def connect_signal_handlers():
    page_published.connect(purge_after_publishing)
    page_unpublished.connect(purge_after_publishing)
    post_page_move.connect(purge_after_moving)
    page_slug_changed.connect(purge_after_renaming)
    post_save.connect(purge_after_settings_change, sender=SiteSettings)
    post_save.connect(renew_tree_after_aliasing)
    for signal in (post_save, post_delete):
        signal.connect(purge_after_restriction_change, sender=PageViewRestriction)
    m2m_changed.connect(
        purge_after_restriction_change, sender=PageViewRestriction.groups.through
    )
