"""Settings per environment: base, dev, test, production."""

import sys


def configure_or_exit():
    """Load the settings; a missing or invalid variable stops the process with
    its one-line message (settings.base.missing_env) instead of a traceback."""
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.INSTALLED_APPS  # noqa: B018 - loading is the point
    except ImproperlyConfigured as error:
        sys.exit(str(error))
