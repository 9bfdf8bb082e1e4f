"""The cheap pass before parsing: sentences, and which of them can yield an event.

Parsing is most of the cost of coding. Before the full pipeline runs, an article is only
tokenised and split into sentences by rule (punctuation and line breaks); each sentence is
then checked with set look-ups and phrase matching:

* it *can yield an event* when one of its words could be the trigger of a pattern whose
  required words (particle, ``requires``, ``also_requires``) also occur in it, and it
  names something that could be an actor (a dictionary name, an agent word such as
  "troops", an organisation's description such as "the alliance", a pronoun or "the two
  sides", a proposal noun such as "the demands");
* it *can inform a later sentence* when it names a possible actor: its subject may be what
  "he", "it" or "the army" refers to within the next ``window`` sentences.

Only sentences that can yield an event, and those that can inform one that does, are
parsed. Both tests are over-approximations of what the coder reads from the parse (every
inflected form a lemma could come from is generated from the model's own lemmatizer
tables), so the filter never changes the events: the same article coded with and without
it gives the same events (``bench/run_batch.py`` and the tests check this).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .actors import NAME_SUFFIXES
from .events import hyphen_stem, joined_forms

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from ._schemas import LexiconFile
    from .actors import ActorMatcher, ActorTables, Entry
    from .events import PatternSet

_POSSESSIVES = frozenset({"its", "their", "his", "her"})


@dataclass(frozen=True, slots=True)
class _Need:
    """What one trigger lemma's patterns need besides the trigger."""

    particle: str | None
    requires: frozenset[str]
    also_requires: frozenset[str]


def _inside_name(doc: Doc, start: int, end: int, titles: frozenset[str], breakers: frozenset[str]) -> bool:
    """``doc[start:end]`` is part of a longer name, by the capitalised words next to it
    (tokenised text): "Agence France-Presse", "Radio France Internationale", "Kenya Airways";
    not a title or organ of the state named ("Bangladesh Prime Minister", "Kenya Police"), nor
    a day, a month or a news agency (``breakers``: "Kenya Tuesday deployed", "told Reuters Kenya")."""
    def named(t: Token) -> bool:
        return (t.is_alpha and t.text[:1].isupper() and not t.is_stop and not t.is_sent_start
                and t.lower_ not in breakers)
    if start > 0 and named(doc[start - 1]) and doc[start - 1].lower_ not in titles:
        return True
    run = []
    for t in doc[end:end + 4]:
        if t.text == "-":
            continue
        if not named(t):
            break
        run.append(t.lower_)
    return bool(run) and not any(w in titles for w in run[:3])


@dataclass(slots=True)
class Plan:
    """An article's sentences (token spans of its tokenised text) and what to do with each."""

    segments: list[Span]
    parse: list[bool]
    #: organisations named in each sentence (for "the alliance" later on)
    orgs: list[list[Entry]] = field(default_factory=list)
    #: each sentence's name parts a later sentence may use alone (:func:`name_parts`)
    names: list[frozenset[str]] = field(default_factory=list)
    #: the states each sentence names (by name, capital or adjective; the longest match)
    states: list[list[str]] = field(default_factory=list)

    @property
    def kept(self) -> list[int]:
        """Indices of the sentences to parse."""
        return [k for k, p in enumerate(self.parse) if p]

    @property
    def parsed(self) -> int:
        return sum(self.parse)

    def kept_docs(self) -> Iterator[tuple[int, Doc]]:
        """``(index, doc)`` of each sentence to parse, as a doc of its own with the
        tokenizer's attributes (norms of special cases, sentence start) copied over.
        ``Span.as_doc`` does the same but converts the whole article to an array and
        averages word vectors for every sentence."""
        from spacy.tokens import Doc

        kept = self.kept
        if not kept:
            return
        whole = self.segments[0].doc
        head: list[Any] = list(Doc._get_array_attrs())
        array: Any = whole.to_array(head)
        for k in kept:
            seg = self.segments[k]
            doc = Doc(whole.vocab, words=[t.text for t in seg], spaces=[bool(t.whitespace_) for t in seg])
            doc.from_array(head, array[seg.start:seg.end])
            yield k, doc


