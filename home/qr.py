"""QR codes for printed sheets: the one place the site draws them."""

import segno

# Medium error correction survives a smudged or creased poster.
ERROR_CORRECTION = "m"
SCALE = 8
QUIET_ZONE = 4


def qr_image(url):
    """An SVG QR code for ``url`` as a data URI for an ``<img>``, and the
    side of the image in pixels."""
    code = segno.make(url, error=ERROR_CORRECTION)
    size = code.symbol_size(scale=SCALE, border=QUIET_ZONE)[0]
    return code.svg_data_uri(scale=SCALE, border=QUIET_ZONE), size
