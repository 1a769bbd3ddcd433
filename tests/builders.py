"""Page builders for tests: each builds valid, published content or raises.

Wagtail validates a page when it is saved, so invalid data fails loudly here
instead of returning ``None``."""

import io
import itertools
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, PageViewRestriction, Site

from consultation.models import TopicIndexPage, TopicPage, TopicStep, TopicUpdate
from culture.models import (
    BuildingIndexPage,
    BuildingPage,
    FamilyMaxim,
    FamilyMaximReaderPage,
    FamilyStoryIndexPage,
    FamilyStoryPage,
    HonourBoardEntry,
    HonourBoardIndexPage,
    HonourBoardPage,
    RoleModelHonour,
    RoleModelIndexPage,
    RoleModelPage,
)
from home.models import (
    Compound,
    HomePage,
    NewsIndexPage,
    NewsPage,
    SiteSettings,
    StandardPage,
)

_slug_numbers = itertools.count(1)
SHANGHAI = ZoneInfo("Asia/Shanghai")


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_page(parent, page, live=True):
    parent.add_child(instance=page)
    if live:
        return publish(page)
    page.unpublish()
    return page


def build_editor(username="editor"):
    """An administrator who can reach every part of the admin."""
    return get_user_model().objects.create_superuser(
        username, f"{username}@example.invalid", "password"
    )


def build_staff(username, group_name):
    """A member of one of the newsroom's roles (编辑, 审核员, 法律审核, 站点管理员)."""
    user = get_user_model().objects.create_user(
        username, f"{username}@example.invalid", "password"
    )
    user.groups.add(Group.objects.get(name=group_name))
    return user


def restore_wagtail_roots():
    """Each transactional test ends by emptying every table, which removes the
    root page, root collection and locale that Wagtail's migrations create;
    tests that commit data (browser tests, backups) put them back first."""
    Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="根集合")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="站点根目录", slug="root"))


def build_site(**home_fields):
    """Root → HomePage, made the default site; Wagtail's placeholder page removed."""
    root = Page.get_first_root_node()
    for placeholder in root.get_children().exact_type(Page):
        placeholder.delete()
    fields = {
        "title": "康乐社区",
        "slug": "home",
        "intro": "扬州市邗江区的城市中心社区。",
        "area_km2": Decimal("0.55"),
        "households": 3306,
        "residents": 11108,
        "honours": [("honour", "全国文明单位")],
        **home_fields,
    }
    home = add_page(root, HomePage(**fields))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


def build_standard_page(parent, title="社区简介", slug="about", **fields):
    live = fields.pop("live", True)
    body = fields.pop("body", [("paragraph", "<p>康乐社区位于扬州市邗江区。</p>")])
    return add_page(
        parent, StandardPage(title=title, slug=slug, body=body, **fields), live
    )


def build_news_index(home, title="社区动态", slug="news", **fields):
    return add_page(home, NewsIndexPage(title=title, slug=slug, **fields))


def build_news(index, title, day, tags=(), live=True, **fields):
    page = NewsPage(
        title=title,
        slug=fields.pop("slug", None) or f"article-{next(_slug_numbers)}",
        date=day,
        summary=fields.pop("summary", f"{title}的摘要"),
        body=fields.pop("body", [("paragraph", f"<p>{title}的正文。</p>")]),
        **fields,
    )
    page.tags.add(*tags)
    return add_page(index, page, live=live)


def build_news_series(index, count, start=date(2026, 1, 1), tags=()):
    return [
        build_news(
            index,
            f"第{number}条动态",
            date.fromordinal(start.toordinal() + number),
            tags=tags,
            slug=f"news-{number}",
        )
        for number in range(1, count + 1)
    ]


def build_image(
    title="社区街景", description="示意插图：一条林荫街道", size=(800, 600)
):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#8e1b1b").save(buffer, format="PNG")
    image = get_image_model()(title=title, description=description)
    image.file.save("test.png", ImageFile(buffer, name="test.png"), save=False)
    image.save()
    return image


