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
from home.rate_limit import allow, give_back
from home.same_origin import is_same_origin

# A random token that tells this browser's praises apart; the database keeps
# only its hash.
VISITOR_COOKIE = "kangle_visitor"
VISITOR_COOKIE_MAX_AGE = 365 * 24 * 3600


def refused(request, role_model, message, status, headers=None):
    return TemplateResponse(
        request,
        "culture/praise_refused.html",
        {"page": role_model, "message": message},
        status=status,
        headers=headers,
    )


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def praise(request, page_id):
    role_model = get_object_or_404(RoleModelPage.objects.live().public(), pk=page_id)
    if request.method != "POST":
        return redirect(role_model.url)
    if not is_same_origin(request):
        return refused(
            request, role_model, "请在本站的好人页面上点击点赞按钮。", status=403
        )
    limit, window = settings.PRAISE_RATE_LIMIT
    if not allow(request, "praise", limit, window):
        return refused(
            request,
            role_model,
            "这台设备所在的网络刚才点赞次数太多了，请过一两分钟再试。",
            status=429,
            headers={"Retry-After": str(window)},
        )
    # A browser without the cookie counts as new, so one address could add
    # praise after praise: what it adds to one role model is bounded per day.
    daily_action = f"praise-added:{role_model.pk}"
    daily_limit, day = settings.PRAISE_DAILY_LIMIT
    if not allow(request, daily_action, daily_limit, day):
        return refused(
            request,
            role_model,
            "今天从这台设备所在的网络给这位好人的点赞已经很多了，请明天再来。",
            status=429,
            headers={"Retry-After": str(day)},
        )
    token = request.get_signed_cookie(VISITOR_COOKIE, default="")
    token = token or Praise.new_visitor_token()
    is_new = Praise.record(role_model, Praise.digest(token))
    if is_new:
        purge_pages_from_cache(role_model.pages_showing_plaque())
    else:
        give_back(request, daily_action)
    response = TemplateResponse(
        request,
        "culture/praise_thanks.html",
        {"page": role_model, "is_new": is_new, "praise_count": role_model.praise_count},
    )
    response.set_signed_cookie(
        VISITOR_COOKIE,
        token,
        max_age=VISITOR_COOKIE_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response
