"""Serving benchmark: the site under gunicorn with production settings against a
scaled-up demo database, driven by wrk, cold (no page cache, no Redis) and warm
(page cache in Redis), beside a static file served by the same gunicorn.

    .venv/bin/python bench/serve.py [--scale 1] [--seconds 10] [--clients 32]
                                    [--database postgresql|sqlite]

Builds a throw-away database (PostgreSQL on the server BENCH_POSTGRES_URL names,
by default postgres://postgres@127.0.0.1:5432/postgres, or a SQLite file) with
`load_demo --scale`, collects static files with the production storage, then
for each page type prints the milliseconds of one cold render in one process
(median of COLD_RENDERS, every cache emptied but the route table and the
private sections' paths, as a fresh worker finds them), requests/s, p50 and
p99 latency, errors, HTML bytes (raw and gzipped), CSS+JS bytes gzipped and
database queries per request. Needs wrk
(apt-get install wrk) and Redis on 127.0.0.1:6379 (database 14 is flushed)."""

import argparse
import gzip
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

# The search benchmark beside this script.
from search import postgres_database

PROJECT_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
REDIS_URL = "redis://127.0.0.1:6379/14"
# How long a client waits for an answer: as long as the nginx of docs/deploy/
# (proxy_read_timeout), so an error is what a visitor there would see. wrk's
# own 2 s counted slow answers on a slow machine as errors.
CLIENT_TIMEOUT_SECONDS = 30
ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')

# Each page type as (name, path), left in result with Django set up. Models
# are found by class name, wherever their section keeps them.
PAGES_CODE = """
from wagtail.models import get_page_models

models = {model.__name__: model for model in get_page_models()}


def newest(name):
    return models[name].objects.live().public().order_by("-pk").first().url


result = {
    "新闻 article": newest("NewsPage"),
    "好人 role model": newest("RoleModelPage"),
    "家风 family story": newest("FamilyStoryPage"),
    "一栋一特 building": newest("BuildingPage"),
    "普法 legal article": newest("LegalArticlePage"),
    "服务点 service point": newest("LegalServicePointPage"),
    "活动 activity": newest("ActivityPage"),
    "新闻列表 news index": newest("NewsIndexPage"),
    "好人街 street": newest("RoleModelIndexPage"),
    "服务圈 directory": newest("LegalServiceDirectoryPage"),
    "首页 home": "/",
    "搜索 search": "/search/?q=%E5%A5%BD%E4%BA%BA",
}
"""

COLD_RENDERS = 50
# One cold render of each page in this process, counted as the query-budget
# gate counts queries: every cache emptied but the route table and the
# private sections' paths.
COLD_RENDER_CODE = """
import statistics
import time

from django.core.cache import caches
from django.test import Client

from tests.queries import read_route_table

client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
result = {}
for name, path in PATHS.items():
    client.get(path)
    times = []
    for _ in range(RUNS):
        for cache in caches.all():
            cache.clear()
        read_route_table(client, path)
        started = time.perf_counter()
        client.get(path)
        times.append((time.perf_counter() - started) * 1000)
    result[name] = statistics.median(times)
"""

