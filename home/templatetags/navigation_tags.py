from django import template

from home import routing

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """首页 and the sections shown in menus; the one the current page is in
    is marked."""
    request = context["request"]
    current = context.get("page")
    address = routing.navigation(request, current)
    if address is None:
        return {"root": None, "items": [], "request": request}
    return {
        "root": address.root,
        "home_is_current": bool(current and current.pk == address.root.page_id),
        "items": [
            {
                "place": place,
                "is_current": bool(
                    current and current.url_path.startswith(place.url_path)
                ),
            }
            for place in address.menu
        ],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, here=""):
    """当前位置: the trail from the site's home page to the current page and,
    for a view the page routes to (a month of activities), on to ``here``,
    what that view shows."""
    page = context.get("page")
    address = routing.navigation(context["request"], page) if page else None
    return {
        "ancestors": address.trail_to(page.url_path) if address else [],
        "page": page,
        "here": here,
        "request": context["request"],
    }
