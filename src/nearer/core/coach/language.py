"""A small, dependency-free check that a draft is written in English.

It counts very common function words of English and of the languages people most often mix up
with it in this product's context. It only says "not English" on clear evidence, so short English
fragments ("Fine. Forget it.") are never refused.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ENGLISH = frozenset(
    "i you he she we they it me my your our us them him her the a an and or but if so because of to in "
    "on at for with from about into over after before than then that this these those is am are was "
    "were be been being have has had do does did don't didn't doesn't can can't could would should will "
    "won't not no never always just really very what when where why how who which there here all some "
    "any more most much many feel felt like love miss want need know think talk said say tell time "
    "i'm you're it's that's we're i've i'd i'll let's okay ok yes yeah please thanks sorry fine whatever "
    "again still even also too only up out now lately today tonight home work".split()
)
# Frequent words of other languages that are not also everyday English words.
_OTHER = frozenset(
    # Spanish / Portuguese
    "que el los las por para con pero muy estoy eres está esta siempre nunca nada porque como cuando "
    "también tengo quiero sé mí tú yo nosotros usted você não eu com mas muito isso está são uma sempre "
    "nunca também estou quero "
    # French
    "le les je tu et est pas une des du avec pour moi toi c'est ne vous nous qui mais toujours jamais "
    "suis très aussi parce quand être avoir "
    # German / Dutch
    "ich du und nicht ist das der ein eine mit aber auch mich dich mir dir wir immer nie ja nein weil "
    "ik je niet het een van dat maar wij jij altijd nooit ook "
    # Italian
    "io che sono il di per mi ti non sempre mai perché anche molto questo".split()
) - _ENGLISH
# Any ASCII word of another language standing on its own among letters. It finds every such word
# that _WORD would (and perhaps a few more), so when it finds none the text needs no counting.
# Longest first, so that a word is never cut short by another it begins with.
_OTHER_ASCII = re.compile(r"(?<![a-z])(?:" + "|".join(sorted((w for w in _OTHER if w.isascii()), key=lambda w: (-len(w), w)))
                          + r")(?![a-z])")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")


def is_english(text: str) -> bool:
    """Return False only when the text is clearly written in another language or script."""
    if not text.isascii():
        letters = _LETTER.findall(text)
        if letters and len(_LATIN.findall(text)) / len(letters) < 0.5:
            return False
    if text.isascii():  # lower-casing ASCII changes no offsets, so the words come out the same
        lowered = text.lower()
        if not _OTHER_ASCII.search(lowered):
            return True  # the usual case: not one word of another language
        words = _WORD.findall(lowered)
        if _OTHER.isdisjoint(words):
            return True
    else:
        words = [w.lower() for w in _WORD.findall(text)]
    english = sum(1 for w in words if w in _ENGLISH)
    other = sum(1 for w in words if w in _OTHER)
    return not (other >= 2 and other > english)
