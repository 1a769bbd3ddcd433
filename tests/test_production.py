"""The production configuration: it refuses to start half-configured, sends the
security headers, locks out password guessing, hides the admin where asked,
serves documents as downloads through the site (object storage included), and
answers a database outage with a styled 503.

Settings that only exist in ``settings.production`` are exercised in a
separate Python process started with that module and a real environment."""

import atexit
import functools
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import urllib.error
import urllib.request
from pathlib import Path

import boto3
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, SimpleTestCase, TestCase, override_settings
from django.urls import reverse
from moto.server import ThreadedMotoServer
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.builders import (
    build_editor,
    build_image,
    build_site,
    build_site_settings,
    sign_in_to_admin,
)
from tests.demo_server import PROJECT_DIR, database_url, last_json_line, manage
from tests.html import form_fields, soup

STRONG_SECRET = "k" * 20 + "-production-test-secret-with-enough-variety-0123456789"
# The browser tests' Playwright loop needs this, and a deployment must not have it.
CLEAN_ENV = {
    name: value
    for name, value in os.environ.items()
    if name != "DJANGO_ALLOW_ASYNC_UNSAFE"
}
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "settings.production",
    "SECRET_KEY": STRONG_SECRET,
    "ALLOWED_HOSTS": "kangle.example.cn",
}


def run_manage(*args, env):
    return manage(*args, env={**CLEAN_ENV, **env}, timeout=120)


@functools.cache
def collected_static_root():
    """Static files collected with the production storage, as a deployment has
    them (the error pages name hashed files from its manifest)."""
    root = tempfile.mkdtemp(prefix="kangle-static-")
    atexit.register(shutil.rmtree, root, ignore_errors=True)
    result = run_manage(
        "collectstatic", "--noinput", "-v0", env={**PRODUCTION_ENV, "STATIC_ROOT": root}
    )
    assert result.returncode == 0, result.stderr
    return root


