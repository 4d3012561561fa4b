"""Give every invitation an opaque id for its links (existing rows each get their own)."""

import uuid

from django.db import migrations, models


def fill_uids(apps, schema_editor):
    Invitation = apps.get_model("couples", "Invitation")
    for invitation in Invitation.objects.filter(uid__isnull=True).only("pk"):
        invitation.uid = uuid.uuid4()
        invitation.save(update_fields=["uid"])


class Migration(migrations.Migration):

    dependencies = [
        ("couples", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="invitation", name="uid", field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(fill_uids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="invitation", name="uid",
            field=models.UUIDField(default=uuid.uuid4, unique=True, editable=False),
        ),
    ]
