"""Actor dictionaries and their resolution on a parsed sentence.

Mentions of countries, capitals, metonyms, organisations and people are found with
spaCy phrase matchers; role nouns ("troops", "minister") come from the agents table.
:func:`ActorResolver.resolve` turns the head token of a noun phrase into coded actors,
combining a country (from the head or its modifiers) with a role (from the head noun).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ._schemas import (
    AgentsFile,
    CountriesFile,
    LexiconFile,
    OrganisationsFile,
    PeopleFile,
    PersonRecord,
)
from .model import Actor

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

_ACRONYM = re.compile(r"^[A-Z][A-Z.\-&]{0,7}$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary entry a phrase can stand for."""

    id: str
    kind: str  # country | capital | adjective | metonym | org | person
    code: str | None
    country: str | None
    role: str | None = None
    person: PersonRecord | None = None
    rank: int = 0  # higher wins when two entries share a span




@dataclass(frozen=True, slots=True)
class Place:
    """A city or region from the gazetteer."""

    name: str
    country: str
    lat: float | None
    lon: float | None
    population: int
    kind: str = "city"  # city | us_state | region (a province or state of another country: ISO 3166-2)


def load_places() -> dict[str, Place]:
    """The built-in gazetteer: places of 15,000+ people and US states (GeoNames), and the
    provinces and states of every country (ISO 3166-2)."""
    import csv
    from importlib import resources

    out: dict[str, Place] = {}
    res = resources.files("eventcoder") / "data" / "places.tsv"
    with res.open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
        for r in rows:
            out[r["name"]] = Place(r["name"], r["country"], float(r["lat"]) if r["lat"] else None,
                                   float(r["lon"]) if r["lon"] else None, int(r["population"] or 0),
                                   r.get("kind") or "city")
    return out


@dataclass
class ActorTables:
    """All actor data: phrase entries, agent roles and organisation descriptions."""

    entries: dict[str, list[Entry]] = field(default_factory=dict)  # phrase -> entries
    agents: dict[str, str] = field(default_factory=dict)  # single lemma -> role
    agent_phrases: dict[str, dict[str, str]] = field(default_factory=dict)  # head -> {mod: role}
    descriptions: dict[str, Entry] = field(default_factory=dict)  # 'alliance' -> NATO entry
    iso_of: dict[str, str | None] = field(default_factory=dict)  # CAMEO country -> ISO3
    cameo_of: dict[str, str] = field(default_factory=dict)  # ISO3 -> CAMEO where they differ (TLS -> TMP)
    blocked: set[str] = field(default_factory=set)  # phrases that are never actors
    source_only: set[str] = field(default_factory=set)  # weapon nouns: actors only as subjects
    places: dict[str, Place] = field(default_factory=dict)  # gazetteer name -> place
    seats: dict[str, Entry] = field(default_factory=dict)  # 'brussels' -> the EU's entry
    regions: dict[str, frozenset[str]] = field(default_factory=dict)  # CAMEO region (SAM) -> its states
    version: str = ""
    # one-word names listed only with their article ("the West"): "North West Frontier Province" is no actor
    with_article: set[str] = field(default_factory=set)

    def add(self, phrase: str, entry: Entry) -> None:
        phrase = phrase.strip()
        if phrase.lower().startswith("the "):
            phrase = phrase[4:]
            if " " not in phrase and phrase not in self.entries:
                self.with_article.add(phrase)
        else:
            self.with_article.discard(phrase)
        if phrase:
            self.entries.setdefault(phrase, []).append(entry)


def build_tables(
    countries: Iterable[CountriesFile],
    organisations: Iterable[OrganisationsFile],
    agents: Iterable[AgentsFile],
    people: Iterable[PeopleFile],
    places: dict[str, Place] | None = None,
) -> ActorTables:
    """Merge data files (later files override earlier ones for the same phrase)."""
    t = ActorTables()
    if places:
        # cities first: any country, capital, organisation or person entry outranks them
        t.places = dict(places)
        for name, pl in places.items():
            t.add(name, Entry(f"places:{name}", "place", pl.country, pl.country, rank=0))
    versions = []
    for cf in countries:
        versions.append(cf.version)
        t.blocked.update(cf.not_actors)
        for c in cf.countries:
            t.iso_of[c.code] = c.iso3
            if c.iso3 and c.iso3 != c.code:
                t.cameo_of[c.iso3] = c.code
            if c.region:
                t.regions[c.code] = frozenset(c.members)
            iso = c.iso3 or c.code
            base = f"countries:{c.code}"
            for n in set() if c.region else {c.name, *c.names}:
                t.add(n, Entry(f"{base}:name:{n}", "country", c.code, iso, rank=3))
            for a in c.adjectives:
                t.add(a, Entry(f"{base}:adjective:{a}", "adjective", c.code, iso, rank=1))
            for cap in c.capitals:
                t.add(cap, Entry(f"{base}:capital:{cap}", "capital", c.code, iso, rank=2))
            for m in c.metonyms:
                t.add(m.text, Entry(f"{base}:metonym:{m.text}", "metonym", c.code, iso, m.role, rank=4))
    for of in organisations:
        versions.append(of.version)
        for o in of.organisations:
            e = Entry(f"organisations:{o.code}", "org", o.code, o.country, o.role, rank=5)
            for n in {o.name, *o.names}:
                t.add(n, e)
            for d in o.descriptions:
                t.descriptions[d.lower()] = e
            for city in o.seats:
                t.seats[city.lower()] = e
    for af in agents:
        versions.append(af.version)
        for ag in af.agents:
            words = ag.text.lower().split()
            if ag.source_only:
                t.source_only.add(words[-1])
            if len(words) == 1:
                t.agents[words[0]] = ag.role
            else:
                t.agent_phrases.setdefault(words[-1], {})[" ".join(words[:-1])] = ag.role
    for pf in people:
        versions.append(pf.version)
        for p in pf.people:
            if not p.terms:
                continue
            e = Entry(f"people:{p.name}", "person", None, p.terms[-1].country, person=p, rank=6)
            for n in {p.name, *p.aliases}:
                t.add(n, e)
    t.version = "+".join(dict.fromkeys(versions))
    return t


def person_code(p: PersonRecord, date: dt.date | None) -> tuple[str, str | None, str]:
    """(code, country, role) of a person on ``date`` (latest term when no date is known)."""
    if date is not None:
        for term in p.terms:
            if term.start <= date and (term.end is None or date < term.end):
                return _compose(term.country, term.role), _iso(term.country), term.role
        # outside every term: the country of the nearest earlier term, else the first one
        earlier = [t for t in p.terms if t.start <= date]
        term = earlier[-1] if earlier else p.terms[0]
        role = p.outside_role
        return _compose(term.country, role), _iso(term.country), role
    term = max(p.terms, key=lambda t: t.start)
    role = term.role if term.end is None else p.outside_role
    return _compose(term.country, role), _iso(term.country), role


