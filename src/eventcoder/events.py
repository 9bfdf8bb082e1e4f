"""Event patterns matched on the dependency parse.

A pattern names trigger lemmas (verbs or nouns), optional words that must occur in the
trigger's complement (``requires``), and the slots that give source and target. A user's
pattern that fits wins over built-in ones, then the most specific matching pattern; words
used to satisfy ``requires`` are consumed and do not trigger events of their own
("threatened to impose sanctions" is one threat).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._schemas import NULL_CODE, PatternRecord, PatternsFile

if TYPE_CHECKING:
    from spacy.tokens import Token

DEFAULT_TARGET = ["obj", "iobj", "against", "with", "to", "on", "at", "toward", "towards", "into", "upon", "comp_subj"]
DEFAULT_NOUN_TARGET = ["against", "on", "to", "with", "toward", "towards", "at", "for", "of", "into", "upon"]

SUBJ_DEPS = {"nsubj", "csubj"}
PASS_SUBJ_DEPS = {"nsubjpass", "csubjpass"}
COMP_DEPS = {"xcomp", "ccomp"}
MODALS = {"would", "could", "may", "might", "should", "can", "will", "shall", "must", "'d", "'ll", "wo", "ca"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "lest"}


@dataclass(frozen=True, slots=True)
class Match:
    pattern: PatternRecord
    trigger: Token
    consumed: tuple[int, ...]
    specificity: int


class PatternSet:
    """Patterns indexed by trigger lemma and part of speech.

    ``user`` files (a user's own dictionaries, in order) come after the built-in ``files``:
    a pattern of theirs with an id already loaded replaces it, and where a user pattern and
    a built-in one both fit a trigger the user's wins whatever their specificity (an
    imported verb dictionary decides its verbs; built-in patterns still code the verbs it
    leaves out, or the senses none of its patterns fit)."""

    def __init__(self, files: Iterable[PatternsFile], statements: bool = False,
                 user: Iterable[PatternsFile] = ()) -> None:
        self.by_lemma: dict[tuple[str, str], list[PatternRecord]] = {}
        self.by_id: dict[str, PatternRecord] = {}
        self._user: set[str] = set()
        versions: list[str] = []
        for layer, f in [*((0, f) for f in files), *((1, f) for f in user)]:
            versions.append(f.version)
            for p in f.patterns:
                if p.statement and not statements:
                    continue
                if p.id in self.by_id:  # later files override
                    old = self.by_id[p.id]
                    for lem in old.lemmas:
                        lst = self.by_lemma.get((lem, old.pos), [])
                        if old in lst:
                            lst.remove(old)
                self.by_id[p.id] = p
                if layer:
                    self._user.add(p.id)
                else:
                    self._user.discard(p.id)
                for lem in p.lemmas:
                    self.by_lemma.setdefault((lem.lower(), p.pos), []).append(p)
        self.version = "+".join(dict.fromkeys(versions))

    def __len__(self) -> int:
        return len(self.by_id)

    def candidates(self, tok: Token) -> list[PatternRecord]:
        pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else ""
        if not pos or tok.dep_ == "amod":  # "alleged war crimes": an adjective, not an act
            return []
        lemma = tok.lemma_.lower()
        out = self.by_lemma.get((lemma, pos), [])
        for joined in hyphen_forms(tok):  # "a cease-fire": the noun "ceasefire"
            out = out + self.by_lemma.get((joined, pos), [])
        if tok.lower_ != lemma:
            # a noun's plural; for a verb, a form a user's dictionary lists as it is written
            # (PETRARCH's "--- RISEN ---", "LEFT")
            more = self.by_lemma.get((tok.lower_, pos), [])
            out = out + (more if pos == "NOUN" else [p for p in more if p.id in self._user])
        return out

    def is_user(self, pattern: PatternRecord) -> bool:
        """The pattern comes from a user's dictionary (not the built-in data)."""
        return pattern.id in self._user

    def match(self, tok: Token) -> Match | None:
        """The pattern that fits the trigger token best (a user's first, then the most
        specific), if any."""
        best: Match | None = None
        candidates = self.candidates(tok)
        descriptive = bool(candidates) and describes(tok)
        before = words_before(tok) if any(p.before for p in candidates) else frozenset()
        for p in candidates:
            m = _fit(p, tok, descriptive, before)
            if m is not None and (best is None or self._rank(m) > self._rank(best)):
                best = m
        return best

    def _rank(self, m: Match) -> tuple[bool, int, int]:
        """A user's pattern first; then the more specific pattern; on a tie the more
        specific CAMEO code (a code that is not a "not specified below" ...0 code, and a
        longer one; a pattern that codes nothing last)."""
        code = m.pattern.code
        detail = 0 if code == NULL_CODE else len(code) + (code[-1] != "0")
        return m.pattern.id in self._user, m.specificity, detail


