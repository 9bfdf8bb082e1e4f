"""Hostile input: random bytes, text, JSON, CSV and HTML through the readers and the coder.

A reader must yield Articles or raise InputError with a one-line message naming the file,
never another exception; the coder must return a list of Events for any text (issue 3).
"""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventcoder import Article, Event, InputError
from eventcoder.read import read_articles, read_paths, sniff

pytestmark = pytest.mark.issue(3)

READ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CODE = settings(max_examples=30, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

EXTENSIONS = ["", ".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".json", ".csv", ".dat"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1"]
EXACT = {"utf-8", "utf-8-sig", "utf-16", "utf-32"}  # decoded back to the very same text
_counter = itertools.count()

SENTENCES = [
    "Russia accused Ukraine of shelling the plant.", "Norway expelled three Russian diplomats.",
    "Japan sent humanitarian aid to the Philippines.", "Iran condemned Israel over the strike.",
    "\u201cWe will respond,\u201d the Kremlin said.", "Kenya and Somalia resumed talks in Nairobi.",
]

# text without lone surrogates (a file cannot hold them), weighted towards the nasty parts
chars = st.characters(exclude_categories=["Cs"])
controls = st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Co", "Mn"])
weird_text = st.one_of(
    st.text(chars, max_size=400),
    st.text(controls, max_size=300),
    st.lists(st.one_of(st.sampled_from(SENTENCES), st.text(chars, max_size=20),
                       st.sampled_from(["\n", "\n" * 50, "\r\n", "\t", "\x0c", "\u2028", "\x85", "\ufeff"])),
             max_size=40).map(" ".join),
    st.tuples(st.sampled_from(SENTENCES), st.integers(50, 200)).map(lambda t: " ".join([t[0]] * t[1])),
    st.integers(1, 5000).map(lambda n: "Kenya condemned Somalia." + "\n" * n + "Somalia rejected it."),
)
# the same for the readers, which also get very long lines
big_text = st.one_of(
    weird_text,
    st.tuples(st.text(chars, min_size=1, max_size=30), st.integers(1000, 40000)).map(lambda t: t[0] * t[1]),
)

json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                        st.text(chars, max_size=30))
json_value = st.recursive(json_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)), max_leaves=12)
json_record = st.fixed_dictionaries(
    {"text": st.one_of(st.text(chars, max_size=80), json_value)},
    optional={k: json_value for k in ("id", "date", "title", "url", "source")}
    | {"date": st.one_of(st.dates().map(str), st.text(max_size=12), st.integers())},
)
jsonish = st.lists(
    st.one_of(
        json_record.map(lambda r: json.dumps(r, ensure_ascii=False)),
        json_record.map(json.dumps).map(lambda s: s[: len(s) // 2]),  # cut off
        json_value.map(json.dumps),
        st.text(chars, max_size=40),
        st.integers(1, 3000).map(lambda n: "[" * n),
        st.sampled_from(["{", "}", "", "null", '{"text": "\\ud800 Iran"}', '{"text": "a", "date": "2026-02-30"}']),
    ),
    max_size=10,
).map("\n".join)

HTML_TOKENS = [
    "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<p>", "</p>", "<div>", "</div>",
    "<div class='ad'>", "<article>", "</article>", "<nav>", "</nav>", "<script>", "</script>",
    "<style>", "</style>", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version='1.0'?>",
    "<title>", "</title>", "<h1>", "</h1>", "<table><tr><td>", "<br/>", "<img src=x onerror=1>",
    "<meta charset='utf-16'>", "<meta charset=\"x-unknown\">", "<meta charset=latin1>",
    "<meta property='article:published_time' content='2026-02-30T25:00'>",
    "<meta property='og:title' content=''>", "<time datetime='0000-00-00'>",
    "&amp;", "&#0;", "&#xD800;", "&#x110000;", "&nbsp;", "&bogus;", "&", "<", ">", "\"", "'", "=",
    "<a href='javascript:void(0)'>", "<svg><foreignObject>", "<template>", "<noscript>",
    "\u202e", "\U0001f600", "\x0c", "\n", " ",
]
htmlish = st.lists(
    st.one_of(st.sampled_from(HTML_TOKENS), st.sampled_from(SENTENCES), st.text(chars, max_size=15)),
    max_size=80,
).map("".join)

csv_field = st.one_of(
    st.sampled_from(SENTENCES), st.text(chars, max_size=20), st.dates().map(str),
    st.sampled_from(['"', '""', '"quoted, with comma"', '"multi\nline"', '"unclosed', ",", "\r\n", ""]),
)
csvish = st.tuples(
    st.lists(st.sampled_from(["id", "title", "text", "date", "url", "source", "extra", "", " Text ", "TEXT"]),
             min_size=1, max_size=7),
    st.lists(st.lists(csv_field, max_size=8), max_size=8),
    st.sampled_from([",", ";", "\t"]),
).map(lambda t: "\n".join(t[2].join(row) for row in [t[0], *t[1]]))


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


def _check(source: object, name: str | None = None) -> list[Article]:
    warnings: list[str] = []
    try:
        arts = list(read_articles(source, warnings=warnings))  # type: ignore[arg-type]
    except InputError as exc:
        msg = str(exc)
        assert msg.strip() and "\n" not in msg, msg
        if name is not None:
            assert msg.startswith(name), msg
        return []
    for a in arts:
        assert isinstance(a, Article) and isinstance(a.text, str) and a.id
        a.text.encode("utf-8")  # valid Unicode: no lone surrogates reach the coder
    for w in warnings:
        assert isinstance(w, str) and w.strip() and "\n" not in w, w
        if name is not None:
            assert w.startswith(name), w
    return arts


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


def _file(workdir: Path, data: bytes, ext: str) -> Path:
    path = workdir / f"f{next(_counter)}{ext}"
    path.write_bytes(data)
    return path


# -- readers --------------------------------------------------------------------------------


@READ
@given(data=st.binary(max_size=3000), ext=st.sampled_from(EXTENSIONS))
@example(data=b"\xff\xfe\x00\xd8", ext=".txt")  # UTF-16 BOM then a lone surrogate
@example(data=b"\xff\xfe\x00\x00\x00\xd8\x00\x00", ext=".txt")  # UTF-32 BOM, surrogate code point
@example(data=b"\xef\xbb\xbf", ext=".html")
@example(data=b"\xfe\xff" + "Iran".encode("utf-16-be"), ext=".csv")
@example(data=b"%PDF-1.4", ext="")
@example(data=b"\x00" * 3000, ext=".jsonl")
def test_random_bytes(workdir, data, ext):
    path = _file(workdir, data, ext)
    _check(path, str(path))
    _check(io.BytesIO(data))


@READ
@given(text=big_text, encoding=st.sampled_from(ENCODINGS), ext=st.sampled_from(EXTENSIONS))
@example(text="\n" * 100000, encoding="utf-8", ext=".txt")
@example(text="\x00\x01\x02 Kenya", encoding="utf-16", ext=".txt")
@example(text="\u2028\u2029\x85\x1c\x1d\x1e", encoding="utf-8", ext=".csv")
def test_random_text_in_any_encoding(workdir, text, encoding, ext):
    data = _encode(text, encoding)
    path = _file(workdir, data, ext)
    arts = _check(path, str(path))
    if ext in {".txt", ".md"} and encoding in EXACT and arts and "\x00" not in text:
        expected = text[1:] if encoding == "utf-8" and text.startswith("\ufeff") else text
        if sniff(expected) == "text":  # not taken for HTML, JSONL or CSV
            assert [a.text for a in arts] == [expected]


@READ
@given(text=jsonish, ext=st.sampled_from([".jsonl", ".ndjson", ".json", "", ".txt"]))
@example(text='{"text": "x"}\n{"a": ' + "[" * 50000 + "}", ext=".jsonl")
@example(text="[" * 50000, ext=".json")
@example(text='[{"text": "Iran condemned Israel."}, 1, null, {"text": 2}]', ext=".json")
def test_random_json_lines(workdir, text, ext):
    path = _file(workdir, text.encode("utf-8"), ext)
    for a in _check(path, str(path)):
        assert isinstance(a.meta, dict)


@READ
@given(text=htmlish, ext=st.sampled_from([".html", ".htm", "", ".txt"]))
@example(text="<html><body>" + "<div>" * 5000 + "Russia accused Ukraine.", ext=".html")
@example(text="<p>" + "Russia accused Ukraine of shelling the plant. " * 3000, ext=".html")
@example(text="<script>" + "x" * 1000, ext=".html")
@example(text="<p>Kenya<!--<script>", ext=".html")
@example(text="<![CDATA[<script>", ext=".html")  # a bogus comment in HTML, up to the first ">"
def test_random_html_fragments(workdir, text, ext):
    path = _file(workdir, text.encode("utf-8"), ext)
    arts = _check(path, str(path))
    if ext in {".html", ".htm"}:
        assert len(arts) <= 1
        for a in arts:
            assert a.text.strip()
            assert "<script" not in a.text.lower()


@READ
@given(text=csvish)
@example(text='id,text\n1,"unclosed\n2,ok')
@example(text="text\n" + "x" * 300000)
@example(text='text,id\n"' + "Kenya condemned Somalia. " * 10000 + '",1')
def test_random_csv(workdir, text):
    path = _file(workdir, text.encode("utf-8"), ".csv")
    for a in _check(path, str(path)):
        assert a.text.strip()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(st.tuples(st.sampled_from(EXTENSIONS), st.one_of(st.binary(max_size=300),
                                                                        jsonish.map(str.encode),
                                                                        htmlish.map(str.encode))),
                      min_size=1, max_size=5))
def test_random_directories(workdir, files):
    root = workdir / f"d{next(_counter)}"
    (root / "sub").mkdir(parents=True)
    for i, (ext, data) in enumerate(files):
        (root / ("sub" if i % 2 else "") / f"x{i}{ext}").write_bytes(data)
    warnings: list[str] = []
    try:
        arts = list(read_paths([root], warnings=warnings))
    except InputError as exc:
        assert "\n" not in str(exc) and str(root) in str(exc)
        return
    assert arts and all(isinstance(a, Article) for a in arts)
    assert all("\n" not in w for w in warnings)


def test_hostile_file_names(workdir):
    root = workdir / "names"
    root.mkdir()
    names = ["two\nlines.txt", "tab\there.html", "bell\x07.txt", "caf\u00e9 \u202e.md", "-.txt", " .txt"]
    for n in names:
        (root / n).write_text("Kenya condemned Somalia.", encoding="utf-8")
    (root / "bad\nname.txt").write_bytes(b"")
    raw = bytes(root) + b"/latin\xe9.txt"  # not UTF-8: a surrogate escape in Python
    with open(raw, "wb") as fh:
        fh.write(b"Japan sent aid to the Philippines.")
    warnings: list[str] = []
    arts = list(read_paths([root], warnings=warnings))
    assert len(arts) == len(names) + 1
    for a in arts:
        a.id.encode("utf-8")  # printable ids: they end up in JSON output
        assert "\n" not in a.id and "\t" not in a.id
    assert len(warnings) == 1 and "\n" not in warnings[0] and "bad\\nname.txt" in warnings[0]


# -- the coder --------------------------------------------------------------------------------


def _events_ok(events: object) -> None:
    assert isinstance(events, list)
    for e in events:
        assert isinstance(e, Event)
        assert e.cameo.code.startswith(e.cameo.root)


@CODE
@given(text=weird_text)
@example(text="")
@example(text="\x00\x01\x02\x1b[31m Russia accused Ukraine.\x7f")
@example(text=" ".join(["Norway expelled three Russian diplomats."] * 200))
@example(text="Kenya condemned Somalia." + "\n" * 5000 + "Somalia rejected it.")
def test_coder_on_random_text(coder, text):
    _events_ok(coder.code(text, date="2026-03-01"))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(htmlish, jsonish, csvish), encoding=st.sampled_from(ENCODINGS))
def test_coder_on_whatever_the_readers_yield(coder, text, encoding):
    data = _encode(text, encoding)
    for art in _check(io.BytesIO(data)):
        _events_ok(coder.code(art.text, date=art.date or "2026-03-01", article_id=art.id))
