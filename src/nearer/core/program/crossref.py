"""Checks that span files or items: unique ids and references between content packs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nearer.core.program.specs_program import ProgramSpec, TrackSpec

COUNSELING_STEP_ID = "counseling"
RESERVED_ANSWER_KEYS = frozenset({"signs", "contexts"})


@dataclass(frozen=True)
class Issue:
    """One problem found in the content: the file, the key path and what is wrong."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: at key {self.path}: {self.message}"


def find_reference_issues(program: ProgramSpec, track_files: list[str]) -> list[Issue]:
    """Return every duplicate id and dangling reference in the program, in file order."""
    issues: list[Issue] = []
    issues += _safety_issues(program)
    issues += _check_issues(program)
    issues += _catalogue_issues(program)
    for track, name in zip(program.tracks, track_files):
        issues += _track_issues(program, track, name)
    issues += _track_set_issues(program, track_files)
    return issues


def _duplicates(file: str, path: str, ids: Iterable[str]) -> list[Issue]:
    seen: set[str] = set()
    issues = []
    for index, value in enumerate(ids):
        if value in seen:
            issues.append(Issue(file, f"{path}[{index}].id", f"duplicate id {value!r}"))
        seen.add(value)
    return issues


def _unknown(file: str, path: str, value: str | None, known: set[str], what: str) -> list[Issue]:
    if value is None or value in known:
        return []
    return [Issue(file, path, f"unknown {what} {value!r} (known: {', '.join(sorted(known))})")]


def _safety_issues(program: ProgramSpec) -> list[Issue]:
    safety, file = program.safety, "safety.yaml"
    issues = _duplicates(file, "questions", (q.id for q in safety.questions))
    issues += _duplicates(file, "signals", (s.id for s in safety.signals))
    issues += _duplicates(file, "regions", (r.id for r in safety.regions))
    signals = {s.id for s in safety.signals}
    for i, question in enumerate(safety.questions):
        issues += _unknown(file, f"questions[{i}].signal", question.signal, signals, "signal")
    issues += _unknown(file, "default_region", safety.default_region, {r.id for r in safety.regions}, "region")
    return issues


def _check_issues(program: ProgramSpec) -> list[Issue]:
    focus = {a.id for a in program.focus.areas}
    issues = _duplicates("focus.yaml", "areas", (a.id for a in program.focus.areas))
    issues += _unknown("focus.yaml", "safety_focus", program.focus.safety_focus, focus, "focus area")
    issues += _duplicates("signs.yaml", "signs", (s.id for s in program.signs.signs))
    for i, sign in enumerate(program.signs.signs):
        issues += _unknown("signs.yaml", f"signs[{i}].focus", sign.focus, focus, "focus area")
    issues += _duplicates("contexts.yaml", "contexts", (c.id for c in program.contexts.contexts))
    for i, context in enumerate(program.contexts.contexts):
        for j, area in enumerate(context.focus):
            issues += _unknown("contexts.yaml", f"contexts[{i}].focus[{j}]", area, focus, "focus area")
    questions = program.readiness.questions
    issues += _duplicates("readiness.yaml", "questions", (q.id for q in questions))
    taken = {q.id for q in program.safety.questions} | RESERVED_ANSWER_KEYS
    for i, question in enumerate(questions):
        issues += _unknown("readiness.yaml", f"questions[{i}].focus_if_no", question.focus_if_no, focus, "focus area")
        if question.id in taken:
            issues.append(Issue("readiness.yaml", f"questions[{i}].id", f"id {question.id!r} is already an answer key"))
    return issues


def _catalogue_issues(program: ProgramSpec) -> list[Issue]:
    contexts = {c.id for c in program.contexts.contexts}
    care = {f.id for f in program.care_profile.forms}
    issues = _duplicates("micro_connections.yaml", "items", (m.id for m in program.micro_connections.items))
    for i, item in enumerate(program.micro_connections.items):
        for j, context in enumerate(item.contexts):
            issues += _unknown("micro_connections.yaml", f"items[{i}].contexts[{j}]", context, contexts, "context")
        for j, form in enumerate(item.care):
            issues += _unknown("micro_connections.yaml", f"items[{i}].care[{j}]", form, care, "form of care")
    for key in program.questions.root_cause:
        issues += _unknown("questions.yaml", f"root_cause.{key}", key, contexts, "context")
    for missing in sorted(contexts - set(program.questions.root_cause)):
        issues.append(Issue("questions.yaml", "root_cause", f"no questions for context {missing!r}"))
    issues += _duplicates("mistakes.yaml", "mistakes", (m.id for m in program.mistakes.mistakes))
    issues += _duplicates("care_profile.yaml", "forms", (f.id for f in program.care_profile.forms))
    scale = program.care_profile.scale
    if set(scale.labels) != set(range(scale.min, scale.max + 1)):
        issues.append(Issue("care_profile.yaml", "scale.labels", f"give one label for each point {scale.min}..{scale.max}"))
    esc = program.escalation
    if not esc.min_weeks <= esc.default_weeks <= esc.max_weeks:
        issues.append(Issue("escalation.yaml", "default_weeks", "must lie between min_weeks and max_weeks"))
    return issues


def _track_issues(program: ProgramSpec, track: TrackSpec, file: str) -> list[Issue]:
    contexts = {c.id for c in program.contexts.contexts}
    issues = _unknown(file, "selected_when_context", track.selected_when_context, contexts, "context")
    issues += _duplicates(file, "steps", (s.id for s in track.steps))
    for i, step in enumerate(track.steps):
        issues += _duplicates(file, f"steps[{i}].actions", (a.id for a in step.actions))
    last = track.steps[-1]
    where = f"steps[{len(track.steps) - 1}]"
    if last.id != COUNSELING_STEP_ID:
        issues.append(Issue(file, f"{where}.id", f"the last step must be {COUNSELING_STEP_ID!r}"))
    if last.couple_facing:
        issues.append(Issue(file, f"{where}.couple_facing", "counseling must stay open, so it cannot be couple-facing"))
    if last.when_unsafe is None:
        issues.append(Issue(file, f"{where}.when_unsafe", "counseling needs the text shown when safety is a concern"))
    return issues


def _track_set_issues(program: ProgramSpec, track_files: list[str]) -> list[Issue]:
    issues = []
    seen: set[str] = set()
    for track, file in zip(program.tracks, track_files):
        if track.id in seen:
            issues.append(Issue(file, "id", f"duplicate track id {track.id!r}"))
        seen.add(track.id)
    defaults = [file for track, file in zip(program.tracks, track_files) if track.selected_when_context is None]
    if len(defaults) != 1:
        issues.append(Issue(", ".join(track_files), "selected_when_context",
                            f"exactly one track must leave this empty (the default); found {len(defaults)}"))
    return issues
