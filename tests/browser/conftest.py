"""Browser tests drive Debian's Chromium through Playwright over a live server.

Without Chromium they are skipped with the reason, except in CI (``CI`` set),
where a missing browser is a failure."""

import os
import shutil
from datetime import date, time

import pytest

from tests.builders import (
    build_compound,
    build_directory,
    build_image,
    build_news,
    build_news_index,
    build_news_series,
    build_point,
    build_role_model,
    build_service,
    build_site,
    build_site_settings,
    build_standard_page,
    build_street,
    restore_wagtail_roots,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]

# Playwright's sync API runs an event loop in the test thread; the ORM calls
# the fixtures make there are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium():
    executable = CHROMIUM if os.access(CHROMIUM, os.X_OK) else shutil.which("chromium")
    if executable is None:
        reason = "未找到 Chromium：apt-get install chromium 后可运行浏览器测试"
        if os.environ.get("CI"):
            pytest.fail(f"{reason} (CI requires the browser tests)")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, args=CHROMIUM_FLAGS
        )
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def no_script_page(chromium):
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900}, java_script_enabled=False
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def live_db(transactional_db, live_server):
    """The live server shares the database with the test. (Serialized
    rollback cannot keep Wagtail's roots: Playwright's greenlets leave Django
    with a fresh connection object that lacks the serialized copy.)"""
    restore_wagtail_roots()
    return live_server


@pytest.fixture
def site_pages(live_db):
    """A small but complete site: home, plain pages, a news index and articles."""
    home = build_site()
    build_site_settings()
    build_standard_page(home, show_in_menus=True)
    index = build_news_index(home, show_in_menus=True, intro="社区里的新鲜事。")
    build_news_series(index, 12, tags=["活动"])
    article = build_news(
        index,
        "康乐好人一条街完成升级",
        date(2026, 6, 1),
        tags=["德治", "活动"],
        source="康乐社区居委会",
        lead_image=build_image(),
        body=[
            ("heading", {"text": "升级后的街道", "level": "h2"}),
            ("paragraph", "<p>街道两侧新添了十块好人展牌。</p>"),
            ("quote", {"text": "人人推好人，人人做好人。", "attribution": "社区标语"}),
        ],
    )
    directory = build_directory(home)
    compound = build_compound("康乐新村")
    point = build_point(
        directory,
        "社区法治工作室",
        "studio",
        hours=[(weekday, time(8, 30), time(17, 30)) for weekday in range(5)],
        services=[build_service("法律援助", "legal-aid")],
        is_lead_point=True,
    )
    street = build_street(home)
    role_model = build_role_model(
        street,
        "王秀英",
        compound=compound,
        deed="二十年义务为邻居理发",
        portrait=build_image("王秀英", "示意插图：一个人物剪影"),
        honours=[("十佳好邻居", 2017)],
    )
    build_role_model(street, "李建国", compound=compound)
    return {
        "base": live_db.url,
        "street": live_db.url + street.url,
        "role_model": live_db.url + role_model.url,
        "directory": f"{live_db.url}{directory.url}?compound={compound.pk}",
        "point": live_db.url + point.url,
        "home": live_db.url + "/",
        "news_index": live_db.url + index.url,
        "article": live_db.url + article.url,
        "search": live_db.url + "/search/?q=好人一条街",
        "no_results": live_db.url + "/search/?q=火星移民",
    }
