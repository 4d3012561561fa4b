"""The program's facts that other features make true, each counted by the feature that owns it
from what exists (agreements and their marks, the log, tune-ups, needs, coach drafts), never from a
tap counter. A fact given by several sources counts the most any of them gives."""

from datetime import datetime

from nearer.agreements.facts import facts_for as agreement_facts
from nearer.coach.models import CoachDraft, Purpose
from nearer.practice.facts import facts_for as practice_facts
from nearer.privacy import selectors as privacy_selectors


def coach_facts(*, user, key, now: datetime) -> dict[str, int]:
    """An opening is planned once the person has kept a coach draft meant to open a talk."""
    drafts = privacy_selectors.own(CoachDraft, user=user).filter(purpose=Purpose.OPENING, created_at__lte=now)
    return {"opening_planned": int(drafts.exists())}


SOURCES = (agreement_facts, practice_facts, coach_facts)

# Where a person records each fact: (URL name, query string, link text) on the step pages.
TOOLS = {
    "reflection_done": ("program:reflection", "", "Open the self-reflection worksheet"),
    "grounding_practised": ("program:reflection", "", "Open the self-reflection worksheet"),
    "talk_scheduled": ("program:talks", "", "Your talks: schedule one or write a debrief"),
    "talk_held": ("program:talks", "", "Your talks: schedule one or write a debrief"),
    "debrief_done": ("program:talks", "", "Your talks: schedule one or write a debrief"),
    "space_agreed": ("program:talks", "", "Your talks: schedule one or write a debrief"),
    "needs_named": ("practice:needs", "", "Name your needs"),
    "opening_planned": ("coach:index", "", "Plan your opening with the coach"),
    "micro_connections_agreed": ("agreements:catalogue", "", "Choose from the ideas for small daily moments"),
    "tune_up_scheduled": ("agreements:new", "?kind=weekly_tune_up", "Set a time for the weekly tune-up"),
    "tune_up_held": ("practice:tuneup", "", "Answer this week's tune-up"),
    "pause_signal_agreed": ("agreements:new", "?kind=pause_signal", "Agree on a pause signal"),
    "work_talk_boundary_agreed": ("agreements:new", "?kind=work_talk_boundary", "Agree on hours without work talk"),
    "parking_lot_started": ("agreements:parking", "", "Open the parking lot"),
    "reentry_date_set": ("agreements:new", "?kind=reentry_date", "Book a re-entry date"),
    "practical_support_given": ("agreements:new", "?kind=practical_support", "Take a task off their plate"),
    "appreciation_days": ("practice:log", "", "Log an appreciation"),
    "affection_days": ("practice:log", "", "Log a moment of affection"),
}


def gathered(*, user, key, now: datetime) -> dict[str, int]:
    """How often each fact holds according to the features outside the program's own pages."""
    counts: dict[str, int] = {}
    for source in SOURCES:
        for fact, count in source(user=user, key=key, now=now).items():
            counts[fact] = max(counts.get(fact, 0), count)
    return counts
