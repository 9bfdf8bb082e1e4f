"""Reading articles from files: plain text, HTML, JSONL/JSON, CSV, directories and stdin.

Every reader yields :class:`~eventcoder.model.Article` records or raises :class:`InputError`
with a one-line message naming the file; damaged parts of a file (a bad JSONL line, a bad CSV
row, invalid UTF-8 bytes) are skipped or repaired with a one-line message in ``warnings``.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .model import Article, text_id
from .text import clean_text

log = logging.getLogger("eventcoder")

MAX_BYTES = 200 * 1024 * 1024
# trafilatura is slow on very large pages; beyond this the plain tag stripper is used
MAX_HTML_CHARS = 20 * 1024 * 1024

TEXT_EXTENSIONS = (".txt", ".text", ".md")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
#: JSONL files bigger than this are read line by line
STREAM_BYTES = 1024 * 1024
_STREAM_HEAD = 65536
JSON_EXTENSIONS = (".json",)
CSV_EXTENSIONS = (".csv",)
#: the file name endings picked up when walking a directory
EXTENSIONS = TEXT_EXTENSIONS + HTML_EXTENSIONS + JSONL_EXTENSIONS + JSON_EXTENSIONS + CSV_EXTENSIONS

_STDIN_NAMES = {"<stdin>", "-"}

# (magic bytes, what the file is); checked before any decoding
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file; extract its text first (e.g. with pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx/.epub); unpack it or save it as text first"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip file; decompress it first"),
    (b"BZh91AY&SY", "a bzip2 file; decompress it first"),
    (b"\xfd7zXZ\x00", "an xz file; decompress it first"),
    (b"(\xb5/\xfd", "a zstd file; decompress it first"),
    (b"7z\xbc\xaf'\x1c", "a 7z archive; unpack it first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF87a", "a GIF image, not text"),
    (b"GIF89a", "a GIF image, not text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word/Excel (OLE) file; save it as text first"),
    (b"\x7fELF", "an executable (ELF), not text"),
    (b"SQLite format 3\x00", "an SQLite database, not text"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (  # longest first: the UTF-32 LE BOM starts like UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_WEIRD_CATEGORIES = {"Cc", "Cs", "Co", "Cn"}
_OK_CONTROLS = set("\t\n\r\f\v")


def parse_date(value: Any) -> dt.date | None:
    """An article date from '2024-03-08', '20240308' or a datetime string; None if unusable."""
    if isinstance(value, dt.date):
        return value
    if value is None or value == "":
        return None
    s = str(value).strip()
    try:
        if len(s) == 8 and s.isdigit():
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:]))
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    # "26-FEB-1987 15:38:26.23", "Tue, 05 Mar 2024 10:00:00 GMT", "March 5, 2024"
    if len(s) > 60 or not any(ch.isdigit() for ch in s):
        return None
    import dateparser

    try:
        parsed = dateparser.parse(s, languages=["en"], settings={"STRICT_PARSING": True})
    except Exception:  # third-party parser on arbitrary input
        return None
    return parsed.date() if parsed is not None else None


# -- public readers ----------------------------------------------------------------------


def read_articles(
    source: str | Path | IO[bytes],
    *,
    date: dt.date | None = None,
    warnings: list[str] | None = None,
) -> Iterator[Article]:
    """Yield the articles of one file or stream: text, HTML, JSONL/JSON or CSV.

    The format comes from the file name ending (.txt/.md, .html/.htm, .jsonl/.ndjson,
    .json, .csv); for other names and for streams it is sniffed from the content. ``date``
    (when given) overrides the dates in the file. Damaged parts are skipped or repaired and a
    one-line message naming the file (and line) goes to ``warnings``; a file with nothing
    usable raises :class:`InputError`.
    """
    yield from _articles_of(source, date, warnings, None)


def _articles_of(source: str | Path | IO[bytes], date: dt.date | None, warnings: list[str] | None,
                 article_id: str | None) -> Iterator[Article]:
    """The articles of one input: big JSONL files streamed, anything else read whole."""
    if isinstance(source, (str, Path)) and _extension(str(source)) in JSONL_EXTENSIONS:
        p = Path(source)
        try:
            big = p.is_file() and p.stat().st_size > STREAM_BYTES
        except OSError:
            big = False
        streamed = _stream_jsonl(p, _name_of(source), date, warnings) if big else None
        if streamed is not None:
            yield from streamed
            return
    name, data = _load(source)
    yield from _parse(data, name, date=date, warnings=warnings, article_id=article_id)


def read_paths(
    paths: Iterable[str | Path | IO[bytes]],
    *,
    date: dt.date | None = None,
    warnings: list[str] | None = None,
    errors: list[str] | None = None,
) -> Iterator[Article]:
    """Yield the articles of several files, directories (walked recursively) or '-' (stdin).

    In a directory the files ending in :data:`EXTENSIONS` are read in sorted order, hidden
    files and directories skipped; a file's article id is its path relative to the directory,
    without the ending. With several input files an unusable one (empty, binary, no records)
    is skipped and its one-line message goes to ``errors`` (or to ``warnings`` when ``errors``
    is None). A single input file that is unusable raises :class:`InputError`, and so does a
    set of inputs giving no article at all.
    """
    given = list(paths)
    inputs: list[tuple[str | Path | IO[bytes], str | None]] = []
    bare: list[str] = []  # directories without a readable file
    for p in given:
        if isinstance(p, (str, Path)) and str(p) == "-":
            inputs.append((sys.stdin.buffer, None))
        elif isinstance(p, (str, Path)) and Path(p).is_dir():
            found = _walk(Path(p))
            if not found:
                bare.append(str(p))
            inputs.extend(found)
        else:
            inputs.append((p, None))
    looked = f"looked for {'/'.join(EXTENSIONS)}"
    if not inputs:
        names = ", ".join(str(p) for p in given) or "<no input>"
        raise InputError(f"{names}: no input files found ({looked})")
    for d in bare:
        _warn(errors if errors is not None else warnings, f"{d}: no input files found ({looked}) (skipped)")
    seen: set[str] = set()
    n_ok = n_bad = 0
    for src, art_id in inputs:
        try:
            name = _name_of(src)
            arts = _articles_of(src, date, warnings, art_id)
            file_id = art_id or (Path(name).stem if name not in _STDIN_NAMES else None)
            for art in arts:
                if art.id in seen and art.id == file_id:  # a file's id, not a record's
                    art = art.model_copy(update={"id": _unique(art.id, name, seen, art_id is not None)})
                seen.add(art.id)
                n_ok += 1
                yield art
        except InputError as exc:
            if len(inputs) == 1:
                raise
            n_bad += 1
            _warn(errors if errors is not None else warnings, f"{exc} (skipped)")
    if n_ok == 0:
        names = ", ".join(str(_name_of(p)) for p in given)
        raise InputError(f"{names}: no usable articles ({n_bad} of {len(inputs)} files unusable)")


# -- loading and decoding -----------------------------------------------------------------


def _name_of(source: str | Path | IO[bytes]) -> str:
    """The file name for messages and ids: valid Unicode, control characters escaped."""
    name = str(source) if isinstance(source, (str, Path)) else getattr(source, "name", None)
    if not isinstance(name, str):
        return "<stdin>"
    return _printable(name)


def _printable(s: str) -> str:
    try:
        s.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes in a file name (surrogate escapes)
        try:
            s = s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            s = clean_text(s)
    if any(unicodedata.category(c) == "Cc" for c in s):
        s = "".join(c if unicodedata.category(c) != "Cc" else ascii(c)[1:-1] for c in s)
    return s


def _load(source: str | Path | IO[bytes]) -> tuple[str, bytes]:
    name = _name_of(source)
    if isinstance(source, (str, Path)):
        p = Path(source)
        try:
            if not p.exists():
                raise InputError(f"{name}: no such file")
            if p.is_dir():
                raise InputError(f"{name}: is a directory; give a file or '-'")
            if p.stat().st_size > MAX_BYTES:
                raise InputError(f"{name}: larger than {MAX_BYTES // 2**20} MB; split it first")
            return name, p.read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    try:
        data = source.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: larger than {MAX_BYTES // 2**20} MB; split it first")
    return name, data


def _walk(root: Path) -> list[tuple[str | Path | IO[bytes], str | None]]:
    """The readable files under ``root`` in sorted order, each with its relative id."""
    found: list[tuple[tuple[str, ...], Path]] = []
    for here, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if f.startswith(".") or not f.lower().endswith(EXTENSIONS):
                continue
            p = Path(here) / f
            found.append((p.relative_to(root).parts, p))
    found.sort()
    out: list[tuple[str | Path | IO[bytes], str | None]] = []
    for parts, p in found:
        rel = Path(*parts)
        out.append((p, _printable(rel.with_suffix("").as_posix())))
    return out


def _unique(art_id: str, name: str, seen: set[str], walked: bool) -> str:
    """A new id for a file whose id is taken: story.html next to story.txt in a directory
    (``walked``), or a second story.txt given by another path."""
    path = Path(name)
    cands = (path.with_suffix("").as_posix(), path.as_posix())
    for cand in ((art_id + path.suffix.lower(), *cands) if walked else cands):
        if cand not in seen:
            return cand
    k = 2
    while f"{art_id}~{k}" in seen:
        k += 1
    return f"{art_id}~{k}"


def decode(data: bytes, name: str, warnings: list[str] | None = None, hint: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16/32 with BOM, else a detected encoding.

    ``hint`` is an encoding declared by the file itself (an HTML ``<meta charset>``). A few
    invalid bytes in UTF-8 text become U+FFFD; a legacy encoding (cp1252, latin-1, ...) is
    detected with charset-normalizer. Both give a warning naming the file. Empty input and
    binary data raise :class:`InputError`.
    """
    if not data.strip():
        raise InputError(f"{name}: empty input, nothing to code")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: looks like {what}")
    notes: list[str] = []  # passed on only when the text turns out usable
    text = _decode(data, name, notes, hint)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        notes.append(f"{name}:{line}: NUL characters removed")
        text = text.replace("\x00", "")
    _checked(text, name)
    for msg in notes:
        _warn(warnings, msg)
    return text