def complement_tokens(tok: Token, depth: int = 4) -> list[Token]:
    """Tokens of the trigger's complement: objects, complement clauses, prepositions,
    particles and (for nouns) their modifiers, down to ``depth`` levels."""
    out: list[Token] = []
    frontier = [
        c for c in tok.children
        if c.dep_ not in SUBJ_DEPS | {"punct", "cc", "conj", "aux", "auxpass", "neg", "mark", "advcl", "parataxis", "relcl", "agent"}
    ]
    level = 0
    while frontier and level < depth:
        nxt: list[Token] = []
        for t in frontier:
            out.append(t)
            nxt.extend(c for c in t.children if c.dep_ not in {"punct", "relcl", "advcl", "parataxis"})
        frontier = nxt
        level += 1
    return out


def hyphen_stem(t: Token) -> str | None:
    """The first part of the hyphenated compound ``t`` ends ("cease" for the "fire" of
    "cease-fire"), or None."""
    if t.i < 2 or not t.is_alpha:
        return None
    hyphen, first = t.doc[t.i - 1], t.doc[t.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return first.lower_


def joined_forms(stem: str, words: Iterable[str]) -> frozenset[str]:
    """A compound written whole and with its hyphen, for each of ``words``."""
    return frozenset(f"{stem}{sep}{w}" for w in words for sep in ("", "-"))


def hyphen_forms(t: Token) -> frozenset[str]:
    """The word a hyphenated compound ends in, written whole: the tokenizer splits
    "cease-fire" into three tokens, so "fire" also stands for "ceasefire" and "cease-fire"
    ("peace-keeping", "counter-attack", "air-strikes")."""
    stem = hyphen_stem(t)
    return frozenset() if stem is None else joined_forms(stem, (t.lemma_.lower(), t.lower_))


def base_word(t: Token) -> str:
    """The lower-case lemma; for a capitalised plural the tagger took for a name and left
    unlemmatised ("Rockets were fired", a headline's "Protesters"), its singular."""
    if t.pos_ != "PROPN" or not t.lower_.endswith("s"):
        return t.lemma_.lower()
    return t.lower_[:-3] + "y" if t.lower_.endswith("ies") else t.lower_[:-1]


def lone_name_oprd(c: Token) -> bool:
    """A name the parser took for a predicate noun with no object beside it ("Biden called
    Zelensky on Monday"): the object, not a naming ("called him a liar")."""
    return c.dep_ == "oprd" and c.pos_ in {"PROPN", "PRON"} and not any(
        s.dep_ in {"dobj", "obj"} for s in c.head.children)


def _fit(p: PatternRecord, tok: Token, descriptive: bool, before: frozenset[str]) -> Match | None:
    """``descriptive``: the token is a participle that describes (see :func:`describes`);
    ``before``: the words before it in its phrase (:func:`words_before`); both worked out
    once per token by :meth:`PatternSet.match`."""
    spec = 1
    consumed: list[int] = []
    if p.without and any(c.dep_ in p.without and not lone_name_oprd(c) for c in tok.children):
        return None
    if p.pos == "VERB" and descriptive:
        return None  # "the jailed journalist", "hand over wanted Chechen activist ...": no act
    if p.not_after and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.lemma_.lower() in p.not_after:
        return None  # "won the Oscar, beating ...": the verb the participle goes with
    if p.particle:
        # "called Putin on Monday" is a call, not "called on"
        prts = [c for c in tok.children if c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == p.particle
                and not any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in c.children)]
        if not prts:
            return None
        spec += 2
        consumed.extend(c.i for c in prts)
    if p.before:
        if not any(w.lower() in before for w in p.before):
            return None
        spec += 4
    if p.requires or p.excludes or p.also_requires:
        comp = complement_tokens(tok)
        if p.pos == "NOUN" and tok.dep_ in {"dobj", "nsubjpass", "pobj"}:
            # "staged a protest", "faces sanctions": the governing verb counts too
            gov = tok.head.head if tok.dep_ == "pobj" else tok.head
            comp = [*comp, gov]
        elif p.pos == "VERB" and tok.dep_ == "acl" and tok.tag_ == "VBN":
            # "a company held by many Lebanese": the noun a participle describes is its object,
            # for required and excluded words alike (met there, it adds no closeness bonus)
            comp = [*comp, tok.head]
        elif p.pos == "VERB" and set_off_participle(tok):
            # "began talks near Washington on Monday, hosted by Pompeo": what the clause's verb
            # took is what the participle tells of
            comp = [*comp, *(w for o in tok.head.children if o.dep_ == "dobj" for w in o.subtree)]
        elif p.pos == "VERB" and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and any(
                c.dep_ == "nsubj" for c in tok.children) and not any(c.dep_ in {"dobj", "obj"} for c in tok.children):
            # "..., a charge South Africa's government denied": so is the noun a clause with a
            # subject of its own and no object describes
            comp = [*comp, tok.head]
        # what happened before, during or after is not what was done ("agreed to exchange
        # prisoners after talks mediated by Turkey" is no intent to talk)
        # (for force, "during an airstrike" says how: "killed two Palestinians during an airstrike")
        preps = TIME_PREPS if p.code[:2] in _FORCE_ROOTS else TIME_PREPS | {"during", "amid"}
        timed = {w.i for c in comp if c.dep_ == "prep" and c.lower_ in preps for w in c.subtree}
        if p.code.startswith(_THREAT_ROOT):
            timed |= {w.i for c in _others_acts(tok) for w in c.subtree}
        words: dict[str, Token] = {}
        for t in comp:
            if t.lower_ == "according" or t.i in timed:
                continue  # "according to a statement ...": a preposition, no accord
            words.setdefault(t.lemma_.lower(), t)
            words.setdefault(t.lower_, t)
            words.setdefault(base_word(t), t)
            for joined in hyphen_forms(t):
                words.setdefault(joined, t)
        for phrase in p.phrases:
            # a requirement of several words ("act of war", "step down"): the words in a row
            first = _phrase_at(phrase, comp)
            if first is not None:
                words.setdefault(phrase, first)
        if p.excludes and any(w.lower() in words for w in p.excludes):
            return None
        hits: list[Token] = []
        if p.requires:
            hits = [words[w.lower()] for w in p.requires if w.lower() in words]
            if p.predicate_of:
                hits = [h for h in hits if _predicative(h, tok, p.predicate_of)]
            if not hits:
                return None
            spec += 4
            depth = min(_depth(h, tok) for h in hits)
            spec += max(0, 3 - depth)  # a requirement met close to the trigger is stronger
        if p.also_requires:
            more = [words[w.lower()] for w in p.also_requires if w.lower() in words]
            if not more:
                return None
            spec += 4
            hits += more
        for h in hits if p.consumes else ():
            # the hit and the words between it and the trigger belong to this event
            if not tok.is_ancestor(h):
                continue
            t = h
            for _ in range(6):
                if t.i == tok.i:
                    break
                consumed.append(t.i)
                if t.head.i == t.i:
                    break
                t = t.head
    return Match(p, tok, tuple(consumed), spec)


