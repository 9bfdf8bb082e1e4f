"""Export an event store in the shapes other tools read: GDELT 2.0, ICEWS, PLOVER,
Parquet, CSV and eventcoder's own JSON Lines.

>>> with Store("events.duckdb", read_only=True) as store:                 # doctest: +SKIP
...     export(store, "gdelt", Path("events.tsv"), filters=EventFilter(source="RUS", root="19"))

Every format streams: rows are fetched from DuckDB in chunks of ``CHUNK`` and written as
they come. CAMEO codes are strings everywhere ("040", never 40).

Formats
-------
``gdelt``    the GDELT 2.0 event table: the 61 columns of the codebook in its order,
             tab-separated, no header row, one row per de-duplicated event.
             ``AvgTone`` is always 0: eventcoder computes no tone. Actor geography is
             left blank (type 0, as GDELT does when it has none); ``ActionGeo_*`` come from
             the event's location with FIPS 10-4 country codes (``data/iso3_fips.tsv``).
             ``FractionDate`` follows GDELT's files, ((month - 1) * 30 + day) / 365: the
             codebook writes MONTH * 30 + DAY, but real rows (2019-10-24 → 2019.8055) use
             month - 1. ``IsRootEvent`` is 1 when the first report names the event in its
             first two sentences. ``GLOBALEVENTID`` is the first 15 hex digits of the event
             id as an integer (stable across runs, not sequential).
``icews``    ICEWS-style TSV with the ICEWS header, one row per *mention* (ICEWS codes
             story sentences, not de-duplicated events); ``NA`` where nothing is known.
             ``Sentence Number`` counts from 1; ``Event ID`` is the first 15 hex digits of
             the mention id as an integer.
``plover``   PLOVER JSON Lines, one record per de-duplicated event, with the field names
             of the PLOVER manual's JSON tables (``actor``/``recipient`` as lists of entity
             objects, ``event``/``mode``/``context`` as lists, ``event_loc``, ``cite_info``)
             plus an ``eventcoder`` object with the CAMEO coding and the counts.
``parquet``  the ``events`` table (every column, codes as strings) via Arrow batches.
``csv``      the ``events`` table with a header row.
``jsonl``    one record per de-duplicated event with the field names of
             ``docs/event-schema.md`` (``id`` is the de-duplicated event id; ``article_id``,
             ``sentence_index`` and ``sentence`` are the first report's), plus
             ``num_mentions``, ``num_articles``, ``num_sources``.

By default negated events are left out (the event schema keeps them out of counts);
``EventFilter(include_negated=True)`` keeps them.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple, TextIO, cast

from .errors import ConfigError, EventCoderError

if TYPE_CHECKING:
    import duckdb

    from .store import Store

FORMATS = ("gdelt", "icews", "plover", "parquet", "csv", "jsonl")
"""The export formats, by name."""

CHUNK = 10_000
"""Rows fetched from DuckDB at a time."""

#: The GDELT 2.0 event table's columns, in order: the first field of each row of GDELT's
#: "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv" (linwoodc3/gdelt2HeaderRows,
#: quoting the GDELT 2.0 event codebook).
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)

#: The header of ICEWS event files (Dataverse "events.YYYY.*.tab").
ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
    "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
    "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
    "Longitude",
)

#: The 16 PLOVER event types (docs/event-schema.md).
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# CAMEO actor-code blocks (CAMEO manual 1.1b3 ch. 3, as tabulated in
# shared/data/cameo_actor_codes.tsv); used to split a code into GDELT's actor columns.
#: region codes, which GDELT puts in the CountryCode column (IGOEUREEC → EUR)
CAMEO_REGIONS = frozenset({
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
    "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
})
#: international actor types (kind international_generic)
CAMEO_INTERNATIONAL = frozenset({"IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS"})
#: role (agent) codes: primary, secondary and tertiary
CAMEO_ROLES = frozenset({
    "COP", "GOV", "INS", "JUD", "MIL", "OPP", "PTY", "REB", "SEP", "SPY", "UAF",
    "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED",
    "PPL", "REF", "MOD", "RAD",
})
#: religion codes
CAMEO_RELIGIONS = frozenset({
    "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "JAN", "JEW", "MOS", "SHN", "SIK", "TAO", "ABR",
    "ADR", "EAR", "INR", "IRR", "ITR", "NRM", "OFF", "GNO", "MLN", "PAG", "RAC", "SYN", "UFO",
    "WLN", "MAY", "MUS", "REL", "CTH", "PRO",
})

#: CAMEO type codes → ICEWS sector labels (the labels as ICEWS files spell them)
ICEWS_SECTORS = {
    "GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judicial",
    "LEG": "Legislative / Parliamentary", "OPP": "Dissident", "REB": "Rebel",
    "INS": "Insurgents", "SEP": "Separatists", "SPY": "Intelligence Ministry",
    "UAF": "Unidentified Forces", "PTY": "Parties", "BUS": "Business", "MED": "Media",
    "HLH": "Medical / Health", "EDU": "Education", "LAB": "Labor", "AGR": "Agricultural",
    "CRM": "Criminals / Gangs", "CVL": "General Population / Civilian / Social",
    "PPL": "General Population / Civilian / Social", "REF": "Refugees / Displaced",
    "ELI": "Elite", "HRI": "Human Rights NGOs", "ENV": "Environmental", "DEV": "Development",
    "RAD": "Radicals / Extremists / Fundamentalists", "MOD": "Moderate",
    "IGO": "International Government Organization",
    "NGO": "Nongovernmental Organizations / Activists",
    "NGM": "Nongovernmental Organizations / Activists", "MNC": "Multinational Corporation",
    "IMG": "International Insurgents",
}

_ROOT_RE = re.compile(r"^(0[1-9]|1[0-9]|20)$")
_NA = "NA"


class ExportError(EventCoderError):
    """An export cannot be written (unknown format, unwritable output)."""


# -- filters -----------------------------------------------------------------------------

@dataclass(frozen=True)
class EventFilter:
    """Which events to read: a parameterised SQL condition over the ``events`` table
    (the ``mentions`` table has the same column names, so it works there too).

    ``source``/``target`` match actor-code prefixes ("RUS" matches RUS, RUSGOV, RUSMIL);
    ``root`` is a 2-digit CAMEO root ("04"; "4" is read as "04"); ``plover_type`` one of
    ``PLOVER_TYPES``; ``since``/``until`` are inclusive event dates (events without a
    date are left out when either is given). Negated events are left out unless
    ``include_negated``; hypothetical ones are kept unless ``include_hypothetical`` is
    false. Bad values raise ``ConfigError``.

    >>> EventFilter(source="RUS", root="19").where()
    ('starts_with(source_code, ?) AND root_code = ? AND NOT coalesce(negated, false)', ['RUS', '19'])
    """

    source: str | None = None
    target: str | None = None
    root: str | None = None
    plover_type: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    include_negated: bool = False
    include_hypothetical: bool = True

    def __post_init__(self) -> None:
        for name in ("source", "target"):
            value = getattr(self, name)
            if value is not None:
                code = value.strip().upper()
                if not code or not code.replace("-", "").isalnum():
                    raise ConfigError(f"{name} actor code {value!r} is not a CAMEO code prefix such as RUS or USAGOV")
                object.__setattr__(self, name, code)
        if self.root is not None:
            root = str(self.root).strip()
            root = root.zfill(2) if root.isdigit() else root
            if not _ROOT_RE.match(root):
                raise ConfigError(f"root {self.root!r} is not a CAMEO root: use 01 to 20")
            object.__setattr__(self, "root", root)
        if self.plover_type is not None:
            ptype = self.plover_type.strip().upper()
            if ptype not in PLOVER_TYPES:
                raise ConfigError(f"plover_type {self.plover_type!r} is not a PLOVER event type; "
                                  f"choose from {', '.join(PLOVER_TYPES)}")
            object.__setattr__(self, "plover_type", ptype)
        for name in ("since", "until"):
            value = getattr(self, name)
            if isinstance(value, dt.datetime):
                object.__setattr__(self, name, value.date())
            elif value is not None and not isinstance(value, dt.date):
                raise ConfigError(f"{name} must be a date, got {value!r}")
        if self.since is not None and self.until is not None and self.since > self.until:
            raise ConfigError(f"since ({self.since}) is after until ({self.until})")

    def where(self, alias: str | None = None) -> tuple[str, list[Any]]:
        """The SQL condition (without ``WHERE``; ``TRUE`` when nothing is filtered) and
        its parameters, in order. ``alias`` qualifies the columns ("e" → ``e.root_code``)
        for queries that join other tables. No value is ever put into the SQL text."""
        col = (lambda c: f"{alias}.{c}") if alias else (lambda c: c)
        conds: list[str] = []
        params: list[Any] = []
        if self.source is not None:
            conds.append(f"starts_with({col('source_code')}, ?)")
            params.append(self.source)
        if self.target is not None:
            conds.append(f"starts_with({col('target_code')}, ?)")
            params.append(self.target)
        if self.root is not None:
            conds.append(f"{col('root_code')} = ?")
            params.append(self.root)
        if self.plover_type is not None:
            conds.append(f"{col('plover_type')} = ?")
            params.append(self.plover_type)
        if self.since is not None:
            conds.append(f"{col('date')} >= ?")
            params.append(self.since)
        if self.until is not None:
            conds.append(f"{col('date')} <= ?")
            params.append(self.until)
        if not self.include_negated:
            conds.append(f"NOT coalesce({col('negated')}, false)")
        if not self.include_hypothetical:
            conds.append(f"NOT coalesce({col('hypothetical')}, false)")
        return (" AND ".join(conds) or "TRUE"), params

    def is_default(self) -> bool:
        """True when the filter is the default one (only negated events left out)."""
        return all(getattr(self, f.name) == f.default for f in fields(self))


# -- reference tables --------------------------------------------------------------------

class Country(NamedTuple):
    fips: str
    name: str


def load_iso3_fips() -> dict[str, Country]:
    """ISO 3166 alpha-3 (and CAMEO) country code → FIPS 10-4 code and English name, from
    ``data/iso3_fips.tsv``; a new dict on each call."""
    text = (resources.files("eventcoder") / "data" / "iso3_fips.tsv").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    out: dict[str, Country] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        out[row["iso3"]] = Country(row["fips"], row["name"])
    return out


class ActorParts(NamedTuple):
    """A CAMEO actor code split into GDELT's actor columns."""

    country: str = ""
    known_group: str = ""
    ethnic: str = ""
    religion1: str = ""
    religion2: str = ""
    type1: str = ""
    type2: str = ""
    type3: str = ""

    @property
    def types(self) -> list[str]:
        return [t for t in (self.type1, self.type2, self.type3) if t]


