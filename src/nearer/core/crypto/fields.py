"""Encryption of one private text field under the person's data key.

A blob is ``version (1 byte) || nonce (12 bytes) || AES-256-GCM ciphertext and 16-byte tag``.
The associated data is the field's FieldContext, so a blob only opens in the row it was written
for: copied to another person, table, row, column or key version, it fails like a tampered one.
"""

import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from nearer.core.crypto.errors import TamperedError
from nearer.core.crypto.keys import check_data_key
from nearer.core.errors import InvalidInputError

MAX_TEXT_CHARS = 65_536
BLOB_VERSION = 1
_NONCE_BYTES = 12
_TAG_BYTES = 16
_HEADER_BYTES = 1 + _NONCE_BYTES
_AAD_LABEL = b"nearer field v1"
_MAX_KEY_VERSION = 2**32 - 1


@dataclass(frozen=True)
class FieldContext:
    """Where a private text lives: the owner, the table, the row, the data-key version.

    ``column`` tells apart two encrypted columns of the same row; leave it empty when a table has
    only one. All of it must be known before encrypting, so rows holding private text need a
    primary key chosen before the INSERT (a UUID), not one the database hands out afterwards.
    """

    user_id: str
    table: str
    row_id: str
    key_version: int
    column: str = ""

    def __post_init__(self) -> None:
        for name in ("user_id", "table", "row_id"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value:
                raise InvalidInputError(f"FieldContext.{name} must be non-empty text.")
        if not isinstance(self.column, str):
            raise InvalidInputError("FieldContext.column must be text.")
        version = self.key_version
        if isinstance(version, bool) or not isinstance(version, int):
            raise InvalidInputError("FieldContext.key_version must be a whole number.")
        if not 1 <= version <= _MAX_KEY_VERSION:
            raise InvalidInputError(
                f"FieldContext.key_version must be from 1 to {_MAX_KEY_VERSION}."
            )

    def associated_data(self) -> bytes:
        """Return the canonical associated data: every part prefixed with its 4-byte length.

        Length prefixes keep the encoding unambiguous: ("ab", "c") and ("a", "bc") differ.
        """
        parts = [
            _AAD_LABEL,
            *(
                text.encode("utf-8", "surrogatepass")
                for text in (self.user_id, self.table, self.row_id, self.column)
            ),
            self.key_version.to_bytes(4, "big"),
        ]
        return b"".join(len(part).to_bytes(4, "big") + part for part in parts)


def encrypt_text(data_key: bytes, plaintext: str, context: FieldContext) -> bytes:
    """Return the blob holding ``plaintext`` sealed under ``data_key`` for this ``context``.

    Raises InvalidInputError when the text is not a str, is longer than MAX_TEXT_CHARS
    characters, or holds an unpaired surrogate (which UTF-8 cannot store).
    """
    check_data_key(data_key)
    _check_context(context)
    if not isinstance(plaintext, str):
        raise InvalidInputError("Private text must be given as text.")
    if len(plaintext) > MAX_TEXT_CHARS:
        raise InvalidInputError(
            f"Private text is limited to {MAX_TEXT_CHARS:,} characters; "
            f"this one has {len(plaintext):,}. Shorten it or split it into two entries."
        )
    try:
        encoded = plaintext.encode("utf-8")
    except UnicodeEncodeError:
        encoded = None
    # Raised outside the except block: a UnicodeEncodeError carries the whole text with it.
    if encoded is None:
        raise InvalidInputError("Private text holds a character that cannot be stored.")
    # A fresh random 96-bit nonce each time. NIST SP 800-38D allows 2**32 such messages per key,
    # far beyond what one person writes.
    nonce = secrets.token_bytes(_NONCE_BYTES)
    sealed = AESGCM(data_key).encrypt(nonce, encoded, context.associated_data())
    return bytes([BLOB_VERSION]) + nonce + sealed


def decrypt_text(data_key: bytes, blob: bytes, context: FieldContext) -> str:
    """Return the private text held in ``blob``.

    Accepts bytes, bytearray or memoryview (what database drivers hand back for binary
    columns). Raises TamperedError when the blob was altered, truncated, moved from the row it
    was written for, written under another data key, or carries an unknown version.
    """
    check_data_key(data_key)
    _check_context(context)
    if not isinstance(blob, bytes | bytearray | memoryview):
        raise InvalidInputError("An encrypted blob must be given as bytes.")
    blob = bytes(blob)
    if len(blob) < _HEADER_BYTES + _TAG_BYTES or blob[0] != BLOB_VERSION:
        raise TamperedError()
    nonce, sealed = blob[1:_HEADER_BYTES], blob[_HEADER_BYTES:]
    try:
        plaintext = AESGCM(data_key).decrypt(nonce, sealed, context.associated_data())
    except InvalidTag:
        plaintext = None
    if plaintext is None:
        raise TamperedError()
    return plaintext.decode("utf-8")


def _check_context(context: FieldContext) -> None:
    if not isinstance(context, FieldContext):
        raise InvalidInputError("A FieldContext is needed to encrypt or decrypt private text.")
