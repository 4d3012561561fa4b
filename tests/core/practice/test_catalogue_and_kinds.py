from datetime import date, time

import pytest

from nearer.core.errors import InvalidInputError, NotFoundError
from nearer.core.practice import KINDS, Schedule, catalogue_filter, catalogue_item, clean_details
from nearer.core.program import load_program

CATALOGUE = load_program().micro_connections


def test_the_whole_catalogue_shows_without_filters():
    assert len(catalogue_filter(CATALOGUE)) == len(CATALOGUE.items) == 46


def test_filters_keep_only_moments_that_fit_all_of_them():
    found = catalogue_filter(CATALOGUE, max_minutes=10, energy="low", context="work", care="kind_words")
    assert found
    for item in found:
        assert item.minutes <= 10 and item.energy == "low" and "kind_words" in item.care
        assert not item.contexts or "work" in item.contexts


def test_medium_energy_includes_low_energy_moments():
    energies = {item.energy for item in catalogue_filter(CATALOGUE, energy="medium")}
    assert energies == {"low", "medium"}


def test_an_unknown_catalogue_id_is_not_found():
    assert catalogue_item(CATALOGUE, "morning_coffee").minutes == 15
    with pytest.raises(NotFoundError):
        catalogue_item(CATALOGUE, "no_such_moment")


def _schedule(frequency="as_needed", minutes=20, starts_on=date(2026, 5, 1)):
    return Schedule(frequency, starts_on, time(20), minutes)


def test_a_pause_signal_lasts_at_least_20_minutes_and_at_most_a_day():
    kind = KINDS["pause_signal"]
    with pytest.raises(InvalidInputError, match="between 20 and 1440"):
        clean_details(kind, _schedule(minutes=15), phrase="Time out")
    with pytest.raises(InvalidInputError, match="between 20 and 1440"):
        clean_details(kind, _schedule(minutes=1441), phrase="Time out")
    assert clean_details(kind, _schedule(minutes=20), phrase=" Time out ") == {"phrase": "Time out"}


def test_a_pause_signal_needs_its_words():
    with pytest.raises(InvalidInputError, match="words"):
        clean_details(KINDS["pause_signal"], _schedule(), phrase="  ")


def test_a_reentry_date_must_come_after_the_end_of_the_crunch():
    kind = KINDS["reentry_date"]
    with pytest.raises(InvalidInputError, match="after the crunch"):
        clean_details(kind, _schedule("once", 120, date(2026, 5, 1)), crunch_ends_on="2026-05-01")
    assert clean_details(kind, _schedule("once", 120, date(2026, 5, 2)), crunch_ends_on="2026-05-01") == {
        "crunch_ends_on": "2026-05-01"}


def test_a_kind_refuses_a_frequency_it_does_not_have():
    with pytest.raises(InvalidInputError, match="weekly"):
        clean_details(KINDS["weekly_tune_up"], _schedule("daily", 30))
