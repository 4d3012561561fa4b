"""Rules of the practice log and the weekly tune-up, without Django: the ISO week a moment falls in
(in the person's own time zone), the shape of each kind of log entry, and when tune-up answers of a
couple may be shown to each other."""

from nearer.core.practice_log.entries import (
    INITIATORS, KINDS, MOMENT_TOPICS, RATING_MAX, RATING_MIN, RESPONSES, LogFields, clean_log_fields,
)
from nearer.core.practice_log.reveal import TuneUpShares, answers_revealed
from nearer.core.practice_log.weeks import Week, week_bounds, week_of

__all__ = [
    "INITIATORS", "KINDS", "MOMENT_TOPICS", "RATING_MAX", "RATING_MIN", "RESPONSES", "LogFields",
    "TuneUpShares", "Week", "answers_revealed", "clean_log_fields", "week_bounds", "week_of",
]
