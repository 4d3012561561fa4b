"""Errors raised by the encryption core.

Messages are fixed sentences written for the person using Nearer. They never carry key material,
plaintext or any detail (which byte, which check) that would help someone probing stored data.
"""

from nearer.core.errors import NearerError


class CryptoError(NearerError):
    """Base of the errors raised while wrapping keys or encrypting private text."""

    default_message = "Private data could not be processed."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)


class WrongKeyError(CryptoError):
    """The password or recovery key given does not open the wrapped data key."""

    default_message = "The password or recovery key does not open this private space."


class TamperedError(CryptoError):
    """A stored blob or wrapped key was altered, moved, truncated or is in an unknown format."""

    default_message = (
        "This private data could not be decrypted: it was changed, moved from where it was "
        "written, or is not in a format this version of Nearer knows."
    )
