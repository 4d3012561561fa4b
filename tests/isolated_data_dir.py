"""A pytest plugin loaded before Django's settings (via `-p` in pyproject): every test run gets a
fresh data folder, so runs never share a database file or touch a person's real data."""

import os
import tempfile

if not os.environ.get("NEARER_TEST_KEEP_DATA_DIR"):
    os.environ["NEARER_DATA_DIR"] = tempfile.mkdtemp(prefix="nearer-tests-")