def set_off_participle(tok: Token) -> bool:
    """A past participle set off by a comma after its clause, hung on the clause's verb: "...,
    hosted by Pompeo"."""
    return (tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.i > tok.head.i
            and tok.doc[tok.left_edge.i - 1].text == "," and not any(
                c.dep_ in {"nsubj", "nsubjpass", "mark", "aux", "auxpass"} for c in tok.children))


def _phrase_at(phrase: str, toks: list[Token]) -> Token | None:
    """The first of ``toks`` that opens ``phrase`` (lower-case words, each matched by form or
    lemma) in the text."""
    parts = phrase.split()
    for t in toks:
        doc = t.doc
        if t.i + len(parts) <= len(doc) and all(
                parts[k] in {doc[t.i + k].lower_, doc[t.i + k].lemma_.lower()} for k in range(len(parts))):
            return t
    return None


def modal(v: Token) -> bool:
    """``v`` has a modal auxiliary ("would be illegal", "could strike")."""
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in v.children)


def _predicative(word: Token, tok: Token, verbs: list[str]) -> bool:
    """``word`` is what a complement clause of ``tok`` (one of ``verbs``, not negated, modal or
    conditional) says of its subject: "said the decision was unacceptable", "... was a grave
    violation of the law"."""
    t = word
    for _ in range(5):
        h = t.head
        if h.i == t.i:
            return False
        if t.dep_ in {"acomp", "attr"}:
            # (not denied, nor a judgement of what might be: "said any arms sales would be illegal")
            return (h.dep_ == "ccomp" and h.head.i == tok.i and h.lemma_.lower() in verbs
                    and not modal(h) and not any(
                        c.dep_ == "neg" or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children))
                        for c in h.children))
        if t.dep_ not in {"conj", "amod", "compound", "pobj", "prep"}:
            return False
        t = h
    return False


