import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def empty_caches():
    """Wagtail caches renditions by image id; ids repeat after each rollback."""
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """The whole demo site, served by gunicorn from a database of its own."""
    from tests.demo_server import start_demo_server

    server, stop = start_demo_server(tmp_path_factory.mktemp("demo-server"))
    yield server
    stop()


def pytest_collection_modifyitems(items):
    """When the suite runs in several workers (pytest-xdist, ``--dist
    loadgroup``), the quality gates, which share one demo server, all go to
    one of them, so the demo is built once; and the tests of a class stay
    together, so its shared data (``setUpTestData``) is built once."""
    for item in items:
        # production_server depends on demo_server: fixturenames lists both.
        if "demo_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("demo-server"))
        elif getattr(item, "cls", None) is not None:
            item.add_marker(pytest.mark.xdist_group(item.nodeid.rsplit("::", 1)[0]))


@pytest.fixture(scope="session")
def production_server(demo_server, tmp_path_factory):
    """The demo's database served as in production: gunicorn, settings.production
    and the page cache in Redis."""
    from tests.production_server import start_production_server

    server, stop = start_production_server(
        demo_server, tmp_path_factory.mktemp("production-server")
    )
    yield server
    stop()
