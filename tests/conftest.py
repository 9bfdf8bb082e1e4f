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
