"""What the home page tells a person: where they are and what comes next."""

from dataclasses import dataclass

from nearer.couples import selectors as couple_selectors


@dataclass(frozen=True)
class HomeState:
    has_space: bool
    partner_joined: bool
    partner_name: str
    partner_display_name: str
    next_step: str


def home_state(*, user, key: tuple[bytes, int] | None = None) -> HomeState:
    """Summarise the person's situation and the one next step that makes sense for them."""
    membership = couple_selectors.membership_active(user=user)
    partner = couple_selectors.partner_membership(membership=membership) if membership else None
    if membership is None:
        next_step = "start_space"
    elif partner is None:
        next_step = "invite_optional"
    else:
        next_step = "together"
    return HomeState(
        has_space=membership is not None,
        partner_joined=partner is not None,
        partner_name=couple_selectors.partner_label(membership=membership, key=key) if membership else "",
        partner_display_name=partner.user.display_name if partner else "",
        next_step=next_step,
    )
