"""Placeholder until the coach command group lands (registered by main.py)."""

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the root app."""
