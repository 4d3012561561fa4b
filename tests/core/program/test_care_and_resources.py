"""The care profile is rated form by form; resources fall back to general guidance."""

import pytest

from nearer.core.errors import InvalidInputError
from nearer.core.program import rate_care_profile, resources_for


def full_ratings(program, value=3):
    return {form.id: value for form in program.care_profile.forms}


def test_every_form_is_rated_and_sorted_highest_first(program):
    ratings = full_ratings(program) | {"touch": 5, "small_gifts": 1}
    profile = rate_care_profile(program, ratings)
    assert profile[0].form == "touch" and profile[-1].form == "small_gifts"
    assert len(profile) == len(program.care_profile.forms)


@pytest.mark.parametrize("change, message", [
    ({"touch": None}, "whole number"),
    ({"touch": 6}, "whole number"),
    ({"touch": True}, "whole number"),
    ({"hugs": 3}, "unknown form"),
])
def test_bad_ratings_are_refused(program, change, message):
    with pytest.raises(InvalidInputError, match=message):
        rate_care_profile(program, full_ratings(program) | change)


def test_a_single_type_is_not_a_profile(program):
    with pytest.raises(InvalidInputError, match="rate every form"):
        rate_care_profile(program, {"touch": 5})


def test_resources_by_region_with_fallback(program):
    assert resources_for(program, "us").id == "us"
    assert resources_for(program, "US").id == "us"
    assert resources_for(program, "nz").id == "other"
    assert resources_for(program, None).id == "other"
