"""Builds the demo site from the data files in ``home/demo/data/``.

Every record is looked up by its slug or name before it is created, so running
the loader again changes nothing; ``reset()`` removes what it built."""

import importlib
import io
from contextlib import contextmanager
from decimal import Decimal
from functools import cache

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signal_handlers
from taggit.models import Tag
from wagtail.admin.signal_handlers import (
    register_signal_handlers as register_workflow_notifications,
)
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site, TaskState, WorkflowState
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import (
    task_submitted,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from home.database import refresh_planner_statistics
from home.demo.bulk import ScaledSection, generated_slug, publication_moment
from home.demo.data import demo_data
from home.demo.images import alt_text, draw_illustration
from home.models import (
    ActivityIndexPage,
    Compound,
    HomePage,
    NewsIndexPage,
    NewsPage,
    NewsPageTag,
    SearchSynonym,
    SiteSettings,
    StandardPage,
)

DEMO_COLLECTION = "示例图片"
DEMO_ADMIN_USERNAME = "admin"
SITE_HOSTNAME = "127.0.0.1"
SITE_PORT = 8000


def stream_data(body):
    """Turn a data file's body blocks into StreamField values: a block's
    ``type`` names it, a paragraph's ``text`` is its value, and a table's
    header and rows become the table block's data."""
    blocks = []
    for block in body:
        block_type = block["type"]
        if block_type == "paragraph":
            value = block["text"]
        elif block_type == "table":
            value = {
                "data": [block["header"], *block["rows"]],
                "first_row_is_table_header": True,
                "first_col_is_header": False,
                "table_caption": block["caption"],
            }
        else:
            value = {key: item for key, item in block.items() if key != "type"}
        blocks.append((block_type, value))
    return blocks


@cache
def generated_note():
    """The closing paragraph of every page ``load_demo --scale`` generates,
    saying what the page is for."""
    return ("paragraph", f"<p>{demo_data('home', 'generated')['note']}</p>")


def as_saved_in_the_editor(body):
    """A news body whose paragraphs are stored as the page editor stores them
    (each keyed with ``data-block-key``). A draft left in review must look
    untouched to a reviewer who opens it and approves it in the editor, or
    Wagtail sees an edit and restarts the review."""
    paragraph = NewsPage._meta.get_field("body").stream_block.child_blocks["paragraph"]
    editor = paragraph.field.widget

    def as_posted(html):
        return editor.value_from_datadict(
            {"text": editor.format_value(html)}, {}, "text"
        )

    return [
        (kind, as_posted(value) if kind == "paragraph" else value)
        for kind, value in body
    ]


def publish(page, published_on=None):
    revision = page.save_revision()
    revision.publish()
    if published_on is not None:
        moment = publication_moment(published_on)
        Page.objects.filter(pk=page.pk).update(
            first_published_at=moment, last_published_at=moment
        )
    return page


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @transaction.atomic
    def load(self):
        community = demo_data("home", "community")
        governances = demo_data("home", "governances")["governances"]
        images = self.load_images()
        self.load_compounds()
        home = self.load_home(community["community"])
        self.load_about_pages(home)
        governance_pages = self.load_governances(home, governances)
        news_index = self.load_news(home, images)
        self.load_activity_index(home)
        self.link_home_sections(home, governances, governance_pages, news_index)
        self.load_site_settings(home, community["site_settings"])
        self.load_search_synonyms(community["search_synonyms"])
        self.load_review_queue(news_index)
        return self.created

    def load_review_queue(self, news_index):
        """Two drafts from the demo editor: one waiting for a reviewer, one sent
        back with a comment (only where the demo accounts exist)."""
        editor = demo_user("editor")
        if editor is None:
            return
        for spec in demo_data("home", "news")["drafts"]:
            if news_index.get_children().filter(slug=spec["slug"]).exists():
                continue
            page = NewsPage(
                title=spec["title"],
                slug=spec["slug"],
                date=spec["date"],
                source=spec["source"],
                summary=spec["summary"],
                body=as_saved_in_the_editor(stream_data(spec["body"])),
                owner=editor,
                is_sample_content=True,
                live=False,
            )
            news_index.add_child(instance=page)
            page.save_revision(user=editor)
            submit_for_review(page, editor, spec.get("changes_requested"))
            self.created += 1

    def add_child(self, parent, page, published_on=None):
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing is not None:
            return existing.specific
        parent.add_child(instance=page)
        self.created += 1
        return publish(page, published_on)

    def link_from_governance_page(self, home, governance_slug, heading, pages):
        """The page of one governance under 五治 (``governance_slug``, such as
        ``dezhi``) lists a section's ``pages`` under ``heading``, so that a
        reader who comes through 五治 finds them."""
        governance = (
            StandardPage.objects.child_of(home.get_children().get(slug="wuzhi"))
            .filter(slug=governance_slug)
            .first()
        )
        if governance is None or any(
            block.block_type == "heading" and block.value["text"] == heading
            for block in governance.body
        ):
            return
        links = "".join(
            f'<li><a linktype="page" id="{page.pk}">{page.title}</a></li>'
            for page in pages
        )
        governance.body.append(("heading", {"text": heading, "level": "h2"}))
        governance.body.append(("paragraph", f"<ul>{links}</ul>"))
        publish(governance)
        self.created += 1

    def feature_on_home_page(self, home, features):
        """Each ``(page, description)`` of ``features`` in the home page's
        栏目导航, one step from the home page, unless it is there already."""
        featured = {
            block.value["page"].pk
            for block in home.featured_sections
            if block.value["page"] is not None
        }
        added = [
            ("section", {"page": page, "title": "", "description": description})
            for page, description in features
            if page.pk not in featured
        ]
        if not added:
            return
        home.featured_sections.extend(added)
        publish(home)
        self.created += 1

    def load_images(self):
        return {
            spec["key"]: self.image(spec["key"], spec["title"], spec["subject"])
            for spec in demo_data("home", "images")["images"]
        }

    def image(self, key, title, subject, variant=0):
        """The illustration of ``subject`` (``home.demo.images``) titled
        ``title``, drawn and stored in the demo collection the first time it
        is asked for."""
        collection = Collection.objects.filter(name=DEMO_COLLECTION).first()
        if collection is None:
            collection = Collection.get_first_root_node().add_child(
                name=DEMO_COLLECTION
            )
        image_model = get_image_model()
        image = image_model.objects.filter(collection=collection, title=title).first()
        if image is None:
            data = draw_illustration(subject, variant)
            image = image_model(
                title=title, description=alt_text(subject), collection=collection
            )
            image.file.save(
                f"demo-{key}.jpg",
                ImageFile(io.BytesIO(data), name=f"demo-{key}.jpg"),
                save=False,
            )
            image.save()
            self.created += 1
        return image

    def load_compounds(self):
        for spec in demo_data("home", "compounds")["compounds"]:
            _, created = Compound.objects.get_or_create(
                name=spec["name"],
                defaults={
                    "description": spec["description"],
                    "latitude": Decimal(spec["latitude"]),
                    "longitude": Decimal(spec["longitude"]),
                    "households": spec["households"],
                    "is_sample_content": spec["is_sample"],
                },
            )
            self.created += created

    def load_home(self, community):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's initial migration leaves a placeholder page at the site root.
            for placeholder in root.get_children().exact_type(Page):
                placeholder.delete()
            home = HomePage(
                title=community["name"],
                slug="home",
                intro=community["intro"],
                area_km2=Decimal(community["area_km2"]),
                households=community["households"],
                residents=community["residents"],
                honours=[("honour", name) for name in community["honours"]],
                seo_title=f"{community['name']}：{community['tagline']}",
                search_description=community["intro"][:150],
            )
            root.add_child(instance=home)
            publish(home)
            self.created += 1
        site = Site.objects.filter(is_default_site=True).first() or Site()
        if (site.root_page_id, site.hostname, site.port) != (
            home.pk,
            SITE_HOSTNAME,
            SITE_PORT,
        ):
            site.root_page = home
            site.hostname = SITE_HOSTNAME
            site.port = SITE_PORT
            site.site_name = "康乐社区网"
            site.is_default_site = True
            site.save()
        return home

    def standard_page(self, spec):
        return StandardPage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec.get("summary", ""),
            search_description=spec.get("summary", ""),
            body=stream_data(spec["body"]),
            show_in_menus=spec.get("show_in_menus", False),
            is_sample_content=spec.get("is_sample", False),
        )

    def load_about_pages(self, home):
        for spec in demo_data("home", "pages")["pages"]:
            self.add_child(home, self.standard_page(spec))

    def load_governances(self, home, governances):
        parent = home.get_children().get(slug="wuzhi").specific
        return [
            self.add_child(
                parent,
                self.standard_page({**spec, "show_in_menus": False}),
            )
            for spec in governances
        ]

    def load_news(self, home, images):
        news_index = self.add_child(
            home,
            NewsIndexPage(
                title="社区动态",
                slug="news",
                intro="社区里的新鲜事、活动通知和工作进展。",
                search_description="康乐社区的新闻、活动与工作动态。",
                show_in_menus=True,
            ),
        )
        for spec in demo_data("home", "news")["news"]:
            published_on = spec["date"]
            page = NewsPage(
                title=spec["title"],
                slug=spec["slug"],
                date=published_on,
                source=spec["source"],
                summary=spec["summary"],
                search_description=spec["summary"],
                lead_image=images.get(spec.get("image")),
                body=stream_data(spec["body"]),
                is_sample_content=spec["is_sample"],
            )
            page.tags.add(*spec["tags"])
            self.add_child(news_index, page, published_on=published_on)
        return news_index

    def load_activity_index(self, home):
        """The calendar of every section's activities; each section's loader
        adds its own activities under it."""
        spec = demo_data("home", "activities")["index"]
        return self.add_child(
            home,
            ActivityIndexPage(
                title=spec["title"],
                slug=spec["slug"],
                intro=spec["intro"],
                search_description=spec["intro"][:120],
                show_in_menus=True,
            ),
        )

    def link_home_sections(self, home, governances, governance_pages, news_index):
        if home.governances and home.featured_sections:
            return
        home.governances = [
            (
                "governance",
                {
                    "title": spec["title"],
                    "slogan": spec["slogan"],
                    "summary": spec["summary"],
                    "page": page,
                },
            )
            for spec, page in zip(governances, governance_pages, strict=True)
        ]
        about = home.get_children().get(slug="about")
        wuzhi = home.get_children().get(slug="wuzhi")
        home.featured_sections = [
            (
                "section",
                {"page": news_index, "title": "", "description": "社区新闻与活动"},
            ),
            (
                "section",
                {
                    "page": wuzhi,
                    "title": "",
                    "description": "政治、德治、法治、自治、共治",
                },
            ),
            ("section", {"page": about, "title": "", "description": "社区的基本情况"}),
        ]
        publish(home)
        self.created += 1

    def load_site_settings(self, home, spec):
        site = Site.objects.get(root_page=home)
        site_settings = SiteSettings.for_site(site)
        if site_settings.contact_phone:
            return
        site_settings.contact_phone = spec["contact_phone"]
        site_settings.contact_address = spec["contact_address"]
        site_settings.office_hours = spec["office_hours"]
        site_settings.icp_number = spec["icp_number"]
        site_settings.police_record_number = spec["police_record_number"]
        site_settings.hotline = spec["hotline"]
        site_settings.footer_links = [("link", link) for link in spec["footer_links"]]
        site_settings.save()
        self.created += 1

    def load_search_synonyms(self, synonyms):
        for spec in synonyms:
            _, created = SearchSynonym.objects.get_or_create(
                term=spec["term"], defaults={"alternatives": spec["alternatives"]}
            )
            self.created += created


