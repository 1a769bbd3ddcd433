"""人人赞好人 in a real browser without JavaScript: the button posts from the
cached page, the browser's own request headers show it comes from the site, and
the count goes up once."""


def test_praise_works_without_javascript_and_counts_once(site_pages, no_script_page):
    no_script_page.goto(site_pages["role_model"])
    no_script_page.get_by_role("button", name="为王秀英点赞").click()
    no_script_page.wait_for_load_state()
    assert no_script_page.locator("h1").inner_text() == "谢谢您为王秀英点赞！"
    no_script_page.get_by_role("link", name="返回王秀英").click()
    no_script_page.get_by_role("button", name="为王秀英点赞").click()
    no_script_page.wait_for_load_state()
    assert "点过赞了" in no_script_page.locator("h1").inner_text()
    no_script_page.goto(site_pages["role_model"])
    assert no_script_page.locator(".praise__count strong").inner_text() == "1"
