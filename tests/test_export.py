"""Exports: GDELT 2.0, ICEWS, PLOVER, Parquet, CSV, JSON Lines; filters; FIPS codes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import duckdb
import pytest

from eventcoder import export as export_mod
from eventcoder.errors import ConfigError
from eventcoder.export import (
    FORMATS,
    GDELT_COLUMNS,
    ICEWS_COLUMNS,
    PLOVER_TYPES,
    EventFilter,
    ExportError,
    export,
    load_iso3_fips,
    split_actor_code,
)
from eventcoder.model import (
    Actor,
    Article,
    CameoCoding,
    Event,
    Location,
    PloverCoding,
    Provenance,
    event_id,
)
from eventcoder.store import Store

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
GDELT_HEADER = SHARED / "raw" / "gdelt" / "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv"
GDELT_SAMPLE = SHARED / "corpora" / "event_data" / "gdelt2_events_20191024143000.export.CSV"
ICEWS_SAMPLE = SHARED / "corpora" / "event_data" / "icews_events.2018.sample.tab"
PLOVER_ONTOLOGY = SHARED / "plover_ontology.yaml"

DAY = dt.date(2026, 3, 6)
MINSK = Location(name="Minsk", country="BLR", lat=53.9002, lon=27.5665, reason="dateline")
LONDON = Location(name="London", country="GBR", lat=51.5085, lon=-0.1257, reason="dateline")
KHARKIV = Location(name="Kharkiv", country="UKR", lat=49.9818, lon=36.2548, reason="clause")
TEXAS = Location(name="Texas", country="USA", reason="clause")
UKRAINE = Location(name="Ukraine", country="UKR", reason="clause")

EU = Actor(text="The European Union", code="IGOEUREEC")
BELARUS = Actor(text="Belarus", code="BLR", country="BLR")
RUS_TROOPS = Actor(text="Russian troops", code="RUSMIL", country="RUS", role="MIL")
UKRAINE_A = Actor(text="Ukraine", code="UKR", country="UKR")
UK_GOV = Actor(text="British ministers", code="GBRGOV", country="GBR", role="GOV")
RUSSIA = Actor(text="Russia", code="RUS", country="RUS")
UKR_ARMY = Actor(text="the Ukrainian army", code="UKRMIL", country="UKR", role="MIL")
USA_GOV = Actor(text="the White House", code="USAGOV", country="USA", role="GOV")
MEX = Actor(text="Mexico", code="MEX", country="MEX")

#: (code, root, name, goldstein, quad class, PLOVER type, mode), as in data/cameo.tsv
CONSULT = ("040", "04", "Consult, not specified below", 1.0, 1, "CONSULT", None)
SHELL = ("194", "19", "Fight with artillery and tanks", -10.0, 4, "ASSAULT", "heavy-weapons")
ACCUSE = ("112", "11", "Accuse, not specified below", -2.0, 3, "ACCUSE", "disapprove")
FORCE = ("190", "19", "Use conventional military force, not specified below", -10.0, 4, "ASSAULT", None)
EMBARGO = ("163", "16", "Impose embargo, boycott, or sanctions", -8.0, 4, "SANCTION", None)
PROTEST = ("141", "14", "Demonstrate or rally, not specified below", -6.5, 3, "PROTEST", None)


def _event(art: Article, sentence: str, trigger: str, src: Actor, tgt: Actor, cameo: tuple, *,
           date: dt.date = DAY, loc: Location | None = None, negated: bool = False,
           hypothetical: bool = False) -> Event:
    index = next(i for i, s in enumerate(art.text.split("\n")) if s == sentence)
    start = art.text.index(sentence) + sentence.index(trigger)
    code, root, name, goldstein, quad, ptype, mode = cameo
    return Event(
        id=event_id(art.id, index, src.code or "", tgt.code or "", code), article_id=art.id,
        sentence_index=index, sentence=sentence, date=date, source=src, target=tgt,
        cameo=CameoCoding(code=code, root=root, name=name, goldstein=goldstein, quad_class=quad),
        plover=PloverCoding(event_type=ptype, mode=mode), negated=negated,
        hypothetical=hypothetical, location=loc,
        provenance=Provenance(pattern_id="test", trigger=trigger,
                              trigger_offsets=(start, start + len(trigger)),
                              source_slot="nsubj", target_slot="dobj"),
    )


def _article(aid: str, url: str | None, publisher: str, *sentences: str, title: str | None = None) -> Article:
    meta = {"source": publisher} | ({"url": url} if url else {})
    return Article(id=aid, date=DAY, title=title, meta=meta, text="\n".join(sentences))


WIRE = _article(
    "wire-1", "https://wire.example/1", "Wire Service",
    "The European Union consulted Belarus on Tuesday.",
    "Russian troops shelled Kharkiv on Monday.",
    "Fighting went on through the night.",
    "British ministers accused Russia of jamming GPS signals.",
    "The Ukrainian army did not fire on Russia, officials said.",
    title="EU and Belarus hold talks",
)
PAPER = _article(
    "paper-7", None, "Daily Paper",
    "Officials said the European Union consulted Belarus on Tuesday.",
    "The White House could impose an embargo on Russia.",
    "Farmers rallied in Texas against Mexico.",
    "Russian troops attacked Ukraine.",
)


def _coded() -> list[tuple[Article, list[Event]]]:
    w, p = WIRE.text.split("\n"), PAPER.text.split("\n")
    return [
        (WIRE, [
            _event(WIRE, w[0], "consulted", EU, BELARUS, CONSULT, date=dt.date(2026, 3, 3), loc=MINSK),
            _event(WIRE, w[1], "shelled", RUS_TROOPS, UKRAINE_A, SHELL, date=dt.date(2026, 3, 2), loc=KHARKIV),
            _event(WIRE, w[3], "accused", UK_GOV, RUSSIA, ACCUSE, loc=LONDON),
            _event(WIRE, w[4], "fire", UKR_ARMY, RUSSIA, FORCE, negated=True),
        ]),
        (PAPER, [
            _event(PAPER, p[0], "consulted", EU, BELARUS, CONSULT, date=dt.date(2026, 3, 3), loc=MINSK),
            _event(PAPER, p[1], "impose", USA_GOV, RUSSIA, EMBARGO, hypothetical=True),
            _event(PAPER, p[2], "rallied", Actor(text="Farmers", code="USAAGR", country="USA", role="AGR"),
                   MEX, PROTEST, date=dt.date(2026, 3, 5), loc=TEXAS),
            _event(PAPER, p[3], "attacked", RUS_TROOPS, UKRAINE_A, FORCE, date=dt.date(2026, 3, 4), loc=UKRAINE),
        ]),
    ]


def _build(path: Path) -> Store:
    s = Store(path)
    s.write(_coded())
    s.rebuild_events()
    return s


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """One store for the module: exports only read it."""
    with _build(tmp_path_factory.mktemp("export") / "e.duckdb") as s:
        yield s


def _text(store, fmt, filters=None) -> str:
    buf = io.StringIO()
    export(store, fmt, buf, filters=filters)
    return buf.getvalue()


def _jsonl(store, fmt="jsonl", filters=None) -> list[dict]:
    return [json.loads(line) for line in _text(store, fmt, filters).splitlines()]


def _gdelt(store, filters=None) -> list[dict[str, str]]:
    rows = list(csv.reader(io.StringIO(_text(store, "gdelt", filters)), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert all(len(r) == 61 for r in rows)
    return [dict(zip(GDELT_COLUMNS, r)) for r in rows]


def _codebook() -> dict[str, str]:
    """GDELT column name → DuckDB type, from the codebook's header file."""
    if not GDELT_HEADER.exists():
        pytest.skip(f"{GDELT_HEADER} not found")
    with open(GDELT_HEADER, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    kinds = {"INTEGER": "BIGINT", "FLOAT": "DOUBLE", "STRING": "VARCHAR"}
    return {r[0]: kinds[r[1]] for r in rows}


# -- GDELT -------------------------------------------------------------------------------

def test_gdelt_columns_are_the_codebooks():
    assert list(_codebook()) == list(GDELT_COLUMNS)
    assert len(GDELT_COLUMNS) == 61


def test_gdelt_rows_load_with_the_codebook_names_and_types(store, tmp_path):
    out = tmp_path / "events.export.CSV"
    assert export(store, "gdelt", out) == 6  # 7 events, the negated one left out
    raw = out.read_text(encoding="utf-8")
    assert raw.endswith("\n") and not raw.startswith("GLOBALEVENTID")  # no header row, like GDELT
    assert all(line.count("\t") == 60 for line in raw.splitlines())
    rel = duckdb.read_csv(str(out), delimiter="\t", header=False, quotechar="", columns=_codebook())
    assert rel.shape == (6, 61)
    rows = {row[26]: dict(zip(rel.columns, row)) for row in rel.fetchall()}  # by EventCode
    consult = rows["040"]
    assert (consult["EventCode"], consult["EventBaseCode"], consult["EventRootCode"]) == ("040", "040", "04")
    assert consult["SQLDATE"] == 20260303 and consult["MonthYear"] == 202603 and consult["Year"] == 2026
    assert consult["FractionDate"] == pytest.approx(2026.1726)  # (2 * 30 + 3) / 365, as GDELT files do
    assert (consult["Actor1Code"], consult["Actor1Name"]) == ("IGOEUREEC", "THE EUROPEAN UNION")
    assert (consult["Actor1CountryCode"], consult["Actor1KnownGroupCode"], consult["Actor1Type1Code"]) == (
        "EUR", "EEC", "IGO")
    assert (consult["Actor2Code"], consult["Actor2CountryCode"]) == ("BLR", "BLR")
    assert (consult["NumMentions"], consult["NumArticles"], consult["NumSources"]) == (2, 2, 2)
    assert (consult["QuadClass"], consult["GoldsteinScale"], consult["AvgTone"]) == (1, 1.0, 0.0)
    assert consult["IsRootEvent"] == 1  # first sentence of the first report
    assert consult["ActionGeo_Type"] == 4 and consult["ActionGeo_FullName"] == "Minsk, Belarus"
    assert consult["ActionGeo_CountryCode"] == "BO"  # FIPS 10-4, not ISO BY
    assert consult["ActionGeo_Lat"] == pytest.approx(53.9002)
    assert consult["Actor1Geo_Type"] == 0 and consult["Actor1Geo_CountryCode"] is None
    assert dt.datetime.strptime(str(consult["DATEADDED"]), "%Y%m%d%H%M%S")  # YYYYMMDDHHMMSS
    accuse = rows["112"]
    assert accuse["ActionGeo_CountryCode"] == "UK" and accuse["IsRootEvent"] == 0
    assert accuse["Actor1Type1Code"] == "GOV" and accuse["SOURCEURL"] == "https://wire.example/1"
    assert rows["141"]["ActionGeo_Type"] == 2  # a US state
    assert rows["141"]["ActionGeo_FullName"] == "Texas, United States"
    country_level = rows["190"]
    assert (country_level["ActionGeo_Type"], country_level["ActionGeo_FullName"]) == (1, "Ukraine")
    assert country_level["ActionGeo_CountryCode"] == country_level["ActionGeo_FeatureID"] == "UP"
    assert country_level["SOURCEURL"] == "article:paper-7"  # no URL: the article id
    assert all(r["GLOBALEVENTID"] > 0 for r in rows.values())


def test_gdelt_output_reads_like_the_real_sample(store, tmp_path):
    if not GDELT_SAMPLE.exists():
        pytest.skip(f"{GDELT_SAMPLE} not found")
    out = tmp_path / "ours.CSV"
    export(store, "gdelt", out)
    opts = {"delimiter": "\t", "header": False, "quotechar": "", "auto_detect": True, "all_varchar": True}
    ours, real = duckdb.read_csv(str(out), **opts), duckdb.read_csv(str(GDELT_SAMPLE), **opts)
    assert len(ours.columns) == len(real.columns) == 61
    codebook = _codebook()
    for rel in (ours, real):  # every value casts to the codebook's type
        casts = ", ".join(f"TRY_CAST({c} AS {t}) IS NULL AND {c} IS NOT NULL"
                          for c, t in zip(rel.columns, codebook.values()))
        bad = rel.query("r", f"SELECT count(*) FROM r WHERE {casts.replace(', ', ' OR ')}").fetchall()
        assert bad == [(0,)]
    mine = set(ours.query("r", "SELECT column26 FROM r").fetchall())  # EventCode keeps its zero
    assert ("040",) in mine and ("040",) in set(real.query("r", "SELECT column26 FROM r").fetchall())


# -- codes keep their leading zeros everywhere ----------------------------------------------

def test_event_codes_keep_leading_zeros_in_every_format(store, tmp_path):
    assert [r for r in _gdelt(store) if r["EventCode"] == "040"][0]["EventRootCode"] == "04"
    icews = list(csv.DictReader(io.StringIO(_text(store, "icews")), delimiter="\t"))
    assert {r["CAMEO Code"] for r in icews} >= {"040", "112"}
    table = list(csv.DictReader(io.StringIO(_text(store, "csv"))))
    consult = [r for r in table if r["cameo_code"] == "040"]
    assert consult and consult[0]["root_code"] == "04"
    assert {r["cameo"]["code"] for r in _jsonl(store)} >= {"040"}
    assert any(r["cameo"]["root"] == "04" for r in _jsonl(store))
    assert any(r["eventcoder"]["cameo"]["code"] == "040" for r in _jsonl(store, "plover"))
    pq = tmp_path / "events.parquet"
    assert export(store, "parquet", pq) == 6
    got = duckdb.sql(f"SELECT typeof(cameo_code), cameo_code, root_code FROM '{pq}' WHERE cameo_code = '040'")
    assert got.fetchall() == [("VARCHAR", "040", "04")]


# -- FIPS and actor codes ----------------------------------------------------------------

@pytest.mark.parametrize(("iso3", "fips"), [
    ("BLR", "BO"), ("GBR", "UK"), ("CAN", "CA"), ("DEU", "GM"), ("UKR", "UP"), ("USA", "US"),
    ("RUS", "RS"), ("KSV", "KV"), ("XKX", "KV"), ("TMP", "TT"),
])
def test_iso3_to_fips(iso3, fips):
    assert load_iso3_fips()[iso3].fips == fips


def test_fips_table_has_names_and_no_gaps():
    table = load_iso3_fips()
    assert len(table) > 240 and table["GBR"].name == "United Kingdom"
    assert all(len(c.fips) == 2 and c.name for c in table.values())


@pytest.mark.parametrize(("code", "country", "group", "types", "religion"), [
    ("IGOEUREEC", "EUR", "EEC", ["IGO"], ""),  # as GDELT fills it
    ("IGOWSTNAT", "WST", "NAT", ["IGO"], ""),
    ("IGOUNODEVWBK", "", "UNO", ["IGO", "DEV"], ""),
    ("AFGINSTAL", "AFG", "TAL", ["INS"], ""),
    ("MNCUSAMED", "USA", "", ["MNC", "MED"], ""),
    ("GOVMED", "", "", ["GOV", "MED"], ""),
    ("RUSGOV", "RUS", "", ["GOV"], ""),
    ("SYRREBMUS", "SYR", "", ["REB"], "MUS"),
    ("IMGMUSISI", "", "ISI", ["IMG"], "MUS"),  # MUS after IMG is Muslim, not Mauritius
    ("MUS", "MUS", "", [], ""),
])
def test_split_actor_code(code, country, group, types, religion):
    parts = split_actor_code(code, set(load_iso3_fips()))
    assert (parts.country, parts.known_group, parts.types, parts.religion1) == (country, group, types, religion)


# -- filters -----------------------------------------------------------------------------

@pytest.mark.parametrize(("f", "codes"), [
    (EventFilter(), {"040", "194", "112", "163", "141", "190"}),
    (EventFilter(source="RUS"), {"194", "190"}),  # prefix: RUSMIL
    (EventFilter(source="rus"), {"194", "190"}),
    (EventFilter(target="RUS"), {"112", "163"}),
    (EventFilter(source="IGO", target="BLR"), {"040"}),
    (EventFilter(root="4"), {"040"}),
    (EventFilter(root="19"), {"194", "190"}),
    (EventFilter(plover_type="assault"), {"194", "190"}),
    (EventFilter(since=dt.date(2026, 3, 4)), {"112", "163", "141", "190"}),
    (EventFilter(until=dt.date(2026, 3, 3)), {"040", "194"}),
    (EventFilter(since=dt.datetime(2026, 3, 3, 12), until=dt.date(2026, 3, 4)), {"040", "190"}),
    (EventFilter(include_hypothetical=False), {"040", "194", "112", "141", "190"}),
    (EventFilter(include_negated=True), {"040", "194", "112", "163", "141", "190", "190!"}),
])
def test_filters(store, f, codes):
    got = {r["cameo"]["code"] + ("!" if r["negated"] else "") for r in _jsonl(store, filters=f)}
    assert got == codes
    n = export(store, "gdelt", io.StringIO(), filters=f)
    assert n == len(codes)


def test_filters_apply_to_mentions_too(store):
    icews = list(csv.DictReader(io.StringIO(_text(store, "icews", EventFilter(root="04"))), delimiter="\t"))
    assert len(icews) == 2 and {r["Story ID"] for r in icews} == {"wire-1", "paper-7"}


def test_where_is_parameterised():
    sql, params = EventFilter(source="RUS", target="UKR", root="19", plover_type="ASSAULT",
                              since=dt.date(2026, 1, 1), include_hypothetical=False).where("e")
    assert params == ["RUS", "UKR", "19", "ASSAULT", dt.date(2026, 1, 1)]
    assert sql.count("?") == len(params)
    assert "RUS" not in sql and "2026" not in sql and "ASSAULT" not in sql
    assert "e.source_code" in sql and "e.negated" in sql and "e.hypothetical" in sql
    assert EventFilter(include_negated=True).where() == ("TRUE", [])
    assert EventFilter().is_default() and not EventFilter(root="04").is_default()


@pytest.mark.parametrize("kwargs", [
    {"root": "21"}, {"root": "4a"}, {"plover_type": "FIGHT"}, {"source": "RUS'; DROP TABLE events; --"},
    {"since": dt.date(2026, 3, 2), "until": dt.date(2026, 3, 1)}, {"since": "2026-03-01"},
])
def test_bad_filters_say_what_to_do(kwargs):
    with pytest.raises(ConfigError):
        EventFilter(**kwargs)


def test_filter_is_frozen():
    f = EventFilter(root="4")
    assert f.root == "04"
    with pytest.raises(AttributeError):
        f.root = "05"  # type: ignore[misc]


# -- ICEWS -------------------------------------------------------------------------------

def test_icews_header_is_the_samples_and_rows_are_mentions(store):
    if ICEWS_SAMPLE.exists():
        with open(ICEWS_SAMPLE, encoding="utf-8") as fh:
            assert fh.readline().rstrip("\n").split("\t") == list(ICEWS_COLUMNS)
    text = _text(store, "icews", EventFilter(include_negated=True))
    assert all(line.count("\t") == 19 for line in text.splitlines())
    rows = list(csv.DictReader(io.StringIO(text), delimiter="\t"))
    assert len(rows) == 8  # one per mention: the consultation twice
    consult = [r for r in rows if r["CAMEO Code"] == "040"]
    assert len(consult) == 2 and len({r["Event ID"] for r in consult}) == 2
    by_code = {r["CAMEO Code"]: r for r in rows}
    accuse = by_code["112"]
    assert accuse["Event Date"] == "2026-03-06" and accuse["Event Text"] == "Accuse, not specified below"
    assert accuse["Intensity"] == "-2"
    assert (accuse["Source Name"], accuse["Source Sectors"], accuse["Source Country"]) == (
        "British ministers", "Government", "United Kingdom")
    assert (accuse["Target Sectors"], accuse["Target Country"]) == ("NA", "Russia")
    assert (accuse["Story ID"], accuse["Sentence Number"], accuse["Publisher"]) == ("wire-1", "4", "Wire Service")
    assert (accuse["City"], accuse["District"], accuse["Province"], accuse["Country"]) == (
        "London", "NA", "NA", "United Kingdom")
    assert by_code["141"]["Province"] == "Texas" and by_code["141"]["City"] == "NA"
    assert by_code["141"]["Source Sectors"] == "Agricultural"
    assert by_code["040"]["Source Country"] == "NA"  # an IGO has no country
    assert by_code["040"]["Source Sectors"] == "International Government Organization"
    assert by_code["163"]["Latitude"] == "NA"


# -- PLOVER and JSON Lines ---------------------------------------------------------------

def _plover_manual_fields() -> set[str]:
    if not PLOVER_ONTOLOGY.exists():
        pytest.skip(f"{PLOVER_ONTOLOGY} not found")
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    fmt = yaml.load(PLOVER_ONTOLOGY.read_text(encoding="utf-8"), Loader=loader)["json_format"]
    return {f["name"] for f in fmt["event_record_fields"]}


def test_plover_records_use_the_manuals_field_names(store):
    manual = _plover_manual_fields()
    records = _jsonl(store, "plover")
    assert len(records) == 6
    for rec in records:
        assert {"id", "date", "actor", "event"} <= set(rec)  # the required ones
        assert set(rec) - {"eventcoder"} <= manual
        assert isinstance(rec["actor"], list) and isinstance(rec["recipient"], list)
        assert all(e in PLOVER_TYPES for e in rec["event"])
        assert isinstance(rec["mode"], list) and isinstance(rec["context"], list)
    shell = next(r for r in records if r["eventcoder"]["cameo"]["code"] == "194")
    assert shell["event"] == ["ASSAULT"] and shell["mode"] == ["heavy-weapons"]
    assert shell["actor"] == [{"entity_text": "Russian troops", "code": "RUSMIL", "sector": "MIL",
                               "country_code": "RUS", "country_name": "Russia"}]
    assert shell["event_text"] == ["shelled"] and shell["text"] == "Russian troops shelled Kharkiv on Monday."
    assert shell["event_loc"]["city"] == "Kharkiv" and shell["event_loc"]["country_code"] == "UKR"
    assert shell["cite_info"]["url"] == "https://wire.example/1"
    consult = next(r for r in records if r["event"] == ["CONSULT"])
    assert consult["eventcoder"]["num_articles"] == 2 and consult["mode"] == []


def test_jsonl_records_follow_the_event_schema(store):
    records = {r["cameo"]["code"]: r for r in _jsonl(store)}
    required = {"id", "article_id", "sentence_index", "sentence", "date", "source", "target", "cameo",
                "plover", "negated", "hypothetical"}
    for rec in records.values():
        assert required <= set(rec)
        assert set(rec["source"]) == set(rec["target"]) == {"text", "code", "country", "role"}
        assert set(rec["cameo"]) == {"code", "root", "name", "goldstein", "quad_class"}
        assert set(rec["plover"]) == {"event_type", "mode"}
    consult = records["040"]
    assert (consult["num_mentions"], consult["num_articles"], consult["num_sources"]) == (2, 2, 2)
    assert consult["source"] == {"text": "The European Union", "code": "IGOEUREEC", "country": None, "role": None}
    assert consult["location"] == {"name": "Minsk", "country": "BLR", "lat": 53.9002, "lon": 27.5665}
    assert consult["date"] == "2026-03-03" and consult["sentence"] == WIRE.text.split("\n")[0]
    assert records["163"]["hypothetical"] is True and records["163"]["location"] is None


# -- outputs -----------------------------------------------------------------------------

def test_unknown_format_lists_the_choices(store):
    with pytest.raises(ExportError, match="gdelt, icews, plover, parquet, csv, jsonl"):
        export(store, "xlsx", io.StringIO())
    assert FORMATS == ("gdelt", "icews", "plover", "parquet", "csv", "jsonl")


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "parquet"])
def test_text_and_binary_streams_get_the_same_bytes(store, fmt, tmp_path):
    text, binary = io.StringIO(), io.BytesIO()
    assert export(store, fmt, text) == export(store, fmt, binary)
    assert not binary.closed and binary.getvalue().decode("utf-8") == text.getvalue()
    export(store, fmt, tmp_path / f"out.{fmt}")
    assert (tmp_path / f"out.{fmt}").read_text(encoding="utf-8") == text.getvalue()


