"""Convert PETRARCH / TABARI dictionaries into an eventcoder user dictionary.

``import_petrarch(paths)`` reads the dictionary files of a PETRARCH (1 or 2) or TABARI
installation (directories, files, or both) and returns the records of an eventcoder user
dictionary (the sections ``organisations``, ``people``, ``agents``, ``patterns`` and
``discards`` of :func:`eventcoder.dictionaries.load_user_file`); ``write_yaml`` writes them
out.

Files are recognised by name (``*actors*``, ``*agents*``, ``*verbs*``/``*verbpatterns*``,
``*discards*``) or, for a verb dictionary with another name such as ``CAMEO.2.0.txt``, by
its ``--- NAME [code] ---`` block headers. Comments (``#``, ``;`` and ``<!-- -->``) are
skipped as PETRARCH does.

How the formats map:

* Actors (``NAME [CODE]``, ``+SYNONYM`` lines, date restrictions ``[CODE <date]``,
  ``[CODE >date]``, ``[CODE date-date]``): an entry with dated codes becomes a person whose
  terms are the dated codes (country = first 3 letters, role = the rest); its undated code
  gives the role outside every term. An entry with one undated code becomes an
  organisation with that code (its ``country`` is the first block unless that is a
  transnational or regional prefix such as IGO or AFR, its ``role`` the second block when
  that is a CAMEO role). Dates are YYYYMMDD or YYMMDD (YY 00-30 is 20YY); a restriction's
  end date is inclusive in PETRARCH, so a term ends the day after.
* Agents (``PRESIDENT_ [~GOV]``, ``{PLURAL}``, ``!SUBST!`` sets): one agent per phrase and
  explicit plural; a role of several blocks (``~GOVMED``) keeps its first block.
* Verbs: each ``--- NAME [code] ---`` block gives one pattern per code of its verbs
  (phrasal verbs ``+FIGHT_BACK`` get ``particle: back``); each ``- ... * ... [code]``
  pattern line gives a pattern on the block's verbs whose content words after ``*`` become
  ``requires`` (first word or synset) and ``also_requires`` (second), and the last content
  word before ``*`` ``before`` (``- {DEATH TOLL} * [190]``, ``- SHARPLY * [112]``); a
  verb listed in another form than its base (``RISEN``, ``LEFT``) matches as written; ``+`` marks the target
  (the preposition right before it, else the object); without ``+`` the target is the
  first actor after the verb, as in PETRARCH (``PETRARCH_TARGET``: the object, then the
  objects of prepositions), a bare ``(FROM)`` putting its preposition first; ``$`` after
  ``*`` marks the source and ``%`` a compound subject (``reciprocal: subjects``). A paired
  code ``A:B`` codes A from source to target and B back (``converse: B``); ``A:A`` is
  also reciprocal between compound subjects. A ``[---]`` pattern with one
  content word becomes an ``excludes`` of the block's own pattern; other ``[---]``
  patterns, and patterns whose code is not a CAMEO code (``[911]`` in a test file), become
  patterns with code ``---``: they claim the words they name and code nothing, so that
  the block's own code is not given to a use its author coded otherwise.
* Discards (``PHRASE``, and ``+PHRASE`` for the whole story) become ``discards`` with
  scope ``sentence`` or ``article``.

Anything that cannot be represented is skipped with a warning naming ``file:line``.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ._schemas import (
    NULL_CODE,
    AgentRecord,
    DiscardRecord,
    OrganisationRecord,
    PatternRecord,
    PersonRecord,
)
from .errors import DictionaryError
from .ontology import load_ontology

__all__ = ["ImportResult", "import_petrarch", "write_yaml"]


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ACTOR_CODE = re.compile(r"^[A-Z0-9]{3}(?:[A-Z0-9]{3})*$")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_BRACES = re.compile(r"\{([^}]*)\}")

ROLE_CODES = _wordset(
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG "
    "MED REF MOD RAD PTY PPL"
)
"""CAMEO role (agent) codes: the blocks that follow a country code."""

NON_STATE = _wordset(
    "IGO IMG INT MNC NGM NGO UIS AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT "
    "NAF NMR PGS SCN SAM SAS SEA SAF WAF WST"
)
"""First blocks of transnational and regional codes: no country."""

PREPOSITIONS = _wordset(
    "about above across after against along amid amidst among amongst around as at before behind "
    "below beneath beside besides between beyond by despite down during except for from in inside "
    "into near of off on onto out outside over past per since through throughout to toward towards "
    "under underneath until unto up upon via with within without"
)
PARTICLES = _wordset(
    "up down off out back away in on over forth forward together through along around about aside "
    "apart behind after at with into to for from by against upon onto toward towards"
)
STOPWORDS = _wordset(
    "a an the this that these those it its it's they them their theirs he him his she her hers we "
    "us our i me my you your who whom whose which what where when why how and or but nor so than "
    "then there here is are am was were be been being has have had having do does did doing will "
    "would shall should can could may might must ought also just only very too now again ever "
    "still yet already more most less all any some such own same other another each both either "
    "neither one 's"
)
NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "cannot"})
AFTER_OBJECT = ("from", "by", "of", "with", "obj")
"""Where "$" right after an object word finds the source: "received money from Osgiliath"."""
AFTER_OBJECT_TARGET = ("to", "for", "with", "against", "on", "of", "iobj", "obj")
"""Where "+" right after an object word finds the target: "sent aid to Gondor"."""
PETRARCH_TARGET = ("obj", "iobj", "with", "against", "to", "on", "at", "toward", "towards", "into",
                   "upon", "from", "between", "about", "over", "for", "of", "comp_subj", "in")
"""Where a pattern without ``+`` finds its target: PETRARCH takes the first actor after the
verb in its phrase, so the object, then the objects of the verb's (or its object's)
prepositions, a place named with "in" last."""

_DATE_MIN = dt.date(1, 1, 1)
_NAME_SMALL = _wordset(
    "of the and for in on at to de del della la le les el al des du da di y et von van der bin "
    "ibn bint a an"
)


@dataclass
class ImportResult:
    """What :func:`import_petrarch` produced.

    ``data`` is the YAML-ready user dictionary (``source``, ``version`` and the non-empty
    sections among organisations, people, agents, patterns, discards); ``warnings`` name
    the ``file:line`` of everything skipped or left out (``file:`` alone for a summary);
    ``counts`` holds the number of records per section and of ``warnings``; ``file_counts`` the records each input file gave (before the
    schema check; ``duplicate_patterns`` counts patterns equal to an earlier one);
    ``kinds`` the kind recognised for each file (actors, agents, verbs, discards, issues,
    prepositions).
    """

    data: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    file_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- reading


def _clean_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, text without comments) for every line; comments are ``#``, ``;`` and
    ``<!-- ... -->`` (which may span lines). Empty results are yielded too."""
    in_comment = False
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw
        out = ""
        while line:
            if in_comment:
                end = line.find("-->")
                if end < 0:
                    line = ""
                    break
                line = line[end + 3 :]
                in_comment = False
                continue
            start = line.find("<!")
            if start < 0:
                out += line
                break
            out += line[:start]
            line = line[start + 2 :]
            in_comment = True
        for mark in ("#", ";"):
            cut = out.find(mark)
            if cut >= 0:
                out = out[:cut]
        yield lineno, out.rstrip()


