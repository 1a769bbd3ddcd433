"""The newsroom's groups may keep the family maxims; 审核员 review residents'
nominations (their contact details stay with the reviewers)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODEL_PERMISSIONS = {
    "编辑": ["add_familymaxim", "change_familymaxim"],
    "审核员": [
        "add_familymaxim",
        "change_familymaxim",
        "delete_familymaxim",
        "change_nomination",
    ],
}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codenames in MODEL_PERMISSIONS.items():
        Group.objects.get(name=group_name).permissions.add(
            *Permission.objects.filter(
                content_type__app_label="culture", codename__in=codenames
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("culture", "0001_initial"),
        ("home", "0005_editorial_roles_and_workflows"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
