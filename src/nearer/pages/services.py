"""What the home page tells a person: where they are and what comes next."""

from dataclasses import dataclass

from nearer.couples import selectors as couple_selectors
from nearer.couples.selectors import CoupleState, CoupleStatus

TOGETHER = (CoupleState.PARTNER_JOINED, CoupleState.JOINED_THEIRS)


@dataclass(frozen=True)
class HomeState:
    couple: CoupleStatus

    @property
    def has_space(self) -> bool:
        return self.couple.state != CoupleState.NO_SPACE

    @property
    def partner_joined(self) -> bool:
        return self.couple.state in TOGETHER


def home_state(*, user, key: tuple[bytes, int] | None = None) -> HomeState:
    """Summarise the person's situation (the words come from the couple status alone)."""
    return HomeState(couple=couple_selectors.couple_status(user=user, key=key))
