"""One Argon2id run gives both the login verifier and the key that wraps the data key."""

import pytest

from nearer.core.crypto import FAST_TEST_PARAMS, TamperedError, WrongKeyError, keys
from nearer.core.crypto.login import (
    check_login,
    is_login_field,
    is_login_wrap,
    login_cost,
    new_login,
    unwrap_with_login,
    wrap_with_login,
)


@pytest.fixture
def runs(monkeypatch):
    """Counts Argon2id runs."""
    calls = []
    real = keys.hash_secret_raw

    def counting(**kwargs):
        calls.append(kwargs["memory_cost"])
        return real(**kwargs)

    monkeypatch.setattr(keys, "hash_secret_raw", counting)
    return calls


def test_a_new_login_and_its_check_give_the_same_wrapping_key():
    made = new_login("correct horse", FAST_TEST_PARAMS)
    checked = check_login("correct horse", made.encoded)
    assert checked is not None and checked.wrapping_key == made.wrapping_key


def test_a_wrong_password_gives_nothing():
    made = new_login("correct horse", FAST_TEST_PARAMS)
    assert check_login("correct hose", made.encoded) is None


def test_checking_a_password_and_opening_the_data_key_cost_one_argon2id_run(data_key, runs):
    made = new_login("correct horse", FAST_TEST_PARAMS)
    wrapped = wrap_with_login(data_key, made)
    runs.clear()
    checked = check_login("correct horse", made.encoded)
    assert unwrap_with_login(wrapped, checked) == data_key
    assert len(runs) == 1


def test_the_stored_field_does_not_contain_the_wrapping_key():
    import base64

    made = new_login("correct horse", FAST_TEST_PARAMS)
    assert base64.b64encode(made.wrapping_key).decode() not in made.encoded
    assert made.encoded.startswith("nearer_argon2id$t=1,m=8,p=1$")
    assert is_login_field(made.encoded) and not is_login_field("argon2$argon2id$v=19$...")
    assert login_cost(made.encoded) == FAST_TEST_PARAMS


def test_a_wrap_opens_only_with_the_login_it_was_made_for(data_key):
    first = new_login("same password", FAST_TEST_PARAMS)
    second = new_login("same password", FAST_TEST_PARAMS)  # a new salt: a password change
    wrapped = wrap_with_login(data_key, first)
    assert is_login_wrap(wrapped) and not is_login_wrap("v1$argon2id$t=3,m=65536,p=4$x$y$z")
    with pytest.raises(WrongKeyError):
        unwrap_with_login(wrapped, second)


@pytest.mark.parametrize("field", ["", "nearer_argon2id$t=1,m=8,p=1$abc$def", "md5$x$y", "nearer_argon2id$t=99,m=8,p=1$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"])
def test_a_malformed_field_is_refused_before_any_hashing(field, runs):
    with pytest.raises(TamperedError):
        check_login("pw", field)
    assert runs == []


def test_an_edited_wrap_does_not_open(data_key):
    made = new_login("pw", FAST_TEST_PARAMS)
    parts = wrap_with_login(data_key, made).split("$")
    parts[4] = parts[4][:-4] + ("AAA=" if parts[4][-4:] != "AAA=" else "BBB=")
    with pytest.raises((WrongKeyError, TamperedError)):
        unwrap_with_login("$".join(parts), made)
    with pytest.raises(TamperedError):
        unwrap_with_login("v9$login$x$y$z", made)
