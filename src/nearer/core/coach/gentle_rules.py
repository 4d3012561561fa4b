"""Patterns for wording that tends to invite an answer, one tuple of parts per category."""

from __future__ import annotations


def _rule(*parts: str) -> tuple[str, ...]:
    """A category's rule: the ways it can be worded, tried in that order (rx.Rule runs them)."""
    return parts


EMOTIONS = (
    r"(?:lonely|alone|sad|sadder|hurt|worried|anxious|scared|afraid|frightened|nervous|disconnected|"
    r"distant|lost|confused|overwhelmed|frustrated|angry|upset|disappointed|helpless|unseen|unheard|"
    r"invisible|unimportant|rejected|left out|shut out|heartbroken|tired|exhausted|insecure|uneasy|"
    r"unsure|uncertain|hopeful|happy|grateful|thankful|close|closer|loved|excited|relieved|vulnerable|"
    r"embarrassed|ashamed|guilty|jealous|neglected|down|low|stressed|homesick|terrified|concerned|"
    r"uncomfortable|awkward|drained|empty|far apart|far away|apart|miserable|unwanted|unloved|"
    r"small|on edge|tense|shaky|raw|fragile|discouraged|hopeless|torn|numb|bummed|blue|stuck|"
    r"worn out|burned out|burnt out|frightened|panicky|restless|sore|crushed|a bit lost|cut off|"
    r"out of touch|out of sync|homesick for|nostalgic|curious|calm|safe|peaceful|glad|content)"
)
_ME = r"\bi(?:'m| am|'ve been| have been| feel| felt|'m feeling| am feeling| was| get| got| start(?:ed)? to feel|" \
      r" started feeling| keep feeling| end up feeling| become| grew| feel so)"

I_STATEMENT = _rule(
    r"\bi (?:really |just |still |sometimes |often )?(?:feel|felt)\b(?! (?:like|that|as if|as though) (?:you|u)\b)"
    r"(?! you\b)",
    r"\bi(?:'m| am|'ve been| have been) (?:feeling|missing)\b",
    r"\bi (?:really |truly |just )?(?:miss|missed) (?:you|us|our|the way|when|how|talking|spending|having|"
    r"being|laughing|feeling)\b",
    r"\bi (?:really |just )?need (?:some|a little|a bit|more|to feel|to know|to hear|us|time|help|a hug|a break|"
    r"a minute|a moment|a cuddle)\b",
    r"\bi(?:'d| would) (?:really )?(?:love|like|appreciate)\b", r"\bi (?:worry|hope|wish)\b",
    r"\bfor me,", r"\bwhat i(?:'m| am) (?:feeling|missing|needing)\b", r"\bi(?:'m| am) (?:worried|scared|afraid)\b",
)

OWN_FEELING = _rule(
    _ME + r"(?:\s+(?:really|so|quite|pretty|a bit|a little|kind of|kinda|sort of|more|very|rather|"
    r"increasingly|somewhat|too|bit|a|little|lately|recently|feeling))*\s+" + EMOTIONS + r"\b",
    r"\b(?:it|that|this) (?:makes|made|leaves|left) me (?:feel )?(?:\w+ )?" + EMOTIONS + r"\b",
    r"\bi(?:'ve| have)? (?:been )?miss(?:ing|ed)? you\b", r"\bmy heart (?:hurts|aches|sinks)\b",
    r"\bi(?:'m| am) (?:\w+ )?(?:in pain|struggling|hurting|grieving|heartsick)\b",
)

