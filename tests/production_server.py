"""The demo site as it runs in production: gunicorn with two workers and
``settings.production``, the page cache in Redis, static files collected with
the production storage. It serves the demo server's database, so journeys are
tried on the demo's content, through the same cache every visitor shares.

``Visitor`` is one person's browser without JavaScript: it keeps its own
cookies, so two visitors one after the other are two people."""

from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urljoin, urlsplit

import redis
from bs4 import BeautifulSoup
from django.utils.encoding import iri_to_uri

from tests.demo_server import DemoServer, manage, serve
from tests.html import form_data_set

# A Redis database of the production server's own: emptied when it starts.
REDIS_URL = "redis://127.0.0.1:6379/14"
HOSTS = ("127.0.0.1", "localhost")


def start_production_server(demo, workdir):
    """Serve the demo server's database with production settings; returns
    (server, stop). The server's ``run`` works with production settings too,
    so what it changes purges the shared page cache as the admin would."""
    env = {
        **demo.env,
        "DJANGO_SETTINGS_MODULE": "settings.production",
        "SECRET_KEY": "production-server-test-secret-" + "x" * 40,
        "ALLOWED_HOSTS": ",".join(HOSTS),
        # nginx terminates HTTPS in a deployment; here the browser speaks HTTP.
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(workdir / "static"),
        "REDIS_URL": REDIS_URL,
        "PAGE_CACHE_SECONDS": "600",
        "SERVE_MEDIA": "true",
    }
    # Playwright's event loop needs this in the test process; a deployment must not.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    manage("collectstatic", "--noinput", "-v0", env=env).check_returncode()
    redis.Redis.from_url(REDIS_URL).flushdb()
    return serve(env, workdir / "production.log", demo.scale)


@dataclass
class Form:
    action: str
    fields: list


@dataclass
class Visitor:
    """One visitor's browser, without JavaScript, on ``server``."""

    server: DemoServer
    host: str = ""
    cookies: SimpleCookie = field(default_factory=SimpleCookie)

    def headers(self, extra=None):
        headers = {}
        if self.host:
            headers["Host"] = self.host
        if self.cookies:
            headers["Cookie"] = "; ".join(
                f"{name}={morsel.value}" for name, morsel in self.cookies.items()
            )
        return {**headers, **(extra or {})}

    def keep_cookies(self, reply):
        for value in reply.headers.get_all("Set-Cookie") or ():
            self.cookies.load(value)
        return reply

    def get(self, path, headers=None):
        reply = self.server.send("GET", iri_to_uri(path), headers=self.headers(headers))
        return self.keep_cookies(reply)

    def post(self, path, fields, headers=None):
        """A form post as a browser sends it from a page of the site."""
        body = urlencode(fields).encode()
        origin = self.server.base
        extra = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": origin,
            "Referer": origin + path,
            "Sec-Fetch-Site": "same-origin",
            **(headers or {}),
        }
        reply = self.server.send(
            "POST", iri_to_uri(path), body=body, headers=self.headers(extra)
        )
        return self.keep_cookies(reply)

    def open_form(self, path, selector="form[method=post]"):
        """The page at ``path`` and the first form ``selector`` finds on it,
        with the values its fields hold (hidden ones included), as the browser
        would send them."""
        reply = self.get(path)
        page = BeautifulSoup(reply.body.decode(), "html.parser")
        form = page.select_one(selector)
        if form is None:
            raise AssertionError(f"no form matches {selector!r} at {path}")
        fields = list(form_data_set(form))
        action = urlsplit(urljoin(path, form.get("action") or ""))
        query = f"?{action.query}" if action.query else ""
        return reply, Form(action=action.path + query, fields=fields)


STAFF_USERNAME = "production-editor"
STAFF_PASSWORD = "production-editor-password-2026"
STAFF_CODE = f"""
from django.contrib.auth import get_user_model

users = get_user_model().objects
if not users.filter(username={STAFF_USERNAME!r}).exists():
    users.create_superuser({STAFF_USERNAME!r}, "", {STAFF_PASSWORD!r})
result = True
"""


def sign_in(visitor):
    """Log in to the admin through its login form, as a member of staff does.
    The account is made with the production settings' password hasher (the
    demo's accounts carry the test settings' one)."""
    from django.conf import settings

    visitor.server.run(STAFF_CODE)
    login = f"/{settings.ADMIN_PATH}/login/"
    _, form = visitor.open_form(login)
    fields = {
        **dict(form.fields),
        "username": STAFF_USERNAME,
        "password": STAFF_PASSWORD,
    }
    reply = visitor.post(form.action, fields)
    assert reply.status == 302, f"could not sign in: {reply.status}"
    return visitor


def set_privacy(admin, page_id, **fields):
    """The choice in the admin's privacy dialog (隐私) for a page, as the
    editor's browser posts it; ``restriction_type="none"`` lifts it."""
    from django.conf import settings

    reply = admin.post(
        f"/{settings.ADMIN_PATH}/pages/{page_id}/privacy/",
        fields,
        headers={"X-CSRFToken": admin.cookies["csrftoken"].value},
    )
    assert reply.status == 200, reply.body[:500]
    assert b"set_privacy_done" in reply.body, reply.body[:500]
