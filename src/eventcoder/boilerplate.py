"""Removing a scraped page's furniture (masthead, captions, credits, related headlines,
"Read more" lists, reader prompts) from plain text before coding.

Removed lines are blanked, not deleted: the cleaned text has the length of the input, so
every character offset of an event still points into the text the user gave. The
headline is kept (it is part of the story and may carry an event) and reported as the
page's title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ._schemas import BoilerplateFile

_FINAL = re.compile(r"""[.!?…:;]["'”’»)\]]*\s*$|["”’»]\s*$""")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Removed:
    """One removed unit (a line, or a paragraph of hard-wrapped text)."""

    start: int
    end: int
    kind: str  # masthead | caption | byline | prompt | related | furniture
    text: str


@dataclass(frozen=True, slots=True)
class Page:
    """A page with its furniture blanked out."""

    text: str
    title: str | None
    removed: tuple[Removed, ...]
    original: str = ""  # the same text without the blanking (offsets agree); "" = unchanged
    wrapped: bool = False  # hard-wrapped text: its lines are cut at a fixed width


@dataclass(frozen=True, slots=True)
class _Unit:
    start: int
    end: int
    text: str  # stripped

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))

    @property
    def is_body(self) -> bool:
        """A paragraph of running text: ends like a sentence and is not a few words."""
        return self.words >= 6 and bool(_FINAL.search(self.text))


class Boilerplate:
    """The compiled rules of one boilerplate file."""

    def __init__(self, rules: BoilerplateFile) -> None:
        def comp(xs: list[str]) -> re.Pattern[str]:
            return re.compile("|".join(f"(?:{x})" for x in xs))

        self.caption_label = comp(rules.caption_label)
        self.caption_credit = comp(rules.caption_credit)
        self.byline = comp(rules.byline)
        self.prompt = comp(rules.prompt)
        self.related = comp(rules.related_marker)
        self.masthead = comp(rules.masthead)

    def remove(self, text: str) -> Page:
        """Blank out the furniture of ``text``; short texts (under three lines) pass as they are."""
        wrapped = looks_hard_wrapped(text)
        units = _units(text, wrapped)
        if len(units) < 3:
            return Page(text, None, (), wrapped=wrapped)
        kinds: dict[int, str] = {}
        for k, u in enumerate(units):
            kind = self._marked(u)
            if kind:
                kinds[k] = kind
        # a "Read more:" line takes the headlines after it with it
        for k in range(len(units)):
            if kinds.get(k) == "related":
                j = k + 1
                while j < len(units) and not units[j].is_body and j not in kinds:
                    kinds[j] = "related"
                    j += 1
        body = [k for k, u in enumerate(units) if u.is_body and k not in kinds]
        title: str | None = None
        if len(body) >= 2:
            first = body[0]
            # before the story: masthead, menus, date lines, the headline
            candidates = []
            for k in range(first):
                if k in kinds:
                    continue
                u = units[k]
                if self.masthead.search(u.text) or u.words < 3:
                    kinds[k] = "masthead"
                elif u.words <= 30:
                    candidates.append(k)
            if candidates:
                # the headline is the longest line; a short name in title case above it is
                # the paper's ("The Daily Meridian")
                best = max(candidates, key=lambda k: (units[k].words, -k))
                title = units[best].text
                for k in candidates:
                    if k < best and units[k].words <= 5 and all(w[:1].isupper() for w in _WORD.findall(units[k].text)):
                        kinds[k] = "masthead"
            # inside the story: a headline-like line between paragraphs is another story's
            for k in range(first + 1, len(units)):
                if k in kinds or units[k].is_body:
                    continue
                u = units[k]
                if u.words < 3 and not any(ch.isdigit() for ch in u.text):
                    kinds[k] = "furniture"  # "Advertisement", "Share", a stray word
                    continue
                if not u.text[:1].isupper() or u.words > 16 or u.text.endswith(":"):
                    continue  # a broken-off sentence, a long list item: keep
                if _introduces_list(units, k):
                    continue  # an item of a list the story announces ("...are:")
                kinds[k] = "related"
        if not kinds:
            return Page(text, title, (), wrapped=wrapped)
        chars = list(text)
        removed = []
        for k in sorted(kinds):
            u = units[k]
            for i in range(u.start, u.end):
                if chars[i] != "\n":
                    chars[i] = " "
            removed.append(Removed(u.start, u.end, kinds[k], u.text))
        return Page("".join(chars), title, tuple(removed), wrapped=wrapped)

    def _marked(self, u: _Unit) -> str | None:
        """The kind of a unit that a rule names, whatever its place on the page."""
        t = u.text
        if u.words > 60:
            return None  # a real paragraph, however it starts
        if self.related.match(t):
            return "related"
        if self.caption_label.match(t) or (self.caption_credit.search(t) and not _FINAL.search(t)):
            return "caption"
        if u.words <= 40 and self.byline.search(t):
            return "byline"
        if u.words <= 40 and self.prompt.search(t):
            return "prompt"
        return None


def _introduces_list(units: list[_Unit], k: int) -> bool:
    """True when unit ``k`` is in a run of short lines that follows a line ending in ':'."""
    j = k - 1
    while j >= 0 and not units[j].is_body and not units[j].text.endswith(":"):
        j -= 1
    return j >= 0 and units[j].text.endswith(":")


def looks_hard_wrapped(text: str) -> bool:
    """True for text broken into lines of a fixed width (wire archives, e-mail), where a
    line break does not end a paragraph."""
    lines = [ln.rstrip() for ln in text.splitlines() if ln.strip()]
    if len(lines) < 4:
        return False
    widest = max(len(ln) for ln in lines)
    if widest > 100:
        return False
    long = sum(1 for ln in lines if len(ln) >= 0.8 * widest)
    unfinished = sum(1 for ln in lines if not _FINAL.search(ln))
    continued = sum(1 for ln in lines if ln.lstrip()[:1].islower())  # "...east of\nBasra" / "of\nthe"
    n = len(lines)
    return long >= 0.5 * n and unfinished >= 0.5 * n and continued >= 0.25 * n


def _units(text: str, wrapped: bool) -> list[_Unit]:
    """Lines, or paragraphs (runs of lines up to a blank or indented line) when the text
    is hard-wrapped."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    if wrapped:
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            line = text[s:e]
            new_para = not line.strip() or line[:1] in " \t" or not merged
            if not new_para and merged and not text[merged[-1][0]:merged[-1][1]].strip():
                new_para = True
            if new_para:
                merged.append((s, e))
            else:
                merged[-1] = (merged[-1][0], e)
        spans = merged
    out = []
    for s, e in spans:
        seg = text[s:e]
        if seg.strip():
            lead = len(seg) - len(seg.lstrip())
            out.append(_Unit(s + lead, s + len(seg.rstrip()), " ".join(seg.split())))
    return out
