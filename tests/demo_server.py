"""The demo site served by gunicorn in a process of its own, for the quality
gates (HTML validity, accessibility, links, bad input, query budgets).

The demo is built once per test session in a database of its own: a SQLite
file, or a fresh PostgreSQL database when the suite runs with ``DATABASE_URL``
pointing at PostgreSQL, so the gates see the same engine as the rest of the run."""

import contextlib
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.utils.encoding import iri_to_uri

PROJECT_DIR = Path(__file__).resolve().parent.parent
STARTUP_SECONDS = 60
# An address no page lives at: the gates check the 404 page with it.
NOT_FOUND_PATH = "/no-such-page/"
# The demo is served with a twentieth of `load_demo --scale 1` added (100 more
# news articles, 25 role models, 10 legal articles): the news, the street and
# the legal articles then fill their first pages, so the gates see lists as
# long as the site's, and the demo is still quick to build.
DEMO_SCALE = 0.05


def manage(*args, env, timeout=300):
    """``manage.py`` run in a process of its own with ``env`` as its whole
    environment; the finished process, its output as text."""
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def last_json_line(output):
    """The JSON a process printed last: anything logged before it is passed over."""
    return json.loads(output.strip().splitlines()[-1])


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(workdir):
    """A database for the demo server alone, on the engine this run tests."""
    configured = os.environ.get("DATABASE_URL", "")
    if not configured.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{workdir / 'demo.sqlite3'}", None
    import psycopg

    name = f"kangle_demo_{uuid.uuid4().hex[:12]}"
    params = dj_database_url.parse(configured)
    admin = psycopg.connect(
        dbname=params["NAME"],
        user=params["USER"] or None,
        host=params["HOST"] or None,
        port=params["PORT"] or None,
        password=params["PASSWORD"] or None,
        autocommit=True,
    )
    admin.execute(f'CREATE DATABASE "{name}"')
    url = configured.rsplit("/", 1)[0] + f"/{name}"

    def drop():
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    return url, drop


# Runs the code of DemoServer.run, one JSON-encoded piece a line, and answers
# each with a line of JSON; what the code prints goes to stderr.
SHELL_CODE = """
import json, os, sys, traceback
# Answers go out on a copy of stdout; anything else the code prints or logs
# (the request log writes to stdout) goes to stderr, so the protocol holds.
answers = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)
import django
from django.db import connections
django.setup()
for line in sys.stdin:
    namespace = {}
    try:
        exec(json.loads(line), namespace)
        answer = json.dumps({"result": namespace["result"]})
    except Exception:
        answer = json.dumps({"error": traceback.format_exc()})
    finally:
        connections.close_all()
    print(answer, file=answers, flush=True)
"""


@dataclass
class Reply:
    status: int
    headers: http.client.HTTPMessage
    body: bytes


@dataclass
class DemoServer:
    base: str
    env: dict
    scale: float
    process: subprocess.Popen = field(repr=False)
    known_html_paths: dict | None = field(default=None, repr=False)
    # One Python process runs every piece of code, so that a gate can count
    # rows around each request without waiting seconds for Django to start.
    shell: subprocess.Popen | None = field(default=None, repr=False)
    shell_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def url(self, path="/"):
        return self.base + path

    def get(self, path):
        """GET a path, which may hold Chinese, without following redirects: the
        gates see a redirect's status and Location as a browser first would."""
        return self.send("GET", iri_to_uri(path))

    def send(self, method, target, body=None, headers=None):
        """One request as a client sends it (the target goes out byte for
        byte), and the site's answer."""
        address = urlsplit(self.base)
        connection = http.client.HTTPConnection(
            address.hostname, address.port, timeout=60
        )
        try:
            connection.putrequest(
                method, target, skip_host=True, skip_accept_encoding=True
            )
            headers = {"Host": address.netloc, **(headers or {})}
            for name, value in headers.items():
                connection.putheader(name, value)
            if body is not None:
                connection.putheader("Content-Length", str(len(body)))
            connection.endheaders()
            # A body refused on its length alone is answered before it is all sent.
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                connection.send(body or b"")
            response = connection.getresponse()
            return Reply(response.status, response.headers, response.read())
        finally:
            connection.close()

    def html_paths(self):
        """Every page type and every HTML route of the demo site, by name: one
        live page of each type, then the routes of routable pages that render
        HTML of their own, so that a new page type meets every gate at once.
        Read once; the gates change nothing they name."""
        if self.known_html_paths is None:
            self.known_html_paths = {
                **self.run(PAGE_PATHS_CODE),
                **self.run(ROUTE_PATHS_CODE),
            }
        return dict(self.known_html_paths)

    def run(self, code):
        """Run Python code with Django set up against the demo database; the
        code leaves its answer in ``result``, which comes back JSON-decoded.
        Each piece of code has a namespace of its own."""
        with self.shell_lock:
            if self.shell is None:
                self.shell = subprocess.Popen(
                    [sys.executable, "-c", SHELL_CODE],
                    cwd=PROJECT_DIR,
                    env={
                        **self.env,
                        "PYTHONPATH": f"{PROJECT_DIR}:{PROJECT_DIR / 'site'}",
                    },
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    text=True,
                )
            self.shell.stdin.write(json.dumps(code) + "\n")
            self.shell.stdin.flush()
            line = self.shell.stdout.readline()
        if not line:
            raise RuntimeError("the demo server's Python shell has exited")
        answer = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"failed on the demo server:\n{answer['error']}")
        return answer["result"]

    def close_shell(self):
        if self.shell is not None:
            self.shell.stdin.close()
            self.shell.wait(timeout=20)


