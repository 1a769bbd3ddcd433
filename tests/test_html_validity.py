"""Every page type and HTML route of the demo site, and its 404 page, is valid
HTML by the Nu HTML Checker (vnu), the checker behind validator.w3.org.

vnu is a Java program from the npm package vnu-jar, which ``make test``
installs under .venv/npm. Without Java or the jar the test is skipped with the
reason, except in CI (``CI`` set), where that is a failure."""

import json
import os
import shutil
import subprocess
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.demo_server import NOT_FOUND_PATH, PROJECT_DIR

VNU_JAR = PROJECT_DIR / ".venv/npm/node_modules/vnu-jar/build/dist/vnu.jar"
MISSING_PAGE = "404 page"


@pytest.fixture(scope="session")
def vnu():
    java = shutil.which("java")
    if java is None:
        reason = "未找到 Java：apt-get install default-jre-headless 后可检查 HTML"
    elif not VNU_JAR.is_file():
        reason = "未找到 vnu.jar：运行 make test 会用 npm 安装 vnu-jar"
    else:
        # A short run: the client compiler alone starts in a third of the time,
        # and its larger frames need more than the default stack for vnu's schema.
        return [java, "-Xss4m", "-XX:TieredStopAtLevel=1", "-jar", str(VNU_JAR)]
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI requires the HTML check)")
    pytest.skip(reason)


def test_every_page_is_valid_html(vnu, demo_server, tmp_path):
    pages = {**demo_server.html_paths(), MISSING_PAGE: NOT_FOUND_PATH}
    with ThreadPoolExecutor(max_workers=4) as pool:
        fetched = pool.map(demo_server.get, pages.values())
        replies = dict(zip(pages, fetched, strict=True))
    statuses = {name: reply.status for name, reply in replies.items()}
    assert statuses == {name: 404 if name == MISSING_PAGE else 200 for name in pages}

    names = {}
    for number, (name, reply) in enumerate(replies.items()):
        file = tmp_path / f"page-{number}.html"
        file.write_bytes(reply.body)
        names[file.name] = name
    # One run over every file: the JVM starts once.
    checked = subprocess.run(
        [*vnu, "--errors-only", "--format", "json", *sorted(tmp_path.iterdir())],
        capture_output=True,
        text=True,
    )
    # vnu writes its JSON report to standard error.
    try:
        messages = json.loads(checked.stderr)["messages"]
    except json.JSONDecodeError:
        pytest.fail(f"vnu gave no report:\n{checked.stderr}")

    errors = defaultdict(list)
    for message in messages:
        name = names.get(message.get("url", "").rsplit("/", 1)[-1], "vnu")
        extract = " ".join(message.get("extract", "").split())
        errors[f"{name} {pages.get(name, '')}"].append(
            f"  line {message.get('lastLine', '?')}: {message['message']} [{extract}]"
        )
    assert not errors, "\n".join(
        "\n".join([page, *lines]) for page, lines in sorted(errors.items())
    )
