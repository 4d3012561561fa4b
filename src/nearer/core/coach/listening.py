"""The listening check: does a reply reflect what the partner said, or jump somewhere else?"""

from __future__ import annotations

import re

from nearer.core.coach.rx import compile_parts

from nearer.core.coach import context
from nearer.core.coach.model import Listening


_rx = compile_parts


_THEIR_FEELING = (
    r"(?:tired|exhausted|overwhelmed|stressed|hurt|lonely|alone|frustrated|angry|upset|ignored|"
    r"unappreciated|invisible|pressured|stuck|scared|afraid|worried|anxious|trapped|drained|burned out|"
    r"burnt out|worn out|unheard|unseen|left out|taken for granted|judged|criticized|criticised|"
    r"disappointed|sad|down|low|nervous|guilty|ashamed|embarrassed|torn|confused|lost|pulled|"
    r"stretched|squeezed|smothered|crowded|suffocated|on edge|tense|resentful|useless|like a failure|"
    r"unsupported|unsure|hopeless|helpless|sidelined|dismissed|watched|rushed|pushed|cornered)"
)
REFLECT = _rx(
    r"\b(?:it )?sounds like\b", r"\bso you(?:'re| are| feel| felt|'ve been| have been| think| mean| want|"
    r" need|'d like| wish)\b", r"\byou(?:'re| are) (?:saying|feeling)\b",
    r"\bwhat i(?:'m| am) hearing\b", r"\bif i (?:understand|heard|'m hearing|am hearing|got that)\b",
    r"\b(?:am i|did i) (?:getting|get|hearing|hear|understand)\w* (?:that|this|you|it)? ?right\b",
    r"\b(?:is that|is this|have i got that|do i have (?:that|it)) (?:right|it|what you mean|fair|close)\b",
    r"\byou mean\b", r"\bthat must (?:be|feel|have)\b", r"\bi hear (?:that|you saying|how)\b",
    r"\byou(?:'re| are| seem| sound| must be| must feel| feel| felt|'ve been| have been|'re feeling| are "
    r"feeling)(?:\s+(?:so|really|pretty|quite|a bit|kind of|completely|totally|like))*\s+" + _THEIR_FEELING + r"\b",
    r"\bfeeling " + _THEIR_FEELING + r"\b", r"\bno wonder you\b", r"\bi can see (?:why|how|that) (?:you|it|that)\b",
    r"\blet me (?:see if i|make sure i|check i)\b", r"\bin other words\b",
    r"\b(?:that |it )?sounds (?:really |so |incredibly |pretty |just )?(?:hard|brutal|exhausting|tough|rough|"
    r"awful|stressful|painful|lonely|scary|frightening|draining|overwhelming|frustrating|heavy|horrible|"
    r"miserable|unfair|like a lot)\b",
)
ADVISING = _rx(
    r"\byou (?:really )?(?:should|ought to|need to|have to|must)\b(?! (?:feel|be) (?:\w+ )?(?:so|tired|"
    r"exhausted))", r"\bwhy don't you\b", r"\bhave you (?:tried|thought about|considered)\b",
    r"\b(?:maybe |perhaps )?you could (?:just |always |try)\b", r"\bif i were you\b", r"\bmy advice\b",
    r"\bjust (?:tell|ignore|quit|say|ask|talk|go|take|stop|leave|do|let|try|get|put|turn)\b",
    r"\btry (?:to|not to|talking|getting|going)\b", r"\bwhat you need (?:to do )?is\b",
    r"\bthe (?:trick|key|answer|solution) is\b", r"\bdon't let (?:it|them|him|her)\b",
)
FIXING = _rx(
    r"\bi(?:'ll| will)(?: just)? (?:fix|handle|call|email|talk to|sort|take care|deal with|book|cancel|"
    r"tell (?:him|her|them|your))\b", r"\blet me (?:fix|handle|sort|call|deal|talk to)\b",
    r"\bwe (?:can|should|need to|could) just\b", r"\bhere's what we\b", r"\beasy fix\b", r"\bproblem solved\b",
    r"\blet's just\b", r"\bwe(?:'ll| will) (?:make a plan|fix|sort|figure out a schedule|get)\b",
    r"\b(?:simple|easy)(?:,| enough| solution)\b", r"\bi(?:'ll| will) make (?:a|you a) (?:plan|schedule|list)\b",
)
DEFENDING = _rx(
    r"\bthat(?:'s| is) not (?:true|fair|what (?:happened|i))\b", r"\bthat(?:'s| is) unfair\b",
    r"\bi (?:didn't|never|don't|wasn't|haven't|did not|do not|was not) (?:\w+ ){0,3}?(?:mean|say|do|ignore|"
    r"forget|try|know|realize|realise|see|think)\b", r"\bbut i (?:do|did|have|was|am|tried|try|told|asked|"
    r"always|already)\b", r"\b(?:it's|it is|that's) not my fault\b", r"\bi(?:'ve| have) been (?:trying|"
    r"working|doing)\b", r"\byou(?:'re| are) (?:overreacting|exaggerating|being (?:dramatic|unfair|"
    r"ridiculous)|too sensitive)\b", r"\bat least i\b", r"\bwhat about (?:you|when you|me)\b",
    r"\bso (?:it's|this is) my fault\b", r"\bexcuse me\b", r"\bi do (?:so|plenty|a lot|my share|help)\b",
    r"\bit's not like i\b", r"^\s*well,? you\b", r"\byou (?:also|too) (?:do|did|never|always)\b",
    r"\bi was (?:only|just) (?:trying|busy)\b", r"\bnot my problem\b",
)
DISMISSING = _rx(
    r"\b(?:it's|that's|it is|that is) not (?:a |that )?(?:big deal|bad|serious)\b", r"\bdon't worry\b",
    r"\byou(?:'ll| will) be (?:fine|okay|ok|alright)\b", r"\bcheer up\b", r"\bbright side\b",
    r"\bcould be worse\b", r"\beveryone (?:feels|goes through|has)\b", r"\byou(?:'re| are) overthinking\b",
    r"\bjust relax\b", r"\bget over it\b", r"^\s*(?:it's|it is) fine\b", r"\bcalm down\b", r"\byou(?:'re| are) fine\b",
    r"\bat least you\b", r"\bno big deal\b", r"\bit(?:'ll| will) (?:pass|blow over|sort itself out)\b",
    r"\bdon't be (?:so )?(?:sad|upset|dramatic|silly)\b", r"\bstop (?:worrying|stressing|complaining)\b",
)
CHANGING_SUBJECT = _rx(
    r"\banyway\b", r"\bspeaking of\b", r"\bby the way\b", r"\bthat reminds me\b", r"\bguess what\b",
    r"\bon (?:another|a different) note\b", r"\bwhat(?:'s| is| are we having) for (?:dinner|lunch)\b",
    r"^\s*me too\b", r"\bmy day was\b", r"\bi had (?:a|the) (?:same|crazy|long|awful|rough|weird)\b",
    r"\bcan we talk about something else\b", r"\bunrelated\b", r"\boh,? (?:did|have) you (?:see|hear)\b",
    r"\bdid you (?:remember|pay|pick up|call)\b", r"\bwhen(?:'s| is) (?:the|your)\b",
)
ASKING = _rx(r"\b(?:what|how)\b[^.!?]{2,120}\?", r"\btell me more\b", r"\bwhat happened\b")
# Offers made as questions leave the choice with the partner, so they are not counted as fixing.
_OFFER = re.compile(r"\b(?:would it help|do you want me to|would you like me to|is there anything|"
                    r"can i|could i|want me to)\b[^.!?]*\?", re.IGNORECASE)