def production_requests(requests, **env):
    """Send (method, path, headers) requests, or (method, path, headers, form
    data), through one Django test client (cookies kept from one request to
    the next) in a process running settings.production; returns status,
    headers and text."""
    script = textwrap.dedent(
        f"""
        import json, sys
        sys.path[:0] = ["site", "."]
        import django
        django.setup()
        from django.test import Client
        client = Client(HTTP_HOST="kangle.example.cn", raise_request_exception=False)
        answers = []
        for method, path, headers, *data in {requests!r}:
            response = getattr(client, method)(path, *data, headers=headers)
            answers.append({{
                "status": response.status_code,
                "headers": dict(response.headers),
                "text": b"".join(response).decode(errors="replace"),
            }})
        print(json.dumps(answers))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT_DIR,
        env={
            **CLEAN_ENV,
            **PRODUCTION_ENV,
            "STATIC_ROOT": collected_static_root(),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return last_json_line(result.stdout)


class StartupTest(TestCase):
    def test_a_missing_secret_or_host_stops_with_one_line_in_chinese_and_english(self):
        for missing in ("SECRET_KEY", "ALLOWED_HOSTS"):
            with self.subTest(missing=missing):
                env = {**PRODUCTION_ENV, missing: ""}
                result = run_manage("check", env=env)
                self.assertEqual(result.returncode, 1)
                self.assertEqual(
                    result.stderr.strip(),
                    f"缺少环境变量 {missing}，请先设置后再启动。 / Set the "
                    f"{missing} environment variable before starting.",
                )

    def test_the_deployment_checklist_has_nothing_to_say(self):
        # Checked only, never connected to: the workers' shared cache.
        env = {**PRODUCTION_ENV, "REDIS_URL": "redis://127.0.0.1:6379/13"}
        result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("no issues (0 silenced)", result.stdout)

    def test_object_storage_is_switched_on_by_the_environment(self):
        env = {
            **PRODUCTION_ENV,
            "AWS_STORAGE_BUCKET_NAME": "kangle-media",
            "AWS_S3_ENDPOINT_URL": "https://oss.example.cn",
            "REDIS_URL": "redis://127.0.0.1:6379/13",
        }
        result = run_manage("check", "--deploy", "--fail-level", "WARNING", env=env)
        self.assertEqual(result.returncode, 0, result.stderr)
        storage = run_manage(
            "shell",
            "--no-imports",
            "-c",
            "from django.core.files.storage import storages; s = storages['default']; "
            "print(type(s).__name__, s.bucket_name, s.url('images/a.jpg'))",
            env=env,
        )
        self.assertEqual(
            storage.stdout.split(),
            [
                "S3Storage",
                "kangle-media",
                "https://oss.example.cn/kangle-media/images/a.jpg",
            ],
        )


class ProductionServingTest(TestCase):
    def test_plain_http_is_sent_to_https_and_https_gets_the_security_headers(self):
        plain, secure = production_requests(
            [
                ("get", "/robots.txt", {}),
                ("get", "/robots.txt", {"X-Forwarded-Proto": "https"}),
            ]
        )
        self.assertEqual(plain["status"], 301)
        self.assertEqual(
            plain["headers"]["Location"], "https://kangle.example.cn/robots.txt"
        )
        self.assertEqual(secure["status"], 200)
        headers = secure["headers"]
        self.assertEqual(
            headers["Strict-Transport-Security"],
            "max-age=31536000; includeSubDomains; preload",
        )
        self.assertEqual(headers["X-Content-Type-Options"], "nosniff")
        self.assertEqual(headers["Referrer-Policy"], "strict-origin-when-cross-origin")
        self.assertIn("camera=()", headers["Permissions-Policy"])
        self.assertIn("script-src 'self';", headers["Content-Security-Policy"])

    def test_the_admin_moves_to_the_configured_path(self):
        result = run_manage(
            "shell",
            "--no-imports",
            "-c",
            "from django.urls import resolve, reverse; "
            "print(reverse('wagtailadmin_login'), resolve('/admin/login/').view_name)",
            env={**PRODUCTION_ENV, "ADMIN_PATH": "bangong-7f3c"},
        )
        # The old address is left to the site's page view, where nothing lives.
        self.assertEqual(
            result.stdout.split(), ["/bangong-7f3c/login/", "home.routing.serve"]
        )

    def test_a_database_outage_gets_a_styled_503_page(self):
        # Nothing listens on port 1 (PostgreSQL) and no folder is named so
        # (SQLite): either way the database cannot be reached.
        for url in (
            "postgres://postgres@127.0.0.1:1/kangle",
            "sqlite:////nonexistent-folder/kangle.sqlite3",
        ):
            with self.subTest(url=url.split(":")[0]):
                (answer,) = production_requests(
                    [("get", "/", {"X-Forwarded-Proto": "https"})],
                    DATABASE_URL=url,
                )
                self.assertEqual(answer["status"], 503)
                self.assertEqual(answer["headers"]["Retry-After"], "60")
                self.assertIn("网站暂时无法访问", answer["text"])
                self.assertRegex(
                    answer["text"], r'href="/static/home/css/site\.\w+\.css"'
                )
                self.assertNotIn("Traceback", answer["text"])

    def test_static_files_have_hashed_compressed_copies_cached_for_a_year(self):
        manifest = Path(collected_static_root()) / "staticfiles.json"
        hashed = json.loads(manifest.read_text())["paths"]["home/css/site.css"]
        (css,) = production_requests(
            [
                (
                    "get",
                    f"/static/{hashed}",
                    {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"},
                )
            ]
        )
        self.assertEqual(css["status"], 200)
        self.assertEqual(css["headers"]["Content-Encoding"], "gzip")
        self.assertIn("max-age=31536000", css["headers"]["Cache-Control"])
        self.assertIn("immutable", css["headers"]["Cache-Control"])


class PublicPageHeadersTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()
        build_site_settings()

    def test_the_public_site_allows_no_inline_script_and_the_admin_its_own_policy(self):
        policy = self.client.get("/")["Content-Security-Policy"]
        directives = dict(directive.split(" ", 1) for directive in policy.split("; "))
        self.assertEqual(directives["script-src"], "'self'")
        self.assertEqual(directives["style-src"], "'self'")
        self.assertEqual(directives["frame-ancestors"], "'none'")
        admin_policy = self.client.get("/admin/login/")["Content-Security-Policy"]
        self.assertIn("'unsafe-inline'", admin_policy)

    def test_each_request_is_logged_on_one_line_with_its_time(self):
        with self.assertLogs("kangle.requests", "INFO") as logs:
            self.client.get("/?utm=1")
        (line,) = logs.output
        self.assertRegex(line, r"GET /\?utm=1 200 \d+ \d+\.\dms")


class AdminLoginLockoutTest(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_site()
        build_editor("zhangwei")
        build_editor("liming")

    def test_five_wrong_passwords_lock_the_account_from_that_address(self):
        for _ in range(4):
            response = sign_in_to_admin(self.client, "zhangwei", "wrong-password")
            self.assertEqual(response.status_code, 200)
        sign_in_to_admin(self.client, "zhangwei", "wrong-password")
        locked = sign_in_to_admin(self.client, "zhangwei", "password")
        self.assertEqual(locked.status_code, 429)
        self.assertContains(locked, "登录已暂停一小时", status_code=429)
        self.assertNotIn("_auth_user_id", self.client.session)

    def test_another_account_and_another_address_are_not_locked(self):
        for _ in range(5):
            sign_in_to_admin(self.client, "zhangwei", "wrong-password")
        self.assertRedirects(
            sign_in_to_admin(self.client_class(), "liming", "password"), "/admin/"
        )
        elsewhere = self.client_class(REMOTE_ADDR="10.0.0.8")
        self.assertRedirects(
            sign_in_to_admin(elsewhere, "zhangwei", "password"), "/admin/"
        )

    @override_settings(CLIENT_IP_HEADER="HTTP_X_REAL_IP")
    def test_behind_the_proxy_the_visitors_own_address_counts(self):
        for _ in range(5):
            sign_in_to_admin(
                self.client,
                "zhangwei",
                "wrong-password",
                headers={"X-Real-IP": "203.0.113.5"},
            )
        # Same proxy connection, another visitor: not locked out.
        other_visitor = sign_in_to_admin(
            self.client_class(),
            "zhangwei",
            "password",
            headers={"X-Real-IP": "203.0.113.77"},
        )
        self.assertRedirects(other_visitor, "/admin/")


class StaffPasswordTest(TestCase):
    """Staff passwords have at least twelve characters, asked for in Chinese
    where the admin creates an account and where staff change their own."""

    @classmethod
    def setUpTestData(cls):
        build_site()
        cls.editor = build_editor()

    def setUp(self):
        self.client.force_login(self.editor)

    def add_user(self, password):
        return self.client.post(
            reverse("wagtailusers_users:add"),
            {
                "username": "wangfang",
                "email": "wangfang@example.invalid",
                "first_name": "芳",
                "last_name": "王",
                "password1": password,
                "password2": password,
            },
        )

    def change_own_password(self, password):
        """The account page posts every settings panel at once."""
        account = reverse("wagtailadmin_account")
        fields = form_fields(soup(self.client.get(account)).find("form"))
        fields.update(
            {
                "name_email-first_name": "芳",
                "name_email-last_name": "王",
                "password-old_password": "password",
                "password-new_password1": password,
                "password-new_password2": password,
            }
        )
        return self.client.post(account, fields)

    def test_a_new_staff_account_needs_twelve_characters(self):
        response = self.add_user("xiangyun-7q")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "密码太短，至少需要 12 个字符。")
        self.assertFalse(get_user_model().objects.filter(username="wangfang").exists())

        self.assertEqual(self.add_user("xiangyun-7qz").status_code, 302)
        self.assertTrue(
            get_user_model()
            .objects.get(username="wangfang")
            .check_password("xiangyun-7qz")
        )

    def test_the_development_logins_meet_the_rule(self):
        development = importlib.import_module("settings.dev")
        for password in (development.DEMO_ADMIN_PASSWORD, settings.DEMO_ADMIN_PASSWORD):
            with self.subTest(password=password):
                validate_password(password)

    def test_staff_changing_their_password_need_twelve_characters(self):
        response = self.change_own_password("xiangyun-7q")
        self.assertContains(response, "密码太短，至少需要 12 个字符。")
        self.editor.refresh_from_db()
        self.assertTrue(self.editor.check_password("password"))

        self.assertRedirects(
            self.change_own_password("xiangyun-7qz"), reverse("wagtailadmin_account")
        )
        self.editor.refresh_from_db()
        self.assertTrue(self.editor.check_password("xiangyun-7qz"))


class DocumentDownloadTest(TestCase):
    def test_documents_are_served_as_downloads_never_inline(self):
        build_site()
        document = get_document_model().objects.create(
            title="法律援助申请表",
            file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="application.pdf"),
        )
        response = self.client.get(document.url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Disposition"].startswith("attachment"))
        self.assertEqual(response["X-Content-Type-Options"], "nosniff")


BUCKET = "kangle-media"
BUCKET_POLICY = PROJECT_DIR / "docs" / "deploy" / "bucket-policy.json"
HTTPS = {"X-Forwarded-Proto": "https"}
DOCUMENT_PASSWORD = "kangle-2026"
# What each uploaded document holds, so that a response can be told from the file.
DOCUMENT_FILES = {
    "public": b"%PDF-1.4\n% public notice\n%%EOF\n",
    "password": b"%PDF-1.4\n% committee minutes\n%%EOF\n",
    "login": b"%PDF-1.4\n% staff rota\n%%EOF\n",
}


def upload_documents_to_object_storage():
    """Run by DocumentsOnObjectStorageTest in a process with settings.production
    and its bucket: an editor uploads, through the admin, a public document, one
    into a collection behind a password and one into a collection for signed-in
    visitors; a page image gets its rendition. Prints their addresses and keys."""
    root = Collection.get_first_root_node()
    behind_password = root.add_child(name="居委会内部资料")
    password = CollectionViewRestriction.objects.create(
        collection=behind_password,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=DOCUMENT_PASSWORD,
    )
    signed_in_only = root.add_child(name="工作人员资料")
    CollectionViewRestriction.objects.create(
        collection=signed_in_only, restriction_type=CollectionViewRestriction.LOGIN
    )
    editor = Client(HTTP_HOST="kangle.example.cn")
    editor.force_login(build_editor())
    documents = {}
    for name, collection in [
        ("public", root),
        ("password", behind_password),
        ("login", signed_in_only),
    ]:
        response = editor.post(
            reverse("wagtaildocs:add"),
            {
                "title": f"社区文件 {name}",
                "collection": collection.pk,
                "file": SimpleUploadedFile(f"{name}.pdf", DOCUMENT_FILES[name]),
            },
            headers=HTTPS,
        )
        assert response.status_code == 302, response.content.decode()
        document = get_document_model().objects.get(collection=collection)
        documents[name] = {"url": document.url, "key": document.file.name}
    image = build_image()
    print(
        json.dumps(
            {
                "documents": documents,
                "password_form": reverse(
                    "wagtaildocs_authenticate_with_password", args=[password.pk]
                ),
                "original_image_key": image.file.name,
                "rendition_url": image.get_rendition("width-400").url,
            }
        )
    )


class DocumentsOnObjectStorageTest(SimpleTestCase):
    """Uploads in an S3-compatible bucket (moto's server on loopback) under
    settings.production: documents leave only through the site, after their
    collection's privacy check; the bucket gives anonymous visitors page images
    and nothing else."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        cls.addClassCleanup(server.stop)
        cls.endpoint = "http://{}:{}".format(*server.get_host_and_port())
        credentials = {
            "AWS_ACCESS_KEY_ID": "kangle-test",
            "AWS_SECRET_ACCESS_KEY": "kangle-test-secret",
        }
        s3 = boto3.client(
            "s3",
            endpoint_url=cls.endpoint,
            region_name="us-east-1",
            aws_access_key_id=credentials["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=credentials["AWS_SECRET_ACCESS_KEY"],
        )
        s3.create_bucket(Bucket=BUCKET)
        s3.put_bucket_policy(Bucket=BUCKET, Policy=BUCKET_POLICY.read_text())

        workdir = Path(tempfile.mkdtemp(prefix="kangle-object-storage-"))
        cls.addClassCleanup(shutil.rmtree, workdir, ignore_errors=True)
        url, drop_database = database_url(workdir)
        if drop_database:
            cls.addClassCleanup(drop_database)
        cls.env = {
            "DATABASE_URL": url,
            "AWS_STORAGE_BUCKET_NAME": BUCKET,
            "AWS_S3_ENDPOINT_URL": cls.endpoint,
            "AWS_S3_REGION_NAME": "us-east-1",
            **credentials,
        }
        env = {**PRODUCTION_ENV, **cls.env}
        migrated = run_manage("migrate", "--noinput", "-v0", env=env)
        assert migrated.returncode == 0, migrated.stderr
        uploaded = run_manage(
            "shell",
            "--no-imports",
            "-c",
            "from tests.test_production import upload_documents_to_object_storage; "
            "upload_documents_to_object_storage()",
            env=env,
        )
        assert uploaded.returncode == 0, uploaded.stderr
        cls.uploaded = last_json_line(uploaded.stdout)

    def anonymous_bucket_get(self, url):
        """The status and body a visitor without credentials gets from the bucket."""
        try:
            with urllib.request.urlopen(url, timeout=10) as reply:
                return reply.status, reply.read()
        except urllib.error.HTTPError as refusal:
            return refusal.code, b""

    def test_a_public_document_downloads_through_the_site_as_an_attachment(self):
        public = self.uploaded["documents"]["public"]
        (download,) = production_requests([("get", public["url"], HTTPS)], **self.env)
        self.assertEqual(download["status"], 200)
        self.assertTrue(
            download["headers"]["Content-Disposition"].startswith("attachment")
        )
        self.assertEqual(download["text"].encode(), DOCUMENT_FILES["public"])

    def test_a_restricted_document_answers_with_its_password_or_login_page(self):
        documents = self.uploaded["documents"]
        behind_password = documents["password"]["url"]
        asked, signed_in_only, passed, download = production_requests(
            [
                ("get", behind_password, HTTPS),
                ("get", documents["login"]["url"], HTTPS),
                (
                    "post",
                    self.uploaded["password_form"],
                    HTTPS,
                    {"password": DOCUMENT_PASSWORD, "return_url": behind_password},
                ),
                ("get", behind_password, HTTPS),
            ],
            **self.env,
        )
        self.assertEqual(asked["status"], 200)
        self.assertIn("这里需要密码", asked["text"])
        self.assertNotIn("committee minutes", asked["text"])
        self.assertEqual(signed_in_only["status"], 302)
        self.assertEqual(
            signed_in_only["headers"]["Location"],
            f"/_util/login/?next={documents['login']['url']}",
        )
        # The right password gives the file itself, still through the site.
        self.assertEqual(passed["status"], 302)
        self.assertEqual(passed["headers"]["Location"], behind_password)
        self.assertEqual(download["status"], 200)
        self.assertTrue(
            download["headers"]["Content-Disposition"].startswith("attachment")
        )
        self.assertEqual(download["text"].encode(), DOCUMENT_FILES["password"])

    def test_nothing_under_documents_comes_from_the_page_cache(self):
        # PAGE_CACHE_SKIP keeps /documents/ out, besides the cache's own
        # refusal of streamed files and of pages with a CSRF token: the
        # password form is also served on its own address, and a cached copy
        # would hand one visitor's token to the next.
        paths = [
            self.uploaded["documents"]["public"]["url"],
            self.uploaded["documents"]["password"]["url"],
            self.uploaded["password_form"],
        ]
        requests = [("get", path, HTTPS) for path in paths for _ in range(2)]
        answers = production_requests(requests, **self.env)
        for (_, path, _), answer in zip(requests, answers, strict=True):
            with self.subTest(path=path):
                self.assertEqual(answer["status"], 200)
                self.assertNotIn("X-Page-Cache", answer["headers"])

    def test_the_bucket_gives_anonymous_visitors_page_images_and_nothing_else(self):
        status, body = self.anonymous_bucket_get(self.uploaded["rendition_url"])
        self.assertEqual(status, 200)
        self.assertTrue(body.startswith(b"\x89PNG"))
        private_keys = [
            self.uploaded["original_image_key"],
            *(document["key"] for document in self.uploaded["documents"].values()),
        ]
        for key in private_keys:
            with self.subTest(key=key):
                status, _ = self.anonymous_bucket_get(f"{self.endpoint}/{BUCKET}/{key}")
                self.assertEqual(status, 403)
