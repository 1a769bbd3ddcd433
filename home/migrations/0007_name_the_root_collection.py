from django.db import migrations

ROOT_NAME = "根集合"


def name_root_collection(apps, schema_editor):
    """Editors choose the root collection when they upload an image or a
    document, and filter by it; Wagtail names it "Root"."""
    Collection = apps.get_model("wagtailcore", "Collection")
    Collection.objects.filter(depth=1, name="Root").update(name=ROOT_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_remove_default_moderators_workflow"),
    ]

    operations = [
        migrations.RunPython(name_root_collection, migrations.RunPython.noop)
    ]
