"""Read the content packs (YAML) into a ProgramSpec; every error names the file and the key path."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from nearer.core.errors import ContentError
from nearer.core.program.crossref import find_reference_issues
from nearer.core.program.specs_check import (
    ContextsSpec,
    FocusSpec,
    ReadinessSpec,
    SafetySpec,
    SignsSpec,
)
from nearer.core.program.specs_program import (
    CareProfileSpec,
    EscalationSpec,
    MicroConnectionsSpec,
    MistakesSpec,
    ProgramSpec,
    QuestionsSpec,
    TrackSpec,
)
from nearer.core.program.specs_review import ReviewSpec

DEFAULT_CONTENT_DIR = Path(__file__).resolve().parents[2] / "content"
TRACK_FILE_GLOB = "track_*.yaml"
FILES: dict[str, tuple[str, type[BaseModel]]] = {
    "safety.yaml": ("safety", SafetySpec),
    "signs.yaml": ("signs", SignsSpec),
    "contexts.yaml": ("contexts", ContextsSpec),
    "focus.yaml": ("focus", FocusSpec),
    "readiness.yaml": ("readiness", ReadinessSpec),
    "questions.yaml": ("questions", QuestionsSpec),
    "micro_connections.yaml": ("micro_connections", MicroConnectionsSpec),
    "mistakes.yaml": ("mistakes", MistakesSpec),
    "escalation.yaml": ("escalation", EscalationSpec),
    "care_profile.yaml": ("care_profile", CareProfileSpec),
    "review.yaml": ("review", ReviewSpec),
}
_MAX_REPORTED = 8


def load_program(path: Path | None = None) -> ProgramSpec:
    """Return the program loaded from the content folder `path` (default: the packaged content).

    The packaged program is loaded once and cached. Raises ContentError naming the file and key path.
    """
    if path is None:
        return _load_default()
    return _load(Path(path))


@functools.lru_cache(maxsize=1)
def _load_default() -> ProgramSpec:
    return _load(DEFAULT_CONTENT_DIR)


def _load(directory: Path) -> ProgramSpec:
    if not directory.is_dir():
        raise ContentError(f"{directory}: not a content folder")
    _reject_unknown_files(directory)
    parts = {attr: _load_file(directory / name, model) for name, (attr, model) in FILES.items()}
    track_files = sorted(directory.glob(TRACK_FILE_GLOB))
    if not track_files:
        raise ContentError(f"{directory}: no {TRACK_FILE_GLOB} file found")
    tracks = tuple(_load_file(p, TrackSpec) for p in track_files)
    program = ProgramSpec(**parts, tracks=tracks)
    issues = find_reference_issues(program, [p.name for p in track_files])
    if issues:
        raise ContentError("; ".join(str(issue) for issue in issues[:_MAX_REPORTED]))
    return program


def _reject_unknown_files(directory: Path) -> None:
    for path in sorted(directory.glob("*.y*ml")):
        if path.name not in FILES and not path.match(TRACK_FILE_GLOB):
            expected = ", ".join(FILES)
            raise ContentError(f"{path.name}: unknown content file (expected {expected} or {TRACK_FILE_GLOB})")


def _load_file(path: Path, model: type[BaseModel]) -> Any:
    data = read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        messages = [f"{path.name}: {describe_error(err)}" for err in exc.errors()[:_MAX_REPORTED]]
        raise ContentError("; ".join(messages)) from None


def read_yaml(path: Path) -> dict[str, Any]:
    """Return the mapping at the top of a YAML file; raise ContentError for anything else."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(f"{path.name}: file missing") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(f"{path.name}: cannot be read ({exc.__class__.__name__})") from None
    try:
        data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "somewhere"
        raise ContentError(f"{path.name}: {where}: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise ContentError(f"{path.name}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ContentError(f"{path.name}: at top level: expected a mapping of keys")
    return data


def describe_error(error: Any) -> str:
    """Return 'at key <path>: <message>' for one pydantic error."""
    path = key_path(error["loc"])
    if error["type"] == "missing":
        message = "field required"
    elif error["type"] == "extra_forbidden":
        message = "unknown key (not part of the format)"
    else:
        message = str(error["msg"]).removeprefix("Value error, ")
        message = message[:1].lower() + message[1:]
    return f"at key {path}: {message}" if path else f"at top level: {message}"


def key_path(loc: tuple[Any, ...]) -> str:
    """Return a key path such as `questions[2].text` for a pydantic error location."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part == "[key]":
            out += " (the key itself)"
        else:
            out += f".{part}" if out else str(part)
    return out


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses a key given twice in one mapping (PyYAML keeps the last silently)."""


def _construct_unique_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    loader.flatten_mapping(node)
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)
