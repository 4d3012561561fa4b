"""One Argon2id run per password check: the login verifier and the key that wraps the data key.

Logging in used to cost two slow hashes: the password hasher, then the key derivation that
unwraps the data key. Here one Argon2id run over the password yields 32 bytes, from which HKDF
expands two independent keys, as end-to-end encrypted vaults do:

- the **verifier**, stored in the account's password field; it proves the password at login;
- the **wrapping key**, never stored; it seals the data key in a v2 password wrap.

Knowing the verifier (a copy of the database) gives nothing towards the wrapping key: both are
HKDF outputs of a secret that only the password reproduces. Formats:

    nearer_argon2id$t=3,m=65536,p=4$<salt>$<verifier>     the password field (login verifier)
    v2$login$<salt>$<nonce>$<sealed key>                  the password wrap

The wrap names the verifier's salt and seals it as associated data, so a wrap opens only with the
key derived for that very password field: a new password (a new salt) needs a new wrap.
"""

import hmac
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

from nearer.core.crypto.errors import TamperedError, WrongKeyError
from nearer.core.crypto.keys import (
    _DAMAGED_WRAP,
    _NONCE_BYTES,
    _SALT_BYTES,
    _SEALED_KEY_BYTES,
    KdfParams,
    _b64,
    _b64_field,
    _open,
    _parse_params,
    _password_key,
    _seal,
    check_data_key,
)

ALGORITHM = "nearer_argon2id"
_WRAP_VERSION = "v2"
_WRAP_SCHEME = "login"
_VERIFIER_INFO = b"nearer login verifier v2"
_WRAPPING_INFO = b"nearer password wrap v2"
_KEY_BYTES = 32


@dataclass(frozen=True)
class LoginSecrets:
    """What one Argon2id run over a password gives: the stored verifier and the wrapping key."""

    encoded: str  # the password field: algorithm, cost, salt and verifier
    wrapping_key: bytes


def new_login(password: str, params: KdfParams) -> LoginSecrets:
    """Return the password field and wrapping key for a new password, with a fresh salt."""
    salt = secrets.token_bytes(_SALT_BYTES)
    verifier, wrapping_key = _derive(password, salt, params)
    return LoginSecrets(f"{ALGORITHM}${params.header()}${_b64(salt)}${_b64(verifier)}", wrapping_key)


def check_login(password: str, encoded: str) -> LoginSecrets | None:
    """Return the login secrets when ``password`` matches the stored field, else None.

    Raises TamperedError when the field is not a well-formed verifier."""
    params, salt, verifier = parse_login(encoded)
    candidate, wrapping_key = _derive(password, salt, params)
    if not hmac.compare_digest(candidate, verifier):
        return None
    return LoginSecrets(encoded, wrapping_key)


def parse_login(encoded: str) -> tuple[KdfParams, bytes, bytes]:
    """Return (cost, salt, verifier) from a password field; TamperedError when malformed."""
    parts = encoded.split("$") if isinstance(encoded, str) else []
    if len(parts) != 4 or parts[0] != ALGORITHM:
        raise TamperedError(_DAMAGED_WRAP)
    return _parse_params(parts[1]), _b64_field(parts[2], _SALT_BYTES), _b64_field(parts[3], _KEY_BYTES)


def is_login_field(encoded: str) -> bool:
    """True when a password field was made by ``new_login`` (else it is an older hash)."""
    return isinstance(encoded, str) and encoded.startswith(f"{ALGORITHM}$")


def wrap_with_login(data_key: bytes, secrets_: LoginSecrets) -> str:
    """Return the data key sealed under the login's wrapping key, as a v2 wrap string."""
    check_data_key(data_key)
    return _seal(secrets_.wrapping_key, data_key, _wrap_head(secrets_.encoded))


def unwrap_with_login(wrapped: str, secrets_: LoginSecrets) -> bytes:
    """Return the data key from a v2 wrap; WrongKeyError when it was made for another password
    field, TamperedError when the string is malformed."""
    parts = wrapped.split("$") if isinstance(wrapped, str) else []
    if len(parts) != 5 or parts[0] != _WRAP_VERSION or parts[1] != _WRAP_SCHEME:
        raise TamperedError(_DAMAGED_WRAP)
    _b64_field(parts[2], _SALT_BYTES)
    nonce, sealed = _b64_field(parts[3], _NONCE_BYTES), _b64_field(parts[4], _SEALED_KEY_BYTES)
    head = "$".join(parts[:3])
    if head != _wrap_head(secrets_.encoded):
        raise WrongKeyError()
    return _open(secrets_.wrapping_key, nonce, sealed, head)


def is_login_wrap(wrapped: str) -> bool:
    """True for a v2 wrap (sealed under a login's wrapping key); False for a v1 or empty wrap."""
    return isinstance(wrapped, str) and wrapped.startswith(f"{_WRAP_VERSION}${_WRAP_SCHEME}$")


def login_cost(encoded: str) -> KdfParams:
    """Return the Argon2id cost a password field was made with."""
    return parse_login(encoded)[0]


def _wrap_head(encoded: str) -> str:
    return f"{_WRAP_VERSION}${_WRAP_SCHEME}${encoded.split('$')[2]}"


def _derive(password: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    root = _password_key(password, salt, params)
    return _expand(root, _VERIFIER_INFO), _expand(root, _WRAPPING_INFO)


def _expand(root: bytes, info: bytes) -> bytes:
    return HKDFExpand(algorithm=hashes.SHA256(), length=_KEY_BYTES, info=info).derive(root)
