"""Text clean-up before parsing: Unicode repair, HTML entities and datelines."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")
# "Israel #39;s", "the quot;capacity to absorb quot; Turkey" in scraped feeds (the "&" lost)
_BROKEN_ENTITY = re.compile(r"\s?#(39|34|146|147|148|150|151);|(?<![&\w;])(quot);|\s?(?<![&\w;])(amp);")
_BROKEN = {"39": "'", "34": '"', "146": "'", "147": '"', "148": '"', "150": "-", "151": "-", "quot": '"', "amp": "&"}
_TAGS = re.compile(r"</?(?:b|i|em|strong|br|p|span|a)(?:\s[^<>]{0,200})?/?>", re.I)

_DATE = r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"  # "Sept. 7, 2004"
AGENCIES = r"AFP|AP|Reuters|REUTERS|dpa|DPA|AFX|UPI|Xinhua|XINHUA|ANSA|Ansa|Interfax|TASS|Tass|CP|PA|IANS|PTI|Bernama|Kyodo|Yonhap|KUNA|WAFA|APA|IRNA|MENA|SPA|BNA|Anadolu|NNA"
# "BAGHDAD, Iraq - ", "GAZA CITY, Gaza Strip (AFP) -- ", "THE HAGUE, Netherlands — ",
# "KHARTOUM/NAIROBI (Reuters) - ", "Reuters - ", "LYON: "
_DATELINE_BODY = (
    r"(?:(?P<place>[A-Z][A-Z.'’/\- ]{1,40}[A-Z.])(?:,\s*(?P<region>[A-Z][A-Za-z.'’\- ]{1,40}?))?"
    r"(?:,?\s+" + _DATE + r")?"
    r"\s*(?:\((?P<agency>[A-Za-z .&-]{1,30})\))?\s*(?:—|–|--|-|:)\s+"
    r"|(?P<agency2>" + AGENCIES + r")\s*(?:—|–|--|-)\s+)"
)
_DATELINE = re.compile(r"^(?P<lead>[ \t]*)" + _DATELINE_BODY, re.M)
# a headline run into its story ("... Wound 13. WASHINGTON, Sept. 30, 2004 -- A series ..."):
# an upper-case dateline with its dash right after a sentence's end
_RUN_IN = re.compile(r"(?<=[.!?])[ \t]{1,3}(?=[A-Z]{3})")
_RUN_IN_DATELINE = re.compile(r"(?P<lead>)(?=[A-Z]{3})" + _DATELINE_BODY)


# "Beijing - Chinese police ...": a dateline in title case, taken only for a known place
_TITLE_DATELINE = re.compile(
    r"^(?P<lead>[ \t]*)(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s*(?P<region>[A-Z][A-Za-z. -]{1,30}?))?"
    r"(?:,?\s+" + _DATE + r")?\s*(?:\((?P<agency>[A-Za-z .&-]{1,30})\))?\s+(?:—|–|--|-)\s+",
    re.M,
)

_NOT_PLACES = {"NATO", "UN", "EU", "US", "UK", "AU", "WHO", "IAEA", "OPEC", "ASEAN", "ICC", "IMF",
               "UPDATE", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "WATCH", "VIDEO", "PHOTOS"}


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int
    end: int
    place: str | None
    region: str | None
    date: str | None = None  # "May 4, 2023" in "KHARTOUM, May 4, 2023 - "


def clean_text(text: str) -> str:
    """Replace lone surrogates (from broken JSON escapes) so the text is valid Unicode."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def normalize(text: str) -> str:
    """Valid Unicode, HTML entities decoded, stray inline tags dropped; same text otherwise."""
    text = clean_text(text)
    if "#" in text or "quot;" in text or "amp;" in text:
        text = _BROKEN_ENTITY.sub(lambda m: _BROKEN[m.group(1) or m.group(2) or m.group(3)], text)
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)
    if "<" in text:
        text = _TAGS.sub("", text)
    return text.replace("\u00a0", " ")


def datelines(text: str, is_place: Callable[[str], bool] | None = None) -> list[Dateline]:
    """Datelines at the start of the text or of a paragraph; ``is_place`` confirms the
    place of a dateline in title case ("Beijing - ...")."""
    out = []
    if is_place is not None:
        for m in _TITLE_DATELINE.finditer(text):
            if (m.start() and text[m.start() - 1] != "\n") or not is_place(m.group("place")):
                continue
            out.append(Dateline(m.start() + len(m.group("lead")), m.end(), m.group("place"), m.group("region"),
                                m.group("date")))
    for m in _DATELINE.finditer(text):
        if any(d.start <= m.start() + len(m.group("lead")) < d.end for d in out):
            continue
        if m.start() and text[m.start() - 1] != "\n":
            continue
        place = m.group("place")
        if place and (len(place) < 3 or place.isdigit() or place in _NOT_PLACES):
            continue
        out.append(Dateline(m.start() + len(m.group("lead")), m.end(), place, m.group("region"), m.group("date")))
    if is_place is None:
        return out
    for gap in _RUN_IN.finditer(text):
        run_in = _RUN_IN_DATELINE.match(text, gap.end())
        if run_in is None:
            continue
        place = run_in.group("place")
        if (not place or len(place) < 3 or place in _NOT_PLACES
                or any(d.start <= run_in.start() < d.end for d in out)
                or not is_place(place.split("/")[0].strip().title())):
            continue  # only a known place makes a dateline inside a paragraph
        out.append(Dateline(run_in.start(), run_in.end(), place, run_in.group("region"), run_in.group("date")))
    return out


def mask_datelines(text: str, is_place: Callable[[str], bool] | None = None) -> tuple[str, list[Dateline]]:
    """The text with its datelines blanked out (same length, so offsets still point into
    the original) and the datelines found."""
    found = sorted(datelines(text, is_place), key=lambda d: d.start)
    if not found:
        return text, []
    chars = list(text)
    for d in found:
        for i in range(d.start, d.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars), found
