import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def empty_caches():
    """Wagtail caches renditions by image id; ids repeat after each rollback."""
    yield
    for cache in caches.all():
        cache.clear()