OBSERVATION = _rule(
    r"\bi(?:'ve| have)? (?:noticed|seen|realized|realised|observed|picked up on)\b",
    r"\b(?:lately|recently|these days|this week|this month|the past (?:few )?(?:days|weeks|months)|"
    r"the last (?:few |couple of |two |three )?(?:days|weeks|months|nights|evenings)|for (?:a few|a couple of|"
    r"two|three|several) (?:days|weeks|months|evenings))\b",
    r"\bit(?:'s| has) been (?:a while|(?:a few|a couple of|two|three|several|\w+) (?:days|weeks|months)) since\b",
    r"\byou(?:'ve| have)? (?:seemed|seem|sound|sounded|looked|look) (?:\w+ )?(?:tired|stressed|quiet|"
    r"distant|far away|overwhelmed|busy|down|preoccupied|worn|low|drained|exhausted|sad|worried|"
    r"distracted|flat|off|elsewhere|under pressure|stretched)\b",
    r"\bwe (?:haven't|have not|didn't|did not) (?:\w+ )?(?:had|talked|spent|been|gone|done|eaten|sat|"
    r"laughed|shared|kissed|hugged|gotten)\b",
    r"\bwe(?:'ve| have) been (?:busy|apart|distant|passing|quieter|quiet|disconnected|stretched|"
    r"running|living)\b", r"\bwhen (?:you|we) (?:came home|got home|were on|were at|sat down) (?:last|on|yesterday|tonight)\b",
    r"\b(?:yesterday|last night|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this "
    r"morning|at dinner)\b",
)

REQUEST = _rule(
    r"\b(?:could|can|would|will|shall) we\b(?! not\b)", r"\bwould you (?:be )?(?:open|willing|like|mind|want|"
    r"consider|join)\b", r"\bi(?:'d| would) (?:really )?(?:like|love) (?:it if|if|us|for us|for you|to)\b",
    r"\blet's\b(?! not\b)", r"\bhow about (?:we|if|a|an|some|going|trying)\b", r"\bwhat if we\b",
    r"\bmaybe we (?:could|can|should|might)\b", r"\bi(?:'d| would) (?:really )?appreciate (?:it )?if\b",
    r"\bit would mean (?:a lot|so much|the world)(?: to me)? if\b", r"\bcould you (?:please )?(?:help|"
    r"hold|join|sit|call|text|tell me when|let me know|give me|come|spend|try)\b",
    r"\bare you up for\b", r"\bdo you want to (?:try|go|grab|sit|walk|watch|get|have|plan|do)\b",
    r"\bwould you be up for\b", r"\bcan i (?:give|get|make|bring|run|take) you\b",
    r"\bwant to (?:try|go|grab|sit|walk|watch|get|order|do|come|head|have)\b[^.!?]{0,60}\?",
)

INTENTION = _rule(
    r"\bi want (?:us to|to (?:understand|hear|be closer|feel closer|reconnect|fix this|work on|support|"
    r"get back|be there|listen|know how|make (?:this|things|it) (?:work|better|right)|find))\b",
    r"\bi(?:'d| would) (?:really )?(?:like|love) to (?:understand|hear|know how you|reconnect|be closer|"
    r"support|listen|work on)\b",
    r"\bi(?:'m| am) not trying to (?:criticize|criticise|blame|attack|fight|start a fight|pressure|push|"
    r"rush|fix|guilt|nag|accuse)\b",
    r"\bmy (?:goal|hope|only aim) (?:is|here is)\b", r"\bi(?:'m| am) (?:committed|in this|all in|on your side)\b",
    r"\bi care about (?:us|you|this|our|what)\b", r"\b(?:reconnect|feel closer|get closer|find our way back|"
    r"back to each other)\b", r"\b(?:work (?:on|through) (?:this|it|things)|figure (?:this|it) out) together\b",
    r"\bwe(?:'re| are) (?:a team|on the same team|in this together)\b", r"\bbecause i (?:love|care about) (?:you|us)\b",
    r"\bi(?:'m| am) here for (?:you|us)\b", r"\bi want to (?:do better|be a better|try harder|show up)\b",
    r"\bmy (?:goal|aim|hope|point) (?:isn't|is not|here isn't) to\b", r"\bi(?:'m| am) (?:willing|ready|happy) to (?:work|try|"
    r"change|do (?:whatever|my part|the work)|meet you|listen|go to counsel|see a counsel)",
    r"\bi (?:just |only )?want us to (?:be|feel) (?:okay|ok|alright|all right|good|happy|close|closer|(?:like )?us again)\b",
    r"\bi (?:really )?value (?:us|you|what we have|our|this relationship)\b", r"\byou matter to me\b",
    r"\bi(?:'m| am) (?:really )?trying to (?:do better|be better|understand|change|listen|learn|show up)\b",
    r"\b(?:start (?:over|afresh|again) together|a fresh start|a clean slate)\b",
    r"\bi (?:really |do |really do |genuinely |truly )?want (?:us to (?:be|feel)|to (?:support|move past|get better|get where|"
    r"fix that|understand))\b", r"\bi(?:'d| would) (?:just )?(?:like|love) (?:for )?us to (?:be on the same|find a way|"
    r"get back|feel close|be close|work)", r"\b(?:i(?:'m| am) )?(?:still )?all in\b", r"\bi(?:'m| am) working on (?:it|myself|that|this)\b",
    r"\b(?:this|it) isn't (?:me )?(?:picking a fight|an attack|about blame)\b", r"\bi(?:'m| am) not after (?:an apology|blame)\b",
    r"\bi don't want to (?:fight|argue|win|hurt you)\b", r"\bwith you,? not at you\b",
)

