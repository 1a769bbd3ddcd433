"""The editor guide's pictures come from the running admin: each test opens the
screen a step of docs/editor-guide.md describes, checks that what the step
tells editors to look for is there, and saves a screenshot. `make screenshots`
writes them into docs/editor-guide/; otherwise they go to a temporary folder,
so the guide cannot drift from the product unnoticed."""

import logging
import os
import time
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from culture.models import Nomination
from home import request_log
from tests.builders import (
    build_article,
    build_article_index,
    build_building,
    build_building_index,
    build_compound,
    build_consultation_topic,
    build_editor,
    build_news,
    build_news_index,
    build_role_model,
    build_site,
    build_street,
    build_topic,
    build_topic_index,
)

# Each screenshot: what the guide calls it, and text the step points editors to.
SCREENS = {
    "dashboard": "已安排定时发布的页面",
    "news-edit": "保存草稿",
    "role-model-edit": "一句话事迹",
    "legal-article-edit": "审核人",
    "nomination-review": "采纳并生成好人页面草稿",
    "notice-board": "打开打印页",
    "lobby-poster": "扫码看本楼的活动和照片",
    "topic-edit": "进展时间线",
}


@pytest.fixture
def admin_screens(live_db, browser_page):
    """A small site, and the browser logged in to the admin."""
    home = build_site()
    compound = build_compound("康乐新村")
    news = build_news(
        build_news_index(home), "入冬前请检查水管保温", date(2026, 11, 24), live=False
    )
    build_news(news.get_parent().specific, "社区停水通知", date(2026, 11, 20))
    role_model = build_role_model(
        build_street(home), "王秀英", compound=compound, deed="二十年义务为邻居理发"
    )
    article = build_article(
        build_article_index(home), "楼上漏水怎么办", build_topic(), date(2026, 11, 1)
    )
    building = build_building(build_building_index(home), compound, "3栋")
    topic = build_consultation_topic(
        build_topic_index(home),
        "武庄8号楼群公共晾衣架",
        "act",
        compounds=[build_compound("武庄小区")],
        raised_by="武庄8号楼群居民",
        summary="老楼没有阳台的住户没处晒被子，希望在空地上装公共晾衣架。",
        decision="在楼群南侧空地装两组晾衣架，由楼群志愿者每周检查。",
        carried_out_by="武庄8号楼群自管会",
        due_date=date(2027, 2, 28),
    )
    nomination = Nomination.objects.create(
        nominee_name="孙桂兰",
        category="filial-piety",
        deed="孙阿姨照顾瘫痪在床的婆婆十二年，从不叫苦，还常帮邻居照看孩子。",
        nominator_name="周丽（示例）",
        nominator_phone="13800000001",
        consented_at=timezone.now(),
    )
    staff = Client()
    staff.force_login(build_editor())
    browser_page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": staff.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_db.url,
            }
        ]
    )
    edit = "wagtailadmin_pages:edit"
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "news-edit": reverse(edit, args=[news.pk]),
        "role-model-edit": reverse(edit, args=[role_model.pk]),
        "legal-article-edit": reverse(edit, args=[article.pk]),
        "nomination-review": reverse(
            Nomination.snippet_viewset.get_url_name("edit"), args=[nomination.pk]
        ),
        "notice-board": reverse("notice_board"),
        "lobby-poster": f"{building.url}poster/",
        "topic-edit": reverse(edit, args=[topic.pk]),
    }


@pytest.mark.parametrize("name", SCREENS)
def test_each_guide_screen_shows_what_the_guide_says(
    live_db, admin_screens, browser_page, tmp_path, caplog, name
):
    caplog.set_level(logging.INFO, logger=request_log.logger.name)
    response = browser_page.goto(live_db.url + admin_screens[name])
    assert response.status == 200
    assert SCREENS[name] in browser_page.content()
    folder = Path(os.environ.get("EDITOR_GUIDE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    browser_page.screenshot(path=folder / f"{name}.png")
    assert (folder / f"{name}.png").stat().st_size > 1000
    if "/editing-sessions/ping/" in browser_page.content():
        # An edit screen (a page's or a snippet's, such as the nomination under
        # review) opens an editing session with a request of its own and
        # releases it with a beacon when left: both must be answered before the
        # test empties the database. The live server shares the test's SQLite
        # connection, so the test watches the request log rather than reading
        # the table while the server writes to it.
        assert wait_for_answer(caplog, "/editing-sessions/ping/") == 200
        browser_page.goto("about:blank")
        assert wait_for_answer(caplog, "/editing-sessions/release/") == 200


def wait_for_answer(caplog, path_part, seconds=10):
    """The status the live server answered the first request to `path_part` with."""
    deadline = time.monotonic() + seconds
    while True:
        for record in caplog.records:
            if record.name == request_log.logger.name and path_part in record.args[1]:
                return record.args[2]
        assert time.monotonic() < deadline, f"no request to {path_part} was answered"
        time.sleep(0.1)
