"""Search benchmark: index build time, query latency and recall on SQLite and
PostgreSQL, at the size the site is expected to reach.

    .venv/bin/python bench/search.py [--pages 5000] [--databases sqlite,postgresql]

Each database is a throw-away one (a temporary SQLite file; a PostgreSQL
database created and dropped on the server named by BENCH_POSTGRES_URL, by
default postgres://postgres@127.0.0.1:5432/postgres). The corpus is generated
Chinese text plus the labelled pages of bench/search_recall.tsv; queries run
through the real /search/ view, rendering included."""

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
RECALL_FILE = Path(__file__).resolve().parent / "search_recall.tsv"
QUERY_COUNT = 200
TOP_RESULTS = 10
SEED = 2026
RESULT_LINK = re.compile(r'<h2><a href="([^"]+)">')

SUBJECTS = [
    "社区",
    "居民",
    "志愿者",
    "网格员",
    "党员",
    "老人",
    "孩子",
    "物业",
    "业委会",
    "律师",
    "调解员",
    "民警",
    "医生",
    "社工",
    "楼长",
    "商户",
    "学生",
    "家庭",
    "邻居",
    "工作人员",
]
ACTIONS = [
    "组织",
    "开展",
    "参加",
    "讨论",
    "走访",
    "慰问",
    "宣传",
    "讲解",
    "检查",
    "整治",
    "服务",
    "协商",
    "学习",
    "报名",
    "评选",
    "表彰",
    "清理",
    "维修",
    "种植",
    "捐赠",
]
OBJECTS = [
    "环境卫生",
    "消防安全",
    "垃圾分类",
    "文明养犬",
    "电动车充电",
    "楼道照明",
    "绿化养护",
    "健康体检",
    "文艺演出",
    "读书活动",
    "法律知识",
    "防汛准备",
    "停车管理",
    "噪音问题",
    "邻里纠纷",
    "养老服务",
    "托育服务",
    "就业培训",
    "困难帮扶",
    "节日联欢",
]
PLACES = [
    "活动中心",
    "小广场",
    "会议室",
    "楼道口",
    "图书室",
    "健身点",
    "服务大厅",
    "文化长廊",
]


def sentence(rng):
    return (
        f"{rng.choice(SUBJECTS)}在{rng.choice(PLACES)}{rng.choice(ACTIONS)}"
        f"{rng.choice(OBJECTS)}，{rng.choice(SUBJECTS)}{rng.choice(ACTIONS)}"
        f"{rng.choice(OBJECTS)}。"
    )


def labelled_pairs():
    rows = []
    for line in RECALL_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, title, body = line.split("\t")
            rows.append((query, title, body))
    return rows


def query_list(rng, pairs):
    queries = [query for query, _, _ in pairs]
    vocabulary = SUBJECTS + ACTIONS + OBJECTS + PLACES
    while len(queries) < QUERY_COUNT:
        size = rng.choice([1, 1, 2, 2, 3])
        queries.append(" ".join(rng.sample(vocabulary, size)))
    return queries


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(database, page_count):
    """Build the corpus in the current database and print the figures."""
    sys.path[:0] = [str(PROJECT_DIR / "site"), str(PROJECT_DIR)]
    os.environ["DJANGO_SETTINGS_MODULE"] = "settings.test"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import override_settings
    from wagtail.models import Page, Site

    from home.demo.data import demo_data
    from home.models import HomePage, NewsIndexPage, NewsPage, SearchSynonym

    call_command("migrate", verbosity=0)
    rng = random.Random(SEED)
    pairs = labelled_pairs()
    no_auto_update = {
        name: {**params, "AUTO_UPDATE": False}
        for name, params in settings.WAGTAILSEARCH_BACKENDS.items()
    }

    started = time.perf_counter()
    with override_settings(WAGTAILSEARCH_BACKENDS=no_auto_update):
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(
                title="康乐社区",
                slug="bench-home",
                area_km2=1,
                households=1,
                residents=1,
            )
        )
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "testserver", "port": 80, "root_page": home},
        )
        news = home.add_child(instance=NewsIndexPage(title="社区动态", slug="news"))
        planted = {}
        first_day = date(2020, 1, 1)
        for number in range(page_count):
            if number % (page_count // len(pairs)) == 0 and len(planted) < len(pairs):
                _, title, text = pairs[len(planted)]
            else:
                title = sentence(rng)[:18]
                text = ""
            body = text + "".join(sentence(rng) for _ in range(rng.randint(4, 12)))
            page = news.add_child(
                instance=NewsPage(
                    title=title,
                    slug=f"bench-{number}",
                    date=first_day + timedelta(days=number % 2000),
                    summary=sentence(rng),
                    body=[("paragraph", f"<p>{body}</p>")],
                )
            )
            if text:
                planted[title] = page.url
        for spec in demo_data("home", "community")["search_synonyms"]:
            SearchSynonym.objects.create(**spec)
    created = time.perf_counter() - started

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    index_seconds = time.perf_counter() - started

    client = Client()
    queries = query_list(rng, pairs)
    for query in queries[:20]:
        client.get("/search/", {"q": query})  # warm the segmenter and caches
    latencies = []
    for query in queries:
        started = time.perf_counter()
        response = client.get("/search/", {"q": query})
        latencies.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (query, response.status_code)

    found = 0
    missed = []
    for query, title, _ in pairs:
        response = client.get("/search/", {"q": query})
        urls = RESULT_LINK.findall(response.content.decode())[:TOP_RESULTS]
        if planted[title] in urls:
            found += 1
        else:
            missed.append(query)

    print(f"database            {database}")
    print(f"pages               {Page.objects.count()}")
    print(f"create pages        {created:.1f} s (not part of the index figure)")
    print(f"index build         {index_seconds:.1f} s")
    print(f"queries             {len(latencies)} through /search/ (view and template)")
    print(f"latency p50         {percentile(latencies, 0.50):.1f} ms")
    print(f"latency p95         {percentile(latencies, 0.95):.1f} ms")
    print(f"latency p99         {percentile(latencies, 0.99):.1f} ms")
    print(f"latency mean        {statistics.mean(latencies):.1f} ms")
    recall = found / len(pairs)
    print(f"recall@{TOP_RESULTS}           {recall:.3f} ({found}/{len(pairs)})")
    if missed:
        print(f"missed              {'，'.join(missed)}")


def postgres_database(server_url, name):
    import psycopg

    connection = psycopg.connect(server_url, autocommit=True)
    connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
    connection.execute(f'CREATE DATABASE "{name}"')
    return connection


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--run", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        run(args.run, args.pages)
        return

    for database in args.databases.split(","):
        env = dict(os.environ)
        cleanup = None
        if database == "sqlite":
            folder = tempfile.TemporaryDirectory(prefix="kangle-bench-")
            env["DATABASE_URL"] = f"sqlite:///{folder.name}/bench.sqlite3"
            cleanup = folder.cleanup
        elif database == "postgresql":
            server = os.environ.get(
                "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
            )
            name = "kangle_bench_search"
            admin = postgres_database(server, name)
            env["DATABASE_URL"] = server.rsplit("/", 1)[0] + f"/{name}"

            def cleanup(admin=admin, name=name):
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                admin.close()
        else:
            parser.error(f"unknown database {database}")
        try:
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--run",
                    database,
                    "--pages",
                    str(args.pages),
                ],
                env=env,
                check=True,
            )
        finally:
            cleanup()
        print()


if __name__ == "__main__":
    main()
