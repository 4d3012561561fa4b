"""Patterns for wording that tends to put a partner on the defensive, one tuple per category.

Each pattern is general (a grammatical shape plus a small word list), not a list of sentences.
The guards that look at context (negation, quotes, warm uses) live in detection.py.
"""

from __future__ import annotations

import re

from nearer.core.coach.rx import compile_parts


_rx = compile_parts


def _rule(*parts: str) -> tuple[str, ...]:
    """A category's rule: the ways it can be worded, tried in that order (rx.Rule runs them)."""
    return parts


YOU_ARE = (r"\byou(?:'re| are| were|'ve been| have been| can be| act| acting| sound|'ve become| have become|"
           r"'ve gotten| have gotten|'ve turned into| have turned into|'ve grown| have grown)")
# What a partner did that still hurts, in the past tense; for naming an old grievance.
PAST_HURT = (r"(?:left|forgot|said|walked|lied|chose|missed|didn't|ditched|abandoned|yelled|screamed|ignored|"
             r"humiliated|embarrassed|cheated|broke|cancelled|canceled|let me down|stood me up|laughed at me)")
ADVERBS = (r"(?:\s+(?:just|so|such|really|being|always|totally|completely|truly|honestly|a|an|the|most|very|"
           r"incredibly|unbelievably|fucking|damn|such an?|literally|actually|basically|seriously|genuinely|"
           r"kind of|kinda|sort of|pretty|quite|bloody|getting|becoming|too|way|still|simply|some|right|"
           r"total|complete|absolute|proper|real|utterly|ridiculously|painfully|insanely|impossibly))*")

ABSOLUTE = _rule(
    r"\b(?:you|we)(?:'re| are|'ve| have|'ll| will|'d| would| do| does| don't| won't| can't| didn't|"
    r" just| even| literally| basically| still| really)*\s+(?:never|constantly|forever|continually|"
    r"ever|24/7|nonstop)\b(?:\s+ever\b)?",
    # "we don't always get it right" is a hedge, so no negation may come before "always".
    r"\b(?:you|we)(?:'re| are|'ve| have|'ll| will|'d| would| do| does| just| even| literally|"
    r" basically| still| really)*\s+always\b",
    r"\b(?:every|each)(?: single)? time(?: that)? you\b",
    r"\b(?:every|each)(?: single)? time (?:i|we)\b[^.!?;]{1,50}?\byour?\b(?!'d| would| could| might)",
    r"\byou\b[^.!?,;]{1,30}\bas usual\b",
    # "I think of you every day" is warm: "you" there is whom the speaker thinks of, misses, loves.
    r"\byou\b(?<!of you)(?<!miss you)(?<!love you)(?<!about you)(?<!thank you)(?<!with you)(?<!see you)"
    r"(?<!hug you)(?<!kiss you)(?<!adore you)[^.!?,;]{1,40}\bevery (?:single )?(?:time|day|night|week|weekend)\b",
    r"\ball you (?:ever )?(?:do|care about|think about|talk about)\b",
    r"\bnot (?:even )?once(?: have| did)? you\b",
    r"\byou\b[^.!?,;]{1,30}\ball the time\b",
    r"\bevery (?:single )?(?:weekend|night|evening|morning|holiday|birthday|christmas|summer)\b"
    r"[^.!?;]{0,25}\b(?:it's|it is|you|your)\b",
    r"\bfor once,? (?:you|in your life)\b", r"\byou\b[^.!?]{0,40}\bfor once\b", r"\blike always\b",    r"\b(?:it's|it is|everything is|always) (?:always )?(?:your way|about (?:you|what you want)|what you want)\b",
)
# Warm uses of absolutes: "always" with something good, or "never" with something bad.
WARM_AFTER_ALWAYS = _rx(
    r"\bmake me (?:laugh|smile|feel (?:safe|loved|better|special|seen|good|at home|calm))",
    r"\bfind (?:the good|the best|the bright side|time for|a reason to smile)\b",
    r"\bknow (?:how|what|when|just|exactly)\b", r"\b(?:help|support|remember|cheer|brighten|comfort)",
    r"\bthere for\b", r"\bhave my back\b", r"\bfind (?:a|the) way\b", r"\bmanage to (?:make|see|find|cheer|get me)\b", r"\bfall (?:for you|in love)\b",
    r"\bmake (?:\w+ )?(?:\w+ )?(?:\w+ )?(?:fun|easier|better|lighter|special|brighter|bearable)\b", r"\bsee the best\b",
    r"\bend up (?:laughing|smiling|talking|making up|okay|fine)\b",
    r"\b(?:kind|patient|thoughtful|generous|sweet|funny|caring|gentle|honest|loving|lovely|"
    r"beautiful|wonderful|great|good to|good at|good with|welcome|fair|calm|warm|curious)\b",
    r"\blook (?:so |really |very )?(?:good|great|lovely|beautiful|handsome)", r"\bused to\b", r"\bsmell (?:good|nice|amazing)",
    r"\bbring (?:me|home|out the best)", r"\blisten\w* to me\b", r"\bmake time\b", r"\bshow up\b",
    r"\bhave (?:time|a kind)", r"\bsay (?:thank|thanks|please|sorry|the right)", r"\bforgive\b",
    r"\bbeen (?:there|my|so good|kind|patient)", r"\bwill be\b", r"\bhave fun\b", r"\blaugh\w*",
)
COLD_AFTER_ALWAYS = _rx(r"\bmore than\b", r"\bthan (?:me|us)\b", r"\binstead of\b", r"\bover (?:me|us)\b",
                        r"\bexcept\b", r"\bbut\b", r"\bnot\b", r"\bn't\b", r"\bforget\b", r"\bonly\b")
WARM_AFTER_NEVER = _rx(
    r"\b(?:fail|complain|judge|judged|give up|gave up|let me down|criticize|criticise|hesitate|"
    r"forget|forgot|stop(?:ped)? (?:trying|caring|making|supporting|showing|loving)|make me feel "
    r"(?:small|stupid|bad|judged|silly|foolish|dumb|ashamed|embarrassed|unwelcome|like a burden)|"
    r"made me feel (?:small|stupid|bad|judged|silly|foolish|dumb|ashamed|embarrassed|unwelcome|like a burden)|"
    r"laugh(?:ed)? at (?:me|my)|run out of|get bored|need (?:my|to ask|permission)|raise your voice|miss (?:a|my|our|the)|hold (?:it|that|anything) "
    r"against|leave me|lose your|made me doubt|ask for (?:much|anything)|let (?:it|that|anything) "
    r"(?:come between|get between)|have to (?:apologi|explain|justify|earn|pretend|hide))",
    r"\bhave to\b", r"\bneed to (?:apologi|explain|justify|pretend|hide)",
)

