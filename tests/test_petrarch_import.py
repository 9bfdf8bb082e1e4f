"""PETRARCH/TABARI dictionary import (eventcoder.petrarch)."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest

from eventcoder.dictionaries import load_user_file
from eventcoder.errors import DictionaryError
from eventcoder.petrarch import ImportResult, import_petrarch, write_yaml

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
PETR_DIR = SHARED / "raw" / "petrarch2" / "dictionaries"
VERBS_150430 = "CAMEO.verbpatterns.150430.txt"

needs_shared = pytest.mark.skipif(not PETR_DIR.is_dir(), reason="shared PETRARCH dictionaries absent")


def _pattern(result: ImportResult, note_part: str) -> dict[str, Any]:
    hits = [p for p in result.data.get("patterns", []) if note_part in p.get("note", "")]
    assert hits, f"no pattern with note containing {note_part!r}"
    return hits[0]


def _person(result: ImportResult, name: str) -> dict[str, Any]:
    return next(p for p in result.data["people"] if p["name"] == name)


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


@pytest.fixture(scope="module")
def shared() -> tuple[ImportResult, float]:
    if not PETR_DIR.is_dir():
        pytest.skip("shared PETRARCH dictionaries absent")
    t0 = time.perf_counter()
    res = import_petrarch(PETR_DIR)
    return res, time.perf_counter() - t0


@pytest.fixture(scope="module")
def verbs150430() -> ImportResult:
    if not PETR_DIR.is_dir():
        pytest.skip("shared PETRARCH dictionaries absent")
    return import_petrarch(PETR_DIR, include=[VERBS_150430])


# ------------------------------------------------------------------ shared dictionaries


@needs_shared
def test_shared_counts_and_speed(shared: tuple[ImportResult, float]) -> None:
    res, seconds = shared
    assert seconds < 10
    assert res.file_counts[VERBS_150430]["patterns"] > 1000
    assert res.counts["agents"] > 100
    assert res.counts["organisations"] + res.counts["people"] > 1000
    assert res.counts["people"] > 1000
    assert res.kinds["Phoenix.discards.txt"] == "discards"
    assert res.counts["discards"] > 100
    scopes = {d["scope"] for d in res.data["discards"]}
    assert scopes == {"sentence", "article"}
    assert any(w.startswith("Phoenix.IssueCoding.txt:") for w in res.warnings)
    ids = [p["id"] for p in res.data["patterns"]]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("petrarch.") for i in ids)


@needs_shared
def test_shared_actor_with_dated_codes(shared: tuple[ImportResult, float]) -> None:
    res, _ = shared
    # PETR.Validate.actors.txt: SAM_GAMGEE [HOB] with five date restrictions
    sam = _person(res, "Sam Gamgee")
    assert sam["outside_role"] == ""  # the default [HOB] is the country alone
    got = [(t["country"], t["role"], t["start"], t["end"]) for t in sam["terms"]]
    assert got == [
        ("HOB", "CIV", dt.date(1, 1, 1), dt.date(2008, 1, 21)),  # [HOBCIV <20080120]
        ("ORC", "HOB", dt.date(2010, 1, 9), dt.date(2010, 1, 13)),  # [ORCHOB 20100109-20100112]
        ("HOB", "MIL", dt.date(2008, 1, 20), dt.date(2012, 11, 10)),
        ("HOB", "GOV", dt.date(2012, 11, 9), dt.date(2013, 1, 20)),
        ("HOB", "ELI", dt.date(2013, 1, 19), None),  # [HOBELI >20130119]
    ]
    # Phoenix.Countries.actors.txt: BARACK_OBAMA [USAELI 780101-000101] [USAGOV >090120]
    obama = _person(res, "Barack Obama")
    assert "President Obama" in obama["aliases"] and "Obama" in obama["aliases"]
    assert [(t["office"], t["start"], t["end"]) for t in obama["terms"]] == [
        ("USAELI", dt.date(1978, 1, 1), dt.date(2000, 1, 2)),
        ("USAGOV", dt.date(2009, 1, 20), None),
    ]
    # an undated code: an organisation with its country and role
    troops = next(o for o in res.data["organisations"] if o["name"] == "Israeli Troops")
    assert troops == {"code": "ISRMIL", "name": "Israeli Troops", "country": "ISR", "role": "MIL"}
    interpol = next(o for o in res.data["organisations"]
                    if o["name"] == "International Criminal Police Organization")
    assert interpol["code"] == "IGOCOPITP" and "Interpol" in interpol["names"]
    assert "country" not in interpol


@needs_shared
def test_shared_agents(shared: tuple[ImportResult, float]) -> None:
    res, _ = shared
    agents = {a["text"]: a["role"] for a in res.data["agents"]}
    assert agents["president"] == "GOV"  # PRESIDENT [~GOV]
    assert agents["attorney general"] == "GOV"
    assert agents["attorneys general"] == "GOV"  # ATTORNEY_GENERAL {ATTORNEYS_GENERAL}
    assert agents["foreign minister"] == "GOV"  # [~GOVFRM]: first block
    assert agents["human rights body"] == "NGO"  # [NGO~]
    assert agents["congressman"] == "LEG"  # CONGRESS!PERSON! with !PERSON! = MAN, ...


def test_verb_block_and_patterns(verbs150430: ImportResult) -> None:
    res = verbs150430
    # --- EXPLAIN_VERBAL [010] ---: the verbs, per-verb codes and a phrasal verb
    block = _pattern(res, f"{VERBS_150430}:701: --- EXPLAIN_VERBAL")
    assert block["code"] == "010"
    assert {"say", "tell", "explain", "announce", "report"} <= set(block["lemmas"])
    assert "communicate" not in block["lemmas"] and "express" not in block["lemmas"]
    communicate = next(p for p in res.data["patterns"] if p["lemmas"] == ["communicate"])
    assert communicate["code"] == "040"  # COMMUNICATE [040]
    clear_up = _pattern(res, "'+CLEAR_UP'")
    assert (clear_up["lemmas"], clear_up["particle"], clear_up["code"]) == (["clear"], "up", "010")
    # --- CONFER [040:040] --- is reciprocal
    confer = _pattern(res, f"{VERBS_150430}:2798:")
    assert confer["code"] == "040" and confer["reciprocal"] is True
    assert {"confer", "talk", "discuss", "consult"} <= set(confer["lemmas"])
    # - * OUTPOST IN + [0874]: requires the noun, target is the object of 'in'
    outpost = _pattern(res, f"{VERBS_150430}:691:")
    assert outpost["id"].startswith("petrarch.abandon.")
    assert (outpost["code"], outpost["lemmas"]) == ("0874", ["abandon"])
    assert outpost["requires"] == ["outpost"] and outpost["target"] == ["in"]
    # - * &STRONGHOLD [0874]: the synset is expanded
    strong = _pattern(res, f"{VERBS_150430}:692:")
    assert {"stronghold", "bastion", "fort"} <= set(strong["requires"])
    # - * ESTABLISH DIPLOMATIC_RELATIONS WITH + [054]: two groups, target 'with'
    ties = _pattern(res, f"{VERBS_150430}:735:")
    assert ties["requires"] == ["establish"] and "relations" in ties["also_requires"]
    assert ties["target"] == ["with"]
    # - * PLAN [---] and - * RE-TRIAL [---]: exclusions of ABANDON's own pattern
    abandon = _pattern(res, f"{VERBS_150430}:687:")
    assert abandon["code"] == "080" and {"plan", "re-trial"} <= set(abandon["excludes"])
    # - SAID + MUST * POLICY [100]: a target before the verb with no source after it ->
    # skipped with file:line
    assert any(w.startswith(f"{VERBS_150430}:689: target before the verb") for w in res.warnings)


def test_written_yaml_loads(tmp_path: Path) -> None:
    if not PETR_DIR.is_dir():
        pytest.skip("shared PETRARCH dictionaries absent")
    res = import_petrarch(PETR_DIR, include=["PETR.Validate.*", VERBS_150430,
                                              "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"])
    out = tmp_path / "petrarch.yaml"
    write_yaml(res, out)
    loaded = load_user_file(out)
    assert set(loaded) == {"organisations", "people", "agents", "patterns", "discards"}
    assert len(loaded["patterns"].patterns) == res.counts["patterns"]
    assert len(loaded["people"].people) == res.counts["people"]
    assert len(loaded["organisations"].organisations) == res.counts["organisations"]
    assert len(loaded["agents"].agents) == res.counts["agents"]


# ------------------------------------------------------------------ a hand-written snippet

ACTORS = """\
<!-- snippet actors
     spanning two lines -->
