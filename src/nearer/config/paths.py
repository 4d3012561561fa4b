"""Where Nearer keeps its data, and the secret key that lives there when none is configured."""

import os
import secrets
from pathlib import Path

import platformdirs

SECRET_KEY_FILE = "secret_key"


def data_dir() -> Path:
    """Return the data folder (NEARER_DATA_DIR or the platform's user data folder), creating it."""
    configured = os.environ.get("NEARER_DATA_DIR", "").strip()
    path = Path(configured).expanduser() if configured else Path(platformdirs.user_data_dir("nearer"))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def stored_secret_key(folder: Path) -> str:
    """Return the secret key kept in the data folder, generating it once (mode 0600) if absent."""
    path = folder / SECRET_KEY_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(64))
    return path.read_text().strip()