def split_actor_code(code: str | None, countries: Collection[str]) -> ActorParts:
    """Split a CAMEO actor code into its 3-letter blocks the way GDELT fills its actor
    columns: the country or region block (the first block, or the second after IGO/NGO/
    MNC... as in IGOEUREEC → EUR), up to three type (role) blocks, up to two religion
    blocks, and the first other block as the known group (IGOEUREEC → EEC, AFGINSTAL → TAL).

    >>> split_actor_code("IGOEUREEC", {"RUS"})
    ActorParts(country='EUR', known_group='EEC', ethnic='', religion1='', religion2='', type1='IGO', type2='', type3='')
    """
    if not code:
        return ActorParts()
    blocks = [code[i:i + 3] for i in range(0, len(code), 3)]

    def place(block: str) -> bool:
        return block in countries or block in CAMEO_REGIONS

    country_at: int | None = None
    if place(blocks[0]):
        country_at = 0
    elif len(blocks) > 1 and blocks[0] in CAMEO_INTERNATIONAL and place(blocks[1]) \
            and blocks[1] not in CAMEO_RELIGIONS:  # IMGMUSISI: MUS is Muslim, not Mauritius
        country_at = 1
    types: list[str] = []
    religions: list[str] = []
    group = ""
    for i, block in enumerate(blocks):
        if i == country_at:
            continue
        if block in CAMEO_ROLES or block in CAMEO_INTERNATIONAL:
            types.append(block)
        elif block in CAMEO_RELIGIONS:
            religions.append(block)
        elif not group:
            group = block
    types += ["", "", ""]
    religions += ["", ""]
    return ActorParts(
        country=blocks[country_at] if country_at is not None else "", known_group=group,
        religion1=religions[0], religion2=religions[1],
        type1=types[0], type2=types[1], type3=types[2],
    )


