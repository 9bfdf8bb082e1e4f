"""Load and validate the YAML data files (built-in and user-supplied)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ._schemas import AgentsFile, CountriesFile, OrganisationsFile, PatternsFile, PeopleFile
from .errors import DictionaryError

M = TypeVar("M", bound=BaseModel)

try:  # the C loader is ~10x faster; fall back when PyYAML was built without libyaml
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

BUILTIN_FILES: dict[str, tuple[str, type[BaseModel]]] = {
    "countries": ("countries.yaml", CountriesFile),
    "organisations": ("organisations.yaml", OrganisationsFile),
    "agents": ("agents.yaml", AgentsFile),
    "people": ("people.yaml", PeopleFile),
    "patterns": ("patterns.yaml", PatternsFile),
}


def _line_of(text: str, loc: tuple[int | str, ...]) -> int | None:
    """Best-effort line number of a validation error location in a YAML text."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    last_line: int | None = None
    for key in loc:
        if node is None:
            return last_line
        last_line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode) and isinstance(key, str):
            found = None
            for k, v in node.value:
                if getattr(k, "value", None) == key:
                    found = v
                    break
            if found is None:  # a missing key: point at the record that lacks it
                return last_line
            node = found
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            node = node.value[key] if key < len(node.value) else None
        else:
            break
    return None if node is None else node.start_mark.line + 1


def load_yaml(text: str, model: type[M], path: str) -> M:
    """Parse and validate ``text``; errors name the file, the line and the field."""
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise DictionaryError(path, f"not valid YAML: {getattr(exc, 'problem', exc)}", line) from None
    if not isinstance(data, dict):
        raise DictionaryError(path, f"expected a mapping with a list of records, got {type(data).__name__}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        field = ".".join(str(x) for x in loc)
        raise DictionaryError(path, f"{field}: {err['msg']}", _line_of(text, loc)) from None


EXTRA_BUILTIN = {"organisations": ("groups.yaml",)}
"""More built-in files of the same kind: non-state groups share the organisations schema."""


def load_builtin(kind: str) -> Any:
    """Load one built-in data file by kind (countries, organisations, agents, people, patterns)."""
    name, model = BUILTIN_FILES[kind]
    res = resources.files("eventcoder") / "data" / name
    return load_yaml(res.read_text(encoding="utf-8"), model, f"eventcoder/data/{name}")


def load_builtin_all(kind: str) -> list[Any]:
    """Every built-in file of ``kind``, main file first."""
    _, model = BUILTIN_FILES[kind]
    out = [load_builtin(kind)]
    for name in EXTRA_BUILTIN.get(kind, ()):
        res = resources.files("eventcoder") / "data" / name
        out.append(load_yaml(res.read_text(encoding="utf-8"), model, f"eventcoder/data/{name}"))
    return out


def load_file(path: str | Path, kind: str) -> Any:
    _, model = BUILTIN_FILES[kind]
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(str(p), f"cannot read: {exc}") from None
    return load_yaml(text, model, str(p))


def load_user_file(path: str | Path) -> dict[str, Any]:
    """A user dictionary: any of the sections countries, organisations, agents, people,
    patterns, validated with errors that name the user's file and line."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(str(p), f"cannot read: {exc}") from None
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DictionaryError(str(p), f"not valid YAML: {getattr(exc, 'problem', exc)}",
                              mark.line + 1 if mark is not None else None) from None
    if not isinstance(data, dict):
        raise DictionaryError(str(p), "expected a mapping with sections such as 'patterns:' or 'agents:'")
    kinds = [k for k in BUILTIN_FILES if k in data]
    unknown = [k for k in data if k not in BUILTIN_FILES and k not in {"source", "version"}]
    expected = ", ".join(BUILTIN_FILES)
    if unknown:
        raise DictionaryError(str(p), f"unknown section {unknown[0]!r}; expected {expected}",
                              _line_of(text, (unknown[0],)))
    if not kinds:
        raise DictionaryError(str(p), f"no known section: expected one of {expected}")
    out: dict[str, Any] = {}
    for kind in kinds:
        _, model = BUILTIN_FILES[kind]
        part = {"source": data.get("source", str(p)), "version": str(data.get("version", "user")),
                kind: data[kind]}
        try:
            out[kind] = model.model_validate(part)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = tuple(err["loc"])
            field = ".".join(str(x) for x in loc)
            raise DictionaryError(str(p), f"{field}: {err['msg']}", _line_of(text, loc)) from None
    return out
