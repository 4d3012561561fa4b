"""Writing agreements: create (alone, or proposed to the partner), change or counter, answer a
proposal, pause, resume and end. Every change after the first is a conditional update on `version`,
so when two partners act at once the second gets a clear conflict and nothing is lost."""

from datetime import datetime

from django.db import transaction

from nearer.agreements.inputs import AgreementInput, cleaned, stored_weekdays
from nearer.agreements.models import Agreement
from nearer.core.errors import ConflictError, InvalidInputError
from nearer.core.practice import Schedule
from nearer.couples.selectors import membership_active, partner_membership
from nearer.privacy import selectors as privacy_selectors
from nearer.privacy import services as privacy_services
from nearer.privacy.models import Visibility
from nearer.program import standing
from nearer.program.selectors import local_today

STALE = ("This agreement was changed meanwhile (perhaps by your partner), so your change was not saved. "
         "Here it is as it stands now; look it over and try again.")
NOT_YOURS_TO_ANSWER = "This proposal is waiting for your partner's answer, not yours."
NO_PARTNER = "Your partner has not joined your couple space yet, so there is nobody to propose this to."
ACTIONS = {  # action -> (statuses it applies to, the status after)
    "pause": ({Agreement.Status.ACTIVE}, Agreement.Status.PAUSED),
    "resume": ({Agreement.Status.PAUSED}, Agreement.Status.ACTIVE),
    "end": ({Agreement.Status.ACTIVE, Agreement.Status.PAUSED, Agreement.Status.PROPOSED}, Agreement.Status.ENDED),
}


def _apply_schedule(agreement: Agreement, data: AgreementInput, schedule: Schedule) -> None:
    agreement.kind, agreement.frequency = data.kind, schedule.frequency
    agreement.weekdays, agreement.at = stored_weekdays(schedule), schedule.at
    agreement.duration_minutes, agreement.starts_on, agreement.ends_on = (
        schedule.duration_minutes, schedule.starts_on, schedule.ends_on)


def _refuse_under_concern(user, key) -> None:
    if standing.safety_concern(user=user, key=key):
        raise ConflictError(standing.partner_tools_note())


def _partner_of(user):
    membership = membership_active(user=user)
    partner = partner_membership(membership=membership) if membership else None
    if partner is None:
        raise ConflictError(NO_PARTNER)
    return membership, partner.user


@transaction.atomic
def agreement_create(*, user, data: AgreementInput, propose: bool, key, now: datetime) -> Agreement:
    """A new agreement: active at once for the person alone, or proposed to the partner (shared with
    both, waiting for the partner's answer). Proposing is refused while a safety concern stands."""
    schedule, texts = cleaned(data, today=local_today(user, now))
    agreement = Agreement(author=user, created_at=now)
    if propose:
        _refuse_under_concern(user, key)
        membership, partner = _partner_of(user)
        agreement.visibility, agreement.couple_id, agreement.shared_at = Visibility.SHARED, membership.couple_id, now
        agreement.status, agreement.awaiting = Agreement.Status.PROPOSED, partner
    _apply_schedule(agreement, data, schedule)
    privacy_services.item_write(agreement, key=key, now=now, **texts)
    return agreement


def _claim(agreement: Agreement, *, version: int, **expected) -> None:
    """Take the next version of the agreement only if it is still at `version` (and as `expected`);
    ConflictError otherwise. The UPDATE holds the row until the transaction ends."""
    if not Agreement.objects.filter(pk=agreement.pk, version=version, **expected).update(version=version + 1):
        raise ConflictError(STALE)
    agreement.version = version + 1


def _other_member(agreement: Agreement, user):
    """The member of the agreement's couple who is not `user` (the proposer when the partner counters)."""
    if agreement.author_id != user.pk:
        return agreement.author
    _, partner = _partner_of(user)
    return partner


@transaction.atomic
def agreement_update(*, user, agreement_id, version: int, data: AgreementInput, key, now: datetime) -> Agreement:
    """Change an agreement. A private one is simply changed; a proposal changed by either partner
    becomes a proposal to the other (a counter-proposal). An answered shared agreement is paused or
    ended rather than rewritten, so what both agreed to stays as it was."""
    agreement = privacy_selectors.item_get(Agreement, user=user, item_id=agreement_id)  # first: foreign ids 404
    schedule, texts = cleaned(data, today=local_today(user, now))
    if agreement.is_shared:
        if agreement.status != Agreement.Status.PROPOSED:
            raise ConflictError("You both agreed to this one. To change it, end it and propose a new one.")
        _refuse_under_concern(user, key)
        agreement.awaiting = _other_member(agreement, user)
    elif agreement.status in (Agreement.Status.ENDED, Agreement.Status.DECLINED):
        raise ConflictError("This agreement has ended; start a new one instead.")
    _claim(agreement, version=version)
    _apply_schedule(agreement, data, schedule)
    privacy_services.item_write(agreement, key=key, now=now, **texts)
    return agreement


@transaction.atomic
def agreement_respond(*, user, agreement_id, version: int, answer: str, key, now: datetime) -> Agreement:
    """Accept or decline a proposal waiting for this person; both keep seeing it either way."""
    agreement = privacy_selectors.item_get(Agreement, user=user, item_id=agreement_id)
    if answer not in ("accept", "decline"):
        raise InvalidInputError("Answer with accept or decline.")
    if agreement.status != Agreement.Status.PROPOSED or agreement.awaiting_id != user.pk:
        raise ConflictError(NOT_YOURS_TO_ANSWER if agreement.status == Agreement.Status.PROPOSED else STALE)
    _refuse_under_concern(user, key)
    _claim(agreement, version=version, status=Agreement.Status.PROPOSED, awaiting_id=user.pk)
    agreement.status = Agreement.Status.ACTIVE if answer == "accept" else Agreement.Status.DECLINED
    agreement.awaiting, agreement.updated_at = None, now
    agreement.save(update_fields=["status", "awaiting", "updated_at", "version"])
    return agreement


@transaction.atomic
def agreement_set_status(*, user, agreement_id, version: int, action: str, now: datetime) -> Agreement:
    """Pause, resume or end an agreement (either partner, for a shared one); its history stays."""
    agreement = privacy_selectors.item_get(Agreement, user=user, item_id=agreement_id)
    if action not in ACTIONS:
        raise InvalidInputError("Choose pause, resume or end.")
    allowed, after = ACTIONS[action]
    if agreement.status not in allowed:
        raise ConflictError(STALE)
    _claim(agreement, version=version, status=agreement.status)
    agreement.status, agreement.awaiting, agreement.updated_at = after, None, now
    agreement.save(update_fields=["status", "awaiting", "updated_at", "version"])
    return agreement