# -- formatting helpers ------------------------------------------------------------------

def _clean(value: Any) -> str:
    """A field of a tab-separated row: no tabs or line breaks inside."""
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _float(x: float | None, digits: int = 4) -> str:
    if x is None:
        return ""
    s = f"{x:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if s in {"-0", ""} else s


def _short(x: float | None) -> str:
    """A number the way ICEWS prints it: 1, 4.5, -7.2."""
    return _NA if x is None else f"{x:g}"


def _numeric_id(hex_id: str | None) -> int:
    """A stable positive integer (< 2**60) from a hex id."""
    try:
        return int((hex_id or "")[:15], 16)
    except ValueError:
        import hashlib

        return int(hashlib.sha1((hex_id or "").encode("utf-8")).hexdigest()[:15], 16)


def _none_if_empty(v: Any) -> Any:
    return None if v == "" else v


def _iso(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


@dataclass(frozen=True)
class _Place:
    """An event location classified the way GDELT types it."""

    geo_type: int  # 0 none, 1 country, 2 US state, 3 US city, 4 world city
    name: str
    iso3: str
    country_name: str
    fips: str
    lat: float | None
    lon: float | None


def _place(row: dict[str, Any], countries: dict[str, Country]) -> _Place | None:
    name = row.get("location_name")
    if not name:
        return None
    iso3 = row.get("location_country") or ""
    c = countries.get(iso3)
    country_name, fips = (c.name, c.fips) if c else ("", "")
    lat, lon = row.get("lat"), row.get("lon")
    is_country = country_name and name.casefold() == country_name.casefold()
    if lat is not None and lon is not None and not is_country:
        geo_type = 3 if iso3 == "USA" else 4
    elif iso3 == "USA" and not is_country and name.casefold() not in {"us", "u.s.", "america", "usa"}:
        geo_type = 2  # a US state (the gazetteer's only US places without coordinates)
    else:
        geo_type = 1
    return _Place(geo_type, name, iso3, country_name, fips, lat, lon)


def _full_name(p: _Place) -> str:
    """GDELT's FullName: "Country", "State, Country" or "City, Country"."""
    if p.geo_type == 1 and (not p.country_name or p.name.casefold() == p.country_name.casefold()):
        return p.country_name or p.name
    return f"{p.name}, {p.country_name}" if p.country_name else p.name


# -- queries -----------------------------------------------------------------------------

#: one row per de-duplicated event, with the first report's sentence, trigger and article
_EVENTS_SQL = """
WITH fm AS (
    SELECT m.event_id, m.sentence_index, m.trigger,
           row_number() OVER (PARTITION BY m.event_id ORDER BY m.sentence_index, m.mention_id) AS rn
    FROM mentions m JOIN events x ON x.event_id = m.event_id AND x.first_article_id = m.article_id
)
SELECT e.*, fm.sentence_index AS first_sentence_index, fm.trigger AS first_trigger,
       s.text AS sentence, a.title AS title, a.publisher AS publisher
FROM events e
LEFT JOIN fm ON fm.event_id = e.event_id AND fm.rn = 1
LEFT JOIN sentences s ON s.article_id = e.first_article_id AND s.sentence_index = fm.sentence_index
LEFT JOIN articles a ON a.article_id = e.first_article_id
WHERE {where}
ORDER BY e.date NULLS LAST, e.event_id
"""

#: the events table as it is
_TABLE_SQL = "SELECT e.* FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.event_id"

#: one row per mention, with the article's publisher
_MENTIONS_SQL = """
SELECT m.*, a.publisher AS publisher
FROM mentions m JOIN articles a ON a.article_id = m.article_id
WHERE {where}
ORDER BY m.date NULLS LAST, m.article_id, m.sentence_index, m.mention_id
"""


def _rows(cur: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any]) -> Iterator[dict[str, Any]]:
    """Stream a query's rows as dicts, ``CHUNK`` at a time."""
    cur.execute(sql, list(params))
    cols = [d[0] for d in cur.description or []]
    while True:
        chunk = cur.fetchmany(CHUNK)
        if not chunk:
            return
        for row in chunk:
            yield dict(zip(cols, row))


