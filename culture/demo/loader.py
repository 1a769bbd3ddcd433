"""Builds the demo 德治 section from the data files in ``culture/demo/data/``;
run by ``manage.py load_demo``. Pages are looked up by slug and snippets by text before
they are created, so a second run changes nothing."""

from datetime import date

from django.db import transaction
from django.utils import timezone

from culture.models import (
    BuildingIndexPage,
    BuildingPage,
    BuildingPhoto,
    FamilyHonour,
    FamilyMaxim,
    FamilyMaximReaderPage,
    FamilyStoryIndexPage,
    FamilyStoryPage,
    FamilyStoryPhoto,
    HonourBoardEntry,
    HonourBoardIndexPage,
    HonourBoardPage,
    Nomination,
    RoleModelHonour,
    RoleModelIndexPage,
    RoleModelPage,
)
from culture.models.buildings import THEME_CHOICES
from culture.models.categories import CATEGORY_CHOICES
from culture.models.honour_boards import BOARD_NAMES
from home.demo.bulk import ScaledSection, generated_slug
from home.demo.data import demo_data
from home.demo.loader import DemoLoader, generated_note, stream_data
from home.models import Compound

SECTION_HEADING = "德治栏目"
# The section pages, each with the data file of its demo content; the file's
# ``index`` holds the page's title, address, intro and its line in the home
# page's 栏目导航.
SECTIONS = [
    (RoleModelIndexPage, "role_models"),
    (HonourBoardIndexPage, "honour_boards"),
    (FamilyStoryIndexPage, "family_stories"),
    (FamilyMaximReaderPage, "maxims"),
    (BuildingIndexPage, "buildings"),
]


def index_page(model, spec, show_in_menus=False):
    return model(
        title=spec["title"],
        slug=spec["slug"],
        intro=spec["intro"],
        search_description=spec["intro"][:120],
        show_in_menus=show_in_menus,
    )