# a comment line
UNITED_STATES_  [USA]  # trailing comment
+U.S._
+AMERICAN_

ALICE_JONES_
+PRESIDENT_JONES
\t[WNDGOV 20090120-20130119]
\t[WNDELI >20130120]
\t[WND]

BOB_SMITH_  [XYZ]
\t[XYZGOV >950601]

ZED_RULER_
\t[ABC < 19990101]
\t[DEF]

ISRAELI_TROOPS [ISRMIL]
ADEN_ISLAMIC_ARMY_(AIA)_ [YEMREB]
BAD_CODE [AB]
BROKEN_DATE [WND]
\t[WNDGOV 2009-13]
UNBALANCED [USA
NEVER [---]
NO_CODE_HERE
"""

AGENTS = """\
!PERSON! = MAN, WOMAN
PRESIDENT_ [~GOV]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVJUD]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY [NGO~]
POLICE {} [~COP]
NO_ROLE_AGENT
BAD_ROLE [~G1]
!UNKNOWN!_THING [~GOV]
"""

VERBS = """\
####### SYNONYM SETS #######
&CURRENCY
+DOLLARS
+EURO_

&PREP_
+AGAINST
+ON

####### VERB PATTERNS #######
--- GIVE_AID [070] ---
GIVE {GAVE GIVEN GIVING}
DONATE [071]
+HAND_OVER
- * &CURRENCY [071]  # money
- * WEAPONS TO + [072]
- * (TO) [0233]
- * + [070]
- SAID * MONEY [071]
- * NOT TO + [070]
- * PLAN [---]
- * &UNDEFINED [070]
- * ARMS [999]
- * ARMS
- WEAPONS [070]
- % * CEASEFIRE [0871]
- $ * &PREP + [111]

