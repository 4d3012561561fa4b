"""When the tune-up answers of a week may be read together.

In a couple, a person's shared answers reach their partner only once both of them have shared an
answer for that same week; until then neither sees anything of the other's (not even that they
answered). A person on their own answers alone; for them (and for anyone) a week with an answer counts as a
tune-up held, which needs nothing from the partner and so tells nothing about them."""

from dataclasses import dataclass


@dataclass(frozen=True)
class TuneUpShares:
    """What is known about one week's tune-up, from one person's side."""

    answered: bool  # the person has saved an answer for the week
    shared: bool  # ... and chose to share it
    in_couple: bool  # the person has a partner in an active couple space now
    partner_shared: bool  # the partner has shared an answer for the same week (never shown by itself)


def answers_revealed(shares: TuneUpShares) -> bool:
    """Return True when both partners' shared answers for the week may be shown to both of them."""
    return shares.in_couple and shares.shared and shares.partner_shared

