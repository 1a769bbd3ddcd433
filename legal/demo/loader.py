"""Builds the demo 十分钟法律服务圈 from ``legal.demo.content``; run by
``manage.py load_demo``. Records are looked up before they are created, so a
second run changes nothing."""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from home.demo.bulk import ScaledSection, generated_slug
from home.demo.content import GENERATED_NOTE
from home.demo.loader import DemoLoader, publish
from home.models import SiteSettings
from legal.demo import articles, content
from legal.models import (
    ActivityIndexPage,
    ActivityPage,
    HolidayArrangement,
    LegalArticleIndexPage,
    LegalArticlePage,
    LegalQuizPage,
    LegalService,
    LegalServiceDirectoryPage,
    LegalServicePointPage,
    LegalTopic,
    OpeningException,
    OpeningPeriod,
)
from legal.models.articles import AUDIENCE_CHOICES


def _time(text):
    return time.fromisoformat(text)


@transaction.atomic
def load(home):
    loader = DemoLoader()
    services = {}
    for spec in content.SERVICES:
        service, created = LegalService.objects.get_or_create(
            slug=spec["slug"], defaults={k: v for k, v in spec.items() if k != "slug"}
        )
        services[service.slug] = service
        loader.created += created

    directory = loader.add_child(
        home,
        LegalServiceDirectoryPage(
            title=content.DIRECTORY["title"],
            slug=content.DIRECTORY["slug"],
            intro=content.DIRECTORY["intro"],
            search_description=content.DIRECTORY["intro"][:120],
            show_in_menus=True,
        ),
    )
    for spec in content.POINTS:
        if directory.get_children().filter(slug=spec["slug"]).exists():
            continue
        point = LegalServicePointPage(
            title=spec["title"],
            slug=spec["slug"],
            kind=spec["kind"],
            is_lead_point=spec["is_lead_point"],
            summary=spec["summary"],
            search_description=spec["summary"],
            address=spec["address"],
            latitude=Decimal(spec["latitude"]),
            longitude=Decimal(spec["longitude"]),
            phone=spec["phone"],
            contact_person=spec["contact_person"],
            appointment=spec["appointment"],
            step_free_entrance=spec["step_free_entrance"],
            has_lift=spec["has_lift"],
            has_hearing_loop=spec["has_hearing_loop"],
            follows_public_holidays=spec["follows_public_holidays"],
            is_sample_content=True,
        )
        point.services = [services[slug] for slug in spec["services"]]
        point.opening_periods = [
            OpeningPeriod(weekday=weekday, opens=_time(opens), closes=_time(closes))
            for weekdays, opens, closes in spec["hours"]
            for weekday in weekdays
        ]
        point.opening_exceptions = [
            OpeningException(
                date=date.fromisoformat(exception["date"]),
                closed=exception["closed"],
                note=exception["note"],
            )
            for exception in spec["exceptions"]
        ]
        loader.add_child(directory, point)

    load_articles(loader, home)
    load_activities(loader, home, directory)

    site_settings = SiteSettings.for_site(Site.objects.get(root_page=home))
    if site_settings.help_page_id is None:
        site_settings.help_page = directory
        site_settings.save()
        loader.created += 1
    if not any(
        block.value["page"].pk == directory.pk for block in home.featured_sections
    ):
        home.featured_sections.append(
            (
                "section",
                {"page": directory, "title": "", "description": "离家最近的法律服务点"},
            )
        )
        publish(home)
        loader.created += 1
    return loader.created


def article_body(body):
    """Body tuples with citation dates as dates."""
    return [
        (kind, {**value, "effective": date.fromisoformat(value["effective"])})
        if kind == "citation"
        else (kind, value)
        for kind, value in body
    ]


def load_articles(loader, home):
    topics = {}
    for spec in articles.TOPICS:
        topic, created = LegalTopic.objects.get_or_create(
            slug=spec["slug"],
            defaults={"name": spec["name"], "description": spec["description"]},
        )
        if created:
            topic.services.set(LegalService.objects.filter(slug__in=spec["services"]))
            loader.created += 1
        topics[topic.slug] = topic

    index = loader.add_child(
        home,
        LegalArticleIndexPage(
            title=content.ARTICLE_INDEX["title"],
            slug=content.ARTICLE_INDEX["slug"],
            intro=content.ARTICLE_INDEX["intro"],
            search_description=content.ARTICLE_INDEX["intro"][:120],
            show_in_menus=True,
        ),
    )
    for spec in articles.ARTICLES:
        published_on = date.fromisoformat(spec["date"])
        loader.add_child(
            index,
            LegalArticlePage(
                title=spec["title"],
                slug=spec["slug"],
                date=published_on,
                topic=topics[spec["topic"]],
                audience=spec["audience"],
                summary=spec["summary"],
                search_description=spec["summary"],
                body=article_body(spec["body"]),
                reviewer=spec["reviewer"],
                reviewed_on=date.fromisoformat(spec["reviewed_on"]),
                is_sample_content=True,
            ),
            published_on=published_on,
        )
    for spec in content.QUIZZES:
        loader.add_child(
            index,
            LegalQuizPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                search_description=spec["intro"][:120],
                questions=[("question", question) for question in spec["questions"]],
                is_sample_content=True,
            ),
        )


