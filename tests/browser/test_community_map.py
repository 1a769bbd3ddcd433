"""The legal-service map in a real browser, on the demo's real places: no
label covers another label or a marker, and every label is drawn at 14 px or
more, as names on a wide screen (also in the narrowest window that shows them,
at 特大) and as numbers on a phone; the page does not scroll sideways."""

import pytest

from home.demo.data import demo_data
from tests.builders import build_compound, build_directory, build_point, build_site

COMPOUNDS = demo_data("home", "compounds")["compounds"]
POINTS = demo_data("legal", "directory")["points"]

# (window width, text size): a desktop, the narrowest window that shows names
# with the page's widest padding (特大), and two phones.
SCREENS = {
    "1280 标准": (1280, "standard"),
    "721 特大": (721, "xlarge"),
    "360 标准": (360, "standard"),
    "320 标准": (320, "standard"),
    "320 特大": (320, "xlarge"),
}
MIN_LABEL_PX = 14
# Rendered boxes are rounded to fractions of a pixel: less is not an overlap.
SLACK_PX = 0.5

MEASURE = """() => {
    const svg = document.querySelector('.community-map svg');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const box = el => {
        const r = el.getBoundingClientRect();
        return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};
    };
    const texts = Array.from(svg.querySelectorAll('text'))
        .filter(el => el.checkVisibility())
        .map(el => ({
            text: el.textContent,
            px: parseFloat(getComputedStyle(el).fontSize) * scale,
            box: box(el),
        }));
    const markers = Array.from(svg.querySelectorAll('.map-marker'))
        .map(group => ({
            name: group.getAttribute('aria-label')
                || group.querySelector('text').textContent,
            box: box(group.querySelector('rect, circle, polygon')),
            labels: Array.from(group.querySelectorAll('text'))
                .filter(el => el.checkVisibility()).length,
        }));
    return {
        texts, markers,
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
    };
}"""


def overlap(a, b):
    return (
        min(a["right"], b["right"]) - max(a["left"], b["left"]) > SLACK_PX
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > SLACK_PX
    )


@pytest.fixture
def demo_directory(live_db):
    """The directory with the demo's seven points and thirteen compounds."""
    home = build_site()
    directory = build_directory(home)
    for spec in COMPOUNDS:
        build_compound(
            spec["name"], latitude=spec["latitude"], longitude=spec["longitude"]
        )
    for spec in POINTS:
        build_point(
            directory,
            spec["title"],
            spec["slug"],
            latitude=spec["latitude"],
            longitude=spec["longitude"],
            is_lead_point=spec["is_lead_point"],
        )
    return live_db.url + directory.url


@pytest.mark.parametrize("screen", SCREENS)
def test_map_labels_do_not_collide_and_read_at_14px(
    chromium, demo_directory, screen, tmp_path
):
    width, text_size = SCREENS[screen]
    context = chromium.new_context(viewport={"width": width, "height": 900})
    context.add_cookies(
        [{"name": "kangle_text_size", "value": text_size, "url": demo_directory}]
    )
    page = context.new_page()
    page.goto(demo_directory)
    found = page.evaluate(MEASURE)
    page.locator(".community-map").screenshot(path=tmp_path / "map.png")
    context.close()

    texts, markers = found["texts"], found["markers"]
    problems = [
        f"{marker['name']}: {marker['labels']} labels shown"
        for marker in markers
        if marker["labels"] != 1
    ]
    problems += [
        f"“{text['text']}” renders at {text['px']:.1f} px"
        for text in texts
        if text["px"] < MIN_LABEL_PX
    ]
    problems += [
        f"“{a['text']}” overlaps “{b['text']}”"
        for index, a in enumerate(texts)
        for b in texts[index + 1 :]
        if overlap(a["box"], b["box"])
    ]
    problems += [
        f"“{text['text']}” covers the marker of {marker['name']}"
        for text in texts
        for marker in markers
        if overlap(text["box"], marker["box"])
    ]
    if found["scrollWidth"] > found["innerWidth"]:
        problems.append(
            f"the page is {found['scrollWidth']} px wide in a {width} px window"
        )
    assert len(markers) == len(COMPOUNDS) + len(POINTS)
    assert not problems, "\n".join([*problems, f"screenshot: {tmp_path / 'map.png'}"])
