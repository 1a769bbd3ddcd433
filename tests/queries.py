"""Counting the database queries of a page as a first-time visitor causes them."""

from django.core.cache import cache, caches
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models.sites import (
    SITE_ROOT_PATHS_CACHE_KEY,
    SITE_ROOT_PATHS_CACHE_VERSION,
)

from home import routing
from home.private_sections import private_paths

# Database queries a page may cost with nothing cached but the route table,
# however much content the site holds.
QUERY_BUDGET = 12


def read_route_table(client, path):
    """Read the route table's row for ``path`` and the private sections'
    paths into the emptied cache, as a fresh worker finds them: the workers
    share them, and they are read again only after an editor's change
    (home/routing.py, home/private_sections.py)."""
    private_paths()
    request = RequestFactory(**client.defaults).get(path)
    try:
        page = routing.route(request, request.path_info).page
    except Http404:
        page = None
    routing.navigation(request, page)
    # Reading it fills Wagtail's list of site roots too: empty that again.
    cache.delete(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)


def cold_visit(client, path):
    """The response to ``path`` and the SQL it cost with every cache emptied
    but the route table and the private sections' paths.

    A first visit beforehand makes the image renditions, which are stored for
    good rather than cached; the counted visit then finds no cached fragment,
    rendition or site root, as after a deployment or a cache flush."""
    client.get(path)
    for each in caches.all():
        each.clear()
    read_route_table(client, path)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, [query["sql"] for query in queries]
