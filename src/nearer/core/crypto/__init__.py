"""Envelope encryption of private text, with no framework in sight.

Key hierarchy: every person has one random data key. It encrypts each private text field
(``fields``) and is stored only wrapped, once under a key from their login password (``login``:
one Argon2id run gives both the login verifier and that key; ``keys`` holds the older v1 wrap) and
once under the recovery key shown at sign-up (``keys``, ``recovery_key``). Nothing here logs, and no error
message or repr carries key material or plaintext. docs/encryption.md explains the scheme.
"""

from nearer.core.crypto.errors import CryptoError, TamperedError, WrongKeyError
from nearer.core.crypto.fields import (
    MAX_TEXT_CHARS,
    FieldContext,
    decrypt_text,
    encrypt_text,
)
from nearer.core.crypto.keys import (
    FAST_TEST_PARAMS,
    KdfParams,
    new_data_key,
    password_wrap_needs_upgrade,
    rewrap_with_new_password,
    unwrap_with_password,
    unwrap_with_recovery_key,
    wrap_with_password,
    wrap_with_recovery_key,
)
from nearer.core.crypto.recovery_key import new_recovery_key, normalize_recovery_key

__all__ = [
    "FAST_TEST_PARAMS",
    "MAX_TEXT_CHARS",
    "CryptoError",
    "FieldContext",
    "KdfParams",
    "TamperedError",
    "WrongKeyError",
    "decrypt_text",
    "encrypt_text",
    "new_data_key",
    "new_recovery_key",
    "normalize_recovery_key",
    "password_wrap_needs_upgrade",
    "rewrap_with_new_password",
    "unwrap_with_password",
    "unwrap_with_recovery_key",
    "wrap_with_password",
    "wrap_with_recovery_key",
]
