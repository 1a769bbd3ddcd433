"""Values from the query string, made safe to compare, show and pass to the
database: a visitor can send anything, and PostgreSQL refuses a NUL byte."""

import re

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
# Larger than any primary key the site will have; longer digit runs are not ids.
MAX_ID_DIGITS = 12
FOUR_DIGITS = re.compile(r"[0-9]{4}")


def text_param(request, name, max_length):
    """The parameter without control characters or extra spaces, bounded."""
    raw = request.GET.get(name, "")
    return " ".join(CONTROL_CHARACTERS.sub(" ", raw).split())[:max_length]


def is_id(text):
    """Whether ``text`` is a run of ASCII digits short enough to be an id."""
    return text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS


def id_param(request, name):
    """The parameter as a database id, or ``None`` when it is not one."""
    raw = request.GET.get(name, "").strip()
    return int(raw) if is_id(raw) else None


# A filter's value is looked up among its ``choices``: the objects the page
# offers in the filter's own list, read once for both.


def object_param(request, name, choices):
    """The parameter as typed, and the one of ``choices`` with that id
    (``None`` when it names nothing, so the page can say so)."""
    raw = text_param(request, name, 20)
    object_id = id_param(request, name)
    found = next((choice for choice in choices if choice.pk == object_id), None)
    return raw, found


def slug_param(request, name, choices):
    """The parameter as typed, and the one of ``choices`` with that slug
    (``None`` when it names nothing, so the page can say so)."""
    slug = text_param(request, name, 50)
    found = next((choice for choice in choices if choice.slug == slug), None)
    return slug, found


def year_param(request, name, first_year):
    """The parameter as typed (bounded), and the year it names: four digits
    from ``first_year`` on, else ``None`` so the page can say so."""
    raw = text_param(request, name, 20)
    if FOUR_DIGITS.fullmatch(raw) and int(raw) >= first_year:
        return raw, int(raw)
    return raw, None
