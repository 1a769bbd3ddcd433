"""Private details that must not appear on a public page: people's own phone
numbers and exact addresses (room numbers). Stories are often pasted from a
nomination or a chat, where such details are common."""

import re
import unicodedata

MOBILE_NUMBER = re.compile(r"(?<![0-9])1[3-9][0-9][ -]?[0-9]{4}[ -]?[0-9]{4}(?![0-9])")
ROOM_NUMBER = re.compile(r"[0-9]+ ?(?:室|号房)")


def private_details(text):
    """The phone numbers and room numbers found in ``text``."""
    folded = unicodedata.normalize("NFKC", text)
    return [match.group() for match in MOBILE_NUMBER.finditer(folded)] + [
        match.group() for match in ROOM_NUMBER.finditer(folded)
    ]
