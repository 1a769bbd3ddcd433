"""The HTTP methods a page answers. A page shows itself for GET and HEAD; a
page with a form of its own adds POST (``SitePage.http_methods``), and a route
of a routable page may declare its own with ``@accepts``. Any other method is
answered 405 (home/wagtail_hooks.py) rather than with the page, as if a PUT or
a stray POST had been a visit."""

SAFE_METHODS = ("GET", "HEAD")


def accepts(*methods):
    """Declare the methods a route of a routable page handles."""

    def declare(view):
        view.http_methods = methods
        return view

    return declare


def allowed_methods(page, request):
    """The methods the page, or the route of it the request reached, handles."""
    route = getattr(request, "routable_resolver_match", None)
    declared = getattr(route.func, "http_methods", None) if route else None
    return declared or getattr(page, "http_methods", SAFE_METHODS)