VALIDATION = _rule(
    r"\b(?:that|it|this) (?:totally |completely |really |all )?(?:makes|made) (?:total |complete |a lot of )?sense\b",
    r"\bi (?:can |totally |really )?(?:see|understand|get) (?:why|how|that you|where you)\b",
    r"\bit sounds like\b", r"\b(?:that )?sounds (?:really |so |incredibly |pretty )?(?:hard|exhausting|tough|rough|"
    r"stressful|awful|difficult|lonely|like a lot|overwhelming|frustrating|painful|scary|draining|heavy)\b",
    r"\bthat (?:must (?:be|have been)|seems) (?:really |so )?(?:hard|exhausting|tough|rough|stressful|awful|"
    r"difficult|lonely|a lot|overwhelming|frustrating|painful|scary|draining|heavy)\b",
    r"\bno wonder (?:you|you're|you've)\b", r"\byour (?:feelings|reaction|frustration) (?:make|makes|are|is) "
    r"(?:sense|valid|understandable|fair)\b", r"\byou have every right\b", r"\bi hear (?:you|that)\b",
    r"\b(?:it's|it is|that's|that is) (?:okay|ok|understandable|normal|fair|natural) (?:to feel|that you|if you "
    r"feel|you feel)\b", r"\byou(?:'re| are) not wrong\b", r"\bof course you (?:feel|felt|'re|are) (?:\w+ )?"
    r"(?:tired|upset|hurt|exhausted|stressed|overwhelmed|frustrated|angry)\b",
    r"\bi can (?:only )?imagine\b", r"\bthat(?:'s| is) a lot (?:to carry|on your plate|to deal with)\b",
    r"\byou(?:'ve| have) been carrying\b",
    r"\byour (?:feelings|reaction|frustration|worry|anger)\b[^.!?]{0,20}\b(?:make|makes) (?:total |complete )?sense\b",
    r"\bi know (?:work|it|things|you've|you have|you're|the last|this|today)\b[^.!?]{0,40}\b(?:hard|a lot|rough|tough|"
    r"heavy|stressful|hurting|exhausting)\b",
)

OPEN_QUESTION = _rule(
    r"\b(?:what|how)\b[^.!?]{3,160}\?",
    r"\bis there (?:anything|something|a way|a time)\b[^.!?]{0,160}\?",
    r"\b(?:would|could|can) you (?:tell|share|help me understand|walk me through|say more)\b[^.!?]{0,160}\?",
    r"\btell me (?:more|about|how you)\b(?! what's wrong)", r"\bi(?:'m| am) curious (?:about|what|how)\b",
    r"\bhelp me understand\b", r"\bwhat(?:'s| has) (?:been )?(?:on your mind|weighing on you|going on for you)\b",
)