class CultureLoader(DemoLoader):
    def load(self, home):
        compounds = {compound.name: compound for compound in Compound.objects.all()}
        role_models = self.load_role_models(home, compounds)
        self.load_honour_boards(home, role_models)
        families = self.load_family_stories(home, compounds)
        self.load_maxims(home, families)
        self.load_buildings(home, compounds)
        self.load_nominations(compounds)
        sections = self.section_pages(home)
        # Only the street is in the main menu: the others are found through
        # 德治为先 and the home page's 栏目导航.
        self.link_from_governance_page(
            home, "dezhi", SECTION_HEADING, [page for page, _ in sections]
        )
        self.feature_on_home_page(
            home,
            [
                (page, demo_data("culture", name)["index"]["feature"])
                for page, name in sections
            ],
        )
        return self.created

    def section_pages(self, home):
        """The live section pages, in the order of SECTIONS, with the name of
        each one's data file."""
        return [
            (page, name)
            for model, name in SECTIONS
            for page in model.objects.child_of(home).live()
        ]

    def gallery(self, photo_model, key, spec):
        """The gallery of ``spec``'s photos: each caption over the illustration
        of its subject."""
        return [
            photo_model(
                image=self.image(
                    f"{key}-{position}", photo["caption"], photo["subject"]
                ),
                caption=photo["caption"],
            )
            for position, photo in enumerate(spec["photos"])
        ]

    def load_role_models(self, home, compounds):
        data = demo_data("culture", "role_models")
        street = self.add_child(
            home, index_page(RoleModelIndexPage, data["index"], show_in_menus=True)
        )
        pages = {}
        for number, spec in enumerate(data["role_models"]):
            existing = street.get_children().filter(slug=spec["slug"]).first()
            if existing is not None:
                pages[spec["slug"]] = existing.specific
                continue
            page = RoleModelPage(
                title=spec["name"],
                slug=spec["slug"],
                name=spec["name"],
                is_pen_name=spec["is_pen_name"],
                portrait=self.image(
                    f"portrait-{spec['slug']}",
                    f"{spec['name']}（示意头像）",
                    "portrait",
                    variant=number,
                ),
                category=spec["category"],
                compound=compounds.get(spec["compound"]),
                first_honoured_year=spec["first_honoured_year"],
                deed=spec["deed"],
                summary=spec["summary"],
                search_description=spec["summary"],
                story=stream_data(spec["story"]),
                is_sample_content=True,
            )
            page.honours = [
                RoleModelHonour(title=honour["title"], year=honour["year"])
                for honour in spec["honours"]
            ]
            pages[spec["slug"]] = self.add_child(street, page)
        return pages

    def load_honour_boards(self, home, role_models):
        data = demo_data("culture", "honour_boards")
        index = self.add_child(home, index_page(HonourBoardIndexPage, data["index"]))
        for spec in data["boards"]:
            name = BOARD_NAMES[spec["board"]]
            page = HonourBoardPage(
                title=f"{spec['year']}年度{name}",
                slug=f"{spec['board']}-{spec['year']}",
                board=spec["board"],
                year=spec["year"],
                intro=spec["intro"],
                search_description=spec["intro"][:120],
                is_sample_content=True,
            )
            page.entries = [
                HonourBoardEntry(
                    role_model=role_models.get(entry.get("role_model")),
                    name="" if "role_model" in entry else entry["name"],
                    citation=entry["citation"],
                )
                for entry in spec["entries"]
            ]
            self.add_child(index, page)

    def load_family_stories(self, home, compounds):
        data = demo_data("culture", "family_stories")
        index = self.add_child(home, index_page(FamilyStoryIndexPage, data["index"]))
        pages = {}
        for spec in data["stories"]:
            existing = index.get_children().filter(slug=spec["slug"]).first()
            if existing is not None:
                pages[spec["slug"]] = existing.specific
                continue
            page = FamilyStoryPage(
                title=f"{spec['family_name']}的家风",
                slug=spec["slug"],
                family_name=spec["family_name"],
                compound=compounds.get(spec["compound"]),
                campaign=spec["campaign"],
                maxim=spec["maxim"],
                summary=spec["summary"],
                search_description=spec["summary"],
                story=stream_data(spec["story"]),
                is_sample_content=True,
            )
            page.honours = [
                FamilyHonour(title=honour["title"], year=honour["year"])
                for honour in spec["honours"]
            ]
            page.photos = self.gallery(FamilyStoryPhoto, f"family-{spec['slug']}", spec)
            pages[spec["slug"]] = self.add_child(index, page)
        return pages

    def load_maxims(self, home, families):
        data = demo_data("culture", "maxims")
        self.add_child(home, index_page(FamilyMaximReaderPage, data["index"]))
        for spec in data["maxims"]:
            _, created = FamilyMaxim.objects.get_or_create(
                text=spec["text"],
                defaults={
                    "explanation": spec["explanation"],
                    "theme": spec["theme"],
                    "family": families.get(spec.get("family")),
                    "classic_source": spec.get("classic", ""),
                },
            )
            self.created += created

    def load_buildings(self, home, compounds):
        data = demo_data("culture", "buildings")
        index = self.add_child(home, index_page(BuildingIndexPage, data["index"]))
        theme_names = dict(THEME_CHOICES)
        for spec in data["buildings"]:
            if index.get_children().filter(slug=spec["slug"]).exists():
                continue
            page = BuildingPage(
                title=f"{spec['compound']}{spec['building_number']}·"
                f"{theme_names[spec['theme']]}",
                slug=spec["slug"],
                compound=compounds[spec["compound"]],
                building_number=spec["building_number"],
                theme=spec["theme"],
                summary=spec["summary"],
                search_description=spec["summary"],
                reason=spec["reason"],
                stairwell=spec["stairwell"],
                activities=stream_data(spec["activities"]),
                is_sample_content=True,
            )
            page.photos = self.gallery(BuildingPhoto, f"building-{spec['slug']}", spec)
            self.add_child(index, page)

    def load_nominations(self, compounds):
        """A few residents' nominations waiting for review, so that editors
        see the review path at work."""
        for spec in demo_data("culture", "nominations")["nominations"]:
            _, created = Nomination.objects.get_or_create(
                nominee_name=spec["nominee_name"],
                deed=spec["deed"],
                defaults={
                    "compound": compounds.get(spec["compound"]),
                    "category": spec["category"],
                    "nominator_name": spec["nominator_name"],
                    "nominator_phone": spec["nominator_phone"],
                    "is_anonymous": not spec["nominator_name"],
                    "consented_at": timezone.now(),
                },
            )
            self.created += created


