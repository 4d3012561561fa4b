"""Mail without an SMTP server: each message is written to its own file in the data folder that only
the owner can read, and only that file's path is logged. Reset and sign-up links are secrets, so they
must never reach the console or the logs."""

import logging
import os
import secrets
from datetime import datetime
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend as FileBackend

logger = logging.getLogger("nearer.mail")


class PrivateFileBackend(FileBackend):
    """Django's file backend, one `<timestamp>-<random>.eml` file (mode 0600) per message in a folder
    of mode 0700 (EMAIL_FILE_PATH, by default `<data dir>/mail`)."""

    def __init__(self, *args, file_path=None, **kwargs):
        super().__init__(*args, file_path=file_path, **kwargs)
        os.chmod(self.file_path, 0o700)

    def send_messages(self, email_messages):
        written = 0
        for message in email_messages:
            try:
                path = self._write(message)
            except Exception:
                if not self.fail_silently:
                    raise
            else:
                logger.info("Mail not sent (no NEARER_EMAIL_HOST); written to %s", path)
                written += 1
        return written

    def _write(self, message) -> Path:
        name = f"{datetime.now():%Y%m%d-%H%M%S}-{secrets.token_hex(4)}.eml"
        path = Path(self.file_path) / name
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(message.message().as_bytes())
        return path
