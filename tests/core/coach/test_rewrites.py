"""Rewrites and the I-statement builder reuse the user's own words."""

from nearer.core.coach import review


def test_every_harsh_finding_gets_at_least_one_rewrite():
    result = review("You never listen, you're so lazy, and if you don't change I'm leaving.")
    assert len([f for f in result.findings if f.tone == "harsh"]) >= 3
    assert len(result.rewrites) >= 3


def test_you_never_x_becomes_a_feeling_and_a_request_built_from_x():
    result = review("You never talk to me anymore.")
    assert any("talk to me" in rewrite and "I" in rewrite for rewrite in result.rewrites)
    assert all("never" not in rewrite for rewrite in result.rewrites)


def test_you_always_x_keeps_the_behaviour_and_drops_the_absolute():
    result = review("You're always on your phone at dinner.")
    assert any("on your phone at dinner" in r and "always" not in r for r in result.rewrites)


def test_i_statement_is_prefilled_from_the_draft():
    statement = review("You're always on your phone at dinner. I feel lonely. Could we put phones away?").i_statement
    assert statement.feeling == "lonely"
    assert "on your phone at dinner" in statement.when
    assert "put phones away" in statement.request
    assert statement.text.startswith("I feel lonely when")


def test_a_gentle_draft_gets_no_rewrites():
    assert review("Thank you for listening last night.").rewrites == []


def test_to_dict_has_the_documented_shape():
    data = review("You never call.").to_dict()
    assert set(data) == {"verdict", "score", "findings", "rewrites", "i_statement"}
    assert set(data["findings"][0]) >= {"category", "start", "end", "message", "suggestion"}
    assert "listening" in review("I hear you.", reply_to="I'm tired.").to_dict()
