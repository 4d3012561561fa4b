"""Gentler alternatives for harsh findings, and the pre-filled I-statement builder."""

from __future__ import annotations

import re

from nearer.core.coach import detection, phrasing
from nearer.core.coach.categories import HARSH
from nearer.core.coach.model import Finding, IStatement

# The feeling most often underneath each kind of harsh wording; used only when the user named none.
_LIKELY_FEELING = {
    "absolute": "lonely", "blame": "hurt", "character_attack": "hurt", "contempt": "frustrated",
    "demand": "worried", "old_grievance": "hurt", "scorekeeping": "stretched thin",
    "assumed_solution": "worried", "mind_reading": "unsure of where we stand", "ultimatum": "scared",
    "stonewalling": "overwhelmed",
}
_FIXED = {
    "absolute": "Lately I've been feeling lonely, and I'd like us to talk about how things have been between us.",
    "character_attack": "I felt hurt by what happened, and I'd like to talk about that one moment.",
    "contempt": "I'm upset right now. Can I take twenty minutes and then come back to this?",
    "old_grievance": "I'd like us to stay with what's going on now. Could we set another time for the "
                     "older stuff?",
    "scorekeeping": "I'm feeling stretched thin. Could we look together at how we share things this week?",
    "assumed_solution": "What do you think would help you most right now?",
    "mind_reading": "I'm not sure what's going on for you, and I'd like to hear it from you.",
    "ultimatum": "I'm scared about where we're heading, and I want us to find a way through this "
                 "together. Would you be open to seeing a counselor with me?",
    "stonewalling": "I need a break before I say something I don't mean. Can we pick this up in an hour?",
    "demand": "I've noticed you seem low, and I'm here whenever you feel like talking. No pressure.",
    "blame": "I've been feeling hurt, and I'd like us to talk about what's been happening between us.",
}


def _phrase_after(text: str, end: int, phrases: dict[int, str]) -> str:
    """Return phrasing.verb_phrase_after(text, end), worked out once per draft (`phrases`)."""
    phrase = phrases.get(end)
    if phrase is None:  # up to a comma: what follows one is another clause or an aside
        phrase = phrases[end] = phrasing.verb_phrase_after(text, end).split(",")[0].strip()
    return phrase


_NOT_BE, _NOT_DO = "aren't", "don't"
_NEVER = re.compile(r"\b(?:never|ever|once)\b", re.IGNORECASE)


def _subject(matched: str) -> tuple[str, str]:
    """Return who the absolute is about, as "you"/"we" and as it stands before a place or state."""
    if re.match(r"\s*we\b", matched, re.IGNORECASE):
        return "we", "we're"
    return "you", "you're"


def _reads_gentle(sentence: str) -> bool:
    """Return True when the coach finds nothing harsh in `sentence` (a rewrite built from the
    user's words is only offered when the coach would pass it itself)."""
    return all(finding.tone != HARSH for finding in detection.detect(sentence))


def _absolute_rewrites(text: str, finding: Finding, feeling: str, phrases: dict[int, str]) -> list[str]:
    matched = text[finding.start:finding.end]
    phrase = _phrase_after(text, finding.end, phrases)
    be = phrasing.is_be_form(matched)
    own_sentence = [_FIXED["absolute"].replace("lonely", feeling, 1)]
    wished = bool(_NEVER.search(matched))
    plain, before_state = _subject(matched)
    doing = f"{before_state if be else plain} {phrase}"
    # The sentences around the user's words are gentle; the words themselves must read so too.
    if not phrase or not phrasing.keeps_as_behaviour(phrase, be, wished) or not _reads_gentle(doing):
        return own_sentence
    if wished:
        wish = f"{plain} were {phrase}" if be else f"{plain} {'could' if plain == 'we' else 'would'} {phrase}"
        return [f"I've been feeling {feeling}, and I'd love it if {wish} more often.",
                f"I miss it when {doing}. Could we make time for that?"]
    return [f"Lately, when {doing}, I feel {feeling}. Could we talk about it?"]


