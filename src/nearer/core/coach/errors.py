"""Errors specific to the coach; all are InvalidInputError, so every interface already handles them."""

from nearer.core.errors import InvalidInputError


class UnsupportedLanguageError(InvalidInputError):
    """The draft is not in English, so the coach's wording rules would give misleading feedback."""
