import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from home.qr import qr_image

register = template.Library()


@register.simple_tag(takes_context=True)
def absolute_uri(context, url):
    """The address as a full URL, for sharing tags that must not be relative."""
    return context["request"].build_absolute_uri(url)


# Characters that could end the script element or start markup inside it.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.filter
def json_ld_script(data):
    """Structured data for search engines, as a JSON-LD script element."""
    text = json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)
    return format_html(
        '<script type="application/ld+json">{}</script>', mark_safe(text)
    )


@register.simple_tag
def qr_code(url, description):
    """A QR code opening ``url``, drawn on the server, for printed sheets."""
    data_uri, size = qr_image(url)
    return format_html(
        '<img class="qr-code" src="{}" width="{}" height="{}" alt="{}">',
        data_uri,
        size,
        size,
        description,
    )