# One live page of every page type, and the routes of routable pages that
# render HTML of their own: a new page type is checked by every gate at once.
PAGE_PATHS_CODE = """
from wagtail.models import Page, get_page_models

result = {}
for model in get_page_models():
    if model is Page:
        continue
    page = model.objects.live().public().order_by("path").first()
    if page is not None:
        result[model._meta.label] = page.url
"""


ROUTE_PATHS_CODE = """
from django.utils import timezone

from culture.models import (
    BuildingPage,
    FamilyMaximReaderPage,
    FamilyStoryIndexPage,
    HonourBoardIndexPage,
    HonourBoardPage,
    RoleModelIndexPage,
)
from culture.models.categories import CATEGORY_CHOICES
from culture.models.families import THEME_CHOICES
from culture.models.honour_boards import BOARD_CHOICES
from home.models import ActivityIndexPage, ActivityPage, Compound, NewsIndexPage
from legal.models import (
    LegalArticleIndexPage,
    LegalService,
    LegalServiceDirectoryPage,
    LegalTopic,
)


def first_page(model):
    return model.objects.live().public().order_by("path").first()


def route(model, name, *args):
    page = first_page(model)
    return page.url + page.reverse_subpage(name, args=args)


def filtered(model, **params):
    return first_page(model).url + "?" + "&".join(f"{k}={v}" for k, v in params.items())



first_activity = timezone.localtime(
    ActivityPage.objects.live().order_by("starts_at").first().starts_at
)
compound = Compound.objects.order_by("pk").first().pk
result = {
    "street category": route(RoleModelIndexPage, "category", CATEGORY_CHOICES[0][0]),
    "street filtered": filtered(RoleModelIndexPage, compound=compound, year=2019),
    "family stories filtered": filtered(FamilyStoryIndexPage, compound=compound),
    "news filtered": filtered(NewsIndexPage, tag="德治"),
    "legal articles filtered": filtered(
        LegalArticleIndexPage, topic=LegalTopic.objects.order_by("pk").first().slug
    ),
    "directory filtered": filtered(
        LegalServiceDirectoryPage,
        service=LegalService.objects.order_by("pk").first().slug,
        compound=compound,
        open=1,
    ),
    "nomination form": route(RoleModelIndexPage, "nominate"),
    "nomination thanks": route(RoleModelIndexPage, "nomination_thanks"),
    "honour board archive": route(
        HonourBoardIndexPage, "board_archive", BOARD_CHOICES[0][0]
    ),
    "honour board poster": route(HonourBoardPage, "poster"),
    "maxims theme": route(FamilyMaximReaderPage, "theme", THEME_CHOICES[0][0]),
    "maxims booklet": route(FamilyMaximReaderPage, "booklet"),
    "building poster": route(BuildingPage, "poster"),
    "directory leaflet": route(LegalServiceDirectoryPage, "leaflet"),
    "activities month": route(
        ActivityIndexPage, "month", first_activity.year, first_activity.month
    ),
    "activities filtered": filtered(ActivityIndexPage, kind="talk"),
    "privacy policy": "/privacy/",
    "site map": "/site-map/",
    "search": "/search/?q=好人",
    "search without results": "/search/?q=火星移民",
}
"""


def wait_until_serving(base, process):
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"demo server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(base + "/robots.txt", timeout=20):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"demo server did not answer within {STARTUP_SECONDS} s")


def start_demo_server(workdir, extra_env=None, scale=DEMO_SCALE):
    """Migrate, build the demo with generated content at ``scale`` and serve it;
    returns (server, stop)."""
    url, drop_database = database_url(workdir)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.test",
        "DATABASE_URL": url,
        "MEDIA_ROOT": str(workdir / "media"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        **(extra_env or {}),
    }
    for args in (
        ["migrate", "--noinput", "-v0"],
        ["load_demo", "--scale", str(scale)],
    ):
        manage(*args, env=env).check_returncode()
    return serve(
        env, workdir / "server.log", scale, "--threads", "4", cleanup=drop_database
    )


def serve(env, log_path, scale, *options, cleanup=None):
    """gunicorn (two workers and ``options``) serving the project with ``env``
    on a free port, once it answers; returns (server, stop)."""
    port = free_port()
    log = open(log_path, "wb")  # noqa: SIM115 - closed in stop()
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "--pythonpath",
            f"{PROJECT_DIR / 'site'},{PROJECT_DIR}",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            *options,
            "wsgi:application",
        ],
        cwd=PROJECT_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    server = DemoServer(
        base=f"http://127.0.0.1:{port}", env=env, scale=scale, process=process
    )

    def stop():
        server.close_shell()
        process.terminate()
        process.wait(timeout=20)
        log.close()
        if cleanup:
            cleanup()

    try:
        wait_until_serving(server.base, process)
    except Exception:
        stop()
        raise
    return server, stop