def _classify(path: Path, text: str) -> str | None:
    name = path.name.lower()
    if "issue" in name:
        return "issues"
    if "preposition" in name:
        return "prepositions"
    if "discard" in name:
        return "discards"
    if "agent" in name:
        return "agents"
    if "actor" in name:
        return "actors"
    if "verb" in name:
        return "verbs"
    if re.search(r"^---.*\[[^\]]*\].*---", text, re.MULTILINE):
        return "verbs"
    return None


_SUFFIXES = {".txt", ".actors", ".agents", ".verbs", ".discards", ".dict", ""}


# --------------------------------------------------------------------------- names


_HONORIFICS = _wordset("mr mrs ms dr st jr sr gen col lt sgt capt maj sen rep gov")


def _case_word(w: str, first: bool) -> str:
    low = w.lower()
    if low in _NAME_SMALL and not first:
        return low
    letters = w.replace(".", "")
    if "." in w:  # initials and abbreviations: U.S., W., Gov.
        if len(letters) <= 2 or w.count(".") > 1:
            return w
        return w[:1].upper() + w[1:].lower()
    if any(ch.isdigit() for ch in w):
        return w
    if low in _HONORIFICS:
        return w[:1].upper() + w[1:].lower()
    if len(w) <= 2 or not re.search(r"[AEIOUYaeiouy]", w):  # US, UN, PKK: acronyms
        return w
    return "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))


def _display(phrase: str) -> list[str]:
    """Readable names of a PETRARCH phrase: ``UNITED_STATES_`` -> ``United States``; a
    parenthesised acronym becomes a name of its own; a short one-word name (``IMF``) stays
    upper-case so that eventcoder matches it as an acronym."""
    s = phrase.replace("_", " ").strip().lstrip("+").strip()
    extra: list[str] = []
    m = re.search(r"\(([^)]*)\)", s)
    if m:
        inner = m.group(1).strip()
        if inner:
            extra.append(inner)
        s = (s[: m.start()] + " " + s[m.end() :]).strip()
    words = s.split()
    if len(words) > 1 and words[0].upper() == "THE":
        words = words[1:]
    out: list[str] = []
    if words:
        if len(words) == 1 and len(words[0]) <= 3 and words[0].isupper():
            out.append(words[0])
        else:
            out.append(" ".join(_case_word(w, i == 0) for i, w in enumerate(words)))
    for e in extra:
        out.extend(_display(e))
    return list(dict.fromkeys(x for x in out if x))


# --------------------------------------------------------------------------- dates and codes


def _date(s: str) -> dt.date:
    if not s.isdigit() or len(s) not in (6, 8):
        raise ValueError(f"bad date {s!r} (expected YYYYMMDD or YYMMDD)")
    if len(s) == 6:
        yy = int(s[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        return dt.date(year, int(s[2:4]), int(s[4:6]))
    return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))


@dataclass
class _Code:
    line: int
    code: str  # upper-case; "---" is the null code
    start: dt.date | None = None
    end: dt.date | None = None  # exclusive

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None


def _parse_actor_code(content: str, line: int) -> _Code:
    """``USAGOV >20090120`` / ``HOB < 950601`` / ``USAELI 20010120-20090120`` / ``ISR``."""
    content = content.strip()
    m = re.match(r"^([^\s<>]+)?\s*(.*)$", content)
    assert m is not None
    code, rest = (m.group(1) or ""), m.group(2).replace(" ", "")
    if code and re.fullmatch(r"[\d\-]+", code) and code != "---":
        raise ValueError(f"date restriction without a code: [{content}]")
    if not code:
        raise ValueError(f"no code in [{content}]")
    c = _Code(line, code.upper())
    if not rest:
        return c
    one_day = dt.timedelta(days=1)
    if rest.startswith("<"):
        c.start, c.end = _DATE_MIN, _date(rest[1:]) + one_day
    elif rest.startswith(">"):
        c.start = _date(rest[1:])
    elif "-" in rest:
        a, _, b = rest.partition("-")
        c.start, c.end = _date(a), _date(b) + one_day
        if c.end <= c.start:
            raise ValueError(f"restriction ends before it starts: [{content}]")
    else:
        raise ValueError(f"unreadable date restriction [{content}]")
    return c