def build_compound(name="康乐新村", households=300, **fields):
    return Compound.objects.create(
        name=name,
        latitude=Decimal(fields.pop("latitude", "32.391200")),
        longitude=Decimal(fields.pop("longitude", "119.400500")),
        households=households,
        **fields,
    )


def build_site_settings(site=None, **fields):
    site = site or Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    for name, value in {
        "contact_phone": "0514-0000 0000（示例号码）",
        "contact_address": "扬州市邗江区康乐社区（示例地址）",
        "office_hours": "周一至周五 8:30–17:30",
        "icp_number": "苏ICP备00000000号-1（示例）",
        "police_record_number": "苏公网安备00000000000000号（示例）",
        "footer_links": [
            ("link", {"title": "扬州市人民政府", "url": "https://www.yangzhou.gov.cn/"})
        ],
        **fields,
    }.items():
        setattr(site_settings, name, value)
    site_settings.save()
    return site_settings


def build_service(name="矛盾调解", slug="mediation", **fields):
    from legal.models import LegalService

    return LegalService.objects.create(
        name=name,
        slug=slug,
        description=fields.pop("description", f"{name}服务"),
        eligibility=fields.pop("eligibility", "社区居民"),
        **fields,
    )


def build_directory(home, title="十分钟法律服务圈", slug="legal-services"):
    from legal.models import LegalServiceDirectoryPage

    return add_page(home, LegalServiceDirectoryPage(title=title, slug=slug))


def build_point(directory, title, slug, hours=(), services=(), exceptions=(), **fields):
    """A service point; ``hours`` are (weekday, "08:30", "12:00") triples."""
    from legal.models import LegalServicePointPage, OpeningException, OpeningPeriod

    point = LegalServicePointPage(
        title=title,
        slug=slug,
        kind=fields.pop("kind", "other"),
        summary=fields.pop("summary", f"{title}的简介"),
        address=fields.pop("address", "康乐社区"),
        latitude=Decimal(fields.pop("latitude", "32.391000")),
        longitude=Decimal(fields.pop("longitude", "119.400600")),
        **fields,
    )
    point.services = list(services)
    point.opening_periods = [
        OpeningPeriod(weekday=weekday, opens=opens, closes=closes)
        for weekday, opens, closes in hours
    ]
    point.opening_exceptions = [OpeningException(**spec) for spec in exceptions]
    return add_page(directory, point)


def build_topic(name="邻里纠纷", slug="neighbours", services=()):
    from legal.models import LegalTopic

    topic = LegalTopic.objects.create(name=name, slug=slug)
    topic.services.set(services)
    return topic


def build_activity_index(home, title="社区活动", slug="activities"):
    from home.models import ActivityIndexPage

    return add_page(home, ActivityIndexPage(title=title, slug=slug))


# The monthly 1+1 kinds 法治's data migration creates, by slug.
LEGAL_ACTIVITY_KINDS = {
    "visit": "一月一走访",
    "talk": "一月一宣讲",
    "service": "一月一服务",
    "publicity": "一月一宣传",
}


def build_activity_kind(slug, name=None, governance="fazhi"):
    """A kind of activity; the legal kinds as the migration made them (a
    test that flushes the database takes them away)."""
    from home.models import ActivityKind

    kind = ActivityKind.objects.filter(slug=slug).first()
    if kind is None:
        kind = ActivityKind.objects.create(
            slug=slug, name=name or LEGAL_ACTIVITY_KINDS[slug], governance=governance
        )
    return kind


def build_activity(index, title, starts_at, hours=2, **fields):
    from home.models import ActivityPage

    return add_page(
        index,
        ActivityPage(
            title=title,
            slug=fields.pop("slug", f"activity-{starts_at:%Y%m%d%H%M}"),
            kind=build_activity_kind(fields.pop("kind", "talk")),
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=hours),
            summary=fields.pop("summary", f"{title}的内容"),
            place_text=fields.pop("place_text", "社区广场"),
            **fields,
        ),
    )


