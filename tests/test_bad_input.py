"""Bad input (issue 7): every public address and form of the demo site, served
by gunicorn, is sent odd query strings, odd paths, wrong methods, oversized and
malformed bodies, and posts without their CSRF token or from another site.
No answer is a server error, and a refused request stores nothing: every
table of the demo database has as many rows after it as before."""

import json
import re
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote, urlencode

import pytest

# Requests in flight at once: the two gunicorn workers have four threads each.
PARALLEL_REQUESTS = 8
# Django refuses bodies past these (its defaults, and settings.base for fields).
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# gunicorn answers a longer request line itself, before Django sees it.
GUNICORN_REQUEST_LINE_LIMIT = 4094

# --- What the site serves ---------------------------------------------------

# Every argument-free route of every routable page type: feeds, the activity
# calendar, open data, posters, booklets, the nomination form. Routes with
# arguments (categories, months, themes) come from html_paths.
ROUTES_CODE = """
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import get_page_models

result = {}
for model in get_page_models():
    page = model.objects.live().public().order_by("path").first()
    if page is None or not isinstance(page, RoutablePageMixin):
        continue
    for route in page.get_resolver().url_patterns:
        if not route.pattern.regex.groups:
            name = f"{model._meta.label} {route.name}"
            result[name] = page.url + page.reverse_subpage(route.name)
"""

# The role model whose page html_paths names.
ROLE_MODEL_CODE = """
from culture.models import RoleModelPage

result = RoleModelPage.objects.live().public().order_by("path").first().pk
"""

# How many rows each table holds, by model.
ROW_COUNTS_CODE = """
from django.apps import apps

result = {
    model._meta.label: model._base_manager.count() for model in apps.get_models()
}
"""


def ascii_target(path):
    """The path as a client sends it: percent-encoded."""
    return quote(path, safe="/?=&%")


@pytest.fixture(scope="module")
def form_paths(demo_server):
    """{name: target}: the forms, the praise button and the role model it
    praises, percent-encoded as a client sends them."""
    pages = demo_server.html_paths()
    paths = {
        "nomination form": pages["nomination form"],
        "quiz": pages["legal.LegalQuizPage"],
        "praise": f"/praise/{demo_server.run(ROLE_MODEL_CODE)}/",
        "role model": pages["culture.RoleModelPage"],
    }
    return {name: ascii_target(path) for name, path in paths.items()}


@pytest.fixture(scope="module")
def public_paths(demo_server, form_paths):
    """{name: path} for every public address: each page type, each route of
    a routable page, the search, and the addresses outside Wagtail."""
    paths = {
        **demo_server.html_paths(),
        **demo_server.run(ROUTES_CODE),
        "sitemap": "/sitemap.xml",
        "robots.txt": "/robots.txt",
        "favicon": "/favicon.ico",
        "reading-aid link": "/reading-aids/size/large/?next=/",
        "praise": form_paths["praise"],
    }
    # An address listed twice keeps its first name.
    by_path = {}
    for name, path in paths.items():
        by_path.setdefault(ascii_target(path), name)
    return {name: path for path, name in by_path.items()}


def takes_posts(path, form_paths):
    """Whether the address takes a POST: the forms and the praise button."""
    forms = ("nomination form", "quiz", "praise")
    return path in {form_paths[form] for form in forms}


# --- Sending -----------------------------------------------------------------


def send_to_all(server, requests):
    """{(name, method, target): answer} for many requests at once."""

    def one(request):
        name, method, target, *rest = request
        return (name, method, target), server.send(method, target, *rest)

    with ThreadPoolExecutor(PARALLEL_REQUESTS) as pool:
        return dict(pool.map(one, requests))


def server_errors(answers):
    return [
        f"{method} {target} ({name}) -> {answer.status}"
        for (name, method, target), answer in answers.items()
        if answer.status >= 500
    ]


def row_counts(server):
    return server.run(ROW_COUNTS_CODE)


def stored_rows(before, after):
    """{model: rows added or removed} between two row counts."""
    return {
        model: after[model] - before[model]
        for model in after
        if after[model] != before[model]
    }


