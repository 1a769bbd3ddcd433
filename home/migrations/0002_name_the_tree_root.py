from django.db import migrations

ROOT_TITLE = "站点根目录"


def name_root(apps, schema_editor):
    """Editors see the tree root in the admin's breadcrumbs; give it a Chinese name."""
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1).update(title=ROOT_TITLE, draft_title=ROOT_TITLE)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
    ]

    operations = [migrations.RunPython(name_root, migrations.RunPython.noop)]