APPRECIATION = _rule(
    r"\bthank you\b", r"\bthanks (?:so much |a lot |again )?for\b", r"\bi (?:really |truly |so )?appreciate(?:d)?\b",
    r"\bi(?:'m| am) (?:so |really |very |deeply )?(?:grateful|thankful|proud of you|lucky)\b",
    r"\bi (?:love|loved|adore) (?:it |that |how |when |the way )(?:you|we)\b", r"\bi love you\b",
    r"\byou(?:'re| are| were) (?:so |such |really |always )?(?:good|great|wonderful|amazing|kind|thoughtful|"
    r"patient|generous|sweet|lovely|brilliant|funny|a great|a wonderful|the best|a good|an amazing|a brilliant|"
    r"a lovely|an incredible|a fantastic|the most)\b",
    r"\b(?:it|that|this) (?:meant|means) (?:a lot|so much|the world|more than)\b", r"\bi admire\b",
    r"\bi(?:'m| am) (?:so )?glad (?:you|we)\b", r"\bi enjoyed\b",
    r"\bmade my (?:whole |entire )?(?:day|week|morning|night|evening|year|month)\b",
    r"\bi (?:really )?(?:love|loved|like|liked|enjoy|adore) (?:\w+ing|our|it when|when you|that we|being with)\b",
    r"\bloved (?:\w+ing|our|having|spending)\b", r"\b(?:the best|my favou?rite) (?:part|bit|thing|time) of my\b",
    r"\b(?:are|were|is|was) my favou?rite\b", r"\byou (?:looked|look) (?:so |really )?(?:happy|beautiful|gorgeous|"
    r"handsome|great|amazing|lovely|radiant|relaxed|at home|in your element)\b",
    r"\b(?:your|the way you)\b[^.!?]{0,40}\b(?:was|were) (?:\w+ )?(?:perfect|impressive|amazing|brilliant|"
    r"incredible|beautiful|lovely|wonderful|spot on|so good)\b", r"\bshow(?:ed|n)? up for me\b",
    r"\byou(?:'ve| have) been (?:so |really |absolutely )?(?:brilliant|amazing|wonderful|great|so good|incredible|"
    r"a rock|patient|kind|generous)\b", r"\bhope you(?:r day|'re| have| had| enjoy| sleep| feel)\b",
    r"\b(?:happy|glad) to (?:see|be with|have) you\b", r"\bnever (?:get|got) tired of\b",
    r"\bi (?:always )?feel (?:so )?(?:safe|loved|at home|calm|happy|lucky) (?:with|around|when) you\b",
)

SPACE_RESPECTED = _rule(
    r"\btake (?:all )?(?:the|whatever|as much) time you need\b", r"\b(?:no|zero) pressure\b", r"\bno rush\b",
    r"\bwhen(?:ever)? you(?:'re| are| feel) (?:ready|up to it|like it|like talking)\b",
    r"\b(?:i(?:'ll| will| can| am happy to|'m happy to)) give you (?:some |the |a little )?(?:space|room|time)\b",
    r"\byou (?:don't|do not) have to (?:talk|explain|answer|say|decide|tell|share|have)\b",
    r"\bwe (?:don't|do not) have to (?:talk|do|figure|solve|decide|sort|fix|get into)\b",
    r"\bi(?:'m| am|'ll be| will be) (?:right )?here (?:when|whenever|if|for when)\b",
    r"\b(?:it's|that's|it is|that is) (?:okay|ok|fine|alright|all right) (?:if|to) (?:you )?(?:need|want|take|"
    r"don't|have)\b", r"\bif you need (?:some |a bit of |more )?(?:space|time|quiet|room|a break)\b",
    r"\b(?:at|in) your own (?:pace|time)\b", r"\byour pace\b", r"\bno need to (?:talk|explain|answer|rush)\b",
)

GENTLE_PATTERNS: dict[str, tuple[str, ...]] = {
    "i_statement": I_STATEMENT,
    "observation": OBSERVATION,
    "own_feeling": OWN_FEELING,
    "request": REQUEST,
    "intention": INTENTION,
    "validation": VALIDATION,
    "open_question": OPEN_QUESTION,
    "appreciation": APPRECIATION,
    "space_respected": SPACE_RESPECTED,
}
