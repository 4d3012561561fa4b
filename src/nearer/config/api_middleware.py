"""Every answer under /api/ that is an error is JSON {"detail": ...}, including the ones Django gives
before or around the API (no such path, wrong method, a body over the size limit, a server error).

An oversized body is refused here, before anything reads it: reading it would raise
RequestDataTooBig, which Django logs as an ERROR with a traceback. Django's request log then notes
the 413 once, as a WARNING line without the body."""

from django.conf import settings
from django.http import JsonResponse

API_PREFIX = "/api/"
DETAILS = {
    400: "That request could not be read.",
    403: "That is not allowed.",
    404: "Not found.",
    405: "That method is not allowed here.",
}
SERVER_ERROR = "Something went wrong on our side. Please try again."


def too_large_detail() -> str:
    return f"That request is too large: the limit is {settings.DATA_UPLOAD_MAX_MEMORY_SIZE:,} bytes."


def _declared_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _as_json(response) -> JsonResponse:
    status = response.status_code
    detail = SERVER_ERROR if status >= 500 else DETAILS.get(status, response.reason_phrase)
    answer = JsonResponse({"detail": detail}, status=status)
    for header in ("Allow", "Retry-After"):
        if header in response:
            answer[header] = response[header]
    if getattr(response, "_has_been_logged", False):
        answer._has_been_logged = True  # logged once already; Django would log the new answer again
    return answer


class ApiJsonErrorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and _declared_length(request) > limit:
            return JsonResponse({"detail": too_large_detail()}, status=413)
        response = self.get_response(request)
        if response.status_code >= 400 and not response.get("Content-Type", "").startswith("application/json"):
            return _as_json(response)
        return response
