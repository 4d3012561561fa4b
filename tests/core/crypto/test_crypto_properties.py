"""Properties that must hold for any input, checked with hypothesis."""

import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from nearer.core.crypto import (
    FAST_TEST_PARAMS,
    MAX_TEXT_CHARS,
    FieldContext,
    TamperedError,
    WrongKeyError,
    decrypt_text,
    encrypt_text,
    new_data_key,
    new_recovery_key,
    normalize_recovery_key,
    unwrap_with_password,
    wrap_with_password,
)

DATA_KEY = new_data_key()
CONTEXT = FieldContext(user_id="alex", table="practice_journalentry", row_id="row-1", key_version=1)

# Emoji with skin tones, ZWJ families, flags and variation selectors: several code points each.
EMOJI = ["😀", "🫶🏽", "👩‍👩‍👧‍👦", "🇳🇱", "❤️", "🧑🏿‍🤝‍🧑🏻", "1️⃣"]
# Lone surrogates cannot be stored (test_crypto_text_input checks the clear refusal), so any
# storable text is every character outside category Cs.
storable = st.characters(exclude_categories=["Cs"])
texts = st.lists(st.one_of(storable, st.sampled_from(EMOJI))).map("".join)
# Full-size inputs: a drawn chunk repeated up to exactly the limit.
texts_at_the_limit = st.text(min_size=1, max_size=64).map(
    lambda chunk: (chunk * (MAX_TEXT_CHARS // len(chunk) + 1))[:MAX_TEXT_CHARS]
)
identifiers = st.text(min_size=1, max_size=20)
contexts = st.builds(
    FieldContext,
    user_id=identifiers,
    table=identifiers,
    row_id=identifiers,
    key_version=st.integers(min_value=1, max_value=2**32 - 1),
    column=st.text(max_size=20),
)


@given(text=texts)
def test_any_text_with_emoji_round_trips(text):
    assert decrypt_text(DATA_KEY, encrypt_text(DATA_KEY, text, CONTEXT), CONTEXT) == text


@settings(max_examples=25, deadline=None)
@given(text=texts_at_the_limit)
def test_any_text_of_64_kib_round_trips(text):
    assert len(text) == MAX_TEXT_CHARS
    assert decrypt_text(DATA_KEY, encrypt_text(DATA_KEY, text, CONTEXT), CONTEXT) == text


@given(text=texts, data=st.data())
def test_any_single_byte_change_makes_decryption_fail(text, data):
    blob = bytearray(encrypt_text(DATA_KEY, text, CONTEXT))
    position = data.draw(st.integers(min_value=0, max_value=len(blob) - 1))
    blob[position] ^= data.draw(st.integers(min_value=1, max_value=255))
    try:
        decrypt_text(DATA_KEY, bytes(blob), CONTEXT)
    except TamperedError:
        return
    raise AssertionError("an altered blob decrypted")


@given(text=texts, data=st.data())
def test_any_truncation_makes_decryption_fail(text, data):
    blob = encrypt_text(DATA_KEY, text, CONTEXT)
    length = data.draw(st.integers(min_value=0, max_value=len(blob) - 1))
    try:
        decrypt_text(DATA_KEY, blob[:length], CONTEXT)
    except TamperedError:
        return
    raise AssertionError("a truncated blob decrypted")


@given(text=texts, written_for=contexts, read_as=contexts)
def test_blob_opens_only_in_the_context_it_was_written_for(text, written_for, read_as):
    assume(written_for != read_as)
    blob = encrypt_text(DATA_KEY, text, written_for)
    try:
        decrypt_text(DATA_KEY, blob, read_as)
    except TamperedError:
        return
    raise AssertionError("a blob decrypted in another context")


@settings(deadline=None)
@given(password=st.text(min_size=1, max_size=64), other=st.text(min_size=1, max_size=64))
def test_any_password_opens_its_wrap_and_no_other_password_does(password, other):
    assume(unicodedata.normalize("NFC", password) != unicodedata.normalize("NFC", other))
    wrapped = wrap_with_password(DATA_KEY, password, FAST_TEST_PARAMS)
    assert unwrap_with_password(wrapped, password) == DATA_KEY
    try:
        unwrap_with_password(wrapped, other)
    except WrongKeyError:
        return
    raise AssertionError("another password opened the wrap")


@given(
    lower=st.lists(st.booleans(), min_size=32, max_size=32),
    separators=st.lists(st.sampled_from(["", "-", " ", " - ", "\t"]), min_size=32, max_size=32),
)
def test_recovery_key_survives_any_change_of_case_and_separators(lower, separators):
    recovery_key = new_recovery_key()
    symbols = recovery_key.replace("-", "")
    typed = "".join(
        (symbol.lower() if make_lower else symbol) + separator
        for symbol, make_lower, separator in zip(symbols, lower, separators, strict=True)
    )
    assert normalize_recovery_key(typed) == recovery_key
