"""Talks stored before dates were bounded may start so far ahead (year 9999 and beyond on PostgreSQL)
that Python cannot load or show them. Pull such start times back inside the showable range, in SQL,
without loading the rows: the person then sees the talk and can delete it."""

from django.db import migrations

from nearer.core.dates import SHOWABLE_FIRST, SHOWABLE_LAST


def bound_talk_times(apps, schema_editor):
    talk = apps.get_model("program", "Talk")
    talk.objects.filter(starts_at__gt=SHOWABLE_LAST).update(starts_at=SHOWABLE_LAST)
    talk.objects.filter(starts_at__lt=SHOWABLE_FIRST).update(starts_at=SHOWABLE_FIRST)


class Migration(migrations.Migration):
    dependencies = [("program", "0001_initial")]

    operations = [migrations.RunPython(bound_talk_times, migrations.RunPython.noop)]
