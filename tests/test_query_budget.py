"""Query budget: every page type and HTML route of the demo site renders for an
anonymous visitor in at most QUERY_BUDGET database queries with nothing cached
but the route table (as a fresh worker finds it), reads its images' renditions
in bulk, and costs the same when the content doubles, so that an N+1 query
cannot come back unnoticed."""

from tests.queries import QUERY_BUDGET

# Runs with Django set up against the demo server's database: each path is
# measured on the demo as served, then again with twice the generated content,
# added in a transaction that is rolled back so the other gates never see it.
MEASURE_CODE = """
from django.db import transaction
from django.test import Client

from home.demo.loader import load_scaled
from home.models import HomePage
from tests.queries import cold_visit

paths = {paths!r}


def measure():
    client = Client()
    visits = {{name: cold_visit(client, path) for name, path in paths.items()}}
    return {{
        name: [response.status_code, queries]
        for name, (response, queries) in visits.items()
    }}


result = {{"served": measure()}}
with transaction.atomic():
    load_scaled(HomePage.objects.get(), {scale!r})
    result["doubled"] = measure()
    transaction.set_rollback(True)
"""


def one_image_at_a_time(queries):
    """Rendition reads that are not a page's bulk read: an image looked up on
    its own, or a rendition made again because its filter was not prefetched."""
    return [
        sql
        for sql in queries
        if "wagtailimages_rendition" in sql
        and '"wagtailimages_rendition"."image_id" IN' not in sql
    ]


def describe(queries):
    return "\n".join(
        f"{number:3}. {sql[:300]}" for number, sql in enumerate(queries, start=1)
    )


def test_every_page_stays_within_the_query_budget_whatever_the_content(
    demo_server, subtests
):
    paths = demo_server.html_paths()
    measured = demo_server.run(
        MEASURE_CODE.format(paths=paths, scale=demo_server.scale * 2)
    )
    for name, path in paths.items():
        with subtests.test(page=name, path=path):
            status, queries = measured["served"][name]
            assert status == 200
            assert len(queries) <= QUERY_BUDGET, (
                f"{path} costs {len(queries)} queries:\n{describe(queries)}"
            )
            assert not one_image_at_a_time(queries), (
                f"{path} reads renditions image by image:\n"
                f"{describe(one_image_at_a_time(queries))}"
            )
            doubled_status, doubled = measured["doubled"][name]
            assert doubled_status == 200
            assert len(doubled) == len(queries), (
                f"{path} costs {len(doubled)} queries with twice the content, "
                f"{len(queries)} before:\n{describe(doubled)}"
            )
