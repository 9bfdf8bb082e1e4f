"""Typed records: the event schema of ``docs/event-schema.md`` as pydantic models."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Actor(_Record):
    """A coded participant: CAMEO actor code, ISO3 country, CAMEO role."""

    text: str
    code: str | None
    country: str | None = None
    role: str | None = None
    entries: list[str] = Field(
        default_factory=list, description="ids of the dictionary entries that gave the code"
    )
    resolved_from: str | None = None


class CameoCoding(_Record):
    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int


class PloverCoding(_Record):
    event_type: str | None
    mode: str | None = None


class Speaker(_Record):
    text: str
    code: str | None = None
    anonymous: bool = False


class Quantity(_Record):
    value: float
    unit: str
    text: str


class Location(_Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    reason: str | None = Field(None, description="where the place was read: 'clause' or 'dateline'")


class Provenance(_Record):
    """Why the event was coded: the rule, the trigger and the words of each slot."""

    pattern_id: str
    trigger: str
    trigger_offsets: tuple[int, int]
    source_slot: str
    target_slot: str
    source_offsets: tuple[int, int] | None = None
    target_offsets: tuple[int, int] | None = None
    date_reason: str = "article date"
    dictionary_version: str = ""
    model: str = ""


class Event(_Record):
    """One coded event; field names follow the event-schema contract."""

    id: str
    article_id: str
    sentence_index: int
    sentence: str
    date: dt.date | None
    date_precision: str | None = "day"
    date_text: str | None = None
    source: Actor
    target: Actor
    cameo: CameoCoding
    plover: PloverCoding
    negated: bool = False
    hypothetical: bool = False
    speaker: Speaker | None = None
    quantities: list[Quantity] = Field(default_factory=list)
    location: Location | None = None
    confidence: float = 0.5
    provenance: Provenance

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready record (dates as ISO strings)."""
        return self.model_dump(mode="json")


def event_id(article_id: str, sentence_index: int, source: str, target: str, code: str) -> str:
    """Stable id: a hash of article id, sentence index, source, target and code."""
    key = f"{article_id}\x1f{sentence_index}\x1f{source}\x1f{target}\x1f{code}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def text_id(text: str) -> str:
    """The article id used when the caller gives none: a hash of the text."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]



class Article(_Record):
    """A document to code."""

    id: str
    text: str
    date: dt.date | None = None
    title: str | None = None
    meta: dict[str, Any] = Field(default_factory=dict)
