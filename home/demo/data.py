"""The demo content's data files.

Each app keeps its demo content (示例内容) as TOML files under
``<app>/demo/data/``, written for the people who edit the texts: the loaders
turn them into pages and records. A file names a model's choice by its key
(``category = "helping-others"``) and never repeats the choice's label, which
the model defines. Bodies are lists of blocks, each a table whose ``type`` is
the block's name (``stream_data`` in ``home.demo.loader`` reads them)."""

import tomllib
from pathlib import Path

from django.apps import apps


def demo_data(app_label, name):
    """The demo data file ``<app>/demo/data/<name>.toml`` of the app
    ``app_label``, as a dict."""
    folder = Path(apps.get_app_config(app_label).path, "demo", "data")
    with (folder / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)
