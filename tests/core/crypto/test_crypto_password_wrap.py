import re
import unicodedata

import pytest

from nearer.core.crypto import (
    FAST_TEST_PARAMS,
    KdfParams,
    WrongKeyError,
    decrypt_text,
    encrypt_text,
    password_wrap_needs_upgrade,
    rewrap_with_new_password,
    unwrap_with_password,
    wrap_with_password,
)
from nearer.core.errors import InvalidInputError

WRAP_SHAPE = re.compile(
    r"v1\$argon2id\$t=\d+,m=\d+,p=\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+"
)


def test_password_wrap_round_trips(data_key):
    wrapped = wrap_with_password(data_key, "correct horse", FAST_TEST_PARAMS)
    assert unwrap_with_password(wrapped, "correct horse") == data_key


def test_wrong_password_does_not_open_the_wrap(data_key):
    wrapped = wrap_with_password(data_key, "correct horse", FAST_TEST_PARAMS)
    with pytest.raises(WrongKeyError, match="does not open this private space"):
        unwrap_with_password(wrapped, "correct hose")


def test_password_wrap_is_a_self_describing_ascii_string(data_key):
    wrapped = wrap_with_password(data_key, "pw", FAST_TEST_PARAMS)
    assert wrapped.isascii()
    assert WRAP_SHAPE.fullmatch(wrapped)
    assert wrapped.startswith("v1$argon2id$t=1,m=8,p=1$")


def test_each_password_wrap_uses_a_fresh_salt_and_nonce(data_key):
    first = wrap_with_password(data_key, "pw", FAST_TEST_PARAMS).split("$")
    second = wrap_with_password(data_key, "pw", FAST_TEST_PARAMS).split("$")
    assert first[3] != second[3]
    assert first[4] != second[4]


def test_wrap_made_with_another_cost_still_opens_without_being_told_the_cost(data_key):
    older = KdfParams(time_cost=2, memory_cost_kib=16, parallelism=2)
    wrapped = wrap_with_password(data_key, "pw", older)
    assert unwrap_with_password(wrapped, "pw") == data_key


def test_password_change_by_unwrap_and_wrap_keeps_existing_text_readable(data_key, context):
    blob = encrypt_text(data_key, "written before the change", context)
    old_wrap = wrap_with_password(data_key, "old password", FAST_TEST_PARAMS)
    new_wrap = wrap_with_password(
        unwrap_with_password(old_wrap, "old password"), "new password", FAST_TEST_PARAMS
    )
    assert decrypt_text(unwrap_with_password(new_wrap, "new password"), blob, context) == (
        "written before the change"
    )


def test_rewrap_with_new_password_gives_a_wrap_the_old_password_cannot_open(data_key):
    old_wrap = wrap_with_password(data_key, "old password", FAST_TEST_PARAMS)
    new_wrap = rewrap_with_new_password(
        old_wrap, "old password", "new password", FAST_TEST_PARAMS
    )
    assert unwrap_with_password(new_wrap, "new password") == data_key
    with pytest.raises(WrongKeyError):
        unwrap_with_password(new_wrap, "old password")


def test_rewrap_refuses_a_wrong_old_password(data_key):
    old_wrap = wrap_with_password(data_key, "old password", FAST_TEST_PARAMS)
    with pytest.raises(WrongKeyError):
        rewrap_with_new_password(old_wrap, "guess", "new password", FAST_TEST_PARAMS)


def test_password_typed_in_decomposed_unicode_still_opens(data_key):
    composed = unicodedata.normalize("NFC", "crème brûlée")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    wrapped = wrap_with_password(data_key, composed, FAST_TEST_PARAMS)
    assert unwrap_with_password(wrapped, decomposed) == data_key


def test_wrap_needs_upgrade_when_made_with_another_cost(data_key):
    wrapped = wrap_with_password(data_key, "pw", FAST_TEST_PARAMS)
    assert password_wrap_needs_upgrade(wrapped)


def test_wrap_needs_no_upgrade_when_made_with_the_current_cost(data_key):
    wrapped = wrap_with_password(data_key, "pw", FAST_TEST_PARAMS)
    assert not password_wrap_needs_upgrade(wrapped, FAST_TEST_PARAMS)


def test_empty_password_is_rejected(data_key):
    with pytest.raises(InvalidInputError, match="non-empty"):
        wrap_with_password(data_key, "", FAST_TEST_PARAMS)


def test_overlong_password_is_rejected_with_the_limit_in_the_message(data_key):
    with pytest.raises(InvalidInputError, match="at most 1024 characters"):
        wrap_with_password(data_key, "p" * 1025, FAST_TEST_PARAMS)


def test_wrapping_something_that_is_not_a_data_key_is_rejected():
    with pytest.raises(InvalidInputError, match="32 bytes"):
        wrap_with_password(b"short", "pw", FAST_TEST_PARAMS)