def _decode(data: bytes, name: str, notes: list[str], hint: str | None) -> str:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode_bom(data, enc, name, notes)
    if b"\x00" in data[:8192]:
        return _decode_wide(data, name, notes)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_damaged(data, exc, name, notes, hint)


def _decode_bom(data: bytes, enc: str, name: str, notes: list[str]) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        if enc == "utf-8-sig":
            return _repair_utf8(data, exc, name, notes)
        text = data.decode(enc, errors="replace")
        if text.count("\ufffd") > 0.01 * max(1, len(text)):
            raise InputError(f"{name}: looks like a binary file (broken {enc.upper()}); give text, HTML or JSONL") from None
        notes.append(f"{name}: invalid {enc.upper()} data replaced with U+FFFD")
        return text


def _decode_wide(data: bytes, name: str, notes: list[str]) -> str:
    """Data with NUL bytes and no BOM: UTF-16/32 without BOM, or binary."""
    enc = None
    best = _detect(data)
    if best is not None and best[0].replace("-", "_").startswith(("utf_16", "utf_32")):
        enc = best[0]
    if enc is None:
        raise InputError(f"{name}: looks like a binary file (NUL bytes); give text, HTML or JSONL")
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        raise InputError(f"{name}: looks like a binary file (NUL bytes); give text, HTML or JSONL") from None
    notes.append(f"{name}: not UTF-8; decoded as {_label(enc)}")
    return text


