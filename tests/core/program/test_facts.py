"""Fact ids: one registry, parsed references, and counting what was recorded."""

import pytest

from nearer.core.errors import InvalidInputError
from nearer.core.program.facts import FACTS, FactRef, fact_counts, is_met, parse_fact_ref


def test_plain_reference_means_at_least_once():
    assert parse_fact_ref("talk_held") == FactRef("talk_held", 1)


def test_countable_reference_carries_its_count():
    assert parse_fact_ref("micro_connections_agreed:2") == FactRef("micro_connections_agreed", 2)
    assert str(FactRef("micro_connections_agreed", 2)) == "micro_connections_agreed:2"


@pytest.mark.parametrize("ref, message", [
    ("talk_hold", "unknown fact id 'talk_hold'"),
    ("reflection_done:2", "not countable"),
    ("Talk_held", "malformed"),
    ("talk_held:0", "malformed"),
])
def test_bad_references_are_refused(ref, message):
    with pytest.raises(ValueError, match=message):
        parse_fact_ref(ref)


def test_a_set_of_references_counts_each_fact():
    counts = fact_counts({"talk_held", "micro_connections_agreed:3"})
    assert counts == {"talk_held": 1, "micro_connections_agreed": 3}


def test_a_mapping_takes_booleans_and_counts():
    counts = fact_counts({"talk_scheduled": True, "reflection_done": False, "tune_up_held": 4})
    assert counts == {"talk_scheduled": 1, "reflection_done": 0, "tune_up_held": 4}


@pytest.mark.parametrize("facts", [{"not_a_fact"}, {"talk_held": "yes"}, {"talk_held": -1},
                                   {"micro_connections_agreed:2": 3}])
def test_unknown_facts_and_bad_values_are_invalid_input(facts):
    with pytest.raises(InvalidInputError):
        fact_counts(facts)


def test_is_met_compares_with_the_count():
    assert is_met(FactRef("micro_connections_agreed", 2), {"micro_connections_agreed": 2})
    assert not is_met(FactRef("micro_connections_agreed", 2), {"micro_connections_agreed": 1})


def test_every_fact_explains_itself():
    assert all(fact.meaning.endswith(".") and fact.id == key for key, fact in FACTS.items())
