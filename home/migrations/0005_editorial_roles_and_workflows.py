"""The newsroom's roles and review workflow, so that every install has them.

- 编辑 write drafts everywhere and upload images and documents; they cannot publish.
- 审核员 review and approve; a page goes live when its workflow is approved.
- 站点管理员 keep the settings, users, redirects and search settings.

Nobody but a superuser publishes directly: every page goes live through its
workflow (常规审核 for the whole site). The culture and legal apps grant their
own models' permissions; legal adds 法律审核 and its two-step workflow."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "编辑"
REVIEWER = "审核员"
SITE_ADMIN = "站点管理员"

PAGE_PERMISSIONS = {
    EDITOR: ["add_page", "change_page"],
    REVIEWER: ["add_page", "change_page", "lock_page", "unlock_page"],
    SITE_ADMIN: [],
}
MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
COLLECTION_PERMISSIONS = {
    EDITOR: MEDIA_PERMISSIONS,
    REVIEWER: MEDIA_PERMISSIONS,
    SITE_ADMIN: [],
}
MODEL_PERMISSIONS = {
    EDITOR: [("home", "add_compound"), ("home", "change_compound")],
    REVIEWER: [("home", "add_compound"), ("home", "change_compound")],
    SITE_ADMIN: [
        ("home", "change_sitesettings"),
        ("home", "add_searchsynonym"),
        ("home", "change_searchsynonym"),
        ("home", "delete_searchsynonym"),
        ("wagtailsearchpromotions", "add_searchpromotion"),
        ("wagtailsearchpromotions", "change_searchpromotion"),
        ("wagtailsearchpromotions", "delete_searchpromotion"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
        ("auth", "add_user"),
        ("auth", "change_user"),
        ("auth", "delete_user"),
    ],
}
WAGTAIL_STARTER_GROUPS = ["Moderators", "Editors"]
REVIEW = "审核员审核"
SITE_WORKFLOW = "常规审核"


def ensure_permissions(apps):
    """Django creates permissions after all migrations; this one needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def permission(apps, app_label, codename):
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label=app_label, codename=codename
    )


def create_roles(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    # Wagtail's English-named starter groups (Moderators may publish anywhere)
    # would sit beside ours; they go while nobody is in them.
    Group.objects.filter(
        name__in=WAGTAIL_STARTER_GROUPS, user__isnull=True
    ).delete()
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)
    access_admin = permission(apps, "wagtailadmin", "access_admin")
    for name in (EDITOR, REVIEWER, SITE_ADMIN):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=permission(apps, "wagtailcore", codename),
            )
        for app_label, codename in COLLECTION_PERMISSIONS[name]:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=permission(apps, app_label, codename),
            )
        for app_label, codename in MODEL_PERMISSIONS[name]:
            group.permissions.add(permission(apps, app_label, codename))


def create_workflows(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ReviewTask = apps.get_model("home", "ReviewTask")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="home", model="reviewtask"
    )

    task = ReviewTask.objects.create(name=REVIEW, active=True, content_type=task_type)
    task.groups.set([Group.objects.get(name=REVIEWER)])
    site_workflow = Workflow.objects.create(name=SITE_WORKFLOW, active=True)
    WorkflowTask.objects.create(workflow=site_workflow, task=task, sort_order=0)
    # Wagtail's own "Moderators approval" gives way to ours for the whole tree.
    WorkflowPage.objects.update_or_create(
        page=Page.objects.get(depth=1), defaults={"workflow": site_workflow}
    )
    Workflow.objects.exclude(name=SITE_WORKFLOW).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_review_task"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_roles, migrations.RunPython.noop),
        migrations.RunPython(create_workflows, migrations.RunPython.noop),
    ]
