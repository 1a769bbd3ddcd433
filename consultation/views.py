"""评: residents rate a topic's published result (满意 / 基本满意 / 不满意).

The buttons post here rather than to the page so that the page carries no
CSRF token and no per-visitor state, and can be served from a cache to
everyone; the post is checked for coming from the site instead."""

from django.conf import settings
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

from consultation.models import VERDICT_NAMES, TopicPage, TopicRating
from home.visitors import press_once, refusal, remember_visitor

HEADING = "没能评议"

REFUSALS = {
    "foreign": "请在本站的议题页面上点击评议按钮。",
    "too-fast": "这台设备所在的网络刚才评议次数太多了，请过一两分钟再试。",
    # A browser without the cookie counts as new: what one address adds to
    # one topic is bounded per day.
    "enough-today": "今天从这台设备所在的网络对这个议题的评议已经很多了，请明天再来。",
}


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def rate(request, page_id):
    topic = get_object_or_404(TopicPage.objects.live().public(), pk=page_id)
    if request.method != "POST":
        return redirect(topic.url)
    verdict = request.POST.get("verdict", "")
    if verdict not in VERDICT_NAMES:
        message = "请选择“满意”“基本满意”或“不满意”。"
        return refusal(request, topic, HEADING, message, status=400)
    if not topic.is_rating_open:
        message = "这个议题现在不接受评议。"
        return refusal(request, topic, HEADING, message, status=403)
    press = press_once(
        request,
        "rating",
        topic,
        lambda visitor: TopicRating.record(
            topic=topic, verdict=verdict, visitor=visitor
        ),
        settings.TOPIC_RATING_RATE_LIMIT,
        settings.TOPIC_RATING_DAILY_LIMIT,
    )
    if not press.counted:
        return press.refusal(request, topic, HEADING, REFUSALS[press.outcome])
    is_new = press.outcome == "recorded"
    if is_new:
        purge_pages_from_cache([topic])
    response = TemplateResponse(
        request,
        "consultation/rating_thanks.html",
        {
            "page": topic,
            "is_new": is_new,
            "verdict": VERDICT_NAMES[verdict],
            "rating": topic.rating_tally(),
        },
    )
    remember_visitor(request, response, press.token)
    return response
