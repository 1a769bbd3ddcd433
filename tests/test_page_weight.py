"""Pages stay light for old phones and slow connections: every page type's HTML
is under 60 KB, the stylesheets and scripts it loads are under 40 KB gzipped,
and no web font is downloaded (the site uses the system's Chinese fonts)."""

import gzip
import re

from bs4 import BeautifulSoup

MAX_HTML_BYTES = 60 * 1024
MAX_CSS_JS_GZIPPED_BYTES = 40 * 1024
FONT_FILE = re.compile(r"\.(woff2?|ttf|otf|eot)\b|@font-face", re.I)


def assets_of(html):
    page = BeautifulSoup(html, "html.parser")
    stylesheets = [link["href"] for link in page.select('link[rel~="stylesheet"]')]
    scripts = [script["src"] for script in page.select("script[src]")]
    return stylesheets + scripts


def test_every_page_type_is_light_and_uses_system_fonts(demo_server):
    heavy = []
    assets = {}
    for name, path in demo_server.html_paths().items():
        reply = demo_server.get(path)
        assert reply.status == 200, (name, path, reply.status)
        weight = 0
        for asset in assets_of(reply.body.decode()):
            if asset not in assets:
                body = demo_server.get(asset).body
                assert not FONT_FILE.search(body.decode(errors="replace")), asset
                assets[asset] = len(gzip.compress(body))
            weight += assets[asset]
        if len(reply.body) > MAX_HTML_BYTES or weight > MAX_CSS_JS_GZIPPED_BYTES:
            heavy.append(
                f"{name} {path}: HTML {len(reply.body)} B, CSS+JS {weight} B gz"
            )
    assert heavy == []