def name_parts(tokens: Iterable[Token], titles: frozenset[str] = frozenset()) -> frozenset[str]:
    """Of each run of two or more capitalised words ("Kenyan Foreign Minister Musalia Mudavadi",
    "Wladyslaw Kosiniak-Kamysz"), the last word and the words after a title in ``titles``
    (agent words: "President Yoon Suk Yeol", "leader Kim Jong Un"): the parts of full names a later sentence may use
    alone. The coder remembers a surname only when it is one of these, so that the pre-filter,
    which keeps the sentences that introduce and use them, stays exact."""
    out: set[str] = set()
    run: list[str] = []
    before = ""  # the word before the run ("leader" in "North Korean leader Kim Jong Un")
    last = ""
    for t in (*tokens, None):
        # (a capitalised stop word goes on a run but opens none: "Theresa May", not "The")
        if t is not None and ((t.is_alpha and t.text[:1].isupper() and (run or not t.is_stop)) or (t.text == "-" and run)):
            if not run:
                before = last
            run.append(t.text)
            continue
        words = [w for w in run if w != "-" and w.lower() not in NAME_SUFFIXES]
        if len(words) > 1:
            out.add(words[-1])
            out.update(w for prev, w in zip([before, *words], words) if prev.lower() in titles)
        run = []
        last = t.text if t is not None else ""
    return frozenset(out)


