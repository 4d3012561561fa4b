"""Operator commands (serve, doctor, db): these start Django inside the function body."""

import typer


def register(app: typer.Typer) -> None:
    """Add the operator commands to the root app."""
