import logging

from nearer.config.logs import RedactFilter, redact


def test_invitation_tokens_are_masked_in_log_lines():
    assert redact("Not Found: /couple/join/AbC-123_xyz/") == "Not Found: /couple/join/[redacted]/"


def test_reset_tokens_are_masked_in_log_lines():
    line = redact("GET /accounts/reset/MQ/c4k2-abcdef123/ 200")
    assert "c4k2" not in line and "[redacted]" in line


def test_next_parameter_carrying_a_join_link_is_masked():
    assert "SECRET" not in redact("GET /accounts/login/?next=/couple/join/SECRET/")


def test_filter_rewrites_message_and_drops_the_request():
    record = logging.LogRecord("django.request", logging.WARNING, __file__, 1, "Not Found: %s", ("/couple/join/TOKEN/",), None)
    record.request = object()
    assert RedactFilter().filter(record)
    assert "TOKEN" not in record.getMessage() and record.request is None
