"""The one configuration object a Coder is built from (validated, picklable)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from .nlp import DEFAULT_MODEL


class CoderConfig(BaseModel):
    """Settings of a :class:`~eventcoder.Coder`.

    ``dictionaries`` are user YAML files; each declares what it holds by its top-level
    key (``countries``, ``organisations``, ``agents``, ``people`` or ``patterns``) and
    overrides built-in entries with the same phrase or pattern id.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = Field(DEFAULT_MODEL, description="name of an installed spaCy pipeline")
    dictionaries: tuple[Path, ...] = ()
    only_dictionaries: bool = False
    batch_size: int = Field(32, ge=1, le=10_000)
    require_target: bool = Field(
        True, description="drop events whose target cannot be read from the sentence"
    )
    statements: bool = Field(
        False, description="code a bare public statement ('X said ...') as CAMEO 010, as human "
        "coders do; off by default: the statement's speaker is recorded on the events it reports"
    )
    role_only_dyads: bool = Field(
        False, description="keep events where neither side has a country or organisation"
    )
    max_sentence_tokens: int = Field(
        120, ge=10, description="sentences longer than this are skipped (parse too unreliable)"
    )
    strip_boilerplate: bool = Field(
        True, description="blank out a scraped page's masthead, captions, credits, related "
        "headlines and reader prompts before coding"
    )
    chunk_chars: int = Field(100_000, ge=1_000, description="texts are parsed in pieces this size")
