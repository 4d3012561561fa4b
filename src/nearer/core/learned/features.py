"""Hashed word and character n-gram features, computed the same way at training and at run time.

A text becomes a sparse vector of DIM buckets: each word, each pair of neighbouring words, and each
run of 3 to 5 letters inside a word (padded with a space at both ends) is hashed with zlib.crc32,
a hash that is the same on every machine and every run (Python's own hash() is not). The low bits
pick the bucket and the top bit picks a sign, so that two n-grams sharing a bucket tend to cancel
rather than add up. The vector is scaled to length 1, so long and short texts weigh alike.
"""

from __future__ import annotations

import math
import re
from zlib import crc32

DIM_BITS = 16
DIM = 1 << DIM_BITS
_MASK = DIM - 1
_SIGN = 1 << 31
# Different starting values keep words, word pairs and letter runs in separate hash families.
WORD, PAIR, CHARS, EXTRA = 0x57, 0x50, 0x43, 0x58
CHAR_SIZES = (3, 4, 5)

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?|[!?]")
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def tokens(text: str) -> list[str]:
    """Return the lower-case words (and ! and ?) of `text`, apostrophes made straight."""
    return _TOKEN.findall(text.lower().translate(_STRAIGHT))


def word_codes(word: str) -> list[int]:
    """Return the hashes of one word and of its letter runs."""
    data = word.encode("utf-8")
    codes = [crc32(data, WORD)]
    padded = b" " + data + b" "
    length = len(padded)
    for size in CHAR_SIZES:
        codes += [crc32(padded[start:start + size], CHARS) for start in range(length - size + 1)]
    return codes


def vectorize(text: str, extras: tuple[str, ...] = ()) -> dict[int, float]:
    """Return the unit-length sparse vector {bucket: value} of `text` plus named extra features."""
    words = tokens(text)
    codes: list[int] = []
    for word in words:
        codes += word_codes(word)
    codes += [crc32(f"{first} {second}".encode("utf-8"), PAIR) for first, second in zip(words, words[1:])]
    codes += [crc32(name.encode("utf-8"), EXTRA) for name in extras]
    vector: dict[int, float] = {}
    get = vector.get
    for code in codes:
        index = code & _MASK
        vector[index] = get(index, 0.0) + (1.0 if code & _SIGN else -1.0)
    norm = math.sqrt(sum(value * value for value in vector.values()))
    if norm:
        scale = 1.0 / norm
        return {index: value * scale for index, value in vector.items()}
    return vector
