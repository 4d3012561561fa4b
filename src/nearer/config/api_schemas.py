"""The error answers every /api/v1/ operation documents: {"detail": message} (a list of problems
for 422), so a client learns from the schema what can come back besides success."""

from typing import Any

from ninja import Schema


class ErrorOut(Schema):
    detail: str


class ValidationErrorOut(Schema):
    detail: list[dict[str, Any]]


# Any operation: the body is over the size limit (DATA_UPLOAD_MAX_MEMORY_SIZE).
PUBLIC_ERRORS = {413: ErrorOut}
# Operations behind the login: not logged in, refused (e.g. no CSRF token), not found, input unreadable.
LOGIN_ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 413: ErrorOut, 422: ValidationErrorOut}