def _decode_damaged(
    data: bytes, exc: UnicodeDecodeError, name: str, notes: list[str], hint: str | None
) -> str:
    """Data that is not valid UTF-8: UTF-8 with a few bad bytes, a declared or a detected
    legacy encoding, or binary."""
    if hint:
        try:
            return data.decode(hint)
        except (UnicodeDecodeError, LookupError):
            pass
    # decide on a window around the first bad byte (the whole file may be 50 MB)
    lo = max(0, exc.start - 262144)
    window = data[lo:exc.start + 262144].decode("utf-8", errors="replace")
    bad = window.count("\ufffd")
    multibyte = len(window) - len(window.encode("ascii", "ignore")) - bad
    few = bad <= 0.1 * max(1, len(window))
    if (multibyte > 0 and multibyte >= bad) or (few and _cut_utf8(data[exc.start:exc.start + 65536], exc.start + 65536 >= len(data))):
        return _repair_utf8(data, exc, name, notes)  # real UTF-8 text with some damage
    best = _detect(data)
    if best is not None:
        enc, _ = best
        text = data.decode(enc, errors="replace")
        notes.append(f"{name}: not UTF-8; decoded as {_label(enc)}")
        return text
    if few:
        return _repair_utf8(data, exc, name, notes)
    raise InputError(f"{name}: looks like a binary file (mostly undecodable bytes); give text, HTML or JSONL")


