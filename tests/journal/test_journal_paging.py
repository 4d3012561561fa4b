"""The journal list pages: newest first, PAGE_SIZE entries a page, older and newer links without JS,
only the entries shown are opened, and the privacy rule holds on every page."""

import re
from datetime import timedelta

from django.db import connection
from django.urls import reverse

from nearer.journal import services
from nearer.journal.models import JournalEntry
from nearer.journal.paging import PAGE_SIZE
from tests.conftest import client_for
from tests.factories import key_for

LINK = re.compile(r'href="([^"]*\?(?:older|newer)=[^"]*)"[^>]*>\s*(Older entries|Newer entries)')
BODY = re.compile(r"entry number (\d+) by (\w+)")


def _write_many(user, count, now, *, share=False, start=0, step=2):
    """`count` entries by `user`, one a minute apart (offset by `start`), optionally shared."""
    key = key_for(user)
    for number in range(start, start + count * step, step):
        when = now + timedelta(minutes=number)
        entry = services.entry_create(user=user, body=f"entry number {number} by {user.display_name}", key=key, now=when)
        if share:
            services.entry_set_visibility(user=user, entry_id=entry.pk, visibility="shared", key=key, now=when)


def _links(html):
    return {label: url.replace("&amp;", "&") for url, label in LINK.findall(html)}


def _walk(client):
    """Follow 'Older entries' from the first page to the last; return every page's html."""
    pages = [client.get(reverse("journal:index")).content.decode()]
    while "Older entries" in _links(pages[-1]):
        assert len(pages) < 50, "paging does not end"
        response = client.get(_links(pages[-1])["Older entries"])
        assert response.status_code == 200
        pages.append(response.content.decode())
    return pages


def _numbers(html):
    return [int(number) for number, _ in BODY.findall(html)]


def test_first_page_shows_the_newest_page_and_page_two_is_reachable(alex, now):
    _write_many(alex, PAGE_SIZE + 5, now, step=1)
    client = client_for(alex)
    first = client.get(reverse("journal:index")).content.decode()
    newest = list(range(PAGE_SIZE + 4, 4, -1))
    assert _numbers(first) == newest
    assert set(_links(first)) == {"Older entries"}
    second = client.get(_links(first)["Older entries"]).content.decode()
    assert _numbers(second) == [4, 3, 2, 1, 0]
    assert set(_links(second)) == {"Newer entries"}
    back = client.get(_links(second)["Newer entries"]).content.decode()
    assert _numbers(back) == newest and set(_links(back)) == {"Older entries"}


def test_newer_link_from_deep_pages_walks_back_in_full_pages(alex, now):
    _write_many(alex, PAGE_SIZE * 3, now, step=1)
    pages = _walk(client_for(alex))
    assert [len(_numbers(page)) for page in pages] == [PAGE_SIZE] * 3
    client = client_for(alex)
    middle = client.get(_links(pages[2])["Newer entries"]).content.decode()
    assert _numbers(middle) == _numbers(pages[1])
    assert set(_links(middle)) == {"Older entries", "Newer entries"}


def test_entries_with_the_same_time_are_neither_lost_nor_repeated(alex, now):
    key = key_for(alex)
    for number in range(PAGE_SIZE * 2 + 3):
        services.entry_create(user=alex, body=f"entry number {number} by Alex", key=key, now=now)
    seen = [number for page in _walk(client_for(alex)) for number in _numbers(page)]
    assert sorted(seen) == list(range(PAGE_SIZE * 2 + 3))


def test_partner_private_entries_never_appear_on_any_page(alex_and_sam, alex, sam, now):
    later = now + timedelta(seconds=1)
    _write_many(alex, PAGE_SIZE + 3, later, start=0)
    _write_many(sam, PAGE_SIZE + 3, later, start=1)
    _write_many(sam, 4, later + timedelta(seconds=30), start=1, share=True)
    pages = _walk(client_for(alex))
    assert len(pages) == 2
    seen = [(int(number), name) for page in pages for number, name in BODY.findall(page)]
    assert len(seen) == len(set(seen)) == PAGE_SIZE + 3 + 4
    assert {name for _, name in seen} == {"Alex", "Sam"}
    assert len([1 for _, name in seen if name == "Sam"]) == 4
    private_sam = {entry.pk for entry in JournalEntry.objects.filter(author=sam, visibility="private")}
    assert all(str(pk) not in page for page in pages for pk in private_sam)
    times = [(int(number) * 60 + (30 if name == "Sam" else 0)) for number, name in seen]
    assert times == sorted(times, reverse=True)


