"""Remove Wagtail's starter workflow, "Moderators approval", and its task.

Wagtail creates them for the tree root; 0005 gave the root the newsroom's own
workflow and disabled this one, which has since shown in English in the
admin's workflow and task lists. Nothing is assigned to it: the root's
assignment was replaced in 0005, and a page or model type still assigned to it
falls back to its section's workflow once the assignment goes. A workflow or
task that already reviewed something is kept (disabled) with its history."""

from django.db import migrations

MODERATORS_APPROVAL = "Moderators approval"


def remove_moderators_approval(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow.objects.filter(
        name=MODERATORS_APPROVAL, workflow_states__isnull=True
    ).delete()
    GroupApprovalTask.objects.filter(
        name=MODERATORS_APPROVAL, task_states__isnull=True
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_editorial_roles_and_workflows"),
    ]

    operations = [
        migrations.RunPython(remove_moderators_approval, migrations.RunPython.noop)
    ]
