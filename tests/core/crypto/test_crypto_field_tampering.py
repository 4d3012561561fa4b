import pytest

from nearer.core.crypto import TamperedError, decrypt_text, encrypt_text


@pytest.fixture
def blob(data_key, context) -> bytes:
    return encrypt_text(data_key, "a short private note", context)


def test_flipping_any_bit_of_any_byte_makes_the_blob_fail_to_decrypt(data_key, context, blob):
    for position in range(len(blob)):
        for bit in range(8):
            altered = bytearray(blob)
            altered[position] ^= 1 << bit
            with pytest.raises(TamperedError):
                decrypt_text(data_key, bytes(altered), context)


def test_every_truncation_of_a_blob_fails_to_decrypt(data_key, context, blob):
    for length in range(len(blob)):
        with pytest.raises(TamperedError):
            decrypt_text(data_key, blob[:length], context)


def test_blob_with_bytes_appended_fails_to_decrypt(data_key, context, blob):
    with pytest.raises(TamperedError):
        decrypt_text(data_key, blob + b"\x00", context)


def test_blob_with_an_unknown_version_fails_to_decrypt(data_key, context, blob):
    with pytest.raises(TamperedError):
        decrypt_text(data_key, bytes([2]) + blob[1:], context)


def test_empty_blob_fails_to_decrypt(data_key, context):
    with pytest.raises(TamperedError):
        decrypt_text(data_key, b"", context)


def test_tampered_blob_error_says_what_may_have_happened(data_key, context, blob):
    with pytest.raises(TamperedError, match="changed, moved"):
        decrypt_text(data_key, blob[:-1], context)