@transaction.atomic
def load(home):
    return CultureLoader().load(home)


@transaction.atomic
def reset():
    Nomination.objects.all().delete()
    FamilyMaxim.objects.all().delete()
    for model in (
        HonourBoardIndexPage,
        RoleModelIndexPage,
        FamilyMaximReaderPage,
        FamilyStoryIndexPage,
        BuildingIndexPage,
    ):
        for page in model.objects.all():
            page.delete()


# Role models generated in bulk by ``load_demo --scale N``: five hundred at 1,
# spread over the categories, compounds and years, with names and deeds made
# from ``culture/demo/data/generated.toml`` and the honours of the demo's role
# models. All of it is 示例内容.
ROLE_MODELS_AT_SCALE_1 = 500
ROLE_MODEL_SLUG_PREFIX = "sample-role-model-"
FIRST_HONOURED_YEARS = range(2012, 2026)
# A handful of silhouettes serve every generated plaque.
PORTRAITS = 4


@transaction.atomic
def load_scaled(home, scale):
    """Add the generated role models missing for ``scale``; returns how many."""
    section = ScaledSection.under(
        home, RoleModelIndexPage, ROLE_MODELS_AT_SCALE_1, scale, ROLE_MODEL_SLUG_PREFIX
    )
    loader = DemoLoader()
    portraits = [
        loader.image(
            f"portrait-generated-{position}",
            f"示意头像{position}（批量生成的示例好人）",
            "portrait",
            variant=position,
        )
        for position in range(1, PORTRAITS + 1)
    ]
    compounds = list(Compound.objects.order_by("pk"))
    honour_titles = sorted(
        {
            honour["title"]
            for spec in demo_data("culture", "role_models")["role_models"]
            for honour in spec["honours"]
        }
    )
    generated = demo_data("culture", "generated")
    pages = [
        role_model(number, generated, compounds, portraits[number % PORTRAITS])
        for number in section.numbers
    ]
    section.add(pages, published_on=lambda page: date(page.first_honoured_year, 12, 1))
    RoleModelHonour.objects.bulk_create(
        RoleModelHonour(
            page=page,
            sort_order=position,
            title=honour_titles[(number + position) % len(honour_titles)],
            year=min(page.first_honoured_year + 3 * position, FIRST_HONOURED_YEARS[-1]),
        )
        for page, number in zip(pages, section.numbers, strict=True)
        for position in range(1 + number % 2)
    )
    return len(pages) + loader.created


def role_model(number, generated, compounds, portrait):
    """Generated role model ``number``, named, described and placed by its
    number from the ``generated`` data file."""
    surnames, given_names = generated["surnames"], generated["given_names"]
    name = (
        surnames[number % len(surnames)]
        + given_names[number // len(surnames) % len(given_names)]
    )
    category = CATEGORY_CHOICES[number % len(CATEGORY_CHOICES)][0]
    deeds = generated["deeds"][category]
    deed = deeds[number // len(CATEGORY_CHOICES) % len(deeds)]
    compound = compounds[number % len(compounds)]
    year = FIRST_HONOURED_YEARS[number % len(FIRST_HONOURED_YEARS)]
    summary = f"{name}住在{compound.name}，{deed}。"
    return RoleModelPage(
        title=name,
        slug=generated_slug(ROLE_MODEL_SLUG_PREFIX, number),
        name=name,
        portrait=portrait,
        category=category,
        compound=compound,
        first_honoured_year=year,
        deed=deed,
        summary=summary,
        search_description=summary,
        story=[
            (
                "paragraph",
                f"<p>{name}是{compound.name}的居民，{year}年第一次被评为社区好人。"
                f"{deed}，邻居们都看在眼里。</p>",
            ),
            generated_note(),
        ],
        is_sample_content=True,
    )
