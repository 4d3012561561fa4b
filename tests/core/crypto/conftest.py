"""Shared pieces for the encryption tests: a data key, a field context, fast KDF params."""

import pytest

from nearer.core.crypto import FieldContext, new_data_key


@pytest.fixture
def data_key() -> bytes:
    return new_data_key()


@pytest.fixture
def context() -> FieldContext:
    return FieldContext(user_id="alex", table="practice_journalentry", row_id="row-1", key_version=1)