BLAME = _rule(
    r"\byour fault\b", r"\bbecause of you\b", r"\bthanks to you\b", r"\bblame you\b",
    r"\byou (?:always |just |really )?(?:made|make|makes) me (?:feel )?(?:so |really )?(?:angry|mad|sad|"
    r"miserable|crazy|insane|sick|cry|lonely|worthless|stupid|invisible|furious|unhappy|do|hate|"
    r"want to scream|look|feel (?:like (?:a|an|i|nothing|crap|shit|dirt)|bad|small|guilty|ignored|alone|"
    r"unwanted|unloved|crazy|useless))",
    r"\byou(?:'ve| have)? (?:ruined|ruin|wrecked|destroyed|killed|messed up|screwed up)\b",
    r"\byou(?:'re| are) (?:the (?:reason|problem|one (?:who|that) (?:pulled|started|ruined|stopped|left|"
    r"checked)))",
    r"\byou (?:don't|do not|never|won't|can't|didn't) (?:even |really |actually |ever )?(?:care|try|"
    r"listen|bother|notice|help|ask|appreciate|make (?:any )?(?:time|effort)|make an effort|show up|"
    r"put (?:in )?(?:any|the) effort|pay attention|think about (?:me|us|anyone))\b",
    r"\byou(?:'re| are)(?: always| just| constantly)? (?:ignoring|avoiding|neglecting|punishing|"
    r"pushing me away|shutting me out|hiding from|choosing (?:work|your|them|him|her))",
    r"\byou(?:'ve| have)? (?:stopped (?:caring|trying|talking|listening)|checked out|given up)\b",
    r"\byou (?:shut me out|push me away|pushed me away|left me (?:alone|to)|abandoned)\b",
    r"\bhow could you\b", r"\bhow dare you\b", r"\bwhat did you expect\b",
    r"\byou did this\b", r"\byou started (?:it|this)\b", r"\blook what you(?:'ve)? (?:did|done)\b",
    r"\byou(?:'re| are) never (?:here|home|around|there|available)\b",
    r"\bi feel (?:like |that )?you (?:don't|never|no longer|only|just)\b",
    r"\byou(?:'re| are) (?:so |always )?(?:glued to|married to|obsessed with) (?:your|that)\b",
    # Blame without "you" as the subject: the cause put on them, or on a pointed "someone".
    r"\bthanks to your\b", r"\bbecause of your (?!(?:help|support|kindness|love|hard work|care|patience))",
    r"\bif (?:someone|somebody|certain people|a certain someone)\b", r"\bwhose (?:idea|fault) (?:it|that) was\b",
    r"\bwhose fault (?:is|was) (?:it|that)\b", r"\b(?:maybe|perhaps) if you\b(?! (?:want|like|feel|need|are up))",
    r"\bif only you(?:'d| had| would| could)?\b", r"\bi wouldn't (?:be|have to|need to)\b[^.!?]{0,40}\bif you\b",
    r"\byou (?:chose|decided|picked) (?:not to|to (?:ignore|leave|go|stay|skip|forget)|work|your|them|him|her)\b",
    r"\byou (?:could|should) have (?:called|told|asked|said|texted|helped|warned|checked|come|been|known|"
    r"thought|let me know)\b",
    r"\byou(?:'ve| have)? made it (?:very |perfectly |abundantly |pretty |crystal )?clear\b",
    r"\bwhere i (?:rank|stand|come|fall|sit) (?:on|in) your\b",
    r"\byou (?:showed|show) me (?:\w+ )?(?:exactly |just |clearly )?(?:how much|where|what)\b",
    r"\b(?:someone|somebody) (?:forgot|didn't|never|left|couldn't|wouldn't|can't|won't)\b",
    r"\bif you (?:hadn't|had not|'d not)\b",
    r"\bif you(?:'d| had)(?: just| only)? \w+(?:ed|en|ne|wn|ld|ok|ent)\b[^.!?]{0,60}\b(?:we|i)(?:'d| would|"
    r" wouldn't)\b",
    r"\byou decided (?:we|that|to|on)\b", r"\byour\b[^.!?]{0,40}\b(?:is|was|are|were) the reason\b",
    r"\byou keep (?:pushing|shutting|ignoring|avoiding|brushing|cancelling|canceling|forgetting|putting|"
    r"choosing|blowing|walking|interrupting|dismissing)\b",
    r"\bi wouldn't (?:be|have to|need to)\b[^.!?]{0,40}\bif (?:someone|somebody)\b",
    r"\byou brought (?:this|it) on yourself\b", r"\byou put me in this position\b", r"\byou asked for it\b",
    r"\b(?:it's|this is) (?:all )?because of you\b", r"\blook at what you(?:'ve)? (?:done|did)\b",
    r"\byou(?:'ve| have)? made (?:\w+ ){0,2}(?:a misery|hell|impossible|unbearable|miserable)\b",
    r"\b(?:it's|its|it is) because you\b", r"\bdo you have any idea how\b", r"\bhow embarrassing you\b",
    r"\b(?:i guess|obviously|clearly|apparently|evidently) (?:i'm|i am) (?:just )?not (?:a priority|your priority|"
    r"important|enough|worth)\b",
    r"\bi hate (?:it )?(?:when|how|the way) you\b",
    r"\bleft me to (?:do|deal with|sort|handle|clean|cook|pick up|manage)\b",    r"\byou (?:don't|didn't|won't|can't|couldn't) even\b(?! (?:have|need) to| imagine| believe how| know how)",
    r"\bnot even (?:a|one) (?:text|call|phone call|message|thank you|thanks|sorry|hello|goodbye|word|kiss|card)\b",
    r"\byou(?:'ve| have)? let me down\b", r"\byou made your (?:choice|decision|bed)\b",
    r"\b(?:chose|choose|choosing|picked|pick) (?:\w+ ){1,3}over (?:me|us|your family|the kids)\b",
    r"\bi shouldn't (?:have to|need to) (?:ask|remind|tell|beg|explain|chase|spell)\b",
    r"\byou(?:'re| are) (?:just )?making (?:this|it|everything|things) (?:so much |even |a lot )?(?:harder|worse|"
    r"difficult|impossible|awkward)\b",
    r"\btwist(?:ing|s)? (?:my|everything i|what i)\b", r"\b(?:you're|you are|stop) gaslighting\b",
    r"\byou(?:'re| are) not even (?:trying|listening|looking|here|pretending)\b",
    r"\byou (?:couldn't|can't|could not|cannot) (?:even )?be bothered\b",
    r"\byou(?:'ve| have) changed(?=\s*(?:[.!]|$))",
    # Blame put on a pointed "some people": "I guess some people just don't care about their family."
    r"\b(?:i guess|i suppose|apparently|clearly|obviously|evidently|funny how|must be nice when) (?:some|certain) "
    r"people (?:just |really |even )?(?:don't|do not|can't|cannot|won't|never|no longer|didn't) (?:even |really )?"
    r"(?:care|(?:be )?bother(?:ed)?|have to|think|listen|notice|help|remember|try|ask|call|text|appreciate|"
    r"pull their weight|lift a finger|make (?:time|an effort))\b",
    r"\b(?:some|certain) people (?:in this (?:house|family|home)|around here) (?:\w+ )?(?:don't|do not|never|"
    r"can't|won't|didn't|could (?:try|help|bother|learn))\b",
    r"\bi(?:'ll| will) (?:just )?be (?:here|at home|home) (?:alone|by myself|on my own)\b",
)

