"""Every route, every actor: what the matrix file promises is what the app answers. Foreign and
missing ids give the same 404, byte for byte (apart from the per-response CSRF token)."""

import pathlib

import pytest
import yaml
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import PASSWORD, page_body
from tests.privacy import world as w
from tests.privacy.conftest import PROOFS

pytestmark = pytest.mark.django_db

MATRIX = yaml.safe_load((pathlib.Path(__file__).parent / "authorization_matrix.yaml").read_text())["routes"]
LOGIN = "/accounts/login/"


def _walk(patterns, namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace or ""])) if pattern.namespace else namespace
            yield from _walk(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield f"{namespace}:{pattern.name}" if namespace else pattern.name, pattern


ROUTES = dict(_walk(get_resolver().url_patterns))


def test_every_route_has_an_entry_in_the_matrix():
    assert sorted(set(ROUTES) - set(MATRIX)) == [], "add these routes to authorization_matrix.yaml"


def test_every_matrix_entry_names_a_live_route():
    assert sorted(set(MATRIX) - set(ROUTES)) == []


def _client(world, actor: str) -> Client:
    client = Client()
    if actor != "anonymous":
        response = client.post(LOGIN, {"username": world.people[actor].email, "password": PASSWORD})
        assert response.status_code == 302
    return client


def _url(route: str, value) -> str:
    names = list(ROUTES[route].pattern.converters)
    if not names:
        return reverse(route)
    fixed = MATRIX.get(route, {}).get("kwargs")
    return reverse(route, kwargs=fixed if fixed and value is None else {names[0]: value})


def _call(client, method: str, url: str):
    PROOFS["probes"] += 1
    response = client.get(url) if method == "GET" else client.post(url, {})
    assert response.status_code < 500, f"{method} {url} answered {response.status_code}"
    return response


def _assert_anonymous_sent_away(response, route: str):
    if route.startswith("api:"):
        assert response.status_code == 401
    else:
        assert response.status_code == 302 and response["Location"].startswith(LOGIN)


def _assert_same_404(response, missing, label: str):
    assert response.status_code == 404, f"{label} answered {response.status_code}, expected 404"
    assert page_body(response) == page_body(missing), f"{label}: the 404 differs from a missing id's"


@pytest.mark.parametrize("route", sorted(name for name, e in MATRIX.items() if e["access"] in ("public", "login")))
def test_route_without_ids_answers_every_actor(route, now):
    entry, world = MATRIX[route], w.build(now, with_items=False)
    for actor in w.ACTORS:
        for method in entry.get("methods", ["GET"]):
            response = _call(_client(world, actor), method, _url(route, None))
            if actor == "anonymous" and entry["access"] == "login":
                _assert_anonymous_sent_away(response, route)


@pytest.mark.parametrize("actor", w.ACTORS)
@pytest.mark.parametrize("route", sorted(name for name, e in MATRIX.items() if e["access"] in ("item", "item_author")))
def test_item_route_shows_each_actor_only_what_they_may_see(route, actor, now):
    entry, world = MATRIX[route], w.build(now)
    client = _client(world, actor)
    for method in entry.get("methods", ["GET"]):
        rule = entry.get("post_access", entry["access"]) if method == "POST" else entry["access"]
        allowed = w.readable(w.model_for(entry["model"]), actor, changes=rule == "item_author")
        for name in w.ITEM_OBJECTS:
            # Asked right before, so both answers see the same session state (e.g. flash messages).
            missing = _call(client, method, _url(route, w.MISSING_UUID))
            response = _call(client, method, _url(route, world.items[(entry["model"], name)]))
            label = f"{actor} {method} {route} on {name}"
            if actor == "anonymous":
                _assert_anonymous_sent_away(response, route)
            elif name in allowed:
                assert response.status_code in (200, 302, 400), f"{label} answered {response.status_code}"
                client.get("/privacy/")  # shows (and so clears) any flash message the action left
            else:
                _assert_same_404(response, missing, label)


@pytest.mark.parametrize("actor", w.ACTORS)
@pytest.mark.parametrize("route", sorted(name for name, e in MATRIX.items() if e["access"] == "couple_object"))
def test_couple_object_route_serves_only_members_of_that_couple(route, actor, now):
    entry, world = MATRIX[route], w.build(now, with_items=False)
    client = _client(world, actor)
    for method in entry.get("methods", ["GET"]):
        for name in w.COUPLE_OBJECTS:
            missing = _call(client, method, _url(route, world.invitations["missing"]))
            response = _call(client, method, _url(route, world.invitations[name]))
            label = f"{actor} {method} {route} on {name}"
            if actor == "anonymous":
                _assert_anonymous_sent_away(response, route)
            elif name in w.COUPLE_READABLE.get(actor, set()):
                assert response.status_code in (200, 302), f"{label} answered {response.status_code}"
                client.get("/privacy/")  # shows (and so clears) any flash message the action left
            else:
                _assert_same_404(response, missing, label)


@pytest.mark.parametrize("route", sorted(name for name, e in MATRIX.items() if e["access"] == "secret_link"))
def test_secret_links_with_unknown_secrets_open_nothing(route, now):
    entry, world = MATRIX[route], w.build(now, with_items=False)
    pattern = ROUTES[route].pattern
    for actor in w.ACTORS:
        client = _client(world, actor)
        for method in entry.get("methods", ["GET"]):
            kwargs = {name: "bm90LWEtc2VjcmV0" for name in pattern.converters}
            PROOFS["probes"] += 1
            url = reverse(route, kwargs=kwargs)
            response = client.get(url, follow=True) if method == "GET" else client.post(url, {}, follow=True)
            body = response.content.decode()
            assert response.status_code in (200, 404), f"{actor} {method} {route}: {response.status_code}"
            assert "not valid" in body or "no longer works" in body or "Log in" in body
