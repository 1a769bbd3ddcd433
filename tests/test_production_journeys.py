"""Trust where it is kept: the demo site served by gunicorn in two workers with
production settings and the page cache in Redis, tried by anonymous visitors,
an editor in the admin and someone guessing. A restriction set in the admin
takes a page out of every cached copy at once; guesses at a page password and
praise from one address are bounded across workers; a forged host or scheme
changes nobody else's page."""

import uuid

import pytest
from bs4 import BeautifulSoup

from tests.production_server import Visitor, set_privacy, sign_in

pytestmark = pytest.mark.django_db(databases=[])

LATEST_ARTICLE_CODE = """
from home.models import NewsIndexPage, NewsPage

article = NewsPage.objects.live().public().order_by("-date", "-pk").first()
index = article.get_parent().specific
result = {
    "id": article.pk,
    "title": article.title,
    "url": article.url,
    "index_id": index.pk,
    "index": index.url,
    "feed": index.url + index.reverse_subpage("rss_feed"),
}
"""

ROLE_MODEL_CODE = """
from culture.models import RoleModelPage

page = RoleModelPage.objects.live().public().order_by("-path").first()
result = {"id": page.pk, "url": page.url, "name": page.name}
"""


def cached_twice(visitor, path):
    visitor.get(path)
    return visitor.get(path).headers.get("X-Page-Cache") == "hit"


@pytest.fixture
def admin(production_server):
    return sign_in(Visitor(production_server))


@pytest.fixture
def article(production_server):
    return production_server.run(LATEST_ARTICLE_CODE)


def test_a_restriction_set_in_the_admin_takes_the_article_out_of_every_cached_copy(
    production_server, admin, article
):
    reader = Visitor(production_server)
    showing = [article["index"], article["feed"], "/sitemap.xml"]
    for path in [article["url"], *showing]:
        assert cached_twice(reader, path), path
    try:
        set_privacy(admin, article["id"], restriction_type="password", password="pw")
        asked = Visitor(production_server).get(article["url"])
        assert asked.status == 200
        assert b'name="password"' in asked.body
        assert "X-Page-Cache" not in asked.headers
        for path in showing:
            body = Visitor(production_server).get(path).body.decode()
            assert article["url"] not in body, path
    finally:
        set_privacy(admin, article["id"], restriction_type="none")
    shown = Visitor(production_server).get(article["url"]).body.decode()
    assert article["title"] in shown
    assert 'name="password"' not in shown


def test_a_login_restriction_on_the_section_reaches_every_article_in_it(
    production_server, admin, article
):
    reader = Visitor(production_server)
    assert cached_twice(reader, article["url"])
    assert cached_twice(reader, "/")
    try:
        set_privacy(admin, article["index_id"], restriction_type="login")
        refused = Visitor(production_server).get(article["url"])
        assert refused.status == 302
        assert "/_util/login/" in refused.headers["Location"]
        home = Visitor(production_server).get("/").body.decode()
        assert f'href="{article["index"]}"' not in home
    finally:
        set_privacy(admin, article["index_id"], restriction_type="none")
    assert Visitor(production_server).get(article["url"]).status == 200


def test_guesses_at_a_page_password_are_bounded_across_workers(
    production_server, admin, article
):
    try:
        set_privacy(admin, article["id"], restriction_type="password", password="pw")
        guesser = Visitor(production_server)
        _, form = guesser.open_form(article["url"], "main form[method=post]")
        answers = [
            guesser.post(form.action, {**dict(form.fields), "password": "guess"})
            for _ in range(11)
        ]
    finally:
        set_privacy(admin, article["id"], restriction_type="none")
    assert [answer.status for answer in answers] == [200] * 10 + [429]
    refused = answers[-1]
    assert refused.headers["Retry-After"] == "900"
    assert "密码输错的次数太多了" in refused.body.decode()


def test_a_forged_host_or_scheme_changes_no_one_elses_page(production_server, article):
    role_model = production_server.run(ROLE_MODEL_CODE)
    # A query string of its own: no earlier test has cached these copies.
    fresh = f"?visit={uuid.uuid4().hex}"
    feed, portrait_page = article["feed"] + fresh, role_model["url"] + fresh
    forger = Visitor(production_server)
    for path in (feed, portrait_page):
        forger.get(path, headers={"Host": "localhost"})
        forger.get(path, headers={"X-Forwarded-Proto": "https"})
    reader = Visitor(production_server)
    own_host = production_server.base.removeprefix("http://")
    for path in (feed, portrait_page):
        body = reader.get(path).body.decode()
        assert "//localhost/" not in body, path
        assert f"https://{own_host}" not in body, path
    self_link = f'href="http://{own_host}{article["feed"]}" rel="self"'
    assert self_link in reader.get(feed).body.decode()
    og_image = f'property="og:image" content="http://{own_host}/'
    assert og_image in reader.get(portrait_page).body.decode()


def test_one_address_adds_at_most_ten_praises_to_a_role_model_a_day(
    production_server,
):
    role_model = production_server.run(ROLE_MODEL_CODE)

    def praise_count():
        page = Visitor(production_server).get(role_model["url"]).body.decode()
        count = BeautifulSoup(page, "html.parser").select_one(".praise__count strong")
        return int(count.get_text())

    before = praise_count()
    # Each request comes without a cookie, as if from a new browser.
    answers = [
        Visitor(production_server).post(f"/praise/{role_model['id']}/", {})
        for _ in range(12)
    ]
    assert [answer.status for answer in answers] == [200] * 10 + [429] * 2
    assert "请明天再来" in answers[-1].body.decode()
    assert praise_count() == before + 10


SECTION_CODE = """
from home.models import HomePage, StandardPage

home = HomePage.objects.get()
section = StandardPage(
    title="五治之窗",
    slug="wuzhi-window",
    show_in_menus=True,
    body=[("paragraph", "<p>五治工作的窗口。</p>")],
)
home.add_child(instance=section)
section.save_revision().publish()
result = {"id": section.pk, "url": section.url}
"""

RENAME_CODE = """
from home.models import StandardPage

section = StandardPage.objects.get(pk=PAGE_ID)
section.slug = "wuzhi-corner"
section.save_revision().publish()
result = StandardPage.objects.get(pk=PAGE_ID).url
"""

DELETE_CODE = """
from wagtail.models import Page

Page.objects.get(pk=PAGE_ID).delete()
result = None
"""


def test_a_section_published_renamed_and_deleted_shows_so_in_every_worker_at_once(
    production_server,
):
    def in_menu_everywhere(href):
        # Several visits: each of the two workers answers some of them.
        return [
            f'href="{href}"' in Visitor(production_server).get("/").body.decode()
            for _ in range(6)
        ]

    for _ in range(6):
        Visitor(production_server).get("/")
    section = production_server.run(SECTION_CODE)
    try:
        assert in_menu_everywhere(section["url"]) == [True] * 6
        renamed = production_server.run(f"PAGE_ID = {section['id']}\n{RENAME_CODE}")
        assert renamed == "/wuzhi-corner/"
        assert in_menu_everywhere(renamed) == [True] * 6
        for _ in range(6):
            assert Visitor(production_server).get(renamed).status == 200
            moved = Visitor(production_server).get(section["url"])
            assert moved.status == 301
            assert moved.headers["Location"].endswith(renamed)
    finally:
        production_server.run(f"PAGE_ID = {section['id']}\n{DELETE_CODE}")
    assert in_menu_everywhere("/wuzhi-corner/") == [False] * 6
    for _ in range(6):
        assert Visitor(production_server).get("/wuzhi-corner/").status == 404