CHARACTER = _rule(
    YOU_ARE + ADVERBS + r"\s+(?:selfish|lazy|cold|heartless|inconsiderate|immature|childish|careless|"
    r"thoughtless|annoying|irritating|insufferable|unbearable|infuriating|manipulative|controlling|narcissist\w*|insensitive|ungrateful|spoiled|cruel|"
    r"mean|rude|arrogant|self-centered|self-centred|self-absorbed|useless|hopeless|weak|spineless|"
    r"coward|liar|cheat|fake|toxic|emotionally (?:unavailable|stunted|dead|cold)|incapable|"
    r"irresponsible|unreliable|clueless|dense|oblivious|needy|dramatic|paranoid|impossible|"
    r"uncaring|unfeeling|disgusting|stubborn|petty|jealous|possessive|boring|stingy|cheap|tight-fisted|flaky|"
    r"exhausting|draining|difficult|negative|bitter|vain|shallow|sloppy|hypocritical|dishonest|untrustworthy|"
    r"disrespectful|neglectful|passive[- ]aggressive|two-faced|spoilt|entitled|pig-headed|bossy|nasty|"
    r"unromantic|unreasonable|a nightmare|hard work|impossible to (?:live|talk|deal|please) with|"
    r"bad (?:husband|wife|partner|father|mother|person|boyfriend|girlfriend)|"
    r"terrible (?:husband|wife|partner|father|mother|person|boyfriend|girlfriend))\b",
    r"\bwhat (?:kind|sort) of (?:a )?(?:father|mother|dad|mum|mom|person|partner|husband|wife|man|woman|boyfriend|girlfriend)\b",
    r"\b(?:what(?:'s| is) wrong with you|something(?:'s| is) wrong with you|what is your problem|"
    r"what's your problem)\b",
    YOU_ARE + r"(?: just)? like your (?:mother|father|mom|mum|dad|ex|brother|sister)\b",
    YOU_ARE + r" the kind of (?:person|man|woman|partner) who\b",
    r"\byou have no (?:heart|spine|backbone|empathy|shame|respect|idea how to love)\b",
    r"\btypical (?:you|man|woman|of you)\b", r"\byou(?:'re| are) (?:just )?not capable of\b",
    r"\byou (?:don't|do not) care about anyone but yourself\b", r"\bsuch a (?:baby|child)\b",
    YOU_ARE + r" (?:a|an|such a|such an|the) (?:fair-weather|lousy|crap|crappy|shit|shitty|rubbish|pathetic|"
    r"useless|selfish|lazy|cold|heartless|terrible|awful|horrible|bad) (?:partner|husband|wife|father|mother|"
    r"dad|mum|mom|boyfriend|girlfriend|person|man|woman|friend)\b", r"\bwho does that\b",
    YOU_ARE + ADVERBS + r"\s+(?:a |an )?(?:slob|mess|pushover|drama queen|princess|snob|hypocrite|control "
    r"freak|nag|bully|brat|hothead|misery|wet blanket|doormat|know-it-all|disappointment|letdown|failure|"
    r"waste of space|burden|mummy's boy|mama's boy|man-child|liability)\b",
    r"\byou (?:only|just) (?:ever )?think (?:about|of) yourself\b", r"\b(?:it's|everything is) (?:always )?about you\b",
    r"\byou make everything about you\b", r"\byou can't (?:do|get) anything right\b",
    r"\bthe problem (?:is you|with you is)\b", r"\byour problem is\b",
    r"\b(?:you )?(?:men|women|blokes|guys) (?:are all|are always|always|never|are just)\b", r"\byou (?:women|men|lot)\b",
    r"\b(?:classic|typical) (?:bloke|man|woman|guy|male|female)\b",
    r"\byou(?:'re| are) the (?:laziest|rudest|meanest|coldest|stingiest|messiest|worst|most (?:selfish|useless|"
    r"annoying|thoughtless|inconsiderate)) (?:person|man|woman|partner|husband|wife|boyfriend|girlfriend)\b",
    r"\b(?:don't|do not|never) (?:think|believe) you(?:'ve| have)(?: got)? (?:a|one|any) (?:\w+ )?bone in your body\b",
    r"\b(?:a|one) (?:caring|kind|romantic|generous|thoughtful|considerate|selfless|decent) bone in your body\b",
    r"\b(?:exactly |just )?(?:what|like) my ex (?:did|used to)\b",
    r"\bare you (?:actually |literally |really |seriously )?(?:incapable|unable) of\b",    YOU_ARE + ADVERBS + r"\s+(?:terrible|awful|horrible|lousy|crap|useless|rubbish|shit|hopeless) (?:listener|"
    r"communicator|parent|texter|liar|boyfriend|girlfriend|husband|wife|partner)\b",
    r"\byou have (?:no|zero) (?:clue|respect for|consideration|manners|self-awareness|sense of (?:responsibility|"
    r"humou?r|decency))\b",
)

