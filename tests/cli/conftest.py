import os
import pathlib
import subprocess
import sys

import pytest

NEARER = str(pathlib.Path(sys.executable).with_name("nearer"))


@pytest.fixture
def run_nearer(tmp_path):
    """Run the installed `nearer` command with a fresh data folder; return the finished process."""

    def run(*args, env=None, input=None, timeout=60):
        full_env = {**os.environ, "NEARER_DATA_DIR": str(tmp_path / "data"), **(env or {})}
        full_env.pop("NEARER_DATABASE_URL", None) if "NEARER_DATABASE_URL" not in (env or {}) else None
        return subprocess.run(
            [NEARER, *args], capture_output=True, text=True, env=full_env, input=input, timeout=timeout
        )

    return run
