"""Private details that must not appear on a public page: people's own phone
numbers and exact addresses (room numbers). Stories are often pasted from a
nomination or a chat, where such details are common."""

import re

# \d also matches full-width digits, which Chinese input methods type.
SEPARATOR = r"[ \-－]?"
COUNTRY_CODE = rf"(?:[+＋]?[8８][6６]{SEPARATOR})?"
MOBILE = rf"{COUNTRY_CODE}[1１][3-9３-９]\d{SEPARATOR}\d{{4}}{SEPARATOR}\d{{4}}"
LANDLINE = rf"[0０][1-9１-９]\d{{1,2}}{SEPARATOR}[2-9２-９]\d{{6,7}}"
PRIVATE_DETAIL = re.compile(rf"(?<!\d)(?:{MOBILE}|{LANDLINE})(?!\d)|\d+ ?(?:室|号房)")
REDACTED = "（联系方式或门牌已隐去）"


def private_details(text):
    """The phone numbers and room numbers found in ``text``."""
    return PRIVATE_DETAIL.findall(text)


def redact_private_details(text):
    """``text`` with every phone number and room number replaced."""
    return PRIVATE_DETAIL.sub(REDACTED, text)
