"""The month of activities in Chromium: a calendar where seven columns fit and
on paper, the list on a phone, never both at once, at every text size."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone

from tests.browser.helpers import axe_violations, set_reading_cookies
from tests.builders import (
    SHANGHAI,
    build_activity,
    build_activity_index,
    build_site,
    build_site_settings,
)

PHONE = {"width": 360, "height": 780}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def month_page(live_db):
    """This month's page of a site with two activities this month."""
    home = build_site()
    build_site_settings()
    index = build_activity_index(home)
    today = timezone.localdate()
    first = today.replace(day=1)
    for day, title in ((first, "身边的民法典宣讲"), (today, "防范养老诈骗")):
        build_activity(
            index, title, datetime.combine(day, time(14, 30), tzinfo=SHANGHAI)
        )
    # A month away, so that the month page links on.
    build_activity(index, "下月的走访", timezone.now() + timedelta(days=40))
    return live_db.url + index.url + f"month/{today.year}/{today.month}/"


def open_month(browser_page, url, viewport, size="standard"):
    set_reading_cookies(browser_page, url, size, "normal")
    browser_page.set_viewport_size(viewport)
    browser_page.goto(url)
    calendar = browser_page.locator("table.month-calendar")
    listing = browser_page.locator(".month-list")
    return calendar.is_visible(), listing.is_visible()


@pytest.mark.parametrize("size", ["standard", "xlarge"])
def test_a_wide_screen_shows_the_calendar_and_a_phone_the_list(
    month_page, browser_page, size
):
    today = timezone.localdate()
    assert open_month(browser_page, month_page, DESKTOP, size) == (True, False)
    caption = f"{today.year}年{today.month}月活动日历"
    assert browser_page.get_by_role("table", name=caption).is_visible()
    assert open_month(browser_page, month_page, PHONE, size) == (False, True)
    assert browser_page.get_by_role("heading", name="防范养老诈骗").is_visible()


def test_at_xlarge_the_list_takes_over_where_seven_columns_would_be_cramped(
    month_page, browser_page
):
    tablet = {"width": 800, "height": 1000}
    assert open_month(browser_page, month_page, tablet) == (True, False)
    assert open_month(browser_page, month_page, tablet, "xlarge") == (False, True)


def test_nothing_reaches_past_a_phone_screen_at_xlarge(month_page, browser_page):
    """Every element stays within 360 px at 特大, so the page does not scroll
    sideways."""
    open_month(browser_page, month_page, PHONE, "xlarge")
    too_wide = browser_page.evaluate(
        """() => Array.from(document.querySelectorAll('body *'))
            .filter(el => el.offsetParent !== null)
            .filter(el => el.getBoundingClientRect().right > window.innerWidth)
            .map(el => `${el.tagName}.${el.className}`)"""
    )
    assert too_wide == []


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_axe_finds_nothing_in_either_view(month_page, browser_page, viewport):
    open_month(browser_page, month_page, viewport)
    assert axe_violations(browser_page) == []


def test_paper_gets_the_calendar_without_link_addresses(month_page, browser_page):
    open_month(browser_page, month_page, PHONE)
    browser_page.emulate_media(media="print")
    assert browser_page.locator("table.month-calendar").is_visible()
    assert not browser_page.locator(".month-list").is_visible()
    after = browser_page.evaluate(
        "getComputedStyle(document.querySelector('.month-calendar li a'), '::after')"
        ".content"
    )
    assert after in ("none", "normal", '""')
