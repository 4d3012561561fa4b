"""The weekly tune-up: each person answers the two fixed questions privately for an ISO week (counted
in their own time zone) and chooses to share. In a couple, shared answers are shown to both only
once both have shared for that week (nearer.core.practice_log.reveal); before that, nothing of the
partner's answer, not even whether there is one, reaches the person through these functions."""

from dataclasses import dataclass
from datetime import datetime

from django.db import IntegrityError, transaction

from nearer.core.errors import ConflictError, InvalidInputError, NotFoundError
from nearer.core.practice_log import TuneUpShares, Week, answers_revealed, week_of
from nearer.core.program import load_program
from nearer.couples.selectors import membership_active, partner_membership
from nearer.practice.models import TuneUpAnswer
from nearer.practice.services import clean_text
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services
from nearer.program import standing

ANSWER_MAX = 2_000


@dataclass(frozen=True)
class Answers:
    first: str
    second: str


@dataclass(frozen=True)
class TuneUpWeek:
    week: Week
    questions: tuple[str, str]
    mine: Answers | None  # None until the person answered
    shared: bool  # the person's answer is shared
    in_couple: bool
    partner_name: str
    partner: Answers | None  # only once revealed
    current: bool  # the week is the person's current week

    @property
    def revealed(self) -> bool:
        return self.partner is not None


def questions() -> tuple[str, str]:
    """The two fixed questions, from the content."""
    first, second = load_program().questions.tune_up.questions
    return first.text, second.text


def minutes() -> int:
    """About how long the tune-up takes, from the content."""
    return load_program().questions.tune_up.minutes


def current_week(*, user, now: datetime) -> Week:
    """The person's ISO week now, in their own time zone."""
    return week_of(now, user.time_zone)


def _check_week(user, week: Week, now: datetime) -> None:
    if week > current_week(user=user, now=now):
        raise InvalidInputError("That week has not started yet: answer it when it comes.")


def _own(user, week: Week) -> TuneUpAnswer | None:
    return TuneUpAnswer.objects.filter(author_id=user.pk, week=week.label).first()


def _partner_answer(user, week: Week, mine: TuneUpAnswer | None):
    """The partner's membership, and their answer when the reveal rule allows it (else None)."""
    membership = membership_active(user=user)
    partner = partner_membership(membership=membership) if membership else None
    if partner is None or mine is None or not mine.is_shared:
        return partner, None
    theirs = privacy_selectors.visible(TuneUpAnswer, user=user).filter(week=week.label, author_id=partner.user_id).first()
    mine_reaches_them = privacy_selectors.visible(TuneUpAnswer, user=partner.user).filter(pk=mine.pk).exists()
    shares = TuneUpShares(answered=True, shared=True, in_couple=True,
                          partner_shared=theirs is not None and mine_reaches_them)
    return partner, theirs if answers_revealed(shares) else None


def tuneup_get(*, user, week: Week, key: tuple[bytes, int], now: datetime) -> TuneUpWeek:
    """The week's tune-up as the person may see it."""
    mine = _own(user, week)
    partner, theirs = _partner_answer(user, week, mine)
    opened = privacy_services.item_read(mine, key=key) if mine else None
    shown = privacy_services.item_read(theirs, key=None) if theirs else None
    return TuneUpWeek(
        week=week, questions=questions(), mine=Answers(**opened) if opened else None,
        shared=bool(mine and mine.is_shared), in_couple=partner is not None,
        partner_name=partner.user.display_name if partner else "", partner=Answers(**shown) if shown else None,
        current=week == current_week(user=user, now=now),
    )


def tuneup_history(*, user, key: tuple[bytes, int], now: datetime, weeks: int = 12) -> list[TuneUpWeek]:
    """The weeks the person answered, newest first (at most `weeks` of them)."""
    labels = TuneUpAnswer.objects.filter(author_id=user.pk).order_by("-week").values_list("week", flat=True)
    return [tuneup_get(user=user, week=Week.parse(label), key=key, now=now) for label in labels[:weeks]]


@transaction.atomic
def tuneup_answer(*, user, week: Week, first: str, second: str, share: bool, key: tuple[bytes, int],
                  now: datetime) -> TuneUpAnswer:
    """Save the person's answers for the week (again, if they change them) and share them or keep them
    private. Sharing is refused under a safety concern; nothing is saved then."""
    _check_week(user, week, now)
    texts = {"first": clean_text(first, limit=ANSWER_MAX, required="Answer the first question."),
             "second": clean_text(second, limit=ANSWER_MAX, required="Answer the second question.")}
    if share and standing.safety_concern(user=user, key=key):
        raise ConflictError(standing.partner_tools_note())
    if share and membership_active(user=user) is None:
        share = False  # on their own, the answer stays private: there is nobody to share it with
    answer = TuneUpAnswer.objects.select_for_update().filter(author_id=user.pk, week=week.label).first()
    if answer is None:
        answer = TuneUpAnswer(author=user, week=week.label, created_at=now)
        try:
            with transaction.atomic():
                privacy_services.item_write(answer, key=key, now=now, **texts)
        except IntegrityError:
            raise ConflictError("These answers were saved in another window meanwhile. Open the week again.") from None
    else:
        privacy_services.item_write(answer, key=key, now=now, **texts)
    target = "shared" if share else "private"
    privacy_services.item_set_visibility(answer, user=user, visibility=target, key=key, now=now)
    return answer


@transaction.atomic
def tuneup_delete(*, user, week: Week) -> None:
    """Delete the person's answers for a week (NotFoundError when there are none)."""
    deleted, _ = TuneUpAnswer.objects.filter(author_id=user.pk, week=week.label).delete()
    if not deleted:
        raise NotFoundError("Not found.")
    privacy_services.forget_removed_text()
