"""Success measures and the weekly review (framework-free: no Django here). See docs/measures.md.

Public API:

- weekly_review(history, program, escalation_weeks=None) -> Review
- History, LogEntry, AgreementDays: the input shapes; check_history(history) validates them
- Reading (value + points + minimum), WeekMeasures, Baseline, MonthActivities, Trend, Practice,
  Recommendation, HelpHint: the output shapes
"""

from nearer.core.measures.helps import HelpHint
from nearer.core.measures.inputs import AgreementDays, History, LogEntry, check_history
from nearer.core.measures.periods import Baseline, MonthActivities
from nearer.core.measures.readings import MEASURED, NOT_ENOUGH_DATA, Reading, week_label
from nearer.core.measures.review import Review, weekly_review
from nearer.core.measures.rule import Recommendation
from nearer.core.measures.trends import Practice, Trend
from nearer.core.measures.weekly import Balance, Rhythm, WeekMeasures

__all__ = [
    "MEASURED",
    "NOT_ENOUGH_DATA",
    "AgreementDays",
    "Balance",
    "Baseline",
    "HelpHint",
    "History",
    "LogEntry",
    "MonthActivities",
    "Practice",
    "Reading",
    "Recommendation",
    "Review",
    "Rhythm",
    "Trend",
    "WeekMeasures",
    "check_history",
    "week_label",
    "weekly_review",
]
