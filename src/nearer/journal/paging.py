"""Keyset paging for the journal list: a page is PAGE_SIZE entries before or after a position
(created_at, id). The position travels in the URL as an opaque token signed for one person, so a
changed, stale-keyed or someone else's token is simply refused."""

import base64
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.core import signing

from nearer.core.errors import InvalidInputError

PAGE_SIZE = 20
TOKEN_MAX = 200
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
BAD_LINK = "This page link no longer works, so here are your newest entries."


@dataclass(frozen=True)
class Position:
    """Where a page starts: entries strictly older (or newer) than (created_at, id)."""

    created_at: datetime
    id: uuid.UUID


def _signer(user) -> signing.Signer:
    return signing.Signer(salt=f"nearer.journal.page:{user.pk}")


def encode(*, user, created_at: datetime, entry_id) -> str:
    """The opaque token for the position of one entry, valid for this person only."""
    micros = (created_at - EPOCH) // timedelta(microseconds=1)
    raw = micros.to_bytes(8, "big", signed=True) + uuid.UUID(str(entry_id)).bytes
    return _signer(user).sign(base64.urlsafe_b64encode(raw).decode("ascii").rstrip("="))


def decode(*, user, token: str) -> Position:
    """The position in a token; InvalidInputError when it was changed, is someone else's or is malformed."""
    if not token or len(token) > TOKEN_MAX:
        raise InvalidInputError(BAD_LINK)
    try:
        value = _signer(user).unsign(token)
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (signing.BadSignature, ValueError):
        raise InvalidInputError(BAD_LINK) from None
    if len(raw) != 24:
        raise InvalidInputError(BAD_LINK)
    micros = int.from_bytes(raw[:8], "big", signed=True)
    try:
        created_at = EPOCH + timedelta(microseconds=micros)
    except OverflowError:
        raise InvalidInputError(BAD_LINK) from None
    return Position(created_at=created_at, id=uuid.UUID(bytes=raw[8:]))