# --- Odd query strings -------------------------------------------------------

# Every query parameter a public page reads (home/request_params.py, the
# pagination, the search, the reading aids and the listings' filters,
# home/listing.py; a listing's feed also reads the category).
PARAMETERS = (
    *("page", "year", "tag", "compound", "service", "open", "group", "category"),
    *("campaign", "topic", "audience", "q", "section", "next"),
)

# Each value is sent, percent-encoded as given, in every parameter at once.
ODD_VALUES = {
    "negative": "-1",
    "far-past-the-end": "99999",
    "not-a-number": "abc",
    "overlong-number": "9" * 30,
    "full-width-digits": "%EF%BC%91%EF%BC%92",
    "NUL-and-control-characters": "%00%01%08%1B%7F",
    "invalid-and-truncated-UTF-8": "%FF%FE%E5%A5",
    "broken-percent-encoding": "%zz%",
    "SQL-and-HTML-injection": quote("1' OR '1'='1' --\"><script>", safe=""),
    "foreign-address": quote("//evil.example/", safe=""),
    "long-value": quote("好" * 25),
}

ODD_QUERY_STRINGS = {
    **{
        f"every-parameter-{name}": "&".join(f"{p}={value}" for p in PARAMETERS)
        for name, value in ODD_VALUES.items()
    },
    "unknown-parameters": "from=singlemessage&isappinstalled=0&utm_source=x&a[]=1",
    "repeated-parameters": "&".join(f"{p}=1&{p}=abc&{p}=%00" for p in PARAMETERS),
    "odd-parameter-names": "&".join([*PARAMETERS, "=", "&&", "=1", "%00=1", "q%FF=3"]),
    # Near gunicorn's request-line limit, so that Django parses all of it.
    "very-long-query-string": "&".join(f"x{i}=1" for i in range(500)),
    # Past the limit: gunicorn refuses it before Django.
    "query-string-past-the-server-limit": "q=" + "x" * GUNICORN_REQUEST_LINE_LIMIT,
}


@pytest.mark.parametrize(
    "query_string", ODD_QUERY_STRINGS.values(), ids=ODD_QUERY_STRINGS.keys()
)
def test_an_odd_query_string_never_breaks_a_public_address(
    demo_server, public_paths, query_string
):
    answers = send_to_all(
        demo_server,
        [
            (name, "GET", path + ("&" if "?" in path else "?") + query_string)
            for name, path in public_paths.items()
        ],
    )
    assert not server_errors(answers)


def test_every_public_address_answers_a_plain_visit(demo_server, public_paths):
    """The baseline of the odd inputs: the addresses are real ones."""
    answers = send_to_all(
        demo_server, [(name, "GET", path) for name, path in public_paths.items()]
    )
    assert {key: a.status for key, a in answers.items() if a.status >= 400} == {}


# --- Odd paths ---------------------------------------------------------------


def odd_paths(paths):
    """Addresses with odd ids, years, months and slugs where the site's routes
    take them, and odd bytes where Wagtail looks pages up."""
    month_route = paths["activities month"].rsplit("/month/", 1)[0] + "/month/"
    category_route = paths["street category"].rsplit("/category/", 1)[0]
    theme_route = paths["maxims theme"].rsplit("/theme/", 1)[0]
    board_route = paths["honour board archive"].rsplit("/board/", 1)[0]
    news = paths["home.NewsIndexPage"]
    overlong = "9" * 30
    return [
        *(f"/praise/{odd}/" for odd in ("abc", "0", "9" * 12, overlong, "-1")),
        *(
            f"{month_route}{odd}/"
            for odd in ("99999/1", "2024/13", "2024/0", "0/1", f"{overlong}/1")
        ),
        f"{category_route}/category/%FF%FE/",
        f"{category_route}/category/%00/",
        f"{theme_route}/theme/..%2F..%2F/",
        f"{board_route}/board/%3Cscript%3E/",
        "/reading-aids/size/%E5%A5%BD/",
        "/reading-aids/%00/%00/",
        "/%FF%FE/",
        "/%00/",
        f"{news}%E5%A5/",
        f"{news}{'x' * 3000}/",
        f"{news}/feed//rss/",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/media/../../etc/passwd",
        f"/documents/{overlong}/x.pdf",
        "/documents/abc/%00.pdf",
    ]


