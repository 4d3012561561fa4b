"""Views and API handlers never load models themselves: every fetch goes through a scoped selector
or service (a foreign id then answers exactly like a missing one)."""

import ast
import pathlib

SRC = pathlib.Path(__file__).resolve().parents[2] / "src" / "nearer"
HANDLER_FILES = sorted([*SRC.glob("*/views.py"), *SRC.glob("*/views/*.py"), *SRC.glob("*/api.py")])
FORBIDDEN_CALLS = {"get_object_or_404", "get_list_or_404"}


def _offences(path: pathlib.Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr in ("objects", "_default_manager"):
            found.append(f"{path.relative_to(SRC)}:{node.lineno} uses .{node.attr}")
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_CALLS:
            found.append(f"{path.relative_to(SRC)}:{node.lineno} uses {node.id}")
    return found


def test_handler_files_are_found():
    assert len(HANDLER_FILES) >= 5


def test_no_view_or_api_handler_queries_a_model_directly():
    offences = [offence for path in HANDLER_FILES for offence in _offences(path)]
    assert offences == []