--- TALK [040:040] ---
TALK
CONFER

~ a (a b ATTACK) SAY = a b 015
"""

DISCARDS = """\
+WORLD CUP  # story
BASEBALL
"""


@pytest.fixture()
def snippet(tmp_path: Path) -> tuple[Path, ImportResult]:
    d = tmp_path / "dicts"
    d.mkdir()
    (d / "test.actors.txt").write_text(ACTORS)
    (d / "test.agents.txt").write_text(AGENTS)
    (d / "test.verbs.txt").write_text(VERBS)
    (d / "test.discards.txt").write_text(DISCARDS)
    (d / "notes.txt").write_text("nothing to see\n")
    (d / "README.md").write_text("# not a dictionary\n")
    return d, import_petrarch(d)


def _warned(res: ImportResult, fname: str, text: str, needle: str, what: str) -> None:
    where = f"{fname}:{_line(text, needle)}: "
    assert any(w.startswith(where) and what in w for w in res.warnings), (where, what, res.warnings)


def test_snippet_actors(snippet: tuple[Path, ImportResult]) -> None:
    _, res = snippet
    orgs = {o["name"]: o for o in res.data["organisations"]}
    assert orgs["United States"] == {"code": "USA", "name": "United States",
                                     "names": ["U.S.", "American"], "country": "USA"}
    assert orgs["Israeli Troops"]["role"] == "MIL"
    assert orgs["Aden Islamic Army"]["names"] == ["AIA"]
    assert orgs["Broken Date"]["code"] == "WND"
    alice = _person(res, "Alice Jones")
    assert alice["aliases"] == ["President Jones"] and alice["outside_role"] == ""
    assert [(t["office"], t["start"], t["end"]) for t in alice["terms"]] == [
        ("WNDGOV", dt.date(2009, 1, 20), dt.date(2013, 1, 20)),
        ("WNDELI", dt.date(2013, 1, 20), None),
    ]
    bob = _person(res, "Bob Smith")  # YYMMDD date, 95 -> 1995
    assert [(t["role"], t["start"]) for t in bob["terms"]] == [("GOV", dt.date(1995, 6, 1))]
    zed = _person(res, "Zed Ruler")  # a default of another country follows the dated code
    assert [(t["country"], t["start"], t["end"]) for t in zed["terms"]] == [
        ("ABC", dt.date(1, 1, 1), dt.date(1999, 1, 2)),
        ("DEF", dt.date(1999, 1, 2), None),
    ]
    f = "test.actors.txt"
    _warned(res, f, ACTORS, "BAD_CODE", "'AB' is not a CAMEO actor code")
    _warned(res, f, ACTORS, "2009-13", "bad date")
    _warned(res, f, ACTORS, "UNBALANCED", "unbalanced brackets")
    _warned(res, f, ACTORS, "NEVER", "never an actor")
    _warned(res, f, ACTORS, "NO_CODE_HERE", "has no code")
    assert res.file_counts[f] == {"organisations": 4, "people": 3}


def test_snippet_agents(snippet: tuple[Path, ImportResult]) -> None:
    _, res = snippet
    agents = {a["text"]: a["role"] for a in res.data["agents"]}
    assert agents == {"president": "GOV", "attorney general": "GOV", "attorneys general": "GOV",
                      "congressman": "LEG", "congresswoman": "LEG", "human rights body": "NGO",
                      "police": "COP"}
    f = "test.agents.txt"
    _warned(res, f, AGENTS, "NO_ROLE_AGENT", "without a code")
    _warned(res, f, AGENTS, "BAD_ROLE", "is not a role")
    _warned(res, f, AGENTS, "!UNKNOWN!", "undefined substitution set")
    assert any(w.startswith(f"{f}: 1 agent codes of several blocks") for w in res.warnings)


def test_snippet_verbs(snippet: tuple[Path, ImportResult]) -> None:
    _, res = snippet
    pats = res.data["patterns"]

    def at(needle: str) -> list[dict[str, Any]]:
        where = f"test.verbs.txt:{_line(VERBS, needle)}:"
        return [p for p in pats if where in p["note"]]

    give, donate = at("--- GIVE_AID")  # the block: one pattern per code of its verbs
    assert (give["id"], give["code"], give["lemmas"], give["excludes"]) == (
        "petrarch.give_aid.1", "070", ["give"], ["plan"])  # - * PLAN [---] -> excludes
    assert (donate["code"], donate["lemmas"]) == ("071", ["donate"])  # DONATE [071]
    hand = next(p for p in pats if p["lemmas"] == ["hand"])  # +HAND_OVER
    assert (hand["particle"], hand["code"]) == ("over", "070")
    [money] = at("&CURRENCY [071]")
    assert money["lemmas"] == ["give", "donate"]
    assert money["requires"] == ["dollars", "dollar", "euro"] and money["code"] == "071"
    [weapons] = at("WEAPONS TO +")
    assert (weapons["requires"], weapons["target"]) == (["weapons", "weapon"], ["to"])
    [bare_to] = at("(TO)")
    assert (bare_to["particle"], bare_to["target"], bare_to["code"]) == ("to", ["to"], "0233")
    assert at("CEASEFIRE [0871]")[0]["reciprocal"] == "subjects"
    against, on = at("&PREP +")  # a synset of prepositions: one pattern per preposition
    assert (against["particle"], against["target"], against["code"]) == ("against", ["against"], "111")
    assert (on["particle"], on["target"]) == ("on", ["on"])
    [talk] = at("--- TALK")
    assert talk["reciprocal"] is True and talk["lemmas"] == ["talk", "confer"]
    assert len({p["id"] for p in pats}) == len(pats) == 12
    f = "test.verbs.txt"
    _warned(res, f, VERBS, "- * + [070]", "no content word")
    said = _pattern(res, "SAID * MONEY [071]")  # a word before the verb
    assert (said["before"], said["requires"], said["code"]) == (["said"], ["money"], "071")
    _warned(res, f, VERBS, "NOT TO", "negated")
    _warned(res, f, VERBS, "&UNDEFINED", "undefined synset")
    _warned(res, f, VERBS, "[999]", "unknown CAMEO code [999]: imported as a pattern that codes nothing")
    assert _pattern(res, "- * ARMS [999]")["code"] == "---"
    assert any(w.startswith(f"{f}:{_line(VERBS, '- WEAPONS [070]')}: pattern needs exactly one '*'")
               for w in res.warnings)
    assert any(w.startswith(f"{f}:") and "pattern without a code" in w for w in res.warnings)
    assert any(w.startswith(f"{f}: 1 transformation rules") for w in res.warnings)


def test_snippet_discards_files_and_yaml(snippet: tuple[Path, ImportResult], tmp_path: Path) -> None:
    d, res = snippet
    assert [(x["text"], x["scope"]) for x in res.data["discards"]] == [
        ("WORLD CUP", "article"), ("BASEBALL", "sentence")]
    assert any(w.startswith("notes.txt: not recognised") for w in res.warnings)
    assert "README.md" not in res.kinds
    out = tmp_path / "out.yaml"
    write_yaml(res, out)
    loaded = load_user_file(out)
    assert len(loaded["patterns"].patterns) == 12
    assert [d.text for d in loaded["discards"].discards] == ["WORLD CUP", "BASEBALL"]
    alice = next(p for p in loaded["people"].people if p.name == "Alice Jones")
    assert alice.terms[0].start == dt.date(2009, 1, 20)
    # only the verbs file: still a valid dictionary
    only = import_petrarch(d, include=["test.verbs.txt"])
    assert set(only.data) == {"source", "version", "patterns"}


def test_directories_and_files_together(snippet: tuple[Path, ImportResult], tmp_path: Path) -> None:
    """A suite's actors from one installation and its verbs from another: a directory with
    --include plus a file named on its own, whatever its name."""
    d, full = snippet
    other = tmp_path / "elsewhere"
    other.mkdir()
    verbs = other / "suite_v2.dat"  # not a name the directory scan would read
    verbs.write_text((d / "test.verbs.txt").read_text())
    res = import_petrarch([d, verbs], include=["test.actors.txt", "test.agents.txt"])
    assert res.kinds == {"test.actors.txt": "actors", "test.agents.txt": "agents", "suite_v2.dat": "verbs"}
    assert res.counts["patterns"] == full.counts["patterns"] > 0
    assert res.counts["organisations"] == full.counts["organisations"] > 0
    assert "dicts/" in res.data["source"] and "suite_v2.dat" in res.data["source"]
    with pytest.raises(DictionaryError, match="no such file"):
        import_petrarch([d, tmp_path / "typo.txt"])


def test_imported_patterns_find_their_target_where_petrarch_does(tmp_path: Path) -> None:
    """With no "+", PETRARCH codes the first actor after the verb: the object or an actor in
    a prepositional phrase ("ties between A and B"); a bare "(FROM)" names the phrase."""
    from eventcoder import Coder

    d = tmp_path / "mine"
    d.mkdir()
    (d / "welcome.verbs.txt").write_text(
        "--- WELCOME [050] ---\nWELCOME\n- * ASSURANCES (FROM) [030]\n- * {SECURITY ASSURANCES} (FROM) [777]\n\n"
        "--- DELAY [120] ---\nDELAY\nPOSTPONE\n- % * [120]\n\n--- MEET [040:040] ---\nMEET\n\n"
        "--- RECEIVE [033] ---\nRECEIVE\n- + * MONEY $ [071]\n")
    res = import_petrarch(d)
    block = _pattern(res, "--- WELCOME")
    assert "between" in block["target"] and block["target"][0] == "obj"
    from_pat = _pattern(res, "ASSURANCES (FROM) [030]")
    assert from_pat["target"][0] == "from"
    # a code that is not CAMEO's: the words are claimed, nothing is coded
    assert _pattern(res, "{SECURITY ASSURANCES} (FROM) [777]")["code"] == "---"
    out = tmp_path / "welcome.yaml"
    write_yaml(res, out)
    coder = Coder(dictionaries=(out,))

    def coded(text: str) -> set[tuple[str | None, str | None, str]]:
        return {(e.source.code, e.target.code, e.cameo.code) for e in coder.code(text, date="2023-03-01")}

    # (the talks themselves are a built-in noun event between China and South Korea)
    assert {e for e in coded("Japan welcomed the resumption of talks between China and South Korea.")
            if e[0] == "JPN"} == {("JPN", "CHN", "050"), ("JPN", "KOR", "050")}
    assert coded("Japan welcomed the written assurances from China on Monday.") == {("JPN", "CHN", "030")}
    assert not coded("Japan welcomed the security assurances from China on Monday.")
    # "- % * [120]": the verb alone codes its block's code between compound subjects
    assert _pattern(res, "--- DELAY")["reciprocal"] == "subjects"
    assert coded("India and Pakistan have postponed their talks on Kashmir.") == {
        ("IND", "PAK", "120"), ("PAK", "IND", "120")}
    # "- + * MONEY $": the giver is named after the object, the receiver is the subject
    money = _pattern(res, "MONEY $ [071]")
    assert money["source"][0] == "from" and money["target"] == ["subj"]
    assert ("JPN", "UKR", "071") in coded("Ukraine received money from Japan for the reconstruction.")
    # a paired code: the meeting is coded both ways (the built-in pattern codes one)
    assert _pattern(res, "--- MEET")["converse"] == "040"
    assert coded("The Indian foreign minister met Chinese officials in Delhi.") == {
        ("INDGOV", "CHNGOV", "040"), ("CHNGOV", "INDGOV", "040")}


def test_words_before_the_verb_and_listed_verb_forms(tmp_path: Path) -> None:
    """"- HARSHLY * [112]": a word before the verb is required there (an adverb, the
    subject); a block may list a verb form as written ("SPOKE"), which PETRARCH matches."""
    from eventcoder import Coder

    d = tmp_path / "mine"
    d.mkdir()
    (d / "test.verbs.txt").write_text("--- CRITICIZE [111] ---\nCRITICIZE\nCRITICISE\n- HARSHLY * [112]\n\n"
                                      "--- SPOKE [040] ---\nSPOKE\n")
    res = import_petrarch(d)
    assert _pattern(res, "HARSHLY * [112]")["before"] == ["harshly"]
    out = tmp_path / "mine.yaml"
    write_yaml(res, out)
    coder = Coder(dictionaries=(out,))

    def coded(text: str) -> set[tuple[str | None, str | None, str, str]]:
        return {(e.source.code, e.target.code, e.cameo.code, e.provenance.pattern_id)
                for e in coder.code(text, date="2023-03-01")}

    harsh, plain = (_pattern(res, "HARSHLY")["id"], _pattern(res, "--- CRITICIZE")["id"])
    assert coded("Germany harshly criticised Iran over the executions.") == {("DEU", "IRN", "112", harsh)}
    assert coded("Germany criticised Iran over the executions.") == {("DEU", "IRN", "111", plain)}
    spoke = _pattern(res, "--- SPOKE")["id"]
    assert {e[3] for e in coded("The French president spoke with the Chinese premier on Monday.")} == {spoke}


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("nothing\n")
    with pytest.raises(DictionaryError, match="no PETRARCH dictionary"):
        import_petrarch(tmp_path)
    with pytest.raises(DictionaryError, match="no such file or directory"):
        import_petrarch(tmp_path / "missing")


# ------------------------------------------------------------------ coding with the import


def test_coder_with_validation_dictionaries(tmp_path: Path) -> None:
    records_path = SHARED / "udpetrarch_validation_2_02.jsonl"
    if not PETR_DIR.is_dir() or not records_path.is_file():
        pytest.skip("shared PETRARCH validation data absent")
    from eventcoder import Coder
    from eventcoder.config import CoderConfig

    res = import_petrarch(PETR_DIR, include=["PETR.Validate.*"])
    out = tmp_path / "validate.yaml"
    write_yaml(res, out)
    coder = Coder(CoderConfig(dictionaries=(out,), only_dictionaries=True))
    records = {r["id"]: r for r in map(json.loads, records_path.read_text().splitlines())}

    def code(rid: str) -> set[tuple[str, str, str]]:
        rec = records[rid]
        d = rec["date"]
        events = coder.code(rec["text"], date=f"{d[:4]}-{d[4:6]}-{d[6:]}")
        return {(e.source.code, e.target.code, e.cameo.code) for e in events}

    # "Arnor is about to restore full diplomatic ties with Gondor ..." (ARN -> GON)
    demo = code("DEMO-01")
    assert demo and {(s, t) for s, t, _ in demo} == {("ARN", "GON")}
    # "Sam Gamgee met a bunch of Morgul Orcs." on 2010-01-09: the dated code ORCHOB applies
    date09 = code("DATE-09")
    # (the validation verbs pair the meeting's code, so it is coded back too)
    assert {(s, t) for s, t, _ in date09} == {("ORCHOB", "MRGORC"), ("MRGORC", "ORCHOB")}
