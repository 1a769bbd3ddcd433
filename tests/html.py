"""Reading rendered pages the way a person or a screen reader would."""

from bs4 import BeautifulSoup

# Buttons send their name only when pressed; files only when chosen.
NOT_SENT_INPUT_TYPES = {"submit", "button", "reset", "image", "file"}


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


def form_data_set(form):
    """(name, value) pairs as the browser builds them from the form's controls
    (the HTML form data set): checked boxes only, a select's chosen options,
    a textarea's text with lines ending in CRLF; nothing from ``<template>``
    blueprints or disabled controls."""
    for control in form.find_all(["input", "select", "textarea"]):
        name = control.get("name")
        if not name or control.has_attr("disabled") or control.find_parent("template"):
            continue
        if control.name == "textarea":
            text = control.get_text().removeprefix("\n")
            yield name, text.replace("\r\n", "\n").replace("\n", "\r\n")
        elif control.name == "select":
            options = control.find_all("option")
            chosen = [option for option in options if option.has_attr("selected")]
            if not chosen and options and not control.has_attr("multiple"):
                chosen = options[:1]
            for option in chosen:
                yield name, option.get("value", option.get_text())
        else:
            kind = control.get("type", "text").lower()
            if kind in NOT_SENT_INPUT_TYPES:
                continue
            if kind in ("checkbox", "radio"):
                if control.has_attr("checked"):
                    yield name, control.get("value", "on")
            else:
                yield name, control.get("value", "")


def form_fields(form):
    """``form_data_set`` as a dict, for forms with one value a name."""
    return dict(form_data_set(form))


def footer_link(response, href):
    """The link to ``href`` in the page's footer; raises when there is none."""
    link = soup(response).find("footer").find("a", href=href)
    if link is None:
        raise AssertionError(f"no link to {href} in the footer")
    return link