TIME_PREPS = frozenset({"after", "before", "following", "since", "until"})
_THREAT_ROOT = "13"


def _others_acts(tok: Token) -> list[Token]:
    """Clauses under a verb of warning that tell what someone else might do, not what the
    speaker threatens: "warned Israel that an offensive in Rafah would threaten the treaty",
    "warned Iran against acquiring nuclear weapons" (a clause with the speaker's "it" or its
    own forces is its threat: "warned that it would strike back")."""
    out: list[Token] = []
    if tok.lemma_.lower() in {"make", "let", "have"}:
        return out  # a causative's clause is what the subject makes happen: "make Israel pay a price"
    for c in tok.children:
        if c.dep_ == "ccomp":
            subj = [s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}]
            if subj and subj[0].pos_ in {"NOUN", "PROPN"} and not any(
                    g.dep_ == "poss" and g.pos_ == "PRON" for g in subj[0].children):
                out.append(c)
        elif c.dep_ == "xcomp" and c.tag_ == "VBG":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in {"against", "of"}:
            out.extend(g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG")
    return out
_FORCE_ROOTS = frozenset({"18", "19", "20"})  # CAMEO assault, fight, mass violence


def words_before(tok: Token) -> frozenset[str]:
    """The words of the trigger's own phrase left of it (subject, adverbs, auxiliaries) and
    of the verbs it hangs from ("said it would give money"), for patterns' ``before``."""
    clauses = {"advcl", "ccomp", "parataxis", "csubj"}
    # (not a phrase that opens the sentence: "After a wave of suicide bombings, troops attacked";
    # nor a clause on the subject: "Russia, which borders Ukraine and Belarus, ...")
    def phrase(t: Token) -> list[Token]:
        return [t, *(w for c in t.children if c.dep_ not in {"relcl", "appos", "acl"} for w in phrase(c))]

    left = [t for c in tok.children if c.i < tok.i and c.dep_ not in clauses | {"prep", "npadvmod"} for t in phrase(c)]
    left += [a for a in tok.ancestors if a.i < tok.i]
    # an open complement's subject is its governor's: "Turkish troops have started moving to Libya"
    gov = tok
    while gov.dep_ == "xcomp" and gov.head.i != gov.i:
        gov = gov.head
        left += [t for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i for t in phrase(c)]
    # a passive's by-agent is its subject too: "a market was hit by Russian airstrikes"
    left += [t for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj" for t in phrase(g)]
    return frozenset({base_word(t) for t in left} | {t.lower_ for t in left})


def _depth(t: Token, top: Token) -> int:
    d = 0
    while t.i != top.i and t.head.i != t.i and d < 8:
        t = t.head
        d += 1
    return d


def is_passive(v: Token) -> bool:
    return any(c.dep_ in PASS_SUBJ_DEPS or c.dep_ == "auxpass" for c in v.children) or headline_passive(v) or (
        # "was beaten and detained by police": a participle conjoined to a passive shares it
        v.dep_ == "conj" and v.tag_ == "VBN" and v.head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in v.head.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in v.children)
        and not (own_time(v) and own_time(v.head)))


def own_time(v: Token) -> bool:
    """The verb has a time of its own ("arrested in March and pardoned in August": two acts)."""
    return any(c.dep_ in {"prep", "npadvmod"} and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
               for c in v.children if c.dep_ != "conj")


def headline_passive(v: Token) -> bool:
    """A headline's passive without its auxiliary: "Japanese citizen taken hostage in Iraq",
    "Five killed in Kabul blast"."""
    if v.dep_ != "ROOT" or v.tag_ not in {"VBN", "VBD"}:
        return False
    last = next((t for t in reversed(v.sent) if not t.is_space), v)
    if last.text in {".", "!", "?", '"', "”", "'", "’", ":", ";"}:
        return False  # only in a headline (no full stop)
    if not any(c.dep_ == "nsubj" for c in v.children) or any(c.dep_ in {"aux", "auxpass"} for c in v.children):
        return False
    # "taken", "shown"; a bare "-ed" form with no object is as often active ("Russia, Iran met")
    return v.tag_ == "VBN" or v.lower_.endswith(("en", "wn"))


def infinitive(v: Token) -> bool:
    """A verb with infinitival "to" ("to help", "to meet")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def purpose_clause(v: Token) -> bool:
    """An infinitival adverbial clause: "... to help Israel" in "would not give permission
    to Russia to help Israel"."""
    return v.dep_ == "advcl" and infinitive(v)


def negated(v: Token, governors: frozenset[str], denials: frozenset[str] = frozenset(),
            litotes: frozenset[str] = frozenset(), affirms: bool = False) -> bool:
    """The clause of ``v`` (or a governing verb) is negated. A negated word of ``litotes``
    above ``v`` ("did not rule out attacking", "would not hesitate to strike") leaves the act
    possible, not denied (see :func:`left_open`); ``v`` itself is read so only when the
    pattern says its negation ``affirms`` ("did not rule out the use of force": a threat)."""
    t: Token | None = v
    opening = False  # the last word was one whose negation leaves the act open
    for _ in range(3):
        if t is None:
            break
        open_word = _litotes(t, litotes) and (t.i != v.i or affirms)
        if _has_negation(t):
            return not open_word
        if t.i != v.i and t.lemma_.lower() in governors:
            return not opening
        opening = open_word
        if (t.dep_ == "ccomp" and t.head.lemma_.lower() in denials
                and not any(c.dep_ == "neg" for c in t.head.children)):
            return True  # "denied that it had sent troops" (not "did not deny that ...")
        if t.dep_ in {"xcomp"} or purpose_clause(t) or (t.pos_ == "NOUN" and t.dep_ in {"dobj", "pobj"}):
            t = t.head  # "would not give permission to Russia to help Israel": no help either
        elif t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in t.head.children):
            t = t.head  # "will not dismantle its programme or improve ties": neither
        else:
            break
    return False


