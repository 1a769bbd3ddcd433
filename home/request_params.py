"""Values from the query string, made safe to compare, show and pass to the
database: a visitor can send anything, and PostgreSQL refuses a NUL byte."""

import re

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
# Larger than any primary key the site will have; longer digit runs are not ids.
MAX_ID_DIGITS = 12


def text_param(request, name, max_length, control_as=" "):
    """The parameter (the last one sent) without extra spaces, bounded, each
    control character replaced by ``control_as``."""
    raw = request.GET.get(name, "")
    return " ".join(CONTROL_CHARACTERS.sub(control_as, raw).split())[:max_length]


def is_id(text):
    """Whether ``text`` is a run of ASCII digits short enough to be an id."""
    return text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS
