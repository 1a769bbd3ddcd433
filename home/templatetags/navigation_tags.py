from django import template
from django.db.models import BooleanField, ExpressionWrapper, Q
from wagtail.models import Site

from home.models.base import site_pages

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


def _navigation(context):
    """The main menu's pages and the current page's breadcrumb trail, found
    the first time either tag asks for them during a request."""
    request = context["request"]
    if not hasattr(request, "_site_navigation"):
        request._site_navigation = navigation(_site_root(request), context.get("page"))
    return request._site_navigation


def navigation(root, page):
    """(menu, trail): the live, public children of ``root`` shown in menus, and
    the live ancestors of ``page`` from ``root`` down. A page routed from the
    root brings them along (see ``SitePage.route``); otherwise one query."""
    if root is None:
        return [], []
    route = getattr(page, "_route", None)
    if route is not None and route.start.pk == root.pk:
        return navigation_from_route(route, page)
    pages = site_pages()
    menu = pages.child_of_q(root) & pages.in_menu_q() & ~pages.private_q()
    wanted = menu
    show_trail = page is not None and page.pk != root.pk
    if show_trail:
        wanted |= pages.ancestor_of_q(page) & Q(depth__gte=root.depth)
    found = list(
        pages.live()
        .filter(wanted)
        .annotate(in_menu=ExpressionWrapper(menu, output_field=BooleanField()))
        .order_by("path")
    )
    trail = [
        ancestor for ancestor in found if show_trail and page.is_descendant_of(ancestor)
    ]
    return [item for item in found if item.in_menu], trail


def navigation_from_route(route, page):
    """The menu and the trail from the pages routing read (see ``Route``)."""
    known = sorted([route.start, *route.pages.values()], key=lambda known: known.path)
    menu = [
        child
        for child in known
        if child.is_child_of(route.start)
        and child.show_in_menus
        and child.live
        and not child.route_is_private
    ]
    trail = [
        ancestor
        for ancestor in known
        if ancestor.live and page.is_descendant_of(ancestor)
    ]
    return menu, trail


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    root = _site_root(request)
    current = context.get("page")
    items, _ = _navigation(context)
    return {
        "root": root,
        "home_is_current": bool(current and root and current.pk == root.pk),
        "items": [
            {
                "page": child,
                "is_current": bool(
                    current
                    and (current.pk == child.pk or current.is_descendant_of(child))
                ),
            }
            for child in items
        ],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, here=""):
    """当前位置: the trail from the site's home page to the current page and,
    for a view the page routes to (a month of activities), on to ``here``,
    what that view shows."""
    _, ancestors = _navigation(context)
    return {
        "ancestors": ancestors,
        "page": context.get("page"),
        "here": here,
        "request": context["request"],
    }
