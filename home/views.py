import re

from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_safe
from wagtail.models import Page

from home.pagination import paginate
from home.reading_aids import COOKIE_MAX_AGE, READING_AIDS

MAX_QUERY_LENGTH = 100
# Punctuation and control characters carry no meaning for a resident's search but
# are syntax to the full-text engines, so they become spaces.
NON_WORD = re.compile(r"[^\w\s]|[\x00-\x1f\x7f]")


def clean_query(raw):
    return " ".join(NON_WORD.sub(" ", raw).split())[:MAX_QUERY_LENGTH]


@require_safe
def search(request):
    query = clean_query(request.GET.get("q", ""))
    results = (
        Page.objects.live().public().specific().search(query)
        if query
        else Page.objects.none()
    )
    return render(
        request,
        "home/search_results.html",
        {"search_query": query, "results": paginate(request, results)},
    )


@require_safe
def set_reading_preference(request, aid, choice):
    """Remember a text size or contrast choice and return to the page it came from."""
    reading_aid = READING_AIDS.get(aid)
    if reading_aid is None or choice not in reading_aid.choices:
        raise Http404("没有这个阅读设置")
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = redirect(target)
    response.set_cookie(
        reading_aid.cookie, choice, max_age=COOKIE_MAX_AGE, samesite="Lax"
    )
    return response


@require_safe
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /reading-aids/",
        "Disallow: /search/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
def favicon(request):
    return redirect(staticfiles_storage.url("home/img/favicon.ico"), permanent=True)
