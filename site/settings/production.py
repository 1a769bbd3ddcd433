"""Production: every secret and host comes from the environment, or the site
refuses to start."""

from .base import *  # noqa: F403
from .base import env_list, require_env

DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or require_env("ALLOWED_HOSTS")