def test_an_odd_path_never_breaks_the_site(demo_server, public_paths):
    answers = send_to_all(
        demo_server, [("odd path", "GET", p) for p in odd_paths(public_paths)]
    )
    assert not server_errors(answers)


# --- Wrong methods -----------------------------------------------------------


@pytest.fixture(scope="module")
def csrf(demo_server, form_paths):
    """A browser's CSRF cookie and the token of the form it was given."""
    answer = demo_server.send("GET", form_paths["nomination form"])
    cookies = " ".join(answer.headers.get_all("Set-Cookie"))
    cookie = re.search(r"csrftoken=(\w+)", cookies)[1]
    token = re.search(rb'name="csrfmiddlewaretoken" value="(\w+)"', answer.body)[1]
    return {"cookie": f"csrftoken={cookie}", "token": token.decode()}


@pytest.mark.parametrize("with_token", [True, False], ids=["token", "no-token"])
@pytest.mark.parametrize(
    "method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]
)
def test_a_method_an_address_does_not_take_is_refused(
    demo_server, public_paths, form_paths, csrf, method, with_token
):
    """With a valid CSRF token the request reaches the view, which answers 405
    and names the methods it takes; without one, an unsafe method may be
    refused before (403)."""
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if with_token:
        headers |= {"Cookie": csrf["cookie"], "X-CSRFToken": csrf["token"]}
    requests = [
        (name, method, path, b"a=1", headers)
        for name, path in public_paths.items()
        if not (method == "POST" and takes_posts(path, form_paths))
    ]
    before = row_counts(demo_server)
    answers = send_to_all(demo_server, requests)
    after = row_counts(demo_server)
    expected = {405} if with_token else {403, 405}
    assert {k: a.status for k, a in answers.items() if a.status not in expected} == {}
    assert {
        key: answer.headers["Allow"]
        for key, answer in answers.items()
        if answer.status == 405 and "GET" not in answer.headers["Allow"]
    } == {}
    assert stored_rows(before, after) == {}


def test_opening_the_praise_address_leads_to_the_page_and_praises_no_one(
    demo_server, form_paths
):
    before = row_counts(demo_server)
    for method in ("GET", "HEAD"):
        answer = demo_server.send(method, form_paths["praise"])
        assert answer.status == 302
        assert answer.headers["Location"] == form_paths["role model"]
    assert stored_rows(before, row_counts(demo_server)) == {}


# --- Bad bodies on the forms -------------------------------------------------

NOMINATION = {
    "nominee_name": "王秀英",
    "category": "helping-others",
    "deed": "王阿姨十年来每天早上给楼里三位独居老人送早饭，下雨天还帮他们买菜、取药。",
    "nominator_name": "李建国",
    "nominator_phone": "13812345678",
    "consent": "on",
}
QUIZ = {"q1": "1", "q2": "2"}
FORM_FIELDS = {"nomination form": NOMINATION, "quiz": QUIZ}

URLENCODED = "application/x-www-form-urlencoded"
MULTIPART = "multipart/form-data; boundary=----kangle"


def multipart(fields):
    parts = [
        f'------kangle\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
        f"{value}\r\n"
        for name, value in fields.items()
    ]
    return ("".join(parts) + "------kangle--\r\n").encode()


def with_token(csrf, fields):
    return {**fields, "csrfmiddlewaretoken": csrf["token"]}


def urlencoded(fields, encoding="utf-8"):
    return urlencode(fields, encoding=encoding).encode()


def from_the_page(csrf, content_type=URLENCODED, token_header=False):
    """The headers of a post from the form's page: the browser's CSRF cookie,
    and the token as a header when the body cannot carry it."""
    headers = {"Cookie": csrf["cookie"], "Content-Type": content_type}
    if token_header:
        headers["X-CSRFToken"] = csrf["token"]
    return headers


