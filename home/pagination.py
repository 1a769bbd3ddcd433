from django.core.paginator import Paginator

DEFAULT_PER_PAGE = 10


def paginate(request, items, per_page=DEFAULT_PER_PAGE):
    """The one pagination helper of the site.

    A page number that is not a number shows the first page and one past the end
    shows the last, so a hand-edited or stale link never fails. ``page_links``
    lists the numbers to show, with gaps, so that hundreds of pages still give a
    short row of links."""
    paginator = Paginator(items, per_page)
    page = paginator.get_page(request.GET.get("page"))
    page.page_links = paginator.get_elided_page_range(
        page.number, on_each_side=2, on_ends=1
    )
    return page