# One development login per newsroom role (see ADR 0005); the superuser first.
DEMO_ACCOUNTS = [
    (DEMO_ADMIN_USERNAME, None, "超级管理员"),
    ("editor", "编辑", "编辑"),
    ("reviewer", "审核员", "审核员"),
    ("lawyer", "法律审核", "法律审核"),
    ("siteadmin", "站点管理员", "站点管理员"),
]


def ensure_demo_accounts():
    """The development logins; only settings that name a password create them.
    Returns the password and (username, role) pairs, or ``None``."""
    password = settings.DEMO_ADMIN_PASSWORD
    if not password:
        return None
    user_model = get_user_model()
    for username, group_name, _ in DEMO_ACCOUNTS:
        if user_model.objects.filter(username=username).exists():
            continue
        email = f"{username}@example.invalid"
        if group_name is None:
            user_model.objects.create_superuser(username, email, password)
            continue
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            user_model.objects.create_user(username, email, password).groups.add(group)
    return password, [(username, role) for username, _, role in DEMO_ACCOUNTS]


def demo_user(username):
    """A development account, or ``None`` where there are none (production)."""
    return get_user_model().objects.filter(username=username).first()


def submit_for_review(page, user, changes_requested=None):
    """Put a draft into its workflow as ``user``, so the dashboard shows a
    review queue; with ``changes_requested`` a reviewer has sent it back."""
    if page.workflow_in_progress or page.get_workflow() is None:
        return
    with workflow_notifications_muted():
        page.get_workflow().start(page, user)
        if changes_requested is not None:
            task_state = page.current_workflow_task_state
            reviewer = demo_user("reviewer") or user
            task_state.task.specific.on_action(
                task_state, reviewer, "reject", comment=changes_requested
            )


