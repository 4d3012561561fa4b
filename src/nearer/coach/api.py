"""POST /api/v1/coach: the coach's reading of a draft, in the same JSON shape as `nearer coach --json`.
Stateless: nothing sent here is stored."""

from typing import Literal

from ninja import Field, Router, Schema

from nearer.config.api_schemas import LOGIN_ERRORS, ErrorOut
from nearer.core.coach import MAX_CHARS, review

router = Router(tags=["coach"])


# The limit is documented here and enforced by the coach itself, which answers 400 with a message
# that says how long the text is (a schema check would answer a bare 422 instead).
LIMIT = {"maxLength": MAX_CHARS}


class CoachIn(Schema):
    text: str = Field(description=f"The draft to review (English, up to {MAX_CHARS:,} characters).",
                      json_schema_extra=LIMIT)
    reply_to: str | None = Field(None, description="What the partner said; `text` is then read as the reply "
                                 f"(up to {MAX_CHARS:,} characters).", json_schema_extra=LIMIT)


class FindingOut(Schema):
    category: str
    start: int = Field(description="Start of the span in `text` (characters, inclusive).")
    end: int = Field(description="End of the span in `text` (characters, exclusive).")
    message: str
    suggestion: str
    tone: Literal["harsh", "gentle"]


class IStatementOut(Schema):
    feeling: str
    when: str
    request: str
    text: str


class ListeningOut(Schema):
    reflects: bool
    feedback: str
    kind: str


class CoachOut(Schema):
    verdict: Literal["gentle", "ok", "needs_softening", "harsh"]
    score: int = Field(ge=0, le=100, description="Gentleness from 0 to 100.")
    findings: list[FindingOut]
    rewrites: list[str]
    i_statement: IStatementOut | None
    listening: ListeningOut | None = Field(None, description="Present only when `reply_to` was given.")


@router.post("/coach", response={200: CoachOut, 400: ErrorOut, **LOGIN_ERRORS}, exclude_unset=True)
def coach(request, payload: CoachIn):
    """Review a draft: verdict, gentleness score, findings with spans, rewrites and an I-statement.

    Empty, over-long and non-English text answers 400 with a `detail` message."""
    return review(payload.text, reply_to=payload.reply_to).to_dict()
