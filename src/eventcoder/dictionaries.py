"""Load and validate the YAML data files (built-in and user-supplied)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ._schemas import (
    AgentsFile,
    BoilerplateFile,
    CountriesFile,
    DiscardsFile,
    LexiconFile,
    OrganisationsFile,
    PatternsFile,
    PeopleFile,
)
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

USER_SECTIONS: dict[str, type[BaseModel]] = {
    **{kind: model for kind, (_, model) in BUILTIN_FILES.items()},
    "discards": DiscardsFile,
}
"""The sections of a user dictionary: those of the built-in files, and ``discards`` (phrases
whose sentence or article is not coded), which only users write."""


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


def _parse(text: str, path: str) -> Any:
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise DictionaryError(path, f"not valid YAML: {getattr(exc, 'problem', exc)}", line) from None


def _validate(data: dict[str, Any], model: type[M], path: str, text: str) -> M:
    """Validate parsed data; the error names the field and its line in ``text``."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        field = ".".join(str(x) for x in loc)
        raise DictionaryError(path, f"{field}: {err['msg']}", _line_of(text, loc)) from None


def _read(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(str(path), f"cannot read: {exc}") from None


def load_yaml(text: str, model: type[M], path: str) -> M:
    """Parse and validate ``text``; errors name the file, the line and the field."""
    data = _parse(text, path)
    if not isinstance(data, dict):
        raise DictionaryError(path, f"expected a mapping with a list of records, got {type(data).__name__}")
    return _validate(data, model, path, text)


EXTRA_BUILTIN = {"organisations": ("groups.yaml", "parties.yaml")}
"""More built-in files of the same kind: non-state groups and political parties share the
organisations schema."""


def _load_builtin_file(name: str, model: type[M]) -> M:
    res = resources.files("eventcoder") / "data" / name
    return load_yaml(res.read_text(encoding="utf-8"), model, f"eventcoder/data/{name}")


def load_builtin(kind: str) -> Any:
    """Load one built-in data file by kind (countries, organisations, agents, people, patterns)."""
    name, model = BUILTIN_FILES[kind]
    return _load_builtin_file(name, model)


def load_builtin_all(kind: str) -> list[Any]:
    """Every built-in file of ``kind``, main file first."""
    _, model = BUILTIN_FILES[kind]
    return [load_builtin(kind), *(_load_builtin_file(n, model) for n in EXTRA_BUILTIN.get(kind, ()))]


def load_file(path: str | Path, kind: str) -> Any:
    _, model = BUILTIN_FILES[kind]
    return load_yaml(_read(path), model, str(path))


def load_user_file(path: str | Path) -> dict[str, Any]:
    """A user dictionary: any of the sections countries, organisations, agents, people,
    patterns, discards, validated with errors that name the user's file and line."""
    where = str(path)
    text = _read(path)
    data = _parse(text, where)
    if not isinstance(data, dict):
        raise DictionaryError(where, "expected a mapping with sections such as 'patterns:' or 'agents:'")
    kinds = [k for k in USER_SECTIONS if k in data]
    unknown = [k for k in data if k not in USER_SECTIONS and k not in {"source", "version"}]
    expected = ", ".join(USER_SECTIONS)
    if unknown:
        raise DictionaryError(where, f"unknown section {unknown[0]!r}; expected {expected}",
                              _line_of(text, (unknown[0],)))
    if not kinds:
        raise DictionaryError(where, f"no known section: expected one of {expected}")
    out: dict[str, Any] = {}
    for kind in kinds:
        model = USER_SECTIONS[kind]
        part = {"source": data.get("source", where), "version": str(data.get("version", "user")),
                kind: data[kind]}
        out[kind] = _validate(part, model, where, text)
    return out


def load_boilerplate() -> BoilerplateFile:
    """The line patterns of a news page's furniture (data/boilerplate.yaml)."""
    return _load_builtin_file("boilerplate.yaml", BoilerplateFile)


def load_lexicon() -> LexiconFile:
    """The word lists and code sets of the coder's rules (data/lexicon.yaml)."""
    return _load_builtin_file("lexicon.yaml", LexiconFile)


class Discards:
    """The discard phrases of the user dictionaries, compiled: :meth:`hit` names the phrase
    that rules a sentence or an article out, if any."""

    def __init__(self, files: Iterable[DiscardsFile] = ()) -> None:
        phrases: dict[str, list[str]] = {"sentence": [], "article": []}
        for f in files:
            for d in f.discards:
                words = d.text.replace("_", " ").split()
                if words:
                    phrases[d.scope].append(r"\s+".join(re.escape(w) for w in words))
        self._res = {scope: re.compile(r"(?<!\w)(?:" + "|".join(sorted(set(ps), key=len, reverse=True)) + r")(?!\w)",
                                       re.IGNORECASE)
                     for scope, ps in phrases.items() if ps}

    def __bool__(self) -> bool:
        return bool(self._res)

    def hit(self, text: str, scope: str) -> str | None:
        rx = self._res.get(scope)
        m = rx.search(text) if rx is not None else None
        return m.group(0) if m else None
