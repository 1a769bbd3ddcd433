"""WSGI entry point. `site/` is on the import path, never imported as `site`."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from django.core.wsgi import get_wsgi_application

from settings import configure_or_exit

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.production")
configure_or_exit()

application = get_wsgi_application()
