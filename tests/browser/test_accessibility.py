"""Elderly readers in a real browser: text is large and spaced, targets are
big, and the reading aids work with and without JavaScript. Every page type at
every width, text size and contrast, axe included: tests/browser/test_phones.py."""

import pytest

PAGES = [
    "home",
    "news_index",
    "article",
    "search",
    "no_results",
    "directory",
    "point",
    "street",
    "role_model",
]


def test_body_text_is_at_least_18px_with_generous_line_height(site_pages, browser_page):
    browser_page.goto(site_pages["article"])
    style = browser_page.evaluate(
        """() => {
            const p = document.querySelector('main .rich-text p');
            const s = getComputedStyle(p);
            return [parseFloat(s.fontSize), parseFloat(s.lineHeight)];
        }"""
    )
    font_size, line_height = style
    assert font_size >= 18
    assert line_height / font_size >= 1.5


@pytest.mark.parametrize("name", PAGES)
def test_no_visible_text_is_smaller_than_18px(site_pages, browser_page, name):
    browser_page.goto(site_pages[name])
    small = browser_page.evaluate(
        """() => Array.from(document.body.querySelectorAll('*'))
            .filter(el => el.offsetParent !== null)
            .filter(el => Array.from(el.childNodes).some(
                node => node.nodeType === Node.TEXT_NODE && node.textContent.trim()))
            .map(el => [el.textContent.trim().slice(0, 20),
                        parseFloat(getComputedStyle(el).fontSize)])
            .filter(([, size]) => size < 18)"""
    )
    assert small == []


def test_interactive_targets_are_at_least_44px(site_pages, browser_page):
    browser_page.goto(site_pages["news_index"])
    small = browser_page.evaluate(
        """() => Array.from(document.querySelectorAll(
                'header a, header button, header input, .reading-aids a, .main-menu a,'
                + ' .breadcrumbs a, main button, main select, main .button-link,'
                + ' main .card__title a, .site-footer a'))
            .filter(el => el.offsetParent !== null)
            .map(el => [el.textContent.trim() || el.name, el.getBoundingClientRect()])
            .filter(([, r]) => r.width < 44 || r.height < 44)
            .map(([label, r]) => `${label} ${r.width}x${r.height}`)"""
    )
    assert small == []


def test_text_size_switch_with_javascript_applies_at_once_and_persists(
    site_pages, browser_page
):
    browser_page.goto(site_pages["article"])
    before = browser_page.url
    browser_page.get_by_role("link", name="特大", exact=True).click()
    assert browser_page.url == before
    assert "text-xlarge" in browser_page.evaluate("document.documentElement.className")
    assert (
        browser_page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
        == 26
    )
    browser_page.goto(site_pages["home"])
    assert "text-xlarge" in browser_page.evaluate("document.documentElement.className")


def test_contrast_switch_without_javascript_reloads_the_same_page(
    site_pages, no_script_page
):
    no_script_page.goto(site_pages["news_index"] + "?page=2")
    no_script_page.get_by_role("link", name="高对比度").click()
    no_script_page.wait_for_load_state()
    assert no_script_page.url == site_pages["news_index"] + "?page=2"
    assert no_script_page.locator("html").get_attribute("class") == (
        "text-standard contrast-high"
    )
    background = no_script_page.evaluate(
        "getComputedStyle(document.body).backgroundColor"
    )
    assert background == "rgb(0, 0, 0)"
    no_script_page.get_by_role("link", name="大", exact=True).click()
    no_script_page.wait_for_load_state()
    assert no_script_page.locator("html").get_attribute("class") == (
        "text-large contrast-high"
    )


def test_read_aloud_is_offered_only_where_the_browser_can_speak(
    site_pages, browser_page, no_script_page
):
    browser_page.goto(site_pages["article"])
    assert browser_page.get_by_role("button", name="朗读本页").is_visible()
    no_script_page.goto(site_pages["article"])
    assert not no_script_page.get_by_role("button", name="朗读本页").is_visible()


def test_print_layout_leaves_out_navigation_and_spells_out_links(
    site_pages, browser_page
):
    browser_page.goto(site_pages["article"])
    browser_page.emulate_media(media="print")
    assert not browser_page.locator(".main-menu").is_visible()
    assert not browser_page.locator(".reading-aids").is_visible()
    assert browser_page.locator("main h1").is_visible()
    after = browser_page.evaluate(
        "getComputedStyle(document.querySelector('main .tags a'), '::after').content"
    )
    assert "/news/?tag=" in after
