"""Whether a form was posted from one of the site's own pages.

Forms that must work on cached pages (praise) carry no CSRF token, which would
tie the page to one visitor; browsers say where a post comes from instead."""

from urllib.parse import urlsplit


def is_same_origin(request):
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source:
        return False
    try:
        parts = urlsplit(source)
    except ValueError:
        # Malformed (an unclosed IPv6 bracket): no origin the site could have.
        return False
    return (parts.scheme, parts.netloc) == (request.scheme, request.get_host())
