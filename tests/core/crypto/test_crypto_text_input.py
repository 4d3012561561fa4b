import pytest

from nearer.core.crypto import MAX_TEXT_CHARS, FieldContext, decrypt_text, encrypt_text
from nearer.core.errors import InvalidInputError, NearerError


def test_text_longer_than_the_limit_is_rejected_with_the_limit_in_the_message(data_key, context):
    with pytest.raises(InvalidInputError, match="limited to 65,536 characters; this one has 65,537"):
        encrypt_text(data_key, "x" * (MAX_TEXT_CHARS + 1), context)


def test_limit_is_64_kib_of_characters():
    assert MAX_TEXT_CHARS == 64 * 1024


def test_bytes_are_rejected_as_plaintext(data_key, context):
    with pytest.raises(InvalidInputError, match="must be given as text"):
        encrypt_text(data_key, b"raw bytes", context)


def test_none_is_rejected_as_plaintext(data_key, context):
    with pytest.raises(InvalidInputError):
        encrypt_text(data_key, None, context)


def test_text_with_an_unpaired_surrogate_is_rejected(data_key, context):
    with pytest.raises(InvalidInputError, match="cannot be stored"):
        encrypt_text(data_key, "half a pair: \ud83d", context)


def test_text_blob_is_rejected_as_ciphertext(data_key, context):
    with pytest.raises(InvalidInputError, match="must be given as bytes"):
        decrypt_text(data_key, "not bytes", context)


def test_data_key_of_the_wrong_length_is_rejected(context):
    with pytest.raises(InvalidInputError, match="32 bytes"):
        encrypt_text(b"too short", "text", context)


def test_missing_field_context_is_rejected(data_key):
    with pytest.raises(InvalidInputError, match="FieldContext"):
        encrypt_text(data_key, "text", ("alex", "table", "row", 1))


def test_field_context_with_an_empty_row_id_is_rejected():
    with pytest.raises(InvalidInputError, match="row_id"):
        FieldContext(user_id="alex", table="t", row_id="", key_version=1)


def test_field_context_with_a_numeric_user_id_is_rejected():
    with pytest.raises(InvalidInputError, match="user_id"):
        FieldContext(user_id=7, table="t", row_id="r", key_version=1)


def test_field_context_with_key_version_zero_is_rejected():
    with pytest.raises(InvalidInputError, match="key_version"):
        FieldContext(user_id="alex", table="t", row_id="r", key_version=0)


def test_field_context_with_a_boolean_key_version_is_rejected():
    with pytest.raises(InvalidInputError, match="key_version"):
        FieldContext(user_id="alex", table="t", row_id="r", key_version=True)


def test_input_errors_belong_to_the_nearer_error_family(data_key, context):
    with pytest.raises(NearerError):
        encrypt_text(data_key, "x" * (MAX_TEXT_CHARS + 1), context)
