"""One random token per browser, in a signed cookie, for the buttons a
visitor may press once per thing (praise a role model, rate a topic). The
database keeps only the token's hash, which says nothing about the visitor;
a browser without the cookie, or with a forged one, gets a new token."""

import hashlib
import secrets
from dataclasses import dataclass

from django.template.response import TemplateResponse

from home.rate_limit import allow, give_back
from home.same_origin import is_same_origin

VISITOR_COOKIE = "kangle_visitor"
VISITOR_COOKIE_MAX_AGE = 365 * 24 * 3600


def visitor_token(request):
    """This browser's token, or a new one."""
    return request.get_signed_cookie(VISITOR_COOKIE, default="") or (
        secrets.token_urlsafe(24)
    )


def visitor_digest(token):
    """The stored form of a browser's token."""
    return hashlib.sha256(token.encode()).hexdigest()


def remember_visitor(request, response, token):
    """Keep ``token`` in the browser for the next press."""
    response.set_signed_cookie(
        VISITOR_COOKIE,
        token,
        max_age=VISITOR_COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )


@dataclass(frozen=True)
class Press:
    """What became of a press of a once-per-thing button: ``outcome`` is
    ``recorded``, ``again`` (this browser pressed before), ``foreign`` (not
    posted from the site's own page), ``too-fast`` or ``enough-today`` (the
    address's allowances, with ``retry_after`` seconds)."""

    outcome: str
    retry_after: int | None = None
    token: str = ""

    @property
    def counted(self):
        return self.outcome in ("recorded", "again")

    def refusal(self, request, page, heading, message):
        """The answer to a press that was not counted."""
        return refusal(
            request,
            page,
            heading,
            message,
            status=403 if self.outcome == "foreign" else 429,
            headers={"Retry-After": str(self.retry_after)}
            if self.retry_after
            else None,
        )


def refusal(request, page, heading, message, status, headers=None):
    """A page saying why a press of ``page``'s button counted nothing, with
    the way back to the page."""
    return TemplateResponse(
        request,
        "home/press_refused.html",
        {"page": page, "heading": heading, "message": message},
        status=status,
        headers=headers,
    )


def press_once(request, action, thing, record, rate_limit, daily_limit):
    """A visitor presses the ``action`` button of ``thing`` (a page). The
    post must come from the site's own page (the page carries no CSRF token,
    so that it can be cached for everyone); one address may press
    ``rate_limit`` = (times, seconds) in a burst, and add at most
    ``daily_limit`` = (times, seconds) to one thing, however many browsers it
    sends them from. ``record(digest)`` stores the press under the browser's
    hashed token and says whether it is new; a repeat gives its allowance
    back. The caller keeps the token with ``remember_visitor``."""
    if not is_same_origin(request):
        return Press("foreign")
    limit, window = rate_limit
    if not allow(request, action, limit, window):
        return Press("too-fast", retry_after=window)
    daily_action = f"{action}-added:{thing.pk}"
    daily, day = daily_limit
    if not allow(request, daily_action, daily, day):
        return Press("enough-today", retry_after=day)
    token = visitor_token(request)
    if record(visitor_digest(token)):
        return Press("recorded", token=token)
    give_back(request, daily_action)
    return Press("again", token=token)
