"""Spec of review.yaml: the thresholds of the measures and of the counselling rule, and the words of
each recommendation. The rule itself lives in nearer.core.measures; only its numbers live here."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field, model_validator

from nearer.core.program.specs_base import Spec, Text

RecommendationKind = Literal[
    "counselling", "individual_support", "practise_first", "celebrate", "keep_practising", "maintenance", "adjust",
]
AgreementKind = Literal[
    "micro_connection", "weekly_tune_up", "work_talk_boundary", "pause_signal", "space", "practical_support",
    "daily_appreciation", "affection", "reentry_date", "shared_activity",
]


class MinimumsSpec(Spec):
    """How many data points each measure needs before it shows a number instead of 'not enough data yet'."""

    logging_days: int = Field(ge=1, le=7)
    baseline_logging_days: int = Field(ge=1, le=14)
    baseline_ratings: int = Field(ge=1, le=14)
    due_occurrences: int = Field(ge=1, le=50)
    noticed_bids: int = Field(ge=1, le=50)
    ratings: int = Field(ge=1, le=7)
    rough_moments: int = Field(ge=1, le=20)
    repairs: int = Field(ge=1, le=20)
    balance_moments: int = Field(ge=1, le=100)
    rhythm_sources: int = Field(ge=1, le=10)
    month_logging_days: int = Field(ge=1, le=31)


class MaintainedSpec(Spec):
    """'Maintained': at least `min_agreements` agreements each done on `min_share` of due days in the window."""

    window_days: int = Field(ge=7, le=28)
    min_share: float = Field(gt=0, le=1)
    min_agreements: int = Field(ge=1, le=10)


class ImprovementSpec(Spec):
    """How far the recent weeks must rise above the baseline to count as a real gain."""

    compare_weeks: int = Field(ge=1, le=4)
    initiations_gain_share: float = Field(ge=0, le=5)
    initiations_gain_min: float = Field(ge=0, le=20)
    rating_gain: float = Field(gt=0, le=6)


class WorseningSpec(Spec):
    """How far a measure must fall week after week, and for how many weeks, to count as worsening."""

    weeks_running: int = Field(ge=1, le=6)
    initiations_drop: float = Field(gt=0, le=20)
    rating_drop: float = Field(gt=0, le=6)


class HelpsSpec(Spec):
    """When 'what helps' may point at an agreement or activity: enough rated weeks and a clear difference."""

    min_weeks: int = Field(ge=2, le=52)
    min_difference: float = Field(gt=0, le=1)


class RecommendationSpec(Spec):
    """The words shown for one kind of recommendation (its reasons are built from the numbers)."""

    title: Text
    text: Text


class ReviewSpec(Spec):
    """Thresholds of the weekly review and the counselling rule, and the recommendations' words."""

    baseline_days: int = Field(ge=7, le=28)
    minimums: MinimumsSpec
    maintained: MaintainedSpec
    turning_toward_reference: float = Field(gt=0, le=1)
    balance_reference: float = Field(gt=0, le=20)
    improvement: ImprovementSpec
    worsening: WorseningSpec
    steady_share: float = Field(gt=0.5, le=1)
    hold_weeks: int = Field(ge=2, le=12)
    helps: HelpsSpec
    agreement_names: dict[AgreementKind, Text]
    recommendations: dict[RecommendationKind, RecommendationSpec]

    @model_validator(mode="after")
    def _every_kind_has_words(self) -> ReviewSpec:
        for key, kinds in (("agreement_names", AgreementKind), ("recommendations", RecommendationKind)):
            missing = sorted(set(get_args(kinds)) - set(getattr(self, key)))
            if missing:
                raise ValueError(f"{key} lacks {', '.join(missing)}")
        return self