CONTEMPT = _rule(
    YOU_ARE + ADVERBS + r"\s+(?:idiot|stupid|moron|dumb|dumbass|pathetic|loser|joke|clown|jerk|"
    r"asshole|ass|bitch|bastard|ridiculous|embarrassing|crazy|psycho|nuts|insane|child|baby|"
    r"worthless|a waste|eejit|muppet|numpty|plonker|prat|twat|dickhead|fool|imbecile|halfwit|wimp|"
    r"deaf|thick|daft|delusional|unhinged|hysterical)\b",
    r"\b(?:what an?|you) (?:idiot|moron|loser|jerk|clown|joke|asshole)\b",
    r"whatever(?=\s*(?:[.!,?\n]|$|man|dude|then))", r"\b(?:fine|ok|okay|sure|yeah),? whatever\b",
    r"\b(?:oh|yeah),? (?:sure|great|wonderful|perfect|right|brilliant|fantastic)\b[,.!]",
    r"\byeah,? right\b", r"\bmust be nice\b", r"\bgood for you\b(?!,? (?:for|that))", r"\breal mature\b",
    r"\bthanks a lot\b(?! for)", r"\bnice (?:job|going|one)\b(?! (?:on|with|today))", r"\bboo[- ]?hoo\b",
    r"\bpoor (?:you|baby|thing)\b", r"\bcry me a river\b", r"\bgive me a break\b", r"\bas if\b[.!?]",
    r"\bhow convenient\b", r"\bbig surprise\b", r"\bwhat a surprise\b", r"\bof course you (?:did|didn't|would|wouldn't|do|don't)\b[.!]",
    r"\bsure you (?:are|did|do|were|will)\b", r"\bget over (?:it|yourself)\b", r"\bgrow up\b",
    r"\bshut up\b", r"\bwho cares\b", r"\bso what\b", r"\bspare me\b", r"\bcongratulations\b(?! on (?:the|your) (?:new|promotion|job))",
    r"\bslow clap\b", r"\beye ?roll\b", r"\brolls? (?:my|his|her) eyes\b", "\U0001f644", r"\blol,? ok\b",
    r"\bwow[.!,]*\s*(?:just )?wow\b",
    r"\b(?:great|nice|good|brilliant|fantastic|perfect|lovely|wonderful),? (?:another|so (?:i|we)|you "
    r"(?:forgot|missed|did it|actually|finally))\b",
    r"\b(?:great|brilliant|fantastic) (?:job|work|going)\b(?! (?:on|with|today|getting|finishing))",
    r"\bthanks for nothing\b", r"\bnice of you to (?:finally|actually|bother|show|join)\b", r"\bhow (?:pathetic|typical|stupid|original)\b",
    r"\bdon't be (?:so )?(?:stupid|ridiculous|dramatic|a baby|such a)\b",
    r"\b(?:idiot|moron|loser|dumbass|asshole|bitch|bastard)\b[.!]",
    r"\bfuck (?:you|off|this)\b", r"\bgo to hell\b", r"\bwhat a joke\b",
    # Sarcasm without a cue word: mock praise for the bare minimum, mock concern, mock surprise.
    r"\bwow,? you (?:actually|finally|remembered|managed|noticed|bothered)\b(?![^.!?\n]*!)",
    r"\bmark the calendar\b", r"\balert the (?:press|media|newspapers)\b", r"\bstop the presses\b",
    r"\b(?:do you )?want a (?:medal|cookie|trophy|gold star|prize|parade)\b", r"\bgive (?:you|him|her) a medal\b",
    r"\bmiracles (?:do )?happen\b", r"\bit's a miracle\b", r"\blook who(?:'s| has)? (?:finally|decided|bothered)\b",
    r"\bdon't (?:strain|hurt|trouble|exert|overwork|tire) yourself\b", r"\bdon't put yourself out\b",
    r"\bdon't let me (?:keep|interrupt|stop) you\b", r"\bheaven forbid\b", r"\bgod forbid\b",
    r"\b(?:sorry,? )?(?:did|am) i interrupt(?:ing)? your\b",
    r"\byour (?:precious|oh-so-important|oh so important|very important|all-important|sacred) \w+",
    r"\bwhat a (?:shock|shocker|surprise)\b", r"\bsurprise,? surprise\b", r"\bcolou?r me (?:shocked|surprised)\b",
    r"\bwho (?:would|could) have (?:guessed|thought|known)\b[.!?]", r"\bno surprise there\b",
    r"\btake your time,? (?:it's|it is) only\b", r"\bit's only (?:our|my) (?:anniversary|birthday|wedding)\b",
    r"\b(?:sure|right|yeah|of course),? because (?:your|you|you're|you are)\b",
    r"\bthe only (?:one|thing|job|person|opinion) (?:that|who) (?:matters|counts)\b",
    r"\bsome (?:people's )?(?:people|partners|husbands|wives|boyfriends|girlfriends) (?:manage|can|know how|actually|bother|remember|"
    r"seem to|are able)\b",
    r"\bother (?:people's |)(?:husbands|wives|partners|boyfriends|girlfriends|men|women|couples) "
    r"(?:manage|can|actually|know how|bother|remember|seem to|don't)\b",
    r"\ba grown (?:man|woman|adult|up)\b", r"\beven a (?:child|kid|toddler|teenager|five-year-old) (?:could|can|would|knows)\b",
    # "no wonder you're tired" is sympathy, not a dig
    r"\bno wonder (?:you(?!(?:'re| are|'ve been| feel) (?:so |really |completely )?(?:tired|exhausted|drained|"
    r"knackered|stressed|worn|upset|hurt|sad|frustrated|overwhelmed|anxious|worried|fed up|wiped|shattered|"
    r"cranky|low|down|fried|run down|sore|sick))|your|nobody|no one|everyone|they|she|he)\b", r"\btalk to the wall\b",
    r"\b(?:like|might as well be) talking to a (?:brick )?wall\b", r"\bit listens better\b",
    r"\bnot that you(?:'d| would)? (?:notice|care|cared|noticed|listen)\b",
    r"\b(?:as if|like) you(?:'d| would)? (?:care|cared|notice|noticed|ever (?:notice|care|listen))\b",
    r"\bcool story\b", r"\bsmh\b", r"\bffs\b", r"\bwhatever you say\b", r"\bhow kind of you to\b",
    r"\bso (?:glad|nice) (?:you|of you) (?:could|to) (?:finally|actually|bother|make it|join)\b",
    r"\bthanks for (?:finally|actually|bothering)\b", r"\b(?:oh|wow),? (?:look|you) (?:finally|actually)\b",
    r"\bnoted\b[.!]", r"\bsure jan\b", r"\blma+o+ ok\b", r"\bgold star\b",
    r"\b(?:throw|give|get) you a (?:parade|medal|party|trophy|award)\b", r"\bimagine being\b",
    r"\bcan't believe i (?:have|had|need) to (?:remind|ask|tell|explain)\b",
    r"\bmy ex\b[^.!?]{0,30}\b(?:at least|actually|used to|managed|remembered)\b",
    r"\beven my \w+ (?:manages|remembers|can|knows|bothers|would)\b", r"\bnew record\b",
    r"\bso brave (?:for|of you)\b", r"\b(?:no rush|no hurry|don't hurry),? (?:it's|it is) only\b",
    r"\blet me guess\b", r"\bhow hard (?:is|can) it (?:be )?to\b", r"\bis it (?:really )?(?:that|so) hard to\b",
    r"\bcute (?:that|how) you\b", r"\b(?:funny|amazing|interesting|incredible|fascinating|strange) how\b",
    r"\blove how i (?:find out|have to|always|never|get|am)\b", r"\b(?:have fun|enjoy|congrats|nice|great|"
    r"well done|thanks),?[^.!?]{0,30}\bi guess\b", r"\byour (?:royal )?(?:highness|majesty|lordship|ladyship)\b",
    r"\bglad you could (?:fit|spare|squeeze)\b", r"\bdid i ask (?:for )?(?:your|you)\b", r"\bwho asked\b",
    r"\bbless(?: your (?:little )?heart)?[.!]", r"\bi'll wait\b[.!]",
    # Well-known put-downs and eye-roll replies.
    r"\b(?:are you|you) (?:serious|kidding me|joking)\b\s*[?!]", r"\bunbelievable\b[.!]", r"\bridiculous\b[.!]",
    r"\bpathetic\b[.!]", r"\bclassic you\b", r"\bhere we go again\b", r"\bnot this again\b",
    r"\byou and your\b", r"\boh please\b", r"\byeah,? yeah\b", r"\bwhatevs\b", r"\bno shit\b",
    r"\byou(?:'re| are) one to talk\b", r"\blook who(?:'s| is) talking\b", r"\bsuit yourself\b",
    r"\bhappy now\s*\?", r"\bare you happy now\b", r"\bhope (?:it was|you're|you are) (?:worth it|happy)\b",
    r"\bglad (?:one of us|someone)\b", r"\bso (?:glad|happy) you (?:find|think) (?:this|that|it) (?:funny|amusing)\b",
    r"\bhow nice for you\b", r"\b(?:great|perfect|brilliant|lovely),? just (?:great|perfect|brilliant|lovely)\b",
    r"\bthanks for that\b[.!]", r"\bso helpful\b[.!]", r"\bvery helpful\b[.!]", r"\bstop being (?:so )?"
    r"(?:dramatic|sensitive|childish|ridiculous|pathetic|difficult|paranoid|needy|clingy|precious|a baby)\b",
    r"\bi'm not your (?:mother|mum|mom|maid|servant|secretary|therapist|cleaner)\b",
    r"\b(?:would|'d) put up with\b", r"\bdon't (?:give|gie) me that\b", r"\bi despair of you\b",
    r"\bmine can't even\b", r"\byou can't even\b(?! imagine| believe how| know how| tell)", r"\byou still can't\b",
    r"'s (?:husband|wife|partner|boyfriend|girlfriend) (?:plans|does|remembers|always|actually|manages|"
    r"helps|takes|cooks|knows|never)\b", r"\bat least my (?:ex|first|last|previous|old)\b",
    r"\bwould it kill you\b", r"\bis it too much to ask\b", r"\bcaptain obvious\b", r"\b(?:mr|mrs|miss|ms)\.? perfect\b",
    r"\b(?:thanks|thank you) for (?:the|all the|your) help\b[.!]\s*really\b", r"\bwow[.!]\s*thanks\b",
    r"\byou've a (?:face|neck) on you\b", r"\bface (?:on you )?like a wet\b", r"\bper my last (?:message|email|text)\b",
    r"\bi (?:shan't|won't|will not|refuse to) dignify\b",
    # Rhetorical questions that mock rather than ask.
    r"\b(?:do|did|are|were|have|can|could|would) you (?:ever )?even\b(?! (?:want|like|know if|remember when we|eat|"
    r"sleep|get (?:lunch|dinner|breakfast|any sleep|a break)|have (?:lunch|dinner|breakfast|a break)))",
    r"\bwho raised you\b", r"\bwere you (?:raised|born|brought up) (?:in a barn|by wolves)\b",
    r"\bwhat planet (?:are|were) you\b", r"\bwho do you think you(?:'re| are)\b",
    r"\bdo i look like (?:your|a|an)\b", r"\bmoney (?:doesn't |does not )?grows? on trees\b",
    r"\bare you (?:deaf|blind|stupid|thick|dense|dim|daft|five|twelve|a child|high|simple|slow)\b",
    r"\b(?:stupid|deaf|blind|thick|dense|crazy|mental) or something\b", r"\bwhat (?:exactly |even |actually )(?:do|did|have) you (?:even |actually )?(?:do|done)\b",
    r"\bwhat do you (?:even |actually )?do all day\b",
    r"\b(?:that's|that is|is that) your (?:excuse|idea of)\b", r"\b(?:that's|that is|is that) your (?:answer|"
    r"explanation)\s*\?",
    r"\bis that (?:all|the best) you(?:'ve got| can| could)\b", r"(?<![\w,] )seriously\s*\?(?!\s*(?:you (?:got|bought|made|did|booked)|thank|wow|i love))",
    r"(?<![\w,'] )(?:typical|classic)\s*[.!]", r"\bwhatever floats your boat\b",
    r"\b(?:oh|so),? (?:so )?now you (?:want|care|notice|remember|have time|decide|feel like)\b",
    r"\bnow you (?:care|notice|have time|want to talk)\b",
    r"\b(?:funny|strange|interesting|weird|odd),? (?:that |how )?you (?:\w+ )?(?:had|have|found|find|make|made|can find|"
    r"could find) (?:the )?(?:time|energy|money|room)\b",
    r"\b(?:grow|get) (?:a spine|a pair|some balls|a grip|a life|real)\b", r"\bman up\b", r"\bharden up\b",
    r"\bstop (?:whining|whinging|moaning|complaining|crying|sulking like|acting like a (?:child|baby|victim))\b",
    r"\byou(?:'re| are| sound like)(?: like)? a broken record\b", r"\bi (?:can't|cannot) stand (?:you|your|it when you|the sight)\b",
    r"\b(?:i'm|i am) (?:so )?(?:sick|fed up) (?:of|with) (?:you|your|being your|always|having to|listening to)\b",
    r"\bsick and tired\b", r"\byou (?:disgust|repulse|sicken|embarrass) me\b", r"\bi hate (?:you|your)\b",
    r"\b(?:nobody|no one|no-one|no other (?:\w+ )?(?:man|woman|person))(?: else)? (?:would|could|will) "
    r"(?:put up with|tolerate|stand|stay with|love) (?:you|this|that)\b",
    r"\byou(?:'re| are) lucky (?:i|i'm|i am|i've|anyone|someone)\b",
    r"\b(?:apparently|evidently),? (?:i'm|i am) (?:invisible|not|the only|just|supposed|meant|a mind ?reader|your|"
    r"the (?:bad guy|problem|enemy|villain|maid)|crazy|wrong|imagining)\b",
    r"\b(?:apparently|evidently),? (?:i|my (?:feelings|opinion|time|plans|needs|work)) (?:don't|doesn't) (?:exist|count|"
    r"matter)\b",
    r"\bthanks?(?: you)?(?: ever so much| so much| a lot| very much| loads)? for (?:leaving your|forgetting|ignoring|"
    r"ditching|ruining|embarrassing me|making me wait|standing me up|nothing|the (?:mess|silent treatment))\b",
    r"\b(?:exactly|just) like my ex\b", r"\byou remind me of my ex\b",    r"\byou(?:'re| are)(?: just| totally| completely| so| being| clearly)? (?:overreacting|over-reacting|"
    r"blowing (?:this|it|things) (?:way )?out of proportion|making a (?:big )?(?:deal|fuss|scene|mountain))\b",
    r"\bwhat(?: is it|'s it| is it this time|'s wrong) now\s*\?", r"\bheard (?:it|this|that) (?:all )?before\b",
    r"\bnice try\b", r"\b(?:sure|yeah|go on|that's right|of course|right),? (?:then,? )?blame me\b",
    r"\b(?:of course|everything(?:'s| is)?(?: always)?|it's always) (?:it's )?my fault\b",
    r"\b(?:it's|it is|nothing(?:'s| is)) (?:never|ever) your fault\b", r"\byou(?:'re| are) the worst\b",
    r"\b(?:can|could) you (?:at least|even) pretend\b", r"\btry not to \w+[^.!?]{0,30}\bthis time\b",
    r"\bwhen you(?:'re| are) (?:done|finished|over) (?:sulking|pouting|moping|having (?:your|a) (?:tantrum|strop))\b",
    r"\b(?:your|this|another|a) (?:little )?(?:tantrum|hissy fit|strop)\b", r"\bsave (?:it|your breath)\b[.!]",
    # Sarcasm that ranks the speaker below a thing: "Sure, your phone is more interesting than me."
    r"\byour (?:\w+ ){1,2}(?:is|are|seems?) (?:so much |way |far |clearly |obviously |apparently )?more "
    r"(?:interesting|important|fun|exciting|entertaining|fascinating|appealing) than (?:me|us|i am|we are|"
    r"your (?:family|wife|husband|partner|kids|children))\b",
)

