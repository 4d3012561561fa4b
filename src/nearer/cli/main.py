"""The `nearer` command line. Sub-commands that need Django import it inside their functions,
so commands such as `coach`, `check` and `content` start fast and work without a database."""

import typer

from nearer.cli import check, coach, content, log, remind, server, today

app = typer.Typer(
    name="nearer",
    help="Nearer: rebuild connection when a partner pulls away.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for module in (server, coach, check, content, today, log, remind):
    module.register(app)


def main() -> None:  # pragma: no cover - entry point
    app()
