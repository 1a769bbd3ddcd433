"""Production: every secret and host comes from the environment, or the site
refuses to start."""

from .base import *  # noqa: F403
from .base import require_env, require_env_list

DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = require_env_list("ALLOWED_HOSTS")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
