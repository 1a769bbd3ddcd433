"""Builds the demo 自治 section from ``consultation/demo/data/``; run by
``manage.py load_demo``. Pages are looked up by slug before they are created,
so a second run changes nothing."""

from django.db import transaction

from consultation.models import (
    TopicIndexPage,
    TopicPage,
    TopicRating,
    TopicStep,
    TopicUpdate,
)
from home.demo.data import demo_data
from home.demo.loader import DemoLoader, stream_data
from home.models import Compound
from home.visitors import visitor_digest

SECTION_HEADING = "自治栏目"


def paragraph(text):
    return stream_data([{"type": "paragraph", "text": f"<p>{text}</p>"}])


@transaction.atomic
def load(home):
    loader = DemoLoader()
    data = demo_data("consultation", "topics")
    compounds = {compound.name: compound for compound in Compound.objects.all()}
    index = loader.add_child(
        home,
        TopicIndexPage(
            title=data["index"]["title"],
            slug=data["index"]["slug"],
            intro=data["index"]["intro"],
            search_description=data["index"]["intro"][:120],
            show_in_menus=True,
        ),
    )
    for spec in data["topics"]:
        if index.get_children().filter(slug=spec["slug"]).exists():
            continue
        topic = TopicPage(
            title=spec["title"],
            slug=spec["slug"],
            level=spec["level"],
            raised_by=spec["raised_by"],
            channel=spec["channel"],
            summary=spec["summary"],
            search_description=spec["summary"],
            background=paragraph(spec["background"]) if "background" in spec else [],
            consultation_form=spec.get("consultation_form", ""),
            forum=spec.get("forum", ""),
            minutes=paragraph(spec["minutes"]) if "minutes" in spec else [],
            decision=spec.get("decision", ""),
            carried_out_by=spec.get("carried_out_by", ""),
            due_date=spec.get("due_date"),
            result=spec.get("result", ""),
            is_sample_content=True,
        )
        topic.compounds = [compounds[name] for name in spec["compounds"]]
        topic.steps = [TopicStep(**step) for step in spec["steps"]]
        topic.updates = [
            TopicUpdate(
                date=update["date"],
                text=update["text"],
                photo=photo(loader, spec["slug"], update.get("photo")),
            )
            for update in spec.get("updates", [])
        ]
        loader.add_child(index, topic, published_on=spec["steps"][0]["date"])
        loader.created += add_ratings(topic, spec.get("ratings", {}))
    loader.link_from_governance_page(home, "zizhi", SECTION_HEADING, [index])
    loader.feature_on_home_page(home, [(index, data["index"]["feature"])])
    return loader.created


def add_ratings(topic, counts):
    """The sample verdicts of ``counts``, each under a made-up browser."""
    ratings = [
        TopicRating(
            topic=topic,
            verdict=verdict,
            visitor=visitor_digest(f"demo-{topic.slug}-{verdict}-{number}"),
        )
        for verdict, count in counts.items()
        for number in range(count)
    ]
    TopicRating.objects.bulk_create(ratings)
    return len(ratings)


def photo(loader, slug, spec):
    if spec is None:
        return None
    return loader.image(f"topic-{slug}", spec["caption"], spec["subject"])


def load_scaled(home, scale):
    """The section adds nothing in bulk: a dozen topics show every step."""
    return 0


@transaction.atomic
def reset():
    for page in TopicIndexPage.objects.all():
        page.delete()
