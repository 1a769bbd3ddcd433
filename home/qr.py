"""QR codes for printed sheets: the one place the site draws them."""

import segno


def qr_data_uri(url):
    """An SVG QR code for ``url`` as a data URI, ready for an ``<img>``; the
    medium error-correction level survives a smudged or creased poster."""
    return segno.make(url, error="m").svg_data_uri(scale=8, border=4)


def qr_size(url):
    """The side of the QR image in pixels at the scale ``qr_data_uri`` draws."""
    return segno.make(url, error="m").symbol_size(scale=8, border=4)[0]
