"""Article text with the coded events marked: triggers, sources and targets.

The text is untrusted. :func:`highlight` cuts it at every span boundary and escapes each
piece on its own before wrapping it in markup that this module writes, so nothing in the
text can open a tag. Overlapping spans are fine: each piece is marked with the most
important role that covers it (trigger, then source, then target) and its tooltip names
them all.

>>> str(highlight("Russia accused Ukraine.", [Span(7, 14, "trigger", "m1", "112")]))
'Russia <a class="hl-link" href="#ev-m1"><mark class="hl hl-trigger" title="112">accused</mark></a> Ukraine.'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

KINDS = ("trigger", "source", "target")


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` plays ``kind`` ("trigger", "source" or "target") in the event
    whose card has the anchor ``ev-{ref}``; ``title`` says which event."""

    start: int
    end: int
    kind: str
    ref: str
    title: str


@dataclass(frozen=True)
class Sentence:
    """An evidence sentence at ``text[start:end]``, given the anchor ``s{index}``."""

    index: int
    start: int
    end: int


def _offsets(value: Any) -> tuple[int, int] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, int) for v in value):
        return int(value[0]), int(value[1])
    return None


def record_spans(record: Mapping[str, Any], ref: str) -> list[Span]:
    """The trigger, source and target spans of one event record (a dict as stored in the
    ``mentions`` table or ``Event.to_dict()``)."""
    pv = record.get("provenance") or {}
    cameo = record.get("cameo") or {}
    src = (record.get("source") or {}).get("code") or "?"
    tgt = (record.get("target") or {}).get("code") or "-"
    what = f"{src} \u2192 {tgt}, CAMEO {cameo.get('code', '?')} {cameo.get('name', '')}".strip()
    out = []
    for kind, key in (("trigger", "trigger_offsets"), ("source", "source_offsets"), ("target", "target_offsets")):
        off = _offsets(pv.get(key))
        if off is not None:
            out.append(Span(off[0], off[1], kind, ref, f"{kind} of {what}"))
    return out


def locate_sentences(text: str, sentences: Iterable[tuple[int, str]],
                     hints: Mapping[int, int]) -> list[Sentence]:
    """Where each ``(index, sentence text)`` is in ``text``: the occurrence that contains
    ``hints[index]`` (a trigger offset), else the first; sentences not found are left out."""
    out = []
    for index, sent in sentences:
        sent = sent.strip()
        if not sent:
            continue
        hint = hints.get(index)
        found, at = -1, text.find(sent)
        while at >= 0:
            found = at if found < 0 else found
            if hint is not None and at <= hint < at + len(sent):
                found = at
                break
            at = text.find(sent, at + 1)
        if found >= 0:
            out.append(Sentence(index, found, found + len(sent)))
    out.sort(key=lambda s: s.start)
    kept: list[Sentence] = []
    for s in out:  # sentences never overlap; if two claim the same text, the first wins
        if not kept or s.start >= kept[-1].end:
            kept.append(s)
    return kept


def highlight(text: str, spans: Sequence[Span], sentences: Sequence[Sentence] = ()) -> Markup:
    """``text`` escaped, with ``<mark>`` around every span (triggers inside a link to their
    event card) and ``<span class="sent" id="s{index}">`` around every sentence."""
    n = len(text)
    good = [s for s in spans if 0 <= s.start < s.end <= n and s.kind in KINDS]
    sents = [s for s in sentences if 0 <= s.start < s.end <= n]
    cuts = {0, n}
    for sp in good:
        cuts.update((sp.start, sp.end))
    for se in sents:
        cuts.update((se.start, se.end))
    bounds = sorted(cuts)
    opens = {se.start: se for se in sents}
    closes = {se.end for se in sents}
    out: list[str] = []
    inside = False
    for a, b in zip(bounds, bounds[1:]):
        if a in opens and not inside:
            out.append(f'<span class="sent" id="s{opens[a].index}">')
            inside = True
        piece = str(escape(text[a:b]))
        cover = [sp for sp in good if sp.start <= a and sp.end >= b]
        if cover:
            cover.sort(key=lambda sp: KINDS.index(sp.kind))
            main = cover[0]
            title = str(escape("; ".join(dict.fromkeys(sp.title for sp in cover))))
            mark = f'<mark class="hl hl-{main.kind}" title="{title}">{piece}</mark>'
            if main.kind == "trigger":
                mark = f'<a class="hl-link" href="#ev-{escape(main.ref)}">{mark}</a>'
            piece = mark
        out.append(piece)
        if inside and b in closes:
            out.append("</span>")
            inside = False
    if inside:
        out.append("</span>")
    return Markup("".join(out))
