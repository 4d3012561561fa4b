"""The packaged content validates, file by file, and says what the product promises."""

import pytest

from nearer.core.program import DEFAULT_CONTENT_DIR, FACTS, load_program, parse_fact_ref
from nearer.core.program.loader import FILES, TRACK_FILE_GLOB, read_yaml
from nearer.core.program.specs_program import TrackSpec

CONTENT_FILES = sorted([*FILES, *(p.name for p in DEFAULT_CONTENT_DIR.glob(TRACK_FILE_GLOB))])


@pytest.fixture(scope="module")
def program():
    return load_program()


@pytest.mark.parametrize("name", CONTENT_FILES)
def test_every_content_file_validates_on_its_own(name):
    model = FILES[name][1] if name in FILES else TrackSpec
    model.model_validate(read_yaml(DEFAULT_CONTENT_DIR / name))


def test_no_stray_yaml_in_the_content_folder():
    assert sorted(p.name for p in DEFAULT_CONTENT_DIR.glob("*.y*ml")) == CONTENT_FILES


def test_default_program_is_loaded_once(program):
    assert load_program() is program


def test_both_tracks_have_the_same_seven_steps_ending_in_counseling(program):
    ids = {t.id: [s.id for s in t.steps] for t in program.tracks}
    assert set(ids) == {"general", "work_stress"}
    assert ids["general"] == ids["work_stress"]
    assert len(ids["general"]) == 7 and ids["general"][-1] == "counseling"
    assert program.default_track.id == "general"
    assert program.track("work_stress").selected_when_context == "work"


def test_work_stress_step_five_covers_boundary_parking_lot_support_and_reentry(program):
    facts = {c.fact for c in program.track("work_stress").steps[4].completion}
    assert {"work_talk_boundary_agreed", "parking_lot_started", "reentry_date_set", "practical_support_given",
            "pause_signal_agreed"} <= facts


def test_step_four_asks_for_two_micro_connections_and_a_tune_up(program):
    for track in program.tracks:
        facts = {c.fact for c in track.steps[3].completion}
        assert {"micro_connections_agreed:2", "tune_up_scheduled", "tune_up_held"} <= facts


def test_every_fact_reference_is_known(program):
    for track in program.tracks:
        for step in track.steps:
            refs = [c.fact for c in step.completion] + [a.done_when for a in step.actions if a.done_when]
            assert all(parse_fact_ref(ref).name in FACTS for ref in refs)


def test_contexts_have_the_fixed_ids(program):
    ids = [c.id for c in program.contexts.contexts]
    assert ids == ["work", "family", "money", "parenting", "health", "conflict", "drift", "trust"]
    assert set(program.questions.root_cause) == set(ids)


def test_catalogue_sizes(program):
    assert len(program.micro_connections.items) >= 40
    assert len(program.questions.tune_up.questions) == 2
    assert program.questions.tune_up.minutes == 10
    assert len(program.care_profile.forms) >= 5
    assert sum(10 <= m.minutes <= 20 for m in program.micro_connections.items) >= 20


def test_the_common_mistakes_from_the_product_are_all_there(program):
    ids = {m.id for m in program.mistakes.mistakes}
    assert {"demanding_happiness", "reopening_grievances", "scorekeeping", "buying_closeness",
            "declaring_victory_early", "assuming_the_solution", "using_disclosures", "forcing_intimacy"} <= ids


def test_us_resources_carry_the_real_numbers(program):
    us = next(r for r in program.safety.regions if r.id == "us")
    contacts = {(s.name, c.kind, c.value) for s in us.services for c in s.contacts}
    assert ("National Domestic Violence Hotline", "call", "1-800-799-7233") in contacts
    assert ("National Domestic Violence Hotline", "text", "START to 88788") in contacts
    assert ("National Domestic Violence Hotline", "chat", "thehotline.org") in contacts
    assert ("988 Suicide & Crisis Lifeline", "call", "988") in contacts
    assert ("988 Suicide & Crisis Lifeline", "text", "988") in contacts
    assert ("Emergency services", "call", "911") in contacts


def test_other_regions_get_guidance_not_invented_hotline_numbers(program):
    other = next(r for r in program.safety.regions if r.id == "other")
    assert other.services == ()
    assert program.safety.default_region == "other"
    assert "not advised" in program.safety.couples_exercises_note


def test_safety_screen_asks_about_fear_harm_threats_control_and_self_harm(program):
    signals = {q.signal for q in program.safety.questions}
    assert signals == {"fear", "violence", "threats", "control", "self_harm"}


def test_escalation_defaults_to_six_weeks(program):
    assert program.escalation.default_weeks == 6


def test_counseling_step_has_words_for_when_safety_is_a_concern(program):
    for track in program.tracks:
        counseling = track.steps[-1]
        assert not counseling.couple_facing and counseling.when_unsafe
        assert all(step.couple_facing for step in track.steps[:-1])


def test_the_review_thresholds_say_what_the_product_promises(program):
    review = program.review
    assert (review.maintained.window_days, review.maintained.min_share, review.maintained.min_agreements) == (14, 0.7, 2)
    assert review.baseline_days == 14 and review.hold_weeks == 4
    assert review.turning_toward_reference == 0.86 and review.balance_reference == 5
    assert program.escalation.default_weeks == 6
