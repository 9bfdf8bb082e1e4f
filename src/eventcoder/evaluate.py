"""Score the coder against gold event records (PETRARCH-style or PLOVER-style JSONL)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .read import parse_date

if TYPE_CHECKING:
    from .coder import Coder
    from .model import Event

log = logging.getLogger("eventcoder")

ROLES = {
    "GOV", "MIL", "REB", "OPP", "COP", "JUD", "SPY", "UAF", "INS", "SEP", "PTY", "AGR", "BUS",
    "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF", "MOD",
    "RAD", "PPL", "IGO", "NGO", "MUS", "CHR", "JEW", "MOS", "BUD", "HIN", "SHI", "SUN",
}

Triple = tuple[str, str, str]


def norm_actor(code: str | None) -> str:
    """Gold writes unknown countries as '---'; treat '---REB' as 'REB' and '---' as ''."""
    if not code:
        return ""
    c = code.strip().upper()
    while c.startswith("---"):
        c = c[3:]
    return c


def plover_actor(code: str | None) -> str:
    """PLOVER actor codes are an ISO3 country or a sector such as IGO; compare on that."""
    return norm_actor(code)[:3]


def country_level(code: str) -> str:
    """'RUSGOV' -> 'RUS'; 'IGOUNOMIL' -> 'IGOUNO'; 'REB' -> 'REB'."""
    if not code:
        return ""
    if code[:3] in {"IGO", "NGO", "IMG", "MNC"}:
        while len(code) > 6 and code[-3:] in ROLES:
            code = code[:-3]
        return code
    if code[:3] in ROLES:
        return code[:3]
    return code[:3]


def _gold(rec: dict[str, Any]) -> tuple[set[Triple], str]:
    """Gold events of one record and the scheme ('cameo' or 'plover')."""
    out: set[Triple] = set()
    if any("event" in e for e in rec.get("events", []) if isinstance(e, dict)) and not any(
        "code" in e for e in rec.get("events", [])
    ):
        for e in rec["events"]:
            if not e.get("event"):
                continue
            srcs = [plover_actor(a.get("code")) for a in e.get("actor") or []] or [""]
            tgts = [plover_actor(a.get("code")) for a in e.get("recipient") or []]
            label = str(e["event"]).upper()
            if not tgts and len(set(srcs)) > 1:
                # PLOVER codes a joint act ("A and B agreed") as several actors and no
                # recipient; in dyadic data that is each actor towards the others
                for s in srcs:
                    for t in srcs:
                        if s != t:
                            out.add((s, t, label))
                continue
            for s in srcs:
                for t in tgts or [""]:
                    out.add((s, t, label))
        return out, "plover"
    for e in rec.get("events", []):
        out.add((norm_actor(e.get("source")), norm_actor(e.get("target")), str(e.get("code", ""))))
    return out, "cameo"


def _pred(events: Iterable[Event], scheme: str) -> set[Triple]:
    out: set[Triple] = set()
    for e in events:
        if e.negated:
            continue
        if scheme == "cameo":
            out.add((e.source.code or "", e.target.code or "", e.cameo.code))
        else:  # PLOVER gold codes actors by country (the sector is a separate field)
            out.add((plover_actor(e.source.code), plover_actor(e.target.code),
                     e.plover.event_type or ""))
    return out


def _lenient(triples: set[Triple], scheme: str) -> set[Triple]:
    return {
        (country_level(s), country_level(t), c[:2] if scheme == "cameo" else c) for s, t, c in triples
    }


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def load_gold(path: str | Path, lang: str | None = "en") -> list[dict[str, Any]]:
    recs = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            if lang and rec.get("lang", lang) != lang:
                continue
            if rec.get("evaluate") is False:
                continue
            recs.append(rec)
    return recs


def evaluate(
    coder: Coder,
    records: Iterable[dict[str, Any]],
    *,
    details: bool = False,
) -> dict[str, Any]:
    """Precision, recall and F1 of events, strict and lenient, plus exact record matches;
    ``halves`` holds the same scores for the two fixed halves of the set (:func:`half`),
    so that what was tuned on one half can be checked on the other."""
    counts = {"strict": [0, 0, 0], "lenient": [0, 0, 0]}
    by_half: dict[str, dict[str, list[int]]] = {}
    exact = n = crashes = 0
    rows: list[dict[str, Any]] = []
    start = time.perf_counter()
    for rec in records:
        n += 1
        gold, scheme = _gold(rec)
        try:
            events = coder.code(rec.get("text") or "", date=parse_date(rec.get("date")),
                                article_id=str(rec.get("id", n)))
        except Exception as exc:  # an evaluation counts crashes instead of stopping
            crashes += 1
            log.warning("record %s crashed: %s", rec.get("id"), exc)
            events = []
        pred = _pred(events, scheme)
        hc = by_half.setdefault(half(str(rec.get("id", n))), {"strict": [0, 0, 0], "lenient": [0, 0, 0]})
        for name, g, p in (("strict", gold, pred), ("lenient", _lenient(gold, scheme), _lenient(pred, scheme))):
            for c in (counts[name], hc[name]):
                c[0] += len(g & p)
                c[1] += len(p - g)
                c[2] += len(g - p)
        if gold == pred:
            exact += 1
        if details:
            rows.append({"id": rec.get("id"), "text": rec.get("text"), "gold": sorted(gold),
                         "pred": sorted(pred), "exact": gold == pred,
                         "explain": [{"code": e.cameo.code, "source": e.source.code, "target": e.target.code,
                                      "pattern": e.provenance.pattern_id, "trigger": e.provenance.trigger,
                                      "negated": e.negated} for e in events]})
    elapsed = time.perf_counter() - start
    result: dict[str, Any] = {
        "strict": _prf(*counts["strict"]),
        "lenient": _prf(*counts["lenient"]),
        "exact": exact,
        "records": n,
        "crashes": crashes,
        "sentences_per_second": round(n / elapsed, 1) if elapsed > 0 else None,
        "halves": {k: {name: _prf(*c) for name, c in v.items()} for k, v in sorted(by_half.items())},
    }
    if details:
        result["details"] = rows
    return result


# -- agreement with human coders ---------------------------------------------------------

def is_human_gold(records: list[dict[str, Any]]) -> bool:
    """Records coded by several people (``coders`` with their ``actions``)."""
    return bool(records) and all(isinstance(r.get("coders"), list) for r in records[:20])


def half(record_id: str) -> str:
    """The fixed split of a gold set: 'A' or 'B' by a hash of the record id."""
    import hashlib

    return "A" if hashlib.sha1(record_id.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def _human_first_root(coder_rec: dict[str, Any]) -> str | None:
    actions = coder_rec.get("actions") or []
    for a in actions:
        root = a.get("cameo_root")
        if root:
            return str(root).zfill(2)
    return None


def _asserted(coder: Coder, text: str, date: Any, article_id: str) -> tuple[list[Event], int]:
    """The events the coder asserts for a text (negated ones left out), in text order, and
    1 if the coder failed on it (an evaluation counts crashes; it does not stop)."""
    try:
        events = [e for e in coder.code(text, date=date, article_id=article_id) if not e.negated]
    except Exception as exc:
        log.warning("%s: coder failed (%s)", article_id, exc)
        return [], 1
    events.sort(key=lambda e: (e.sentence_index, e.provenance.trigger_offsets[0]))
    return events, 0


def agreement(coder: Coder, records: Iterable[dict[str, Any]], *, details: bool = False) -> dict[str, Any]:
    """Root-code agreement with human coders, in the coders' own terms.

    For each sentence the coder's first event (in text order, negated events left out)
    gives one root; it is compared with each human coder's first action root:
    ``pairwise`` counts the pairs where both coded something, ``pairwise_with_no_code``
    counts "no code" as a category of its own; ``consensus_recall`` is the share of
    consensus roots (more than half of the coders) among all the coder's roots for the
    sentence. Reported for the whole set and for the two fixed halves.
    """
    by_half: dict[str, list[int]] = {}
    rows: list[dict[str, Any]] = []
    start = time.perf_counter()
    n = crashes = 0
    for rec in records:
        n += 1
        events, crashed = _asserted(coder, rec.get("text", ""), parse_date(rec.get("date")), str(rec.get("id", n)))
        crashes += crashed
        mine = events[0].cameo.root if events else None
        my_roots = {e.cameo.root for e in events}
        humans = [_human_first_root(c) for c in rec.get("coders", [])]
        consensus = [str(r).zfill(2) for r in (rec.get("consensus") or {}).get("cameo_roots", [])]
        both = [h for h in humans if h is not None and mine is not None]
        agree_both = sum(1 for h in both if h == mine)
        agree_any = sum(1 for h in humans if h == mine)
        hit = sum(1 for r in consensus if r in my_roots)
        k = half(str(rec.get("id", n)))
        for key in ("all", k):
            acc = by_half.setdefault(key, [0, 0, 0, 0, 0, 0, 0])
            acc[0] += agree_both
            acc[1] += len(both)
            acc[2] += agree_any
            acc[3] += len(humans)
            acc[4] += hit
            acc[5] += len(consensus)
            acc[6] += 1
        if details:
            rows.append({"id": rec.get("id"), "half": k, "text": rec.get("text"), "coder": mine,
                         "coder_roots": sorted(my_roots), "humans": humans, "consensus": consensus,
                         "events": [(e.source.code, e.target.code, e.cameo.code, e.provenance.pattern_id)
                                    for e in events]})
    elapsed = time.perf_counter() - start

    def summary(acc: list[int]) -> dict[str, Any]:
        return {
            "pairwise": round(acc[0] / acc[1], 4) if acc[1] else 0.0, "pairs": acc[1],
            "pairwise_with_no_code": round(acc[2] / acc[3], 4) if acc[3] else 0.0, "pairs_with_no_code": acc[3],
            "consensus_recall": round(acc[4] / acc[5], 4) if acc[5] else 0.0, "consensus_roots": acc[5],
            "records": acc[6],
        }

    out: dict[str, Any] = {"human": {k: summary(v) for k, v in sorted(by_half.items())},
                           "records": n, "crashes": crashes,
                           "sentences_per_second": round(n / elapsed, 1) if elapsed else 0.0}
    if details:
        out["details"] = rows
    return out


# -- agreement with sentence-level PentaClass labels ----------------------------------------

#: PentaClass, the five-way grouping of CAMEO roots used by the ConfliBERT CAMEO sets:
#: 0 statement (01-02), 1 verbal cooperation (03-05), 2 material cooperation (06-08),
#: 3 verbal conflict (09-13 and 16, reducing relations), 4 material conflict (14-15, 17-20)
PENTA_NAMES = ("statement", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def penta_class(root: str) -> int:
    """The PentaClass (0-4) of a CAMEO root ("01"-"20")."""
    r = int(root)
    if r <= 2:
        return 0
    if r <= 5:
        return 1
    if r <= 8:
        return 2
    if r <= 13 or r == 16:
        return 3
    return 4


def load_penta(path: str | Path) -> list[tuple[str, int]]:
    """``sentence<TAB>label`` lines (label 0-4), as in ConfliBERT's cameo_class files."""
    rows: list[tuple[str, int]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            text, sep, label = line.rstrip("\n").rpartition("\t")
            if sep and label.strip().isdigit() and text.strip():
                rows.append((text.strip(), int(label)))
    return rows


def penta_agreement(coder: Coder, rows: Iterable[tuple[str, int]]) -> dict[str, Any]:
    """How often the PentaClass of the coder's first event (in text order, negated events
    left out) is the sentence's label: over the sentences it codes (``accuracy``), over
    all (``accuracy_all``, an uncoded sentence counting as wrong), and the share coded
    (``coverage``), with each label's own figures in ``by_label``."""
    per: dict[int, list[int]] = {k: [0, 0, 0] for k in range(5)}  # sentences, coded, right
    start = time.perf_counter()
    n = crashes = 0
    for text, label in rows:
        n += 1
        events, crashed = _asserted(coder, text, None, f"penta-{n}")
        crashes += crashed
        acc = per.setdefault(label, [0, 0, 0])
        acc[0] += 1
        if events:
            acc[1] += 1
            acc[2] += penta_class(events[0].cameo.root) == label
    elapsed = time.perf_counter() - start
    total, coded, right = (sum(v[i] for v in per.values()) for i in range(3))
    return {
        "sentences": total, "coded": coded, "agree": right,
        "coverage": round(coded / total, 4) if total else 0.0,
        "accuracy": round(right / coded, 4) if coded else 0.0,
        "accuracy_all": round(right / total, 4) if total else 0.0,
        "by_label": {k: {"sentences": v[0], "coded": v[1], "agree": v[2]} for k, v in sorted(per.items())},
        "crashes": crashes,
        "sentences_per_second": round(n / elapsed, 1) if elapsed else 0.0,
    }
