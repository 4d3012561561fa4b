"""Read the settings module afresh under a given environment, without disturbing the loaded settings."""

import runpy

import nearer.config.settings as loaded


def settings_with(monkeypatch, **env: str) -> dict:
    """The settings module's names as it would define them with these NEARER_* variables set."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(loaded.__file__)
