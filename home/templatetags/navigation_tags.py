from django import template
from wagtail.models import Site

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    root = _site_root(request)
    current = context.get("page")
    children = root.get_children().live().public().in_menu() if root else []
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
            for child in children
        ],
        "request": request,
    }


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """当前位置: the trail from the site's home page to the current page."""
    page = context.get("page")
    request = context["request"]
    root = _site_root(request)
    if page is None or root is None or page.pk == root.pk:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().live().filter(depth__gte=root.depth)
    return {"ancestors": ancestors, "page": page, "request": request}
