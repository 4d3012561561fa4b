from dataclasses import replace

import pytest

from nearer.core.crypto import (
    FieldContext,
    TamperedError,
    decrypt_text,
    encrypt_text,
    new_data_key,
)


@pytest.fixture
def blob(data_key, context) -> bytes:
    return encrypt_text(data_key, "only for this row", context)


def test_blob_moved_to_another_user_fails_to_decrypt(data_key, context, blob):
    with pytest.raises(TamperedError):
        decrypt_text(data_key, blob, replace(context, user_id="kim"))


def test_blob_moved_to_another_table_fails_to_decrypt(data_key, context, blob):
    with pytest.raises(TamperedError):
        decrypt_text(data_key, blob, replace(context, table="practice_sharedentry"))


def test_blob_moved_to_another_row_fails_to_decrypt(data_key, context, blob):
    with pytest.raises(TamperedError):
        decrypt_text(data_key, blob, replace(context, row_id="row-2"))


def test_blob_read_under_another_key_version_fails_to_decrypt(data_key, context, blob):
    with pytest.raises(TamperedError):
        decrypt_text(data_key, blob, replace(context, key_version=2))


def test_blob_moved_to_another_column_of_the_row_fails_to_decrypt(data_key, context, blob):
    with pytest.raises(TamperedError):
        decrypt_text(data_key, blob, replace(context, column="title"))


def test_blob_opened_with_another_data_key_fails_to_decrypt(context, blob):
    with pytest.raises(TamperedError):
        decrypt_text(new_data_key(), blob, context)


def test_context_parts_cannot_be_shifted_from_one_field_to_the_next():
    first = FieldContext(user_id="ab", table="c", row_id="r", key_version=1)
    second = FieldContext(user_id="a", table="bc", row_id="r", key_version=1)
    assert first.associated_data() != second.associated_data()


def test_equal_contexts_give_equal_associated_data(context):
    assert replace(context).associated_data() == context.associated_data()
