#!/usr/bin/env python
"""Django's command-line utility. Puts `site/` on the import path: the standard
library owns the name `site`, so the project's configuration is imported as
`settings.*`, `urls` and `wsgi`."""

import os
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.path.insert(0, str(PROJECT_DIR / "site"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.dev")

    from django.core.management import execute_from_command_line

    from settings import configure_or_exit

    configure_or_exit()
    execute_from_command_line(sys.argv)
