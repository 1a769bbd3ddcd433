"""Settings shared by every environment; each value an operator may change comes
from the environment so that one codebase serves SQLite and PostgreSQL alike."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

SITE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = SITE_DIR.parent


def env_list(name, default=""):
    items = (item.strip() for item in os.environ.get(name, default).split(","))
    return [item for item in items if item]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def missing_env(name):
    return ImproperlyConfigured(
        f"缺少环境变量 {name}，请先设置后再启动。 / Set the {name} environment "
        "variable before starting."
    )


def require_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise missing_env(name)
    return value


def require_env_list(name):
    values = env_list(name)
    if not values:
        raise missing_env(name)
    return values


DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

# The admin's address: a site on the open internet may move it off /admin/.
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin").strip("/")

INSTALLED_APPS = [
    "home",
    "culture",
    "legal",
    "consultation",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "home.request_log.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "home.security_headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "home.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.reading_aids.VaryOnReadingAidsMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "urls"
WSGI_APPLICATION = "wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.reading_aids.reading_preferences",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's JIT compiler spends far longer compiling a query whose
    # joins it overestimates than running it (ADR 0007).
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} -c jit=off".strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_VALIDATION = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{PASSWORD_VALIDATION}.UserAttributeSimilarityValidator"},
    {
        "NAME": "home.password_validation.ChineseMinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": f"{PASSWORD_VALIDATION}.CommonPasswordValidator"},
    {"NAME": f"{PASSWORD_VALIDATION}.NumericPasswordValidator"},
]

# Admin logins: after five failures for one account from one address, that
# pair is locked out for an hour (django-axes), with a Chinese page saying so.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "account_locked.html"
AXES_RESET_ON_SUCCESS = True

# Behind nginx every request comes from 127.0.0.1; the proxy passes the
# visitor's address in this header (docs/deploy/nginx.conf). Left empty, the
# address is the connection's own.
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "")
AXES_CLIENT_IP_CALLABLE = "home.rate_limit.client_address"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
# The strings editors see that Wagtail's own Chinese catalogue leaves in
# English (docs/decisions/0008-admin-translations.md).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static-collected"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploaded files are served by Django only off production, where nginx or the
# object store serves them (docs/deploy.md).
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=DEBUG)

# Development and tests serve static files straight from the apps; production
# replaces this with whitenoise's compressed manifest storage.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The page editor posts one field per block; long StreamFields exceed Django's 1,000.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "康乐社区网"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Chinese text is segmented before it reaches the index (home/text.py), so the
# database's own parser only splits on spaces: 'simple' keeps words as they are.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "simple",
    },
}
# Every document is a download: an uploaded HTML or PDF never opens as a page
# of this site.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
# Every download goes through the site's own view, after the check of its
# collection's privacy; on object storage Wagtail would otherwise send the
# visitor to the bucket, where nothing is checked.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = [
    *("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp"),
    *("jpg", "jpeg", "png"),
]
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.ImageForm"
# Photos from a phone fit; a scan of a poster at print resolution does not.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
# The dashboard would ask Wagtail's servers abroad for a newer release (a request
# the admin's CSP refuses) and announce it in English.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Avatars come from the site itself: the admin's CSP allows no other image
# host, and gravatar.com is unreliable from China.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"

# Walking times in the legal-service directory: streets are about a third longer
# than the straight line, and an elderly resident walks about 50 metres a minute.
WALKING_DETOUR_FACTOR = 1.3
WALKING_METRES_PER_MINUTE = 50

# A legal-education article is due for another lawyer's review after a year.
LEGAL_REVIEW_MAX_AGE_DAYS = 365

CSRF_FAILURE_VIEW = "home.views.csrf_failure"

# Cache: Redis when REDIS_URL is set (shared by every worker and server, so rate
# limits and the page cache hold across them), this process's memory otherwise.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "kangle",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Full pages for anonymous visitors (home/page_cache.py); 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", 600))
# Never from the page cache: answers that depend on the moment or the person.
PAGE_CACHE_SKIP = [
    f"/{ADMIN_PATH}/",
    "/search/",
    "/praise/",
    "/documents/",
    "/reading-aids/",
]
WAGTAILFRONTENDCACHE = {
    "page-cache": {"BACKEND": "home.page_cache.PageCacheBackend"},
}

# Security headers beyond Django's own (home/security_headers.py). QR codes are
# SVG data URIs, so images may come from data: as well.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY,
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-ancestors": ["'self'"],
}
PERMISSIONS_POLICY_DENY = [
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "interest-cohort",
]
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# Mail (workflow notices to editors) goes out by SMTP when a server is named;
# otherwise it is written to the log.
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 465))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", default=True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

# One line per request and every error with its request, on stdout.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "line",
        },
    },
    "root": {"handlers": ["stdout"], "level": "WARNING"},
    "loggers": {
        "kangle.requests": {
            "handlers": ["stdout"],
            "level": os.environ.get("REQUEST_LOG_LEVEL", "INFO"),
            "propagate": False,
        },
        "django.request": {"level": "ERROR"},
    },
}

# A page goes live when its workflow's last step approves it (see
# home/migrations/0005_editorial_roles_and_workflows.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.workflow_actions.publish_approved"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True

# 人人赞好人 and 人人推好人: how many praises and nominations one address may
# send in a window of seconds before it is asked to wait.
PRAISE_RATE_LIMIT = (20, 60)
NOMINATION_RATE_LIMIT = (5, 3600)
# How many praises one address may add to one role model in a window of
# seconds (a day), however many browsers (or cookie-less requests) it sends
# them from.
PRAISE_DAILY_LIMIT = (10, 24 * 60 * 60)
# 议事 results: residents rate a topic's published result for this many days
# after it is published, with the same allowances as praise.
TOPIC_RATING_OPEN_DAYS = 30
TOPIC_RATING_RATE_LIMIT = (20, 60)
TOPIC_RATING_DAILY_LIMIT = (10, 24 * 60 * 60)
# Guesses at one page's or document collection's password from one address in
# a window of seconds.
PAGE_PASSWORD_RATE_LIMIT = (10, 900)
# Wagtail's password forms for pages and documents, in the site's frame.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"
# A nominator's name and phone are erased this many days after the decision,
# or this many days after submission while the nomination is still undecided.
NOMINATION_CONTACT_RETENTION_DAYS = 90
NOMINATION_PENDING_CONTACT_RETENTION_DAYS = 180

# Only the account loader of the development settings sets a password.
DEMO_ADMIN_PASSWORD = None
