"""The listening check: does a reply reflect what the partner said, or jump somewhere else?"""

from __future__ import annotations

import re

from nearer.core.coach.rx import compile_parts

from nearer.core.coach import context, shorthand
from nearer.core.coach.model import Listening


_rx = compile_parts


_THEIR_FEELING = (
    r"(?:tired|exhausted|overwhelmed|stressed|hurt|lonely|alone|frustrated|angry|upset|ignored|"
    r"unappreciated|invisible|pressured|stuck|scared|afraid|worried|anxious|trapped|drained|burned out|"
    r"burnt out|worn out|unheard|unseen|left out|taken for granted|judged|criticized|criticised|"
    r"disappointed|sad|down|low|nervous|guilty|ashamed|embarrassed|torn|confused|lost|pulled|"
    r"stretched|squeezed|smothered|crowded|suffocated|on edge|tense|resentful|useless|like a failure|"
    r"unsupported|unsure|hopeless|helpless|sidelined|dismissed|watched|rushed|pushed|cornered|fed up|gutted|"
    r"shattered|knackered|crushed|devastated|heartbroken|humiliated|betrayed|furious|livid|miserable|"
    r"wrecked|wiped|fried|sick of it|over it|stung|let down|overlooked|forgotten|unwanted|unloved|isolated|"
    r"out of your depth|under pressure|at the end of your rope|at your wits' end|stressed out|freaked out|fuming|done|running on empty|grieving|aching|raw|in knots|"
    r"on your own|alone in this|wrung out)"
)
# What it is like for them, in the words people use to say so ("that's gutting").
_HARD = (r"(?:hard|brutal|exhausting|tough|rough|awful|stressful|painful|lonely|scary|frightening|draining|"
         r"overwhelming|frustrating|heavy|horrible|miserable|unfair|like a lot|a lot|crap|shit|rubbish|"
         r"infuriating|hurtful|gutting|nightmare|sad|humiliating|unbearable|heartbreaking|terrifying|"
         r"devastating|crushing|maddening|degrading|demoralising|demoralizing|soul-destroying|grim|bleak|"
         r"cruel|insane|so much|too much|upsetting|disheartening)")
