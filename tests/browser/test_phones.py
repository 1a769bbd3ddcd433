"""适老化 on the phones residents use: one page of every page type and HTML
route (the filtered listings, search, the 404 page and the print sheets'
screen view among them), at 320, 360 and 390 px and at 1280 px, in every text
size (标准, 大, 特大) and contrast (标准, 高对比度), checked from what the
browser rendered:

- nothing scrolls sideways;
- no short label of a control or heading (字号, 高对比度, 社区动态) breaks
  inside a word of two or three characters, and no reading aid or filter
  takes more than two lines;
- the chosen reading aid and filter differ from the others by more than
  colour, and say so to assistive technology;
- controls are at least 44 px square (48 at 特大), body text at least 18 px
  (26 at 特大; print sheets keep their paper sizes);
- axe finds no violation of any impact (at 390 and 1280 px).

Screenshots of each page at 390 px, and of each failing view whole, are kept
under ``test-artifacts/phones/`` so a broken layout can be seen."""

import re
from pathlib import Path

from tests.browser.helpers import (
    axe_violations,
    gate_paths,
    set_reading_cookies,
)
from tests.demo_server import NOT_FOUND_PATH, PROJECT_DIR

WIDTHS = (320, 360, 390, 1280)
PHONE_WIDTH = 390
# axe reads the page's structure, which changes only with the layout: a phone's
# and a desktop's.
AXE_WIDTHS = (PHONE_WIDTH, 1280)
HEIGHT = 844
SIZES = {"标准": "standard", "大": "large", "特大": "xlarge"}
CONTRASTS = {"标准对比度": "normal", "高对比度": "high"}
ARTIFACTS = PROJECT_DIR / "test-artifacts" / "phones"

# The checks, run in the page at each width (the script says what each does).
LAYOUT_CHECKS = (Path(__file__).with_name("layout_checks.js")).read_text()


def slug(text):
    return re.sub(r"[^\w.-]+", "-", text).strip("-")


def check_every_page_in(page, server, size, contrast):
    """Every gate page at every width in one reading setting; returns the
    problems found, one line each."""
    folder = ARTIFACTS / f"{size}-{contrast}"
    folder.mkdir(parents=True, exist_ok=True)
    rules = ["color-contrast-enhanced"] if contrast == "high" else None
    problems = []
    for name, path in gate_paths(server).items():
        page.set_viewport_size({"width": PHONE_WIDTH, "height": HEIGHT})
        response = page.goto(server.url(path))
        expected = 404 if path == NOT_FOUND_PATH else 200
        if response.status != expected:
            problems.append(f"{name} {path}: HTTP {response.status}")
            continue
        page.screenshot(path=folder / f"{slug(name)}.png")
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": HEIGHT})
            found = page.evaluate(LAYOUT_CHECKS)
            if width in AXE_WIDTHS:
                found += axe_violations(page, rules)
            if found:
                page.screenshot(
                    path=folder / f"{slug(name)}-{width}-failing.png", full_page=True
                )
            problems += [f"{name} {path} @{width}: {problem}" for problem in found]
    return problems


def test_every_page_reads_well_on_phones_at_every_size_and_contrast(
    demo_server, browser_page
):
    problems = []
    for size_name, size in SIZES.items():
        for contrast_name, contrast in CONTRASTS.items():
            set_reading_cookies(browser_page, demo_server.url(), size, contrast)
            browser_page.goto(demo_server.url())
            assert browser_page.evaluate("document.documentElement.className") == (
                f"text-{size} contrast-{contrast}"
            )
            found = check_every_page_in(browser_page, demo_server, size, contrast)
            problems += [f"[{size_name} {contrast_name}] {line}" for line in found]
    report = ARTIFACTS / "problems.txt"
    report.write_text("\n".join(problems), encoding="utf-8")
    assert not problems, f"{len(problems)} problems, see {report}:\n" + "\n".join(
        problems[:80]
    )