def left_open(v: Token, governors: frozenset[str], litotes: frozenset[str]) -> bool:
    """A negated word of ``litotes`` governs ``v``: "did not rule out attacking Taiwan",
    "refused to rule out sending troops" say the act may come, not that it did."""
    t = v
    for _ in range(3):
        if not (t.dep_ in {"xcomp", "ccomp"} or purpose_clause(t) or (t.pos_ == "NOUN" and t.dep_ in {"dobj", "pobj"})):
            return False
        t = t.head
        if _litotes(t, litotes) and (_has_negation(t) or (t.dep_ == "xcomp" and t.head.lemma_.lower() in governors)):
            return True
    return False


def _has_negation(t: Token) -> bool:
    """``t`` has a "not", "never" or "n't" of its own."""
    return any(c.dep_ == "neg" or c.lower_ in {"never", "not", "n't"} and c.dep_ in {"neg", "advmod"}
               for c in t.children)


def _litotes(t: Token, words: frozenset[str]) -> bool:
    """``t`` is one of ``words``, as a lemma or with its particle ("rule out")."""
    lemma = t.lemma_.lower()
    return lemma in words or any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in words for c in t.children)


def misattached_conj(v: Token) -> bool:
    """A finite verb the parser conjoined to an infinitive ("urged both sides to show
    restraint and called on Russia ..."): it belongs with the main verb, not the infinitive."""
    return v.dep_ == "conj" and v.tag_ in {"VBD", "VBZ", "VBP"} and v.head.dep_ == "xcomp" and v.head.tag_ == "VB"


