from __future__ import annotations

import pytest

from eventcoder import Coder


@pytest.fixture(scope="session")
def coder() -> Coder:
    """One Coder with the built-in data for the whole session (loading takes seconds)."""
    return Coder()


def triples(events):
    """(source, target, code) of the non-negated events."""
    return {(e.source.code, e.target.code, e.cameo.code) for e in events if not e.negated}


def roots(events):
    return {(e.source.code, e.target.code, e.cameo.root) for e in events if not e.negated}


@pytest.fixture(scope="session")
def web_store(coder, tmp_path_factory):
    """A small event store for the web UI tests: the news articles of
    data/web_articles.jsonl (one of them hostile HTML), coded and ingested once."""
    from pathlib import Path

    from eventcoder.read import read_articles
    from eventcoder.store import Store

    path = tmp_path_factory.mktemp("web") / "events.duckdb"
    with Store(path) as store:
        store.ingest(coder, read_articles(Path(__file__).parent / "data" / "web_articles.jsonl"))
    return path
