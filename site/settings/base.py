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

INSTALLED_APPS = [
    "home",
    "culture",
    "legal",
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.reading_aids.VaryOnReadingAidsMiddleware",
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
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文")]
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
WAGTAILDOCS_EXTENSIONS = [
    *("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp"),
    *("jpg", "jpeg", "png"),
]
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.forms.ImageForm"
# Photos from a phone fit; a scan of a poster at print resolution does not.
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
WAGTAIL_DATE_FORMAT = "%Y-%m-%d"
WAGTAIL_DATETIME_FORMAT = "%Y-%m-%d %H:%M"

# Walking times in the legal-service directory: streets are about a third longer
# than the straight line, and an elderly resident walks about 50 metres a minute.
WALKING_DETOUR_FACTOR = 1.3
WALKING_METRES_PER_MINUTE = 50

# A legal-education article is due for another lawyer's review after a year.
LEGAL_REVIEW_MAX_AGE_DAYS = 365

CSRF_FAILURE_VIEW = "home.views.csrf_failure"

# A page goes live when its workflow's last step approves it (see
# home/migrations/0005_editorial_roles_and_workflows.py).
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.workflow_actions.publish_approved"
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True

# 人人赞好人 and 人人推好人: how many praises and nominations one address may
# send in a window of seconds before it is asked to wait.
PRAISE_RATE_LIMIT = (20, 60)
NOMINATION_RATE_LIMIT = (5, 3600)
# A nominator's name and phone are erased this many days after the decision.
NOMINATION_CONTACT_RETENTION_DAYS = 90

# Only the account loader of the development settings sets a password.
DEMO_ADMIN_PASSWORD = None
