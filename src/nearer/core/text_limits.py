"""How long free text may be, and the one sentence that refuses text over the limit."""

LONG_TEXT_MAX = 10_000


def too_long_message(length: int, limit: int) -> str:
    """The refusal shown for text of `length` characters when at most `limit` are allowed."""
    return (f"This is {length:,} characters long; the limit is {limit:,} characters. "
            "Nothing was saved yet: shorten it a little and save again.")
