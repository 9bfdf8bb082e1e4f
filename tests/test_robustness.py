"""Property tests: no input text or file makes the coder or the reader fail unexpectedly.

``coder.code`` must return a list of Event for any text; ``read_articles`` must yield
Articles or raise InputError for any bytes.
"""

from __future__ import annotations

import io
import json
import os
import tempfile

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventcoder import Article, Event, InputError
from eventcoder.read import read_articles

SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

NEWS_WORDS = [
    # actors
    "Russia", "Ukraine", "the United States", "Washington", "the Kremlin", "NATO", "the European Union",
    "the UN", "China", "Beijing", "Israel", "Hamas", "Iran", "Iranian", "Syrian", "rebels", "troops",
    "the army", "police", "protesters", "the government", "the president", "Putin", "Biden",
    "the foreign minister", "his counterpart", "officials", "a senior official", "It", "they", "who",
    # triggers
    "accused", "condemned", "attacked", "shelled", "met", "signed", "rejected", "threatened",
    "demanded", "urged", "sent", "sanctions", "aid", "talks", "agreement", "ceasefire", "arrested",
    "said", "denied", "will", "not", "could", "plans to", "on Tuesday", "last week", "two days ago",
    "of", "to", "with", "against", "on", "by", "and", "or", "that", "the", "a", "in", "Kyiv",
    "40", "$2 billion", "tanks", "March 3", "1999",
    # punctuation and layout
    ".", ",", ";", ":", "?", "!", '"', "'", "(", ")", "-", "--", "\u2014", "\u201c", "\u201d",
    "\n", "\n\n", "\t", "   ", "\r\n", "...", "/", "&",
]

news_text = st.lists(st.sampled_from(NEWS_WORDS), min_size=0, max_size=80).map(" ".join)
news_text_tight = st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=60).map("".join)
odd_chars = st.characters(
    categories=["Zs", "Zl", "Zp", "Cc", "Cf", "So", "Sk", "Mn", "Co"],
)


def _check(events: object, text: str) -> None:
    assert isinstance(events, list)
    for e in events:
        assert isinstance(e, Event)
        assert e.cameo.root == e.cameo.code[:2]
        assert e.sentence_index >= 0
        assert e.source.code or e.target.code


@SETTINGS
@given(text=st.text(max_size=400))
def test_random_unicode_text(coder, text):
    _check(coder.code(text, date="2024-01-01"), text)


@SETTINGS
@given(text=news_text)
@example(text="Russia accused Ukraine of shelling the plant.\n\n\nThe Kremlin said .")
@example(text="Russia\n\naccused\n\nUkraine")
@example(text=". . . , , , Russia Russia Russia accused accused")
def test_random_news_word_mixtures(coder, text):
    _check(coder.code(text, date="2024-01-01"), text)


@SETTINGS
@given(text=news_text_tight)
def test_news_words_without_spaces(coder, text):
    _check(coder.code(text), text)


@SETTINGS
@given(text=news_text, date=st.one_of(st.none(), st.dates()))
def test_any_article_date(coder, text, date):
    _check(coder.code(text, date=date), text)


@SETTINGS
@given(text=news_text.filter(lambda t: t.strip()))
def test_trigger_offsets_point_into_the_text(coder, text):
    for e in coder.code(text, date="2024-01-01"):
        a, b = e.provenance.trigger_offsets
        assert text[a:b] == e.provenance.trigger
        assert e.sentence.strip() and e.sentence.strip() in text


@settings(max_examples=5, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from([w for w in NEWS_WORDS if "\n" not in w and w not in {".", "?", "!"}]),
                      min_size=1, max_size=20),
       repeat=st.integers(min_value=200, max_value=600))
def test_very_long_single_line(coder, words, repeat):
    text = " ".join(words * repeat)
    assert "\n" not in text
    _check(coder.code(text, date="2024-01-01"), text)


def test_very_long_line_of_real_sentences(coder):
    text = " ".join(["Russia accused Ukraine of shelling the plant."] * 300)
    events = coder.code(text, date="2024-01-01")
    _check(events, text)
    assert events, "a long single line of complete sentences should still give events"


@SETTINGS
@given(text=st.text(alphabet=odd_chars, max_size=300))
@example(text="")
@example(text=" \t\n\r\x0b\x0c")
@example(text="\U0001F600\U0001F4A5\U0001F30D" * 50)
@example(text="\x00\x01\x02\x1b[31m\x7f")
@example(text="\u200b\u200d\ufeff\u2028\u2029")
def test_only_whitespace_emoji_and_control_characters(coder, text):
    events = coder.code(text, date="2024-01-01")
    _check(events, text)
    assert events == []


@SETTINGS
@given(text=st.text(alphabet=st.characters(exclude_categories=[]), max_size=80))
@example(text="Iran condemned \ud800 Israel.")
def test_text_with_lone_surrogates(coder, text):
    """Lone surrogates reach the coder from json.loads ("\\ud800") or surrogateescape decoding."""
    _check(coder.code(text, date="2024-01-01"), text)


# -- reading files --------------------------------------------------------------------


def _read_all(source: object) -> list[Article]:
    try:
        arts = list(read_articles(source))  # type: ignore[arg-type]
    except InputError as exc:
        assert str(exc).strip() and "\n" not in str(exc)
        return []
    for a in arts:
        assert isinstance(a, Article)
        assert isinstance(a.text, str)
    return arts


jsonish_lines = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {"text": st.one_of(st.text(max_size=60), st.integers(), st.none())},
            optional={
                "id": st.one_of(st.text(max_size=10), st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
                "date": st.one_of(st.text(max_size=12), st.integers(), st.floats(), st.none(),
                                  st.dates().map(str)),
                "title": st.one_of(st.text(max_size=10), st.integers()),
            },
        ).map(json.dumps),
        st.text(max_size=40),
        st.just("{"),
        st.just(""),
    ),
    max_size=8,
).map(lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))


@SETTINGS
@given(data=st.binary(max_size=2000))
@example(data=b"")
@example(data=b"\x00\x00\x00")
@example(data=b"\xff\xfe\xfd plain text")
@example(data=b"\xef\xbb\xbf{\"text\": \"hi\"}")
def test_read_articles_random_bytes_stream(data):
    _read_all(io.BytesIO(data))


@SETTINGS
@given(data=jsonish_lines)
@example(data=b'{"text": "Iran \\ud800 condemned Israel."}')
@example(data=b'{"text": "x", "date": "99999999"}')
@example(data=b'{"text": "x"}\n{"a": ' + b"[" * 5000 + b"}")
def test_read_articles_jsonish_bytes(data):
    _read_all(io.BytesIO(data))


@SETTINGS
@given(data=st.one_of(st.binary(max_size=1000), jsonish_lines),
       suffix=st.sampled_from([".txt", ".jsonl", ".ndjson", ".html", ""]))
def test_read_articles_random_files(data, suffix):
    fd, name = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        arts = _read_all(name)
        if suffix not in {".jsonl", ".ndjson"} and arts and not data.lstrip().startswith(b"{"):
            assert len(arts) == 1
    finally:
        os.unlink(name)
