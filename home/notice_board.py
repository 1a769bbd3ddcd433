"""公告栏: many residents read the paper notice board, not the web. Editors
pick a period's news and activities and print them as A4 sheets, each with a
QR code that opens the item on the site. Page types join by setting
``on_notice_board`` (home never names the other apps' pages)."""

from datetime import date, timedelta

from django.shortcuts import render
from django.utils import timezone
from wagtail.models import get_page_models

from home.models.base import public_pages
from home.request_params import is_id, text_param

DEFAULT_PERIOD_DAYS = 14
MAX_ITEMS = 30


def notice_board_types():
    return [
        model for model in get_page_models() if getattr(model, "on_notice_board", False)
    ]


def date_param(request, name, default):
    """The parameter as a date (YYYY-MM-DD), the default when it is not one,
    and whether it was wrong so the page can say so."""
    raw = text_param(request, name, 10)
    if not raw:
        return default, False
    try:
        return date.fromisoformat(raw), False
    except ValueError:
        return default, True


def candidates(start, end):
    """Live pages of the notice-board types first published in the period."""
    return (
        public_pages()
        .type(*notice_board_types())
        .filter(first_published_at__date__gte=start, first_published_at__date__lte=end)
        .specific()
        .order_by("-first_published_at")
    )


def choose(request):
    """Pick the period and the items; the form's GET goes to ``print_sheets``."""
    today = timezone.localdate()
    start, bad_start = date_param(
        request, "start", today - timedelta(days=DEFAULT_PERIOD_DAYS)
    )
    end, bad_end = date_param(request, "end", today)
    if end < start:
        start, end = end, start
    return render(
        request,
        "home/admin/notice_board_choose.html",
        {
            "start": start,
            "end": end,
            "bad_dates": bad_start or bad_end,
            "items": candidates(start, end)[:MAX_ITEMS],
        },
    )


def print_sheets(request):
    """The chosen items as A4 sheets: large type, a QR code each, no menus."""
    ids = [
        int(value) for value in request.GET.getlist("page")[:MAX_ITEMS] if is_id(value)
    ]
    items = (
        public_pages()
        .type(*notice_board_types())
        .filter(pk__in=ids)
        .specific()
        .order_by("-first_published_at")
    )
    return render(request, "home/admin/notice_board_print.html", {"items": items})