DEMAND = _rule(
    r"\bwhy (?:aren't|can't|won't|couldn't|don't) you (?:just )?(?:be )?(?:happy|happier|pleased|glad|"
    r"supportive|smile|cheer up|enjoy|be normal|relax|open up|talk|tell|share)\b",
    r"\bjust be happy\b", r"\b(?:just )?cheer up\b", r"\bsnap out of it\b", r"\bsmile more\b",
    r"\b(?:just )?tell me what(?:'s| is) (?:wrong|going on|up|the problem|bothering you)\b",
    r"\b(?:you need to|you have to|you must|you've got to|i need you to|i demand you) "
    r"(?:just )?(?:open up|talk to me|tell me|explain|be happy|cheer up|answer)\b",
    r"\bwhy won't you (?:just )?(?:talk|tell|open|say|answer|explain)\b",
    r"\bi deserve (?:to know|an? (?:answer|explanation)|answers)\b",
    r"\b(?:answer me|talk to me|spit it out|out with it)\s*(?:!|now|right now)",
    r"\bwhy are you (?:so |being so |always )?(?:unhappy|sad|miserable|down|distant|quiet|cold|moody|"
    r"grumpy|weird|closed off|off)\b",
    r"\btell me (?:right )?now\b", r"\bi want (?:an answer|answers|to know) (?:now|right now|tonight)\b",
    r"\bsay (?:something|anything)\b\s*!", r"\b(?:smile|be happy|relax|have fun|talk|lighten up) for once\b",
    r"\blighten up\b", r"\bstop (?:sulking|moping|pouting|being so (?:sad|quiet|moody|down|gloomy|negative))\b",
    r"\bjust (?:say|spit) it\b", r"\blook at me when i(?:'m| am) talking\b",
    r"\bout with it\b", r"\bspit it out\b", r"\b(?:just )?tell me what it is\b",
    r"\bdon't (?:say|tell me) (?:nothing|it's nothing|you're fine|you're okay|you're ok)\b",
    r"\byou (?:need|have) to (?:change|start|stop)\b", r"\bi need you to (?:change|stop|start|be)\b",
    r"\bsmile,? (?:would you|will you|for god's sake|for once)\b", r"\bstop making me guess\b",    r"\btell me what i (?:did|said|did wrong)\b\s*!", r"\banswer the (?:question|phone)\b\s*[.!]",
)

