from django.core.paginator import Paginator

DEFAULT_PER_PAGE = 10


def paginate(request, items, per_page=DEFAULT_PER_PAGE):
    """The one pagination helper of the site.

    A page number that is not a number shows the first page and one past the end
    shows the last, so a hand-edited or stale link never fails."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