def international(code: str | None) -> bool:
    """An international or non-governmental organisation's code (IGO..., NGO...): no state's."""
    return (code or "").startswith(("IGO", "NGO"))


def _iso(code: str) -> str | None:
    return None if international(code) else code


def _compose(base: str | None, role: str | None) -> str:
    if base is None:
        return role or ""
    blocks = {base[i : i + 3] for i in range(0, len(base), 3)}
    if role in {"MIL", "GOV"} and blocks & {"REB", "INS", "UAF", "SEP"}:
        return base  # "an RSF commander", "a rebel spokesman": the group itself
    if role in {"MIL", "GOV", "CVL"} and base.startswith("IMG"):
        return base  # "al Qaeda supporters", "an Islamic State commander": the group itself
    if role == "GOV" and international(base):
        return base  # "a UN official", "the EU's foreign policy chief": the organisation itself
    if role and "BUS" in blocks:
        return base  # "Air Canada officials", "Japan Airlines jets": the company itself
    if role and role not in blocks:
        return base + role
    return base


class ActorMatcher:
    """Finds dictionary mentions in a parsed Doc."""

    def __init__(self, nlp: Language, tables: ActorTables, honorifics: frozenset[str] = frozenset(),
                 territory_verbs: frozenset[str] = frozenset(), company_words: frozenset[str] = frozenset(),
                 public_words: frozenset[str] = frozenset()) -> None:
        from spacy.matcher import PhraseMatcher

        self.tables = tables
        # words that make a name with a country in it a company's ("US Airways", "British Energy",
        # "London Stock Exchange"), unless it also has a word of the state ("Pakistan Air Force")
        self._company_words = company_words
        self._public_words = public_words
        self._territory_verbs = territory_verbs
        self._honorifics = honorifics  # "Mr Blair", "Gen Musharraf": no first names (lexicon.yaml)
        self._entries: dict[str, list[Entry]] = {}
        self._cased = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        cased: list[Doc] = []
        lower: list[Doc] = []
        keys_c: list[str] = []
        keys_l: list[str] = []
        blocker = Entry("not-actor", "blocked", None, None, rank=-1)
        entries_all = dict(tables.entries)
        for phrase in tables.blocked:
            entries_all[phrase] = [blocker]
        # gazetteer names (tens of thousands) are looked up by text, not put in the phrase
        # matchers: making a Doc for each would cost seconds and grow the shared vocabulary
        self._places: dict[str, str] = {}
        self._place_starts: set[str] = set()  # first words of the names, to skip other tokens fast
        self._towns: set[str] = set()  # places under 100,000 people and regions: no actor alone, only after "in"
        self._place_len = 0
        for phrase, entries in entries_all.items():
            best = sorted(entries, key=lambda e: -e.rank)
            self._entries[phrase] = best
            if best[0].kind == "place":
                self._places.setdefault(phrase.lower(), phrase)
                place = tables.places.get(phrase)
                if place is not None and (0 < place.population < _CITY or place.kind == "region"):
                    self._towns.add(phrase)
                self._place_len = max(self._place_len, phrase.count(" ") + 1 + phrase.count("-") * 2)
                self._place_starts.add(re.split(r"[ \-]", phrase.lower(), maxsplit=1)[0])
                continue
            doc = nlp.make_doc(phrase)
            if _ACRONYM.match(phrase.replace(" ", "")):
                cased.append(doc)
                keys_c.append(phrase)
            else:
                lower.append(doc)
                keys_l.append(phrase)
        # one match id per phrase keeps look-up simple
        for key, doc in zip(keys_c, cased, strict=True):
            self._cased.add(key, [doc])
        for key, doc in zip(keys_l, lower, strict=True):
            self._lower.add(key, [doc])
        self._strings = nlp.vocab.strings
        self._by_lower = {phrase.lower(): phrase for phrase, entries in self._entries.items()
                          if entries[0].kind == "country"}

    def candidates(self, doc: Doc) -> Iterator[tuple[int, int, Entry, bool]]:
        """Every dictionary phrase in a tokenised (not yet parsed) ``doc``: start, end, best
        entry and whether it matched case-sensitively (an acronym); no plausibility check."""
        for cased, matcher in ((True, self._cased), (False, self._lower)):
            for match_id, start, end in matcher(doc):
                entry = self._entries[self._strings[match_id]][0]
                if entry.kind != "blocked":
                    yield start, end, entry, cased
        for start, end, key in self._place_names(doc):
            if key not in self._towns:  # a town alone makes no actor
                yield start, end, self._entries[key][0], False

    def _place_names(self, doc: Doc) -> Iterator[tuple[int, int, str]]:
        """Gazetteer names in ``doc``: capitalised runs of tokens whose text is a place name."""
        places, starts, n = self._places, self._place_starts, len(doc)
        for i in range(n):
            if not doc[i].text[:1].isupper() or doc[i].lower_ not in starts:
                continue
            for j in range(i + 1, min(n, i + self._place_len) + 1):
                key = places.get(doc[i:j].text.lower())
                if key is not None:
                    yield i, j, key

    def remember_people(self, doc: Doc, mentions: dict[int, Mention], people: dict[str, Entry],
                        family_first: frozenset[str], allowed: frozenset[str]) -> None:
        """Keep the surnames of the people named in full in ``doc`` (see :meth:`add_surnames`),
        of the name parts ``allowed`` (:func:`eventcoder.prefilter.name_parts`)."""
        seen: set[int] = set()
        for m in mentions.values():
            if m.start in seen or m.entry.kind != "person" or m.entry.person is None:
                continue
            seen.add(m.start)
            words = [t.text for t in doc[m.start:m.end] if t.is_alpha or "-" in t.text]
            for name in surnames(words, m.entry.person.terms[-1].country, family_first, allowed):
                people[name] = m.entry

    def add_surnames(self, doc: Doc, mentions: dict[int, Mention], people: dict[str, Entry],
                     party_preps: frozenset[str] = frozenset()) -> None:
        """A surname alone names the person the article named in full before ("Boris Johnson
        arrived in Kyiv ... Johnson met Zelensky"); not inside another name ("Dustin Johnson",
        "Johnson Controls"), nor a date ("in May"; a month's name is the person only as a party
        of the clause, or after one of ``party_preps``: "a call with May")."""
        if not people:
            return
        for t in doc:
            e = people.get(t.text)
            held = mentions.get(t.i)
            if e is None or t.ent_type_ in {"TIME", "GPE", "LOC", "NORP"}:
                continue
            if held is not None and not (held.entry.kind == "place" and held.end - held.start == 1):
                continue  # (a town of the same name gives way: "Santos" after "Juan Manuel Santos")
            if t.ent_type_ == "DATE" and not _party_not_date(t, party_preps):
                continue
            before = doc[t.i - 1] if t.i > 0 else None
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if before is not None and before.text[:1].isupper() and before.pos_ == "PROPN" and (
                    before.lower_.rstrip(".") not in self._honorifics and before.lower_ not in self.tables.agents):
                continue
            if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN":
                continue
            mentions[t.i] = Mention(t.i, t.i + 1, t.text, e)

    def mentions(self, doc: Doc) -> dict[int, Mention]:
        """Token index -> the mention covering it (longest match wins)."""
        from spacy.util import filter_spans

        spans: list[Span] = []
        keys: dict[tuple[int, int], str] = {}
        found = [(start, end, self._strings[match_id]) for matcher in (self._cased, self._lower)
                 for match_id, start, end in matcher(doc)]
        for start, end, key in found + list(self._place_names(doc)):
            span = doc[start:end]
            kind = self._entries[key][0].kind
            if not _plausible(span, key, kind, town=key in self._towns, territory_verbs=self._territory_verbs,
                              titles=self.tables.agents):
                continue
            if key in self.tables.with_article and (start == 0 or doc[start - 1].lower_ != "the" or (
                    # "the West Darfur town of Ardamata": part of a name
                    end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper())):
                continue
            if kind == "person" and not _same_person(span, self._entries[key], self._honorifics, self.tables.agents):
                continue
            spans.append(span)
            keys[(start, end)] = key
        out: dict[int, Mention] = {}
        for span in filter_spans(spans):
            entry = self._entries[keys[(span.start, span.end)]][0]
            if entry.kind == "blocked":  # "South China Sea" hides "China"
                continue
            m = self._company(doc, Mention(span.start, span.end, span.text, entry))
            for i in range(m.start, m.end):
                out[i] = m
        # "North and South Korea", "North and South Sudan": the first conjunct shares the name's
        # last word (the coder's parse repair makes the two conjuncts: coder._repair_parse)
        for m in sorted({m.start: m for m in out.values()}.values(), key=lambda m: m.start):
            if m.entry.kind != "country" or m.end - m.start != 2 or m.start < 2:
                continue
            first, cc = doc[m.start - 2], doc[m.start - 1]
            if cc.lower_ != "and" or first.i in out or not first.text[:1].isupper():
                continue
            shared = self._by_lower.get(f"{first.lower_} {doc[m.end - 1].lower_}")
            if shared is not None and shared.lower() != m.text.lower():
                out[first.i] = Mention(first.i, first.i + 1, first.text, self._entries[shared][0])
        return out

    def _company(self, doc: Doc, m: Mention) -> Mention:
        """``m``, or the company whose name it is part of: a state's name, adjective or capital
        in a run of proper nouns with a word of lexicon company_name_words ("US Airways", "Air
        Canada", "British Energy", "the London Stock Exchange") is that country's business (BUS),
        unless the name has a word of the state (lexicon public_name_words: "Pakistan Air Force",
        "the Russian Energy Ministry", "the US Securities and Exchange Commission"). ("the Bank of
        Japan": the run of proper nouns stops at "of", so Japan stays the state.)"""
        if m.entry.kind not in {"country", "adjective", "capital"} or m.entry.country is None or not self._company_words:
            return m
        start, end = _name_run(doc, m.start, m.end)
        if end == m.end and end + 1 < len(doc) and doc[end].tag_ == "POS":
            # "Brazil's Embraer SA": the country's company, named after it
            own = _name_run(doc, end + 1, end + 2) if doc[end + 1].pos_ == "PROPN" else (end, end)
            if self._company_name(doc[own[0]:own[1]]):
                entry = Entry(f"company-of:{m.text}", "org", f"{m.entry.code}BUS", m.entry.country, "BUS",
                              rank=m.entry.rank)
                return Mention(m.start, m.end, m.text, entry)
            return m
        # (the state words are looked for in the whole organisation name the tagger sees, across
        # "and", "-" and "of": "the US Securities and Exchange Commission", "Japan Air
        # Self-Defense Force")
        ent = next((e for e in doc.ents if e.start <= m.start and m.end <= e.end and e.label_ in {"ORG", "FAC"}), None)
        whole = []
        for t in (ent if ent is not None else ()):
            if t.i >= m.end and t.pos_ in {"VERB", "AUX", "PART"}:
                break  # (a title-case headline's entity runs on: "US Airways To Ask Court For Pay Cuts")
            if not m.start <= t.i < m.end:
                whole.append(t)
        if not self._company_name([t for t in doc[start:end] if not m.start <= t.i < m.end]) or any(
                t.lower_ in self._public_words for t in whole):
            return m
        entry = Entry(f"company:{doc[start:end].text}", "org", f"{m.entry.code}BUS", m.entry.country, "BUS",
                      rank=m.entry.rank)
        return Mention(start, end, doc[start:end].text, entry)

    def _company_name(self, words: Iterable[Token]) -> bool:
        """The words of a name (without its country) make it a company's."""
        words = list(words)
        return any(t.lower_.rstrip(".") in self._company_words and t.text[:1].isupper() for t in words) and not any(
            t.lower_ in self._public_words for t in words)


