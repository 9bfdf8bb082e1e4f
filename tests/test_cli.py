"""The command-line interface: formats, inputs, evaluation and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventcoder.cli import CSV_COLUMNS, cli

HERE = Path(__file__).parent
GOLD = HERE / "data" / "gold_small.jsonl"
EXE = Path(sys.executable).parent / "eventcoder"

REQUIRED = ("id", "article_id", "sentence_index", "sentence", "date", "source", "target",
            "cameo", "plover", "negated", "hypothetical")

TEXT = "Kenya condemned Somalia over the border raid.\nJapan sent humanitarian aid to the Philippines.\n"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def _jsonl(out: str) -> list[dict]:
    lines = [line for line in out.splitlines() if line.strip()]
    return [json.loads(line) for line in lines]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """Run the installed entry point (eventcoder.cli.main) in a subprocess."""
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, text=True, timeout=120)


def _assert_one_line_error(proc: subprocess.CompletedProcess[str], *names: str) -> str:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    (line,) = lines
    assert line.startswith("error:"), line
    for name in names:
        assert name in line, (name, line)
    assert proc.stdout == ""
    return line


# -- coding ---------------------------------------------------------------------


def test_code_text_file_gives_jsonl(runner, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    res = runner.invoke(cli, ["code", str(path), "--date", "2024-03-08"])
    assert res.exit_code == 0, res.output
    recs = _jsonl(res.stdout)
    assert len(recs) >= 2
    for rec in recs:
        for field in REQUIRED:
            assert field in rec, field
        assert rec["article_id"] == "story"
        assert rec["date"] == "2024-03-08"
        assert rec["cameo"]["root"] == rec["cameo"]["code"][:2]
    got = {(r["source"]["code"], r["target"]["code"], r["cameo"]["root"]) for r in recs}
    assert {("KEN", "SOM", "11"), ("JPN", "PHL", "07")} <= got
    assert {r["sentence_index"] for r in recs} == {0, 1}


def _write_articles(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    recs = [
        {"id": "art-1", "text": "Kenya condemned Somalia over the border raid.", "date": "2023-06-01"},
        {"id": "art-2", "text": "Japan sent humanitarian aid to the Philippines.", "date": "2022-11-15"},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return path


def test_code_jsonl_records_keep_id_and_date(runner, tmp_path):
    path = _write_articles(tmp_path)
    res = runner.invoke(cli, ["code", str(path)])
    assert res.exit_code == 0, res.output
    recs = _jsonl(res.stdout)
    by_article = {r["article_id"]: r for r in recs}
    assert set(by_article) == {"art-1", "art-2"}
    assert by_article["art-1"]["date"] == "2023-06-01"
    assert by_article["art-2"]["date"] == "2022-11-15"
    assert by_article["art-1"]["source"]["code"] == "KEN"


def test_code_jsonl_date_option_overrides_records(runner, tmp_path):
    path = _write_articles(tmp_path)
    res = runner.invoke(cli, ["code", str(path), "--date", "2020-01-31"])
    assert res.exit_code == 0, res.output
    recs = _jsonl(res.stdout)
    assert recs and {r["date"] for r in recs} == {"2020-01-31"}
    assert {r["article_id"] for r in recs} == {"art-1", "art-2"}


def test_code_stdin(runner):
    res = runner.invoke(cli, ["code", "-", "--date", "2024-03-08"], input=TEXT)
    assert res.exit_code == 0, res.output
    recs = _jsonl(res.stdout)
    assert {("KEN", "SOM")} <= {(r["source"]["code"], r["target"]["code"]) for r in recs}
    assert all(r["date"] == "2024-03-08" for r in recs)
    assert len({r["article_id"] for r in recs}) == 1


def test_code_stdin_jsonl(runner):
    line = json.dumps({"id": "wire-7", "text": "Kenya condemned Somalia over the border raid.",
                       "date": "2023-06-01"})
    res = runner.invoke(cli, ["code", "-"], input=line + "\n")
    assert res.exit_code == 0, res.output
    recs = _jsonl(res.stdout)
    assert recs and {r["article_id"] for r in recs} == {"wire-7"}


def test_code_without_date_gives_a_note(runner):
    res = runner.invoke(cli, ["code", "-"], input="Kenya condemned Somalia over the border raid.\n")
    assert res.exit_code == 0
    assert "--date" in res.stderr
    assert _jsonl(res.stdout)


def test_format_csv_has_header_row(runner, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    res = runner.invoke(cli, ["code", str(path), "--date", "2024-03-08", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert rows[0] == CSV_COLUMNS
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    assert len(body) >= 2
    assert all(len(r) == len(CSV_COLUMNS) for r in rows[1:])
    assert {"KEN", "JPN"} <= {r["source_code"] for r in body}
    assert all(r["article_id"] == "story" and r["date"] == "2024-03-08" for r in body)


def test_format_table(runner, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    res = runner.invoke(cli, ["code", str(path), "--date", "2024-03-08", "--format", "table"])
    assert res.exit_code == 0, res.output
    out = res.stdout
    for word in ("CAMEO", "PLOVER", "source", "target", "KEN", "SOM", "JPN", "PHL"):
        assert word in out, word
    with pytest.raises(json.JSONDecodeError):
        json.loads(out.splitlines()[0])


def test_explain_names_the_pattern(runner, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    res = runner.invoke(cli, ["code", str(path), "--date", "2024-03-08", "--explain"])
    assert res.exit_code == 0, res.output
    recs = _jsonl(res.stdout)
    assert recs
    for rec in recs:
        pid = rec["provenance"]["pattern_id"]
        assert pid and pid in rec["explanation"]
        assert rec["source"]["code"] in rec["explanation"]


def test_explain_with_table_and_csv(runner, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Kenya condemned Somalia over the border raid.\n", encoding="utf-8")
    res = runner.invoke(cli, ["code", str(path), "--date", "2024-03-08", "--explain", "--format", "table"])
    assert res.exit_code == 0, res.output
    assert "matched pattern" in res.stdout
    res = runner.invoke(cli, ["code", str(path), "--date", "2024-03-08", "--explain", "--format", "csv"])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and all(r["pattern_id"] in r["explanation"] for r in rows)


# -- evaluation -----------------------------------------------------------------


def test_evaluate_json(runner):
    res = runner.invoke(cli, ["evaluate", str(GOLD), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert {"strict", "lenient", "exact", "records", "crashes"} <= set(out)
    assert out["records"] == 4
    assert out["crashes"] == 0
    assert 0 <= out["exact"] <= 4
    for k in ("strict", "lenient"):
        s = out[k]
        for m in ("precision", "recall", "f1"):
            assert 0.0 <= s[m] <= 1.0
        assert s["tp"] + s["fn"] == 4  # four gold events
    assert out["lenient"]["tp"] >= out["strict"]["tp"]


def test_evaluate_table_and_details(runner, tmp_path):
    details = tmp_path / "details.jsonl"
    res = runner.invoke(cli, ["evaluate", str(GOLD), "--details", str(details)])
    assert res.exit_code == 0, res.output
    assert "strict" in res.stdout and "lenient" in res.stdout and "records 4" in res.stdout
    rows = _jsonl(details.read_text(encoding="utf-8"))
    assert [r["id"] for r in rows] == ["g1", "g2", "g3", "g4"]
    assert all({"gold", "pred", "exact"} <= set(r) for r in rows)


# -- malformed input that is still coded ------------------------------------------


def test_malformed_jsonl_line_is_skipped_with_warning(runner, tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps({"id": "ok-1", "text": "Kenya condemned Somalia over the border raid.", "date": "2024-01-01"}) + "\n"
        + '{"id": "broken", "text": "Chile accused Peru\n'
        + json.dumps({"id": "ok-3", "text": "Japan sent humanitarian aid to the Philippines.", "date": "2024-01-01"}) + "\n",
        encoding="utf-8",
    )
    res = runner.invoke(cli, ["code", str(path)])
    assert res.exit_code == 0, res.output
    assert {r["article_id"] for r in _jsonl(res.stdout)} == {"ok-1", "ok-3"}
    warnings = [line for line in res.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1, res.stderr
    assert "mixed.jsonl" in warnings[0] and ":2" in warnings[0]
    assert "Traceback" not in res.stderr


def test_invalid_utf8_is_coded_with_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes(b"Kenya condemned \xff\xfe Somalia over the border raid.\n")
    proc = _run("code", path, "--date", "2024-01-01")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    recs = _jsonl(proc.stdout)
    assert any(r["source"]["code"] == "KEN" for r in recs)
    warnings = [line for line in proc.stderr.splitlines() if line.startswith("warning:")]
    assert warnings and "latin.txt" in warnings[0], proc.stderr


# -- errors: one line on stderr, non-zero exit, no traceback ----------------------


def test_error_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    _assert_one_line_error(_run("code", path), "empty.txt")


def test_error_binary_file(tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00\x00binary\x00\xff\xfe" * 20)
    _assert_one_line_error(_run("code", path), "blob.bin")


def test_error_missing_file(tmp_path):
    path = tmp_path / "no-such-story.txt"
    _assert_one_line_error(_run("code", path), "no-such-story.txt")


def test_error_bad_date(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    line = _assert_one_line_error(_run("code", path, "--date", "2024-13-45"), "2024-13-45")
    assert "--date" in line


def test_error_jsonl_without_usable_records(tmp_path):
    path = tmp_path / "junk.jsonl"
    path.write_text("{not json\n[1, 2]\n", encoding="utf-8")
    proc = _run("code", path)
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "junk.jsonl" in errors[0]


def test_error_evaluate_missing_gold(tmp_path):
    _assert_one_line_error(_run("evaluate", tmp_path / "gold-missing.jsonl"), "gold-missing.jsonl")


def test_cli_runner_reports_input_error_without_output(runner, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    res = runner.invoke(cli, ["code", str(path)])
    assert res.exit_code != 0
    assert res.stdout == ""
    from eventcoder import InputError

    assert isinstance(res.exception, InputError)
    assert "empty.txt" in str(res.exception)


def test_error_binary_file_without_nul_bytes(tmp_path):
    import random

    rnd = random.Random(7)
    data = bytes(rnd.choice([b for b in range(128, 256)]) for _ in range(4000))
    path = tmp_path / "noise.bin"
    path.write_bytes(data)
    _assert_one_line_error(_run("code", path), "noise.bin")


def test_config_file_in_the_working_directory_adds_dictionaries(tmp_path):
    (tmp_path / "dicts").mkdir()
    (tmp_path / "dicts" / "fiction.yaml").write_text(
        "countries:\n  - {code: ARN, iso3: ARN, name: Arnor, names: [Arnor], adjectives: [Arnorian], "
        "capitals: [Annuminas], metonyms: []}\n", encoding="utf-8")
    (tmp_path / "eventcoder.toml").write_text('[coder]\ndictionaries = ["dicts/fiction.yaml"]\n', encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Arnor accused Gondor's ally Russia of shelling the border post.", encoding="utf-8")
    out = subprocess.run([str(EXE), "code", str(story), "--date", "2026-03-07"], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert any(json.loads(line)["source"]["code"] == "ARN" for line in out.stdout.splitlines())
    (tmp_path / "bad.toml").write_text("[coder]\nbatch_size = 'many'\n", encoding="utf-8")
    bad = _run("code", story, "--config", tmp_path / "bad.toml")
    assert bad.returncode != 0 and bad.stderr.startswith("error:") and "bad.toml" in bad.stderr
    assert "batch_size" in bad.stderr and "Traceback" not in bad.stderr


def test_announced_acts_option_and_config_file(runner, tmp_path):
    text = "Japan will send 500 tonnes of food to North Korea, the foreign ministry said.\n"
    res = runner.invoke(cli, ["code", "-", "--date", "2024-03-08"], input=text)
    assert res.exit_code == 0, res.output
    assert {r["cameo"]["code"][:2] for r in _jsonl(res.stdout)} == {"03"}
    res = runner.invoke(cli, ["code", "-", "--date", "2024-03-08", "--announced-acts", "act"], input=text)
    assert res.exit_code == 0, res.output
    recs = _jsonl(res.stdout)
    assert {(r["source"]["code"], r["target"]["code"], r["cameo"]["code"][:2]) for r in recs} == {("JPN", "PRK", "07")}
    assert all(r["hypothetical"] for r in recs)
    # the same setting from a config file; a wrong value is named
    cfg = tmp_path / "eventcoder.toml"
    cfg.write_text('[coder]\nannounced_acts = "act"\n')
    res = runner.invoke(cli, ["code", "-", "--date", "2024-03-08", "--config", str(cfg)], input=text)
    assert {r["cameo"]["code"][:2] for r in _jsonl(res.stdout)} == {"07"}
    cfg.write_text('[coder]\nannounced_acts = "maybe"\n')
    res = runner.invoke(cli, ["code", "-", "--config", str(cfg)], input=text)
    assert res.exit_code != 0 and "announced_acts" in str(res.exception)
