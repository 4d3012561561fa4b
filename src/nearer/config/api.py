"""The one JSON API (/api/v1, OpenAPI at /api/v1/docs). Nearer's errors become 4xx {"detail": ...}."""

from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError
from ninja.security import django_auth

from nearer.config.api_middleware import too_large_detail
from nearer.core.errors import BusyError, ConflictError, InvalidInputError, LockedError, NearerError, NotFoundError

# No Swagger page: it would load scripts from a CDN. The schema is at /api/v1/openapi.json.
api = NinjaAPI(title="Nearer API", version="1", urls_namespace="api", auth=django_auth, docs_url=None)

STATUS_FOR = [
    (NotFoundError, 404),
    (ConflictError, 409),
    (LockedError, 423),
    (BusyError, 503),
    (InvalidInputError, 400),
    (NearerError, 400),
]


@api.exception_handler(NearerError)
def nearer_error(request, exc: NearerError):
    status = next(code for kind, code in STATUS_FOR if isinstance(exc, kind))
    response = api.create_response(request, {"detail": str(exc)}, status=status)
    if isinstance(exc, BusyError):
        response["Retry-After"] = str(exc.seconds)
    return response


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Not found."}, status=404)


@api.exception_handler(AuthenticationError)
def unauthenticated(request, exc):
    return api.create_response(request, {"detail": "Log in first."}, status=401)


@api.exception_handler(RequestDataTooBig)
def too_large(request, exc):
    """A body over the limit met while reading it (ApiJsonErrorsMiddleware refuses most before)."""
    return api.create_response(request, {"detail": too_large_detail()}, status=413)


@api.exception_handler(SuspiciousOperation)
def unreadable(request, exc):
    """Too many fields and other malformed requests: a 400, not an ERROR line with a traceback."""
    return api.create_response(request, {"detail": "That request could not be read."}, status=400)


@api.exception_handler(ValidationError)
def invalid(request, exc: ValidationError):
    return api.create_response(request, {"detail": exc.errors}, status=422)


api.add_router("/", "nearer.accounts.api.router")
api.add_router("/", "nearer.coach.api.router")
api.add_router("/", "nearer.agreements.api.router")
api.add_router("/", "nearer.practice.api.router")
api.add_router("/", "nearer.practice.need_api.router")
