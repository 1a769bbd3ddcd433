"""Builds the demo 十分钟法律服务圈, 普法 and the monthly activities from the
data files in ``legal/demo/data/``; run by ``manage.py load_demo``. Records
are looked up before they are created, so a second run changes nothing."""

from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from home.demo.bulk import ScaledSection, generated_slug
from home.demo.data import demo_data
from home.demo.loader import DemoLoader, generated_note, publish, stream_data
from home.models import ActivityIndexPage, ActivityKind, ActivityPage, SiteSettings
from legal.models import (
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


@transaction.atomic
def load(home):
    loader = DemoLoader()
    data = demo_data("legal", "directory")
    services = {}
    for spec in data["services"]:
        service, created = LegalService.objects.get_or_create(
            slug=spec["slug"], defaults={k: v for k, v in spec.items() if k != "slug"}
        )
        services[service.slug] = service
        loader.created += created

    directory = loader.add_child(
        home,
        LegalServiceDirectoryPage(
            title=data["index"]["title"],
            slug=data["index"]["slug"],
            intro=data["index"]["intro"],
            search_description=data["index"]["intro"][:120],
            show_in_menus=True,
        ),
    )
    for spec in data["points"]:
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
            OpeningPeriod(weekday=weekday, opens=hours["opens"], closes=hours["closes"])
            for hours in spec["hours"]
            for weekday in hours["weekdays"]
        ]
        point.opening_exceptions = [
            OpeningException(
                date=exception["date"],
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


def load_articles(loader, home):
    data = demo_data("legal", "articles")
    topics = {}
    for spec in data["topics"]:
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
            title=data["index"]["title"],
            slug=data["index"]["slug"],
            intro=data["index"]["intro"],
            search_description=data["index"]["intro"][:120],
            show_in_menus=True,
        ),
    )
    for spec in data["articles"]:
        published_on = spec["date"]
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
                body=stream_data(spec["body"]),
                reviewer=spec["reviewer"],
                reviewed_on=spec["reviewed_on"],
                is_sample_content=True,
            ),
            published_on=published_on,
        )
    for spec in demo_data("legal", "quizzes")["quizzes"]:
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
    """A year of the monthly rhythm under the shell's calendar of activities:
    the last ten months and the next two, of the four kinds legal's migration
    made."""
    index = home.get_children().type(ActivityIndexPage).get().specific
    templates = demo_data("legal", "activities")["activities"]
    if legal_activities(templates).child_of(index).exists():
        return  # generated once; a later month's run must not add more
    points = {point.slug: point for point in directory.get_children().specific()}
    kinds = {kind.slug: kind for kind in ActivityKind.objects.all()}
    today = timezone.localdate()
    for offset in range(-9, 3):
        year, month = divmod(today.year * 12 + today.month - 1 + offset, 12)
        month += 1
        for spec in templates:
            day = date(year, month, spec["day"])
            loader.add_child(
                index,
                ActivityPage(
                    title=spec["title"].format(month=month),
                    slug=f"{year}-{month:02d}-{spec['kind']}",
                    kind=kinds[spec["kind"]],
                    starts_at=_moment(day, spec["start"]),
                    ends_at=_moment(day, spec["end"]),
                    place_page=points.get(spec.get("point")),
                    place_text=spec.get("place", ""),
                    summary=spec["summary"],
                    search_description=spec["summary"],
                    is_sample_content=True,
                ),
            )


def legal_activities(templates):
    """The activities of the kinds the demo's monthly templates use."""
    return ActivityPage.objects.filter(
        kind__slug__in={spec["kind"] for spec in templates}
    )


def _moment(day, clock):
    return timezone.make_aware(datetime.combine(day, clock))


@transaction.atomic
def reset():
    legal_activities(demo_data("legal", "activities")["activities"]).delete()
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
    sources = demo_data("legal", "articles")["articles"]
    pages = [
        article(
            number,
            sources,
            topics,
            section.date_of(number, ARTICLE_SPAN_DAYS),
            section.today,
        )
        for number in section.numbers
    ]
    return len(section.add(pages))


def article(number, sources, topics, published_on, today):
    """Generated article ``number``: one question of a demo article in
    ``sources`` with one law it cites."""
    source = sources[number % len(sources)]
    rounds = number // len(sources)
    questions = [block for block in source["body"] if block["type"] == "question"]
    citations = [block for block in source["body"] if block["type"] == "citation"]
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
        body=[
            *stream_data([question, citations[rounds % len(citations)]]),
            generated_note(),
        ],
        reviewer=source["reviewer"],
        # Most were reviewed within the year, as a section kept up to date is.
        reviewed_on=max(published_on, today - timedelta(days=number % 300)),
        is_sample_content=True,
    )