# -- sinks -------------------------------------------------------------------------------

def _is_path(out: object) -> bool:
    return isinstance(out, (str, os.PathLike))


def _is_text(out: object) -> bool:
    if isinstance(out, io.TextIOBase):
        return True
    if isinstance(out, (io.RawIOBase, io.BufferedIOBase)):
        return False
    return "b" not in str(getattr(out, "mode", ""))


@contextmanager
def _text_sink(out: BinaryIO | TextIO | Path | str) -> Iterator[TextIO]:
    if isinstance(out, (str, os.PathLike)):
        try:
            fh = open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise ExportError(f"{out}: cannot write the export ({exc.strerror})") from None
        with fh:
            yield fh
    elif _is_text(out):
        yield out  # type: ignore[misc]
    else:
        wrapper = io.TextIOWrapper(cast(BinaryIO, out), encoding="utf-8", newline="", write_through=True)
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()  # leave the caller's stream open


# -- writers -----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Context:
    countries: dict[str, Country]
    codes: frozenset[str]
    version: str


def _gdelt_actor(code: str | None, text: str | None, country: str | None, role: str | None,
                 ctx: _Context) -> list[str]:
    if not code:
        return [""] * 10
    parts = split_actor_code(code, ctx.codes)
    types = parts.types or ([role] if role else [])
    types += ["", "", ""]
    return [code, (text or "").upper(), parts.country or (country or ""), parts.known_group,
            parts.ethnic, parts.religion1, parts.religion2, types[0], types[1], types[2]]