REFLECT = _rx(
    r"\b(?:it )?sounds like\b", r"\bso you(?:'re| are| feel| felt|'ve been| have been| think| mean| want|"
    r" need|'d like| wish)\b", r"\byou(?:'re| are) (?:saying|feeling)\b",
    r"\bwhat i(?:'m| am) hearing\b", r"\bif i (?:understand|heard|'m hearing|am hearing|got that)\b",
    r"\b(?:am i|did i) (?:getting|get|hearing|hear|understand)\w* (?:that|this|you|it)? ?right\b",
    r"\b(?:is that|is this|have i got that|do i have (?:that|it)) (?:right|it|what you mean|fair|close)\b",
    r"\byou mean\b", r"\bthat must (?:be|feel|have)\b", r"\bi hear (?:that|you saying|how)\b",
    r"\byou(?:'re| are| seem| sound| must be| must feel| feel| felt|'ve been| have been|'re feeling| are "
    r"feeling)(?:\s+(?:so|really|pretty|quite|a bit|kind of|completely|totally|like|properly|absolutely|"
    r"utterly|just|still))*\s+" + _THEIR_FEELING + r"\b",
    r"\bfeeling " + _THEIR_FEELING + r"\b", r"\bno wonder you\b", r"\bi can see (?:why|how|that) (?:you|it|that)\b",
    r"\blet me (?:see if i|make sure i|check i)\b", r"\bin other words\b",
    r"\b(?:that |it )?sounds (?:really |so |incredibly |pretty |just |absolutely |properly )?" + _HARD + r"\b",
    # Naming what it is like for them, checking what they meant, in everyday words.
    r"\b(?:that's|that is|that was|it's|it was|what a) (?:so |really |pretty |just |such |a |absolutely )?"
    + _HARD + r"\b",
    r"\byou must (?:be|have been|feel|have felt)\b", r"\bmust have (?:been|felt|hurt|stung)\b", r"\b(?:that|it) must have\b", r"\bno wonder your\b",
    r"\b(?:do|did) you mean\b", r"\bis it more (?:that|like|about)\b", r"\bam i right (?:that|in thinking)\b",
    r"\blet me see if i(?:'ve)? got\b", r"\bare you saying\b", r"\bwhat i(?:'m| am) getting is\b",
    r"\bso (?:she|he|they|your \w+)\b[^.!?]{0,80}\?", r"\bso it(?:'s| is| was| feels)\b[^.!?]{0,80}\?",
    r"^\s*you(?:'ve been| have been)? (?:feel|felt|feeling|want|wish|need|miss|missed)\b",
    r"\byou(?:'re| are|'ve been| have been) (?:carrying|holding|juggling|managing|handling) (?:the|all|everything|"
    r"so much|a lot)\b", r"\bit feels like (?:everyone|nobody|no one|you're|you are|you've)\b",
    r"\b(?:is|are|keeps?|has been|have been)(?: really| still| just)? \w+ing (?:on )?you\b",
    r"\b(?:on your mind|round in your head|weighing on you|getting to you)\b",
    r"\bi (?:didn't|did not|never) (?:realise|realize|know|see) (?:how|that you|you were|what you)\b",
)
ADVISING = _rx(
    r"\byou (?:really |just )?(?:should|ought to|need to|have to|must(?! (?:be|feel|have)\b))\b",
    r"\bnext time,? (?:ask|tell|say|try|just|don't|make)\b", r"\bwhy don't (?:you|we)\b", r"\bhave you (?:tried|thought about|considered)\b",
    r"\b(?:maybe |perhaps )?you could (?:just |always |try)\b", r"\b(?:maybe|perhaps) you (?:could|should|can)\b",
    r"^\s*try\b", r"\bjust (?:don't|call|text|walk|book|see|look|sleep|block|mute|unfollow|switch)\b", r"\bif i were you\b", r"\bmy advice\b",
    r"\bjust (?:tell|ignore|quit|say|ask|talk|go|take|stop|leave|do|let|try|get|put|turn)\b",
    r"\btry (?:to|not to|talking|getting|going)\b", r"\bwhat you need (?:to do )?is\b",
    r"\bthe (?:trick|key|answer|solution) is\b", r"\bdon't let (?:it|them|him|her)\b",
)
FIXING = _rx(
    r"\bi(?:'m| am) (?:booking|calling|ringing|going (?:down|over|to)|sorting|taking|getting)\b",
    r"\bgive me (?:your|the)\b",
    r"\bi(?:'ll| will)(?: just)? (?:fix|handle|call|email|talk to|sort|take care|deal with|book|cancel|hire|"
    r"get|buy|ring|arrange|organi[sz]e|pay|pick up|do it|take over|ask|text|message|set up|grab|take|blitz|"
    r"clean|go|have a word|speak to|look into|find|"
    r"tell (?:him|her|them|your))\b", r"\blet me (?:fix|handle|sort|call|deal|talk to)\b",
    r"\bwe (?:can|should|need to|could) just\b", r"\bhere's what we\b", r"\beasy fix\b", r"\bproblem solved\b",
    r"\blet's just\b", r"\bwe(?:'ll| will) (?:make a plan|fix|sort|figure out a schedule|get)\b",
    r"\b(?:simple|easy)(?:,| enough| solution)\b", r"\bi(?:'ll| will) make (?:a|you a) (?:plan|schedule|list)\b",
)
DEFENDING = _rx(
    r"\bthat(?:'s| is) not (?:true|fair|what (?:happened|i))\b", r"\bthat(?:'s| is) unfair\b",
    r"\bi (?:didn't|never|don't|wasn't|haven't|did not|do not|was not) (?:\w+ ){0,3}?(?:mean|say|do|ignore|"
    r"forget|try|know|realize|realise|see|think|attack|nag|shout|yell|criticise|criticize|complain|blame|"
    r"control)\b(?! (?:how|that you|you were|what you|it was that|it had))", r"\bbut i (?:do|did|have|was|am|tried|try|told|asked|"
    r"always|already)\b", r"\b(?:it's|it is|that's) not my fault\b", r"\bi(?:'ve| have) been (?:trying|"
    r"working|doing)\b", r"\byou(?:'re| are) (?:overreacting|exaggerating|being (?:dramatic|unfair|"
    r"ridiculous)|too sensitive)\b", r"\bat least i\b", r"\bwhat about (?:you|when you|me)\b",
    r"\bso (?:it's|this is) my fault\b", r"\bexcuse me\b", r"\bi do (?:so|plenty|a lot|my share|help)\b",
    r"\bit's not like i\b", r"^\s*well,? you\b", r"\byou (?:also|too) (?:do|did|never|always)\b",
    r"\bi was (?:only|just) (?:trying|busy|checking|looking|asking|joking|being|helping|saying)\b",
    r"\bwhat (?:do|did) you expect (?:me|from me)\b", r"\bi told you\b", r"\bi(?:'ve| have) done everything\b",
    r"\bi only (?:said|did) (?:it|that) because\b", r"\bi(?:'m| am) allowed to\b", r"\bthat's hardly\b", r"\bnot my problem\b",
)
DISMISSING = _rx(
    r"\b(?:it's|that's|it is|that is) not (?:a |that )?(?:big deal|bad|serious)\b", r"\bdon't worry\b",
    r"\byou(?:'ll| will) be (?:fine|okay|ok|alright)\b", r"\bcheer up\b", r"\bbright side\b",
    r"\bcould be worse\b", r"\beveryone (?:feels|goes through|has)\b", r"\byou(?:'re| are) overthinking\b",
    r"\bjust relax\b", r"\bget over it\b", r"^\s*(?:it's|it is) fine\b", r"\bcalm down\b", r"\byou(?:'re| are) fine\b",
    r"\bat least you\b", r"\b(?:he|she|they|it)(?:'ll| will) be (?:fine|okay|ok|alright|nothing)\b",
    r"\bnot worth (?:getting upset|worrying|crying|stressing)\b", r"\bdon't be (?:so )?sensitive\b",
    r"\bbounce back\b", r"\bsomething to be (?:happy|grateful|thankful) (?:about|for)\b", r"\bhaving a laugh\b", r"\bno big deal\b", r"\bit(?:'ll| will) (?:pass|blow over|sort itself out)\b",
    r"\bdon't be (?:so )?(?:sad|upset|dramatic|silly)\b", r"\bstop (?:worrying|stressing|complaining)\b",
)
CHANGING_SUBJECT = _rx(
    r"(?:^|[.!?]\s*)anyway\b", r"\banyway,", r"\bspeaking of\b",
    r"\b(?:i'm|i am|i was) \w+ too\b", r"\byou think that's bad\b", r"^\s*tell me about it\b",
    r"\bbefore i forget\b", r"\bcan we talk (?:about (?:it|this) )?later\b", r"\bi was (?:exactly )?the same\b",
    r"\bsame here\b", r"\bthat happened to me\b", r"\bby the way\b", r"\bthat reminds me\b", r"\bguess what\b",
    r"\bon (?:another|a different) note\b", r"\bwhat(?:'s| is| are we having) for (?:dinner|lunch)\b",
    r"^\s*me too\b", r"\bmy day was\b", r"\bi had (?:a|the) (?:same|crazy|long|awful|rough|weird)\b",
    r"\bcan we talk about something else\b", r"\bunrelated\b", r"\boh,? (?:did|have) you (?:see|hear)\b",
    r"\bdid you (?:remember|pay|pick up|call)\b", r"^\s*(?:did|have) you (?:see|hear|watch)\b", r"\bwhen(?:'s| is) (?:the|your)\b",
)
ASKING = _rx(r"\b(?:what|how|which)\b[^.!?]{2,120}\?", r"\btell me more\b", r"\bwhat happened\b")
# Offers made as questions leave the choice with the partner, so they are not counted as fixing.
_OFFER = re.compile(r"\b(?:would it help|do you want me to|would you like me to|is there anything|"
                    r"can i|could i|want me to)\b[^.!?]*\?", re.IGNORECASE)