class Prefilter:
    """Splits tokenised text into sentences and decides which ones to parse."""

    def __init__(
        self,
        nlp: Language,
        patterns: PatternSet,
        tables: ActorTables,
        lexicon: LexiconFile,
        matcher: ActorMatcher,
        window: int,
        max_tokens: int,
    ) -> None:
        from spacy.pipeline import Sentencizer

        self._ends = frozenset(nlp.vocab.strings.add(p) for p in Sentencizer.default_punct_chars)
        self._matcher = matcher
        self._window = window
        self._max_tokens = max_tokens
        self._forms = _lemma_forms(nlp)
        self._needs: dict[str, list[_Need]] = {}
        for (lemma, _pos), records in patterns.by_lemma.items():
            for p in records:
                self._needs.setdefault(lemma, []).append(_Need(
                    p.particle.lower() if p.particle else None,
                    frozenset(w.lower() for w in p.requires),
                    frozenset(w.lower() for w in p.also_requires),
                ))
        agent_words = set(tables.agents) | set(tables.agent_phrases)
        self._agent_words = frozenset(agent_words)
        #: agent words that stand before a name as a title ("President"; see name_parts)
        self.titles = frozenset(tables.agents)
        descriptions = set(tables.descriptions)
        pronouns = set(lexicon.pronouns)
        #: nouns that stand for a pair named before, after "two" or "both" ("the two countries")
        self._pair_words = frozenset(lexicon.pair_nouns)
        self._unnamed = lexicon.name_breakers
        self._pair_counts = lexicon.pair_counts | lexicon.side_counts
        proposal_words = set(lexicon.proposal_nouns)
        #: a word that may be (or head) an actor in the sentence it is in
        self._actor_words = frozenset(agent_words | descriptions | pronouns | proposal_words)
        #: a word whose parse may remember an actor for later sentences (with dictionary names)
        self._writer_words = frozenset(agent_words | descriptions)
        #: a word that may be resolved from what earlier sentences said
        # ("the South American country": a region's member named in an earlier sentence)
        self._reader_words = frozenset(agent_words | pronouns | _POSSESSIVES | lexicon.state_nouns)
        self._proposal_words = frozenset(proposal_words)
        self._org_codes: dict[str | None, list[tuple[str, Entry]]] = {}
        for desc, e in tables.descriptions.items():
            self._org_codes.setdefault(e.code, []).append((desc, e))
        self._cache: dict[str, frozenset[str]] = {}

    @property
    def usable(self) -> bool:
        """Whether the pipeline's lemmatizer could be modelled (else every sentence is parsed)."""
        return self._forms is not None

    def descriptions_for(self, entries: Iterable[Entry]) -> list[tuple[str, Entry]]:
        """The descriptions ("the alliance", "the bloc") that now refer to these organisations."""
        out: list[tuple[str, Entry]] = []
        for e in entries:
            out.extend(self._org_codes.get(e.code, ()))
        return out

    def segment(self, doc: Doc) -> list[Span]:
        """Sentences by rule: a line break or a full stop, question or exclamation mark
        (with closing quotes) ends one; whitespace-only pieces are dropped. The doc's
        sentence starts are set to match (the parser keeps them)."""
        import numpy as np
        from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START

        from .nlp import newline_starts

        n = len(doc)
        if not n:
            return []
        arr = doc.to_array([ORTH, IS_PUNCT, IS_SPACE])
        orth, punct, space = (arr[:, k].tolist() for k in range(3))
        starts = [False] * n
        starts[0] = True
        for i in newline_starts(doc):  # the token after a line break starts a sentence
            starts[i] = True
        ends = self._ends
        seen = False
        for i in range(n):  # after . ! ? (and closing quotes or brackets) a new sentence begins
            end = orth[i] in ends
            if seen and not punct[i] and not end:
                starts[i] = True
                seen = False
            elif end:
                seen = True
        flags: Any = np.array([1 if st else -1 for st in starts], dtype="int64").view("uint64").reshape(n, 1)
        doc.from_array([SENT_START], flags)
        out: list[Span] = []
        begin = 0
        for i in range(1, n + 1):
            if i == n or starts[i]:
                if not all(space[begin:i]):
                    out.append(doc[begin:i])
                begin = i
        return out

    def plan(self, doc: Doc, enabled: bool = True) -> Plan:
        """Sentences of a tokenised (not parsed) ``doc`` and which of them to parse."""
        segments = self.segment(doc)
        named: dict[int, Entry] = {}
        matched: set[int] = set()
        people: set[int] = set()  # tokens of dictionary people's names
        spans: list[tuple[int, int, str | None]] = []  # every name, with its state if it names one
        for start, end, entry, cased in self._matcher.candidates(doc):
            matched.update(range(start, end))
            state = entry.kind in {"country", "capital", "adjective"} and bool(entry.country) and (
                # (capitalised: "turkey supplies", "polish" name no state; nor a name inside another
                # name: "Agence France-Presse", "Radio France Internationale", "Kenya Airways")
                cased or doc[start].text[:1].isupper()) and not (
                entry.kind != "adjective" and _inside_name(doc, start, end, self._agent_words, self._unnamed))
            spans.append((start, end, entry.country if state else None))
            if entry.kind == "org" and (cased or doc[start].text[:1].isupper()):
                named.setdefault(start, entry)
            elif entry.kind == "person":
                people.update(range(start, end))
        names = [name_parts(seg, self.titles) for seg in segments]
        introduced: list[frozenset[str]] = []  # the name parts each sentence may teach the coder
        used: list[set[str]] = []
        parts: set[str] = set()  # the parts taught by the sentences so far
        orgs: list[list[Entry]] = []
        can_yield: list[bool] = []
        writes: list[bool] = []
        reads: list[bool] = []
        taken: set[int] = set()
        state_at: dict[int, str] = {}
        for start, end, country in sorted(spans, key=lambda x: (x[0] - x[1], x[0])):
            # the longest name wins: "North Korean", not also "Korean"; "Agence France-Presse",
            # not France
            if not taken.intersection(range(start, end)):
                taken.update(range(start, end))
                if country is not None:
                    state_at[start] = country
        states: list[list[str]] = []
        for seg, taught in zip(segments, names, strict=True):
            orgs.append([named[i] for i in range(seg.start, seg.end) if i in named])
            states.append([state_at[i] for i in range(seg.start, seg.end) if i in state_at])
            long = len(seg) > self._max_tokens  # never coded
            if not enabled or not self.usable:
                used.append(set())
                introduced.append(frozenset())
                can_yield.append(not long)
                writes.append(not long)
                reads.append(not long)
                continue
            words: set[str] = set()
            for t in seg:
                words |= self._token_forms(t)
            name = any(i in matched for i in range(seg.start, seg.end))
            # a sentence may name someone by a part of a name written in full before ("Boris
            # Johnson ... Johnson met Zelensky"); the coder remembers one only for a dictionary
            # person or someone given a role (by an agent word, "Kenyan President William Ruto",
            # or by a name, "the Kremlin's Ivan Petrovsky")
            used.append({t.text for t in seg if t.text in parts})
            if taught and not (name or words & self._agent_words):
                # (a name in the sentence may give the role: "The Kremlin's Ivan Petrovsky")
                taught = taught & {t.text for t in seg if t.i in people}
            introduced.append(taught)
            parts |= taught
            part = bool(used[-1])
            pair = bool(words & self._pair_words) and bool(words & self._pair_counts)
            actor = name or part or pair or bool(words & self._actor_words)
            yields = not long and actor and (self._triggered(seg, words) or bool(words & self._proposal_words))
            can_yield.append(yields)
            writes.append(not long and (name or part or bool(words & self._writer_words)))
            reads.append(yields and (part or pair or bool(words & self._reader_words)))
        n = len(segments)
        parse = [
            can_yield[i] or (writes[i] and any(reads[j] for j in range(i + 1, min(n, i + 1 + self._window))))
            for i in range(n)
        ]
        # a name written in full is kept for any later parsed sentence that uses a part of it
        # alone (one backward pass: a sentence kept this way adds its own uses for those before it)
        later: set[str] = set()  # the parts that parsed sentences after i use
        for i in range(n - 1, -1, -1):
            if not parse[i] and writes[i] and introduced[i] & later:
                parse[i] = True
            if parse[i]:
                later |= used[i]
        return Plan(segments, parse, orgs, names, states)

    # -- internals --------------------------------------------------------------
    def _lemmas(self, lower: str) -> frozenset[str]:
        """Every lemma the pipeline could give a token spelled ``lower``, and the word."""
        got = self._cache.get(lower)
        if got is None:
            out = {lower}
            if self._forms is not None:
                exceptions, rules = self._forms
                out.update(exceptions.get(lower, ()))
                for old, new in rules:
                    if lower.endswith(old) and len(lower) > len(old):
                        out.add(lower[: len(lower) - len(old)] + new)
            got = frozenset(out)
            if len(self._cache) < 500_000:
                self._cache[lower] = got
        return got

    def _token_forms(self, t: Token) -> frozenset[str]:
        """:meth:`_lemmas` of the token, and for the last part of a hyphenated compound
        the same written whole ("cease-fire": "ceasefire", "cease-fire")."""
        forms = self._lemmas(t.lower_)
        stem = hyphen_stem(t)
        return forms if stem is None else forms | joined_forms(stem, forms)

    def _triggered(self, seg: Span, words: set[str]) -> bool:
        for t in seg:
            for lemma in self._token_forms(t):
                for need in self._needs.get(lemma, ()):
                    if need.particle and need.particle not in words:
                        continue
                    if need.requires and not need.requires & words:
                        continue
                    if need.also_requires and not need.also_requires & words:
                        continue
                    return True
        return False