def _blame_rewrites(text: str, finding: Finding, feeling: str) -> list[str]:
    matched = text[finding.start:finding.end].lower()
    if "feel" in matched and "make" in matched:
        return [f"I feel {feeling} when that happens, and I'd like us to find another way."]
    if matched.startswith("i feel"):
        return [f"I've been feeling {feeling}, and I'd love some reassurance about us."]
    return [_FIXED["blame"].replace("hurt", feeling, 1)]


def rewrites_for(text: str, harsh: list[Finding], feeling: str | None,
                 phrases: dict[int, str] | None = None) -> list[str]:
    """Return at least one gentler alternative per harsh finding, without duplicates.

    `phrases` keeps the verb phrases worked out for this draft, to share with i_statement_from.
    """
    if phrases is None:
        phrases = {}
    results: list[str] = []
    for finding in harsh:
        category = finding.category
        if category == "absolute":
            options = _absolute_rewrites(text, finding, feeling or _LIKELY_FEELING[category], phrases)
        elif category == "blame":
            options = _blame_rewrites(text, finding, feeling or _LIKELY_FEELING[category])
        else:
            options = [_FIXED[category]]
        for option in options:
            if option not in results:
                results.append(option)
    return results


def _when(text: str, finding: Finding, phrases: dict[int, str]) -> str | None:
    """Return what happened, from an observation or an absolute, for the I-statement."""
    if finding.category == "observation":
        clause = _phrase_after(text, finding.end, phrases)
        return clause if len(clause.split()) >= 2 else None
    phrase = _phrase_after(text, finding.end, phrases)
    matched = text[finding.start:finding.end].lower()
    be = phrasing.is_be_form(matched)
    if phrase and phrasing.keeps_as_behaviour(phrase, be):
        plain, before_state = _subject(matched)
        if _NEVER.search(matched):
            return f"{plain} {_NOT_BE if be else _NOT_DO} {phrase}"
        return f"{before_state if be else plain} {phrase}"
    return None


def build_i_statement(text: str, findings: list[Finding]) -> IStatement:
    """Return an 'I feel ... when ... and I'd like ...' sentence filled from the draft where it can.

    Parts the draft does not supply stay as bracketed prompts for the user to complete.
    """
    harsh = [f for f in findings if f.tone == "harsh"]
    return i_statement_from(text, findings, harsh, phrasing.feeling_in(text, findings))


_PROMPTS = ("[your feeling]", "[what happened, in neutral words]",
            "[one small, concrete thing you would like]")


def _i_statement(feeling: str, when: str, request: str) -> IStatement:
    return IStatement(feeling, when, request, f"I feel {feeling} when {when}, and I'd like {request}.")


# The sentence when the draft supplies neither what happened nor a request, for each feeling the
# coach may fill in itself (the frozen sentences are made once, here).
_PROMPTED = {feeling: _i_statement(feeling, *_PROMPTS[1:])
             for feeling in (_PROMPTS[0], *_LIKELY_FEELING.values())}
_WHEN_FROM = frozenset({"observation", "absolute"})


def i_statement_from(text: str, findings: list[Finding], harsh: list[Finding], feeling: str | None,
                     phrases: dict[int, str] | None = None) -> IStatement:
    """Return build_i_statement's sentence, given the harsh findings and the feeling the user named
    (phrasing.feeling_in), already worked out; `phrases` as for rewrites_for."""
    if feeling is None and harsh:
        feeling = _LIKELY_FEELING.get(harsh[0].category)
    feeling = feeling or _PROMPTS[0]
    when = request = None
    for finding in findings:  # the first observation or absolute that says what happened
        if when is None and finding.category in _WHEN_FROM:
            when = _when(text, finding, {} if phrases is None else phrases)
        elif request is None and finding.category == "request":  # and the first request
            request = phrasing.request_wording(text, finding)
    if not when and not request and feeling in _PROMPTED:
        return _PROMPTED[feeling]
    return _i_statement(feeling, when or _PROMPTS[1], request or _PROMPTS[2])