def test_a_cursor_from_someone_else_or_a_changed_one_gives_the_first_page_and_a_400(alex_and_sam, alex, sam, now):
    _write_many(alex, PAGE_SIZE + 2, now + timedelta(seconds=1), start=0)
    _write_many(sam, PAGE_SIZE + 2, now + timedelta(seconds=1), start=1)
    sam_older = _links(client_for(sam).get(reverse("journal:index")).content.decode())["Older entries"]
    client = client_for(alex)
    first = _numbers(client.get(reverse("journal:index")).content.decode())
    token = sam_older.split("=", 1)[1]
    for query in (f"older={token}", f"newer={token}", "older=nonsense", "newer=", f"older={token[:-3]}abc",
                  "older=" + "A" * 5000, f"older={token}&newer={token}", "older=%00%ff"):
        response = client.get(reverse("journal:index") + "?" + query)
        html = response.content.decode()
        assert response.status_code == 400, query
        assert "This page link no longer works" in html, query
        assert _numbers(html) == first and "by Sam" not in html, query


def test_only_the_entries_shown_are_opened(alex, now):
    _write_many(alex, PAGE_SIZE + 1, now, step=1)
    oldest = JournalEntry.objects.order_by("created_at").first()
    JournalEntry.objects.filter(pk=oldest.pk).update(body_sealed=b"\x00" * 64)
    response = client_for(alex).get(reverse("journal:index"))
    assert response.status_code == 200
    assert _numbers(response.content.decode()) == list(range(PAGE_SIZE, 0, -1))


def test_queries_per_page_do_not_grow_with_the_entries(alex_and_sam, alex, sam, now, django_assert_max_num_queries):
    # Session, user, safety gate, membership and partner (for the share words), the two parts of
    # the list: a fixed number whatever the number of entries.
    _write_many(alex, PAGE_SIZE * 3, now + timedelta(seconds=1), start=0)
    _write_many(sam, PAGE_SIZE, now + timedelta(seconds=1), start=1, share=True)
    client = client_for(alex)
    with django_assert_max_num_queries(10):
        first = client.get(reverse("journal:index")).content.decode()
    with django_assert_max_num_queries(10):
        second = client.get(_links(first)["Older entries"]).content.decode()
    with django_assert_max_num_queries(10):
        client.get(_links(second)["Newer entries"])


def _list_queries(alex, now):
    """The SQL the first page and a later page run for alex's list."""
    from django.test.utils import CaptureQueriesContext

    client = client_for(alex)
    first = client.get(reverse("journal:index")).content.decode()
    with CaptureQueriesContext(connection) as captured:
        client.get(_links(first)["Older entries"])
    return [q["sql"] for q in captured.captured_queries if 'FROM "journal_journalentry"' in q["sql"]]


def test_the_list_queries_use_the_indexes_without_a_sort_or_a_scan_on_sqlite(alex_and_sam, alex, sam, now):
    if connection.vendor != "sqlite":
        return
    _write_many(alex, PAGE_SIZE + 2, now + timedelta(seconds=1), start=0)
    _write_many(sam, 3, now + timedelta(seconds=1), start=1, share=True)
    queries = _list_queries(alex, now)
    assert len(queries) == 2
    for sql in queries:
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
            plan = " | ".join(row[-1] for row in cursor.fetchall())
        assert "TEMP B-TREE" not in plan, plan
        assert "SCAN journal_journalentry" not in plan and "SCAN T" not in plan, plan
        assert re.search(r"SEARCH (journal_journalentry|T\d?) USING (COVERING )?INDEX journal_(own|shared)_newest", plan), plan


def test_the_list_queries_use_the_indexes_without_a_sort_on_postgresql(alex_and_sam, alex, sam, now):
    if connection.vendor != "postgresql":
        return
    _write_many(alex, PAGE_SIZE + 2, now + timedelta(seconds=1), start=0)
    _write_many(sam, 3, now + timedelta(seconds=1), start=1, share=True)
    queries = _list_queries(alex, now)
    assert len(queries) == 2
    for sql in queries:
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute("EXPLAIN " + sql)
            plan = " | ".join(row[0] for row in cursor.fetchall())
        assert "Sort" not in plan and "Seq Scan on journal_journalentry" not in plan, plan
        assert re.search(r"Index Scan( Backward)? using journal_(own|shared)_newest", plan), plan


def test_a_link_past_the_last_entry_gives_the_first_page(alex, now):
    _write_many(alex, PAGE_SIZE + 2, now, step=1)
    client = client_for(alex)
    older = _links(client.get(reverse("journal:index")).content.decode())["Older entries"]
    JournalEntry.objects.filter(created_at__lt=now + timedelta(minutes=2)).delete()
    response = client.get(older)
    assert response.status_code == 200
    assert _numbers(response.content.decode()) == list(range(PAGE_SIZE + 1, 1, -1))
    assert _links(response.content.decode()) == {}
