"""Reading aids for elderly readers (适老化): text size and contrast.

The choice lives in a cookie so that it works without JavaScript and persists
across pages; the server renders the matching classes on ``<html>``."""

from dataclasses import dataclass

from django.utils.cache import patch_vary_headers

COOKIE_MAX_AGE = 365 * 24 * 60 * 60


@dataclass(frozen=True)
class ReadingAid:
    cookie: str
    label: str
    choices: dict
    default: str

    def chosen(self, request):
        value = request.COOKIES.get(self.cookie, self.default)
        return value if value in self.choices else self.default


READING_AIDS = {
    "size": ReadingAid(
        cookie="kangle_text_size",
        label="字号",
        choices={"standard": "标准", "large": "大", "xlarge": "特大"},
        default="standard",
    ),
    "contrast": ReadingAid(
        cookie="kangle_contrast",
        label="对比度",
        choices={"normal": "标准", "high": "高对比度"},
        default="normal",
    ),
}


PREVIEW_SIZES = READING_AIDS["size"].choices


def reading_preferences(request):
    """Context processor: the reader's choices and the classes for ``<html>``."""
    chosen = {name: aid.chosen(request) for name, aid in READING_AIDS.items()}
    # Editors preview a page at each text size (SitePage.preview_modes).
    preview_size = getattr(request, "preview_mode", None)
    if getattr(request, "is_preview", False) and preview_size in PREVIEW_SIZES:
        chosen["size"] = preview_size
    return {
        "reading_aids": [
            {
                "name": name,
                "label": aid.label,
                "options": [
                    {"value": value, "label": label, "active": value == chosen[name]}
                    for value, label in aid.choices.items()
                ],
            }
            for name, aid in READING_AIDS.items()
        ],
        "reading_classes": f"text-{chosen['size']} contrast-{chosen['contrast']}",
    }


class VaryOnReadingAidsMiddleware:
    """Pages differ by the reading-aid cookies, so shared caches must key on them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.get("Content-Type", "").startswith("text/html"):
            patch_vary_headers(response, ["Cookie"])
        return response