def build_article_index(home, title="普法", slug="law"):
    from legal.models import LegalArticleIndexPage

    return add_page(home, LegalArticleIndexPage(title=title, slug=slug))


def build_article(index, title, topic, day, reviewed_on=None, **fields):
    from legal.models import LegalArticlePage

    live = fields.pop("live", True)
    article = LegalArticlePage(
        title=title,
        slug=fields.pop("slug", None) or f"article-{next(_slug_numbers)}",
        topic=topic,
        date=day,
        summary=fields.pop("summary", f"{title}的摘要"),
        body=fields.pop("body", [("paragraph", f"<p>{title}的正文。</p>")]),
        reviewer=fields.pop("reviewer", "李律师"),
        reviewed_on=reviewed_on or day,
        **fields,
    )
    return add_page(index, article, live)


def build_quiz(index, title="民法典小测验", slug="quiz"):
    """A two-question quiz; the right answers are 1 and 2."""
    from legal.models import LegalQuizPage

    questions = [
        {
            "question": "家庭应当树立什么？",
            "choices": ["优良家风", "严格家规"],
            "correct": 1,
            "explanation": "<p>民法典第一千零四十三条。</p>",
        },
        {
            "question": "公共法律服务热线是？",
            "choices": ["12345", "12348", "12315"],
            "correct": 2,
            "explanation": "<p>12348。</p>",
        },
    ]
    return add_page(
        index,
        LegalQuizPage(
            title=title,
            slug=slug,
            questions=[("question", question) for question in questions],
        ),
    )


def build_street(home, title="康乐好人一条街", slug="good-people"):
    return add_page(home, RoleModelIndexPage(title=title, slug=slug))


def build_role_model(street, name, category="helping-others", year=2020, **fields):
    live = fields.pop("live", True)
    honours = fields.pop("honours", ())
    page = RoleModelPage(
        title=fields.pop("title", name),
        slug=fields.pop("slug", f"role-model-{next(_slug_numbers)}"),
        name=name,
        category=category,
        first_honoured_year=year,
        deed=fields.pop("deed", "十年如一日照顾楼里的独居老人"),
        story=fields.pop("story", [("paragraph", f"<p>{name}的故事。</p>")]),
        **fields,
    )
    page.honours = [RoleModelHonour(title=title, year=y) for title, y in honours]
    return add_page(street, page, live)


def build_honour_board_index(home, title="荣誉榜", slug="honour-boards"):
    return add_page(home, HonourBoardIndexPage(title=title, slug=slug))


def build_honour_board(index, board, year, entries, **fields):
    """``entries`` are role-model pages or (name, citation) pairs."""
    page = HonourBoardPage(
        title=fields.pop("title", f"{year}年度{board}"),
        slug=fields.pop("slug", f"{board}-{year}"),
        board=board,
        year=year,
        **fields,
    )
    page.entries = [
        HonourBoardEntry(role_model=entry)
        if isinstance(entry, RoleModelPage)
        else HonourBoardEntry(name=entry[0], citation=entry[1])
        for entry in entries
    ]
    return add_page(index, page)


def build_family_index(home, title="康乐家风", slug="family-traditions"):
    return add_page(home, FamilyStoryIndexPage(title=title, slug=slug))


def build_family_story(index, family_name, maxim, campaign="family-tradition", **f):
    live = f.pop("live", True)
    page = FamilyStoryPage(
        title=f.pop("title", f"{family_name}的家风"),
        slug=f.pop("slug", f"family-{next(_slug_numbers)}"),
        family_name=family_name,
        maxim=maxim,
        campaign=campaign,
        story=f.pop("story", [("paragraph", f"<p>{family_name}的故事。</p>")]),
        **f,
    )
    return add_page(index, page, live)