# Wagtail's e-mail notices of workflow steps: its admin app connects them
# under these names (wagtail.admin.signal_handlers).
WORKFLOW_NOTIFICATIONS = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
]


@contextmanager
def workflow_notifications_muted():
    """The demo's review queue is no news to anyone: mailing each step to every
    reviewer and superuser printed seven e-mails (the console backend's) over
    the logins that ``load_demo`` ends with."""
    for signal, sender, name in WORKFLOW_NOTIFICATIONS:
        signal.disconnect(sender=sender, dispatch_uid=name)
    try:
        yield
    finally:
        register_workflow_notifications()


@transaction.atomic
def reset():
    """Remove the demo tree, compounds and illustrations."""
    for home in HomePage.objects.all():
        home.delete()
    Compound.objects.all().delete()
    SearchSynonym.objects.all().delete()
    collection = Collection.objects.filter(name=DEMO_COLLECTION).first()
    if collection is not None:
        # Wagtail removes an image's file and renditions when the image is deleted.
        for image in get_image_model().objects.filter(collection=collection):
            image.delete()
    SiteSettings.objects.all().delete()


def section_demo_modules():
    """The ``demo.loader`` modules of the other apps (culture, legal ...), found
    through the app registry so that home never imports them by name. Each has
    ``load(home)`` and ``load_scaled(home, scale)``, returning how many records
    they created, and ``reset()``."""
    modules = []
    for app_config in apps.get_app_configs():
        if app_config.name == "home":
            continue
        name = f"{app_config.name}.demo.loader"
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as error:
            if not name.startswith(error.name or "-"):
                raise
    return modules


