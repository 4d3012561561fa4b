"""Log hygiene: secrets in URLs (invitation and reset tokens) are masked before any handler sees them,
and request objects are dropped so no handler can reach a body, a cookie or a header."""

import logging
import re

# Path segments that carry a secret: /join/<token>/, /unlock/<key>/, /accounts/reset/<uid>/<token>/,
# /accounts/signup/confirm/<token>/.
SEGMENT = r"[^\s\"'?&/]+"
SECRET_PATH = re.compile(rf"(/(?:join|unlock|confirm)/){SEGMENT}|(/reset/){SEGMENT}/{SEGMENT}")
SECRET_QUERY = re.compile(r"([?&](?:token|key|code|password)=)[^&\s\"']+", re.IGNORECASE)


def redact(text: str) -> str:
    """Return the text with secret-bearing path segments and query values replaced by '[redacted]'."""
    text = SECRET_PATH.sub(lambda match: (match.group(1) or match.group(2)) + "[redacted]", text)
    return SECRET_QUERY.sub(r"\1[redacted]", text)


class RedactFilter(logging.Filter):
    """Rewrites each record's message with secrets masked and removes the attached request."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact(message)
        record.args = ()
        if hasattr(record, "request"):
            record.request = None
        return True