# --------------------------------------------------------------------------- the importer


class _Importer:
    def __init__(self) -> None:
        self.warnings: list[str] = []
        self.orgs: list[tuple[str, dict[str, Any]]] = []
        self.people: list[tuple[str, dict[str, Any]]] = []
        self.agents: list[tuple[str, dict[str, Any]]] = []
        self.patterns: list[tuple[str, dict[str, Any]]] = []
        self.discards: list[tuple[str, dict[str, Any]]] = []
        self._discard_seen: set[tuple[str, str]] = set()
        self.file_counts: dict[str, dict[str, int]] = {}
        self._agent_seen: dict[str, str] = {}
        self._pattern_keys: dict[tuple[Any, ...], dict[str, Any]] = {}
        self._block_counter: dict[str, int] = {}
        self._codes = set(load_ontology().codes())
        self._fname = ""

    def warn(self, line: int | None, msg: str) -> None:
        where = f"{self._fname}:{line}" if line is not None else self._fname
        self.warnings.append(f"{where}: {msg}")

    def count(self, key: str, n: int = 1) -> None:
        fc = self.file_counts.setdefault(self._fname, {})
        fc[key] = fc.get(key, 0) + n

    # ----------------------------------------------------------------------- actors
    def read_actors(self, text: str) -> None:
        entry: dict[str, Any] | None = None
        for lineno, line in _clean_lines(text):
            s = line.strip()
            if not s:
                continue
            if "---STOP---" in s:
                break
            if s.count("[") != s.count("]"):
                self.warn(lineno, f"unbalanced brackets, line skipped: {s!r}")
                continue
            brackets = _BRACKET.findall(s)
            words = _BRACKET.sub(" ", s).strip()
            if s.startswith("+") or (s.startswith("[") and not words):
                if entry is None:
                    self.warn(lineno, "synonym or code before any actor entry, skipped")
                    continue
                if s.startswith("+"):
                    entry["synonyms"].extend(p for p in words[1:].split("+") if p.strip())
            elif entry is not None and not entry["codes"] and words:
                # PETRARCH: a name line that follows a name without codes shares its codes
                entry["synonyms"].append(words)
            else:
                if entry is not None:
                    self._finish_actor(entry)
                entry = {"line": lineno, "name": words, "synonyms": [], "codes": []}
            for b in brackets:
                try:
                    entry["codes"].append(_parse_actor_code(b, lineno))
                except ValueError as exc:
                    self.warn(lineno, f"{exc}; restriction skipped")
        if entry is not None:
            self._finish_actor(entry)

    def _finish_actor(self, entry: dict[str, Any]) -> None:
        line: int = entry["line"]
        names: list[str] = []
        for phrase in [entry["name"], *entry["synonyms"]]:
            names.extend(_display(phrase))
        names = list(dict.fromkeys(names))
        if not names:
            self.warn(line, "actor entry without a name, skipped")
            return
        codes: list[_Code] = entry["codes"]
        if not codes:
            self.warn(line, f"actor {entry['name']!r} has no code, skipped")
            return
        valid: list[_Code] = []
        for c in codes:
            if c.code == "---":
                if c.dated:
                    self.warn(c.line, f"{entry['name']!r}: null code [---] for a period cannot be "
                              "represented, restriction dropped")
                elif not any(x.dated for x in codes):
                    self.warn(c.line, f"{entry['name']!r} is coded [---] (never an actor): eventcoder "
                              "user dictionaries cannot block a name, skipped")
                else:
                    self.warn(c.line, f"{entry['name']!r}: null default code [---] cannot be "
                              "represented, outside the dated terms the role is ELI")
                continue
            if not _ACTOR_CODE.match(c.code):
                self.warn(c.line, f"{entry['name']!r}: code {c.code!r} is not a CAMEO actor code "
                          "(upper-case blocks of 3), dropped")
                continue
            valid.append(c)
        if not valid:
            return
        dated = [c for c in valid if c.dated]
        default = [c for c in valid if not c.dated]
        for extra in default[1:]:
            self.warn(extra.line, f"{entry['name']!r}: second undated code {extra.code!r} ignored "
                      f"(first: {default[0].code!r})")
        origin = f"{self._fname}:{line}"
        if not dated:
            code = default[0].code
            first = code[:3]
            rec: dict[str, Any] = {"code": code, "name": names[0]}
            if len(names) > 1:
                rec["names"] = names[1:]
            if first not in NON_STATE:
                rec["country"] = first
                if code[3:6] in ROLE_CODES:
                    rec["role"] = code[3:6]
            self.orgs.append((origin, rec))
            self.count("organisations")
            return
        self._person(entry, names, dated, default[0] if default else None, origin)

    def _person(self, entry: dict[str, Any], names: list[str], dated: list[_Code],
                default: _Code | None, origin: str) -> None:
        terms: list[dict[str, Any]] = []
        for c in dated:
            if c.code in ROLE_CODES:
                self.warn(c.line, f"{entry['name']!r}: dated code {c.code!r} has no country, dropped")
                continue
            assert c.start is not None
            terms.append({"office": c.code, "country": c.code[:3], "role": c.code[3:],
                          "start": c.start, "end": c.end})
        if not terms:
            return
        rec: dict[str, Any] = {"name": names[0]}
        if len(names) > 1:
            rec["aliases"] = names[1:]
        countries = {t["country"] for t in terms}
        if default is not None:
            d = default.code
            if d in ROLE_CODES:
                rec["outside_role"] = d
            elif d[:3] in countries:
                rec["outside_role"] = d[3:]
            else:
                ends = [t["end"] for t in terms]
                starts = [t["start"] for t in terms]
                if all(e is not None for e in ends):
                    terms.append({"office": d, "country": d[:3], "role": d[3:],
                                  "start": max(e for e in ends if e is not None), "end": None})
                elif min(starts) > _DATE_MIN:
                    terms.append({"office": d, "country": d[:3], "role": d[3:],
                                  "start": _DATE_MIN, "end": min(starts)})
                else:
                    self.warn(default.line, f"{entry['name']!r}: default code {d!r} of another "
                              "country than the dated codes cannot be placed in time, dropped")
        rec["terms"] = terms
        rec["source"] = f"PETRARCH {origin}"
        self.people.append((origin, rec))
        self.count("people")

    # ----------------------------------------------------------------------- agents
    def read_agents(self, text: str) -> None:
        subs: dict[str, list[str]] = {}
        several = 0
        for lineno, line in _clean_lines(text):
            s = line.strip()
            if not s:
                continue
            m = re.match(r"^(![A-Za-z0-9_]+!)\s*=\s*(.*)$", s)
            if m:
                subs[m.group(1).upper()] = [x.strip() for x in m.group(2).split(",") if x.strip()]
                continue
            brackets = _BRACKET.findall(s)
            if not brackets:
                self.warn(lineno, f"agent without a code, skipped: {s!r}")
                continue
            raw_code = brackets[-1].replace(" ", "").upper()
            role_full = raw_code.replace("~", "")
            role = role_full[:3]
            if "~" not in raw_code or not re.fullmatch(r"[A-Z]{3}", role) or len(role_full) % 3:
                self.warn(lineno, f"agent code [{brackets[-1].strip()}] is not a role like ~GOV or "
                          "NGO~, skipped")
                continue
            if len(role_full) > 3:
                several += 1
            body = _BRACKET.sub(" ", s)
            plurals = [p for p in _BRACES.findall(body) if p.strip()]
            head = _BRACES.sub(" ", body).strip()
            if not head:
                self.warn(lineno, "agent without a phrase, skipped")
                continue
            for phrase in [head, *plurals]:
                for text_ in self._substitute(phrase, subs, lineno):
                    words = text_.replace("_", " ").lower().split()
                    if not words:
                        continue
                    agent = " ".join(words)
                    if agent in self._agent_seen:
                        if self._agent_seen[agent] != role:
                            self.warn(lineno, f"agent {agent!r} already has role "
                                      f"{self._agent_seen[agent]}; {role} ignored")
                        continue
                    self._agent_seen[agent] = role
                    self.agents.append((f"{self._fname}:{lineno}", {"text": agent, "role": role}))
                    self.count("agents")
        if several:
            self.warn(None, f"{several} agent codes of several blocks (e.g. ~GOVMED) kept only "
                      "their first block: eventcoder agent roles are one 3-letter code")

    def _substitute(self, phrase: str, subs: dict[str, list[str]], line: int) -> list[str]:
        m = re.search(r"![A-Za-z0-9_]+!", phrase)
        if not m:
            return [phrase]
        key = m.group(0).upper()
        if key not in subs:
            self.warn(line, f"undefined substitution set {m.group(0)}, agent skipped")
            return []
        out: list[str] = []
        for item in subs[key]:
            out.extend(self._substitute(phrase[: m.start()] + item + phrase[m.end() :], subs, line))
        return out

    # ----------------------------------------------------------------------- discards
    def read_discards(self, text: str) -> None:
        for lineno, line in _clean_lines(text):
            s = line.strip()
            if not s:
                continue
            scope = "article" if s.startswith("+") else "sentence"
            phrase = " ".join(s.lstrip("+").replace("_", " ").split())
            if not phrase:
                continue
            if (phrase.lower(), scope) in self._discard_seen:
                continue
            self._discard_seen.add((phrase.lower(), scope))
            rec: dict[str, Any] = {"text": phrase, "scope": scope,
                                   "note": f"PETRARCH discard {self._fname}:{lineno}"}
            self.discards.append((f"{self._fname}:{lineno}", rec))
            self.count("discards")

    # ----------------------------------------------------------------------- verbs
    def read_verbs(self, text: str) -> None:
        lines = list(_clean_lines(text))
        self._synsets = self._read_synsets(lines)
        self._paired: set[str] = set()  # paired codes A:B whose B is not CAMEO's
        block: dict[str, Any] | None = None
        mode: str | None = None
        transformations = 0
        for lineno, line in lines:
            s = line.strip()
            if not s:
                continue
            if s.startswith("&"):
                if block is not None:
                    self._finish_block(block)
                    block = None
                mode = "synset"
                continue
            if s.startswith("~"):  # PETRARCH 2 transformation rules
                if block is not None:
                    self._finish_block(block)
                    block = None
                mode = None
                transformations += 1
                continue
            if s.startswith("---"):
                if block is not None:
                    self._finish_block(block)
                block = self._start_block(s, lineno)
                mode = "block"
                continue
            if mode == "synset" and s.startswith("+"):
                continue
            if block is None:
                self.warn(lineno, f"line outside a verb block, skipped: {s!r}")
                continue
            mode = "block"
            if s.startswith("-"):
                block["patterns"].append((lineno, s))
            else:
                block["verbs"].append((lineno, s))
        if block is not None:
            self._finish_block(block)
        if transformations:
            self.warn(None, f"{transformations} transformation rules (~ ...) not imported: "
                      "eventcoder has no counterpart")
        if self._paired:
            self.warn(None, f"{len(self._paired)} paired codes A:B whose B is not a CAMEO "
                      "code keep only A")

    def _read_synsets(self, lines: list[tuple[int, str]]) -> dict[str, list[str]]:
        raw: dict[str, list[str]] = {}
        current: list[str] | None = None
        for _lineno, line in lines:
            s = line.strip()
            if not s:
                continue
            if s.startswith("&"):
                name = s.split()[0][1:].rstrip("_").upper()
                current = raw.setdefault(name, [])
            elif s.startswith("+") and current is not None:
                current.append(s[1:].strip())
            else:
                current = None

        resolved: dict[str, list[str]] = {}

        def resolve(name: str, seen: frozenset[str]) -> list[str]:
            if name in resolved:
                return resolved[name]
            out: list[str] = []
            for member in raw.get(name, []):
                if member.startswith("&"):
                    sub = member[1:].rstrip("_").upper()
                    if sub in raw and sub not in seen:
                        out.extend(resolve(sub, seen | {sub}))
                else:
                    out.append(member)
            resolved[name] = out
            return out

        for name in raw:
            resolve(name, frozenset({name}))
        return resolved

    def _start_block(self, s: str, lineno: int) -> dict[str, Any]:
        inner = s.strip("-").strip()
        brackets = _BRACKET.findall(inner)
        name = _BRACKET.sub(" ", inner).strip() or f"block{lineno}"
        key = re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or f"block{lineno}"
        code = brackets[0].strip() if brackets else "---"
        return {"line": lineno, "name": name, "key": key, "code": code, "header": s,
                "verbs": [], "patterns": []}

    def _event_code(self, raw: str, line: int) -> tuple[str | None, bool, bool]:
        """(code or None for the null code / an unknown code, reciprocal, known)."""
        raw = raw.strip()
        a, _, b = raw.partition(":")
        a, b = a.strip(), b.strip()
        if a in {"", "---"}:
            return None, False, True
        if a not in self._codes:
            return None, False, False
        return a, bool(b) and b == a, True

    def _converse(self, raw: str) -> str | None:
        """The code after the colon of a paired code (``[042:043]``, ``[040:040]``): the
        same act coded from the target back to the source."""
        a, _, b = raw.strip().partition(":")
        b = b.strip()
        if not b or a.strip() not in self._codes:
            return None
        if b not in self._codes:
            self._paired.add(raw.strip())
            return None
        return b

    def _next_id(self, key: str) -> str:
        n = self._block_counter.get(key, 0) + 1
        self._block_counter[key] = n
        return f"petrarch.{key}.{n}"

    def _finish_block(self, block: dict[str, Any]) -> None:
        bline: int = block["line"]
        bcode_raw: str = block["code"]
        bcode, brecip, bknown = self._event_code(bcode_raw, bline)
        if not bknown:
            self.warn(bline, f"block {block['name']!r}: unknown CAMEO code [{bcode_raw}]; its verbs "
                      "alone code nothing")
        singles: list[tuple[int, str, str | None]] = []  # line, lemma, own code
        phrasals: list[tuple[int, str, str | None, list[str], str | None, str]] = []
        for lineno, s in block["verbs"]:
            brackets = _BRACKET.findall(s)
            own = brackets[0].strip() if brackets else None
            phrase = _BRACES.sub(" ", _BRACKET.sub(" ", s)).strip()
            parsed = self._verb_phrase(phrase, lineno)
            if parsed is None:
                continue
            lemma, particle, requires = parsed
            if particle is None and not requires:
                singles.append((lineno, lemma, own))
            else:
                phrasals.append((lineno, lemma, particle, requires, own, phrase))
        lemmas_all = list(dict.fromkeys(lem for _, lem, _ in singles))
        verbs_text = ", ".join(lemmas_all) or "-"

        specific: list[dict[str, Any]] = []
        excludes: list[str] = []
        between_subjects = False  # "- % * [code]": the block's code between compound subjects
        for lineno, s in block["patterns"]:
            if not lemmas_all:
                self.warn(lineno, f"block {block['name']!r} has no one-word verb for its patterns, "
                          "pattern skipped")
                continue
            for res in self._pattern(s, lineno) or []:
                if res.get("_null"):
                    excludes.extend(res["_null"])
                    continue
                if res.get("_subjects"):
                    if res["_subjects"] == bcode:
                        between_subjects = True
                    else:
                        self.warn(lineno, f"compound-subject pattern with no word after the verb and "
                                  f"another code than its block's [{res['_subjects']}], skipped")
                    continue
                res["lemmas"] = lemmas_all
                specific.append(res)

        # the block's own patterns: one per code of its one-word verbs
        groups: dict[tuple[str, bool, str | None], list[str]] = {}
        for lineno, lemma, own in singles:
            if own is not None:
                code, recip, known = self._event_code(own, lineno)
                if not known:
                    self.warn(lineno, f"verb {lemma!r}: unknown CAMEO code [{own}], not coded alone")
                    continue
                conv = self._converse(own)
            else:
                code, recip, conv = bcode, brecip, self._converse(bcode_raw)
            if code is None:
                continue
            group = groups.setdefault((code, recip, conv), [])
            if lemma not in group:
                group.append(lemma)
        note_head = f"{self._fname}:{bline}: {block['header']}"
        for (code, recip, conv), lemmas in groups.items():
            rec: dict[str, Any] = {"code": code, "lemmas": lemmas}
            if excludes:
                rec["excludes"] = _forms(excludes)
            if conv:
                rec["converse"] = conv
            if recip:
                rec["reciprocal"] = True
            elif between_subjects and code == bcode:
                rec["reciprocal"] = "subjects"
            if code == "010" and "statement" in PatternRecord.model_fields:
                rec["statement"] = True
            rec["note"] = f"PETRARCH verb block {note_head} (verbs: {verbs_text})"
            self._add_pattern(block["key"], rec)
        for lineno, lemma, particle, requires, own, phrase in phrasals:
            code, recip, known = self._event_code(own if own is not None else bcode_raw, lineno)
            if not known:
                self.warn(lineno, f"verb {phrase!r}: unknown CAMEO code [{own}], skipped")
                continue
            if code is None:
                continue
            rec = {"code": code, "lemmas": [lemma]}
            if requires:
                rec["requires"] = requires
            if particle:
                rec["particle"] = particle
            if recip:
                rec["reciprocal"] = True
            if conv := self._converse(own if own is not None else bcode_raw):
                rec["converse"] = conv
            rec["note"] = f"PETRARCH phrasal verb {phrase!r} at {self._fname}:{lineno} in block {block['name']}"
            self._add_pattern(block["key"], rec)
        for rec in specific:
            self._add_pattern(block["key"], rec)

    def _verb_phrase(self, phrase: str, line: int) -> tuple[str, str | None, list[str]] | None:
        parts = [p for p in re.split(r"[_\s]+", phrase) if p]
        if not parts:
            self.warn(line, "empty verb line, skipped")
            return None
        idx = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
        pre, verb, post = parts[:idx], parts[idx].lstrip("+").lower(), parts[idx + 1 :]
        if pre:
            self.warn(line, f"multi-word verb {phrase!r} has words before the verb: not "
                      "representable, skipped")
            return None
        if not re.fullmatch(r"[a-z][a-z'\-]*", verb):
            self.warn(line, f"verb {phrase!r} is not a word, skipped")
            return None
        post_l = [p.lower() for p in post]
        if len(post_l) == 1 and post_l[0] in PARTICLES:
            return verb, post_l[0], []
        content = [w for w in post_l if w not in STOPWORDS and w not in PREPOSITIONS]
        if post_l and not content:
            self.warn(line, f"multi-word verb {phrase!r}: nothing usable after the verb, skipped")
            return None
        if len(content) > 1:
            self.warn(line, f"multi-word verb {phrase!r}: more than one word after the verb, skipped")
            return None
        return verb, None, _forms(content)

    def _expand(self, tok: str) -> list[str] | None:
        """Words a pattern token stands for: a synset's members (their last word each), or
        ``A/B`` alternatives; None for an undefined synset."""
        alts = [a for a in tok.split("/") if a]
        out: list[str] = []
        for a in alts:
            if a.startswith("&"):
                name = a[1:].rstrip("_").upper()
                if name not in self._synsets:
                    return None
                members = [[w.lower() for w in re.split(r"[_\s]+", m) if w]
                           for m in self._synsets[name]]
                singles = {m[0] for m in members if len(m) == 1}
                for words in members:
                    content = [w for w in words if w not in STOPWORDS and w not in PREPOSITIONS]
                    if len(words) > 1 and ("".join(words) in singles or "-".join(words) in singles):
                        continue  # CEASE FIRE next to CEASEFIRE: not "fire"
                    if content:
                        out.append(content[-1])  # the head of a noun phrase
                    elif len(words) == 1 and words[0] in PREPOSITIONS:
                        out.append(words[0])
            else:
                out.append(a.lower().strip('",'))
        return list(dict.fromkeys(w for w in out if w))

    def _token_words(self, tok: str) -> list[str] | None:
        """Words of one pattern token; ``DIPLOMATIC_RELATIONS`` (consecutive words) stands
        for its head, the last content word."""
        parts = [p for p in tok.split("_") if p]
        if len(parts) == 1:
            return self._expand(parts[0])
        content = [p for p in parts if p.startswith("&")
                   or (p.lower() not in STOPWORDS and p.lower() not in PREPOSITIONS)]
        if not content:
            return []
        return self._expand(content[-1])

    def _pattern(self, s: str, line: int) -> list[dict[str, Any]] | None:
        text = s[1:].strip()
        brackets = _BRACKET.findall(text)
        if not brackets:
            self.warn(line, f"pattern without a code, skipped: {s!r}")
            return None
        code_raw = brackets[-1].strip()
        body = _BRACKET.sub(" ", text)
        if "|" in body:
            self.warn(line, "pattern with a disjunction '|' (not used by PETRARCH), skipped")
            return None
        if body.count("*") != 1:
            self.warn(line, f"pattern needs exactly one '*' for the verb, skipped: {s!r}")
            return None
        code, recip, known = self._event_code(code_raw, line)
        if not known:
            # the author meant another event than the block's: claim the words, code nothing
            self.warn(line, f"unknown CAMEO code [{code_raw}]: imported as a pattern that codes nothing")
            code = NULL_CODE
        spaced = re.sub(r"([(){}*+$%^])", r" \1 ", body)
        tokens = [t.strip("_") for t in spaced.split()]
        tokens = [t for t in tokens if t]
        star = tokens.index("*")
        pre, post = tokens[:star], tokens[star + 1 :]
        if set(re.split(r"[\s_(){}*+$%^]+", body.lower())) & NEGATIONS:
            self.warn(line, "negated pattern cannot be represented, skipped")
            return None
        source: list[str] | None = None
        target: list[str] | None = None
        reciprocal: bool | str = recip
        pre_groups: list[list[str]] = []
        target_pre = False
        for t in pre:
            if t == "+":
                target_pre = True
            elif t == "%":
                reciprocal = reciprocal or "subjects"
            elif t in {"$", "^", "(", ")", "{", "}"}:
                continue
            else:
                words = self._token_words(t)
                if words is None:
                    self.warn(line, f"undefined synset {t}, pattern skipped")
                    return None
                content = [w for w in words if w not in STOPWORDS and w not in PREPOSITIONS]
                if content:
                    pre_groups.append(content)
        # words before the verb: the last one (the head of "DEATH TOLL", a synset's members)
        before = pre_groups[-1] if pre_groups else []

        groups: list[list[str]] = []
        particle: str | None = None
        prev_preps: list[str] | None = None
        in_paren = expect_prep = False
        paren_prep: list[str] | None = None
        paren_used = False
        first_prep: list[str] | None = None
        first_prep_marked = False
        seen_content = False
        bare_preps: list[str] = []  # "(FROM)" after the object: the target is its object
        for i, t in enumerate(post):
            if t == "(":
                in_paren, expect_prep, paren_prep, paren_used = True, True, None, False
                continue
            if t == ")":
                if paren_prep and not paren_used and first_prep is paren_prep and not seen_content:
                    first_prep_marked = True  # "(TO)": a bare preposition on the verb
                elif paren_prep and not paren_used:
                    bare_preps.extend(paren_prep)
                prev_preps = paren_prep if not paren_used else None
                in_paren = expect_prep = False
                continue
            if t in {"{", "}", "^"}:
                continue
            if t == "%":
                reciprocal = reciprocal or "subjects"
                continue
            if t in {"+", "$"}:
                if in_paren and paren_prep:
                    slots = list(paren_prep)
                    paren_used = True
                elif prev_preps:
                    slots = list(prev_preps)
                elif seen_content:
                    # "- + * MONEY $": the actor named after the object ("money from Osgiliath")
                    slots = list(AFTER_OBJECT if t == "$" else AFTER_OBJECT_TARGET)
                else:
                    slots = ["obj"]
                if first_prep is not None and prev_preps is first_prep and not seen_content:
                    first_prep_marked = True
                if t == "+":
                    target = list(dict.fromkeys([*(target or []), *slots]))
                else:
                    source = list(dict.fromkeys([*(source or []), *slots]))
                prev_preps = None
                continue
            words = self._token_words(t)
            if words is None:
                self.warn(line, f"undefined synset {t}, pattern skipped")
                return None
            if not words:
                continue
            if all(w in PREPOSITIONS for w in words):
                if in_paren and expect_prep:
                    paren_prep = words
                    expect_prep = False
                prev_preps = words
                if first_prep is None and not groups and i <= 1:
                    first_prep = words
                continue
            expect_prep = False
            prev_preps = None
            content = [w for w in words if w not in STOPWORDS and w not in PREPOSITIONS]
            if content:
                groups.append(content)
                seen_content = True
                if in_paren:
                    paren_used = True
        particles: list[str] = []
        if first_prep is not None and first_prep_marked:
            particles = list(first_prep)  # "- * TO + [..]", "- * (TO) [..]": one pattern each
        if source is not None and target is None:
            target = ["subj"]
        if target is None and bare_preps:
            target = list(dict.fromkeys([*bare_preps, *PETRARCH_TARGET]))
        if target_pre:
            if source is None:
                self.warn(line, "target before the verb and no source after it, pattern skipped")
                return None
            target = ["subj"]
        original = f"{self._fname}:{line}: {' '.join(s.split())}"
        if code is None:  # [---]: do not code
            if len(groups) == 1 and not particles and not before:
                return [{"_null": groups[0]}]
            code = NULL_CODE
        if not groups and not particles and not before:
            if reciprocal == "subjects" and target is None and source is None and code != NULL_CODE:
                # "- % * [120]": the verb alone, between the members of a compound subject
                return [{"_subjects": code}]
            self.warn(line, "pattern with no content word or preposition after the verb, skipped")
            return None
        base: dict[str, Any] = {"code": code}
        if before:
            base["before"] = _forms(before)
        if code != NULL_CODE and (conv := self._converse(code_raw)):
            base["converse"] = conv
        dropped: list[str] = []
        if groups:
            base["requires"] = _forms(groups[0])
        if len(groups) > 1:
            base["also_requires"] = _forms(groups[1])
            dropped = [w for g in groups[2:] for w in g[:1]]
        note = f"PETRARCH pattern {original}"
        if dropped:
            note += f" (not required: {' '.join(dropped)})"
        out: list[dict[str, Any]] = []
        options: list[str | None] = [*particles] if particles else [None]
        for particle in options:
            rec = dict(base)
            tgt = target
            if particle is not None:
                rec["particle"] = particle
                if source is None and (tgt is None or set(tgt) == set(particles)):
                    tgt = [particle]
            if source is not None:
                rec["source"] = source
            if tgt is not None:
                rec["target"] = tgt
            if reciprocal:
                rec["reciprocal"] = reciprocal
            rec["note"] = note
            out.append(rec)
        return out

    def _add_pattern(self, key: str, rec: dict[str, Any]) -> None:
        if "target" not in rec:
            rec["target"] = list(PETRARCH_TARGET)
        dedup = (rec["code"], tuple(rec["lemmas"]), tuple(rec.get("before", ())), tuple(rec.get("requires", ())),
                 tuple(rec.get("also_requires", ())), rec.get("particle"),
                 tuple(rec.get("source", ())), tuple(rec.get("target") or ()),
                 rec.get("reciprocal", False), rec.get("converse"))
        old = self._pattern_keys.get(dedup)
        if old is not None:
            if rec.get("excludes"):
                old["excludes"] = list(dict.fromkeys([*old.get("excludes", []), *rec["excludes"]]))
            self.count("duplicate_patterns")
            return
        order = ("code", "pos", "lemmas", "before", "requires", "also_requires", "excludes", "particle",
                 "source", "target", "reciprocal", "converse", "statement", "note")
        out = {"id": self._next_id(key), **{k: rec[k] for k in order if k in rec}}
        self._pattern_keys[dedup] = out
        self.patterns.append((f"{self._fname} {out['id']}", out))
        self.count("patterns")


