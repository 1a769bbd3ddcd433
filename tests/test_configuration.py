"""Configuration comes from the environment; `site/` is on the import path and
never shadows the standard library's `site`."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import skipUnless

from django.conf import settings
from django.db import connection
from django.test import SimpleTestCase, TestCase

PROJECT_DIR = Path(__file__).resolve().parent.parent


def settings_value(module, expression, **environ):
    """Evaluate an expression against a settings module in a fresh interpreter."""
    return run_with(
        [sys.executable, "-c", f"import {module} as s; print({expression})"], **environ
    )


def run_with(command, **environ):
    """Run ``command`` in the project with only ``environ`` for its settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DATABASE_URL",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "REDIS_URL",
        }
    }
    env.update(environ, PYTHONPATH=f"{PROJECT_DIR / 'site'}{os.pathsep}{PROJECT_DIR}")
    return subprocess.run(
        command,
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


class ConfigurationTest(SimpleTestCase):
    def test_site_is_chinese_in_shanghai_time(self):
        self.assertEqual(settings.LANGUAGE_CODE, "zh-hans")
        self.assertEqual(settings.TIME_ZONE, "Asia/Shanghai")
        self.assertTrue(settings.USE_TZ)

    def test_standard_library_site_module_is_not_shadowed(self):
        import site

        import settings as project_settings

        self.assertIn("python3", Path(site.__file__).parent.name)
        self.assertEqual(
            Path(project_settings.__file__).parent.parent, PROJECT_DIR / "site"
        )

    def test_sqlite_is_the_default_database(self):
        result = settings_value("settings.dev", "s.DATABASES['default']['ENGINE']")
        self.assertEqual(result.stdout.strip(), "django.db.backends.sqlite3")

    def test_database_url_switches_to_postgresql(self):
        result = settings_value(
            "settings.dev",
            "s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME']",
            DATABASE_URL="postgres://postgres@127.0.0.1:5432/kangle",
        )
        self.assertEqual(result.stdout.strip(), "django.db.backends.postgresql kangle")

    def test_production_refuses_to_start_without_a_secret_key(self):
        result = settings_value("settings.production", "s.DEBUG", ALLOWED_HOSTS="x")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("缺少环境变量 SECRET_KEY", result.stderr)

    def test_production_takes_its_secrets_and_hosts_from_the_environment(self):
        result = settings_value(
            "settings.production",
            "s.DEBUG, s.ALLOWED_HOSTS",
            SECRET_KEY="from-the-environment",
            ALLOWED_HOSTS="kangle.example.cn,www.kangle.example.cn",
        )
        self.assertEqual(
            result.stdout.strip(),
            "False ['kangle.example.cn', 'www.kangle.example.cn']",
        )

    def test_the_deploy_check_asks_for_the_shared_cache(self):
        production = {
            "DJANGO_SETTINGS_MODULE": "settings.production",
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "kangle.example.cn",
        }
        check = [sys.executable, "manage.py", "check", "--deploy"]
        without_redis = run_with(check, **production)
        self.assertIn("kangle.W001", without_redis.stderr + without_redis.stdout)
        redis = "redis://127.0.0.1:6379/14"
        with_redis = run_with(check, REDIS_URL=redis, **production)
        self.assertNotIn("kangle.W001", with_redis.stderr + with_redis.stdout)

    def test_media_root_comes_from_the_environment(self):
        result = settings_value(
            "settings.dev", "s.MEDIA_ROOT", MEDIA_ROOT="/srv/kangle-media"
        )
        self.assertEqual(result.stdout.strip(), "/srv/kangle-media")


@skipUnless(connection.vendor == "postgresql", "a PostgreSQL setting")
class PostgreSQLConnectionTest(TestCase):
    def test_queries_are_not_jit_compiled(self):
        """PostgreSQL's JIT compiled the wide routing query for 0.3 s on each
        visit, to run it in a millisecond."""
        with connection.cursor() as cursor:
            cursor.execute("SHOW jit")
            self.assertEqual(cursor.fetchone()[0], "off")
