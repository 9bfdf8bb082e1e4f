"""Event dates resolved against the article date (a Saturday: 2026-03-07)."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder.enrich import resolve_relative

REF = dt.date(2026, 3, 7)


@pytest.mark.parametrize(("text", "date", "precision"), [
    ("Friday", dt.date(2026, 3, 6), "day"),          # the latest Friday not after the article
    ("on Saturday", dt.date(2026, 3, 7), "day"),     # the article's own day
    ("Monday night", dt.date(2026, 3, 2), "day"),
    ("yesterday", dt.date(2026, 3, 6), "day"),
    ("last week", dt.date(2026, 2, 23), "week"),      # weeks are dated by their Monday
    ("earlier this week", dt.date(2026, 3, 2), "week"),
    ("last month", dt.date(2026, 2, 1), "month"),
    ("last year", dt.date(2025, 1, 1), "year"),
    ("on March 3", dt.date(2026, 3, 3), "day"),
    ("Sept. 3", dt.date(2025, 9, 3), "day"),          # no year: the last September 3
    ("3 March 2024", dt.date(2024, 3, 3), "day"),
    ("in May", dt.date(2025, 5, 1), "month"),
    ("January 2025", dt.date(2025, 1, 1), "month"),
    ("since 2016", dt.date(2016, 1, 1), "year"),
    ("three weeks ago", dt.date(2026, 2, 9), "week"),
    ("two days ago", dt.date(2026, 3, 5), "day"),
])
def test_past_dates(text, date, precision):
    assert resolve_relative(text, REF) == (date, precision)


@pytest.mark.parametrize(("text", "date"), [
    ("on Friday", dt.date(2026, 3, 13)),   # "will meet on Friday": the coming Friday
    ("next week", dt.date(2026, 3, 9)),
    ("Sept. 3", dt.date(2026, 9, 3)),
])
def test_announced_events_look_forward(text, date):
    assert resolve_relative(text, REF, forward=True)[0] == date


@pytest.mark.parametrize("text", ["30 days", "24 hours", "the 1990s", "ten years", "the weekend", "decades"])
def test_durations_are_not_dates(text):
    assert resolve_relative(text, REF) is None
