"""The monthly 1+1 activities become the shell's community activities.

Each legal activity page and the activity index keep their page (same id,
address and tree place): their own rows are copied into the shell's tables,
the type of the page, its revisions, log entries, workflow states, references
and search entries is changed, and the four monthly kinds become 法治's kinds
of activity. Editors' permissions on the legal types pass to the shell's."""

from django.db import migrations

# The kinds of the monthly 1+1 rhythm, by the slug the old type field held.
LEGAL_KINDS = [
    ("visit", "一月一走访"),
    ("talk", "一月一宣讲"),
    ("service", "一月一服务"),
    ("publicity", "一月一宣传"),
]
MOVED_MODELS = ["activityindexpage", "activitypage"]
# Where Wagtail names an object's type: each of these rows follows the page.
TYPE_REFERENCES = [
    ("wagtailcore", "Page", "content_type"),
    ("wagtailcore", "Revision", "content_type"),
    ("wagtailcore", "PageLogEntry", "content_type"),
    ("wagtailcore", "WorkflowState", "content_type"),
    ("wagtailcore", "ReferenceIndex", "content_type"),
    ("wagtailcore", "ReferenceIndex", "to_content_type"),
    ("wagtailsearch", "IndexEntry", "content_type"),
]


def create_legal_kinds(apps):
    ActivityKind = apps.get_model("home", "ActivityKind")
    return {
        slug: ActivityKind.objects.get_or_create(
            slug=slug, defaults={"name": name, "governance": "fazhi"}
        )[0]
        for slug, name in LEGAL_KINDS
    }


def copy_rows(apps, kinds):
    """The legal rows as the shell's, saved without their page rows, which
    stay as they are."""
    for index in apps.get_model("legal", "ActivityIndexPage").objects.all():
        apps.get_model("home", "ActivityIndexPage")(
            page_ptr_id=index.page_ptr_id,
            is_sample_content=index.is_sample_content,
            intro=index.intro,
        ).save_base(raw=True)
    for activity in apps.get_model("legal", "ActivityPage").objects.all():
        apps.get_model("home", "ActivityPage")(
            page_ptr_id=activity.page_ptr_id,
            is_sample_content=activity.is_sample_content,
            kind=kinds[activity.activity_type],
            starts_at=activity.starts_at,
            ends_at=activity.ends_at,
            place_page_id=activity.place_point_id,
            place_text=activity.place_text,
            summary=activity.summary,
            report=activity.report.raw_data,
        ).save_base(raw=True)


def move_revisions(apps, old_type, new_type, kinds):
    """Revisions hold the page's fields by name: the kind and the place are
    named anew, so that an old revision can still be compared or restored."""
    Revision = apps.get_model("wagtailcore", "Revision")
    for revision in Revision.objects.filter(content_type=old_type):
        content = revision.content
        content["content_type"] = new_type.pk
        if "activity_type" in content:
            kind = kinds.get(content.pop("activity_type"))
            content["kind"] = kind.pk if kind else None
        if "place_point" in content:
            content["place_page"] = content.pop("place_point")
        revision.content = content
        revision.save(update_fields=["content"])


def move_permissions(apps, old_type, new_type):
    Permission = apps.get_model("auth", "Permission")
    for old in Permission.objects.filter(content_type=old_type):
        new = Permission.objects.filter(
            content_type=new_type, codename=old.codename
        ).first()
        if new is None:
            old.content_type = new_type
            old.save(update_fields=["content_type"])
            continue
        for group in old.group_set.all():
            group.permissions.add(new)
        for user in old.user_set.all():
            user.user_permissions.add(new)
        old.delete()


def move_activities(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    kinds = create_legal_kinds(apps)
    copy_rows(apps, kinds)
    for model in MOVED_MODELS:
        old_type = ContentType.objects.filter(app_label="legal", model=model).first()
        if old_type is None:
            continue
        new_type, _ = ContentType.objects.get_or_create(app_label="home", model=model)
        move_revisions(apps, old_type, new_type, kinds)
        for app_label, model_name, field in TYPE_REFERENCES:
            apps.get_model(app_label, model_name).objects.filter(
                **{field: old_type}
            ).update(**{field: new_type})
        move_permissions(apps, old_type, new_type)
        old_type.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("legal", "0004_quiz_answer_read_as_number"),
        ("home", "0009_community_activities"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailsearch", "0010_add_text_fields"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(move_activities, migrations.RunPython.noop),
        migrations.DeleteModel(name="ActivityPage"),
        migrations.DeleteModel(name="ActivityIndexPage"),
    ]
