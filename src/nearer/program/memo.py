"""A person's program state, worked out once per request.

Several parts of one page need it (the safety gate of the coach and couple pages, the home page's
next step, the plan itself), and it opens every sealed answer of the person. Inside a request the
first result is kept; any save or delete of the person's program items forgets it at once, so a
page never shows a state older than its own writes. Outside a request (commands, tests calling
services) nothing is kept."""

from contextvars import ContextVar

from django.db.models.signals import post_delete, post_save

_kept: ContextVar[dict | None] = ContextVar("nearer_program_state", default=None)


class ProgramStateMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _kept.set({})
        try:
            return self.get_response(request)
        finally:
            _kept.reset(token)


def remembered(user_id, key, compute, part: str = "state"):
    """The `part` for (person, key) kept in this request, else compute() (kept when in a request)."""
    kept = _kept.get()
    if kept is None:
        return compute()
    tag = (user_id, key, part)
    if tag not in kept:
        kept[tag] = compute()
    return kept[tag]


def forget(user_id) -> None:
    """Drop what this request kept for the person (their program items changed)."""
    kept = _kept.get()
    if kept:
        for tag in [tag for tag in kept if tag[0] == user_id]:
            del kept[tag]


def _changed(sender, instance, **kwargs):
    forget(instance.author_id)


def connect() -> None:
    """Forget a person's state whenever one of their program items is saved or deleted."""
    from nearer.program.models import Check, Plan, Reflection, SafetyScreen, Talk

    for model in (SafetyScreen, Check, Plan, Reflection, Talk):
        post_save.connect(_changed, sender=model, dispatch_uid=f"program-memo-save-{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"program-memo-delete-{model.__name__}")
