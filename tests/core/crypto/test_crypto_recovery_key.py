import re

import pytest

from nearer.core.crypto import (
    FAST_TEST_PARAMS,
    WrongKeyError,
    decrypt_text,
    encrypt_text,
    new_recovery_key,
    normalize_recovery_key,
    unwrap_with_password,
    unwrap_with_recovery_key,
    wrap_with_password,
    wrap_with_recovery_key,
)
from nearer.core.crypto.recovery_key import recovery_secret
from nearer.core.errors import InvalidInputError

CROCKFORD_GROUPS = re.compile(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){7}")


def _with_symbol(recovery_key: str, position: int, symbol: str) -> str:
    return recovery_key[:position] + symbol + recovery_key[position + 1 :]


def test_new_recovery_key_is_eight_dash_separated_groups_of_four_crockford_symbols():
    assert CROCKFORD_GROUPS.fullmatch(new_recovery_key())


def test_new_recovery_key_holds_a_128_bit_secret():
    assert len(recovery_secret(new_recovery_key())) == 16


def test_new_recovery_keys_are_all_different():
    assert len({new_recovery_key() for _ in range(200)}) == 200


def test_recovery_key_is_read_in_lower_case_with_spaces_instead_of_dashes():
    recovery_key = new_recovery_key()
    typed = recovery_key.lower().replace("-", " ")
    assert normalize_recovery_key(typed) == recovery_key


def test_recovery_key_is_read_without_any_separators_and_with_surrounding_space():
    recovery_key = new_recovery_key()
    assert normalize_recovery_key(f"  {recovery_key.replace('-', '')}\n") == recovery_key


def test_recovery_key_is_read_when_grouped_differently():
    recovery_key = new_recovery_key()
    symbols = recovery_key.replace("-", "")
    regrouped = " - ".join(symbols[start : start + 5] for start in range(0, 32, 5))
    assert normalize_recovery_key(regrouped) == recovery_key


def test_letters_o_i_and_l_are_read_as_the_digits_they_resemble():
    recovery_key = new_recovery_key()
    while "0" not in recovery_key or "1" not in recovery_key:
        recovery_key = new_recovery_key()
    typed = recovery_key.replace("0", "o").replace("1", "l", 1).replace("1", "I")
    assert normalize_recovery_key(typed) == recovery_key


def test_recovery_key_with_one_wrong_symbol_is_reported_as_a_typo():
    recovery_key = new_recovery_key()
    wrong = "A" if recovery_key[0] != "A" else "B"
    with pytest.raises(InvalidInputError, match="has a typo"):
        normalize_recovery_key(_with_symbol(recovery_key, 0, wrong))


def test_recovery_key_with_two_symbols_swapped_is_reported_as_a_typo():
    recovery_key = new_recovery_key()
    while recovery_key[0] == recovery_key[1]:
        recovery_key = new_recovery_key()
    swapped = recovery_key[1] + recovery_key[0] + recovery_key[2:]
    with pytest.raises(InvalidInputError, match="has a typo"):
        normalize_recovery_key(swapped)


def test_recovery_key_missing_a_group_is_rejected_naming_the_expected_length():
    expected = r"32 letters and digits \(8 groups of 4\); this one has 28"
    with pytest.raises(InvalidInputError, match=expected):
        normalize_recovery_key(new_recovery_key()[5:])


def test_recovery_key_with_a_letter_outside_the_alphabet_is_rejected():
    with pytest.raises(InvalidInputError, match="letters other than U"):
        normalize_recovery_key(_with_symbol(new_recovery_key(), 0, "U"))


def test_recovery_key_given_as_bytes_is_rejected():
    with pytest.raises(InvalidInputError, match="as text"):
        normalize_recovery_key(new_recovery_key().encode())


def test_recovery_wrap_round_trips(data_key):
    recovery_key = new_recovery_key()
    wrapped = wrap_with_recovery_key(data_key, recovery_key)
    assert unwrap_with_recovery_key(wrapped, recovery_key) == data_key


def test_recovery_wrap_opens_with_the_key_typed_loosely(data_key):
    recovery_key = new_recovery_key()
    wrapped = wrap_with_recovery_key(data_key, recovery_key)
    assert unwrap_with_recovery_key(wrapped, recovery_key.lower().replace("-", "")) == data_key


def test_recovery_wrap_is_a_self_describing_ascii_string(data_key):
    wrapped = wrap_with_recovery_key(data_key, new_recovery_key())
    assert wrapped.isascii()
    assert wrapped.startswith("v1$hkdf-sha256$")
    assert len(wrapped.split("$")) == 5


def test_another_well_formed_recovery_key_does_not_open_the_wrap(data_key):
    wrapped = wrap_with_recovery_key(data_key, new_recovery_key())
    with pytest.raises(WrongKeyError, match="does not open this private space"):
        unwrap_with_recovery_key(wrapped, new_recovery_key())


def test_mistyped_recovery_key_is_reported_as_a_typo_when_unwrapping(data_key):
    recovery_key = new_recovery_key()
    wrapped = wrap_with_recovery_key(data_key, recovery_key)
    wrong = "A" if recovery_key[-1] != "A" else "B"
    with pytest.raises(InvalidInputError, match="has a typo"):
        unwrap_with_recovery_key(wrapped, _with_symbol(recovery_key, len(recovery_key) - 1, wrong))


def test_after_a_password_reset_the_new_password_opens_nothing_until_the_recovery_key_is_used(
    data_key, context
):
    blob = encrypt_text(data_key, "my private journal", context)
    recovery_key = new_recovery_key()
    password_wrap = wrap_with_password(data_key, "forgotten password", FAST_TEST_PARAMS)
    recovery_wrap = wrap_with_recovery_key(data_key, recovery_key)

    with pytest.raises(WrongKeyError):
        unwrap_with_password(password_wrap, "new password")

    recovered = unwrap_with_recovery_key(recovery_wrap, recovery_key)
    password_wrap = wrap_with_password(recovered, "new password", FAST_TEST_PARAMS)
    reopened = unwrap_with_password(password_wrap, "new password")
    assert decrypt_text(reopened, blob, context) == "my private journal"