def build_maxim(text, theme="filial", family=None, classic_source="", **fields):
    maxim = FamilyMaxim(
        text=text,
        explanation=fields.pop("explanation", f"{text}的白话解释。"),
        theme=theme,
        family=family,
        classic_source=classic_source or ("" if family else "《朱子家训》"),
        **fields,
    )
    maxim.full_clean()
    maxim.save()
    return maxim


def build_maxim_reader(home, title="家风家训读本", slug="family-maxims"):
    return add_page(home, FamilyMaximReaderPage(title=title, slug=slug))


def build_building_index(home, title="一栋一特", slug="themed-buildings"):
    return add_page(home, BuildingIndexPage(title=title, slug=slug))


def build_building(index, compound, number, theme="reading", **fields):
    page = BuildingPage(
        title=fields.pop("title", f"{compound.name}{number}"),
        slug=fields.pop("slug", f"building-{next(_slug_numbers)}"),
        compound=compound,
        building_number=number,
        theme=theme,
        reason=fields.pop("reason", "楼里读书的人多，大家商量定了这个主题。"),
        stairwell=fields.pop("stairwell", "每层楼道有一个小书架和读书心得墙。"),
        **fields,
    )
    return add_page(index, page)


def build_topic_index(home, title="康乐民生茶馆", slug="tea-house"):
    return add_page(home, TopicIndexPage(title=title, slug=slug))


# A topic's steps as (stage, date) pairs, from 听 up to where it is.
TOPIC_STEPS = [
    ("listen", date(2026, 3, 2)),
    ("deliberate", date(2026, 3, 16)),
    ("decide", date(2026, 3, 20)),
    ("act", date(2026, 4, 10)),
    ("review", date(2026, 5, 22)),
]


def topic_steps(stage):
    """The steps of a topic that has reached ``stage``."""
    reached = [name for name, _ in TOPIC_STEPS].index(stage) + 1
    return [TopicStep(stage=name, date=day) for name, day in TOPIC_STEPS[:reached]]


def build_consultation_topic(index, title, stage="listen", compounds=(), **fields):
    """A 议题 that has reached ``stage`` (on the days of TOPIC_STEPS, or
    ``steps``, (stage, date) pairs), with the decision and result that stage
    asks for."""
    live = fields.pop("live", True)
    steps = fields.pop("steps", None)
    updates = fields.pop("updates", ())
    page = TopicPage(
        title=title,
        slug=fields.pop("slug", f"topic-{next(_slug_numbers)}"),
        level=fields.pop("level", "community"),
        raised_by=fields.pop("raised_by", "康乐新村居民"),
        channel=fields.pop("channel", "grid-visit"),
        summary=fields.pop("summary", f"{title}：居民反映的问题。"),
        decision=fields.pop("decision", "按协商结果办理。"),
        result=fields.pop("result", "已办结，结果张贴公示。"),
        **fields,
    )
    if steps is None:
        page.steps = topic_steps(stage)
    else:
        page.steps = [TopicStep(stage=name, date=day) for name, day in steps]
    page.updates = [
        TopicUpdate(date=day, text=text, photo=photo) for day, text, photo in updates
    ]
    page.compounds = list(compounds)
    return add_page(index, page, live)


def sign_in_to_admin(client, username, password, headers=None):
    """Log in through the admin's login form, as a person does (and as the
    lockout of repeated failures sees it)."""
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        headers=headers,
    )


def build_password_restriction(page, password="secret"):
    """Put ``page`` and every page below it behind a password."""
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=password
    )


def praise(client, role_model, **headers):
    """A post from the praise button, as a browser sends it from the page."""
    headers.setdefault("Sec-Fetch-Site", "same-origin")
    return client.post(reverse("praise", args=[role_model.pk]), headers=headers)