OLD_GRIEVANCE = _rule(
    # "remember when you carried me up the hill" is a fond memory, not an old wound
    r"\bremember (?:when|that time|the time|last (?:year|month|summer|christmas|time))\b(?![^.!?]{0,60}\b(?:carried|"
    r"laughed|danced|met|kissed|surprised|made me laugh|held|hugged|sang|proposed)\b)",
    r"\b(?:just )?like (?:that|the|last) time (?:you|when|at)\b",
    r"\b(?:last|that) (?:year|summer|winter|christmas|thanksgiving|easter|spring) (?:when )?you\b",
    r"\byou did (?:the (?:exact |very )?same|this|that)(?: thing)? (?:before|last|at|again|in|on|when|with)\b",
    r"\bthis is (?:exactly |just )?like (?:when|the time|last)\b",
    r"\bi (?:still )?(?:haven't forgotten|can't forget|will never forget|never forgot|can't get over) "
    r"(?:when|how|that|what) you\b",
    r"\byou(?:'ve| have) done (?:this|that) before\b", r"\bafter what you did\b",
    r"\b(?:at|on|during) (?:my|your|our) \w+(?:'s)? (?:wedding|birthday|party|anniversary|funeral|graduation)\b",
    r"\b(?:back|years ago) (?:in \d{4}|when we|when you)\b", r"\bsame (?:old )?thing as (?:last|before)\b",
    r"\bonce again\b", r"\bstill (?:bitter|angry|upset|mad) about\b",
    r"\ball(?<!in love all)(?<!for you all) over again\b", r"\bsame (?:old )?(?:story|thing|song|excuse|nonsense|drama|mess)(?: as)? "
    r"(?:last|before|in|two|three|a few|when|at|with)\b",
    r"\bsame as (?:last|in \d{4}|two|three|when|at|before)\b", r"\bjust like (?:in|at|on|that|the|when|last|before|"
    r"you did)\b", r"\blike you did (?:in|at|last|with|before|that|the)\b",
    r"\bever since you (?!(?:started|began|moved|got (?:the|a|your) new|joined|became))\w+(?:ed|got|left|said|"
    r"told|went|took|made|did|forgot|broke|chose|let|lied)\b",
    r"\bi (?:still (?:think about|remember|can't believe)|never got over|haven't got over|can't get past) "
    r"(?:how|when|the (?:time|night|day)|that (?:time|night|day)) you " + PAST_HURT + r"\b",
    r"\blike when you " + PAST_HURT + r"\b",
    r"\b(?:that|the) (?:night|day|weekend|evening|time) you (?:left|forgot|walked|lied|said|chose|missed|"
    r"didn't|ditched|abandoned|yelled|screamed)\b",
    r"\byou (?:left|ditched|abandoned|forgot|humiliated|embarrassed) me (?:at|on|in|during) (?:the|my|our|your|that)\b",
    r"\bsame (?:old )?script\b", r"\bthis feels (?:exactly |just )?like (?:that|last|the time|when)\b",
    r"\bafter what happened (?:at|on|in|with|last)\b",
    r"\bi (?:still )?(?:haven't|have not) forgotten (?:the|that|about|what|how|when)\b",
    r"\byou were (?:like this|the same|exactly the same) (?:when|at|in|last|on)\b",
    r"\b(?:still waiting|never got) (?:for )?an apology\b",    r"\bi (?:still )?(?:haven't|have not|'ve never|have never) forgiven you\b",
    r"\byou (?:still )?(?:haven't|have not|never) (?:even )?(?:apologi[sz]ed|said sorry)\b",
)

SCOREKEEPING = _rule(
    r"\bi(?:'m| am)(?: always)? the (?:only )?one who\b",
    r"\bi do (?:all|everything|most|all of)\b", r"\bi(?:'ve| have) (?:done|been doing) (?:all|everything|"
    r"more)\b",
    r"\bhow many times (?:have|do|did|must) i\b",
    r"\b(?:for )?the (?:second|third|fourth|fifth|tenth|hundredth|millionth|\d+(?:st|nd|rd|th)) time\b",
    r"\bi(?:'ve| have) (?:asked|told|reminded) you \w+(?: \w+)? (?:times|\d+)\b",
    r"\b(?:while|and|but) you (?:do|did|have done|contribute) (?:nothing|zero|the bare minimum)\b",
    r"\bi always have to\b", r"\bwhen was the last time you\b", r"\bat least i\b",
    r"\b(?:keep|keeping|kept) (?:score|count|a tally|a list|track of (?:who|what|every))\b",
    r"\b(?:it's|it is) your turn\b", r"\byou owe me\b", r"\bafter (?:all|everything) i(?:'ve| have)? done\b",
    r"\bi (?:did|have done) (?:it|this|that) (?:the last|every) ",
    r"\blast (?:\d+|two|three|four|five|few) times\b", r"\?\s*me[.!]",
    r"\bwho (?:always|usually|ever) (?:ends up|gets stuck|has to|is the one)\b", r"\bwho (?:always|ever|even) (?:does|has to|plans|"
    r"cooks|cleans)\b",
    r"\bwhat (?:did|have) you (?:do|done)(?: today| all day| this week| lately| for us)?\s*\?",
    r"\b(?:two|three|four|five|six|seven|eight|2|3|4|5|6|7|8|9|10) \w+s (?:in a row|running|straight)\b",
    r"\bi \w+ed the last (?:two|three|four|five|six|few|\d+) \w+",
    r"\bi(?:'ve| have)? (?:\w+ed|said sorry|done it|tried|asked) (?:twice|three times|four times|\d+ times|"
    r"a (?:hundred|million|dozen|thousand) times|so many times|countless times|more times)\b",
    r"\band you (?:haven't|have not|didn't|did not) (?:even )?once\b", r"\bmeanwhile,? i\b",
    r"\bwhile i(?:'m| am| was)? (?:stuck|up|doing|working|cleaning|cooking|looking after|home|handling|"
    r"juggling|running)\b",
    r"\bi (?:paid|pay) for (?:the|your|all|everything|our)\b[^.!?]{0,40},", r"\byour turn\s*[.!]",
    r"\bi (?:cooked|cleaned|did|paid|planned|washed|drove|booked|organi[sz]ed|shopped|spent|sorted)\b"
    r"[^.!?]{1,60}(?:,| and) (?:\w+ )?(?:cooked|cleaned|did|paid|planned|washed|drove|booked|organi[sz]ed|"
    r"shopped|the|made|picked|took|fixed|bought|fed|bathed|collected|dropped|ironed|hoovered|vacuumed|mowed)\b",
    r"\bi (?:always )?(?:text|call|ask|cook|clean|plan|apologi[sz]e|pay|drive|reach out|book|organi[sz]e|"
    r"tidy|initiate|say sorry)(?: first)? every (?:single )?(?:time|day|night|week|weekend)\b",
    r"\b(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|a hundred|a million|a thousand|so many) "
    r"times) now\b",
    r"\bi(?:'ve| have) (?:asked|told|reminded) you\b[^.!?]{0,40}\b(?:two|three|four|five|six|ten|so many|"
    r"a hundred|a million) times\b",
    r"\b(?:that's|that is|this is|it's) (?:the )?(?:second|third|fourth|fifth|sixth|tenth|hundredth|"
    r"millionth) (?:\w+ )?\w+\b", r"\bi (?:did|made|took|paid for|planned|booked) the last\b",
    r"\bi(?:'ve| have) \w+ (?:it |them |that )?(?:every|each) (?:\w+ )?since\b", r"\bwhen did you last\b",
    r"\bwhy is it always (?:me|i)\b", r"\bwhy am i always the one\b", r"\bone thing[.!]", r"\bcount them\b",
    r"\b(?:nights|days|times|weekends|mornings) out of (?:\w+)\b",
    r"\bcarrying (?:this|the|our) (?:whole |entire )?(?:relationship|family|house|household|load|marriage)\b",
    r"\bi'll just (?:do|mow|cook|clean|sort|pick|get|take|make|pay)\b[^.!?]{0,40}\b(?:myself|again|then|like always)\b",
    r"\bsame as you did\b",
    r"\bnot the first time (?:you|i(?:'ve| have) (?:had to|asked|told|reminded)|this (?:has )?happen)",
    r"\byet again\b(?<!thanks yet again)(?<!thank you yet again)",
    r"\bi(?:'m| am|'ve been| have been) (?:the one )?(?:doing|carrying|handling|juggling) (?:it all|everything|"
    r"all of it|the lot)\b",
    r"\bi (?:cooked|cleaned|drove|paid|did the \w+|called|texted|washed up|tidied|shopped|hoovered|vacuumed|fed|"
    r"bathed) (?:\w+ )?(?:every|each) (?:single )?(?:night|day|morning|evening|weekend|time)\b",
    r"\bwho (?:paid|cooked|cleaned|planned|booked|drove|organi[sz]ed) (?:for )?(?:the|all|everything|it)\b[^.!?]{0,40}\?",
    r"\bi (?:did|paid|cooked|drove|cleaned|hosted|went|organi[sz]ed|booked|planned) (?:it |them |that )?last time\b",
)