# Counted as the query-budget gate counts them: a first visit makes the image
# renditions, then a visit with every cache emptied.
QUERIES_CODE = """
from django.test import Client
from tests.queries import cold_visit
client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
result = {}
for name, path in PATHS.items():
    response, queries = cold_visit(client, path)
    result[name] = [response.status_code, len(queries)]
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def django_run(code, env):
    script = (
        "import sys, json; sys.path[:0] = ['site', '.']\n"
        "import django; django.setup()\n"
        f"{code}\nprint(json.dumps(result))"
    )
    out = subprocess.run(
        [PYTHON, "-c", script],
        cwd=PROJECT_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def serve(env, port, workers):
    process = subprocess.Popen(
        [
            str(Path(PYTHON).with_name("gunicorn")),
            "wsgi:application",
            "--pythonpath",
            "site,.",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--preload",
        ],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            fetch(port, "/robots.txt")
            return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("gunicorn did not start")


def fetch(port, path):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"X-Forwarded-Proto": "https"}
    )
    with urllib.request.urlopen(request, timeout=CLIENT_TIMEOUT_SECONDS) as response:
        return response.read()


def wrk(port, path, seconds, clients):
    output = subprocess.run(
        [
            "wrk",
            f"-t{min(clients, 2)}",
            f"-c{clients}",
            f"-d{seconds}s",
            f"--timeout={CLIENT_TIMEOUT_SECONDS}s",
            "--latency",
            "-H",
            "X-Forwarded-Proto: https",
            f"http://127.0.0.1:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def latency(percent):
        match = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s)", output, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = sum(
        int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output)
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": latency(50),
        "p99": latency(99),
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }


def page_weight(port, path):
    html = fetch(port, path)
    assets = sum(
        len(gzip.compress(fetch(port, asset)))
        for asset in set(ASSET.findall(html.decode()))
    )
    return len(html), len(gzip.compress(html)), assets


def throwaway_database(kind, work):
    """(DATABASE_URL, drop) of a new empty database of ``kind``."""
    if kind == "sqlite":
        return f"sqlite:///{work / 'bench.sqlite3'}", lambda: None
    server = os.environ.get(
        "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
    )
    name = f"kangle_bench_{uuid.uuid4().hex[:8]}"
    admin = postgres_database(server, name)

    def drop():
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    return server.rsplit("/", 1)[0] + f"/{name}", drop


def static_file_path(port):
    """The first stylesheet the home page links: a file whitenoise serves."""
    return ASSET.findall(fetch(port, "/").decode())[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", default="1")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument(
        "--database", choices=("postgresql", "sqlite"), default="postgresql"
    )
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk not found: apt-get install wrk")

    work = Path(tempfile.mkdtemp(prefix="kangle-bench-"))
    database_url, drop_database = throwaway_database(options.database, work)
    base_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.production",
        "SECRET_KEY": uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "SERVE_MEDIA": "true",
        "REQUEST_LOG_LEVEL": "WARNING",
    }
    try:
        started = time.monotonic()
        manage(base_env, "migrate", "--noinput", "-v0")
        manage(base_env, "load_demo", "--scale", options.scale)
        manage(base_env, "collectstatic", "--noinput", "-v0")
        print(f"scaled demo built in {time.monotonic() - started:.0f} s")
        counts = django_run(
            "from home.models import NewsPage\n"
            "from wagtail.models import Page\n"
            "result = [Page.objects.count(), NewsPage.objects.count()]",
            base_env,
        )
        print("pages {}, news {}".format(*counts))
        paths = django_run(PAGES_CODE, base_env)
        queries = django_run(f"PATHS = {paths!r}\n{QUERIES_CODE}", base_env)
        cold_env = {**base_env, "PAGE_CACHE_SECONDS": "0"}
        render_ms = django_run(
            f"PATHS = {paths!r}\nRUNS = {COLD_RENDERS}\n{COLD_RENDER_CODE}", cold_env
        )

        results = {}
        for mode, env in (
            ("cold", cold_env),
            ("warm", {**base_env, "PAGE_CACHE_SECONDS": "600", "REDIS_URL": REDIS_URL}),
        ):
            if mode == "warm":
                import redis

                redis.Redis.from_url(REDIS_URL).flushdb()
            port = free_port()
            process = serve(env, port, options.workers)
            try:
                static = static_file_path(port)
                for label, path in [*paths.items(), ("static", static)]:
                    if mode == "cold" and label != "static":
                        results["weight", label] = page_weight(port, path)
                    fetch(port, path)
                    results[mode, label] = wrk(
                        port, path, options.seconds, options.clients
                    )
            finally:
                process.terminate()
                process.wait()

        print(
            f"\n{options.database}, {options.clients} clients, {options.seconds} s "
            f"per page, {options.workers} gunicorn workers, {os.cpu_count()} cores; "
            f"render ms: one cold render in one process, median of {COLD_RENDERS}\n"
        )
        header = (
            f"{'page':24} {'render ms':>9} {'mode':5} {'req/s':>8} {'p50 ms':>8} "
            f"{'p99 ms':>8} {'errors':>6} {'html B':>8} {'html gz':>8} "
            f"{'css+js gz':>9} {'queries':>7}"
        )
        print(header)
        for label in paths:
            html, html_gz, assets = results["weight", label]
            for mode in ("cold", "warm"):
                r = results[mode, label]
                render = f"{render_ms[label]:9.1f}" if mode == "cold" else " " * 9
                print(
                    f"{label:24} {render} {mode:5} {r['rps']:8.1f} {r['p50']:8.1f} "
                    f"{r['p99']:8.1f} {r['errors']:6d} {html:8d} {html_gz:8d} "
                    f"{assets:9d} {queries[label][1]:7d}"
                )
            ratio = results["warm", label]["rps"] / results["cold", label]["rps"]
            print(f"{'':24} {'':9} warm/cold {ratio:.1f}x")
        for mode in ("cold", "warm"):
            r = results[mode, "static"]
            print(
                f"{'static file':24} {'':9} {mode:5} {r['rps']:8.1f} {r['p50']:8.1f} "
                f"{r['p99']:8.1f} {r['errors']:6d}"
            )
    finally:
        drop_database()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
