"""Django's own Redis cache, made to step aside when Redis is unreachable.

A cache outage must slow the site down, never take it down: every operation
that fails on a Redis error answers as a cache miss, and after a failure this
process leaves Redis alone for a few seconds instead of waiting on it for
every request."""

import functools
import hashlib
import logging
import time
import uuid

from django.core.cache import cache
from django.core.cache.backends.redis import RedisCache
from django.db import transaction
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 5


def _miss_on_outage(fallback):
    def decorator(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() < self._unavailable_until:
                return fallback(*args, **kwargs)
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:
                self._unavailable_until = time.monotonic() + RETRY_AFTER_SECONDS
                logger.warning(
                    "cache unavailable, serving uncached for %ss: %s",
                    RETRY_AFTER_SECONDS,
                    error,
                )
                return fallback(*args, **kwargs)

        return wrapper

    return decorator


def _default(key, default=None, *args, **kwargs):
    return default


def _nothing(*args, **kwargs):
    return None


def _false(*args, **kwargs):
    return False


def _empty(*args, **kwargs):
    return {}


def _no_failures(*args, **kwargs):
    return []


def _counted_once(key, delta=1, *args, **kwargs):
    # What incr() returns for a fresh counter: rate limits stay open.
    return delta


class ResilientRedisCache(RedisCache):
    _unavailable_until = 0.0

    def set_without_pause(self, key, value, timeout):
        """``set`` that tries Redis even while this process rests it after a
        failure, and logs an error when it cannot: for writes whose loss
        would keep stale pages up, such as a purge after a page was made
        private."""
        try:
            RedisCache.set(self, key, value, timeout)
        except RedisError as error:
            logger.error("cache write lost, stale pages may be served: %s", error)

    get = _miss_on_outage(_default)(RedisCache.get)
    get_many = _miss_on_outage(_empty)(RedisCache.get_many)
    has_key = _miss_on_outage(_false)(RedisCache.has_key)
    set = _miss_on_outage(_nothing)(RedisCache.set)
    set_many = _miss_on_outage(_no_failures)(RedisCache.set_many)
    add = _miss_on_outage(_false)(RedisCache.add)
    touch = _miss_on_outage(_false)(RedisCache.touch)
    delete = _miss_on_outage(_false)(RedisCache.delete)
    delete_many = _miss_on_outage(_nothing)(RedisCache.delete_many)
    incr = _miss_on_outage(_counted_once)(RedisCache.incr)
    clear = _miss_on_outage(_false)(RedisCache.clear)


def renew_generation(key):
    """Store a new random value under ``key``, orphaning whatever was cached
    under the old one. A renewal lost to a Redis hiccup would leave a page
    made private on show: the shared cache is written even during its pause
    after a failure."""
    write = getattr(cache, "set_without_pause", cache.set)
    write(key, uuid.uuid4().hex, None)


def current_generation(key):
    """The value under ``key``, started now if there is none; ``None`` when
    the cache does not answer (whatever is kept under it is then read from
    the database every time)."""
    generation = cache.get(key)
    if generation is None:
        cache.add(key, uuid.uuid4().hex, None)
        generation = cache.get(key)
    return generation


# The generation of the page tree: what is kept under it (the route table,
# the private sections) is read from the database once and changes only when
# an editor publishes, unpublishes, moves, renames, restricts or aliases a
# page (home/page_cache.py connects the signals).
TREE_GENERATION = "tree:generation"


# How long a value kept under the tree's generation lives: a worker that
# missed a renewal (no shared cache) catches up as its page cache does.
TREE_KEPT_SECONDS = 10 * 60


def kept_under_tree_generation(name, read, fresh=False):
    """``read()``, kept in the cache under ``name`` and the tree's current
    generation; read again when ``fresh``, and every time when the cache does
    not answer."""
    generation = current_generation(TREE_GENERATION)
    if generation is None:
        return read()
    key = "tree:" + hashlib.sha256(f"{generation}|{name}".encode()).hexdigest()
    value = None if fresh else cache.get(key)
    if value is None:
        value = read()
        cache.set(key, value, TREE_KEPT_SECONDS)
    return value


def renew_tree_generation():
    """Orphan everything kept under the tree's generation, now and again once
    the change is committed: another worker that read the tree in between,
    before it could see the change, would otherwise keep what it read."""
    renew_generation(TREE_GENERATION)
    transaction.on_commit(lambda: renew_generation(TREE_GENERATION))