def _cut_utf8(data: bytes, whole: bool) -> bool:
    """True if an invalid stretch is a cut-off UTF-8 sequence (a lead byte and continuation
    bytes, as when text was cut mid-character): damage, not a legacy encoding."""
    pos = 0
    for _ in range(200):
        try:
            data[pos:].decode("utf-8")
            return False
        except UnicodeDecodeError as exc:
            if exc.end - exc.start >= 2 and (whole or exc.end < len(data) - pos):
                return True
            pos += exc.end
    return False


def _repair_utf8(data: bytes, exc: UnicodeDecodeError, name: str, notes: list[str]) -> str:
    text = data.decode("utf-8-sig", errors="replace")
    line = data.count(b"\n", 0, exc.start) + 1
    n = text.count("\ufffd") - data.count("\ufffd".encode())
    notes.append(f"{name}:{line}: invalid UTF-8 ({n} bad byte sequence{'s' if n != 1 else ''}) replaced with U+FFFD")
    return text


def _detect(data: bytes) -> tuple[str, float] | None:
    """(encoding, chaos) of a legacy-encoded text by charset-normalizer, or None if binary."""
    from charset_normalizer import from_bytes

    sample = data
    if len(sample) > 262144:  # detection reads the whole payload: give it a sample
        cut = sample.rfind(b"\n", 0, 262144)
        sample = sample[:cut + 1] if cut > 0 else sample[:262144]
    if b"\x00" not in sample:
        # mostly ASCII with some high bytes: Western text, nearly always cp1252 (which
        # charset-normalizer often mistakes for cp775 or mac_latin2 on short or repetitive text)
        high = len(sample.translate(None, bytes(range(128))))
        if high <= 0.2 * len(sample):
            try:
                sample.decode("cp1252")
                return "cp1252", 0.0
            except UnicodeDecodeError:
                pass
    try:
        matches = list(from_bytes(sample))
    except Exception:  # third-party detector on hostile bytes: treat as undetectable
        return None
    if not matches:
        return None
    best = matches[0]
    # prefer cp1252 over the look-alikes that decode the sample the same way
    for m in matches:
        if m.chaos > best.chaos + 0.02 or m.coherence < best.coherence - 0.1:
            continue
        for enc in ("cp1252", "latin_1", "iso8859_15"):
            if enc in m.could_be_from_charset:
                return enc, m.chaos
    return best.encoding, best.chaos


def _label(enc: str) -> str:
    try:
        return codecs.lookup(enc).name
    except LookupError:
        return enc


