import sys
from collections import Counter
from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.db import InterfaceError, OperationalError
from django.db.models import F
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
    HttpResponseServerError,
)
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_safe
from wagtail import views as wagtail_views
from wagtail.contrib.search_promotions.models import Query as SearchPromotionQuery
from wagtail.documents.views import serve as wagtail_document_views
from wagtail.models import Page, Site, get_page_models
from wagtail.search.utils import normalise_query_string

from home import personal_data
from home.models import SearchSynonym, SiteSettings
from home.models.base import as_own_types, public_or_none, public_pages, site_pages
from home.pagination import paginate
from home.rate_limit import allow
from home.reading_aids import COOKIE_MAX_AGE, READING_AIDS
from home.request_params import text_param
from home.search import SiteSearch, sections_by_content_type
from home.sitemaps import site_map_tree

MAX_QUERY_LENGTH = 100
MAX_SECTION_LENGTH = 20
POPULAR_SEARCH_DAYS = 30
POPULAR_SEARCH_COUNT = 6
# A database that refuses connections or has gone away: the site is down, not broken.
DATABASE_OUTAGE = (OperationalError, InterfaceError)
RETRY_AFTER_OUTAGE_SECONDS = 60


def promoted_pages(query):
    """Live, public pages editors promoted for this query, in their order."""
    picks = (
        site_pages()
        .live()
        .public()
        .filter(searchpromotion__query__query_string=normalise_query_string(query))
        .annotate(pick_order=F("searchpromotion__sort_order"))
        .order_by("pick_order")
    )
    return as_own_types(picks, get_page_models())


def popular_searches():
    """The most searched queries of the last month among those editors have
    promoted results for: what anyone types is never shown unmoderated."""
    since = timezone.localdate() - timedelta(days=POPULAR_SEARCH_DAYS)
    popular = SearchPromotionQuery.get_most_popular(since).filter(
        editors_picks__page__in=public_pages()
    )
    return list(
        dict.fromkeys(query.query_string for query in popular[:POPULAR_SEARCH_COUNT])
    )


@require_safe
def search(request):
    query = text_param(request, "q", MAX_QUERY_LENGTH)
    site_search = SiteSearch(query, synonyms=SearchSynonym.objects.all())
    section_names = sections_by_content_type()
    matches = site_search.matches(site_pages().live().public())
    section_counts = Counter(section_names.get(ct) for _, ct in matches)

    section = text_param(request, "section", MAX_SECTION_LENGTH)
    invalid_section = ""
    if section and section not in section_names.values():
        invalid_section, section = section, ""
    if section:
        matches = [match for match in matches if section_names.get(match[1]) == section]

    results = paginate(request, [pk for pk, _ in matches])
    pages = {
        page.pk: page
        for page in as_own_types(
            Page.objects.filter(pk__in=results.object_list), get_page_models()
        )
    }
    results.object_list = [pages[pk] for pk in results.object_list if pk in pages]
    # Count a search once, when it is run, not when its results are paged.
    if section_counts and not section and "page" not in request.GET:
        SearchPromotionQuery.get(query).add_hit()

    return render(
        request,
        "home/search_results.html",
        {
            "search_query": query,
            "searched": bool(site_search.variant_words),
            "results": results,
            "hits": [
                {
                    "page": page,
                    "section": section_names.get(page.content_type_id),
                    "date": page.listing_date,
                    "title": site_search.highlight(page.title),
                    "snippet": site_search.snippet(page.get_snippet_texts()),
                }
                for page in results
            ],
            "total": section_counts.total(),
            "section_counts": dict(section_counts.most_common()),
            "section": section,
            "invalid_section": invalid_section,
            "promoted": promoted_pages(query) if results.number == 1 else [],
            "popular_searches": [] if section_counts else popular_searches(),
            "help_page": None
            if section_counts
            else public_or_none(SiteSettings.for_request(request).help_page),
        },
    )


