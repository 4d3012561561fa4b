"""Without SMTP, each mail is written to its own private file in the data folder; only the file's
path reaches the log, never a word of the mail (reset and confirmation links are secrets)."""

import logging
import stat
from pathlib import Path

from django.core.mail import EmailMessage

from nearer.config.mail import PrivateFileBackend
from tests.settings_probe import settings_with

SECRET_LINK = "http://testserver/accounts/reset/MQ/c4k2-0f1e2d3c4b5a/"


def _message(to="alex@example.com"):
    return EmailMessage("Reset your password", f"Follow {SECRET_LINK} to choose a new one.", to=[to])


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_each_mail_gets_its_own_file_only_the_owner_can_read(tmp_path):
    folder = tmp_path / "mail"
    sent = PrivateFileBackend(file_path=str(folder)).send_messages([_message(), _message("sam@example.com")])
    assert sent == 2
    files = sorted(folder.iterdir())
    assert len(files) == 2 and all(f.suffix == ".eml" for f in files)
    assert _mode(folder) == 0o700
    assert all(_mode(f) == 0o600 for f in files)
    assert SECRET_LINK in files[0].read_text() + files[1].read_text()


def test_an_existing_mail_folder_is_made_private(tmp_path):
    folder = tmp_path / "mail"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    PrivateFileBackend(file_path=str(folder)).send_messages([_message()])
    assert _mode(folder) == 0o700


def test_only_the_path_is_logged_and_nothing_is_printed(tmp_path, caplog, capsys):
    folder = tmp_path / "mail"
    with caplog.at_level(logging.DEBUG):
        PrivateFileBackend(file_path=str(folder)).send_messages([_message()])
    written = next(folder.iterdir())
    assert str(written) in caplog.text
    output = capsys.readouterr()
    everything = caplog.text + output.out + output.err
    for secret in ("c4k2", "accounts/reset", "alex@example.com", "Follow"):
        assert secret not in everything


def test_without_an_smtp_host_mail_goes_to_files_in_the_data_folder(monkeypatch):
    defined = settings_with(monkeypatch)
    assert defined["EMAIL_BACKEND"] == "nearer.config.mail.PrivateFileBackend"
    assert Path(defined["EMAIL_FILE_PATH"]) == defined["DATA_DIR"] / "mail"


def test_with_an_smtp_host_mail_is_sent(monkeypatch):
    defined = settings_with(monkeypatch, NEARER_EMAIL_HOST="smtp.example.org")
    assert defined["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
