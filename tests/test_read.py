"""Reading whole articles: HTML pages, legacy encodings, CSV corpora, directories (issue 3)."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventcoder import Article, Event, InputError
from eventcoder.read import read_articles, read_paths, sniff

pytestmark = pytest.mark.issue(3)

INPUTS = Path(__file__).parent / "data" / "inputs"
PAGE = INPUTS / "embassy_dispute.html"
TREE = INPUTS / "tree"
EXE = Path(sys.executable).parent / "eventcoder"


def _read(source, **kw) -> tuple[list[Article], list[str]]:
    warnings: list[str] = []
    arts = list(read_articles(source, warnings=warnings, **kw))
    return arts, warnings


def _run(*args: str | Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *map(str, args)], input=None if stdin is None else stdin.decode(),
                          capture_output=True, text=True, timeout=120)


# -- HTML ---------------------------------------------------------------------------------


def test_html_page_main_text_title_date_and_source():
    (art,), warnings = _read(PAGE)
    assert warnings == []
    assert art.id == "embassy_dispute"
    assert art.title == "Norway expels three Russian diplomats in espionage dispute"
    assert art.date == dt.date(2026, 3, 4)  # article:published_time
    assert art.meta == {
        "url": "https://ledger.example.com/world/2026/03/04/norway-expels-russian-diplomats",
        "sitename": "The Northern Ledger",
        "author": "Ingrid Solberg",
    }
    text = art.text
    assert text.startswith("OSLO \u2014 Norway expelled three Russian diplomats on Wednesday")
    assert "\u201cActivities of this kind are incompatible with diplomatic status,\u201d" in text
    assert "Moscow rejected the accusation as baseless" in text
    assert text.rstrip().endswith("last year it expelled fifteen Russian officials.")
    # page furniture, ads and scripts are gone; the headline is the title, not a paragraph
    for junk in ("Log in", "Business", "Cheap flights", "Sponsored", "weather app", "dataLayer",
                 "Subscribe now", "Most read", "Ten recipes", "All rights reserved", "Cookies",
                 "<p>", "&ldquo;", "Norway expels three"):
        assert junk not in text, junk


def test_html_date_option_overrides_page_date():
    (art,), _ = _read(PAGE, date=dt.date(2026, 3, 5))
    assert art.date == dt.date(2026, 3, 5)


def test_html_page_from_stdin_is_sniffed():
    (art,), _ = _read(io.BytesIO(PAGE.read_bytes()))
    assert art.title.startswith("Norway expels")
    assert "Moscow rejected" in art.text and "dataLayer" not in art.text
    assert art.id and art.id != "embassy_dispute"  # no file name: a hash of the text


def test_broken_unclosed_html_still_gives_the_text(tmp_path):
    page = PAGE.read_text(encoding="utf-8")
    cut = page.index("The Kremlin")
    path = tmp_path / "cut_off.html"
    broken = (page[:cut].replace("</p>", "").replace("<main>", "<main><div class=\"x\"<span>")
              .replace("</head>", "</td></span></head>") + "<p>The Kremlin <b>warned &amp")
    path.write_text(broken, encoding="utf-8")
    (art,), _ = _read(path)
    assert "Norway expelled three Russian diplomats" in art.text
    assert "Moscow rejected" in art.text
    assert "dataLayer" not in art.text


def test_html_fragment_is_stripped_of_tags(tmp_path):
    path = tmp_path / "snippet.html"
    path.write_text("<p>Iran condemned <b>Israel</b> over the strike.</p><script>var x = 'Russia';</script>"
                    "<p>Tehran &amp; Beirut reacted",  # unclosed
                    encoding="utf-8")
    (art,), _ = _read(path)
    assert art.text == "Iran condemned Israel over the strike.\nTehran & Beirut reacted"
    assert art.title is None and art.date is None


def test_html_declared_charset_is_used(tmp_path):
    path = tmp_path / "legacy.html"
    path.write_bytes(
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "<title>Caf\u00e9 talks</title></head><body><p>The ministers met at a caf\u00e9 and called "
        "the deal \u201cfair\u201d.</p></body></html>".encode("cp1252"))
    (art,), warnings = _read(path)
    assert "caf\u00e9" in art.text and "\u201cfair\u201d" in art.text
    assert warnings == []  # the page says what it is


def test_html_without_any_text_is_an_input_error(tmp_path):
    path = tmp_path / "shell.html"
    path.write_text("<html><head><script>app()</script></head><body><div id='root'></div></body></html>",
                    encoding="utf-8")
    with pytest.raises(InputError, match="shell.html"):
        _read(path)


# -- encodings ----------------------------------------------------------------------------


def test_cp1252_file_is_detected_with_a_warning():
    (art,), warnings = _read(INPUTS / "eu_fine_cp1252.txt")
    assert "\u20ac1.2 billion" in art.text
    assert "\u201ca serious and systematic breach\u201d" in art.text
    assert "Commission\u2019s move" in art.text and "BRUSSELS \u2014 The" in art.text
    assert "\ufffd" not in art.text
    assert len(warnings) == 1
    assert "eu_fine_cp1252.txt" in warnings[0] and "cp1252" in warnings[0]


def test_utf16_file_with_bom():
    (art,), warnings = _read(INPUTS / "japan_aid_utf16.txt")
    assert art.text.startswith("Japan sent humanitarian aid to the Philippines")
    assert "T\u014dky\u014d" in art.text
    assert warnings == []


def test_utf16_without_bom_is_detected(tmp_path):
    path = tmp_path / "nobom.txt"
    path.write_bytes("Russia accused Ukraine of shelling the plant.\n".encode("utf-16-le"))
    (art,), warnings = _read(path)
    assert art.text == "Russia accused Ukraine of shelling the plant.\n"
    assert len(warnings) == 1 and "nobom.txt" in warnings[0] and "utf-16" in warnings[0]


def test_utf8_bom_is_dropped(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfKenya condemned Somalia.")
    (art,), warnings = _read(path)
    assert art.text == "Kenya condemned Somalia." and warnings == []


def test_a_few_invalid_utf8_bytes_are_replaced_with_the_line_named(tmp_path):
    path = tmp_path / "damaged.txt"
    good = "Z\u00fcrich talks: Kenya condemned Somalia.\nThe AU said \u201cenough\u201d.\n"
    path.write_bytes(good.encode() + b"Japan sent aid \xe2\x80 to the Philippines \xff.\n" + good.encode())
    (art,), warnings = _read(path)
    assert art.text.count("\ufffd") == 2
    assert "Japan sent aid \ufffd to the Philippines \ufffd." in art.text
    assert art.text.startswith("Z\u00fcrich") and art.text.endswith("\u201cenough\u201d.\n")
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{path}:3:") and "U+FFFD" in warnings[0]


def test_cut_off_utf8_character_at_the_end(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes("Russia accused Ukraine \u2014".encode()[:-1])
    (art,), warnings = _read(path)
    assert art.text == "Russia accused Ukraine \ufffd"
    assert warnings and "cut.txt:1:" in warnings[0]


@pytest.mark.parametrize("data, what", [
    (b"", "empty"),
    (b" \n\t\r\n", "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip"),
    (b"\x7fELF\x02\x01\x01\x00" * 50, "executable"),
    (b"hello\x00\x01\x02\x03world\x00" * 40, "binary"),
    (bytes(range(256)) * 20, "binary"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 100, "binary"),
])
def test_unusable_files_raise_one_line_input_error(tmp_path, data, what):
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        _read(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}: ") and "\n" not in msg
    assert what in msg


# -- JSONL, JSON, CSV -----------------------------------------------------------------------


def test_jsonl_date_precedence(tmp_path):
    path = tmp_path / "recs.jsonl"
    path.write_text('{"id": "a", "text": "Kenya condemned Somalia.", "date": "2026-01-05", "url": "u"}\n'
                    '{"id": "b", "text": "Japan sent aid."}\n', encoding="utf-8")
    a, b = _read(path)[0]
    assert (a.date, b.date) == (dt.date(2026, 1, 5), None)
    assert a.meta == {"url": "u"}
    a, b = _read(path, date=dt.date(2026, 2, 1))[0]
    assert a.date == b.date == dt.date(2026, 2, 1)


def test_json_array_file(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "x1", "text": "China urged Japan to show restraint.", "date": "2026-03-03"},
                                {"id": "x2"},
                                {"id": "x3", "text": "Russia accused Ukraine.", "title": "Accusation"}]),
                    encoding="utf-8")
    arts, warnings = _read(path)
    assert [a.id for a in arts] == ["x1", "x3"]
    assert arts[0].date == dt.date(2026, 3, 3) and arts[1].title == "Accusation"
    assert warnings == [f"{path}: record 2: skipped record without a 'text' string"]


def test_csv_corpus_with_extra_columns_and_bad_rows():
    path = INPUTS / "wire_corpus.csv"
    arts, warnings = _read(path)
    assert [a.id for a in arts] == ["kp-1", "kp-2", "kp-5"]
    kp1, kp2, kp5 = arts
    assert kp1.title == "Talks resume" and kp1.date == dt.date(2026, 2, 10)
    assert kp1.text == "Kenya and Somalia resumed border talks in Nairobi on Tuesday."
    assert kp1.meta == {"url": "https://wire.example.org/kp-1", "source": "Wire Service", "lang": "en"}
    assert kp2.title is None and kp2.date == dt.date(2026, 2, 11)
    assert kp2.text == "Japan sent humanitarian aid to the Philippines.\nOfficials in Manila said more shipments would follow."
    assert kp5.date is None and kp5.text == 'Iran condemned Israel over the strike, calling it "a crime".'
    assert kp5.meta["source"] == "Other Wire" and kp5.meta["lang"] == "fa"
    assert warnings == [
        f"{path}:5: skipped CSV row with 3 fields (header has 7)",
        f"{path}:6: skipped CSV row without text",
    ]
    assert {a.date for a in _read(path, date=dt.date(2026, 3, 1))[0]} == {dt.date(2026, 3, 1)}


def test_csv_unclosed_quote_is_reported(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text('id,text\n1,"Kenya condemned Somalia."\n2,"Japan sent aid\n', encoding="utf-8")
    arts, warnings = _read(path)
    assert [a.id for a in arts] == ["1"]
    assert len(warnings) == 1 and warnings[0].startswith(f"{path}:3:")


def test_csv_without_text_column(tmp_path):
    path = tmp_path / "nocol.csv"
    path.write_text("id,body\n1,Kenya condemned Somalia.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"nocol\.csv: CSV has no 'text' column"):
        _read(path)


def test_sniffing_without_a_known_ending():
    assert sniff("<!DOCTYPE html><html><body>x") == "html"
    assert sniff("\n  <p>Kenya condemned Somalia.</p>") == "html"
    assert sniff('{"text": "x"}\n') == "jsonl"
    assert sniff("id,title,text,date\n1,a,b,2024-01-01\n") == "csv"
    assert sniff("Kenya condemned Somalia, its neighbour, on Tuesday.\n") == "text"
    assert sniff("text, as they say, is text\n") == "text"


def test_text_starting_with_a_brace_is_not_jsonl(tmp_path):
    path = tmp_path / "note"
    path.write_text("{Editor's note} Kenya condemned Somalia.\n", encoding="utf-8")
    (art,), warnings = _read(path)
    assert art.text.startswith("{Editor") and warnings == []


# -- directories, several paths, stdin --------------------------------------------------------


def test_directory_is_walked_in_order_with_unique_ids():
    warnings: list[str] = []
    errors: list[str] = []
    arts = list(read_paths([TREE], warnings=warnings, errors=errors))
    assert [a.id for a in arts] == ["2026/03/kenya", "2026/03/manila", "kenya", "feed-1", "feed-2"]
    md, htm, txt, f1, f2 = arts
    assert md.text.startswith("# Follow-up") and "recalled its ambassador" in md.text
    assert htm.title == "Aid arrives" and htm.date == dt.date(2026, 3, 2)
    assert htm.text.startswith("Japan sent humanitarian aid") and "Home" not in htm.text
    assert txt.text == "Kenya condemned Somalia over the border raid.\n"
    assert f1.date == dt.date(2026, 3, 3) and f1.meta == {"source": "Wire"}
    assert warnings == []
    assert errors == [f"{TREE / 'empty.txt'}: empty input, nothing to code (skipped)"]
    for a in arts:
        assert "Hidden" not in a.text and "Drafts" not in a.text and "without a known ending" not in a.text


def test_same_stem_in_one_directory_gets_distinct_ids(tmp_path):
    (tmp_path / "story.txt").write_text("Kenya condemned Somalia.", encoding="utf-8")
    (tmp_path / "story.html").write_text("<p>Japan sent aid to the Philippines.</p>", encoding="utf-8")
    ids = [a.id for a in read_paths([tmp_path])]
    assert len(set(ids)) == 2 and "story" in ids


def test_same_stem_in_two_paths_gets_distinct_ids(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(f"Kenya condemned Somalia ({sub}).", encoding="utf-8")
    arts = list(read_paths([tmp_path / "a" / "story.txt", tmp_path / "b" / "story.txt"]))
    assert [a.id for a in arts] == ["story", (tmp_path / "b" / "story").as_posix()]


def test_several_paths_one_unusable(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Kenya condemned Somalia.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    warnings: list[str] = []
    arts = list(read_paths([bad, good, tmp_path / "missing.txt"], warnings=warnings))
    assert [a.id for a in arts] == ["good"]
    assert len(warnings) == 2
    assert warnings[0].startswith(f"{bad}: looks like a PNG image") and warnings[0].endswith("(skipped)")
    assert warnings[1].startswith(f"{tmp_path / 'missing.txt'}: no such file")


def test_single_unusable_path_raises(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.txt: empty input"):
        list(read_paths([bad]))


def test_nothing_usable_raises(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.html").write_bytes(b"\x00\x01\x02" * 100)
    warnings: list[str] = []
    with pytest.raises(InputError, match="no usable articles") as err:
        list(read_paths([tmp_path], warnings=warnings))
    assert "\n" not in str(err.value)
    assert len(warnings) == 2
    empty = tmp_path / "empty_dir"
    empty.mkdir()
    with pytest.raises(InputError, match="no input files found"):
        list(read_paths([empty]))


def test_stdin_dash(monkeypatch):
    class _Stdin:
        buffer = io.BytesIO(b'{"id": "s1", "text": "Kenya condemned Somalia."}\n')

    monkeypatch.setattr(sys, "stdin", _Stdin())
    (art,) = read_paths(["-"])
    assert art.id == "s1"


# -- size -------------------------------------------------------------------------------------


def test_50_mb_text_file_is_read_quickly(tmp_path):
    para = ("Kenya condemned Somalia over the border raid, and Japan sent humanitarian aid to "
            "the Philippines after the typhoon. \u201cWe will help,\u201d officials said.\n")
    n = 50 * 2**20 // len(para.encode())
    path = tmp_path / "huge.txt"
    path.write_text(para * n, encoding="utf-8")
    start = time.perf_counter()
    (art,), warnings = _read(path)
    elapsed = time.perf_counter() - start
    assert len(art.text) == len(para) * n and warnings == []
    assert elapsed < 10, elapsed


def test_50_mb_cp1252_file_is_read_quickly(tmp_path):
    para = "The minister said \u201cwe will not pay \u20ac2 billion\u201d to Brussels.\n"
    n = 50 * 2**20 // len(para)
    path = tmp_path / "huge1252.txt"
    path.write_bytes((para * n).encode("cp1252"))
    start = time.perf_counter()
    (art,), warnings = _read(path)
    assert time.perf_counter() - start < 10
    assert art.text[:len(para)] == para and len(warnings) == 1 and "cp1252" in warnings[0]


def test_300_kb_article_is_coded(coder):
    para = ("Norway expelled three Russian diplomats on Wednesday. Moscow rejected the accusation "
            "and said it would respond in kind.\n")
    text = para * (300_000 // len(para))
    events = coder.code(text, date="2026-03-01")
    assert events and all(isinstance(e, Event) for e in events)
    assert max(e.sentence_index for e in events) > 1000  # chunks keep counting sentences
    assert all(e.date is not None for e in events)


# -- the command line -------------------------------------------------------------------------


def _one_error_line(proc: subprocess.CompletedProcess[str]) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error:"), lines[0]
    return lines[0]


def test_cli_empty_file_is_one_line_error(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b"")
    line = _one_error_line(_run("code", path))
    assert "blank.txt" in line


def test_cli_pdf_and_empty_directory_are_one_line_errors(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.5\n%\xb5\xed\xae\xfb\n")
    assert "report.pdf: looks like a PDF file" in _one_error_line(_run("code", path))
    empty = tmp_path / "nothing_here"
    empty.mkdir()
    assert "nothing_here" in _one_error_line(_run("code", empty))


def test_cli_directory_with_good_and_bad_files(tmp_path):
    (tmp_path / "a_good.html").write_bytes(PAGE.read_bytes())
    (tmp_path / "b_blank.txt").write_bytes(b"")
    (tmp_path / "c_blob.txt").write_bytes(b"\x00\xff" * 300)
    proc = _run("code", tmp_path, "-", stdin=b"")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert events and {e["article_id"] for e in events} == {"a_good"}
    assert {e["date"] for e in events} == {"2026-03-04"}  # from the page metadata
    assert any((e["source"]["code"], e["cameo"]["code"]) == ("NOR", "161") for e in events)
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 3, proc.stderr  # blank, blob and the empty stdin
    assert "b_blank.txt" in warnings[0] and "c_blob.txt" in warnings[1] and "<stdin>" in warnings[2]
    assert not [line for line in proc.stderr.splitlines() if line.startswith("error:")]


def test_big_jsonl_is_streamed_with_the_same_articles_and_warnings(tmp_path, monkeypatch):
    """Big JSONL files are read line by line; what comes out is what the whole-file
    reader gives (damaged lines reported by line number)."""
    import eventcoder.read as read_mod

    lines = [
        json.dumps({"id": "a1", "text": "Iran's foreign minister met his Omani counterpart in Muscat.",
                    "date": "2024-05-02", "source": "wire"}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "a2", "title": "Talks", "text": "Greece and Turkey agreed to resume talks."}),
        json.dumps({"id": "a3", "text": "Caf\u00e9 owners in Tunis protested against new taxes."}, ensure_ascii=False),
        json.dumps({"title": "no text here"}),
    ]
    path = tmp_path / "feed.jsonl"
    data = ("\n".join(lines) + "\n").encode("utf-8").replace("Caf\u00e9".encode(), b"Caf\xe9")
    path.write_bytes(data)
    whole_w: list[str] = []
    whole = list(read_articles(path, warnings=whole_w))
    monkeypatch.setattr(read_mod, "STREAM_BYTES", 0)
    monkeypatch.setattr(read_mod, "_STREAM_HEAD", 200)  # the bad byte lies beyond the sniffed start
    stream_w: list[str] = []
    streamed = list(read_articles(path, warnings=stream_w))
    assert [a.id for a in streamed] == ["a1", "a2", "a3"]
    assert [a.model_dump() for a in streamed[:2]] == [a.model_dump() for a in whole[:2]]
    assert any("feed.jsonl:2: skipped malformed JSON line" in w for w in stream_w)
    assert any("feed.jsonl:5: skipped record without a 'text' string" in w for w in stream_w)
    assert any("feed.jsonl:4: invalid UTF-8 bytes replaced" in w for w in stream_w)
    assert streamed[2].text.startswith("Caf") and "owners in Tunis protested" in streamed[2].text


def test_entities_that_lost_their_ampersand_are_repaired():
    from eventcoder.text import normalize

    # scraped feeds (AG News among them) drop the "&": "Israel #39;s", "the quot;capacity quot;"
    assert normalize("Israel #39;s army said quot;we will respond quot; to AT amp;T") == \
        "Israel's army said \"we will respond \" to AT&T"
    # an entity escaped twice is decoded once, as before
    assert normalize("said &amp;quot;no&amp;quot; to AT&amp;amp;T") == "said &quot;no&quot; to AT&amp;T"
    assert normalize("a quotation; an ampersand; #hashtag") == "a quotation; an ampersand; #hashtag"
