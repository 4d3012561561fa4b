"""A person's safety standing, for every feature that must know it: whether they have answered the
private safety screen, whether a concern stands (then nothing partner-facing is offered), and the
region they chose for help. Answers stay sealed; only the person's own key opens them."""

from django.utils import timezone

from nearer.core.program import known_region, load_program, region_for_time_zone
from nearer.privacy import selectors as privacy_selectors
from nearer.program import selectors
from nearer.program.models import SafetyScreen

def screen_answered(*, user) -> bool:
    """True when the person has saved the safety screen (its existence only: the answers stay sealed)."""
    if not user.is_authenticated:
        return False
    return privacy_selectors.own(SafetyScreen, user=user).exists()


def safety_concern(*, user, key) -> bool:
    """True when the person's answers (or their check's free text) raise a safety concern."""
    return selectors.program_reading(user=user, key=key).assessment.safety.concern


def chosen_region(*, user, key) -> str | None:
    """The help region the person chose on the safety screen, or None when they have not answered."""
    screen = selectors.own_item(SafetyScreen, user=user)
    region = selectors.opened(screen, "answers", key=key).get("region")
    return region if isinstance(region, str) and region in {r.id for r in load_program().safety.regions} else None


def partner_coach_note() -> str:
    """What the coach page says in place of "write what you want to tell your partner" under a concern."""
    return load_program().safety.coach_note


def partner_tools_note() -> str:
    """What a person with a safety concern is told where a partner-facing tool would be."""
    return load_program().safety.partner_tools_note


def help_region(*, user, key, asked: str | None, browser_zone: str | None) -> tuple[str, bool]:
    """The region whose help to show, and whether it was a guess the browser may still improve.

    A region picked on the page comes first, then the one the person chose on the safety screen,
    then their time zone (the profile's when logged in, the browser's for a visitor), else the
    content's default region."""
    program = load_program()
    picked = known_region(program, asked)
    if picked:
        return picked, False
    if user.is_authenticated:
        chosen = chosen_region(user=user, key=key) if key is not None else None
        return chosen or region_for_time_zone(program, user.time_zone), False
    return region_for_time_zone(program, browser_zone), not browser_zone
