"""What the routes share: the read-only store of each request, the app's one Coder,
the event filters read from a query string, and checks of values taken from URLs."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, TypeVar

from fastapi import HTTPException, Query, Request

from ..errors import ConfigError
from ..export import EventFilter
from ..store import Store
from .queries import EventQuery

if TYPE_CHECKING:
    from ..coder import Coder

T = TypeVar("T")

MAX_UPLOAD = 200_000
"""The largest text (bytes) that /code and /api/code accept."""

#: an actor code or code prefix as it may appear in a URL
_CODE_RE = re.compile(r"^[A-Za-z0-9-]{1,32}$")
#: a de-duplicated event id (a hex digest)
_EVENT_ID_RE = re.compile(r"^[0-9a-f]{8,64}$")


@dataclass
class Settings:
    """What one app serves: the store file, the upload limit and how to build its Coder.
    The Coder is built on first use and kept here (one per app, never a module global)."""

    db: Path
    max_upload: int = MAX_UPLOAD
    coder_factory: Callable[[], Coder] | None = None
    coder: Coder | None = None
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def code(self, fn: Callable[[Coder], T]) -> T:
        """Run ``fn(coder)`` with the app's Coder (built now if it is the first use), one
        call at a time: a Coder is not shared between threads."""
        with self.lock:
            if self.coder is None:
                if self.coder_factory is not None:
                    self.coder = self.coder_factory()
                else:
                    from ..coder import Coder

                    self.coder = Coder()
            return fn(self.coder)


def settings(request: Request) -> Settings:
    value = request.app.state.settings
    assert isinstance(value, Settings)
    return value


def open_store(request: Request) -> Iterator[Store]:
    """The store, opened read-only for this request and closed after it: a request sees
    what the last finished ingest wrote, and never holds the file between requests."""
    store = Store(settings(request).db, read_only=True)
    try:
        yield store
    finally:
        store.close()


def actor_code(value: str) -> str:
    """An actor code from a URL path, upper-cased; anything else is a 404."""
    if not _CODE_RE.match(value):
        raise HTTPException(404, f"{value!r} is not an actor code")
    return value.upper()


def check_event_id(value: str) -> str:
    """A de-duplicated event id from a URL path; anything else is a 404."""
    if not _EVENT_ID_RE.match(value):
        raise HTTPException(404, "no such event")
    return value


def parse_date(value: str | None, name: str) -> dt.date | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError(f"{name} {value!r} is not a date; use YYYY-MM-DD, e.g. 2024-03-08") from None


def _blank(value: str | None) -> str | None:
    return value.strip() if value is not None and value.strip() else None


Mode = Literal["exclude", "include", "only"]


def event_query(
    source: Annotated[str | None, Query(description="Source actor code prefix: RUS matches RUS, RUSGOV, RUSMIL.")] = None,
    target: Annotated[str | None, Query(description="Target actor code prefix.")] = None,
    root: Annotated[str | None, Query(description="CAMEO root code, 01 to 20.")] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type (ASSAULT, AID, ...).")] = None,
    since: Annotated[str | None, Query(description="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Last event date, YYYY-MM-DD.")] = None,
    negated: Annotated[Mode, Query(description="Negated events ('did not attack'): exclude, include or only.")] = "exclude",
    hypothetical: Annotated[Mode, Query(description="Hypothetical events (planned, conditional): exclude, include or only.")] = "include",
    quad: Annotated[str | None, Query(description="QuadClass: 1 verbal cooperation, 2 material cooperation, "
                                      "3 verbal conflict, 4 material conflict.")] = None,
    article: Annotated[str | None, Query(description="Only the events reported by this article id.")] = None,
) -> EventQuery:
    """The events a query string asks for (empty fields, as HTML forms send them, are
    ignored); bad values raise :class:`ConfigError` with a fix-it message."""
    quad_class: int | None = None
    if _blank(quad) is not None:
        if quad is None or quad.strip() not in {"1", "2", "3", "4"}:
            raise ConfigError(f"quad {quad!r} is not a QuadClass; use 1, 2, 3 or 4")
        quad_class = int(quad.strip())
    flt = EventFilter(source=_blank(source), target=_blank(target), root=_blank(root),
                      plover_type=_blank(plover), since=parse_date(since, "since"),
                      until=parse_date(until, "until"))
    return EventQuery(flt, negated=negated, hypothetical=hypothetical, quad=quad_class,
                      article_id=_blank(article))
