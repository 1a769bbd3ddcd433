"""One line per request on stdout: what was asked, the answer, its size and
how long it took, so an operator can follow the site with ``journalctl -f``."""

import logging
import time

logger = logging.getLogger("kangle.requests")


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        milliseconds = (time.perf_counter() - started) * 1000
        size = "-" if response.streaming else len(response.content)
        logger.info(
            "%s %s %s %s %.1fms %s",
            request.method,
            request.get_full_path(),
            response.status_code,
            size,
            milliseconds,
            response.get("X-Page-Cache", "-"),
        )
        return response