_STATE_AUX = frozenset({"feel", "felt", "feels", "seem", "seems", "seemed", "appear", "appears", "appeared",
                        "look", "looked"})


def describes(v: Token) -> bool:
    """A verb form that describes rather than reports an act: an adjectival participle
    ("the jailed journalist"), a participle conjoined without "and" (:func:`uncoordinated_conj`)
    or one after a preposition, article or "felt" (:func:`attributive`)."""
    return v.dep_ == "amod" or uncoordinated_conj(v) or attributive(v)


def describes_subject(v: Token) -> bool:
    """A present participle on the subject of another verb ("Afghan militants holding
    three UN workers hostage began talks"): it says who the subject is. The coder drops its
    event when the main verb codes one."""
    return (v.dep_ == "acl" and v.tag_ == "VBG" and v.head.dep_ in {"nsubj", "nsubjpass"}
            and v.head.head.pos_ in {"VERB", "AUX"})


def attributive(v: Token) -> bool:
    """A participle right after a preposition or an article, whatever the parser made of it
    ("founded by assassinated former prime minister Rafik Hariri"): it describes a noun; and
    one after "felt", "seemed" ("felt compelled to"): it describes a state."""
    if v.i == 0 or v.tag_ not in {"VBN", "VBD"}:
        return False
    if v.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos"}:
        return True  # "the internationally recognised Government ...", misparsed as a noun phrase's head
    prev = v.doc[v.i - 1]
    if prev.pos_ == "ADP" or prev.lower_ in {"the", "a", "an"}:
        return True
    # "Allawi felt compelled to spend a few minutes ...": a state of mind, not an act
    return any(c.dep_ in {"aux", "auxpass"} and (c.lemma_.lower() in _STATE_AUX or c.lower_ in _STATE_AUX)
               for c in v.children)


def uncoordinated_conj(v: Token) -> bool:
    """A participle the parser conjoined to a verb with no "and" or comma and no subject or
    auxiliary of its own ("to hand over wanted Chechen activist Akhmed Zakayev"): a modifier."""
    return (v.dep_ == "conj" and v.tag_ in {"VBD", "VBN"} and v.i > 0
            and v.doc[v.i - 1].lower_ not in {",", ";", "and", "or", "but", "then"}
            and not any(c.dep_ == "cc" for c in v.head.children)
            and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in v.children))