_WORD = re.compile(r"[a-z']{4,}")
_STOP = frozenset(
    "about after again also been before being could didn't does doesn't doing don't from have having "
    "just know like made make more much need only really said same should some such than that their "
    "them then there these they thing things think this those very want what when where which while "
    "will with would your yours you're you've i've i'm it's that's feel feels felt lately today".split()
)
_NON_REFLECTING = (("defending", DEFENDING), ("dismissing", DISMISSING), ("advising", ADVISING),
                   ("fixing", FIXING), ("changing_subject", CHANGING_SUBJECT))
FEEDBACK = {
    "reflecting": "You gave back what you heard and left room for them to correct you. That is the "
                  "kind of reply that keeps someone talking.",
    "defending": "This answers for yourself before showing you heard them. Put your side on hold and "
                 "first say back what they told you.",
    "dismissing": "This plays down what they feel. Even if you see it differently, name what they are "
                  "going through before anything else.",
    "advising": "This tells them what to do. Advice lands better after they feel understood; try "
                "summing up what they said and asking if you got it right.",
    "fixing": "This jumps to solving it. Hold the plan for later and first show you understood what "
              "it is like for them.",
    "changing_subject": "This moves away from what they just shared. Stay with their words a little "
                        "longer: say back the main point and how it seems to feel.",
    "asking": "Asking is a good instinct, but first show what you already heard: a short summary, "
              "then your question.",
    "missing": "This does not yet show what you heard. Try repeating the heart of what they said in "
               "your own words, naming the feeling, and asking whether you got it right.",
}


def _stems(text: str) -> set[str]:
    return {word[:5] for word in _WORD.findall(text.lower()) if word not in _STOP}


def _echoes_partner(partner: str, reply: str) -> bool:
    """A paraphrase shares content words with the partner and speaks to them ('you', a question)."""
    shared = _stems(partner) & _stems(reply)
    addressed = re.search(r"\byou|\?|^\s*so\b", reply, re.IGNORECASE)
    return len(shared) >= 2 and bool(addressed)


def _non_reflecting_kind(reply: str) -> str | None:
    without_offers = _OFFER.sub(" ", reply)
    for kind, pattern in _NON_REFLECTING:
        if pattern.search(without_offers):
            return kind
    return None


def check_listening(partner: str, reply: str) -> Listening:
    """Return whether `reply` reflects `partner`'s words, what it does instead, and feedback."""
    partner, reply = context.normalise(partner).lower(), context.normalise(reply).lower()
    reflected = bool(REFLECT.search(reply)) or _echoes_partner(partner, reply)
    other = _non_reflecting_kind(reply)
    if reflected and other is None:
        kind = "reflecting"
    elif other is not None:
        kind = other
    else:
        kind = "asking" if ASKING.search(reply) else "missing"
    return Listening(reflects=kind == "reflecting", feedback=FEEDBACK[kind], kind=kind)
