import string

import pytest

from nearer.core.crypto import (
    FAST_TEST_PARAMS,
    CryptoError,
    TamperedError,
    new_recovery_key,
    unwrap_with_password,
    unwrap_with_recovery_key,
    wrap_with_password,
    wrap_with_recovery_key,
)
from nearer.core.errors import InvalidInputError

BASE64_SYMBOLS = string.ascii_letters + string.digits + "+/"


@pytest.fixture
def password_wrap(data_key) -> str:
    return wrap_with_password(data_key, "pw", FAST_TEST_PARAMS)


def _with_field(wrapped: str, index: int, value: str) -> str:
    parts = wrapped.split("$")
    parts[index] = value
    return "$".join(parts)


def test_changing_any_character_of_a_password_wrap_stops_it_opening(password_wrap):
    for position, symbol in enumerate(password_wrap):
        replacement = "A" if symbol != "A" else "B"
        altered = password_wrap[:position] + replacement + password_wrap[position + 1 :]
        with pytest.raises(CryptoError):
            unwrap_with_password(altered, "pw")


def test_changing_any_character_of_a_recovery_wrap_stops_it_opening(data_key):
    recovery_key = new_recovery_key()
    wrapped = wrap_with_recovery_key(data_key, recovery_key)
    for position, symbol in enumerate(wrapped):
        replacement = "A" if symbol != "A" else "B"
        altered = wrapped[:position] + replacement + wrapped[position + 1 :]
        with pytest.raises(CryptoError):
            unwrap_with_recovery_key(altered, recovery_key)


def test_every_truncation_of_a_password_wrap_fails(password_wrap):
    for length in range(len(password_wrap)):
        with pytest.raises(CryptoError):
            unwrap_with_password(password_wrap[:length], "pw")


def test_wrap_with_an_unknown_version_is_reported_as_tampered(password_wrap):
    with pytest.raises(TamperedError, match="not in a format"):
        unwrap_with_password(_with_field(password_wrap, 0, "v2"), "pw")


def test_recovery_wrap_is_not_taken_for_a_password_wrap(data_key):
    wrapped = wrap_with_recovery_key(data_key, new_recovery_key())
    with pytest.raises(TamperedError):
        unwrap_with_password(wrapped, "pw")


def test_password_wrap_is_not_taken_for_a_recovery_wrap(password_wrap):
    with pytest.raises(TamperedError):
        unwrap_with_recovery_key(password_wrap, new_recovery_key())


def test_wrap_asking_for_excessive_memory_is_refused_without_hashing(password_wrap):
    with pytest.raises(TamperedError):
        unwrap_with_password(_with_field(password_wrap, 2, "t=1,m=999999999,p=1"), "pw")


def test_wrap_with_a_cost_written_with_leading_zeros_is_refused(password_wrap):
    with pytest.raises(TamperedError):
        unwrap_with_password(_with_field(password_wrap, 2, "t=01,m=8,p=1"), "pw")


def test_wrap_with_a_salt_of_the_wrong_length_is_refused(password_wrap):
    with pytest.raises(TamperedError):
        unwrap_with_password(_with_field(password_wrap, 3, "AAAA"), "pw")


def test_wrap_with_base64_spare_bits_set_is_refused(password_wrap):
    salt = password_wrap.split("$")[3]  # 16 bytes: 22 symbols then "=="
    last = salt[21]
    spare_bits_set = BASE64_SYMBOLS[BASE64_SYMBOLS.index(last) ^ 0b1]
    with pytest.raises(TamperedError):
        unwrap_with_password(_with_field(password_wrap, 3, salt[:21] + spare_bits_set + "=="), "pw")


def test_wrap_with_non_ascii_characters_is_refused(password_wrap):
    with pytest.raises(TamperedError):
        unwrap_with_password(_with_field(password_wrap, 4, "ñ" * 16), "pw")


def test_wrap_given_as_bytes_is_rejected(password_wrap):
    with pytest.raises(InvalidInputError, match="as text"):
        unwrap_with_password(password_wrap.encode(), "pw")
