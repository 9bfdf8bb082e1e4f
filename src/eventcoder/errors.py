"""The exceptions eventcoder raises.

::

    EventCoderError
     ├── ConfigError        bad option or setting
     ├── DictionaryError    a data file (built-in or user) is invalid: carries file and line
     ├── InputError         an input file cannot be read (empty, binary, malformed)
     └── ModelError         the spaCy pipeline cannot be loaded

Every message says what is wrong and what to do about it, in one line.
"""

from __future__ import annotations


class EventCoderError(Exception):
    """Base class of every error eventcoder raises on purpose."""


class ConfigError(EventCoderError):
    """An option or setting is invalid."""


class DictionaryError(EventCoderError):
    """A dictionary, pattern or ontology file is invalid."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class InputError(EventCoderError):
    """An input document or file cannot be used."""


class ModelError(EventCoderError):
    """The NLP pipeline cannot be loaded."""
