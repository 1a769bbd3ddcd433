from django.conf import settings
from django.urls import include, path, re_path
from django.views.decorators.http import require_safe
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from consultation import views as consultation_views
from culture import views as culture_views
from home import routing
from home import views as home_views
from home.sitemaps import SITEMAPS

urlpatterns = [
    path(f"{settings.ADMIN_PATH}/", include(wagtailadmin_urls)),
    # Wagtail's own addresses of the password forms for documents and pages,
    # answered with a bound on guesses before Wagtail's patterns see them.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        home_views.authenticate_document_password,
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", home_views.search, name="search"),
    path("privacy/", home_views.privacy, name="privacy"),
    path("site-map/", home_views.site_map, name="site_map"),
    path(
        "reading-aids/<str:aid>/<str:choice>/",
        home_views.set_reading_preference,
        name="reading_aid",
    ),
    # Twelve digits at most: a longer number is no page id (and overflows SQLite).
    re_path(r"^praise/(?P<page_id>[0-9]{1,12})/$", culture_views.praise, name="praise"),
    re_path(
        r"^topic-rating/(?P<page_id>[0-9]{1,12})/$",
        consultation_views.rate,
        name="topic_rating",
    ),
    path(
        "_util/authenticate_with_password/<int:restriction_id>/<int:page_id>/",
        home_views.authenticate_page_password,
    ),
    path(
        "sitemap.xml",
        require_safe(sitemap),
        {"sitemaps": SITEMAPS},
        name="sitemap",
    ),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# Pages are routed by the site (home/routing.py); Wagtail's patterns still name
# the page view for reverse() and serve its front-end login.
urlpatterns += [
    re_path(wagtail_urls.serve_pattern, routing.serve),
    path("", include(wagtail_urls)),
]

handler400 = "home.views.bad_request"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