def _gdelt_row(r: dict[str, Any], ctx: _Context) -> list[str]:
    date: dt.date | None = r["date"]
    if date is not None:
        day = [date.strftime("%Y%m%d"), date.strftime("%Y%m"), str(date.year),
               f"{date.year + ((date.month - 1) * 30 + date.day) / 365:.4f}"]
    else:
        day = ["", "", "", ""]
    code: str = r["cameo_code"]
    first = r.get("first_sentence_index")
    root_event = "1" if first is not None and first <= 1 else "0"
    place = _place(r, ctx.countries)
    if place is None:
        action = ["0", "", "", "", "", "", "", ""]
    else:
        country_level = place.geo_type == 1
        action = [str(place.geo_type), _full_name(place), place.fips,
                  place.fips if country_level else "",  # GDELT: ADM1 of a country match is its code
                  "", _float(place.lat), _float(place.lon),
                  place.fips if country_level else ""]  # ... and so is its FeatureID
    added = r.get("first_added")
    goldstein = r.get("goldstein")
    row = [
        str(_numeric_id(r["event_id"])), *day,
        *_gdelt_actor(r["source_code"], r["source_text"], r["source_country"], r["source_role"], ctx),
        *_gdelt_actor(r["target_code"], r["target_text"], r["target_country"], r["target_role"], ctx),
        root_event, code, code[:3], r["root_code"],
        str(r["quad_class"] if r["quad_class"] is not None else ""),
        repr(float(goldstein)) if goldstein is not None else "",
        str(r["num_mentions"]), str(r["num_sources"]), str(r["num_articles"]), "0",
        "0", "", "", "", "", "", "", "",
        "0", "", "", "", "", "", "", "",
        *action,
        added.strftime("%Y%m%d%H%M%S") if added is not None else "",
        r.get("source_url") or f"article:{r['first_article_id']}",
    ]
    return [_clean(v) for v in row]


def _write_gdelt(cur: duckdb.DuckDBPyConnection, f: EventFilter, sink: TextIO, ctx: _Context) -> int:
    where, params = f.where("e")
    n = 0
    for r in _rows(cur, _EVENTS_SQL.format(where=where), params):
        sink.write("\t".join(_gdelt_row(r, ctx)) + "\n")
        n += 1
    return n


def _sectors(code: str | None, role: str | None, ctx: _Context) -> str:
    types = split_actor_code(code, ctx.codes).types
    if role and role not in types:
        types.append(role)
    labels = list(dict.fromkeys(ICEWS_SECTORS[t] for t in types if t in ICEWS_SECTORS))
    return ",".join(labels) or _NA


def _country_name(iso3: str | None, ctx: _Context) -> str:
    c = ctx.countries.get(iso3 or "")
    return c.name if c else _NA


def _icews_row(r: dict[str, Any], ctx: _Context) -> list[str]:
    place = _place(r, ctx.countries)
    date = r["date"]
    return [_clean(v) or _NA for v in (
        _numeric_id(r["mention_id"]),
        date.isoformat() if date is not None else _NA,
        r["source_text"] or _NA, _sectors(r["source_code"], r["source_role"], ctx),
        _country_name(r["source_country"], ctx),
        r["cameo_name"], r["cameo_code"], _short(r["goldstein"]),
        r["target_text"] or _NA, _sectors(r["target_code"], r["target_role"], ctx),
        _country_name(r["target_country"], ctx),
        r["article_id"], r["sentence_index"] + 1, r.get("publisher") or _NA,
        place.name if place and place.geo_type in (3, 4) else _NA,
        _NA,
        place.name if place and place.geo_type == 2 else _NA,
        (place.country_name or _NA) if place else _NA,
        _short(place.lat) if place else _NA, _short(place.lon) if place else _NA,
    )]


