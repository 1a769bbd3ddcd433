"""Production: every secret and host comes from the environment, or the site
refuses to start. Behind nginx (docs/deploy/nginx.conf), which terminates
HTTPS and says so in X-Forwarded-Proto."""

import os

from .base import *  # noqa: F403
from .base import env_bool, require_env, require_env_list

DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = require_env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 365 * 24 * 60 * 60))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Only a request to hstspreload.org puts the domain on browsers' preload lists.
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
# Several app servers share uploads through S3-compatible object storage
# (django-storages) once a bucket is named; credentials come the same way.
# The bucket is private but for image renditions (images/), which its policy
# opens to everyone (docs/deploy/bucket-policy.json): their plain, unsigned
# URLs stay valid in cached pages, feeds and shared links. Objects get no ACL
# of their own (None): buckets with ACLs switched off refuse any, and a
# public-read one would open documents to whoever learns the key. Documents
# leave only through the site (WAGTAILDOCS_SERVE_METHOD).
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_STORAGE_BUCKET_NAME = os.environ["AWS_STORAGE_BUCKET_NAME"]
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_QUERYSTRING_AUTH = False
    AWS_DEFAULT_ACL = None
    AWS_S3_FILE_OVERWRITE = False

WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
# Hashed names never change content: browsers may keep them for a year.
WHITENOISE_MAX_AGE = 365 * 24 * 60 * 60
