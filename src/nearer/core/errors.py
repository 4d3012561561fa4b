"""The one family of errors raised by Nearer's rules; each interface translates them once."""


class NearerError(Exception):
    """Base of every error Nearer raises on purpose. Its message is safe to show to the user."""


class InvalidInputError(NearerError):
    """The input cannot be used as given (empty, too long, malformed)."""


class NotFoundError(NearerError):
    """The thing asked for does not exist for the person asking (missing or not theirs)."""


class ConflictError(NearerError):
    """The request clashes with the current state (already in a couple, invitation used...)."""


class ContentError(NearerError):
    """A content pack is invalid; the message names the file and the key path."""


class LockedError(NearerError):
    """The private space is locked: the data key is not available in this session."""


class ThrottledError(NearerError):
    """Too many attempts in a short time; `minutes` until the next one is allowed."""

    def __init__(self, message: str, *, minutes: int):
        super().__init__(message)
        self.minutes = minutes


class BusyError(NearerError):
    """The server is doing as much of this work as it may at once; try again in `seconds`."""

    def __init__(self, message: str, *, seconds: int):
        super().__init__(message)
        self.seconds = seconds