def _write_icews(cur: duckdb.DuckDBPyConnection, f: EventFilter, sink: TextIO, ctx: _Context) -> int:
    where, params = f.where("m")
    sink.write("\t".join(ICEWS_COLUMNS) + "\n")
    n = 0
    for r in _rows(cur, _MENTIONS_SQL.format(where=where), params):
        sink.write("\t".join(_icews_row(r, ctx)) + "\n")
        n += 1
    return n


def _location(r: dict[str, Any]) -> dict[str, Any] | None:
    if not r.get("location_name"):
        return None
    return {"name": r["location_name"], "country": r.get("location_country"),
            "lat": r.get("lat"), "lon": r.get("lon")}


def _actor(r: dict[str, Any], side: str) -> dict[str, Any]:
    return {"text": r[f"{side}_text"] or "", "code": _none_if_empty(r[f"{side}_code"]),
            "country": r[f"{side}_country"], "role": r[f"{side}_role"]}


def _jsonl_record(r: dict[str, Any], ctx: _Context) -> dict[str, Any]:
    return {
        "id": r["event_id"],
        "article_id": r["first_article_id"],
        "sentence_index": r.get("first_sentence_index"),
        "sentence": r.get("sentence"),
        "date": _iso(r["date"]),
        "date_precision": r.get("date_precision"),
        "source": _actor(r, "source"),
        "target": _actor(r, "target"),
        "cameo": {"code": r["cameo_code"], "root": r["root_code"], "name": r["cameo_name"],
                  "goldstein": r["goldstein"], "quad_class": r["quad_class"]},
        "plover": {"event_type": r["plover_type"], "mode": r["plover_mode"]},
        "negated": bool(r["negated"]),
        "hypothetical": bool(r["hypothetical"]),
        "location": _location(r),
        "confidence": r.get("confidence"),
        "num_mentions": r["num_mentions"],
        "num_articles": r["num_articles"],
        "num_sources": r["num_sources"],
        "first_added": _iso(r.get("first_added")),
        "source_url": r.get("source_url"),
    }


def _plover_entity(r: dict[str, Any], side: str, ctx: _Context) -> list[dict[str, Any]]:
    code, text = _none_if_empty(r[f"{side}_code"]), r[f"{side}_text"]
    if not code and not text:
        return []
    country = r[f"{side}_country"]
    c = ctx.countries.get(country or "")
    return [{"entity_text": text or "", "code": code, "sector": r[f"{side}_role"],
             "country_code": country, "country_name": c.name if c else None}]


def _plover_loc(r: dict[str, Any], ctx: _Context) -> dict[str, Any] | None:
    p = _place(r, ctx.countries)
    if p is None:
        return None
    return {"extracted_place": p.name, "resolved_place": p.name, "lat": p.lat, "lon": p.lon,
            "city": p.name if p.geo_type in (3, 4) else None,
            "province": p.name if p.geo_type == 2 else None,
            "country": p.country_name or None, "country_code": p.iso3 or None,
            "resolution": {1: 1, 2: 2, 3: 4, 4: 4}[p.geo_type]}


def _plover_record(r: dict[str, Any], ctx: _Context) -> dict[str, Any]:
    added = r.get("first_added")
    return {
        "id": r["event_id"],
        "date": _iso(r["date"]),
        "actor": _plover_entity(r, "source", ctx),
        "recipient": _plover_entity(r, "target", ctx),
        "event": [r["plover_type"]] if r["plover_type"] else [],
        "mode": [r["plover_mode"]] if r["plover_mode"] else [],
        "context": [],
        "event_text": [r["first_trigger"]] if r.get("first_trigger") else [],
        "quad_code": r["quad_class"],
        "event_loc": _plover_loc(r, ctx),
        "text": r.get("sentence"),
        "text_info": {"sequence": r.get("first_sentence_index")},
        "cite_info": {"citation": r["first_article_id"], "url": r.get("source_url"),
                      "title": r.get("title"), "publication": r.get("publisher")},
        "coder": f"eventcoder {ctx.version}",
        "coded_date": added.date().isoformat() if added is not None else None,
        "eventcoder": {
            "cameo": {"code": r["cameo_code"], "root": r["root_code"], "name": r["cameo_name"],
                      "goldstein": r["goldstein"], "quad_class": r["quad_class"]},
            "negated": bool(r["negated"]), "hypothetical": bool(r["hypothetical"]),
            "date_precision": r.get("date_precision"), "confidence": r.get("confidence"),
            "num_mentions": r["num_mentions"], "num_articles": r["num_articles"],
            "num_sources": r["num_sources"],
        },
    }