def test_parquet_to_a_binary_stream(store):
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    assert export(store, "parquet", buf, filters=EventFilter(root="04")) == 1
    table = pq.read_table(io.BytesIO(buf.getvalue()))
    assert table.column("cameo_code").to_pylist() == ["040"]
    assert str(table.schema.field("cameo_code").type) == "string"


def test_exports_stream_in_chunks(store, monkeypatch):
    monkeypatch.setattr(export_mod, "CHUNK", 2)
    assert export(store, "jsonl", io.StringIO()) == 6
    assert export(store, "csv", io.StringIO()) == 6
    assert export(store, "icews", io.StringIO()) == 7  # mentions: the consultation twice
    assert export(store, "parquet", io.BytesIO()) == 6


def test_unwritable_path_is_an_export_error(store, tmp_path):
    with pytest.raises(ExportError, match="cannot write"):
        export(store, "csv", tmp_path / "no" / "such" / "dir.csv")


def test_read_only_store(tmp_path):
    _build(tmp_path / "ro.duckdb").close()
    with Store(tmp_path / "ro.duckdb", read_only=True) as ro:
        assert export(ro, "gdelt", io.StringIO()) == 6


def test_export_of_ingested_articles(coder, tmp_path):
    arts = [
        Article(id="a1", date="2026-03-06", title="Lithuania accuses Russia",
                meta={"url": "https://news.example/a1", "source": "News"},
                text="VILNIUS, Lithuania - Lithuania accused Russia of jamming GPS signals over the "
                     "Baltic Sea. The European Union consulted Belarus on Tuesday."),
        Article(id="a2", date="2026-03-06", meta={"source": "Other"},
                text="Lithuania accused Russia of jamming GPS signals over the Baltic Sea."),
    ]
    with Store(tmp_path / "i.duckdb") as s:
        s.ingest(coder, arts)
        events = s.query("SELECT count(*) FROM events WHERE NOT negated")[1][0][0]
        rows = [line.split("\t") for line in _text(s, "gdelt").splitlines()]
        assert len(rows) == events > 0 and all(len(r) == 61 for r in rows)
        assert all(r[26].isdigit() and len(r[26]) >= 3 for r in rows)
        records = _jsonl(s)
        assert {r["article_id"] for r in records} <= {"a1", "a2"}
        assert all(r["sentence"] for r in records)
