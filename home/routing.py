"""Routing a visit to its page, and the pages shown around every page (the
main menu, the breadcrumb trail), from a route table kept in Django's cache.

Wagtail finds a page level by level, two queries a level. Here the table
says, for an address, which live pages its path names from the site's root
down (id, type, address, title) and which of the root's children the main
menu lists; routing then reads the page itself, as its own type, in one
query. An address's row is read from the database once and kept under the
tree's *generation* (home/cache.py), a value in the shared cache that every
publish, unpublish, move and view-restriction change renews
(home/page_cache.py connects the signals), so every worker sees a change at
its next visit.

The table is never trusted on privacy or on what is live: the page read is
checked against its own address and live flag, and Wagtail's view-restriction
check asks the database (``SitePage.get_view_restrictions``). A stale row
costs one more query, never a private page. ADR 0011 gives the reasons and
the figures."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, Subquery
from django.http import Http404, HttpResponse
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Page, Site

from home.cache import kept_under_tree_generation
from home.private_sections import private_paths

# Levels of an address the table knows, well past the site's deepest page:
# deeper levels are routed by the page found, as Wagtail does, and an odd
# address cannot make the lookup grow with its length.
TABLE_DEPTH = 8
FIELDS = (
    "id",
    "content_type_id",
    "url_path",
    "title",
    "path",
    "depth",
    "live",
    "show_in_menus",
)


@dataclass(frozen=True)
class Place:
    """A page as the route table keeps it."""

    page_id: int
    content_type_id: int
    url_path: str
    url: str
    title: str


@dataclass(frozen=True)
class Address:
    """The route table's row for an address: the site's root page, the live
    pages the address names from the root down, and the main menu (the
    root's live public children shown in menus)."""

    root: Place
    places: tuple
    menu: tuple

    def trail_to(self, url_path):
        """The live pages above the page at ``url_path``, from the root down."""
        return [
            place
            for place in self.places
            if url_path.startswith(place.url_path) and place.url_path != url_path
        ]


@dataclass(frozen=True)
class Route:
    """Where a visit goes: the page, as its own type, and the arguments its
    ``serve`` takes (a routable page's sub-route)."""

    page: Page
    args: tuple
    kwargs: dict


def site_root_path(site):
    """The url_path of the site's root page, from Wagtail's cached list."""
    for root in Site.get_site_root_paths():
        if root.site_id == site.pk:
            return root.root_path
    return site.root_page.url_path


def _place(row, root_path):
    return Place(
        page_id=row["id"],
        content_type_id=row["content_type_id"],
        url_path=row["url_path"],
        url=reverse("wagtail_serve", args=[row["url_path"][len(root_path) :]]),
        title=row["title"],
    )


def read_address(root_path, url_path):
    """The row for ``url_path`` below the root at ``root_path``, read from
    the database in one query: the pages on the path and the root's
    children shown in menus but not private (home/private_sections.py)."""
    relative = url_path[len(root_path) :].split("/")[:-1]
    prefixes = [
        root_path + "".join(f"{part}/" for part in relative[:end])
        for end in range(len(relative) + 1)
    ]
    root = Page.objects.filter(url_path=root_path)
    below_root = Q(
        path__startswith=Subquery(root.values("path")[:1]),
        depth=Subquery(root.values("depth")[:1]) + 1,
    )
    rows = sorted(
        Page.objects.filter(
            Q(url_path__in=prefixes) | (below_root & Q(live=True, show_in_menus=True))
        ).values(*FIELDS),
        key=lambda row: row["path"],
    )
    root_row = next(row for row in rows if row["url_path"] == root_path)
    private = private_paths()
    return Address(
        root=_place(root_row, root_path),
        places=tuple(
            _place(row, root_path)
            for row in rows
            if row["url_path"] in prefixes and row["live"]
        ),
        menu=tuple(
            _place(row, root_path)
            for row in rows
            if row["depth"] == root_row["depth"] + 1
            and row["show_in_menus"]
            and row["live"]
            and not row["path"].startswith(private)
        ),
    )


def find_address(site, url_path, fresh=False):
    """The route table's row for ``url_path`` on ``site``: from the cache
    unless ``fresh``, else read and kept. ``None`` for an address outside
    the site."""
    root_path = site_root_path(site)
    if not url_path.startswith(root_path):
        return None
    return kept_under_tree_generation(
        f"routing:address:{root_path}|{url_path}",
        lambda: read_address(root_path, url_path),
        fresh,
    )


def read_page(place):
    """The page ``place`` names, as its own type with the foreign keys it
    shows (``route_related``), in one query; ``None`` if it has gone or
    moved since the row was read."""
    model = ContentType.objects.get_for_id(place.content_type_id).model_class()
    if model is None:
        return None
    related = getattr(model, "route_related", ())
    return (
        model.objects.select_related(*related)
        .filter(pk=place.page_id, url_path=place.url_path)
        .first()
    )


def route(request, path):
    """The page and arguments an address on the request's site leads to
    (Http404 if none): the deepest live page the route table finds on the
    path, which routes the rest of the path itself (a routable page's
    sub-routes; Wagtail's lookup by slug for anything deeper)."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    parts = [part for part in path.split("/") if part]
    url_path = _table_path(site, parts)
    page, place = None, None
    for fresh in (False, True):
        address = find_address(site, url_path, fresh)
        if address is None or not address.places:
            raise Http404
        place = address.places[-1]
        page = read_page(place)
        if page is not None:
            break
    if page is None:
        raise Http404
    routed = len(place.url_path[len(address.root.url_path) :].split("/")) - 1
    found, args, kwargs = page.route(request, parts[routed:])
    return Route(page=found, args=args, kwargs=kwargs)


def navigation(request, page):
    """The route table's row for ``page`` (the site's root when there is no
    page): its main menu and its trail. A page that routes the address on
    (a month of activities) reads the row routing read."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    if page is None:
        return find_address(site, site_root_path(site))
    here = _table_path(site, [part for part in request.path_info.split("/") if part])
    return find_address(site, here if here.startswith(page.url_path) else page.url_path)


def parent_place(request, page):
    """The live page just above ``page`` (its address and title) as the
    route table keeps it: a link back up costs no query."""
    address = navigation(request, page)
    trail = address.trail_to(page.url_path) if address else []
    return trail[-1] if trail else None


def _table_path(site, parts):
    """The url_path the route table keys an address by: its first
    TABLE_DEPTH levels below the site's root."""
    return site_root_path(site) + "".join(f"{part}/" for part in parts[:TABLE_DEPTH])


def serve(request, path):
    """Wagtail's page view (``wagtail.views.serve``) with the site's routing:
    the same serve hooks, run in the same order."""
    found = route(request, path)
    serve_chain = _serve_page
    for wrap in reversed(hooks.get_hooks("on_serve_page")):
        serve_chain = wrap(serve_chain)
    for before in hooks.get_hooks("before_serve_page"):
        result = before(found.page, request, found.args, found.kwargs)
        if isinstance(result, HttpResponse):
            return result
    return serve_chain(found.page, request, found.args, found.kwargs)


def _serve_page(page, request, args, kwargs):
    return page.serve(request, *args, **kwargs)
