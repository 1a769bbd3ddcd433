"""Every internal link of the demo site leads somewhere.

The crawl starts at the home page and the sitemap, reads every HTML page it
reaches for links, and loads everything those pages link to or pull in:
``<a href>``, ``<img src/srcset>``, ``<source srcset>``, ``<link href>``
(stylesheets, icons, feeds, canonical) and ``<script src>``. Each must answer
200, after redirects; feeds and the sitemap must be well-formed XML. The admin
is not crawled, and forms are not links."""

import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from urllib.parse import unquote, urljoin, urlsplit

from bs4 import BeautifulSoup

STARTS = ("/", "/sitemap.xml")
LINK_ATTRIBUTES = {
    "a": ("href",),
    "img": ("src", "srcset"),
    "source": ("srcset",),
    "link": ("href",),
    "script": ("src",),
}
NOT_CRAWLED = ("/admin/",)
REDIRECTS = {301, 302, 303, 307, 308}
XML_TYPES = {
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
}
SITEMAP_LOC = "{*}url/{*}loc"
# The activities' month view links each month to the next from 2000 to 2100.
# Of pages whose paths differ only in numbers standing alone (a year, a month,
# a page number; not the date in a slug), the crawl reads this many and loads
# the rest without reading them, so such a chain ends.
PAGES_PER_SHAPE = 24
NUMBERS = re.compile(r"(?<=[/=])\d+(?=[/&]|$)")
WORKERS = 8

SITE_HOSTS_CODE = """
from urllib.parse import urlsplit

from wagtail.models import Site

result = [urlsplit(site.root_url).netloc for site in Site.objects.all()]
"""


def urls_in_html(body):
    page = BeautifulSoup(body.decode(), "html.parser")
    for tag, attributes in LINK_ATTRIBUTES.items():
        for element in page.find_all(tag):
            for attribute in attributes:
                value = element.get(attribute, "").strip()
                if attribute == "srcset":
                    yield from (
                        candidate.split()[0]
                        for candidate in value.split(",")
                        if candidate.strip()
                    )
                elif value:
                    yield value


class Crawl:
    def __init__(self, server, hosts):
        self.server = server
        self.hosts = hosts
        self.referrers = defaultdict(set)
        self.problems = {}
        self.shapes = Counter()

    def run(self):
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            pending = {}

            def visit(path, referrer):
                if path not in self.referrers:
                    pending[pool.submit(self.server.get, path)] = path
                self.referrers[path].add(referrer)

            for start in STARTS:
                visit(start, "the crawl's start")
            while pending:
                done, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    path = pending.pop(future)
                    for target in self.links_from(path, future.result()):
                        visit(target, path)
        return self

    def local_path(self, url, base):
        """The path (and query) of a URL on the demo site, or None for another
        site, another scheme (mailto:, tel:) or the admin."""
        parts = urlsplit(urljoin(base, url))
        if parts.scheme not in ("http", "https") or parts.netloc not in self.hosts:
            return None
        if parts.path.startswith(NOT_CRAWLED):
            return None
        return parts.path + (f"?{parts.query}" if parts.query else "")

    def links_from(self, path, reply):
        """Check one answer; return the paths it leads on to."""
        base = self.server.url(path)
        if reply.status in REDIRECTS and "Location" in reply.headers:
            urls = [reply.headers["Location"]]
        elif reply.status != 200:
            self.problems[path] = f"answers {reply.status}"
            return []
        elif reply.headers.get_content_type() == "text/html":
            urls = list(self.urls_to_read(path, reply.body))
        elif reply.headers.get_content_type() in XML_TYPES:
            try:
                document = ET.fromstring(reply.body)
            except ET.ParseError as error:
                self.problems[path] = f"is not well-formed XML ({error})"
                return []
            # The sitemap names pages by the Site record's host: read them by path.
            urls = [
                urlsplit(loc.text.strip())._replace(scheme="", netloc="").geturl()
                for loc in document.iterfind(SITEMAP_LOC)
            ]
        else:
            return []
        return {target for url in urls if (target := self.local_path(url, base))}

    def urls_to_read(self, path, body):
        shape = NUMBERS.sub("#", path)
        self.shapes[shape] += 1
        if self.shapes[shape] > PAGES_PER_SHAPE:
            return []
        return urls_in_html(body)

    def report(self):
        lines = []
        for path, problem in sorted(self.problems.items()):
            referrers = sorted(self.referrers[path])
            more = f" and {len(referrers) - 5} more" if len(referrers) > 5 else ""
            shown = ", ".join(unquote(referrer) for referrer in referrers[:5])
            lines.append(f"{unquote(path)} {problem} <- {shown}{more}")
        return "\n".join(lines)


def test_every_internal_link_works(demo_server):
    hosts = {urlsplit(demo_server.base).netloc, *demo_server.run(SITE_HOSTS_CODE)}
    crawl = Crawl(demo_server, hosts).run()
    assert not crawl.problems, "broken links:\n" + crawl.report()
    from_sitemap = [p for p, refs in crawl.referrers.items() if "/sitemap.xml" in refs]
    assert sum(crawl.shapes.values()) > len(from_sitemap) > 20