def hypothetical(v: Token, governors: frozenset[str], future_times: frozenset[str],
                 time_marks: frozenset[str] = frozenset()) -> bool:
    """Modal, conditional, planned or considered rather than done (``future_times``: see
    :func:`scheduled`)."""
    t: Token = v
    governed = False  # reached t through a complement (so t's lemma governs v)
    for _ in range(4):
        if scheduled(t, future_times):  # ("is to visit Thailand and meet the prime minister")
            return True
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in MODALS:
                return True
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS:
                return True
        if governed and t.lemma_.lower() in governors:
            return True
        if t.dep_ in {"xcomp", "ccomp"} and t.head.lemma_.lower() in governors:
            t, governed = t.head, True
            continue
        if t.dep_ == "xcomp":
            t, governed = t.head, True
            continue
        if misattached_conj(t):  # "urged both sides to show restraint and called on ..."
            t, governed = t.head.head, False
            continue
        if t.dep_ == "conj" or purpose_clause(t):
            # a conjunct shares the modal of its head, not its governor; so does a purpose
            # ("is considering sending aid to help North Korea": the help is weighed too)
            t, governed = t.head, False
            continue
        if (t.dep_ == "advcl" and t.tag_ in {"VBZ", "VBP"} and future(t.head)
                and any(c.dep_ in {"mark", "advmod"} and c.lower_ in time_marks for c in t.children)):
            # "terrorism will top the agenda when Zapatero welcomes Chirac" (``time_marks``): to
            # come (not "will visit China after Xi hosted Biden")
            return True
        break
    return False



def intent_governor(v: Token, governors: frozenset[str], contrast_marks: frozenset[str],
                    nouns: frozenset[str] = frozenset()) -> Token | None:
    """The verb of intention ('plans to', 'agreed to', 'pledged to') governing ``v``, or the
    noun of intention (``nouns``: 'accepted an invitation to meet', 'the decision to withdraw').
    A conjunct with its own subject, or a clause of its own introduced by one of
    ``contrast_marks`` ('while Putin thanked Pyongyang'), is not governed."""
    t = v
    for _ in range(3):
        if t.dep_ == "acl" and infinitive(t) and t.head.i != t.i:
            return t.head if t.head.lemma_.lower() in nouns else None
        if t.dep_ not in {"xcomp", "ccomp", "conj", "advcl"} or t.head.i == t.i:
            return None
        if t.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in t.children):
            return None  # "we don't want people thinking that soldiers beat civilians": not their plan
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) and (
                t.dep_ == "conj" or (t.dep_ == "advcl" and any(
                    c.dep_ == "mark" and c.lower_ in contrast_marks for c in t.children))):
            return None  # "Kim pledged support, while Putin thanked Pyongyang": a clause of its own
        t = t.head
        if t.lemma_.lower() in governors:
            return t
        if t.pos_ == "ADJ" and t.lemma_.lower() in governors:
            return t
    return None


def future_aux(v: Token, reported: bool) -> bool:
    """'will/shall/'ll' + verb; 'would' too when ``reported`` ("said it would release": future in
    the past)."""
    return any(c.dep_ == "aux" and (c.lower_ in {"will", "shall", "'ll", "wo"} or (reported and c.lower_ in {"would", "'d"}))
               for c in v.children)


def future(v: Token) -> bool:
    """'will/shall/'ll' + verb, or 'is going to', 'is ready/willing to' (a commitment)."""
    if future_aux(v, reported=v.dep_ == "ccomp"):
        return True
    head = v.head
    if v.dep_ == "xcomp" and head.lemma_.lower() in {"go", "ready", "willing", "prepared", "set"}:
        return True
    if v.dep_ == "xcomp" and head.i != v.i and head.lemma_.lower() in {"keep", "continue"}:
        return future(head)  # "Paris would keep talking with the Chadian authorities"
    return _be_to(v)


