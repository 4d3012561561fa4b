"""Every command and option of `nearer` explains itself."""

import typer

from nearer.cli.main import app


def _commands(command, path: str = "nearer"):
    yield path, command
    if hasattr(command, "commands"):
        for name, sub in command.commands.items():
            yield from _commands(sub, f"{path} {name}")


def test_every_command_has_help_text():
    root = typer.main.get_command(app)
    missing = [path for path, command in _commands(root) if not (command.help or "").strip()]
    assert missing == []


def test_every_option_has_help_text():
    root = typer.main.get_command(app)
    missing = [
        f"{path} {param.name}"
        for path, command in _commands(root)
        for param in command.params
        if param.param_type_name == "option" and param.name != "help" and not (param.help or "").strip()
    ]
    assert missing == []
