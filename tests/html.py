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


def form_fields(form):
    """What a browser would send for ``form`` as it stands: each field's
    current value, ticked boxes and chosen options only."""
    fields = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            fields[name] = chosen.get("value", "") if chosen else ""
        elif field.name == "textarea":
            fields[name] = field.get_text()
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                fields[name] = field.get("value", "on")
        elif field.get("type") not in ("submit", "button", "file"):
            fields[name] = field.get("value", "")
    return fields
