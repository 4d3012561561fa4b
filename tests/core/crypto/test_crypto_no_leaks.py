import base64
import pathlib
import subprocess
import sys

import pytest

import nearer.core.crypto as crypto
from nearer.core.crypto import (
    FAST_TEST_PARAMS,
    MAX_TEXT_CHARS,
    FieldContext,
    decrypt_text,
    encrypt_text,
    new_data_key,
    new_recovery_key,
    unwrap_with_password,
    unwrap_with_recovery_key,
    wrap_with_password,
    wrap_with_recovery_key,
)
from nearer.core.crypto.recovery_key import recovery_secret
from nearer.core.errors import NearerError

PASSWORD = "secret-password-marker"
PLAINTEXT = "plaintext-marker"


def _failures(data_key: bytes, recovery_key: str, context: FieldContext) -> list[NearerError]:
    blob = encrypt_text(data_key, PLAINTEXT, context)
    password_wrap = wrap_with_password(data_key, PASSWORD, FAST_TEST_PARAMS)
    recovery_wrap = wrap_with_recovery_key(data_key, recovery_key)
    wrong_symbol = "A" if recovery_key[0] != "A" else "B"
    attempts = [
        lambda: unwrap_with_password(password_wrap, PASSWORD + "x"),
        lambda: unwrap_with_password(password_wrap.replace("v1", "v9"), PASSWORD),
        lambda: unwrap_with_password(password_wrap, PASSWORD * 100),
        lambda: unwrap_with_recovery_key(recovery_wrap, new_recovery_key()),
        lambda: unwrap_with_recovery_key(recovery_wrap, wrong_symbol + recovery_key[1:]),
        lambda: unwrap_with_recovery_key(recovery_wrap, recovery_key + "Q"),
        lambda: decrypt_text(data_key, blob[:-1], context),
        lambda: decrypt_text(new_data_key(), blob, context),
        lambda: encrypt_text(data_key, PLAINTEXT * MAX_TEXT_CHARS, context),
        lambda: encrypt_text(data_key, PLAINTEXT + "\ud800", context),
        lambda: encrypt_text(data_key[:-1], PLAINTEXT, context),
    ]
    errors = []
    for attempt in attempts:
        with pytest.raises(NearerError) as caught:
            attempt()
        errors.append(caught.value)
    return errors


def _secret_spellings(data_key: bytes, recovery_key: str) -> list[str]:
    secret = recovery_secret(recovery_key)
    return [
        PASSWORD,
        PLAINTEXT,
        recovery_key,
        recovery_key.replace("-", ""),
        data_key.hex(),
        repr(data_key),
        base64.b64encode(data_key).decode(),
        secret.hex(),
        repr(secret),
    ]


def test_error_messages_and_reprs_hold_no_key_password_or_plaintext(data_key, context):
    recovery_key = new_recovery_key()
    spellings = _secret_spellings(data_key, recovery_key)
    for error in _failures(data_key, recovery_key, context):
        shown = f"{error}\n{error!r}\n{error.args!r}"
        assert not [spelling for spelling in spellings if spelling in shown], type(error)


def test_errors_carry_no_chained_exception_that_could_hold_secrets(data_key, context):
    for error in _failures(data_key, new_recovery_key(), context):
        assert error.__cause__ is None
        assert error.__context__ is None


def test_field_context_repr_shows_only_where_the_text_lives(context):
    assert repr(context) == (
        "FieldContext(user_id='alex', table='practice_journalentry', row_id='row-1', "
        "key_version=1, column='')"
    )


def test_crypto_package_never_logs_or_prints():
    package = pathlib.Path(crypto.__file__).parent
    for module in package.glob("*.py"):
        source = module.read_text()
        assert "import logging" not in source, module.name
        assert "print(" not in source, module.name


def test_crypto_package_imports_no_django():
    probe = (
        "import sys, nearer.core.crypto; "
        "sys.exit(any(name.split('.')[0] == 'django' for name in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", probe], check=False).returncode == 0
