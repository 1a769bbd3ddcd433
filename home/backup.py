"""One archive holds the whole site: the database (``pg_dump``'s custom format
on PostgreSQL, a consistent copy of the file on SQLite) and the uploaded media.
``restore`` puts both back into the configured database and media folder."""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

from home.database import refresh_planner_statistics

DATABASE_MEMBER = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
MANIFEST_MEMBER = "manifest.json"
MEDIA_MEMBER = "media"


class BackupError(Exception):
    pass


def _postgres_environment():
    """libpq's own variables, so no password appears on a command line."""
    params = connection.settings_dict
    env = {**os.environ, "PGDATABASE": params["NAME"]}
    for key, name in (
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
    ):
        if params.get(key):
            env[name] = str(params[key])
    return env


def _run(command):
    result = subprocess.run(
        command, env=_postgres_environment(), capture_output=True, text=True
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]}: {result.stderr.strip()}")


def _dump_database(target):
    if connection.vendor == "postgresql":
        _run(["pg_dump", "--format=custom", "--no-owner", f"--file={target}"])
    else:
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:
            connection.connection.backup(copy)


def _load_database(source):
    if connection.vendor == "postgresql":
        database = connection.settings_dict["NAME"]
        _run(
            [
                *("pg_restore", "--clean", "--if-exists", "--no-owner"),
                f"--dbname={database}",
                str(source),
            ]
        )
        # pg_restore leaves the planner without statistics for the new rows.
        refresh_planner_statistics()
    else:
        connection.close()
        shutil.copyfile(source, settings.DATABASES["default"]["NAME"])


def create_backup(folder):
    """Write ``kangle-<time>.tar.gz`` into ``folder``; returns its path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    archive = folder / f"kangle-{stamp}.tar.gz"
    member = DATABASE_MEMBER[connection.vendor]
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / member
        _dump_database(dump)
        manifest = Path(work) / MANIFEST_MEMBER
        manifest.write_text(
            json.dumps({"engine": connection.vendor, "created": stamp}), "utf-8"
        )
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(manifest, MANIFEST_MEMBER)
            tar.add(dump, member)
            if Path(settings.MEDIA_ROOT).is_dir():
                tar.add(settings.MEDIA_ROOT, MEDIA_MEMBER)
    return archive


def restore_backup(archive):
    """Replace the database and the media folder with the archive's."""
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive) as tar:
        tar.extractall(work, filter="data")
        manifest = json.loads((Path(work) / MANIFEST_MEMBER).read_text("utf-8"))
        if manifest["engine"] != connection.vendor:
            raise BackupError(
                f"备份来自 {manifest['engine']} 数据库，"
                f"不能恢复到 {connection.vendor}。"
            )
        _load_database(Path(work) / DATABASE_MEMBER[connection.vendor])
        media = Path(work) / MEDIA_MEMBER
        if media.is_dir():
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