ASSUMED_SOLUTION = _rule(
    r"\byou (?:just|simply|obviously|clearly|probably|really) need (?:a|an|to|some|more|is)\b",
    r"\b(?:what|all) you need is\b", r"\bthe (?:answer|solution|fix)(?:'s| is) (?:for you|simple|obvious|easy|to)\b",
    r"\byou should (?:just |really |probably )?(?:quit|take|go|get|try|relax|see|talk to|call|text|ring|"
    r"tell|ask|sort|stop "
    r"worrying|calm down|chill|leave)\b",
    r"\byou(?:'d| would)(?: feel| be)? (?:so much |much |a lot )?(?:better|happier|fine) if you\b",
    r"\bi(?:'ve)? (?:already )?(?:booked|signed (?:you|us) up|planned|arranged|bought|scheduled) "
    r"[^.!?]{0,40}\bso (?:you|you'll|you'd|that you)\b",
    r"\bi know what(?:'s)? (?:you need|best for you|will fix|would fix)\b", r"\btrust me,? you(?:'ll| will)\b",
    r"\bwhat you need (?:is|right now is)\b", r"\byou need to (?:relax|calm down|chill|get out|quit|"
    r"take a break|see someone|see a|go out|sleep|exercise|let (?:it|this) go)\b",
    r"\byou(?:'ll| will) feel (?:so much |much |a lot |\w+ )?better\b(?! soon)",
    r"\bwhy don't you just (?:go|get|take|try|quit|call|see|relax|talk|book|leave|stop)\b",
    r"\byou need (?:a|an|some|more) (?:\w+ )?(?:holiday|vacation|break|hobby|therapist|therapy|new job|sleep|rest|"
    r"friends|exercise|time off|day off|nap|drink|night out|distraction)\b",
    r"\b(?:would|will|'ll|'d) (?:sort|fix) (?:you|your \w+) out\b", r"\bthat(?:'ll| will| would) (?:fix|sort|cure) (?:you|your)\b",
    r"\bjust (?:quit|dump (?:her|him|them)|break up with|get over it)\b",
    r"\bi(?:'ve)? (?:booked|signed|enrolled|arranged) you (?:a|an|up|in|for|into)\b", r"\bi(?:'ve)? sorted it\b",
    r"\byou (?:need|should get|should see|should try) (?:therapy|professional help|counselling|counseling|"
    r"medication|meds|your head (?:checked|examined))\b", r"\byou need help(?=\s*(?:[.!]|$))",
)

MIND_READING = _rule(
    r"\bi know (?:that )?you(?:'re| are|'d| would)? (?:just )?(?:think|want|feel|don't|hate|only|wish|"
    r"never|rather|blame|resent|bored|tired|sick|secretly|regret|love (?:her|him|them|work))\b",
    r"\byou (?:obviously|clearly|secretly) (?:don't|do|want|couldn't|could|can't|think|feel|hate|prefer|care|would|aren't|"
    r"are|resent|wish|regret|love)\b",
    r"\byou (?:just |only )(?:want|care about|think about|text|call|ring|talk to me|notice me)\b", r"\byou(?:'d| would) (?:much )?rather\b",
    r"\byou think (?:i'm|i am|i'm just|that i'm)\b", r"\byou (?:probably|must) (?:think|want|hate|feel|"
    r"be (?:thinking|glad|happy))\b",
    r"\byou(?:'re| are) (?:just |only )?(?:doing|saying) (?:this|that|it) (?:to|because|on purpose)\b",
    r"\byou(?:'re| are) (?:just |only )?trying to (?:hurt|punish|get|make|avoid|control|manipulate)\b",
    r"\byou (?:don't|do not|no longer) (?:even )?(?:want (?:to be|me|us|this)|love me|find me)\b",
    r"\byou(?:'re| are) (?:bored|tired|sick) of me\b", r"\byou(?:'ve| have) (?:already )?moved on\b",
    r"\bdeep down you\b", r"\byou(?:'re| are) (?:happier|better off) without me\b",
    r"\byou (?:don't|do not) (?:even )?(?:like|respect|miss) me\b",
    r"\bi can (?:tell|see) (?:that )?you(?:'ve| have|'re| are|'d| would)? (?:already |just )?(?:stopped "
    r"(?:loving|caring|trying)|don't (?:love|care|want)|no longer|want out|want to leave|would rather|"
    r"regret|resent|bored of|tired of|sick of|hate)\b",
    r"\badmit it\b", r"\bjust admit\b",
    r"\byou(?:'d| would) be (?:so )?(?:glad|happy|happier|relieved|better off|thrilled|pleased) if i\b",
    r"\bdon't pretend (?:that )?you\b", r"\byou(?:'re| are) only (?:being|doing|saying|acting)\b[^.!?]{0,40}\bbecause\b",
    r"\bi can see it (?:on|in) your (?:face|eyes)\b",
    r"\bi bet you (?:did|were|didn't|would|think|love|loved|enjoy|enjoyed|wish|want|hate)\b",
    r"\b(?:clearly|obviously) (?:i'm|i am|we're|we are) not\b",
    r"\byou(?:'re| are) (?:just |only )?(?:waiting|looking) for (?:a|an|any|the) (?:excuse|reason|way out)\b", r"\byou want out\b",
    r"\bi know (?:exactly )?what you(?:'re| are) (?:doing|up to|playing at)\b",
    r"\byou(?:'re| are) (?:hiding something|seeing someone|cheating on me)\b",
)