def _forms(words: list[str]) -> list[str]:
    """The words plus the naive singular of a plural noun ("restrictions" -> "restriction"):
    eventcoder compares them with the lemma and the text of each complement word."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if len(w) > 4 and w.endswith("ies"):
            out.append(w[:-3] + "y")
        elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")):
            out.append(w[:-1])
    return list(dict.fromkeys(out))


def _validate(items: list[tuple[str, dict[str, Any]]], model: type[BaseModel],
              warn: Callable[[str], None]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for origin, rec in items:
        try:
            model.model_validate(rec)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ".".join(str(x) for x in err["loc"])
            warn(f"{origin}: {loc}: {err['msg']}; record skipped")
            continue
        out.append(rec)
    return out


def import_petrarch(paths: Path | str | Sequence[Path | str],
                    include: Sequence[str] | None = None) -> ImportResult:
    """Convert PETRARCH/TABARI dictionaries into an eventcoder user dictionary.

    ``paths`` is a directory, a dictionary file or a list of them (a suite's actors in one
    installation and its verbs in another); in a directory only the files whose names match
    one of the ``include`` glob patterns (default all) are read. Files named on their own
    are read whatever their name.

    Raises :class:`~eventcoder.errors.DictionaryError` when a path does not exist or no
    dictionary file it recognises is found."""
    items = [Path(paths)] if isinstance(paths, (str, Path)) else [Path(p) for p in paths]
    files: list[Path] = []
    for item in items:
        if item.is_dir():
            files.extend(sorted(
                p for p in item.iterdir() if p.is_file() and p.suffix.lower() in _SUFFIXES
                and (include is None or any(fnmatch.fnmatch(p.name, g) for g in include))))
        elif item.is_file():
            files.append(item)
        else:
            raise DictionaryError(str(item), "no such file or directory")
    imp = _Importer()
    kinds: dict[str, str] = {}
    readers = {"actors": imp.read_actors, "agents": imp.read_agents, "verbs": imp.read_verbs,
               "discards": imp.read_discards}
    files = list(dict.fromkeys(files))
    clash = {name for name, n in Counter(p.name for p in files).items() if n > 1}
    for path in files:
        # a file is named by its name, or by its path where two folders hold the same name
        imp._fname = str(path) if path.name in clash else path.name
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            imp.warn(None, f"cannot read: {exc}")
            continue
        kind = _classify(path, text)
        if kind is None:
            imp.warn(None, "not recognised as a PETRARCH actors, agents, verbs or discards file, "
                     "skipped")
            continue
        if kind not in readers:
            imp.warn(None, f"{kind} dictionary not imported: eventcoder has no counterpart")
            kinds[imp._fname] = kind
            continue
        kinds[imp._fname] = kind
        imp.file_counts.setdefault(imp._fname, {})
        readers[kind](text)
    where = ", ".join(str(i) for i in items)
    if not any(k in readers for k in kinds.values()):
        raise DictionaryError(where, "no PETRARCH dictionary file (actors, agents, verbs, "
                              "discards) found")

    warnings = imp.warnings
    sections = {
        "organisations": _validate(imp.orgs, OrganisationRecord, warnings.append),
        "people": _validate(imp.people, PersonRecord, warnings.append),
        "agents": _validate(imp.agents, AgentRecord, warnings.append),
        "patterns": _validate(imp.patterns, PatternRecord, warnings.append),
        "discards": _validate(imp.discards, DiscardRecord, warnings.append),
    }
    names = ", ".join(k for k in kinds if kinds[k] in readers)
    data: dict[str, Any] = {
        "source": f"PETRARCH/TABARI dictionaries converted by eventcoder from "
                  f"{', '.join(i.name + ('/' if i.is_dir() else '') for i in items)} ({names})",
        "version": "petrarch-import",
    }
    data.update({k: v for k, v in sections.items() if v})
    counts = {k: len(v) for k, v in sections.items()}
    counts["warnings"] = len(warnings)
    return ImportResult(data=data, warnings=warnings, counts=counts,
                        file_counts=imp.file_counts, kinds=kinds)


def _flow(v: Any) -> str:
    """``v`` as a YAML flow node; strings are JSON-quoted, which YAML reads back as written."""
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, int | float):
        return repr(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_flow(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_flow(x)}" for k, x in v.items()) + "}"
    raise TypeError(f"cannot write {type(v).__name__} to YAML")


def write_yaml(result: ImportResult, out: Path | str) -> None:
    """Write ``result.data`` as a user dictionary YAML file, one record a line (loadable
    with :func:`eventcoder.dictionaries.load_user_file`)."""
    lines = [
        "# eventcoder user dictionary converted from PETRARCH/TABARI dictionaries",
        f"# records: {', '.join(f'{k} {v}' for k, v in result.counts.items())}",
    ]
    for key, value in result.data.items():
        if isinstance(value, list):
            lines.append(f"{key}:")
            lines.extend(f"- {_flow(rec)}" for rec in value)
        else:
            lines.append(f"{key}: {_flow(value)}")
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