def _checked(text: str, name: str) -> str:
    """Reject text that is mostly control, unassigned or replacement characters."""
    if not text.strip():
        raise InputError(f"{name}: empty input, nothing to code")
    n = len(text)
    sample = text if n <= 24576 else text[:8192] + text[n // 2:n // 2 + 8192] + text[-8192:]
    weird = 0
    for ch in sample:
        if ch == "\ufffd" or (ch not in _OK_CONTROLS and unicodedata.category(ch) in _WEIRD_CATEGORIES):
            weird += 1
    if weird > 0.1 * len(sample):
        raise InputError(f"{name}: looks like a binary file (mostly control or undecodable characters); give text, HTML or JSONL")
    return text


# -- formats ------------------------------------------------------------------------------


def _extension(name: str) -> str:
    return "" if name in _STDIN_NAMES else Path(name).suffix.lower()


def _parse(
    data: bytes,
    name: str,
    *,
    date: dt.date | None,
    warnings: list[str] | None,
    article_id: str | None = None,
) -> Iterator[Article]:
    ext = _extension(name)
    hint = _declared_charset(data) if ext in HTML_EXTENSIONS or ext not in EXTENSIONS else None
    text = decode(data, name, warnings, hint=hint)
    if ext in HTML_EXTENSIONS:
        fmt = "html"
    elif ext in JSONL_EXTENSIONS:
        fmt = "jsonl"
    elif ext in JSON_EXTENSIONS:
        fmt = "json"
    elif ext in CSV_EXTENSIONS:
        fmt = "csv"
    else:
        fmt = sniff(text)
    file_id = article_id or (Path(name).stem if name not in _STDIN_NAMES else None)
    if fmt == "html":
        yield _html(text, name, date, file_id)
    elif fmt == "csv":
        yield from _csv(text, name, date, warnings)
    elif fmt == "json":
        yield from _json(text, name, date, warnings)
    elif fmt == "jsonl":
        local: list[str] = []
        arts, parsed = _jsonl(text, name, date, local)
        if arts or ext in JSONL_EXTENSIONS or parsed:
            if warnings is not None:
                warnings.extend(local)  # (already logged)
            if not arts:
                raise InputError(f"{name}: no usable JSONL records")
            yield from arts
        else:  # sniffed from a leading '{' but no line is JSON: it is plain text after all
            yield Article(id=file_id or text_id(text), text=text, date=date)
    else:
        yield Article(id=file_id or text_id(text), text=text, date=date)


_HTML_START = ("<!doctype", "<html", "<head", "<body", "<p>", "<p ", "<div", "<article", "<meta",
               "<title", "<section", "<main", "<?xml")
_HTML_ANYWHERE = ("<html", "<body", "<!doctype html", "<p>")
_ASCII_SPACE = " \t\r\n\f\v\ufeff"


def sniff(text: str) -> str:
    """The format of a text by its content: 'html', 'jsonl', 'csv' or 'text'."""
    head = text[:4096].lstrip(_ASCII_SPACE)
    if head.startswith("{"):
        return "jsonl"
    low = head.lower()
    if low.startswith(_HTML_START):
        return "html"
    first = head.split("\n", 1)[0]
    if len(first) < 1000 and "," in first:
        cols = {c.strip().strip('"').lower() for c in first.split(",")}
        if "text" in cols and cols & {"id", "title", "date", "url", "source"}:
            return "csv"
    if any(m in low for m in _HTML_ANYWHERE):
        return "html"
    return "text"


def _record(
    rec: Any, name: str, where: str, date: dt.date | None, warnings: list[str] | None
) -> Article | None:
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        _warn(warnings, f"{name}{where}: skipped record without a 'text' string")
        return None
    body = clean_text(rec["text"])
    title = clean_text(rec["title"]) if isinstance(rec.get("title"), str) else None
    rid = str(rec.get("id") or text_id(body))
    meta = {k: v for k, v in rec.items() if k not in {"id", "text", "date", "title"}}
    return Article(id=rid, text=body, date=date or parse_date(rec.get("date")), title=title, meta=meta)


def _jsonl(
    text: str, name: str, date: dt.date | None, warnings: list[str] | None
) -> tuple[list[Article], int]:
    """The articles of a JSONL text and the number of lines that were JSON at all."""
    out: list[Article] = []
    parsed = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        art, ok = _jsonl_line(line, name, lineno, date, warnings)
        parsed += ok
        if art is not None:
            out.append(art)
    return out, parsed


def _jsonl_line(
    line: str, name: str, lineno: int, date: dt.date | None, warnings: list[str] | None
) -> tuple[Article | None, bool]:
    """One JSONL line: its article (or None) and whether it was JSON at all."""
    if not line.strip():
        return None, False
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        _warn(warnings, f"{name}:{lineno}: skipped malformed JSON line ({exc.msg})")
        return None, False
    except (RecursionError, ValueError):
        _warn(warnings, f"{name}:{lineno}: skipped JSON line nested too deeply")
        return None, False
    return _record(rec, name, f":{lineno}", date, warnings), True


def _stream_jsonl(path: Path, name: str, date: dt.date | None, warnings: list[str] | None) -> Iterator[Article] | None:
    """The articles of a big UTF-8 JSONL file, read line by line (memory does not grow
    with the file); None when the file's start is not plain UTF-8 (then the whole-file
    reader, with encoding detection, takes it)."""
    try:
        with path.open("rb") as f:
            head = f.read(_STREAM_HEAD)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if any(head.startswith(m) for m, _what in _MAGIC) or any(
            head.startswith(b) for b, _enc in _BOMS if b != b"\xef\xbb\xbf") or b"\x00" in head[:8192]:
        return None
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return None
    if not head.lstrip(b" \t\r\n\xef\xbb\xbf").startswith(b"{"):
        return None

    def lines() -> Iterator[Article]:
        good = 0
        with path.open("rb") as f:
            for lineno, raw in enumerate(f, start=1):
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    line = raw.decode("utf-8", errors="replace")
                    _warn(warnings, f"{name}:{lineno}: invalid UTF-8 bytes replaced")
                if "\x00" in line:
                    line = line.replace("\x00", "")
                    _warn(warnings, f"{name}:{lineno}: NUL characters removed")
                art, _ok = _jsonl_line(line, name, lineno, date, warnings)
                if art is not None:
                    good += 1
                    yield art
        if not good:
            raise InputError(f"{name}: no usable JSONL records")

    return lines()


def _json(text: str, name: str, date: dt.date | None, warnings: list[str] | None) -> Iterator[Article]:
    """A .json file: an array of records, one record, or JSONL under a .json name."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        doc = None
    if isinstance(doc, list):
        arts = [a for i, rec in enumerate(doc, start=1)
                if (a := _record(rec, name, f": record {i}", date, warnings)) is not None]
    elif isinstance(doc, dict):
        one = _record(doc, name, "", date, warnings)
        arts = [one] if one is not None else []
    else:
        arts, _ = _jsonl(text, name, date, warnings)
    if not arts:
        raise InputError(f"{name}: no usable JSON records")
    yield from arts


_CSV_FIELDS = ("id", "title", "text", "date")


def _csv(text: str, name: str, date: dt.date | None, warnings: list[str] | None) -> Iterator[Article]:
    """A CSV corpus with a header naming at least a ``text`` column."""
    first = text.lstrip(_ASCII_SPACE).split("\n", 1)[0]
    delimiter = ","
    if "," not in first:
        delimiter = "\t" if "\t" in first else (";" if ";" in first else ",")
    old_limit = csv.field_size_limit()
    csv.field_size_limit(max(old_limit, MAX_BYTES))
    try:
        rows = _csv_rows(text.lstrip(_ASCII_SPACE), name, delimiter, warnings)
    finally:
        csv.field_size_limit(old_limit)
    if not rows:
        raise InputError(f"{name}: CSV has no header row")
    header = [h.strip() for h in rows[0][1]]
    keys = [h.lower() for h in header]
    if "text" not in keys:
        raise InputError(f"{name}: CSV has no 'text' column (columns: {_printable(', '.join(header)[:200])})")
    col = {k: keys.index(k) for k in _CSV_FIELDS if k in keys}
    others = [(i, h) for i, (h, k) in enumerate(zip(header, keys)) if k not in _CSV_FIELDS]
    out: list[Article] = []
    for lineno, row in rows[1:]:
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != len(header):
            _warn(warnings, f"{name}:{lineno}: skipped CSV row with {len(row)} fields (header has {len(header)})")
            continue
        body = clean_text(row[col["text"]])
        if not body.strip():
            _warn(warnings, f"{name}:{lineno}: skipped CSV row without text")
            continue
        title = (clean_text(row[col["title"]]).strip() or None) if "title" in col else None
        rid = row[col["id"]].strip() if "id" in col else ""
        rec_date = parse_date(row[col["date"]]) if "date" in col else None
        meta = {h: row[i] for i, h in others}
        out.append(Article(id=rid or text_id(body), text=body, date=date or rec_date, title=title, meta=meta))
    if not out:
        raise InputError(f"{name}: no usable CSV rows")
    yield from out


def _csv_rows(text: str, name: str, delimiter: str, warnings: list[str] | None) -> list[tuple[int, list[str]]]:
    """(first line number, fields) of each CSV record; unparsable records are skipped."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            _warn(warnings, f"{name}:{line}: skipped unparsable CSV row ({exc})")
            line = reader.line_num + 1
            continue
        rows.append((line, row))
        line = reader.line_num + 1
    return rows


# -- HTML ---------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# classes and ids of advertising blocks inside articles; trafilatura keeps them otherwise
_AD_TOKENS = ("ad", "ads", "advert", "advertisement", "sponsored", "promo")
# (only small blocks: a long "ad" block is an unclosed tag wrapping the article)
_SMALL = "[string-length(normalize-space(.)) < 400]"
_PRUNE = [f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {t} ')]{_SMALL}" for t in _AD_TOKENS] + [
    f"//*[@id='{t}']{_SMALL}" for t in _AD_TOKENS
]
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2199-12-31"}


def _declared_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in a <meta> tag (latin-1 read as cp1252)."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    enc = m.group(1).decode("ascii").lower()
    try:
        enc = codecs.lookup(enc).name
    except LookupError:
        return None
    if enc.startswith(("utf-16", "utf-32")):  # ASCII-compatible bytes cannot be UTF-16 (HTML5 agrees)
        return None
    return "cp1252" if enc in {"latin-1", "iso8859-1", "ascii"} else enc


def _html(text: str, name: str, date: dt.date | None, file_id: str | None) -> Article:
    """The main text, title, date and source of an HTML page (offline; nothing is fetched)."""
    body = title = page_date = None
    meta: dict[str, Any] = {}
    if len(text) <= MAX_HTML_CHARS:
        body, title, page_date, meta = _trafilatura(text)
    if not body:
        body = _strip_tags(text)
    body = clean_text(body or "")
    if not body.strip():
        raise InputError(f"{name}: no text found in the HTML")
    if title:
        title = clean_text(title)
        first, _, rest = body.partition("\n")
        if first.strip() == title.strip() and rest.strip():
            body = rest  # the headline is the title, not the first paragraph
    art_id = file_id or text_id(body)
    return Article(id=art_id, text=body, date=date or parse_date(page_date), title=title, meta=meta)


def _trafilatura(html: str) -> tuple[str | None, str | None, str | None, dict[str, Any]]:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True,
            prune_xpath=_PRUNE, date_extraction_params=dict(_DATE_PARAMS),
        )
    except Exception:  # third-party parser on hostile input: fall back to tag stripping
        doc = None
    if doc is None or isinstance(doc, dict):
        try:
            from trafilatura.metadata import extract_metadata

            doc = extract_metadata(html, date_config=dict(_DATE_PARAMS), extensive=False)
        except Exception:  # as above
            return None, None, None, {}
    meta = {k: v for k in ("url", "sitename", "author") if isinstance(v := getattr(doc, k, None), str) and v}
    text = getattr(doc, "text", None)
    title = getattr(doc, "title", None)
    page_date = getattr(doc, "date", None)
    return (
        text if isinstance(text, str) else None,
        title if isinstance(title, str) and title.strip() else None,
        page_date if isinstance(page_date, str) else None,
        meta,
    )