# Each builds (headers, body) from the form's valid fields and the browser's
# CSRF cookie and token; every one of them must be refused.
BAD_POSTS = {
    "missing-CSRF-token": lambda fields, csrf: (
        from_the_page(csrf),
        urlencoded(fields),
    ),
    "CSRF-token-without-its-cookie": lambda fields, csrf: (
        {"Content-Type": URLENCODED},
        urlencoded(with_token(csrf, fields)),
    ),
    "wrong-CSRF-token": lambda fields, csrf: (
        from_the_page(csrf),
        urlencoded({**fields, "csrfmiddlewaretoken": "x" * 64}),
    ),
    "Origin-of-another-site": lambda fields, csrf: (
        {**from_the_page(csrf), "Origin": "http://evil.example"},
        urlencoded(with_token(csrf, fields)),
    ),
    "Host-of-another-site": lambda fields, csrf: (
        {**from_the_page(csrf), "Host": "evil.example"},
        urlencoded(with_token(csrf, fields)),
    ),
    "body-past-DATA_UPLOAD_MAX_MEMORY_SIZE": lambda fields, csrf: (
        from_the_page(csrf),
        urlencoded(with_token(csrf, fields))
        + b"&padding="
        + b"x" * DATA_UPLOAD_MAX_MEMORY_SIZE,
    ),
    "fields-past-DATA_UPLOAD_MAX_NUMBER_FIELDS": lambda fields, csrf: (
        from_the_page(csrf),
        urlencoded(with_token(csrf, fields))
        + b"".join(b"&f%d=1" % i for i in range(DATA_UPLOAD_MAX_NUMBER_FIELDS)),
    ),
    "multipart-without-boundary": lambda fields, csrf: (
        from_the_page(csrf, "multipart/form-data", token_header=True),
        multipart(fields),
    ),
    "multipart-cut-short": lambda fields, csrf: (
        from_the_page(csrf, MULTIPART, token_header=True),
        multipart(fields)[:-40],
    ),
    "multipart-with-garbled-part-headers": lambda fields, csrf: (
        from_the_page(csrf, MULTIPART, token_header=True),
        multipart(fields).replace(b"Content-Disposition", b"\x00\xff"),
    ),
    "JSON-instead-of-a-form": lambda fields, csrf: (
        from_the_page(csrf, "application/json", token_header=True),
        json.dumps(fields).encode(),
    ),
    "binary-text-plain": lambda fields, csrf: (
        from_the_page(csrf, "text/plain", token_header=True),
        bytes(range(256)),
    ),
    "form-declared-in-GBK": lambda fields, csrf: (
        from_the_page(csrf, f"{URLENCODED}; charset=gbk"),
        urlencoded(with_token(csrf, fields), encoding="gbk"),
    ),
    "invalid-UTF-8-in-every-field": lambda fields, csrf: (
        from_the_page(csrf),
        urlencoded(with_token(csrf, fields))
        + b"".join(b"&" + name.encode() + b"=%CD%F5%FF" for name in fields),
    ),
    "NUL-bytes-and-injections-in-every-field": lambda fields, csrf: (
        from_the_page(csrf),
        urlencoded(
            with_token(
                csrf,
                {
                    **dict.fromkeys(fields, "\x00<script>' OR 1=1 --"),
                    "compound": "9" * 30,
                    "submission_key": "\x00" * 40,
                },
            )
        ),
    ),
    "honeypot-filled-by-a-robot": lambda fields, csrf: (
        from_the_page(csrf),
        urlencoded(with_token(csrf, {**fields, "website": "http://spam.example"})),
    ),
}


@pytest.mark.parametrize("post", BAD_POSTS.values(), ids=BAD_POSTS.keys())
@pytest.mark.parametrize("form", FORM_FIELDS.keys())
def test_a_bad_form_post_is_refused_and_stores_nothing(
    demo_server, form_paths, csrf, form, post
):
    headers, body = post(FORM_FIELDS[form], csrf)
    before = row_counts(demo_server)
    answer = demo_server.send("POST", form_paths[form], body, headers)
    assert answer.status < 500
    assert stored_rows(before, row_counts(demo_server)) == {}