def load_activities(loader, home, directory):
    """A year of the monthly rhythm: the last ten months and the next two."""
    index = loader.add_child(
        home,
        ActivityIndexPage(
            title=content.ACTIVITY_INDEX["title"],
            slug=content.ACTIVITY_INDEX["slug"],
            intro=content.ACTIVITY_INDEX["intro"],
            search_description=content.ACTIVITY_INDEX["intro"],
            show_in_menus=True,
        ),
    )
    if ActivityPage.objects.child_of(index).exists():
        return  # generated once; a later month's run must not add more
    points = {point.slug: point for point in directory.get_children().specific()}
    today = timezone.localdate()
    for offset in range(-9, 3):
        year, month = divmod(today.year * 12 + today.month - 1 + offset, 12)
        month += 1
        for spec in content.ACTIVITY_TEMPLATES:
            day = date(year, month, spec["day"])
            loader.add_child(
                index,
                ActivityPage(
                    title=spec["title"].format(month=month),
                    slug=f"{year}-{month:02d}-{spec['type']}",
                    activity_type=spec["type"],
                    starts_at=_moment(day, spec["start"]),
                    ends_at=_moment(day, spec["end"]),
                    place_point=points.get(spec["point"]),
                    place_text=spec["place"],
                    summary=spec["summary"],
                    search_description=spec["summary"],
                    is_sample_content=True,
                ),
            )


def _moment(day, clock):
    return timezone.make_aware(datetime.combine(day, _time(clock)))


@transaction.atomic
def reset():
    ActivityPage.objects.all().delete()
    ActivityIndexPage.objects.all().delete()
    LegalQuizPage.objects.all().delete()
    LegalArticlePage.objects.all().delete()
    LegalArticleIndexPage.objects.all().delete()
    LegalTopic.objects.all().delete()
    LegalServicePointPage.objects.all().delete()
    LegalServiceDirectoryPage.objects.all().delete()
    LegalService.objects.all().delete()
    HolidayArrangement.objects.all().delete()


# Legal-education articles generated in bulk by ``load_demo --scale N``: two
# hundred at 1, each one question of a demo article with a law it cites, under
# the article's topic. All of it is 示例内容.
ARTICLES_AT_SCALE_1 = 200
ARTICLE_SLUG_PREFIX = "sample-article-"
ARTICLE_SPAN_DAYS = 5 * 365


@transaction.atomic
def load_scaled(home, scale):
    """Add the generated articles missing for ``scale``; returns how many."""
    section = ScaledSection.under(
        home, LegalArticleIndexPage, ARTICLES_AT_SCALE_1, scale, ARTICLE_SLUG_PREFIX
    )
    topics = {topic.slug: topic for topic in LegalTopic.objects.all()}
    pages = [
        article(
            number, topics, section.date_of(number, ARTICLE_SPAN_DAYS), section.today
        )
        for number in section.numbers
    ]
    return len(section.add(pages))


def article(number, topics, published_on, today):
    source = articles.ARTICLES[number % len(articles.ARTICLES)]
    rounds = number // len(articles.ARTICLES)
    questions = [value for kind, value in source["body"] if kind == "question"]
    citations = [block for block in source["body"] if block[0] == "citation"]
    question = questions[rounds % len(questions)]
    topic = topics[source["topic"]]
    summary = (
        f"{topic.name}方面居民常问：{question['question']}"
        f"本期由{source['reviewer']}解答，并附上相关法条。"
    )
    return LegalArticlePage(
        title=f"普法小课堂第{number}期：{question['question']}",
        slug=generated_slug(ARTICLE_SLUG_PREFIX, number),
        date=published_on,
        topic=topic,
        audience=AUDIENCE_CHOICES[number % len(AUDIENCE_CHOICES)][0],
        summary=summary,
        search_description=summary,
        body=article_body(
            [
                ("question", question),
                citations[rounds % len(citations)],
                ("paragraph", f"<p>{GENERATED_NOTE}</p>"),
            ]
        ),
        reviewer=source["reviewer"],
        # Most were reviewed within the year, as a section kept up to date is.
        reviewed_on=max(published_on, today - timedelta(days=number % 300)),
        is_sample_content=True,
    )
