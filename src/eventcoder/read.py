"""Reading articles from files: plain text or JSONL (one article per line)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .model import Article, text_id
from .text import clean_text

log = logging.getLogger("eventcoder")

MAX_BYTES = 200 * 1024 * 1024


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
        return None


def _decode(data: bytes, name: str, warnings: list[str] | None = None) -> str:
    if not data.strip():
        raise InputError(f"{name}: empty input, nothing to code")
    sample = data[:8192]
    if b"\x00" in sample:
        raise InputError(f"{name}: looks like a binary file (NUL bytes); give text, HTML or JSONL")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        bad = sum(1 for ch in text[:8192] if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\n\r\t\f"))
        if bad > 0.1 * min(len(text), 8192):
            raise InputError(f"{name}: looks like a binary file (mostly undecodable bytes); give text, HTML or JSONL") from None
        _warn(warnings, f"{name}: invalid UTF-8 bytes replaced with U+FFFD")
        return text


def read_articles(
    source: str | Path | IO[bytes],
    *,
    date: dt.date | None = None,
    warnings: list[str] | None = None,
) -> Iterator[Article]:
    """Yield articles from a text file or a JSONL file of ``{"id", "text", "date"}``.

    ``date`` (when given) overrides the dates in the file. Malformed JSONL lines are
    skipped, and a one-line message naming the file and line goes to ``warnings``.
    """
    if isinstance(source, (str, Path)):
        name = str(source)
        p = Path(source)
        if not p.exists():
            raise InputError(f"{name}: no such file")
        if p.is_dir():
            raise InputError(f"{name}: is a directory; give a file or '-'")
        if p.stat().st_size > MAX_BYTES:
            raise InputError(f"{name}: larger than {MAX_BYTES // 2**20} MB; split it first")
        data = p.read_bytes()
    else:
        name = getattr(source, "name", "<stdin>")
        data = source.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise InputError(f"{name}: larger than {MAX_BYTES // 2**20} MB; split it first")
    text = _decode(data, name, warnings)
    if _looks_jsonl(name, text):
        yield from _jsonl(text, name, date, warnings)
    else:
        art_id = Path(name).stem if name not in {"<stdin>", "-"} else text_id(text)
        yield Article(id=art_id, text=text, date=date)


def _looks_jsonl(name: str, text: str) -> bool:
    if name.endswith((".jsonl", ".ndjson")):
        return True
    first = text.lstrip()[:1]
    return first == "{"


def _jsonl(text: str, name: str, date: dt.date | None, warnings: list[str] | None) -> Iterator[Article]:
    ok = 0
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            _warn(warnings, f"{name}:{lineno}: skipped malformed JSON line ({exc.msg})")
            continue
        except (RecursionError, ValueError):
            _warn(warnings, f"{name}:{lineno}: skipped JSON line nested too deeply")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            _warn(warnings, f"{name}:{lineno}: skipped record without a 'text' string")
            continue
        body = clean_text(rec["text"])
        title = rec.get("title") if isinstance(rec.get("title"), str) else None
        rid = str(rec.get("id") or text_id(body))
        meta = {k: v for k, v in rec.items() if k not in {"id", "text", "date", "title"}}
        d = date or parse_date(rec.get("date"))
        ok += 1
        yield Article(id=rid, text=body, date=d, title=title, meta=meta)
    if ok == 0:
        raise InputError(f"{name}: no usable JSONL records")


def _warn(warnings: list[str] | None, msg: str) -> None:
    log.warning(msg)
    if warnings is not None:
        warnings.append(msg)
