"""What several browser tests share: the pages every gate visits, axe, and the
reading aids set as a reader's browser keeps them."""

from axe_playwright_python.sync_playwright import Axe

from tests.demo_server import NOT_FOUND_PATH


def gate_paths(server):
    """One page of every type and every HTML route, plus the page states that
    render differently: a topic filter that finds nothing, the buildings
    grouped by compound, and the 404 page."""
    paths = server.html_paths()
    return {
        **paths,
        "law topic without articles": paths["legal.LegalArticleIndexPage"]
        + "?topic=no-such-topic",
        "buildings by compound": paths["culture.BuildingIndexPage"] + "?group=compound",
        "404": NOT_FOUND_PATH,
    }


def axe_violations(page, rules=None):
    """Every axe violation on the page, whatever its impact, one line each."""
    options = {"resultTypes": ["violations"]}
    if rules:
        options["rules"] = {rule: {"enabled": True} for rule in rules}
    results = Axe().run(page, options=options)
    return [
        f"{violation['id']} ({violation['impact']}): "
        f"{[node['target'] for node in violation['nodes']][:3]}"
        for violation in results.response["violations"]
    ]


def set_reading_cookies(page, base, size, contrast):
    page.context.add_cookies(
        [
            {"name": "kangle_text_size", "value": size, "url": base},
            {"name": "kangle_contrast", "value": contrast, "url": base},
        ]
    )
