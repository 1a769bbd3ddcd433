"""The editor guide (docs/editor-guide.md) inside the admin. Wagtail's help
menu and dashboard link its own guide, in English and on a site abroad; the
staff's guide is the project's own, in Chinese, with the screenshots the
browser tests take (`make screenshots`)."""

import markdown
from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils.safestring import mark_safe

GUIDE = settings.BASE_DIR / "docs" / "editor-guide.md"
# The guide names its pictures editor-guide/<name>.png, beside it in docs/.
PICTURES = GUIDE.parent / "editor-guide"


def guide(request):
    # The guide is the repository's own text, written by the project.
    html = markdown.markdown(GUIDE.read_text(encoding="utf-8"), extensions=["tables"])
    return render(request, "home/admin/editor_guide.html", {"guide": mark_safe(html)})


def picture(request, name):
    path = PICTURES / f"{name}.png"
    if not path.is_file():
        raise Http404("编辑手册里没有这张图片。")
    return FileResponse(path.open("rb"), content_type="image/png")