_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "title", "nav", "header",
              "footer", "aside", "form", "iframe", "button", "select", "object"}
_HIDDEN_TAGS = {"script", "style", "noscript", "template", "svg", "head", "title"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
               "article", "section", "main", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "body"}


class _Text(HTMLParser):
    """All text outside scripts and page furniture (nav, header, footer, aside)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.main: list[str] = []
        self.all: list[str] = []
        self.skip: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip.append(tag)
        if tag in _BLOCK_TAGS:
            self.main.append("\n")
            self.all.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.main.append("\n")
            self.all.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass
        if tag in _BLOCK_TAGS:
            self.main.append("\n")
            self.all.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.main.append(data)
        if not any(t in _HIDDEN_TAGS for t in self.skip):
            self.all.append(data)


def _tidy(parts: Iterable[str]) -> str:
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", ln).strip() for ln in "".join(parts).split("\n"))
    return "\n".join(ln for ln in lines if ln)


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
# "<![CDATA[...]]>" and "<![if IE]>": in an HTML page a bogus comment, up to the first ">", as in a browser
_BOGUS_COMMENT = re.compile(r"<!\[[^>]*(?:>|\Z)")


def _strip_tags(html: str) -> str:
    """Plain text of an HTML page or fragment when trafilatura finds no article."""
    html = _COMMENT.sub("", html)  # an unclosed comment runs to the end, as in a browser
    html = _BOGUS_COMMENT.sub("", html)
    p = _Text()
    try:
        p.feed(html)
        p.close()
    except Exception:  # stdlib parser on hostile markup: fall back to a regex
        return _tidy(re.sub(r"<[^>]{0,1000}>", "\n", html))
    return _tidy(p.main) or _tidy(p.all)


def _warn(warnings: list[str] | None, msg: str) -> None:
    log.warning(msg)
    if warnings is not None:
        warnings.append(msg)
