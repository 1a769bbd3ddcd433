"""Counting the database queries of a page as a first-time visitor causes them."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

# Database queries a page may cost with nothing cached, however much content
# the site holds.
QUERY_BUDGET = 12


def cold_visit(client, path):
    """The response to ``path`` and the SQL it cost with every cache emptied.

    A first visit beforehand makes the image renditions, which are stored for
    good rather than cached; the counted visit then finds no cached fragment,
    rendition or site root, as after a deployment or a cache flush."""
    client.get(path)
    for cache in caches.all():
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response, [query["sql"] for query in queries]
