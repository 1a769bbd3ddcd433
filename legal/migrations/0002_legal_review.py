"""法律审核: legal content (articles, the service directory) goes live only after
a legal reviewer and then a 审核员 approve it. This adds the 法律审核 group, the
two-step 法治内容审核 workflow on the legal sections that exist (new ones get it
when they are created, see legal/workflows.py), and the legal snippets'
permissions for the newsroom's groups."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR = "编辑"
REVIEWER = "审核员"
LEGAL_REVIEWER = "法律审核"
REVIEW = "审核员审核"
LEGAL_REVIEW = "法律审核"
LEGAL_WORKFLOW = "法治内容审核"
SNIPPETS = ["legalservice", "legaltopic", "holidayarrangement"]
MODEL_PERMISSIONS = {
    EDITOR: [f"{action}_{model}" for model in SNIPPETS for action in ("add", "change")],
    REVIEWER: [
        f"{action}_{model}"
        for model in SNIPPETS
        for action in ("add", "change", "delete")
    ],
    LEGAL_REVIEWER: ["change_legalservice", "change_legaltopic"],
}
LEGAL_SECTION_MODELS = ["legalarticleindexpage", "legalservicedirectorypage"]


def permission(apps, app_label, codename):
    return apps.get_model("auth", "Permission").objects.get(
        content_type__app_label=app_label, codename=codename
    )


def create_legal_review(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    ReviewTask = apps.get_model("home", "ReviewTask")

    legal_reviewers, _ = Group.objects.get_or_create(name=LEGAL_REVIEWER)
    legal_reviewers.permissions.add(permission(apps, "wagtailadmin", "access_admin"))
    # Reviewers open the page they review; they do not publish it.
    GroupPagePermission.objects.get_or_create(
        group=legal_reviewers,
        page=Page.objects.get(depth=1),
        permission=permission(apps, "wagtailcore", "change_page"),
    )
    for app_label, codename in (
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "choose_document"),
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=legal_reviewers,
            collection=Collection.objects.get(depth=1),
            permission=permission(apps, app_label, codename),
        )
    for group_name, codenames in MODEL_PERMISSIONS.items():
        group = Group.objects.get(name=group_name)
        for codename in codenames:
            group.permissions.add(permission(apps, "legal", codename))

    task_type, _ = ContentType.objects.get_or_create(
        app_label="home", model="reviewtask"
    )
    legal_review = ReviewTask.objects.create(
        name=LEGAL_REVIEW, active=True, content_type=task_type
    )
    legal_review.groups.set([legal_reviewers])
    workflow = Workflow.objects.create(name=LEGAL_WORKFLOW, active=True)
    WorkflowTask.objects.create(workflow=workflow, task=legal_review, sort_order=0)
    WorkflowTask.objects.create(
        workflow=workflow, task=ReviewTask.objects.get(name=REVIEW), sort_order=1
    )
    for page in Page.objects.filter(
        content_type__app_label="legal", content_type__model__in=LEGAL_SECTION_MODELS
    ):
        WorkflowPage.objects.update_or_create(
            page=page, defaults={"workflow": workflow}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("legal", "0001_initial"),
        ("home", "0005_editorial_roles_and_workflows"),
    ]

    operations = [migrations.RunPython(create_legal_review, migrations.RunPython.noop)]