@contextmanager
def index_updates_deferred():
    """Saves inside skip the search and reference indexes, which
    ``rebuild_indexes()`` then builds once: updating both at each save of each
    page (three saves a page, with its revision and publication) took two
    fifths of the demo's loading time."""
    indexed = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    for model in indexed:
        post_save.disconnect(search_signal_handlers.post_save_signal_handler, model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in indexed:
            post_save.connect(search_signal_handlers.post_save_signal_handler, model)


def rebuild_indexes():
    call_command("update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)
    refresh_planner_statistics()


# News generated in bulk by ``load_demo --scale N``: two thousand articles at
# 1, dated over the last seven years and spread over the compounds and the
# events of ``home/demo/data/generated.toml``, so that listings, search and query
# counts can be tried on a site with years of content. All of it is 示例内容.
NEWS_AT_SCALE_1 = 2000
NEWS_SLUG_PREFIX = "sample-news-"
NEWS_SPAN_DAYS = 7 * 365


def load_scaled(home, scale):
    """The generated content of ``load_demo --scale``: the news here, then each
    section's own; returns how many records were created."""
    return load_scaled_news(home, scale) + sum(
        section.load_scaled(home, scale) for section in section_demo_modules()
    )


@transaction.atomic
def load_scaled_news(home, scale):
    """Add the generated news missing for ``scale``; returns how many."""
    section = ScaledSection.under(
        home, NewsIndexPage, NEWS_AT_SCALE_1, scale, NEWS_SLUG_PREFIX
    )
    loader = DemoLoader()
    images = loader.load_images()
    events = demo_data("home", "generated")["news_events"]
    tags = {
        name: Tag.objects.get_or_create(name=name)[0]
        for event in events
        for name in event["tags"]
    }
    compounds = list(Compound.objects.order_by("pk"))
    planned = [(number, events[number % len(events)]) for number in section.numbers]
    pages = [
        news_page(
            number,
            event,
            compounds[number % len(compounds)],
            section.date_of(number, NEWS_SPAN_DAYS),
            images,
        )
        for number, event in planned
    ]
    section.add(pages)
    NewsPageTag.objects.bulk_create(
        NewsPageTag(content_object=page, tag=tags[name])
        for page, (_, event) in zip(pages, planned, strict=True)
        for name in event["tags"]
    )
    return len(pages) + loader.created


def news_page(number, event, compound, published_on, images):
    title = f"{compound.name}{event['what']}"
    summary = f"{published_on.month}月，{title}。{event['detail']}"
    return NewsPage(
        title=title,
        slug=generated_slug(NEWS_SLUG_PREFIX, number),
        date=published_on,
        source=event["source"],
        summary=summary,
        search_description=summary,
        lead_image=images[event["image"]] if "image" in event else None,
        body=[
            (
                "paragraph",
                f"<p>{published_on.year}年{published_on.month}月"
                f"{published_on.day}日，{title}。{event['detail']}</p>",
            ),
            generated_note(),
        ],
        is_sample_content=True,
    )
