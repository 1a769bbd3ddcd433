"""A per-address allowance for actions a visitor can repeat (praise, forms):
a burst from one address is refused politely instead of filling the database."""

import contextlib
import hashlib

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's address: from the header the trusted proxy sets
    (``CLIENT_IP_HEADER``, e.g. ``HTTP_X_REAL_IP``), else the connection's."""
    if settings.CLIENT_IP_HEADER and request.META.get(settings.CLIENT_IP_HEADER):
        return request.META[settings.CLIENT_IP_HEADER]
    return request.META.get("REMOTE_ADDR", "")


def _key(action, request):
    # The address is hashed so the cache holds no personal data in clear.
    digest = hashlib.sha256(
        f"{settings.SECRET_KEY}:{client_address(request)}".encode()
    ).hexdigest()[:32]
    return f"rate-limit:{action}:{digest}"


def allow(request, action, limit, window_seconds):
    """Count this request against the address's allowance for ``action``;
    ``False`` once more than ``limit`` came within ``window_seconds``."""
    key = _key(action, request)
    cache.add(key, 0, window_seconds)
    try:
        count = cache.incr(key)
    except ValueError:
        # The entry expired between add() and incr(): this is a new window.
        cache.set(key, 1, window_seconds)
        count = 1
    return count <= limit


def give_back(request, action):
    """Return one use of the allowance for ``action``: the request counted
    turned out to add nothing (a praise the browser had given already)."""
    # ValueError: the window has ended meanwhile, and nothing is left to return.
    with contextlib.suppress(ValueError):
        cache.decr(_key(action, request))