def _name_run(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The run of capitalised proper nouns around ``doc[start:end]``."""
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return start, end


#: generational suffixes, no part of a name used alone ("Ferdinand Marcos Jr")
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _party_not_date(t: Token, party_preps: frozenset[str]) -> bool:
    """A surname that is also a month's name, tagged as a date, names the person when it
    stands alone as a party of the clause ("Merkel rejected May's call", "criticised May",
    "in a telephone call with May"), not "in May", "by May" or "May 5"."""
    alone = t.ent_iob_ == "B" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")
    if not alone:
        return False
    if t.dep_ in {"nsubj", "nsubjpass", "dobj", "poss", "dative"}:
        return True
    return t.dep_ == "pobj" and t.head.lower_ in party_preps


def surnames(words: list[str], country: str | None, family_first: frozenset[str] = frozenset(),
             allowed: frozenset[str] | set[str] | None = None) -> list[str]:
    """The part of a full name an article may later use alone: the last, or the first for the
    states in ``family_first`` (lexicon ``family_name_first``); only one of ``allowed`` (the name
    parts the pre-filter counts, :func:`eventcoder.prefilter.name_parts`) when given."""
    words = [w for w in words if w != "-" and w.lower().rstrip(".") not in NAME_SUFFIXES]
    if len(words) < 2:
        return []
    part = words[0] if country in family_first else words[-1]
    return [part] if allowed is None or part in allowed else []


def _same_person(span: Span, entries: list[Entry], honorifics: frozenset[str] = frozenset(),
                 titles: dict[str, str] | None = None) -> bool:
    """'Abu Bakar Bashir' is not Omar al-Bashir, nor 'Hunter Biden' Joe Biden: a name matched
    by its last part, after a first name none of the entry's names has, is someone else
    (a title or form of address before it is no first name: "Gen Musharraf")."""
    if span.start == 0:
        return True
    prev = span.doc[span.start - 1]
    if not (prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.ent_type_ == "PERSON"
            and span.root.ent_type_ == "PERSON"):
        return True
    word = prev.lower_.strip(".")
    if word in honorifics or (titles is not None and word in titles):
        return True
    names = [n.split() for e in entries if e.person is not None for n in (e.person.name, *e.person.aliases)]
    if word in {w.lower().strip(".") for n in names for w in n}:
        return True
    # a first name spelt otherwise ("Yassir Arafat", "Moammar Gadhafi") keeps its initial
    return word[:1] in {n[0][:1].lower() for n in names if len(n) > 1}


_PLACE_PREFIXES = frozenset({"north", "south", "east", "west", "central", "northern", "southern", "eastern",
                             "western", "greater", "downtown", "occupied", "old", "upper", "lower", "inner", "outer"})
_SETTLEMENTS = frozenset({"city", "town", "village", "port", "district", "province", "region", "suburb",
                          "capital", "outskirts", "area", "centre", "center", "municipality", "governorate"})
_LOCATIVES = frozenset({"in", "near", "outside", "around", "at", "from", "to", "into", "towards", "toward"})
# nouns after a town's or region's name that make it a place: "Borno state", "Helmand province"
_REGION_NOUNS = frozenset({"state", "province", "region", "governorate", "oblast", "prefecture", "district"})


_CITY = 100_000  # smaller places ("towns") count only after a preposition of place


def _plausible(span: Span, key: str, kind: str = "", *, town: bool = False,
               territory_verbs: frozenset[str] = frozenset(), titles: Mapping[str, str] | None = None) -> bool:
    """Reject case-insensitive matches that are plainly ordinary words ('turkey', 'chad')."""
    first = span[0]
    if kind == "place":
        # a gazetteer name counts only where the tagger also sees a place ("Jackson said" is a person)
        tags = {t.ent_type_ for t in span}
        # "near El Fasher" is a place whatever the tagger says; "Jackson said" is not
        after_locative = span.start > 0 and span.doc[span.start - 1].lower_ in _LOCATIVES or (
            span.start > 1 and span.doc[span.start - 1].lower_ == "of"
            and span.doc[span.start - 2].lemma_.lower() in _SETTLEMENTS | _REGION_NOUNS)  # "the town of Jenin"
        # the small model often calls an unfamiliar city a person ("shelled Kharkiv overnight");
        # a city that is the object of a verb or preposition is taken as the place
        # (or an organisation: "shelled Kharkiv, a spokesman said")
        city_object = not town and span.root.dep_ in {"dobj", "pobj"} and tags <= {"PERSON", "ORG", "GPE", "LOC", "FAC",
                                                                                  "NORP", ""}
        # "Borno state", "Helmand province"; the small model often calls a town or region that
        # follows a locative or precedes such a noun NORP ("in Kidal")
        region_noun = span.end < len(span.doc) and span.doc[span.end].lower_ in _REGION_NOUNS
        # ("in March 2003" is a month, not March in Cambridgeshire)
        if (tags & {"WORK_OF_ART", "PRODUCT", "EVENT", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL",
                    "ORDINAL"} or ("PERSON" in tags and not city_object)
                or ("NORP" in tags and not (town and (after_locative or region_noun))
                    and not (city_object and first.pos_ == "PROPN" and not first.lower_.endswith("s")))
                or ("ORG" in tags and not (after_locative or city_object))):
            return False
        if len(span) == 1 and first.is_upper and len(first.text) <= 4 and not key.isupper():
            # "to UN monitors" is the United Nations, not Un (a town in India); in an all-caps
            # headline the case says nothing
            around = [t for t in span.doc[max(0, span.start - 3): span.end + 3] if t.is_alpha and t.i != first.i]
            if not around or not all(t.is_upper for t in around):
                return False
        # a town or region the tagger also takes for a place, as the object of a verb of territory
        # taken ("annexed Crimea"; not "France beat Scotland")
        town_object = (span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in territory_verbs
                       and tags & {"GPE", "LOC"} and not tags & {"PERSON", "ORG", "NORP"})
        if town and not (after_locative or region_noun or town_object):
            # "in Jenin", "the town of Bakhmut", "Borno state"; not "Obama" (a town in Japan)
            # nor "Mr Eavis' Somerset farm" (Somerset, Kentucky)
            return False
        if span.start > 0 and not after_locative:
            prev = span.doc[span.start - 1]
            if prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.lower_ not in _PLACE_PREFIXES:
                return False  # "Alejandro Toledo", "President Jackson": a surname
            if prev.tag_ == "POS" and span.start > 1 and span.doc[span.start - 2].ent_type_ == "GPE":
                return False  # "Peru's Toledo": a person of Peru (a city takes "in", not "'s")
        return first.text[:1].isupper() and (bool(tags & {"GPE", "LOC", "FAC"}) or first.pos_ == "PROPN")
    if kind == "person":
        head = span.root.head
        if (span.root.dep_ == "compound" and head.i == span.end + sum(1 for t in span.doc[span.end:head.i] if
                                                                         t.dep_ in {"compound", "punct"})
                and head.pos_ == "PROPN" and head.text[:1].isupper() and head.ent_type_ in {"PERSON", ""}):
            return False  # "Mohammed Mustafa al-Jibouri" is not Mohammad Mustafa
    elif len(span) == 1 and span.start > 0 and first.ent_type_ == "PERSON" and first.ent_iob_ == "I":
        # "Foreign Minister Therese Kayikwamba Wagner" is no Wagner Group: the last word of a
        # person's name that a title opens
        start = first.i
        while start > 0 and span.doc[start].ent_iob_ == "I":
            start -= 1
        if start > 0 and titles is not None and span.doc[start - 1].lower_ in titles:
            return False
    if _ACRONYM.match(key.replace(" ", "")):
        return True
    if first.text[:1].isupper() or first.pos_ == "PROPN":
        # 'US' inside an all-caps headline is fine; a capitalised sentence-initial common
        # noun that the tagger calls NOUN/VERB is suspicious only for one-word matches
        if len(span) == 1 and first.is_sent_start and first.pos_ in {"VERB", "AUX"}:
            return False
        return True
    return False


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    entry: Entry


_NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "npadvmod", "nn"}
_OF_PREPS = {"of", "from"}


class ActorResolver:
    """Resolve noun-phrase heads to coded actors, with the date deciding for people."""

    def __init__(self, tables: ActorTables, lexicon: LexiconFile) -> None:
        self.tables = tables
        self.lexicon = lexicon
        # names that several office-holders share ("Bush", "Koizumi", "Aliyev"): the one in
        # office on the article date is meant
        shared: dict[str, list[Entry]] = {}
        for phrase, entries in tables.entries.items():
            people = [e for e in entries if e.kind == "person" and e.person is not None]
            if len(people) > 1:
                shared.setdefault(phrase.lower(), []).extend(people)
        self._shared_names = shared

    def _person_on(self, entry: Entry, text: str, date: dt.date | None) -> Entry:
        """Of the people called ``text``, the one holding an office on ``date``."""
        others = self._shared_names.get(text.lower())
        if not others or date is None:
            return entry
        for e in others:
            assert e.person is not None
            if any(t.start <= date and (t.end is None or date < t.end) for t in e.person.terms):
                return e
        # nobody in office: the one in office most recently before the date
        before = [(max(t.start for t in e.person.terms if t.start <= date), i, e) for i, e in enumerate(others)
                  if e.person is not None and any(t.start <= date for t in e.person.terms)]
        return max(before)[2] if before else entry

    def role_of(self, tok: Token) -> str | None:
        lemma = tok.lemma_.lower()
        text = tok.text.lower()
        phrases = self.tables.agent_phrases.get(lemma) or self.tables.agent_phrases.get(text)
        if phrases:
            # the longest run of words right before the head: "main opposition group" before
            # "opposition group"
            left = [t for t in tok.doc[tok.left_edge.i : tok.i] if not t.is_punct]
            for n in range(min(4, len(left)), 1, -1):
                run = " ".join(t.lower_ for t in left[-n:])
                if run in phrases:
                    return phrases[run]
            mods = [c.lemma_.lower() for c in tok.children if c.dep_ in {"compound", "amod"}]
            mods += [c.text.lower() for c in tok.children if c.dep_ in {"compound", "amod"}]
            for mod in mods:
                if mod in phrases:
                    return phrases[mod]
        # "secretary of state", "Ministry of Silly Walks": a phrase with "of" is listed under
        # its last word, which the parser hangs below the first
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for g in c.children:
                    if g.dep_ != "pobj":
                        continue
                    under = self.tables.agent_phrases.get(g.lower_) or self.tables.agent_phrases.get(g.lemma_.lower())
                    if not under:
                        continue
                    before = " ".join(t.lower_ for t in tok.doc[g.left_edge.i : g.i] if not t.is_punct)
                    key = f"{text} of {before}".strip()
                    if key in under:
                        return under[key]
        role = self._agent_word(tok)
        rank = lemma in self.lexicon.rank_heads
        if (role is not None and rank) or lemma in self.lexicon.generic_role_heads:
            # "business leaders", "student leaders", "opposition members": the modifier says whose; a rank
            # yields only to armed groups and police ("rebel commander" REB, "police officer"
            # COP; "government soldiers" stay MIL)
            for c in tok.children:
                if (c.dep_ in {"compound", "amod", "nmod"} and c.i < tok.i and (own := self._agent_word(c)) is not None
                        and (not rank or own in self.lexicon.rank_modifier_roles)):
                    return own
        return role

    def _facility_role(self, head: Token) -> str | None:
        """Whose a post, camp or convoy is, by the armed or police role word in compound ("a
        police checkpoint" COP, "the rebel camp" REB; a refugee camp is nobody's)."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in self.lexicon.facility_nouns:
            return None
        # ("a military base" too; but "sent military vehicles" names no one's vehicles)
        deps = {"compound", "amod"} if head.lemma_.lower() in self.lexicon.physical_targets else {"compound"}
        roles = [r for c in head.children if c.dep_ in deps and c.i < head.i and (r := self.role_of(c))
                 and r in self.lexicon.rank_modifier_roles | self.lexicon.armed_roles]
        return roles[-1] if roles else None

    def _agent_word(self, tok: Token) -> str | None:
        """The role of a one-word agent, by lemma or as written."""
        return self.tables.agents.get(tok.lemma_.lower()) or self.tables.agents.get(tok.lower_)

    def resolve(
        self,
        head: Token,
        mentions: dict[int, Mention],
        date: dt.date | None,
        *,
        context: dict[str, Entry] | None = None,
        conj: bool = True,
        strict: bool = False,
        _seen: set[int] | None = None,
    ) -> list[tuple[Actor, tuple[int, int]]]:
        """Actors named by the phrase headed by ``head`` (several when conjoined)."""
        seen = _seen if _seen is not None else set()
        if head.i in seen or len(seen) > 50:
            return []
        seen.add(head.i)
        out: list[tuple[Actor, tuple[int, int]]] = []
        if head.lemma_.lower() in self.lexicon.quantity_heads or head.pos_ == "NUM":
            # "hundreds of UN troops", "a group of protesters": the actor is the pobj
            inner = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"]
            if inner:
                return self.resolve(inner[0], mentions, date, context=context, conj=conj,
                                    strict=strict, _seen=seen)
        one = self._resolve_one(head, mentions, date, context, strict)
        if one is None and head.lemma_.lower() in self.lexicon.organ_nouns and head.i not in mentions:
            # "the IMF's executive board", "a panel of Brazil's Supreme Court": the body's own
            inner = [c for c in head.children if c.dep_ in {"poss", "compound"} and c.i in mentions] or [
                g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            if inner:
                return self.resolve(inner[0], mentions, date, context=context, conj=conj, strict=strict, _seen=seen)
        if one is not None:
            out.append(one)
            out.extend(self._conjoined_modifiers(head, one, mentions))
        if conj:
            own = mentions.get(head.i)
            heads = [head] if own is None else list(head.doc[own.start : own.end])
            # "Danish media and government", "lawmakers and officials in Poland and Hungary":
            # conjoined role words share the countries named on either of them
            shared = [a for a, _ in out if a.country and a.role and own is None]
            for h in heads:
                for c in h.children:
                    # "the US, Russia, and Switzerland" is often parsed as an apposition (also
                    # when the apposed member is a name no dictionary knows: "Mordor, the
                    # Shire, Arnor and Bree")
                    listed = c.dep_ == "appos" and own is not None and any(
                        t.i in mentions and mentions[t.i].entry.kind == own.entry.kind
                        for t in (c, *(g for g in c.children if g.dep_ == "conj")))
                    if (c.dep_ == "conj" or listed) and (own is None or not own.start <= c.i < own.end):
                        found = self.resolve(c, mentions, date, context=context, strict=strict, _seen=seen)
                        if (shared and c.dep_ == "conj" and found and all(a.country is None for a, _ in found)
                                and not any(g.dep_ == "poss" for g in c.children)):
                            # (not "US forces and Sadr's militia": the militia is his, not American)
                            # (not "American forces and insurgents": armed sides of a fight)
                            found = [(b if self._opposed(a, b) else _in_country(b, a), sp)
                                     for b, sp in found if b.role for a in shared]
                        elif (not shared and c.dep_ == "conj" and one is not None and one[0].country is None
                              and one[0].role and found and all(a.country and a.role for a, _ in found)
                              and not any(self._opposed(a, one[0]) for a, _ in found)):
                            # ("insurgents and American forces": not American insurgents)
                            out = [(_in_country(one[0], a), one[1]) for a, _ in found] + out[1:]
                        out.extend(found)
        return out

    def _opposed(self, a: Actor, b: Actor) -> bool:
        """Two armed sides of different kinds named together ("insurgents and American
        forces"): one does not lend the other its country."""
        return a.role != b.role and {a.role, b.role} <= self.lexicon.armed_roles

    def _conjoined_modifiers(
        self, head: Token, first: tuple[Actor, tuple[int, int]], mentions: dict[int, Mention]
    ) -> list[tuple[Actor, tuple[int, int]]]:
        """'US and British activists' names two actors: copy the role to each country."""
        actor, span = first
        out: list[tuple[Actor, tuple[int, int]]] = []
        if head.i in mentions:
            return out
        mods = [c for c in head.children if c.dep_ in {"amod", "compound", "nmod"} and c.i in mentions]
        if actor.role is not None:
            # "lawmakers in France and Germany", "soldiers from Armenia and Georgia"
            mods += [g for c in head.children if c.dep_ == "prep" and c.lower_ in {"in", "of", "from"}
                     for g in c.children if g.dep_ == "pobj" and g.i in mentions]
        for c in mods:
            # ("Israeli and Hezbollah forces": the parser hangs "and" on the first and makes
            # the second a compound of the head, not a conjunct)
            joined = [c, *(m for m in mods if m.i > c.i)] if any(g.dep_ == "cc" for g in c.children) else []
            for g in (*c.conjuncts, *joined):
                if g.i not in mentions:
                    continue
                e = mentions[g.i].entry
                if e.kind not in {"country", "adjective", "capital", "org", "place"} or e.code == actor.code:
                    continue
                # (the role is the head noun's when the first modifier was a group with its own:
                # "Hezbollah and Israeli forces")
                code = _compose(e.code, (self.role_of(head) or actor.role) if e.kind != "org" else actor.role)
                if code != actor.code:
                    out.append((actor.model_copy(update={"code": code, "country": e.country,
                                                          "entries": [e.id]}), span))
        return out

    def _state_named(self, head: Token, mentions: dict[int, Mention]) -> list[Mention]:
        """'the tiny Baltic state of Estonia': the state is the one named, nothing else."""
        if head.lemma_.lower() not in self.lexicon.state_nouns:
            return []
        return [mentions[g.i] for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" and g.i in mentions and mentions[g.i].entry.kind == "country"]

    def _modifier_entries(self, head: Token, mentions: dict[int, Mention]) -> list[Mention]:
        found: list[Mention] = []
        stack = [c for c in head.children if c.dep_ in _NP_DEPS]
        actorish = head.i in mentions or self.role_of(head) is not None
        named = self._state_named(head, mentions)
        if named:
            return named
        # "the kidnappers of two Chinese engineers" are not Chinese ("opponents of the Maldives
        # government" are Maldivian)
        adversary = head.lemma_.lower() in self.lexicon.assailant_nouns
        for c in head.children:
            if c.dep_ == "prep" and actorish and not adversary and (
                    c.lower_ in _OF_PREPS or (c.lower_ == "for" and head.lemma_.lower() in self.lexicon.speaking_for_nouns)):
                # ("a spokesman for U.N. Secretary-General Antonio Guterres": the UN's)
                stack.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "prep" and c.lower_ in {"in", "on"} and self.role_of(head) is not None and not any(
                d.dep_ in _NP_DEPS and d.i in mentions and not opposed(d) for d in head.children
            ) and head.lemma_.lower() not in self.lexicon.mission_nouns:
                # ("an embassy in Damascus" is another state's)
                # "a court in Guyana", "officials in Kyiv": the place gives the country
                for g in c.children:
                    m = mentions.get(g.i)
                    if g.dep_ != "pobj":
                        continue
                    if c.lower_ == "in" and m is not None and (
                            m.entry.kind in {"country", "capital", "place"} or _state_like(m.entry)):
                        stack.append(g)
                    elif c.lower_ == "in" and m is None:
                        # "tribal elders in Pakistan's South Waziristan": the possessor state
                        stack.extend(a for a in g.children if a.dep_ == "poss" and a.i in mentions
                                     and mentions[a.i].entry.kind == "country")
                    if g.lemma_.lower() in self.lexicon.place_nouns:
                        # "protesters in the Kosovan town of Gjilan", "villagers on the Japanese
                        # island of Sado": the town's country
                        stack.extend(a for a in g.children if a.dep_ in {"amod", "compound"} and a.i in mentions
                                     and mentions[a.i].entry.kind == "adjective")
        seen: set[int] = set()
        while stack:
            t = stack.pop()
            if t.i in seen:
                continue
            seen.add(t.i)
            if opposed(t):
                continue  # "pro-EU protesters", "anti-Kremlin activists": not the EU's nor Russia's
            if t.head.i == head.i and venue_of(t, mentions, self.lexicon.venue_nouns):
                continue  # "the Kyoto treaty", "the Minsk agreements": where they were made
            if t.i in mentions and not self._is_backed(t, mentions[t.i]):
                found.append(mentions[t.i])
            named = self._state_named(t, mentions)
            if named:  # "leaders of the former Soviet republic of Belarus": Belarus, not the Soviets
                found.extend(named)
                continue
            stack.extend(c for c in t.children if c.dep_ in _NP_DEPS | {"pobj"})
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in _OF_PREPS and t.dep_ != "pobj":
                    stack.extend(g for g in c.children if g.dep_ == "pobj")
                if (c.dep_ == "prep" and c.lower_ == "to" and t.dep_ == "amod" and t.head.i == head.i
                        and t.lemma_.lower() in self.lexicon.loyalty_adjectives):
                    # "forces loyal to eastern commander Khalifa Haftar": the person they serve
                    # (not a group: "fighters loyal to the Islamic State" are no part of it)
                    stack.extend(g for g in c.children if g.dep_ == "pobj" and g.i in mentions
                                 and mentions[g.i].entry.kind == "person")
        return found

    def _author(
        self, doc_head: Token, mentions: dict[int, Mention], date: dt.date | None
    ) -> tuple[Actor, tuple[int, int]] | None:
        """The author of a document: its possessor or compound ("the UN report"), its
        "by" phrase, or the place where it was issued ("released in the Rwandan capital")."""
        cands = [c for c in doc_head.children if c.dep_ in {"poss", "compound", "amod", "nmod"}]
        for c in doc_head.children:
            if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
                cands.extend(g for g in c.children if g.dep_ == "pobj")
            if c.dep_ == "acl":  # "a report released/issued/published in Kigali"
                for p in c.children:
                    if p.dep_ in {"prep", "agent"} and p.lower_ in {"in", "by"}:
                        cands.extend(g for g in p.children if g.dep_ == "pobj")
        if doc_head.dep_ == "dobj" and doc_head.head.lemma_.lower() in self.lexicon.issuing_verbs:
            # "the European Parliament approved a resolution criticising ...": who issued it
            cands.extend(c for c in doc_head.head.children if c.dep_ == "nsubj")
        for c in cands:
            if c.i in mentions or self.role_of(c) is not None or any(
                    d.i in mentions for d in c.children if d.dep_ in _NP_DEPS):
                found = self._resolve_one(c, mentions, date, None)
                if found is not None:
                    actor, span = found
                    return actor.model_copy(update={"resolved_from": f"author of the {doc_head.lemma_}"}), span
        return None

    def _plural_demonym(self, text: str, e: Entry) -> bool:
        """"Georgians", "Kenyans": the plural of one of the country's adjectives (the tagger
        sometimes takes it for a singular name: "tens of thousands of Georgians")."""
        return text.endswith("s") and any(
            o.kind == "adjective" and o.code == e.code for o in self.tables.entries.get(text[:-1], ()))

    def _titled(self, head: Token) -> bool:
        """The name carries a current office title ("President X"), not "former"."""
        doc = head.doc
        words = [t for t in doc[max(0, head.i - 6) : head.i] if t.pos_ in {"PROPN", "NOUN", "ADJ"}]
        if any(t.lower_ in {"former", "ex", "late", "then"} for t in words):
            return False
        return any(self.role_of(t) == "GOV" for t in words)

    def _is_backed(self, tok: Token, mention: Mention | None = None) -> bool:
        """'Iranian-backed militias' names a sponsor, not the militias' country."""
        doc = tok.doc
        j = mention.end if mention is not None else tok.i + 1
        sponsor = self.lexicon.sponsor_suffixes  # "US-led" names the leader, so "led" is not one
        if j + 1 < len(doc) and doc[j].text == "-" and doc[j + 1].lower_ in sponsor:
            return True
        if j < len(doc) and doc[j].lower_.startswith("-") and doc[j].lower_[1:] in sponsor:
            return True
        return tok.head.lower_ in sponsor and tok.head.i == j + 1

    def _title_role(self, head: Token) -> str | None:
        """The role of a title before a name ("Defence Minister" in "Polish Defence Minister
        Jan Kowalski"), if any."""
        role = None
        for c in head.children:
            if c.dep_ in {"compound", "appos"} and c.i < head.i:
                role = self.role_of(c) or role
        return role

    def _resolve_one(
        self,
        head: Token,
        mentions: dict[int, Mention],
        date: dt.date | None,
        context: dict[str, Entry] | None,
        strict: bool = False,
    ) -> tuple[Actor, tuple[int, int]] | None:
        if head.pos_ == "PRON":
            return None
        if (not strict and head.i not in mentions and head.lemma_.lower() in self.tables.source_only
                and self._facility_role(head) is None
                # ("dozens of Russian strategic bombers": a craft named by an agent phrase of its own)
                and not any(c.lower_ in self.tables.agent_phrases.get(head.lemma_.lower(), {}) for c in head.children)
                and not (head.lemma_.lower() in self.lexicon.facility_nouns
                         and any(m.entry.kind in {"country", "adjective"} for m in self._modifier_entries(head, mentions)))):
            # "fired a missile at ...": the weapon is not the target (an army helicopter is, and
            # so is "a US warship" or "a Russian warplane": a state's craft)
            return None
        if head.i not in mentions and head.lemma_.lower() in self.lexicon.document_heads:
            # "a report released in the Rwandan capital alleged ...": a document speaks for its author
            return self._author(head, mentions, date)
        if head.i not in mentions and head.lemma_.lower() in self.lexicon.organisation_heads:
            # "the Hamas movement", "the U.N. nuclear watchdog agency": the organisation named
            named = [c for c in head.children if c.dep_ in {"compound", "nmod"} and c.i in mentions
                     and mentions[c.i].entry.kind == "org"]
            if named:
                return self._resolve_one(named[-1], mentions, date, context, strict)
        described = context is not None and head.lower_ in context and _definite(head)  # "the alliance"
        if head.i not in mentions and self.role_of(head) is None and head.pos_ == "NOUN" and not described and \
                head.lemma_.lower() not in self.lexicon.state_nouns and self._facility_role(head) is None:
            # "China's attempts", "French growth": an abstract thing, not an actor
            if strict or head.lemma_.lower() in self.lexicon.abstract_heads:
                return None
        own = mentions.get(head.i)
        mods = self._modifier_entries(head, mentions)
        if (own is None and not mods and head.lemma_.lower() in self.tables.source_only
                and self.role_of(head) == self._agent_word(head) and self._facility_role(head) is None):
            # "killed by a mortar attack": a weapon with no owner names no attacker (but a
            # "suicide bomber" is a person, listed as a phrase of its own)
            return None
        role = None if own is not None else self.role_of(head)
        if role is None and own is None and head.pos_ == "NOUN" and mods:
            # "Serbian army positions": a role word in compound, with a country
            for c in head.children:
                if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i not in mentions:
                    role = self.role_of(c) or role
        if role is None and own is None:
            role = self._facility_role(head)
        if role is None and own is None and head.pos_ == "PROPN":
            # a name with a title: "Polish Defence Minister Jan Kowalski"
            role = self._title_role(head)
        entries: list[str] = []
        country: str | None = None
        code_base: str | None = None
        span = (head.idx, head.idx + len(head.text))
        text_tokens = [head]
        if own is not None:
            e = own.entry
            if e.kind == "person":
                e = self._person_on(e, own.text, date)
            entries.append(e.id)
            span = (head.doc[own.start].idx, head.doc[own.end - 1].idx + len(head.doc[own.end - 1].text))
            text_tokens = list(head.doc[own.start : own.end])
            if e.kind == "person" and e.person is not None:
                code, country, prole = person_code(e.person, date)
                title = self._title_role(head) if prole == e.person.outside_role else None
                if title is not None and title not in {"GOV", prole} and country is not None:
                    # out of office, with a title that says what they are now ("Opposition
                    # leader Viktor Yushchenko" in 2004): that role in their state
                    return Actor(text=own.text, code=f"{country}{title}", country=country, role=title,
                                 entries=entries), span
                if prole == e.person.outside_role and self._titled(head):
                    # the text calls them "President ..." (not "former"): in office, though the
                    # table has no term for the date (or there is no date); the nearest term's state
                    terms = [t for t in e.person.terms if date is None or t.start <= date] or e.person.terms
                    term = max(terms, key=lambda t: t.start)
                    code, country, prole = _compose(term.country, term.role), _iso(term.country), term.role
                actor = Actor(text=own.text, code=code, country=country, role=prole, entries=entries)
                return actor, span
            code_base, country, role = e.code, e.country, e.role
            if _state_like(e) and head.pos_ == "PROPN":
                # a name a dictionary gives only its state's code ("Romendacil [BRE]"), with a
                # title before it ("Prime Minister Romendacil"): the state's government
                role = self._title_role(head)
            if (e.kind == "adjective" and role is None and head.pos_ in {"NOUN", "PROPN"}
                    and head.dep_ not in {"amod", "compound"} and own.end - own.start == 1
                    and (any(c.lower_ in {"a", "an"} or c.dep_ == "nummod" for c in head.children)
                         or ((head.tag_ in {"NNS", "NNPS"} or self._plural_demonym(own.text, e))
                             and not any(c.dep_ == "det" for c in head.children)))):
                role = "CVL"  # "two Americans", "a Briton": people of that country, not the state
            if e.kind == "org" and e.role is not None:
                states = [m.entry.country for m in mods if m.entry.kind in {"country", "adjective", "capital"}
                          and m.entry.country and not (m.start > 0 and head.doc[m.start - 1].text == "-")]
                # (not "pro-Russian Party of Regions": a stance, not a state)
                named_in = [c for c in states if c != e.country]
                if e.role == "PTY" and named_in and e.country not in states:
                    # a party named with another state ("Israel's opposition Labour party"): a
                    # party of that name in that state, not the one the table knows
                    return Actor(text=own.text, code=f"{named_in[0]}PTY", country=named_in[0], role="PTY",
                                 entries=[*entries, f"countries:{named_in[0]}:modifier"]), span
                # the name is the entity ("Rapid Support Forces" is RSF, not RSF + MIL)
                return Actor(text=own.text, code=_org_code(e, e.role), country=e.country,
                             role=e.role, entries=entries), span
        elif (context is not None and head.lower_ in context and _definite(head)
              and not any(m.entry.kind in {"country", "adjective", "capital"} for m in mods)):
            # (not "the Philippine National Security Council": a state's own council)
            e = context[head.lower_]
            entries.append(e.id + ":description")
            code_base, country, role = e.code, e.country, e.role
        # modifiers: "Russian troops", "the US leader", "officials of the Iraqi government"
        if mods:
            mods.sort(key=lambda m: -m.entry.rank)
            m = mods[0]
            e = m.entry
            phrase_text, span = _phrase(head)
            if e.kind == "person" and e.person is not None and code_base is None:
                e = self._person_on(e, m.text, date)
                assert e.person is not None
                code, country, prole = person_code(e.person, date)
                entries.append(e.id)
                loyal = any(c.dep_ == "amod" and c.lemma_.lower() in self.lexicon.loyalty_adjectives and c.i < m.start
                            for c in head.children)
                if role is not None and country and (head.lemma_.lower() in self.lexicon.follower_nouns or loyal):
                    # ("troops loyal to President Salva Kiir": his state's troops)
                    # "supporters of Brazil's former President Jair Bolsonaro": people of his country
                    return Actor(text=phrase_text, code=f"{country}{role}", country=country, role=role,
                                 entries=[*entries[:-1], f"followers:{e.id}"]), span
                return Actor(text=phrase_text, code=code, country=country, role=prole, entries=entries), span
            if code_base is None:
                code_base, country = e.code, e.country
                entries.append(e.id)
                if e.role and (role is None or role == "GOV") or role is None and e.role:
                    role = e.role
                if (role is None and e.kind == "adjective" and head.pos_ == "PROPN" and head.ent_type_ == "PERSON"
                        and head.doc[m.start].dep_ in {"compound", "amod"}):
                    role = "CVL"  # "Briton Ken Bigley", "Australian John Smith": a person of that country
                if e.kind == "org" and role == e.role:
                    return Actor(text=phrase_text, code=_org_code(e, role), country=country, role=role,
                                 entries=entries), span
            text_tokens = []
        if code_base is None and role is None:
            return None
        code = _compose(code_base, role)
        text = _phrase(head)[0] if not text_tokens else " ".join(t.text for t in text_tokens)
        return Actor(text=text, code=code, country=country, role=role, entries=entries), span


def _state_like(e: Entry) -> bool:
    """A user dictionary's state given as a plain name with its country code (a PETRARCH
    actors file lists "ARNOR [ARN]" like any other actor)."""
    return e.kind == "org" and e.role is None and bool(e.country) and e.code == e.country


def _in_country(actor: Actor, like: Actor) -> Actor:
    """``actor`` (a bare role: "government") placed where ``like`` is ("Danish media")."""
    base = like.code or ""
    if like.role and base.endswith(like.role):
        base = base[: -len(like.role)]
    return actor.model_copy(update={"code": _compose(base or like.country, actor.role), "country": like.country,
                                    "entries": like.entries + actor.entries})


def _org_code(e: Entry, role: str | None) -> str:
    """IGO codes take a role suffix (IGOUNO + MIL); a group's own code already says
    what it is (PSEREBHMS, IMGMUSISI) and is kept as it stands."""
    code = e.code or ""
    if international(code):
        return _compose(code, role)
    return code


def _definite(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)


def _phrase(head: Token) -> tuple[str, tuple[int, int]]:
    """Text and character span of the noun phrase headed by ``head`` (with its modifiers)."""
    toks = [head]
    for c in head.children:
        if c.dep_ in _NP_DEPS | {"det"} or (c.dep_ == "prep" and c.lower_ in _OF_PREPS):
            toks.extend(c.subtree)
    toks = [t for t in toks if not t.is_space]  # a blanked dateline or furniture line
    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
    span = head.doc[lo : hi + 1]
    return span.text, (span.start_char, span.end_char)


_NOT_WHO = ("anti", "pro", "pan", "trans", "inter")
_NOT_WHO_HYPHENED = tuple(f"{p}-" for p in _NOT_WHO)


def opposed(t: Token) -> bool:
    """A word written with "anti-" or "pro-" ("anti-government", "pro-Russian"): what the
    phrase is for or against, not who it is; nor is a word with "pan-", "trans-" or "inter-"
    ("the Pan-American Highway", "inter-Korean talks") one state's."""
    doc = t.doc
    # ("antigovernment" written solid, but not "Antigua" nor "Antioch")
    return t.lower_.startswith(_NOT_WHO_HYPHENED) or (t.text.startswith("anti") and t.is_lower) or (
        t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 1].idx == doc[t.i - 2].idx + len(doc[t.i - 2].text)
        and doc[t.i - 2].lower_ in _NOT_WHO) or any(
        c.lower_ in _NOT_WHO for c in t.children)


def venue_of(t: Token, mentions: dict[int, Mention], venue_nouns: frozenset[str]) -> bool:
    """``t`` is a city named on a document it was made in ("the Kyoto treaty", "the Minsk
    agreements"), no party to it (lexicon ``venue_nouns``)."""
    return (t.dep_ == "compound" and t.i in mentions and mentions[t.i].entry.kind in {"capital", "place"}
            and t.head.lemma_.lower() in venue_nouns)
