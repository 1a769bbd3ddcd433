"""The test suite: fast hashing, local-memory cache and a throw-away media folder."""

import atexit
import os
import shutil
import tempfile

from .base import *  # noqa: F403
from .base import env_list

DEBUG = False
SECRET_KEY = "test-only-insecure-key"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
DEMO_ADMIN_PASSWORD = "kangle-test-password"
# The demo server of the quality gates serves its images itself.
SERVE_MEDIA = True
# Tests render every request afresh; the page cache has tests of its own.
PAGE_CACHE_SECONDS = 0

MEDIA_ROOT = os.environ.get("MEDIA_ROOT") or tempfile.mkdtemp(prefix="kangle-media-")
if "MEDIA_ROOT" not in os.environ:
    atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
