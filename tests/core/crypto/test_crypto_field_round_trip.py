from nearer.core.crypto import MAX_TEXT_CHARS, decrypt_text, encrypt_text


def test_text_round_trips_through_encrypt_and_decrypt(data_key, context):
    text = "I noticed we talk less since the project started."
    assert decrypt_text(data_key, encrypt_text(data_key, text, context), context) == text


def test_empty_text_round_trips(data_key, context):
    assert decrypt_text(data_key, encrypt_text(data_key, "", context), context) == ""


def test_text_of_exactly_the_limit_in_emoji_round_trips(data_key, context):
    text = "🫶" * MAX_TEXT_CHARS
    assert decrypt_text(data_key, encrypt_text(data_key, text, context), context) == text


def test_same_text_encrypts_to_a_different_blob_each_time(data_key, context):
    assert encrypt_text(data_key, "same", context) != encrypt_text(data_key, "same", context)


def test_blob_is_version_byte_nonce_ciphertext_and_tag(data_key, context):
    blob = encrypt_text(data_key, "héllo", context)
    assert blob[0] == 1
    assert len(blob) == 1 + 12 + len("héllo".encode()) + 16


def test_blob_does_not_contain_the_plaintext(data_key, context):
    text = "a sentence that must not appear in the stored bytes"
    assert text.encode() not in encrypt_text(data_key, text, context)


def test_blob_read_back_as_memoryview_decrypts(data_key, context):
    blob = encrypt_text(data_key, "from PostgreSQL", context)
    assert decrypt_text(data_key, memoryview(blob), context) == "from PostgreSQL"


def test_blob_read_back_as_bytearray_decrypts(data_key, context):
    blob = encrypt_text(data_key, "from a buffer", context)
    assert decrypt_text(data_key, bytearray(blob), context) == "from a buffer"
