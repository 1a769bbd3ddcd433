"""Two residents, one after the other, each in a browser of their own, on the
site as it runs in production (gunicorn, production settings, the page cache
in Redis): each answers the quiz, opens a page with its password, praises a
role model and sends a nomination. The pages they read may come from the
shared cache; what each sends must be accepted as their own."""

import pytest

from tests.production_server import Visitor, set_privacy, sign_in

pytestmark = pytest.mark.django_db(databases=[])

PASSWORD = "kangle-2026"

JOURNEY_CODE = """
from culture.models import RoleModelIndexPage, RoleModelPage
from home.models import StandardPage
from legal.models import LegalQuizPage

quiz = LegalQuizPage.objects.live().public().order_by("path").first()
role_model = RoleModelPage.objects.live().public().order_by("path").first()
street = RoleModelIndexPage.objects.live().public().order_by("path").first()
plain = StandardPage.objects.live().public().order_by("-path").first()
result = {
    "quiz": quiz.url,
    "role_model": role_model.url,
    "name": role_model.name,
    "nominate": street.url + street.reverse_subpage("nominate"),
    "plain_id": plain.pk,
    "plain": plain.url,
    "plain_title": plain.title,
}
"""


@pytest.fixture
def journey(production_server):
    """The demo's pages for the journey, one of them behind a password for it."""
    pages = production_server.run(JOURNEY_CODE)
    admin = sign_in(Visitor(production_server))
    set_privacy(
        admin, pages["plain_id"], restriction_type="password", password=PASSWORD
    )
    yield pages
    set_privacy(admin, pages["plain_id"], restriction_type="none")


def resident_visits(chromium, base, journey):
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(base + journey["quiz"])
        for question in page.locator(".quiz-question").all():
            question.locator("input[type=radio]").first.check()
        page.get_by_role("button", name="交卷，看答案").click()
        assert page.locator(".quiz-score").is_visible(), "the quiz was refused"

        page.goto(base + journey["plain"])
        page.get_by_label("密码").fill(PASSWORD)
        page.get_by_role("button", name="确定").click()
        assert page.locator("h1").inner_text() == journey["plain_title"]

        page.goto(base + journey["role_model"])
        page.get_by_role("button", name=f"为{journey['name']}点赞").click()
        assert page.locator("h1").inner_text() == f"谢谢您为{journey['name']}点赞！"

        page.goto(base + journey["nominate"])
        page.get_by_label("被推荐人的姓名").fill("赵阿姨")
        page.get_by_label("助人为乐").check()
        page.get_by_label("他（她）做了什么好事").fill(
            "赵阿姨每天早上帮楼里行动不便的老人取牛奶、倒垃圾，已经坚持了五年多，"
            "下雨天还会把老人晾在外面的衣服收回来。"
        )
        page.get_by_label("您的姓名").fill("小周")
        page.get_by_label("您的联系电话").fill("13900000000")
        page.locator("input[name=consent]").check()
        page.get_by_role("button", name="提交推荐").click()
        assert page.locator("h1").inner_text() == "谢谢您的推荐！"
    finally:
        context.close()


def test_two_residents_one_after_the_other_each_get_through(
    chromium, production_server, journey
):
    for _ in range(2):
        resident_visits(chromium, production_server.base, journey)
