"""Reading rendered pages the way a person or a screen reader would."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def landmark(response, label):
    """The element carrying the given aria-label; raises when there is none."""
    element = soup(response).find(attrs={"aria-label": label})
    if element is None:
        raise AssertionError(f"no element labelled {label!r} on the page")
    return element


def texts(elements):
    return [" ".join(element.get_text().split()) for element in elements]
