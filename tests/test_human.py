"""Agreement with human coders, and the statements convention they follow."""

from __future__ import annotations

import pytest

from eventcoder import Coder
from eventcoder.evaluate import agreement, half, is_human_gold


@pytest.fixture(scope="module")
def stating():
    return Coder(statements=True)


def _rec(rid, text, roots, consensus):
    coders = [{"coder": i, "relevant": bool(r), "actions": [{"cameo_root": r}] if r else []}
              for i, r in enumerate(roots, 1)]
    return {"id": rid, "text": text, "coders": coders, "consensus": {"cameo_roots": consensus}}


def test_bare_statement_is_coded_only_when_asked(coder, stating):
    text = "Afghan President Ashraf Ghani said on Monday that his government was ready for elections."
    assert not [e for e in coder.code(text, date="2019-06-03")]
    events = stating.code(text, date="2019-06-03")
    assert [(e.source.code, e.target.code, e.cameo.code) for e in events] == [("AFGGOV", None, "010")]
    assert events[0].plover.event_type is None  # PLOVER has no type for a bare statement


def test_statement_comes_first_and_the_reported_act_is_kept(stating):
    events = stating.code("US President Barack Obama said he would send 30,000 more troops to Afghanistan.",
                          date="2009-12-02")
    events.sort(key=lambda e: e.provenance.trigger_offsets[0])
    assert events[0].cameo.code == "010" and events[0].source.code == "USAGOV"
    assert any(e.target.code == "AFG" for e in events[1:])


def test_agreement_counts_pairs_in_the_coders_terms(stating):
    recs = [
        _rec("h1", "Russia accused Ukraine of shelling the Zaporizhzhia plant.", ["11", "11", "11", "12"], ["11"]),
        _rec("h2", "A spokesman for the Kenyan police said two suspects were arrested in Nairobi.",
             ["01", "01", None, "17"], ["01"]),
        _rec("h3", "Heavy rain fell across the region on Sunday.", [None, None, None, None], []),
    ]
    assert is_human_gold(recs)
    res = agreement(stating, recs)["human"]["all"]
    # h1: the coder says 11, three of four coders agree; h3: no one codes anything
    assert res["records"] == 3
    assert res["pairs_with_no_code"] == 12
    assert 0 < res["pairwise"] <= 1 and res["pairs"] >= 4
    assert res["consensus_recall"] >= 0.5  # 11 is found


def test_halves_are_fixed_by_the_id():
    ids = [f"cameo_{i:03d}" for i in range(1, 201)]
    halves = [half(i) for i in ids]
    assert halves == [half(i) for i in ids] and 70 < halves.count("A") < 130


def test_event_scores_are_reported_for_each_half(coder):
    """`evaluate` scores the two fixed halves apart, and they add up to the whole."""
    from eventcoder.evaluate import evaluate

    texts = [("ukr-1", "Russian forces shelled Kharkiv on Tuesday.", [("RUSMIL", "UKR", "194")]),
             ("fra-2", "France condemned the Iranian missile attack.", [("FRA", "IRN", "111")]),
             ("deu-3", "Germany praised Armenia for its restraint.", [("DEU", "ARM", "051")]),
             ("usa-4", "The United States accused China of hacking.", [("USA", "CHN", "112")]),
             ("jpn-5", "Japan will send food aid to Nepal.", [("JPN", "NPL", "0731")])]
    recs = [{"id": i, "text": t, "date": "2024-05-01",
             "events": [{"source": s, "target": g, "code": c} for s, g, c in ev]} for i, t, ev in texts]
    assert {half(r["id"]) for r in recs} == {"A", "B"}
    res = evaluate(coder, recs)
    for kind in ("strict", "lenient"):
        for k in ("tp", "fp", "fn"):
            assert sum(h[kind][k] for h in res["halves"].values()) == res[kind][k]
    assert res["strict"]["tp"] >= 3


def test_penta_class_agreement_on_labelled_sentences(coder, tmp_path):
    from eventcoder.evaluate import load_penta, penta_agreement, penta_class

    assert [penta_class(r) for r in ("01", "02", "04", "07", "11", "16", "14", "19")] == [0, 0, 1, 2, 3, 3, 4, 4]
    path = tmp_path / "penta.tsv"
    path.write_text(
        "Kenya condemned Somalia over the border raid.\t3\n"
        "Japan sent emergency food aid to Haiti.\t2\n"
        "Russian troops shelled the Ukrainian town of Bakhmut.\t1\n"   # labelled wrongly on purpose
        "The weather in Oslo was mild on Tuesday.\t0\n"
        "no label here\n", encoding="utf-8")
    rows = load_penta(path)
    assert len(rows) == 4 and rows[1] == ("Japan sent emergency food aid to Haiti.", 2)
    res = penta_agreement(coder, rows)
    assert (res["sentences"], res["coded"], res["agree"]) == (4, 3, 2)
    assert res["accuracy"] == round(2 / 3, 4) and res["accuracy_all"] == 0.5 and res["coverage"] == 0.75
    assert res["by_label"][1] == {"sentences": 1, "coded": 1, "agree": 0}