ULTIMATUM = _rule(
    r"\bif you (?:don't|won't|can't|do not|keep|ever|refuse|aren't)\b[^.!?]{0,70}\b(?:i'm|i am|i'll|i will|"
    r"we're|we are|then i|then we|it's over|don't bother|i swear)\b[^.!?]{0,25}\b(?:leav|done|out|gone|"
    r"over|through|finished|divorce|mov|find|stop|go|end|pack|call|tak)\w*",
    r"\b(?:or|otherwise) (?:else|i(?:'m| am) (?:leaving|done|out|gone)|i(?:'ll| will) (?:leave|go|move|"
    r"find|stop|end)|we(?:'re| are) (?:done|through|finished)|it's over)\b",
    r"\b(?:last|final) (?:chance|warning)\b",
    r"\bi(?:'m| am) (?:so |totally |completely )?done(?: with (?:you|this|us|trying|it))?(?=\s*(?:[.!]|$))",
    r"\bi(?:'m| am) done with (?:you|us|this relationship|trying)\b",
    r"\bi(?:'ll| will| am going to|'m going to|'m gonna) (?:leave you|move out|find someone|file|call a "
    r"lawyer|take the kids|walk out|end (?:this|it|us)|leave)\b",
    r"\bi want a divorce\b", r"\bwe(?:'re| are) (?:done|through|finished|over)\b(?! with)", r"\bit's over\b",
    r"\bdon't (?:bother|expect me) (?:coming|to come|to be)\b", r"\byou(?:'ll| will) (?:regret|be sorry)\b",
    r"\beither you\b[^.!?]{0,60}\bor (?:i|we)\b", r"\bkeep (?:it|this|that) up,? (?:and|or)\b",
    r"\bif you(?:'re| are) (?:never|not)\b[^.!?]{0,50}\b(?:i'm|i am|i'll|i will|we're) (?:out|done|gone|leaving|through)\b", r"\bone more time and\b", r"\bsee what happens\b",
    r"\bi won't be here when\b", r"\b(?:this is|that's|that is) the last time (?:i'm|i am|i ask|i'll|i will)\b",
    r"\beither\b[^.!?]{0,60}\bor (?:i|we)(?:'m|'ll| am| will)? (?:move|leave|go|walk|end|file|call|take)\w*",
    r"\bif (?:you|your \w+)\b[^.!?]{0,60}\b(?:i'm|i am|i'll|i will|you're|you are) (?:moving out|leaving|going "
    r"alone|out|done|gone|on your own|by yourself)\b",
    r"\b(?:don't )?make me choose\b", r"\bone more \w+(?: \w+)? and (?:i|we|it)\b",
    r"\b(?:you'll|you will) see\b[.!]", r"\bwe'll see about that\b", r"\bdon't push me\b", r"\bwatch me\b",
    r"\bor i do\b[.!]", r"\bthere (?:will|'ll) be consequences\b", r"\bconsequences if\b",
    r"\bwe should (?:just )?call it(?: quits| off| a day)?[.!]",
    r"\bi(?:'m| am| will| 'll)? (?:not|never) (?:be )?coming back\b", r"\bi won't be coming back\b",
    r"\byou(?:'ll| will) never see (?:me|us|the kids|the children)\b",
    r"\bi(?:'m| am) taking the (?:kids|baby|children)(?: with me)?(?=\s*(?:[.!]|$| and (?:leaving|going|i'm not)))",
    r"\bi(?:'m| am) leaving(?: you)?(?=\s*(?:[.!]|$))", r"\bi(?:'m| am) leaving you\b",    r"\bi(?:'m| am) out(?=\s*[.!]*\s*$)", r"\bi (?:can't|cannot) (?:keep|go on) (?:doing|living like) (?:this|that)\b",
    r"\bi (?:can't|cannot) do (?:this|us) any ?more\b",
    r"\bi(?:'m| am) not sure i (?:even )?want (?:this|us|to be with you|to stay|to be married)\b",
    r"\bi (?:don't|do not) (?:know if i |think i )?want (?:this|us|to be with you|to be married) any ?more\b",
    r"\bmaybe we should (?:just )?(?:split up|break up|separate|divorce|see other people|go our separate ways|call it quits)\b",
    r"\b(?:you can|go) sleep (?:on the (?:couch|sofa)|in the spare room)\b",
)

STONEWALLING = _rule(
    r"\bi (?:don't|do not) (?:want to|wanna) (?:talk|discuss|hear) (?:about )?(?:it|this|that|anything)\b",
    r"\bi(?:'m| am) not (?:talking|discussing|doing|having) (?:about )?(?:this|it|that)\b",
    r"\b(?:just )?forget (?:it|about it)\b", r"\bnever ?mind\b(?! (?:the|that|about|me|us|him|her|them|if|what|how|who|your|my)\b)", r"\bleave me alone\b", r"\bdrop it\b",
    r"\bi(?:'ve| have)(?: got)? nothing (?:more |else )?to say\b", r"\bend of (?:discussion|story|conversation)\b",
    r"\b(?:this|the) conversation is over\b", r"\bwe(?:'re| are) not doing this\b", r"\btalk to the hand\b",
    r"\bnot my problem\b", r"\bi (?:don't|do not) care(?: anymore)?(?=\s*(?:[.!]|$))",
    r"\b(?:just )?do (?:whatever|what) you want(?=\s*(?:[.!]|$))", r"fine(?<![a-z,'] fine)\.(?=\s|$)",
    r"\bi(?:'m| am) done talking\b", r"\bdon't talk to me\b", r"\bgo away\b", r"\bnot now\b",
    r"\bi(?:'m| am) not in the mood\b", r"\bwe(?:'ll| will) talk (?:about it )?when i(?:'m| am) ready\b",
    r"\b(?:let's|can we) not\b(?! (?:fight|argue|rush|make|let))", r"\bstop talking\b",
    r"don't(?<![\w,'] don't)[.!](?=\s|$)", r"\bi (?:literally |just |honestly )?(?:can't|cannot) (?:even )?(?:with you|deal with you)\b",
    r"\bnot doing this\b", r"\bleave it\b[.!]", r"\bi don't want to hear it\b",
    r"\bnot listening\b", "\u270b", r"\bconversation(?:'s| is)? over\b", r"\bdon't follow me\b",
    r"\bnot having this (?:conversation|convo|discussion|argument|again)\b", r"\bstop asking\b",
    r"\bdeal with it\b", r"\b(?:figure|sort|work) it out yourself\b", r"\bdo what you like\b(?=\s*(?:[.!]|$))",
    r"\bi(?:'m| am) (?:going|heading) out\b(?=\s*(?:[.!]|$))",
    r"\bnot talking about (?:this|it|that)\b", r"\bend of[.!]", r"\bnothing to discuss\b", r"\bdone talking\b",
    r"\bforget i said anything\b", r"\bi can't do this (?:right now|now|tonight)\b", r"\bdon't bother following me\b",
    r"\bk(?<![\s\S]k)k?\s*[.!]?\s*$",  # a bare "k." as the whole message
    r"\bcan't be bothered(?=\s*(?:[.!]|$))", r"\bdon't (?:even )?start\b\s*[.!,]",
    r"\bi (?:said|told you) i(?:'m| am) fine\b", r"\bi (?:don't|do not) have time for (?:this|you|your)\b",
)

RETURN_TIME = re.compile(
    r"\b(?:for now|yet|tonight|tomorrow|later|in (?:an?|a few|\d+|ten|twenty|thirty) "
    r"(?:hour|minute|min)s?|after (?:dinner|work|lunch|the|we|i|this)|this (?:evening|weekend|afternoon)|"
    r"until|till|once i|when i've|let's pick|can we (?:talk|come back|pick)|come back to)\b",
    re.IGNORECASE,
)

HARSH_PATTERNS: dict[str, tuple[str, ...]] = {
    "absolute": ABSOLUTE,
    "blame": BLAME,
    "character_attack": CHARACTER,
    "contempt": CONTEMPT,
    "demand": DEMAND,
    "old_grievance": OLD_GRIEVANCE,
    "scorekeeping": SCOREKEEPING,
    "assumed_solution": ASSUMED_SOLUTION,
    "mind_reading": MIND_READING,
    "ultimatum": ULTIMATUM,
    "stonewalling": STONEWALLING,
}
