import pytest

from nearer.core.crypto import FAST_TEST_PARAMS, KdfParams
from nearer.core.errors import InvalidInputError


def test_default_cost_is_rfc_9106_second_recommended_option():
    assert KdfParams() == KdfParams(time_cost=3, memory_cost_kib=64 * 1024, parallelism=4)


def test_fast_test_cost_is_cheaper_than_the_default():
    assert FAST_TEST_PARAMS.memory_cost_kib < KdfParams().memory_cost_kib


def test_cost_is_written_as_a_compact_header():
    assert KdfParams().header() == "t=3,m=65536,p=4"


def test_zero_passes_are_rejected():
    with pytest.raises(InvalidInputError, match="time_cost"):
        KdfParams(time_cost=0)


def test_memory_below_eight_kib_per_lane_is_rejected():
    with pytest.raises(InvalidInputError, match="memory_cost_kib"):
        KdfParams(memory_cost_kib=31, parallelism=4)


def test_memory_above_two_gib_is_rejected():
    with pytest.raises(InvalidInputError, match="memory_cost_kib"):
        KdfParams(memory_cost_kib=2 * 1024 * 1024 + 1)


def test_a_boolean_parallelism_is_rejected():
    with pytest.raises(InvalidInputError, match="parallelism"):
        KdfParams(parallelism=True)


def test_params_cannot_be_changed_after_creation():
    with pytest.raises(AttributeError):
        KdfParams().time_cost = 1
