"""Reading and writing private text of any model: sealed with the author's data key, bound to
the row it belongs to, so a blob copied to another row or another person fails to open."""

from nearer.core.crypto import FieldContext, decrypt_text, encrypt_text


def _context(instance, column: str, owner_id, key_version: int) -> FieldContext:
    row = getattr(instance, "uid", None) or instance.pk
    return FieldContext(
        user_id=str(owner_id), table=instance._meta.db_table, row_id=str(row),
        key_version=key_version, column=column,
    )


def seal(instance, column: str, text: str, *, owner_id, key: tuple[bytes, int]) -> bytes:
    """Return the sealed bytes of `text` for `instance.column`, owned by `owner_id`."""
    data_key, version = key
    return encrypt_text(data_key, text, _context(instance, column, owner_id, version))


def unseal(instance, column: str, blob: bytes | None, *, owner_id, key: tuple[bytes, int]) -> str:
    """Return the text sealed in `blob` (empty for no blob); TamperedError if it was moved or altered."""
    if not blob:
        return ""
    data_key, version = key
    return decrypt_text(data_key, bytes(blob), _context(instance, column, owner_id, version))