def build_every_page_type(home):
    """One page of each type, ``home`` included, filled the way editors fill
    them: choosers, tags, inline rows, dates and a body with each kind of
    block. Keyed by page class."""
    from culture.models import BuildingPhoto, FamilyHonour, FamilyStoryPhoto

    image = build_image()
    compound = build_compound()
    service = build_service()
    topic = build_topic(services=[service])
    body = [
        ("heading", {"text": "活动安排", "level": "h3"}),
        (
            "paragraph",
            '<p>请到<a href="https://www.yangzhou.gov.cn/">市政府网站</a>查看。</p>',
        ),
        (
            "image",
            {
                "image": {"image": image, "decorative": False, "alt_text": "林荫街道"},
                "caption": "社区街景",
            },
        ),
        ("quote", {"text": "远亲不如近邻。", "attribution": "俗语"}),
        (
            "table",
            {
                "data": [["项目", "数量"], ["党员", "215名"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": "社区党组织一览",
                "table_header_choice": "row",
            },
        ),
    ]
    news_index = build_news_index(home)
    law = build_article_index(home)
    directory = build_directory(home)
    street = build_street(home)
    role_model = build_role_model(
        street,
        "王阿姨",
        compound=compound,
        portrait=image,
        story=body,
        honours=[("扬州好人", 2021)],
    )
    family_index = build_family_index(home)
    building_index = build_building_index(home)
    activity_index = build_activity_index(home)
    honour_board_index = build_honour_board_index(home)
    topic_index = build_topic_index(home)
    point = build_point(
        directory,
        "社区法治工作室",
        "studio",
        hours=[(0, "08:30", "12:00")],
        services=[service],
        exceptions=[{"date": date(2026, 10, 1), "note": "国庆节"}],
        body=body,
    )
    home.governances = [
        (
            "governance",
            {
                "title": "法治为本",
                "slogan": "法治护平安",
                "summary": "十分钟法律服务圈。",
                "page": directory,
            },
        )
    ]
    home.featured_sections = [
        ("section", {"page": news_index, "title": "", "description": "社区里的新鲜事"})
    ]
    publish(home)
    pages = [
        home,
        build_standard_page(home, body=body),
        news_index,
        build_news(
            news_index,
            "社区停水通知",
            date(2026, 11, 20),
            tags=["停水"],
            lead_image=image,
            body=body,
        ),
        law,
        build_article(
            law,
            "邻居漏水怎么办",
            topic,
            date(2026, 11, 1),
            body=[
                (
                    "question",
                    {"question": "楼上漏水怎么办？", "answer": "<p>先协商。</p>"},
                ),
                (
                    "citation",
                    {
                        "law": "中华人民共和国民法典",
                        "article": "第二百八十八条",
                        "text": "不动产的相邻权利人应当……",
                        "effective": date(2021, 1, 1),
                    },
                ),
            ],
        ),
        build_quiz(law),
        directory,
        point,
        activity_index,
        build_activity(
            activity_index,
            "身边的民法典",
            datetime(2026, 12, 12, 14, 30, tzinfo=SHANGHAI),
            place_page=point,
            place_text="",
        ),
        street,
        role_model,
        honour_board_index,
        build_honour_board(
            honour_board_index,
            "virtue",
            2026,
            [role_model, ("李师傅", "义务修车十年")],
        ),
        family_index,
        build_family_story(
            family_index,
            "张家",
            "勤俭持家",
            compound=compound,
            story=body,
            photos=[FamilyStoryPhoto(image=image, caption="全家福")],
            honours=[FamilyHonour(title="最美家庭", year=2024)],
        ),
        build_maxim_reader(home),
        building_index,
        build_building(
            building_index,
            compound,
            "8栋",
            activities=body,
            photos=[BuildingPhoto(image=image, caption="楼道书架")],
        ),
        topic_index,
        build_consultation_topic(
            topic_index,
            "楼道灯换成声控灯",
            "act",
            compounds=[compound],
            background=body,
            minutes=body,
            consultation_form="meeting",
            forum="cluster",
            carried_out_by="楼群自管会",
            due_date=date(2026, 12, 31),
            updates=[(date(2026, 4, 10), "开始逐栋更换。", image)],
        ),
    ]
    return {type(page): page for page in pages}
