"""Event dates and quantities read from the words around a trigger."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .model import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200,
    "thousands": 2000,
}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}


def _date_tokens(trig: Token, sent: Span, ents: list[Span] | None = None) -> list[Span]:
    """DATE entities that belong to the trigger's clause (not to another verb's)."""
    from .slots import clause_verb

    v = clause_verb(trig)
    out = []
    for ent in sent.ents if ents is None else ents:
        if ent.label_ != "DATE":
            continue
        t = ent.root
        for _ in range(4):
            if t.i in (v.i, trig.i):
                out.append(ent)
                break
            if t.head.i == t.i:
                break
            t = t.head
    return out


def event_date(
    trig: Token, sent: Span, article_date: dt.date | None, ents: list[Span] | None = None,
    forward: bool = False,
) -> tuple[dt.date | None, str | None, str | None, str]:
    """(date, precision, raw text, reason) for the event at ``trig``."""
    if article_date is None:
        return None, None, None, "no article date"
    t = trig
    for _ in range(3):
        for ent in _date_tokens(t, sent, ents):
            resolved = resolve_relative(ent.text, article_date, forward=forward)
            if resolved is not None:
                d, prec = resolved
                return d, prec, ent.text, "resolved from text"
        # "bombed Idlib on Wednesday, killing 12": the participle shares the date
        if t.dep_ in {"advcl", "conj", "xcomp"} and t.head.i != t.i:
            t = t.head
        else:
            break
    return article_date, "day", None, "article date"


def resolve_relative(text: str, ref: dt.date, forward: bool = False) -> tuple[dt.date, str] | None:
    """Resolve 'Friday', 'yesterday', 'last week', 'on March 3' against ``ref``.

    Past by default (news reports what happened); ``forward`` for announced or planned
    events ("will visit on Friday" is the coming Friday)."""
    s = text.lower().strip()
    words = re.findall(r"[a-z]+|\d+", s)
    if not words:
        return None
    if "yesterday" in words:
        return ref - dt.timedelta(days=1), "day"
    if "tomorrow" in words:
        return ref + dt.timedelta(days=1), "day"
    monday = ref - dt.timedelta(days=ref.weekday())  # a week is dated by its Monday
    if "next" in words and "week" in words:
        return monday + dt.timedelta(days=7), "week"
    if "next" in words and "month" in words:
        nxt = (ref.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt, "month"
    if "today" in words or s in {"this morning", "this afternoon", "this evening", "tonight"}:
        return ref, "day"
    for i, wd in enumerate(WEEKDAYS):
        if wd in words:
            delta = (ref.weekday() - i) % 7
            if "next" in words or (forward and "last" not in words):
                delta = -((i - ref.weekday()) % 7 or (7 if "next" in words else 0))
            elif "last" in words and delta == 0:
                delta = 7
            return ref - dt.timedelta(days=delta), "day"
    if "week" in words and ("last" in words or "past" in words or "previous" in words):
        return monday - dt.timedelta(days=7), "week"
    if "this week" in s:
        return monday, "week"
    if "last" in words and "month" in words:
        first = ref.replace(day=1) - dt.timedelta(days=1)
        return first.replace(day=1), "month"
    if "last" in words and "year" in words:
        return dt.date(ref.year - 1, 1, 1), "year"
    m = re.fullmatch(r"(?:in |since |by |from |until )?((?:19|20)\d\d)", s)
    if m:
        return dt.date(int(m.group(1)), 1, 1), "year"
    return _parsed(s, ref, forward)


_LEAD = re.compile(r"^(?:on|in|since|by|from|until|till|as of|during|before|after|early|late|mid|the)[\s-]+")


def _parsed(s: str, ref: dt.date, forward: bool) -> tuple[dt.date, str] | None:
    """Calendar dates and distances ("March 3", "Sept. 3, 2025", "3 March", "March 2024",
    "03/04/2025", "three weeks ago") read by dateparser, against the article date."""
    while True:
        t = _LEAD.sub("", s)
        if t == s:
            break
        s = t
    calendar = re.search(r"\b(?:" + "|".join(m[:3] for m in MONTHS) + r")|\b(?:19|20)\d\d\b|\d[/.-]\d", s)
    if not (calendar or s.endswith(" ago")) or re.search(r"\d0s\b", s):
        return None  # "the weekend", "30 days", "the 1990s": no calendar date
    data = _date_parser(ref, forward).get_date_data(s)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period if data.period in {"day", "week", "month", "year"} else "day"
    if period == "year":
        d = d.replace(month=1, day=1)
    elif period == "month":
        d = d.replace(day=1)
    elif period == "week":
        d = d - dt.timedelta(days=d.weekday())
    return d, period


@lru_cache(maxsize=256)
def _date_parser(ref: dt.date, forward: bool) -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day),
        "PREFER_DATES_FROM": "future" if forward else "past",
        "PREFER_DAY_OF_MONTH": "first",
    })


_QUANTITY_DEPS = frozenset({"compound", "quantmod", "nummod"})


def number_tokens(n: Token, deps: frozenset[str]) -> list[Token]:
    """The words of the number ``n`` heads, in text order ("2.5 million", "at least 60" with
    "quantmod" among ``deps``)."""
    return sorted([n, *(c for c in n.children if c.dep_ in deps)], key=lambda x: x.i)


def parse_number(text: str) -> float | None:
    s = text.lower().replace(",", "").replace("$", "").replace("€", "").replace("£", "").strip()
    m = re.fullmatch(r"(\d+(?:\.\d+)?)\s*([a-z]*)", s)
    if m:
        v = float(m.group(1))
        return v * SCALES.get(m.group(2), 1.0)
    total = 0.0
    for w in re.split(r"[\s-]+", s):
        if w in NUMBER_WORDS:
            total = total * NUMBER_WORDS[w] if w == "hundred" and total else total + NUMBER_WORDS[w]
        elif w in SCALES:
            total = (total or 1) * SCALES[w]
        elif w in {"and", "a", "an", "some", "about", "around", "nearly", "over", "more", "than", "at", "least", "up", "to"}:
            continue
        else:
            return None
    return total or None


def quantities_for(
    trig: Token, sent: Span, ents: list[Span] | None = None, skip_units: frozenset[str] = frozenset()
) -> list[Quantity]:
    """Numbers attached to nouns in the trigger's complement ('120 anti-tank missiles');
    nouns in ``skip_units`` (days, percent...) are not counted."""
    from .events import complement_tokens

    out: list[Quantity] = []
    seen: set[int] = set()
    comp = complement_tokens(trig, depth=4) + [trig]
    money = {e.root.i: e for e in (sent.ents if ents is None else ents) if e.label_ == "MONEY"}
    for t in comp:
        if t.i in money and t.i not in seen:
            ent = money[t.i]
            val = parse_number(re.sub(r"^[^\d]*", "", ent.text) or ent.text)
            if val is not None:
                unit = "USD" if "$" in ent.text or "dollar" in ent.text.lower() else "EUR" if "€" in ent.text or "euro" in ent.text.lower() else "GBP" if "£" in ent.text or "pound" in ent.text.lower() else "money"
                out.append(Quantity(value=val, unit=unit, text=ent.text))
                seen.add(t.i)
            continue
        nums = [c for c in t.children if c.dep_ == "nummod"]
        if not nums or t.i in seen:
            continue
        n = nums[0]
        if n.i > t.i or t.ent_type_ in {"DATE", "TIME", "PERCENT"}:
            continue  # "October 2", "2 pm": a date, not a count
        num_toks = number_tokens(n, _QUANTITY_DEPS)
        val = parse_number(" ".join(x.text for x in num_toks))
        if val is None or t.lemma_.lower() in skip_units:
            continue  # "within 30 days" is no quantity of the event
        mods = [c for c in t.children if c.dep_ in {"amod", "compound"} and c.i > n.i]
        start = min([x.i for x in num_toks])
        unit_start = min([m.i for m in mods] + [t.i])
        unit_toks = sent.doc[unit_start : t.i + 1]
        out.append(Quantity(value=val, unit=unit_toks.text, text=sent.doc[start : t.i + 1].text))
        seen.add(t.i)
    return out
