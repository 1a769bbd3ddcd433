"""人人赞好人: the praise button of every role-model page.

The button posts here rather than to the page so that the page itself carries
no CSRF token and no per-visitor state, and can be served from a cache to
everyone; the post is checked for coming from the site instead."""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

from culture.models import Praise, RoleModelPage
from home.visitors import press_once, remember_visitor

REFUSALS = {
    "foreign": "请在本站的好人页面上点击点赞按钮。",
    "too-fast": "这台设备所在的网络刚才点赞次数太多了，请过一两分钟再试。",
    # A browser without the cookie counts as new, so one address could add
    # praise after praise: what it adds to one role model is bounded per day.
    "enough-today": "今天从这台设备所在的网络给这位好人的点赞已经很多了，请明天再来。",
}


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def praise(request, page_id):
    role_model = get_object_or_404(RoleModelPage.objects.live().public(), pk=page_id)
    if request.method != "POST":
        return redirect(role_model.url)
    press = press_once(
        request,
        "praise",
        role_model,
        lambda visitor: Praise.record(role_model=role_model, visitor=visitor),
        settings.PRAISE_RATE_LIMIT,
        settings.PRAISE_DAILY_LIMIT,
    )
    if not press.counted:
        return press.refusal(request, role_model, "没能点赞", REFUSALS[press.outcome])
    is_new = press.outcome == "recorded"
    if is_new:
        purge_pages_from_cache(role_model.pages_showing_plaque())
    response = TemplateResponse(
        request,
        "culture/praise_thanks.html",
        {"page": role_model, "is_new": is_new, "praise_count": role_model.praise_count},
    )
    remember_visitor(request, response, press.token)
    return response