def test_a_body_django_cannot_read_gets_the_sites_400_page(
    demo_server, form_paths, csrf
):
    for name in ("body-past-DATA_UPLOAD_MAX_MEMORY_SIZE", "form-declared-in-GBK"):
        headers, body = BAD_POSTS[name](NOMINATION, csrf)
        answer = demo_server.send("POST", form_paths["nomination form"], body, headers)
        assert answer.status == 400, name
        assert "抱歉，这次请求无法处理" in answer.body.decode(), name


# The praise button carries no CSRF token (home/same_origin.py): what a post
# from another site looks like, each with a body that must not matter.
PRAISES_FROM_ELSEWHERE = {
    "no-Origin-or-Referer": {},
    "Origin-of-another-site": {"Origin": "http://evil.example"},
    "Referer-of-another-site": {"Referer": "http://evil.example/page"},
    "Origin-null": {"Origin": "null"},
    "malformed-Referer": {"Referer": "http://[::1/page"},
    "malformed-Origin": {"Origin": "http://[::1"},
    "Sec-Fetch-Site-cross-site": {"Sec-Fetch-Site": "cross-site"},
    "Sec-Fetch-Site-same-site": {"Sec-Fetch-Site": "same-site"},
    "Host-of-another-site": {"Host": "evil.example", "Sec-Fetch-Site": "same-origin"},
}
PRAISE_BODIES = {
    "empty": ({}, b""),
    "oversized": (
        {"Content-Type": URLENCODED},
        b"a=" + b"x" * DATA_UPLOAD_MAX_MEMORY_SIZE,
    ),
    "broken-multipart": ({"Content-Type": "multipart/form-data"}, b"\xff\x00"),
    "GBK-form": ({"Content-Type": f"{URLENCODED}; charset=gbk"}, b"a=%CD%F5"),
}


@pytest.mark.parametrize(
    "body", PRAISE_BODIES.values(), ids=[f"{k}-body" for k in PRAISE_BODIES]
)
@pytest.mark.parametrize(
    "origin", PRAISES_FROM_ELSEWHERE.values(), ids=PRAISES_FROM_ELSEWHERE.keys()
)
def test_a_praise_from_another_site_is_refused_and_stores_nothing(
    demo_server, form_paths, origin, body
):
    body_headers, content = body
    before = row_counts(demo_server)
    answer = demo_server.send(
        "POST", form_paths["praise"], content, {**origin, **body_headers}
    )
    assert answer.status in (400, 403)
    assert stored_rows(before, row_counts(demo_server)) == {}


def test_a_post_to_a_missing_praise_address_gets_the_404_page_whatever_its_body(
    demo_server, csrf
):
    """The praise view takes no CSRF token and so never reads the body; the
    404 page must not read it either (Django's own checks the token)."""
    for name, (headers, content) in PRAISE_BODIES.items():
        answer = demo_server.send(
            "POST",
            "/praise/999999999999/",
            content,
            {"Cookie": csrf["cookie"], **headers},
        )
        assert answer.status == 404, name
        assert "抱歉，页面没有找到" in answer.body.decode(), name


# --- The counting sees what is stored ------------------------------------------


def test_what_the_forms_accept_is_counted(demo_server, form_paths, csrf):
    """The same posts, done right, store a row each: the checks above would
    see a refused request that stored something."""
    before = row_counts(demo_server)
    nomination = demo_server.send(
        "POST",
        form_paths["nomination form"],
        urlencoded(with_token(csrf, NOMINATION)),
        from_the_page(csrf),
    )
    praise = demo_server.send(
        "POST",
        form_paths["praise"],
        b"",
        {"Sec-Fetch-Site": "same-origin"},
    )
    assert (nomination.status, praise.status) == (302, 200)
    stored = stored_rows(before, row_counts(demo_server))
    assert stored["culture.Nomination"] == 1
    assert stored["culture.Praise"] == 1
