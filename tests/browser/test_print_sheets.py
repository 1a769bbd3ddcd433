"""Printed sheets in a real browser: the lobby posters, honour-board posters
and notice-board sheets carry QR codes that a phone decodes to the right page,
each fits one sheet of its paper size, and the maxims booklet prints one A5
page per booklet page."""

import io
import re
from datetime import date

import pytest
import zxingcpp
from django.conf import settings
from django.test import Client
from django.urls import reverse
from PIL import Image

from tests.builders import (
    build_building,
    build_building_index,
    build_compound,
    build_editor,
    build_honour_board,
    build_honour_board_index,
    build_maxim,
    build_maxim_reader,
    build_news,
    build_news_index,
    build_role_model,
    build_site,
    build_street,
)

PDF_PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")
# Sheet sizes in PDF points (1/72 inch), as Chromium writes them.
A3 = (842, 1191)
A4 = (595, 842)
A5 = (420, 595)


@pytest.fixture
def sheets(live_db):
    home = build_site()
    street = build_street(home)
    wang = build_role_model(street, "王秀英", deed="二十年义务为邻居理发")
    boards = build_honour_board_index(home)
    board = build_honour_board(
        boards,
        "best-neighbours",
        2025,
        [wang, *[(f"邻居{n}", "帮楼里老人代购十年") for n in range(9)]],
        intro="居民推荐、代表评议产生。",
    )
    buildings = build_building_index(home)
    building = build_building(buildings, build_compound("康乐新村"), "3栋")
    reader = build_maxim_reader(home)
    for theme in ("filial", "thrift", "harmony"):
        for number in range(5):
            build_maxim(f"第{number}条家训，讲的是为人处世的道理", theme)
    return {"board": board, "building": building, "reader": reader}


def decoded_qr(browser_page):
    png = browser_page.locator("img.qr-code").first.screenshot()
    return [
        result.text for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    ]


def printed(browser_page):
    pdf = browser_page.pdf(prefer_css_page_size=True)
    sizes = {
        tuple(round(float(n)) for n in box.split()[2:4])
        for box in re.findall(rb"/MediaBox\s*\[\s*([0-9. ]+)\]", pdf)
        for box in [box.decode()]
    }
    return len(PDF_PAGE.findall(pdf)), sizes


def test_the_lobby_poster_qr_code_opens_the_building_page(
    live_db, sheets, browser_page
):
    building = sheets["building"]
    browser_page.goto(f"{live_db.url}{building.url}poster/")
    assert decoded_qr(browser_page) == [building.full_url]
    assert printed(browser_page) == (1, {A4})


def test_the_honour_board_poster_qr_code_opens_the_board_page(
    live_db, sheets, browser_page
):
    board = sheets["board"]
    browser_page.goto(f"{live_db.url}{board.url}poster/")
    assert decoded_qr(browser_page) == [board.full_url]
    assert printed(browser_page) == (1, {A3})


def test_the_booklet_prints_one_a5_sheet_per_booklet_page(
    live_db, sheets, browser_page
):
    browser_page.goto(f"{live_db.url}{sheets['reader'].url}booklet/")
    booklet_pages = browser_page.locator(".booklet-page").count()
    assert booklet_pages == 2 + 3 * 2
    assert printed(browser_page) == (booklet_pages, {A5})
    assert decoded_qr(browser_page) == [sheets["reader"].full_url]


def test_the_notice_board_qr_code_opens_the_news_item(live_db, browser_page):
    news = build_news_index(build_site())
    item = build_news(news, "社区停水通知", date(2026, 11, 20))
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
    browser_page.goto(f"{live_db.url}{reverse('notice_board_print')}?page={item.pk}")
    assert decoded_qr(browser_page) == [item.full_url]
    assert printed(browser_page) == (1, {A4})