def bound_password_guesses(kind, view):
    """Wagtail's password form ``view`` for a page or a document collection,
    with a bound on guesses: each address may try one restriction's password
    ``PAGE_PASSWORD_RATE_LIMIT`` times in a window, counted in the shared
    cache so that every worker sees the same count."""

    @require_http_methods(["GET", "HEAD", "POST"])
    @wraps(view)
    def bounded(request, restriction_id, **kwargs):
        limit, window = settings.PAGE_PASSWORD_RATE_LIMIT
        action = f"{kind}-password:{restriction_id}"
        if request.method == "POST" and not allow(request, action, limit, window):
            response = render(
                request,
                "password_limited.html",
                {"limit": limit, "minutes": max(1, window // 60)},
                status=429,
            )
            response["Retry-After"] = str(window)
            return response
        return view(request, restriction_id, **kwargs)

    return bounded


authenticate_page_password = bound_password_guesses(
    "page", wagtail_views.authenticate_with_password
)
authenticate_document_password = bound_password_guesses(
    "document", wagtail_document_views.authenticate_with_password
)


@require_safe
def set_reading_preference(request, aid, choice):
    """Remember a text size or contrast choice and return to the page it came from."""
    reading_aid = READING_AIDS.get(aid)
    if reading_aid is None or choice not in reading_aid.choices:
        raise Http404("没有这个阅读设置")
    target = request.GET.get("next", "/")
    # Only a path on this site: redirect() would take any other word for the
    # name of a URL pattern and fail on it.
    if not target.startswith("/") or not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        reading_aid.cookie, choice, max_age=COOKIE_MAX_AGE, samesite="Lax"
    )
    return response


@require_safe
def privacy(request):
    """隐私政策: the cookies and personal data every app registers
    (home/personal_data.py), with the community's contact for requests."""
    cookies, collected = personal_data.registered()
    return render(
        request,
        "home/privacy.html",
        {
            "visitor_cookies": [c for c in cookies if not c.staff_only],
            "staff_cookies": [c for c in cookies if c.staff_only],
            "collected": collected,
        },
    )


@require_safe
def site_map(request):
    """网站地图: the site's sections and the pages inside them, for readers
    (sitemap.xml is for search engines), with the pages the code serves
    beside the page tree."""
    site = Site.find_for_request(request)
    return render(
        request,
        "home/site_map.html",
        {"tree": site_map_tree(site.root_page) if site else None},
    )


@require_safe
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /reading-aids/",
        "Disallow: /search/",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


@require_safe
def favicon(request):
    return redirect(staticfiles_storage.url("home/img/favicon.ico"), permanent=True)


def csrf_failure(request, reason=""):
    """A form sent without its security token (an old tab, blocked cookies):
    said in Chinese in the site's style; what was typed is still in the
    browser, one step back. An editor whose admin form failed is led back to
    the admin rather than to the public home page."""
    admin_home = reverse("wagtailadmin_home")
    return render(
        request,
        "403_csrf.html",
        {"admin_home": admin_home if request.path.startswith(admin_home) else None},
        status=403,
    )


# The error pages. Django's own error views check the CSRF token, and so read
# the request body: a body that cannot be read (a form declared in another
# encoding, broken multipart) then fails inside the error page itself, and the
# visitor gets a bare 500 instead of a 400 or 404. These never read the body;
# the 400, 500 and 503 pages do not use the request or the database at all.


def bad_request(request, exception):
    return HttpResponseBadRequest(render_to_string("400.html"))


def page_not_found(request, exception):
    return render(request, "404.html", status=404)


def server_error(request):
    """500, or 503 when the database is out of reach (the exception being
    handled says which)."""
    if isinstance(sys.exc_info()[1], DATABASE_OUTAGE):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_OUTAGE_SECONDS)
        return response
    return HttpResponseServerError(render_to_string("500.html"))
