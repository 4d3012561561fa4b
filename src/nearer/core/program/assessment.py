"""assess(): from the check's answers and free text to safety, contexts, track and focus areas."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from nearer.core.program.answers import CheckedAnswers, check_answers, check_free_text
from nearer.core.program.specs_program import ProgramSpec
from nearer.core.program import learned_reading
from nearer.core.program.textreading import find_phrases

EVIDENCE_MAX_CHARS = 160


@dataclass(frozen=True)
class SafetyResult:
    """Whether there is a safety concern, why (signal ids), and gentle questions to confirm mentions."""

    concern: bool
    reasons: list[str] = field(default_factory=list)
    confirm_questions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ContextHit:
    """A context that may lie behind the distance, with what suggested it."""

    id: str
    evidence: list[str]


@dataclass(frozen=True)
class Assessment:
    """The result of the check."""

    safety: SafetyResult
    contexts: list[ContextHit]
    track: str
    focus_areas: list[str]
    signs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the assessment as plain JSON-ready data."""
        return asdict(self)


def assess(program: ProgramSpec, answers: Mapping[str, Any], free_text: str) -> Assessment:
    """Return the Assessment of one check.

    Raises InvalidInputError for unknown answer keys or ids, wrong value types, or over-long text.
    """
    checked = check_answers(program, answers)
    text = check_free_text(free_text)
    situation = learned_reading.Situation(text)
    safety = assess_safety(program, checked, text, situation)
    contexts = find_contexts(program, checked.contexts, text, situation)
    signs = find_signs(program, checked.signs, text)
    track = choose_track(program, [hit.id for hit in contexts])
    focus = choose_focus(program, safety, contexts, signs, checked)
    return Assessment(safety=safety, contexts=contexts, track=track, focus_areas=focus, signs=signs)


def assess_safety(program: ProgramSpec, checked: CheckedAnswers, text: str,
                  situation: learned_reading.Situation | None = None) -> SafetyResult:
    """Return the SafetyResult.

    A yes in the screen is a concern. The learned safety models add a signal's confirming question
    (never a concern on their own) when they find self-harm, abuse or control in the text. A danger phrase stated in the text is a concern too, unless the
    person has answered no to every screen question of that signal (the confirming question was
    asked and answered). Every other mention (denied, reported, hypothetical, or a mention phrase) of
    a signal the screen has not settled adds that signal's confirming question.
    """
    by_signal: dict[str, list[str]] = {}
    for question in program.safety.questions:
        by_signal.setdefault(question.signal, []).append(question.id)
    said_yes = {q.signal for q in program.safety.questions if q.id in checked.safety_yes}
    said_no = {signal for signal, qs in by_signal.items() if all(q in checked.safety_no for q in qs)}
    asserted: set[str] = set()
    mentioned: set[str] = set()
    for signal in program.safety.signals:
        for find in find_phrases(text, signal.phrases):
            (asserted if find.asserted else mentioned).add(signal.id)
        if find_phrases(text, signal.mention_phrases):
            mentioned.add(signal.id)
    situation = situation or learned_reading.Situation(text)
    mentioned |= learned_reading.safety_signals(situation, {s.id for s in program.safety.signals})
    concern = said_yes | (asserted - said_no)
    unsettled = (asserted | mentioned) - said_yes - said_no
    signals = program.safety.signals
    return SafetyResult(
        concern=bool(concern),
        reasons=[s.id for s in signals if s.id in concern],
        confirm_questions=[s.confirm_question for s in signals if s.id in unsettled],
    )


def find_contexts(program: ProgramSpec, ticked: tuple[str, ...], text: str,
                  situation: learned_reading.Situation | None = None) -> list[ContextHit]:
    """Return the contexts that were ticked or are stated in the text, in content order.

    Denied, reported and hypothetical mentions are not evidence. A context the phrases miss but
    the learned context model finds is evidenced by the sentence holding the words it weighed most.
    """
    situation = situation or learned_reading.Situation(text)
    hits = []
    for context in program.contexts.contexts:
        evidence = [program.contexts.ticked_evidence] if context.id in ticked else []
        finds = find_phrases(text, context.phrases)
        for find in finds:
            snippet = _snippet(find.clause)
            if find.asserted and snippet not in evidence:
                evidence.append(snippet)
        if not finds and not evidence:  # a denied or reported mention stays no evidence
            sentence = learned_reading.context_sentence(situation, context.id)
            if sentence:
                evidence.append(_snippet(sentence))
        if evidence:
            hits.append(ContextHit(id=context.id, evidence=evidence))
    return hits


def find_signs(program: ProgramSpec, ticked: tuple[str, ...], text: str) -> list[str]:
    """Return the ids of signs of withdrawal that were ticked or are stated in the text."""
    return [
        sign.id
        for sign in program.signs.signs
        if sign.id in ticked or any(f.asserted for f in find_phrases(text, sign.phrases))
    ]


def choose_track(program: ProgramSpec, context_ids: list[str]) -> str:
    """Return the id of the first track (in file order) whose selecting context is present, else the
    default track (the one without a selecting context)."""
    for track in program.tracks:
        if track.selected_when_context and track.selected_when_context in context_ids:
            return track.id
    return program.default_track.id


def choose_focus(program: ProgramSpec, safety: SafetyResult, contexts: list[ContextHit],
                 signs: list[str], checked: CheckedAnswers) -> list[str]:
    """Return the focus area ids: only the safety focus when there is a concern, otherwise readiness
    gaps first, then the contexts' areas, then the signs' areas, without repeats."""
    if safety.concern:
        return [program.focus.safety_focus]
    by_question = {q.id: q.focus_if_no for q in program.readiness.questions}
    by_context = {c.id: c.focus for c in program.contexts.contexts}
    by_sign = {s.id: s.focus for s in program.signs.signs}
    ordered = [by_question[q] for q in checked.readiness_no]
    ordered += [area for hit in contexts for area in by_context[hit.id]]
    ordered += [by_sign[s] for s in signs]
    return list(dict.fromkeys(ordered))


def _snippet(clause: str) -> str:
    clause = " ".join(clause.split())
    if len(clause) <= EVIDENCE_MAX_CHARS:
        return clause
    return clause[: EVIDENCE_MAX_CHARS - 1].rstrip() + "\u2026"