def _be_to(v: Token) -> bool:
    """"Jack Straw is to visit Thailand", "Russia is to impose sanctions": be + to-infinitive;
    so is a headline's "British minister to visit North Korea", "Blair, Bush to meet"."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    if v.dep_ == "xcomp" and v.head.lemma_ == "be" and v.head.tag_ in {"VBZ", "VBP"}:
        return True
    # (the headline's subject is the infinitive's own, or the parser makes the name the root:
    # "Blair to visit Thailand", "German leader to arrive in Beijing")
    return (v.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in v.children)) or (
        v.dep_ in {"relcl", "acl"} and v.head.dep_ == "ROOT" and v.head.pos_ in {"PROPN", "NOUN"}
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children))


def is_perfect(v: Token) -> bool:
    """A perfect: 'has jailed', 'have been held'."""
    return v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in v.children)


def lasting(v: Token, units: frozenset[str], adverbs: frozenset[str]) -> bool:
    """A state that lasts rather than an act: a participle describing a noun ("Britons held by the
    US"), a long duration (``units``: "held for almost three years", ``adverbs``: "held
    indefinitely"; "held since 2019"; not "held for 48 hours") or a progressive passive ("are
    being held at Belmarsh")."""
    if v.dep_ == "acl" and v.tag_ == "VBN":
        return True
    for c in v.children:
        if c.dep_ == "advmod" and c.lower_ in adverbs:
            return True
        if c.dep_ == "auxpass" and c.lower_ == "being":
            return True
        if c.dep_ == "prep" and c.lower_ in {"for", "since"}:
            for g in c.children:
                if g.dep_ == "pobj" and (c.lower_ == "since" or g.lemma_.lower() in units):
                    return True
    return False


def habitual(v: Token, adverbs: frozenset[str], units: frozenset[str]) -> bool:
    """A practice rather than an act: an adverb of habit (``adverbs``: "has long accused",
    "routinely sends") or a perfect over years ("has for years carried out", ``units``). A
    practice someone reports ("Ukraine says Russia regularly shells Kherson") is their complaint,
    and stays."""
    perfect = is_perfect(v)
    present = v.tag_ in {"VBZ", "VBP"} and v.dep_ != "ccomp"
    if not (perfect or present):
        return False
    # ("had held up the bid for months": the parser may hang the span on the object)
    for c in [*v.children, *(g for o in v.children if o.dep_ == "dobj" for g in o.children if g.dep_ == "prep")]:
        if c.dep_ == "advmod" and c.lower_ in adverbs:
            return True
        if perfect and c.dep_ == "prep" and c.lower_ == "for" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in units and g.tag_ == "NNS"
                and not any(n.dep_ == "nummod" for n in g.children) for g in c.children):
            return True  # "for years" (not "has jailed a student for two years": a term)
    return False


def scheduled(v: Token, future_times: frozenset[str]) -> bool:
    """'is to visit', 'are to hold talks' (be + to-infinitive, as :func:`future` reads it), or a
    present progressive with a time to come (``future_times``: 'is travelling to Beijing next
    week', 'is meeting Netanyahu later today'; not 'are firing on protesters next to the fence')."""
    if _be_to(v):
        return True
    if v.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} and c.lemma_ == "be" for c in v.children):
        for c in v.children:
            if c.dep_ in {"npadvmod", "advmod"} and _coming(c, future_times):
                return True
            if c.dep_ == "prep" and c.lower_ in {"on", "in"} and any(
                    g.dep_ == "pobj" and any(_coming(h, future_times) for h in g.children) for g in c.children):
                return True
    return False


def _coming(t: Token, future_times: frozenset[str]) -> bool:
    """'next week', 'tomorrow', 'later today', 'the coming days' (not 'next to')."""
    if t.lower_ in future_times:
        return not any(c.lower_ == "to" for c in t.children)
    return any(g.lower_ in future_times and not any(c.lower_ == "to" for c in g.children)
               for g in t.children if g.dep_ in {"amod", "det", "advmod"})


def conditional(v: Token) -> bool:
    """The clause is the consequence of a condition ('will withdraw unless ...')."""
    for c in v.children:
        if c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in {"if", "unless"} for g in c.children):
            return True
    return False
