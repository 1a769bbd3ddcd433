"""Local development: debug on, SQLite unless DATABASE_URL says otherwise."""

import os

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = env_bool("DEBUG", default=True)
SERVE_MEDIA = True
# Editors and developers see every change at once.
PAGE_CACHE_SECONDS = 0
SECRET_KEY = os.environ.get(
    "SECRET_KEY", "dev-only-insecure-key-never-use-in-production"
)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
DEMO_ADMIN_PASSWORD = "kangle-demo-2026"