def _lemma_forms(nlp: Language) -> tuple[dict[str, set[str]], list[tuple[str, str]]] | None:
    """All exceptions and suffix rules of the pipeline's rule lemmatizer, over every part of
    speech, plus lemmas its attribute ruler sets; ``None`` when the pipeline lemmatizes
    another way (then nothing is filtered)."""
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lem = nlp.get_pipe("lemmatizer")
    lookups = getattr(lem, "lookups", None)
    if getattr(lem, "mode", None) != "rule" or lookups is None:
        return None
    if not {"lemma_exc", "lemma_rules"} <= set(lookups.tables):
        return None
    exceptions: dict[str, set[str]] = {}
    exc_table = lookups.get_table("lemma_exc")
    for key in exc_table:
        for word, lemmas in exc_table[key].items():
            exceptions.setdefault(word.lower(), set()).update(x.lower() for x in lemmas)
    rules: set[tuple[str, str]] = set()
    rule_table = lookups.get_table("lemma_rules")
    for key in rule_table:
        for old, new in rule_table[key]:
            rules.add((old, new))
    if "attribute_ruler" in nlp.pipe_names:
        ruler: Any = nlp.get_pipe("attribute_ruler")
        for pat in ruler.patterns:
            lemma = pat.get("attrs", {}).get("LEMMA")
            if not isinstance(lemma, str):
                continue
            for tokens in pat.get("patterns", []):
                for spec in tokens:
                    word = spec.get("LOWER") or spec.get("ORTH")
                    if isinstance(word, str):
                        exceptions.setdefault(word.lower(), set()).add(lemma.lower())
    return exceptions, sorted(rules)