def _json_writer(make: Callable[[dict[str, Any], _Context], dict[str, Any]]) -> Callable[
        [duckdb.DuckDBPyConnection, EventFilter, TextIO, _Context], int]:
    def write(cur: duckdb.DuckDBPyConnection, f: EventFilter, sink: TextIO, ctx: _Context) -> int:
        where, params = f.where("e")
        n = 0
        for r in _rows(cur, _EVENTS_SQL.format(where=where), params):
            sink.write(json.dumps(make(r, ctx), ensure_ascii=False) + "\n")
            n += 1
        return n

    return write


def _csv_value(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (dt.date, dt.datetime)):
        return _iso(v)
    return v


def _write_csv(cur: duckdb.DuckDBPyConnection, f: EventFilter, sink: TextIO, ctx: _Context) -> int:
    where, params = f.where("e")
    w = csv.writer(sink, lineterminator="\n")
    cur.execute(_TABLE_SQL.format(where=where), params)
    w.writerow([d[0] for d in cur.description or []])
    n = 0
    while chunk := cur.fetchmany(CHUNK):
        w.writerows([_csv_value(v) for v in row] for row in chunk)
        n += len(chunk)
    return n


def _write_parquet(cur: duckdb.DuckDBPyConnection, f: EventFilter,
                   out: BinaryIO | TextIO | Path | str) -> int:
    import pyarrow.parquet as pq

    where, params = f.where("e")
    rel = cur.sql(_TABLE_SQL.format(where=where), params=params)
    # duckdb >= 2 calls it to_arrow_reader; 1.x fetch_arrow_reader
    batches: Any = getattr(rel, "to_arrow_reader", None) or getattr(rel, "fetch_arrow_reader", None)
    reader = batches(CHUNK)
    if _is_path(out):
        target: Any = os.fspath(out)  # type: ignore[arg-type]
    elif _is_text(out):
        target = getattr(out, "buffer", None)
        if target is None:
            raise ExportError("parquet is binary: write it to a file or a binary stream")
    else:
        target = out
    n = 0
    try:
        with pq.ParquetWriter(target, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
                n += batch.num_rows
    except OSError as exc:
        raise ExportError(f"{out}: cannot write the parquet export ({exc})") from None
    return n


_TEXT_WRITERS: dict[str, Callable[[duckdb.DuckDBPyConnection, EventFilter, TextIO, _Context], int]] = {
    "gdelt": _write_gdelt,
    "icews": _write_icews,
    "plover": _json_writer(_plover_record),
    "csv": _write_csv,
    "jsonl": _json_writer(_jsonl_record),
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("eventcoder")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def export(store: Store, fmt: str, out: BinaryIO | TextIO | Path | str, *,
           filters: EventFilter | None = None) -> int:
    """Write the store's events (those ``filters`` select) to ``out`` in format ``fmt``
    (one of ``FORMATS``); returns the number of rows written. ``out`` is a path (created
    or replaced) or an open text or binary stream, which is left open. A store whose
    ``events`` table is out of date (a run was killed before rebuilding it) is rebuilt
    first when it is open for writing."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose from {', '.join(FORMATS)}")
    f = filters or EventFilter()
    if store.stale and not store.read_only:
        store.rebuild_events()
    cur = store.con.cursor()
    try:
        if fmt == "parquet":
            return _write_parquet(cur, f, out)
        countries = load_iso3_fips()
        ctx = _Context(countries, frozenset(countries), _version())
        with _text_sink(out) as sink:
            n = _TEXT_WRITERS[fmt](cur, f, sink, ctx)
            sink.flush()
            return n
    finally:
        cur.close()