_WORD = re.compile(r"[a-z']{4,}")
DOUBT = 0.15  # below this the model firmly disagrees with a reflection the rules saw
_STOP = frozenset(
    "about after again also been before being could didn't does doesn't doing don't from have having "
    "just know like made make more much need only really said same should some such than that their "
    "them then there these they thing things think this those very want what when where which while "
    "will with would your yours you're you've i've i'm it's that's feel feels felt lately today".split()
)
_NON_REFLECTING = (("defending", DEFENDING), ("dismissing", DISMISSING), ("fixing", FIXING),
                   ("advising", ADVISING), ("changing_subject", CHANGING_SUBJECT))
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
    """Return whether `reply` reflects `partner`'s words, what it does instead, and feedback.

    The rules name what a reply does (reflect, defend, advise...); the learned `reflection` model
    reads the reply and how much of the partner's words it gives back. A reply reflects when the
    model finds it does, unless the rules see it mainly defending, dismissing, fixing, advising or
    changing the subject; or when the rules see a reflection and nothing else and the model does
    not firmly disagree.
    """
    from nearer.core.learned import inputs, load

    model = load("reflection")
    probability = model.probability(inputs.reflection(partner, reply))
    partner = context.normalise(partner).lower()
    reply = shorthand.expand(context.normalise(reply).lower()).text
    reflected = bool(REFLECT.search(reply)) or _echoes_partner(partner, reply)
    other = _non_reflecting_kind(reply)
    if other is None and (probability >= model.threshold or (reflected and probability >= DOUBT)):
        kind = "reflecting"
    elif other is not None:
        kind = other
    else:
        kind = "asking" if ASKING.search(reply) else "missing"
    return Listening(reflects=kind == "reflecting", feedback=FEEDBACK[kind], kind=kind)
