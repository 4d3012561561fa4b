"""The recovery key: a secret shown once at sign-up that can reopen the private space.

It is written in Crockford's base32 (digits and capital letters without I, L, O and U, so nothing
is easy to misread) as eight groups of four, for example ``7WQ4-1ZKD-...``. The 32 characters
carry 160 bits: 128 random bits, which are the secret, and a 32-bit checksum, so that a mistyped
key is reported as a typo instead of as a key that does not open the space.
"""

import hashlib
import re
import secrets

from nearer.core.errors import InvalidInputError

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {symbol: value for value, symbol in enumerate(_ALPHABET)}
# Crockford's rule: letters people confuse with digits are read as those digits.
_DECODE.update({"I": 1, "L": 1, "O": 0})

SECRET_BYTES = 16
_CHECKSUM_BYTES = 4
_KEY_BYTES = SECRET_BYTES + _CHECKSUM_BYTES
_KEY_CHARS = _KEY_BYTES * 8 // 5  # 160 bits at 5 bits a character: exactly 32
_GROUP = 4
_CHECKSUM_LABEL = b"nearer recovery key checksum v1"
_SEPARATORS = re.compile(r"[\s\-]+")


def new_recovery_key() -> str:
    """Return a fresh recovery key (128 random bits) as eight dash-separated groups of four."""
    secret = secrets.token_bytes(SECRET_BYTES)
    return _format(_encode(secret + _checksum(secret)))


def normalize_recovery_key(text: str) -> str:
    """Return the canonical form of a recovery key typed in any case, with or without separators.

    Raises InvalidInputError when the text cannot be a recovery key (wrong length, a character
    outside the alphabet, or a checksum that does not match, which means a typo).
    """
    return _format(_encode(_parse(text)))


def recovery_secret(text: str) -> bytes:
    """Return the 16 secret bytes of a recovery key, checked as in normalize_recovery_key."""
    return _parse(text)[:SECRET_BYTES]


def _parse(text: str) -> bytes:
    if not isinstance(text, str):
        raise InvalidInputError("A recovery key must be given as text.")
    symbols = _SEPARATORS.sub("", text).upper()
    if len(symbols) != _KEY_CHARS:
        raise InvalidInputError(
            f"A recovery key has {_KEY_CHARS} letters and digits "
            f"({_KEY_CHARS // _GROUP} groups of {_GROUP}); this one has {len(symbols)}."
        )
    if any(symbol not in _DECODE for symbol in symbols):
        raise InvalidInputError(
            "A recovery key contains only digits, letters other than U, spaces and dashes."
        )
    raw = _decode(symbols)
    secret, checksum = raw[:SECRET_BYTES], raw[SECRET_BYTES:]
    if not secrets.compare_digest(checksum, _checksum(secret)):
        raise InvalidInputError(
            "This recovery key has a typo: compare it with the copy you kept, group by group."
        )
    return raw


def _checksum(secret: bytes) -> bytes:
    return hashlib.sha256(_CHECKSUM_LABEL + secret).digest()[:_CHECKSUM_BYTES]


def _encode(raw: bytes) -> str:
    number = int.from_bytes(raw, "big")
    return "".join(
        _ALPHABET[(number >> (5 * position)) & 0b11111]
        for position in reversed(range(_KEY_CHARS))
    )


def _decode(symbols: str) -> bytes:
    number = 0
    for symbol in symbols:
        number = (number << 5) | _DECODE[symbol]
    return number.to_bytes(_KEY_BYTES, "big")


def _format(symbols: str) -> str:
    return "-".join(symbols[start : start + _GROUP] for start in range(0, len(symbols), _GROUP))
