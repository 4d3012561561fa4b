"""Canary sweep: unique strings written into every private field reach no other person through any
page, API answer, export, or log line, and never sit in the database files in the clear."""

import logging
import pathlib
import re
import sqlite3
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse

from nearer.privacy import registry
from tests.conftest import page_body
from tests.privacy import world as w
from tests.privacy.conftest import PROOFS
from tests.privacy.test_authorization_matrix import MATRIX, ROUTES, _client, _url

pytestmark = pytest.mark.django_db(transaction=True)

VIEWERS = ("partner", "other_couple", "former_member")


def _private_canaries(world) -> dict[str, set[str]]:
    """Canaries of private text, by owner name (shared text is meant to be readable by the couple)."""
    found = {}
    for model in registry.sealed_models():
        if registry.is_item(model):
            for item in model.objects.filter(visibility="private"):
                found.setdefault(item.author.display_name, set()).update(
                    w.canary(item.author.display_name, _label_of(world, item), c, model._meta.label_lower)
                    for c in model.SEALED_FIELDS
                )
        else:
            for row in model.objects.all():
                owner = getattr(row, model.SEALED_OWNER)
                found.setdefault(owner.display_name, set()).update(
                    w.canary(owner.display_name, "membership", c) for c in model.SEALED_FIELDS
                )
    return found


def _label_of(world, item) -> str:
    for (label, name), item_id in world.items.items():
        if str(item_id) == str(item.pk):
            return {"own_shared_before_join": "shared_before_join"}.get(name, name)
    return "extra"


def _crawl(client, world) -> dict[str, bytes]:
    """Every GET answer the person can ask for: pages, API, every item id in the world, the export."""
    answers = {}
    for route, entry in MATRIX.items():
        if "GET" not in entry.get("methods", ["GET"]) or entry["access"] in ("secret_link", "couple_object"):
            continue
        if route == "accounts:export":
            continue  # fetched below, once
        if entry["access"] in ("item", "item_author"):
            for (label, name), item_id in world.items.items():
                if label == entry["model"]:
                    url = _url(route, item_id)
                    answers[url] = page_body(client.get(url))
        else:
            url = _url(route, None)
            answers[url] = page_body(client.get(url))
    export = client.get(reverse("accounts:export"))
    answers["export"] = export.content
    answers["headers"] = "\n".join(f"{k}: {v}" for k, v in export.headers.items()).encode()
    return answers


def _assert_no_canary(blob: bytes, canaries: set[str], where: str):
    for canary in canaries:
        PROOFS["canaries"] += 1
        assert canary.encode() not in blob, f"{canary} leaked into {where}"


def test_private_text_of_a_person_reaches_nobody_else(now, caplog):
    caplog.set_level(logging.DEBUG)
    world = w.build(now)
    canaries = _private_canaries(world)
    assert canaries["Alex"] and canaries["Sam"] and canaries["Kim"]
    for viewer in VIEWERS:
        person = world.people[viewer].display_name
        foreign = set().union(*(c for owner, c in canaries.items() if owner != person))
        for where, blob in _crawl(_client(world, viewer), world).items():
            _assert_no_canary(blob, foreign, f"{viewer}'s view of {where}")
    _assert_no_canary(caplog.text.encode(), set().union(*canaries.values()), "the logs")


def test_the_owner_does_see_their_own_private_text(now):
    world = w.build(now)
    own = _private_canaries(world)["Alex"]
    answers = _crawl(_client(world, "self"), world)
    seen = {c for c in own if any(c.encode() in blob for blob in answers.values())}
    assert seen == own


def test_partner_pages_do_not_change_when_the_other_writes_privately(now):
    world = w.build(now)
    partner = _client(world, "partner")
    before = _crawl(partner, world)
    for model in w.item_models():
        for n in range(3):
            w._item(model, world.people["self"], f"extra{n}", now + timedelta(hours=1))
    after = _crawl(partner, world)
    for answers in (before, after):
        answers.pop("export"), answers.pop("headers")
        for url in answers:  # a calendar file is stamped with the moment it was made
            answers[url] = re.sub(rb"DTSTAMP:\S+", b"DTSTAMP:", answers[url])
    assert before == after


def test_database_files_and_a_backup_hold_no_private_text(now, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("reads the SQLite files themselves (PostgreSQL is covered by the other sweeps)")
    world = w.build(now)
    for actor in ("self", "partner", "other_couple"):
        _client(world, actor)  # people logged in while the copy is taken
    canaries = set().union(*_private_canaries(world).values())
    path = pathlib.Path(connection.settings_dict["NAME"])
    backup = tmp_path / "backup.sqlite3"
    with sqlite3.connect(path) as source, sqlite3.connect(backup) as target:
        source.backup(target)
    for file in (path, path.with_name(path.name + "-wal"), backup):
        if file.exists():
            _assert_no_canary(file.read_bytes(), canaries, file.name)


def test_every_private_column_is_sealed_in_storage(now):
    world = w.build(now)
    for model in registry.sealed_models():
        for column in model.SEALED_FIELDS:
            field = model._meta.get_field(f"{column}_sealed")
            assert field.get_internal_type() == "BinaryField", f"{model.__name__}.{column}_sealed"
        rows = model.objects.filter(visibility="private") if registry.is_item(model) else model.objects.all()
        assert rows.exists(), f"the world has no private {model.__name__}"
        for row in rows:
            for column in model.SEALED_FIELDS:
                stored = bytes(getattr(row, f"{column}_sealed") or b"")
                assert stored, f"{model.__name__}.{column} stored nothing sealed"
                assert b"CANARY" not in stored
                if registry.is_item(model):
                    assert getattr(row, f"{column}_shared") == ""


def test_calendar_feeds_and_reminder_mails_hold_no_private_text_not_even_the_owners(now):
    from django.core import mail
    from django.test import Client

    from nearer.program.models import Talk
    from nearer.reminders import services as reminders

    world = w.build(now)
    canaries = set().union(*_private_canaries(world).values())
    for actor in ("self", "partner", "other_couple", "former_member"):
        person = world.people[actor]
        reminders.reminder_email_set(user=person, by_email=True, now=now)
        body = Client().get(reverse("reminders:feed", args=[reminders.feed_create(user=person, now=now)])).content
        if actor == "self":
            assert body.count(b"BEGIN:VEVENT") >= 1
        _assert_no_canary(body, canaries, f"{actor}'s calendar feed")
    first_talk = Talk.objects.order_by("starts_at").first().starts_at
    sent, _ = reminders.reminders_send(now=first_talk - timedelta(minutes=30))
    assert sent >= 1
    for message in mail.outbox:
        _assert_no_canary((message.subject + message.body).encode(), canaries, "a reminder e-mail")
