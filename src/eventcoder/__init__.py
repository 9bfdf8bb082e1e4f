"""eventcoder: political event data (CAMEO + PLOVER) from news text, with evidence.

>>> from eventcoder import Coder                                   # doctest: +SKIP
>>> events = Coder().code("Russia accused Ukraine of shelling the plant.", date="2024-03-08")
"""

from __future__ import annotations

import logging

from .coder import Coder
from .config import CoderConfig
from .errors import ConfigError, DictionaryError, EventCoderError, InputError, ModelError
from .evaluate import evaluate
from .model import (
    Actor,
    Article,
    CameoCoding,
    Event,
    Location,
    PloverCoding,
    Provenance,
    Quantity,
    Speaker,
)
from .ontology import Ontology, load_ontology
from .read import read_articles

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "CameoCoding",
    "Coder",
    "CoderConfig",
    "ConfigError",
    "DictionaryError",
    "Event",
    "EventCoderError",
    "InputError",
    "Location",
    "ModelError",
    "Ontology",
    "PloverCoding",
    "Provenance",
    "Quantity",
    "Speaker",
    "__version__",
    "evaluate",
    "load_ontology",
    "read_articles",
]

logging.getLogger("eventcoder").addHandler(logging.NullHandler())
