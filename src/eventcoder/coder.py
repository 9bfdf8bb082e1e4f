"""The Coder: text in, events out."""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal

from ._schemas import NULL_CODE, LexiconFile
from .actors import (
    ActorMatcher,
    ActorResolver,
    Entry,
    Mention,
    Place,
    build_tables,
    international,
    load_places,
    opposed,
    surnames,
    venue_of,
)
from .boilerplate import Boilerplate, Page, looks_hard_wrapped
from .config import CoderConfig
from .dictionaries import (
    BUILTIN_FILES,
    Discards,
    load_boilerplate,
    load_builtin_all,
    load_lexicon,
    load_user_file,
)
from .enrich import event_date, number_tokens, parse_number, quantities_for
from .errors import DictionaryError
from .events import (
    DEFAULT_NOUN_TARGET,
    DEFAULT_TARGET,
    TIME_PREPS,
    Match,
    PatternSet,
    base_word,
    conditional,
    describes_subject,
    future,
    future_aux,
    habitual,
    hypothetical,
    infinitive,
    intent_governor,
    is_passive,
    is_perfect,
    lasting,
    left_open,
    misattached_conj,
    modal,
    negated,
    purpose_clause,
    set_off_participle,
)
from .model import (
    Actor,
    Article,
    CameoCoding,
    Event,
    Location,
    PloverCoding,
    Provenance,
    Speaker,
    event_id,
    text_id,
)
from .nlp import load_pipeline
from .ontology import Ontology, load_ontology
from .prefilter import Plan, Prefilter
from .read import parse_date
from .slots import (
    agent_heads,
    clause_verb,
    iobj_heads,
    object_heads,
    possessor_heads,
    prep_heads,
    speaker_of,
    subject_heads,
)
from .text import Dateline, mask_datelines, normalize

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger("eventcoder")


Arg = tuple[Actor, tuple[int, int] | None, str]

_SCORE = re.compile(r"(?<![\d./-])\d{1,3}-\d{1,3}(?![\d./-])")  # "2-1", "16-16" (not "2004-09-01")
#: articles coded per spaCy memory zone (see :meth:`Coder.pipe`)
ZONE_ARTICLES = 256
_WRAP = re.compile(r"(?<=\S)\n(?=\S)")  # a single line break between words


@dataclass
class _Context:
    article: Article
    date: dt.date | None
    mentions: dict[int, Mention]
    described: dict[str, Entry]
    proposals: dict[str, Arg] | None = None  # 'demand' -> who made the last demand
    # 'he' / 'it' / 'they' / 'role:MIL' -> (sentence, the last such subject)
    salient: dict[str, tuple[int, Actor]] | None = None
    ents: dict[int, list[Span]] | None = None  # sentence start -> its entities
    dateline: Location | None = None
    memo: dict[tuple[int, bool, bool], list[tuple[Actor, tuple[int, int]]]] | None = None
    #: a person's surname -> who the article named in full earlier ("Boris Johnson" ... "Johnson")
    people: dict[str, Entry] | None = None
    #: the sentence's name parts a later sentence may use alone (Plan.names)
    name_parts: frozenset[str] = frozenset()
    sentence: int = 0
    window: int = 3
    #: how often the sentences before this one named each state (names, capitals, adjectives)
    tally: dict[str, int] = field(default_factory=dict)

    def home_state(self, margin: int = 1) -> str | None:
        """The state the article has spoken of most in the sentences before this one: named at
        least twice and more often than any other (``margin``: at least so many times as often)."""
        ranked = sorted(self.tally.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < max(margin * ranked[1][1],
                                                                                     ranked[1][1] + 1)):
            return None
        return ranked[0][0]

    def pair_just_named(self) -> tuple[Actor | None, Actor | None]:
        """The pair the sentence before named ("Xi met Biden in Bali. The two agreed ..."); none
        from further back ("Russia and Ukraine exchanged prisoners. Two journalists were freed.
        The two thanked Turkey")."""
        got = (self.salient or {}).get("pair:a")
        if got is None or got[0] != self.sentence - 1:
            return None, None
        return self.recall("pair:a"), self.recall("pair:b")

    def recall(self, key: str, anywhere: bool = False) -> Actor | None:
        """The subject of that kind named at most ``window`` sentences back (``anywhere``: however
        far back in the article)."""
        got = (self.salient or {}).get(key)
        if got is None or (not anywhere and self.sentence - got[0] > self.window):
            return None
        return got[1]

    def described_state(self, members: frozenset[str], here: set[str | None]) -> Actor | None:
        """The one of ``members`` named at most ``window`` sentences back that is not one of ``here``."""
        named = [a for key, (k, a) in (self.salient or {}).items()
                 if key.startswith("state:") and k < self.sentence and self.sentence - k <= self.window
                 and a.code in members and a.country not in here]
        return named[0] if len(named) == 1 else None  # (two of them: which one is untold)

    def last_state(self, besides: set[str | None]) -> Actor | None:
        """The state named last, at most ``window`` sentences back, that is none of ``besides``
        (none when that sentence named two)."""
        named = [(k, n, a) for n, (key, (k, a)) in enumerate((self.salient or {}).items())
                 if key.startswith("state:") and k < self.sentence and self.sentence - k <= self.window
                 and a.country not in besides]
        if not named:
            return None
        last = max(k for k, _n, _a in named)
        if len({a.country for k, _n, a in named if k == last}) > 1:
            return None  # "Japan and China held talks ... The country": which one is untold
        return max(named, key=lambda x: (x[0], x[1]))[2]

    def remember(self, key: str, actor: Actor) -> None:
        if self.salient is None:
            self.salient = {}
        self.salient[key] = (self.sentence, actor)


@dataclass
class _Job:
    """One article on its way through :meth:`Coder.pipe`."""

    article: Article
    plan: Plan | None = None
    dateline: Location | None = None
    error: Exception | None = None
    events: list[Event] = field(default_factory=list)
    described: dict[str, Entry] = field(default_factory=dict)
    proposals: dict[str, Arg] = field(default_factory=dict)
    salient: dict[str, tuple[int, Actor]] = field(default_factory=dict)
    people: dict[str, Entry] = field(default_factory=dict)
    next: int = 0  # the first sentence not yet brought into memory
    tally: dict[str, int] = field(default_factory=dict)  # states named in the sentences counted so far
    counted: int = 0  # the first sentence not yet counted in the tally


@dataclass
class CoderStats:
    """Running totals of a :class:`Coder`: articles coded, sentences read, sentences parsed,
    and articles and sentences (that would have been parsed) left uncoded by a user's
    discard phrases."""

    articles: int = 0
    sentences: int = 0
    parsed: int = 0
    discarded_articles: int = 0
    discarded_sentences: int = 0


class Coder:
    """Codes news text into CAMEO/PLOVER events.

    >>> coder = Coder()                                           # doctest: +SKIP
    >>> [e.cameo.code for e in coder.code("Russia accused Ukraine of shelling the plant.")]
    ['112']
    """

    def __init__(self, config: CoderConfig | None = None, **overrides: Any) -> None:
        cfg = config or CoderConfig()
        if overrides:
            cfg = cfg.model_copy(update=overrides)
            cfg = CoderConfig.model_validate(cfg.model_dump())
        self.config = cfg
        self.nlp: Language = load_pipeline(cfg.model)
        self.ontology: Ontology = load_ontology()
        self.lexicon = load_lexicon()
        self.boilerplate = Boilerplate(load_boilerplate())
        self._anonymity = re.compile("|".join(self.lexicon.anonymity), re.IGNORECASE)
        files = self._load_files()
        places = load_places() if not self.config.only_dictionaries else {}
        self.tables = build_tables(files["countries"], files["organisations"], files["agents"],
                                   files["people"], places)
        self.patterns = PatternSet(files["patterns"], statements=cfg.statements,
                                   user=files["user_patterns"])
        self.discards = Discards(files["discards"])
        # verbs of territory taken: a town or region is their object without "in" ("annexed Crimea")
        territory_verbs = frozenset(lemma for (lemma, pos), records in self.patterns.by_lemma.items()
                                    if pos == "VERB" and any(p.code in self.lexicon.territory_codes for p in records))
        self.matcher = ActorMatcher(self.nlp, self.tables, self.lexicon.honorifics, territory_verbs,
                                    self.lexicon.company_name_words, self.lexicon.public_name_words)
        self._by_lower = {k.lower(): v for k, v in self.tables.entries.items()}
        self._places_lower = {k.lower(): v for k, v in self.tables.places.items()}
        self.resolver = ActorResolver(self.tables, self.lexicon)
        # weapons and attacks that may stand for whoever fired them ("the missile fired by X")
        self._fired_words = frozenset(self.tables.source_only | self.lexicon.attack_nouns)
        # verbs by which parties conclude or hold what a host or broker hosted or brokered
        self._gathered_verbs = self.lexicon.settlement_verbs | self.lexicon.meeting_verbs
        self._check_patterns()
        self.prefilter = Prefilter(self.nlp, self.patterns, self.tables, self.lexicon, self.matcher,
                                   window=cfg.salience_window, max_tokens=cfg.max_sentence_tokens)
        self.stats = CoderStats()

    # -- set-up ---------------------------------------------------------------
    def _load_files(self) -> dict[str, list[Any]]:
        files: dict[str, list[Any]] = {k: [] for k in BUILTIN_FILES}
        files["user_patterns"] = []
        files["discards"] = []
        if not self.config.only_dictionaries:
            for kind in BUILTIN_FILES:
                files[kind].extend(load_builtin_all(kind))
        for path in self.config.dictionaries:
            for kind, parsed in load_user_file(path).items():
                files["user_patterns" if kind == "patterns" else kind].append(parsed)
        return files

    def _check_patterns(self) -> None:
        plover = {self.ontology.get(c).plover_event for c in self.ontology.codes()} - {None}
        for p in self.patterns.by_id.values():
            if p.code != NULL_CODE and p.code not in self.ontology:
                raise DictionaryError("patterns", f"pattern {p.id!r} has unknown CAMEO code {p.code!r}")
            if p.plover is not None and p.plover[0] not in plover:
                raise DictionaryError("patterns", f"pattern {p.id!r} has unknown PLOVER event type {p.plover[0]!r}")

    # -- public API -----------------------------------------------------------
    def code(self, text: str, date: dt.date | str | None = None, article_id: str | None = None) -> list[Event]:
        """Code one text; ``date`` is the article date (ISO string or date)."""
        art = Article(id=article_id or text_id(text), text=text, date=_as_date(date))

        def _raise(_a: Article, exc: Exception) -> None:
            raise exc

        return next(self.pipe([art], on_error=_raise))[1]

    def pipe(
        self,
        docs: Iterable[Article | str],
        batch_size: int | None = None,
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[tuple[Article, list[Event]]]:
        """Code a stream of articles lazily, yielding ``(article, events)`` in order.

        A failure inside one article is logged (and passed to ``on_error``); that article
        yields the events coded before the failure and the stream goes on. Articles are
        coded ``ZONE_ARTICLES`` at a time inside a spaCy memory zone, so the strings of one
        group's text are freed before the next: memory stays flat over any corpus. (No
        zone is open while the caller holds the generator, so stopping early is safe.)
        """
        stream = iter(docs)
        while group := list(islice(stream, ZONE_ARTICLES)):
            with self.nlp.memory_zone():
                coded = list(self._pipe_group(group, batch_size, on_error))
            yield from coded

    def _pipe_group(
        self,
        docs: list[Article | str],
        batch_size: int | None,
        on_error: Callable[[Article, Exception], None] | None,
    ) -> Iterator[tuple[Article, list[Event]]]:
        from spacy.tokens import Doc

        bs = batch_size or self.config.batch_size

        def empty() -> Doc:  # a fresh one each time: spaCy keeps the context on the doc
            return Doc(self.nlp.vocab, words=[])

        def jobs() -> Iterator[tuple[Doc, tuple[_Job, int, bool]]]:
            for d in docs:
                art = d if isinstance(d, Article) else Article(id=text_id(d), text=d)
                job = _Job(art)
                try:
                    page = self.prepare(art)
                    update: dict[str, Any] = {}
                    if page.title and not art.title:
                        update["title"] = page.title
                    if page.original and page.original != art.text:
                        update["text"] = page.original  # the text every offset points into
                    if update:
                        job.article = art = art.model_copy(update=update)
                    if self.discards and (phrase := self.discards.hit(page.text, "article")):
                        log.info("%s: not coded: discard phrase %r", art.id, phrase)
                        self.stats.discarded_articles += 1
                        yield empty(), (job, -1, True)
                        continue
                    masked, lines = mask_datelines(page.text, self._is_city)  # "BAGHDAD, Iraq - " is no subject
                    job.dateline = self._dateline_location(lines)
                    if art.date is None and (dated := _dateline_date(lines)) is not None:
                        # "KHARTOUM, May 4, 2023 - ": the story's own date when none was given
                        log.info("%s: dated %s by its dateline", art.id, dated)
                        job.article = art = art.model_copy(update={"date": dated})
                    job.plan = self.prefilter.plan(self.nlp.make_doc(masked), enabled=self.config.prefilter)
                    if self.discards:  # a user's discard phrase: the sentence is not even parsed
                        for k, seg in enumerate(job.plan.segments):
                            if job.plan.parse[k] and self.discards.hit(seg.text, "sentence"):
                                job.plan.parse[k] = False
                                self.stats.discarded_sentences += 1
                except Exception as exc:  # one bad document must not stop a corpus run
                    job.error = exc
                    yield empty(), (job, -1, True)
                    continue
                kept = job.plan.kept
                if not kept:
                    yield empty(), (job, -1, True)
                for k, doc in job.plan.kept_docs():
                    yield doc, (job, k, k == kept[-1])

        disable = [n for n in ("eventcoder_newlines",) if n in self.nlp.pipe_names]  # sentences are set
        for doc, (job, k, last) in self.nlp.pipe(jobs(), as_tuples=True, batch_size=bs, disable=disable):
            if job.error is None and k >= 0:
                try:
                    self._advance(job, k, doc)
                except Exception as exc:  # one bad document must not stop a corpus run
                    job.error = exc
            if last:
                err = job.error
                if err is not None:
                    log.warning("%s: coding failed (%s: %s); continuing", job.article.id, type(err).__name__, err)
                    if on_error is not None:
                        on_error(job.article, err)
                self.stats.articles += 1
                if job.plan is not None:
                    self.stats.sentences += len(job.plan.segments)
                    self.stats.parsed += job.plan.parsed
                yield job.article, job.events

    def _advance(self, job: _Job, k: int, doc: Doc) -> None:
        """Code sentence ``k`` of the job's article, parsed as ``doc``, after bringing the
        article's memory up to it through the sentences that were not parsed."""
        assert job.plan is not None
        plan = job.plan
        for j in range(job.next, k + 1):  # organisations named so far answer to "the alliance"
            job.described.update(self.prefilter.descriptions_for(plan.orgs[j]))
        job.next = k + 1
        mentions = self.matcher.mentions(doc)
        self.matcher.add_surnames(doc, mentions, job.people, self.lexicon.party_preps)
        _repair_parse(doc, mentions, self.lexicon.appeal_control_verbs, self.lexicon.named_addressee_verbs,
                      self.lexicon.mandative_verbs)
        for j in range(job.counted, k):  # the states the sentences before this one named
            for country in plan.states[j]:
                if country not in self.tables.regions:
                    job.tally[country] = job.tally.get(country, 0) + 1
        job.counted = max(job.counted, k)
        ctx = _Context(job.article, job.article.date, mentions, job.described,
                       job.proposals, job.salient, dateline=job.dateline, people=job.people,
                       name_parts=plan.names[k], sentence=k,
                       window=self.config.salience_window, tally=job.tally)
        base = plan.segments[k].start_char
        for ev in self._code_doc(doc, ctx, k):
            job.events.append(_shifted(ev, base))
        self.matcher.remember_people(doc, mentions, job.people, self.lexicon.family_name_first, ctx.name_parts)
        for ent in doc.ents:
            # titled people the tables do not know, also where the sentence codes no event
            # ("Kenyan President William Ruto spoke on Monday. ... Ruto criticised Tanzania")
            if ent.label_ == "PERSON" and len(ent) > 1 and ent.root.pos_ == "PROPN":
                # (the name itself, or the title it is apposed to: "Lithuania's foreign
                # minister, Gabrielius Landsbergis")
                for h in (ent.root, ent.root.head):
                    found = self._actors(h, ctx, strict=True) if h.i == ent.root.i or (
                        ent.root.dep_ in {"appos", "compound"} and self.resolver.role_of(h)) else []
                    if found:
                        self._remember_titled(ent.root, found[0][0], ctx, ent)
                        break

    def prepare(self, article: Article | str) -> Page:
        """The text the coder parses: Unicode and entities repaired, the page's furniture
        (masthead, captions, credits, related headlines, reader prompts) blanked out, and
        a headline given apart from the text put in front of it as its first line."""
        art = article if isinstance(article, Article) else Article(id=text_id(article), text=article)
        clean = normalize(art.text)
        page = (self.boilerplate.remove(clean) if self.config.strip_boilerplate
                else Page(clean, None, (), wrapped=looks_hard_wrapped(clean)))
        if page.wrapped:  # a line break inside a paragraph is a space
            page = replace(page, text=_WRAP.sub(" ", page.text))
        title = (art.title or "").strip()
        if title and " ".join(title.split()) not in " ".join(page.text[: len(title) + 400].split()):
            head = f"{normalize(title)}\n\n"
            moved = tuple(replace(r, start=r.start + len(head), end=r.end + len(head)) for r in page.removed)
            return Page(head + page.text, title, moved, head + clean)
        return replace(page, original=clean)

    # -- internals ------------------------------------------------------------
    def _code_doc(self, doc: Doc, ctx: _Context, index: int) -> list[Event]:
        """Code a parsed sentence (a doc that is one sentence) as sentence ``index``."""
        sent = doc[:]
        if len(sent) > self.config.max_sentence_tokens or not len(sent):
            return []
        ctx.ents = {0: list(doc.ents)}
        return self._code_sentence(sent, ctx, index)

    def _actors(self, h: Token, ctx: _Context, strict: bool, conj: bool = True) -> list[tuple[Actor, tuple[int, int]]]:
        """The resolver's answer for a head, computed once per sentence (slots of several
        patterns and the salience memory ask about the same heads)."""
        if ctx.memo is None:
            ctx.memo = {}
        key = (h.i, strict, conj)
        if key not in ctx.memo:
            found = self.resolver.resolve(h, ctx.mentions, ctx.date, context=ctx.described, strict=strict, conj=conj)
            lead = found[0][0] if found else None
            if lead is not None and lead.country and lead.role and not international(lead.code):
                # "South Korean Defence Minister Kim Yong-hyun and Foreign Minister Cho Tae-yul": a
                # conjunct of the same role named with no state is of the first one's
                found = [(a.model_copy(update={"code": f"{lead.country}{a.role}", "country": lead.country,
                                               "resolved_from": lead.text}), sp)
                         if a.country is None and a.role == lead.role and a.code == a.role
                         and any(t.pos_ == "PROPN" for t in h.doc.char_span(*sp, alignment_mode="expand") or ())
                         else (a, sp)
                         for a, sp in found]
            ctx.memo[key] = found
        return ctx.memo[key]

    def _code_sentence(self, sent: Span, ctx: _Context, index: int) -> list[Event]:
        ctx.memo = {}  # descriptions known to the resolver change from sentence to sentence
        matches: list[Match] = []
        for tok in sent:
            named = ctx.mentions.get(tok.i)
            if named is not None and named.end - named.start > 1:
                continue  # a word of a name is no trigger ("Rapid Support Forces", "Popular Mobilization Forces")
            m = self.patterns.match(tok)
            if m is not None:
                matches.append(m)
        # "Senegalese troops, backed by Nigerian aircraft, entered Gambia", "the Houthis are backed by
        # army units": who stands behind whom, said of them, is no act (lexicon descriptive_participles)
        matches = [m for m in matches if not (
            m.pattern.pos == "VERB" and m.trigger.lemma_.lower() in self.lexicon.descriptive_participles
            and m.trigger.tag_ == "VBN" and (m.trigger.dep_ == "acl" or any(
                c.dep_ == "auxpass" and c.lower_ in {"is", "are", "'s", "'re"} for c in m.trigger.children)))]
        at = {m.trigger.i: m for m in matches}
        # "promised to scale down military activity": the word a pledge required ("military") is
        # the inner act's own, so the act stands, as promised (0356, not 0312), or threatened
        # ("threatened to put a hold on funding for the WHO": the aid cut, as a threat)
        # ("retaliated by imposing tariffs on American goods": the means is the act)
        # ("said they held Russia responsible": the holding is the accusation)
        # (the governor is coded after all when the inner act yields no event)
        yielded = {m.trigger.i: (m, inner) for m in matches if (inner := _yields_to(m, at)) is not None}
        matches = [m for m in matches if m.trigger.i not in yielded]
        consumed = {i for m in matches for i in m.consumed}
        # "ordered the State Department to expel ...": commands to one's own organs
        commands = frozenset(m.trigger.i for m in matches if self._commands_own(m.trigger, ctx))
        # what is claimed, denied, demanded or condemned is not a separate event:
        # "denied responsibility for the drone attack" codes no attack
        for m in matches:
            if m.pattern.code[:2] in self.lexicon.speech_act_roots and m.pattern.pos == "NOUN":
                # "its demand that Israel ease restrictions": the content is no event
                # (the clause may hang on the noun or on the verb that governs it)
                holders = [m.trigger] + ([m.trigger.head] if m.trigger.dep_ in {"dobj", "pobj"} else [])
                for h in holders:
                    for c in h.children:
                        if c.dep_ in {"acl", "ccomp"} and c.i != m.trigger.i:
                            consumed.update(t.i for t in c.subtree)
            if m.pattern.code[:2] in self.lexicon.speech_act_roots and m.pattern.pos == "VERB" and (
                    m.pattern.particle or any(c.dep_ in {"dobj", "dative"} for c in m.trigger.children)) and (
                    m.trigger.i not in commands) and not m.pattern.predicate_of:
                # "called for his followers to end fighting", "urged Tokyo to withdraw":
                # what is asked for is no event of its own (a judgement told to someone judges a
                # deed that was done: "told reporters Israel's strikes were unacceptable")
                for c in m.trigger.children:
                    if c.dep_ in {"xcomp", "ccomp"}:
                        consumed.update(_clause_tokens(c))
            if m.pattern.pos == "VERB" and m.pattern.code.startswith(self.lexicon.accusation_code):
                # "accusing the Russian president of the unlawful deportation of children": what
                # one is accused of is alleged, no act of the accuser (the parser may hang "of"
                # on the one accused)
                for h in (m.trigger, *(c for c in m.trigger.children if c.dep_ == "dobj")):
                    for c in h.children:
                        if c.dep_ == "prep" and c.lower_ == "of":
                            consumed.update(t.i for t in c.subtree)
            if m.pattern.code[:2] in self.lexicon.speech_act_roots and m.consumed and (
                    m.pattern.code not in self.lexicon.admitted_act_codes):
                # (an attack whose responsibility is claimed did happen, and is the claimer's)
                for i in m.consumed:
                    tok = sent.doc[i]
                    if tok.pos_ in {"NOUN", "PROPN"}:
                        # (not, in an appeal or demand, a passive relative clause that names who did it:
                        # "demanded the release of two sailors who were detained by Russian forces" tells
                        # the detention; "dismissed reports about civilians who were killed by ..." does not)
                        told = {t.i for c in tok.subtree if c.dep_ == "relcl" and is_passive(c)
                                and any(g.dep_ == "agent" for g in c.children) for t in c.subtree} if (
                            m.pattern.code[:2] in self.lexicon.appeal_roots) else set()
                        consumed.update(t.i for t in tok.subtree if t.i not in told)
                    elif tok.dep_ == "ccomp" and tok.head.i == m.trigger.i:
                        # "claimed that ISIL had attacked Iraq and taken Mosul": the whole claim
                        consumed.update(t.i for t in tok.subtree)
        # ("accused Putin of killing Navalny, an accusation the Kremlin called unacceptable": the
        # judgement of the clause is no part of what it says)
        naming = self.lexicon.naming_verbs
        consumed -= {t.i for h in sent if _summing_up(h, naming) for c in h.children if _judging(c, naming)
                     for t in c.subtree}
        # a noun trigger that is the object of a verb trigger belongs to that verb (not what a
        # verb of naming names: "Moscow called the Ukrainian strike an act of war" tells the strike)
        verb_triggers = {m.trigger.i: m for m in matches if m.pattern.pos == "VERB"
                         and m.trigger.lemma_.lower() not in self.lexicon.naming_verbs}
        kept = []
        for m in matches:
            if m.trigger.i in consumed:
                continue
            if m.pattern.pos == "NOUN" and _dated_by(m.trigger, self.lexicon.background_preps):
                continue  # "the first talks since Russia's invasion of Ukraine": a time, no event
            if m.pattern.pos == "NOUN":
                gov = m.trigger.head
                if gov.i in verb_triggers and m.trigger.dep_ in {"dobj", "nsubjpass"}:
                    continue
            kept.append(m)
        kept = _nest(kept, self.lexicon.request_roots, commands)
        candidates: list[tuple[int, Event, Match]] = []
        for m in kept:
            for ev in self._events_for(m, sent, ctx, index):
                candidates.append((m.specificity, ev, m))
                if ctx.proposals is not None and ev.cameo.code in self.lexicon.captor_codes and ev.source.code \
                        and not ev.negated and not ev.hypothetical:
                    # ("police detained Navalny, and the EU demanded his release": from them, in
                    # the same sentence too, for a release of "him")
                    ctx.proposals["captor:here"] = (ev.source, None, "captor")
        for gm, inner in yielded.values():
            if not any(m.trigger.i == inner for _s, _e, m in candidates):
                # "threatened to break off relations": the inner act names no one; the threat does
                candidates += [(gm.specificity, ev, gm) for ev in self._events_for(gm, sent, ctx, index)]
        # "militants holding three UN workers hostage began talks": the participle says who
        # the subject is when the main verb has an event of its own
        coded = {m.trigger.i for _s, _e, m in candidates}
        candidates = [(sp, ev, m) for sp, ev, m in candidates
                      if not (describes_subject(m.trigger) and m.trigger.head.head.i in coded)]
        candidates = self._consequences(candidates)
        candidates = self._without_raid_tolls(candidates)
        self._remember_subjects(sent, ctx)
        self._remember_coup(sent, ctx)
        paired = (ctx.salient or {}).get("pair:a", (-1,))[0] == ctx.sentence
        for _spec, ev, _m in candidates:
            if (not ev.negated and ev.source.country and ev.target.country
                    and ev.provenance.target_slot != "parties"
                    and ev.source.country != ev.target.country):
                # else the two states of an act, one on the other ("Russia accused Ukraine ...")
                if not paired:
                    self._remember_pair(ctx, ev.source, ev.target)
                if ev.cameo.quad_class >= 3:
                    # a dispute or a fight: calls for calm are to them (also when the sentence named
                    # the pair as its subjects: "Armenia and Azerbaijan fought heavy battles")
                    ctx.remember("conflict:a", ev.source)
                    ctx.remember("conflict:b", ev.target)
                if ev.cameo.quad_class == 4:  # a fight: "both sides" are its sides
                    ctx.remember("fight:a", ev.source)
                    ctx.remember("fight:b", ev.target)
                break
        # remember who made demands, proposals, offers... for "rejected the demands" later
        if ctx.proposals is not None:
            ctx.proposals.pop("captor:here", None)
            recorded: set[int] = set()
            for _spec, ev, m in candidates:
                lemma = m.trigger.lemma_.lower()
                noun = lemma if m.pattern.pos == "NOUN" else self.lexicon.verb_nouns.get(lemma)
                # (a trigger's first event: "visited Beijing" is the visitor's visit, not its converse's)
                if noun and ev.source.code and m.trigger.i not in recorded:
                    recorded.add(m.trigger.i)
                    ctx.proposals[self.lexicon.proposal_nouns.get(noun, noun)] = (ev.source, None, "proposal")
            agreed = False
            for _spec, ev, _m in candidates:
                for a in (ev.source, ev.target):
                    if a.country and a.role and (a.code or "").startswith(f"{a.country}{a.role}"):
                        ctx.remember(f"role:{a.role}", a)
                if (ev.cameo.root in self.lexicon.attack_roots or ev.cameo.code in self.lexicon.repression_codes) and ev.source.code:
                    # ("police fired tear gas at protesters ... condemned the violence": the police's)
                    ctx.proposals["attack"] = (ev.source, None, "attack")
                if ev.cameo.code in self.lexicon.sanction_codes and ev.source.code and not ev.negated:
                    ctx.proposals["sanction"] = (ev.source, None, "sanction")
                if ((ev.source.role == "JUD" or "JUD" in (ev.source.code or "")) and not ev.negated
                        and ev.cameo.root in self.lexicon.ruling_roots):
                    # "the court ordered ...; Kenya welcomed the ruling": the court's (a ruling is
                    # a court's order, judgement or sentence, not the last actor's act)
                    ctx.proposals["ruling"] = (ev.source, None, "ruling")
                if (ev.cameo.code in self.lexicon.agreement_codes and ev.source.code and ev.target.code
                        and not ev.negated and not ev.hypothetical and not agreed):
                    # "Syria and the SDF signed an agreement": "the agreement" later is both of theirs
                    ctx.proposals["agreement:a"] = (ev.source, None, "agreement")
                    ctx.proposals["agreement:b"] = (ev.target, None, "agreement")
                    agreed = True
                if ev.cameo.code in self.lexicon.captor_codes and ev.source.code and not ev.negated:
                    ctx.proposals["captor"] = (ev.source, None, "captor")
                if (ev.cameo.code.startswith(self.lexicon.accusation_code) and ev.source.code and ev.target.code
                        and not ev.negated and ev.source.country != ev.target.country):
                    # for a later denial by the accused
                    ctx.proposals[f"accused:{ev.target.country or ev.target.code}"] = (ev.source, None, "accuser")
            acts = [ev for _spec, ev, _m in candidates if ev.source.code and not ev.negated]
            if acts:  # "condemned the decision", "welcomed the move": the last actor's act
                ctx.proposals["act"] = (acts[0].source, None, "act")
            for tok in sent:
                kind = self._proposal_kind(tok)
                if kind and not _definite_tok(tok):
                    poss = [c for c in tok.children if c.dep_ == "poss"]
                    found = self._resolve(poss, ctx, "poss") if poss else []
                    if not found and tok.dep_ in {"dobj"}:
                        found = self._resolve(subject_heads(tok.head), ctx, "subj")
                    if found:
                        ctx.proposals[kind] = found[0]
        return _dedupe(candidates)

    def _events_for(self, m: Match, sent: Span, ctx: _Context, index: int) -> list[Event]:
        p = m.pattern
        trig = m.trigger
        if p.code == NULL_CODE:
            return []  # this use of the verb is no event (a user's "---" pattern)
        if (p.code[:2] in self.lexicon.attack_roots and trig.dep_ in {"advcl", "conj"}
                and trig.head.lemma_.lower() in self.lexicon.accident_verbs):
            return []  # "a plane crashed into a lake, killing 53 people": an accident
        if p.pos == "VERB" and trig.dep_ == "acl" and trig.head.lemma_.lower() in self.lexicon.capacity_nouns:
            return []  # "the powers to hold them without charge": a power, not an act
        if (p.pos == "VERB" and p.code in self.lexicon.captor_codes and trig.lemma_.lower() in self.lexicon.lasting_verbs
                and lasting(trig, self.lexicon.lasting_units, self.lexicon.lasting_adverbs)):
            return []  # "Britons held by the US", "have been held for almost three years": a state, no arrest
        # (the verb an object noun or a participial tail goes with: "has carried out attacks on
        # Iranian forces for years", "had held up the bid for months, accusing Stockholm ...")
        practice = trig if p.pos == "VERB" and not (trig.dep_ == "advcl" and trig.tag_ == "VBG") else (
            trig.head if trig.dep_ in {"dobj", "advcl"} else None)
        if practice is not None and habitual(practice, self.lexicon.habitual_adverbs, self.lexicon.lasting_units):
            return []  # "Islamabad has long accused Kabul of harbouring militants": a practice
        if (p.pos == "VERB" and trig.lemma_.lower() in self.lexicon.tally_verbs
                and any(c.dep_ == "prep" and c.lower_ == "since" and not any(
                    g.dep_ == "pobj" and g.lemma_.lower() in self.lexicon.recent_times for g in c.children)
                        for c in trig.children)):
            return []  # "the war has killed more than 3,800 people since October 2023": a toll (not "since Sunday")
        if p.pos == "NOUN" and (base := _phrase_base(trig)).dep_ == "dobj" and \
                base.head.lemma_.lower() in self.lexicon.halting_verbs:
            return []  # "a ceasefire halting Turkey's incursion", "ended its offensive": stopped
        if p.pos == "NOUN" and (base := _phrase_base(trig)).dep_ == "nsubj" and p.code[:2] != "04" and \
                base.head.lemma_.lower() in self.lexicon.ending_verbs:
            # "a seven-day truce between Israel and Hamas collapsed": ended, not made (but "the
            # summit collapsed" was held)
            return []
        if p.code[:2] == "07" and p.pos == "VERB" and _each_other(trig, self.lexicon.reciprocal_pronouns):
            return []  # "formed a lobbying group to help one another get permanent seats": no aid given
        if p.pos == "NOUN" and _cause_phrase(_phrase_base(trig), self.lexicon.answering_nouns):
            return []  # "closed its borders because of fighting between Azerbaijanis and Armenians": a reason given
        if p.pos == "NOUN" and _topic_phrase(_phrase_base(trig), self.lexicon.topic_preps, self.lexicon.topic_nouns):
            return []  # "exchanged views on issues including the dialogue between Pakistan and India": a topic
        sources = self._fill(p.source, trig, ctx, role="source")
        if sources and p.pos == "VERB":
            # "Putin congratulated Lukashenko, as did Chinese President Xi Jinping": Xi too
            # (not "as Hezbollah did in northern Israel": a clause with its own place or object)
            also = [g for c in trig.children if c.dep_ == "advcl" and c.lemma_ == "do"
                    and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
                    and not any(m.dep_ in {"prep", "dobj", "npadvmod"} for m in c.children)
                    for g in c.children if g.dep_ == "nsubj"]
            sources = sources + self._resolve(also, ctx, "subj")
        commander = trig.head if trig.dep_ == "xcomp" else None
        if commander is not None and commander.lemma_.lower() not in self.lexicon.command_verbs and commander.dep_ == "xcomp":
            commander = commander.head  # "ordered the military to prepare to shoot down a rocket"
        if (sources and p.pos == "VERB" and commander is not None
                and commander.lemma_.lower() in self.lexicon.command_verbs):
            # "Putin ordered troops to attack Ukraine": the troops are his state's
            boss = self._commander(commander, ctx)
            if boss is not None and boss.country:
                home = boss.country
                sources = [(a.model_copy(update={"code": home + (a.role or ""), "country": home,
                                                 "resolved_from": f"ordered by {boss.text}"}), sp, sl)
                           if a.country is None and self._own_organ(a, None) else (a, sp, sl)
                           for a, sp, sl in sources]
        if not sources and p.pos == "NOUN" and p.code[:2] in self.lexicon.joined_roots:
            # "in a telephone call with May, Hollande said ...": who speaks took part
            base = _phrase_base(trig)
            # (not "during a visit to Budapest, Pompeo urged ...": a visit told in passing is no
            # event of its own for the PETRARCH validation set nor for the human coders)
            if (base.dep_ == "pobj" and base.head.lower_ in self.lexicon.joined_preps
                    and any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children)):
                sources = self._resolve(subject_heads(clause_verb(base)), ctx, "subj")
        if not sources and p.reciprocal and p.pos == "NOUN":
            # "six soldiers were killed in clashes with rebels": the soldiers are a side
            base = _phrase_base(trig)
            if (base.dep_ == "pobj" and base.head.lower_ in {"in", "during", "amid"}
                    and base.head.head.lemma_.lower() in self.lexicon.casualty_verbs):
                sufferer = base.head.head
                # (armed men and police only: "civilians were killed in clashes" are no side)
                sources = [a for a in self._resolve([c for c in sufferer.children if c.dep_ in {"nsubj", "nsubjpass"}],
                                                    ctx, "subj")
                           if a[0].role in self.lexicon.armed_roles | {"COP"}]
        allowed = self.lexicon.acting_roles.get(p.code)
        if allowed is not None and not self.patterns.is_user(p):
            # "the president resigned", "strikers called off their walkout"; not a coach, nor
            # "the government ended the protest" (a user's own patterns say for themselves who acts)
            sources = [s for s in sources if s[0].role in allowed]
        tslots = p.target if p.target is not None else (DEFAULT_NOUN_TARGET if p.pos == "NOUN" else DEFAULT_TARGET)
        # the nouns that made the pattern fit ("agreed to a ceasefire in Ukraine") hold
        # prepositional targets as the object does
        # ("called for sanctions against Turkey": the particle's object too)
        used = [sent.doc[i] for i in m.consumed]
        # ("walked out of the talks with South Korea": through the particle too)
        required = [t for t in [*used, *(g for t in used if t.dep_ == "prep" for g in t.children if g.dep_ == "pobj")]
                    if t.pos_ in {"NOUN", "PROPN"} and t.dep_ == "pobj"
                    and ((t.head.head.i == trig.i
                          and t.head.lower_ in {"to", "for", "on", "into", "between", "against", "from", "by"})
                         or (t.head.lower_ == "of" and t.head.head.lower_ == "out" and t.head.head.head.i == trig.i))]
        # "condemned the beheading of an American hostage": not the victim, the one who did it
        targets = self._fill(tslots, trig, ctx, role="target",
                             attacker=p.attacker_target or p.code[:2] in self.lexicon.attacker_target_roots,
                             required=required,
                             participants=p.code[:2] in self.lexicon.gathering_target_roots)
        if p.code[:2] in self.lexicon.attack_roots:
            # "bombers attacked Brussels": the city struck, not the EU seated there
            targets = [(_unseated(a), sp, sl) for a, sp, sl in targets]
        if p.pos == "NOUN" and _undergone(trig, self.lexicon.undergo_verbs):
            # "the Afghan president escaped a Taliban attack in Kabul": the president
            undergoers = self._resolve(subject_heads(clause_verb(_phrase_base(trig))), ctx, "target")
            targets = undergoers or targets
        descended = False
        side = self.lexicon.own_side_roles
        own_act = p.own_act is not None and bool(sources) and bool(targets) and all(
            _same_side(t[0], s[0], side) for t in targets for s in sources)
        if own_act:
            # "the US claimed it had attacked Iraq": the claimer's own act, against its target
            comp = [c for c in trig.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}]
            targets = self._fill(DEFAULT_TARGET, comp[0], ctx, role="target") if comp else []
            if comp and not targets:
                # "Al Shabaab said it was behind the bombing of a police station": the deed's target
                deeds = [g for c in (comp[0], *(a for a in comp[0].children if a.dep_ == "acomp"))
                         for pr in c.children if pr.dep_ == "prep" for g in pr.children
                         if g.dep_ == "pobj" and g.pos_ == "NOUN"]
                targets = [t for d in deeds for t in self._fill(DEFAULT_NOUN_TARGET, d, ctx, role="target")]
            targets = [t for t in targets if not any(_same_side(t[0], s[0], side) for s in sources)]
            descended = True
        if not targets and p.pos == "VERB" and p.descend:
            for c in trig.children:
                if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}:
                    targets = self._fill(DEFAULT_TARGET, c, ctx, role="target")
                    if targets:
                        descended = True
                        break
        own_only = bool(targets) and all(t[0].country and any(t[0].country == s[0].country for s in sources)
                                         for t in targets)
        if (not targets or own_only) and sources and p.pos == "VERB":
            # "will not lift the embargo until Cuba undertakes reforms", "... unless Iran stops
            # enrichment": the one whose act the condition waits for (also in place of a target
            # that is the source's own: "warned it would defend its claim if Guyana ...")
            marks = self.lexicon.waiting_marks
            holders = [trig]
            if p.code[:2] in self.lexicon.threat_roots or (
                    future(trig) and self.ontology.recode("threat", p.code) is not None):
                # "warned it would retaliate if Israel attacked", "would respond with military
                # measures if NATO moved troops": whom the threat is a condition on
                marks = marks | self.lexicon.threat_marks
                holders += [c for c in trig.children if c.dep_ in {"ccomp", "xcomp"}]
            if trig.dep_ == "xcomp" and trig.head.lemma_.lower() in self.ontology.recoding.threat_verbs:
                # "threatened to take retaliatory steps if Finland joined NATO": the condition
                # hangs on the verb of threatening
                marks = marks | self.lexicon.threat_marks
                holders.append(trig.head)
            conds = [c for h in holders for c in h.children if c.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]
            waited = [t for t in self._resolve([s_ for c in conds for s_ in c.children if s_.dep_ == "nsubj"], ctx, "subj")
                      if not any(t[0].code == s[0].code for s in sources)]
            if waited or not own_only:
                targets = waited
        place = self._clause_country(trig, ctx)
        # "killed two militants in the Gaza Strip": armed groups attacked somewhere are that
        # country's (those who attack may come from abroad)
        attack = p.code[:2] in self.lexicon.attack_roots
        victims = self.lexicon.local_roles | (self.lexicon.local_victim_roles if attack else frozenset())
        if attack:
            # "ambushed an army convoy in Pakistan": forces attacked at home ("a convoy of foreign
            # troops" is not)
            targets_home = [a for a in targets if a[0].role in self.lexicon.attacked_at_home_roles
                            and not _subtree_words(_phrase_root(sent.doc, a[1])) & self.lexicon.foreign_words]
            if targets_home:
                victims = victims | self.lexicon.attacked_at_home_roles
        if place is not None:
            here = (place.entry.code, place.entry.country, place.entry.id + ":location")
            sources = [_localise(a, *here, self.lexicon.local_roles) for a in sources]
            targets = [_localise(a, *here, victims) for a in targets]
        else:
            place = self._acted_on_country(trig, ctx)
            if place is not None:
                here = (place.entry.code, place.entry.country, place.entry.id + ":location")
                targets = [_localise(a, *here, victims) for a in targets]
        if sources and targets and (len(sources) == 1 or len(targets) == 1) and p.code not in self.lexicon.foreign_codes and (
                trig.lemma_.lower() not in self.lexicon.foreigner_verbs):
            # "the Tories accused the prime minister and his chancellor": each pair
            # (not for acts done to foreigners: "China expelled three Wall Street Journal reporters")
            named = frozenset(m.entry.country for m in ctx.mentions.values()
                              if m.entry.kind in _PLACE_KINDS and m.entry.country)
            seizure = p.code in self.lexicon.captor_codes
            # (a bare party filled in by each pair is kept when every pair agrees on it)
            if len(sources) == 1:
                done = [_domestic(sent.doc, sources, [t], self.lexicon, named, self.tables.cameo_of, seizure) for t in targets]
                targets = [t for _s, ts in done for t in ts]
                if len({ss[0][0].code for ss, _t in done}) == 1:
                    sources = done[0][0]
            else:
                done = [_domestic(sent.doc, [s], targets, self.lexicon, named, self.tables.cameo_of, seizure) for s in sources]
                sources = [s for ss, _t in done for s in ss]
                # "rebels and opposition groups in Zimbabwe demanded that the president ...": theirs
                if len({ts[0][0].code for _s, ts in done}) == 1:
                    targets = done[0][1]
        if ctx.dateline is not None and ctx.dateline.country and not self._elsewhere(sent, ctx):
            # "ISLAMABAD: The police arrested ...": a bare state organ or civilian in a story
            # datelined in a country belongs to that country (not when the sentence names
            # another country: "CAIRO -- Rebels in Sudan's Darfur said the government had
            # launched an offensive" is not Egypt's government)
            here = (ctx.dateline.country, ctx.dateline.country, f"dateline:{ctx.dateline.name}")
            sources = [_localise(a, *here, self.lexicon.local_roles) for a in sources]
            if p.code[:2] >= "14" or not (
                    sources and all(a.country and a.country != ctx.dateline.country for a, _s, _l in sources)):
                # ("ANKARA - Russia and Belarus released 16 prisoners": not Turks; foreign states
                # acting in a story datelined elsewhere say nothing of whom they act on, unless
                # they use force or coerce there: "GAZA CITY - Israeli helicopters ... killing 14
                # militants", "ABIDJAN - French soldiers fired to disperse protesters")
                targets = [_localise(a, *here, victims) for a in targets]
            foreign = ctx.recall("role:MIL")
            if (ctx.dateline.country not in self.lexicon.armyless_states
                    and (foreign is None or foreign.country == ctx.dateline.country)
                    and not any(a.country and a.country != ctx.dateline.country and a.role in self.lexicon.armed_roles
                                for a, _s, _l in (*sources, *targets))):
                # "CARACAS - The armed forces said they did not recognise Guaido": the army of
                # the story's country, when no other state's forces are in the sentence or were
                # named just before, and the country has an army ("GAZA - The military said")
                sources = [self._home_army(a, sent, here) for a in sources]
                targets = [self._home_army(a, sent, here) for a in targets]
        if ((ctx.dateline is None or not ctx.dateline.country)
                and p.code not in self.lexicon.abroad_codes | self.lexicon.foreign_codes
                and trig.lemma_.lower() not in self.lexicon.foreigner_verbs
                and (one := self._sole_state(sent.doc, ctx)) is not None
                # (not when its forces are a party, which act abroad too: "villagers besieged a
                # Thai military camp")
                and not any(a.country == one.country and a.role in self.lexicon.armed_roles
                            for a, _s, _l in (*sources, *targets))):
            # "Nepal's prime minister resigned, a day after police killed 19 people": with no
            # dateline, bare state organs and civilians in a sentence that names one state only are
            # that state's (not "world leaders", nor a visitor: "the king's son travelled to Beijing")
            here = (one.code, one.country, f"{one.id}:only state named")
            # (never into the other party itself: "the government expressed appreciation for China's
            # assistance" is not China's government, "lawmakers approved aid for Ukraine" not Ukraine's)
            taken: set[str] = {a.code for a, _s, _l in (*sources, *targets) if a.code}
            if not any(a.country == one.country for a, _s, _l in targets):
                sources = [a if self._worldly(sent.doc, a) else _localise(a, *here, self.lexicon.local_roles, taken)
                           for a in sources]
            # the people and organs a state itself acts on may be anyone's ("Israel killed 12
            # civilians", "China imposed sanctions on nine lawmakers"); those of its own organs are its own
            if all(a.country == one.country and a.role in self.lexicon.local_roles for a, _s, _l in sources):
                targets = [a if self._worldly(sent.doc, a) else _localise(a, *here, victims, taken)
                           for a in targets]
        if (homeland := ctx.home_state()) is not None and not any(a.code == homeland
                                                                  for a, _s, _l in (*sources, *targets)):
            # "The Southern African Development Community urged the army to return to barracks", in
            # a story that has spoken mostly of Lesotho: Lesotho's army (lexicon home_roles; never
            # into the other party itself: "the government rejected China's offer" about China)
            story = (homeland, homeland, f"the state the article spoke of most ({homeland})")
            held = {a.code for a, _s, _l in (*sources, *targets) if a.code}
            # (a doer named alone in a sentence that names one state is that state's: "Myanmar's prime
            # minister has been sacked and placed under house arrest" in a story datelined Bangkok)
            one = self._sole_state(sent.doc, ctx)
            doers = story if one is None or one.country in held else (
                one.country, one.country, f"{one.id}:only state named")
            bare = [a for a, _s, _l in (*sources, *targets) if a.country is None and a.role in self.lexicon.home_roles]
            if (doers is not story or len(bare) < len(sources) + len(targets)
                    or ctx.home_state(margin=2) is not None):
                # (both sides named alone, "protesters clashed with riot police", only in a story
                # clearly about one state: named at least twice as often as any other)
                placed = [_localise(a, *doers, self.lexicon.home_roles, held) for a in sources]
                held |= {a.code for a, _s, _l in placed if a.code}
                told = [_localise(a, *story, self.lexicon.home_roles, held) for a in targets]
                # (a pair named alone is placed whole or not at all: "the prime minister said he had
                # discussed it with the chancellor" is no act of Britain's on some government)
                if any(_anchored(a) for a, _s, _l in (*sources, *targets)) or all(
                        _anchored(a) for a, _s, _l in (*placed, *told)):
                    sources, targets = placed, told
        if not sources and p.code[:3] in self.lexicon.state_act_codes and p.pos == "VERB" and is_passive(trig):
            # "a missionary was arrested in Lebanon": arrests and expulsions are acts of the
            # state where they happen ("inspectors were expelled from North Korea": whence)
            whence = place if place is not None else _place_mention(prep_heads(trig, "from"), ctx)
            if whence is not None and whence.entry.country:
                place = whence
                e = whence.entry
                sources = [(Actor(text=place.text, code=(e.country or "") + "GOV", country=e.country, role="GOV",
                                  entries=[e.id + ":location"]), None, "location")]
        gov = clause_verb(trig)
        if (not sources and p.pos == "NOUN" and p.code[:2] in self.lexicon.crowd_roots and place is not None
                and place.entry.country
                and gov.lemma_.lower() not in self.lexicon.halting_verbs | self.lexicon.proposing_verbs
                and not any(c.dep_ == "neg" or c.lower_ == "no" for c in (*trig.children, *gov.children))
                and not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "could", "may", "might", "should", "'ll"}
                            for c in gov.children)):
            # "protests were held in several Iranian cities": the people of the place (not "a
            # strike in Nigeria will end": what becomes of it is another story)
            sources = [(_people_of(trig.text, place, place.entry.id + ":location"), None, "location")]
        # "demanded the release of the ship": from whoever seized it earlier in the story; "police
        # detained Navalny, and the EU demanded his release": earlier in the sentence, for "him"
        nearby = ctx.proposals.get("captor:here") if ctx.proposals and any(
            c.dep_ == "poss" and c.pos_ == "PRON" for t in trig.subtree if t.pos_ == "NOUN" for c in t.children) else None
        if (not targets and sources and p.code in self.lexicon.release_codes and ctx.proposals
                and (nearby or ctx.proposals.get("captor")) is not None):
            captor, _span, _slot = nearby or ctx.proposals["captor"]
            if captor.code != sources[0][0].code:
                targets = [(captor.model_copy(update={"resolved_from": f"the captor, {captor.text}"}), None, "captor")]
        denier = sources[0][0] if sources else None
        if (not targets and denier is not None and p.code in self.lexicon.denial_codes and ctx.proposals
                and (found := ctx.proposals.get(f"accused:{denier.country or denier.code}")) is not None):
            # "India accused Pakistan ... Pakistan denied any involvement": whoever accused the denier
            accuser = found[0]
            targets = [(accuser.model_copy(update={"resolved_from": f"the accuser, {accuser.text}"}), None, "accuser")]
        if not targets and sources and (p.code[:2] in self.lexicon.place_target_roots or p.code in self.lexicon.place_target_codes):
            # a protest, strike or riot with no named target: against the state where it
            # happens ("demonstrated in Kirkuk"), else the protesters' own state
            targets = self._place_target(trig, ctx, sources, bare=p.code[:2] == "17" and p.code in self.lexicon.place_target_codes)
        policies = [h for prep in self.lexicon.grievance_preps for h in prep_heads(trig, prep)
                    if h.lemma_.lower() in self.lexicon.policy_nouns] if p.code[:2] in self.lexicon.place_target_roots else []
        if policies and targets:
            # "rallied in Tbilisi against a foreign agents bill": a law or policy protested where it
            # is made is its government's ("against the Israeli annexation law": the state it is of)
            owner = _place_mention([c for h in policies for c in h.children if c.dep_ in _MODIFIER_DEPS], ctx,
                                   _STATE_KINDS)
            made_by = owner.entry if owner is not None and owner.entry.country else None
            places = self.lexicon.location_preps | {"location", "own country"}
            targets = [(a.model_copy(update={"code": f"{made_by.code if made_by else a.code}GOV",
                                             "country": made_by.country if made_by else a.country, "role": "GOV",
                                             "resolved_from": "the government of the policy"}), sp, sl)
                       if a.role is None and a.country and a.code and len(a.code) == 3 and sl in places
                       else (a, sp, sl) for a, sp, sl in targets]
        if not targets and sources and p.code in self.lexicon.occasion_place_codes:
            targets = self._occasion_place(trig, ctx)
        if not targets and sources and p.code in self.lexicon.sanction_codes:
            # "banned imports of Russian oil", "sanctions on Iranian oil exports": the goods' state
            targets = self._goods_state(trig, ctx)
        if not targets and sources and p.code in self.lexicon.territory_codes:
            # "the Taliban seized a district centre in northern Afghanistan": where it lies
            targets = self._place_target(trig, ctx, sources, own=False)
        if (not targets and sources and p.pos == "VERB"
                and (p.code[:2] in self.lexicon.person_target_roots or p.code in self.lexicon.person_target_codes)):
            # "a Guatemalan court found Jose Ruben Zamora guilty", "police arrested Ahmed Ali":
            # a person no table knows is one of the people (and, held by a state, its own)
            unknown = [h for h in (*object_heads(trig), *(g for c in trig.children if c.dep_ == "ccomp"
                                                           for g in c.children if g.dep_ == "nsubj"))
                       if h.pos_ == "PROPN" and h.ent_type_ == "PERSON" and h.i not in ctx.mentions]
            if unknown:
                phrase = sent.doc[unknown[0].left_edge.i: unknown[0].i + 1]
                targets = [(Actor(text=phrase.text, code="CVL", role="CVL", entries=["a person no table names"]),
                            (phrase.start_char, phrase.end_char), "obj")]
        if not targets and sources and p.code[:2] in self.lexicon.reaction_roots:
            # "North Korea fired a missile ..., prompting Tokyo to lodge a strong protest": against
            # whoever prompted it
            act = trig if p.pos == "VERB" else clause_verb(trig)
            if act.dep_ == "xcomp" and act.head.lemma_.lower() in self.lexicon.provoking_verbs:
                cause = [a for a in self._resolve(subject_heads(act.head), ctx, "cause")
                         if a[0].code not in {s_[0].code for s_ in sources}]
                targets = cause
        if not targets and sources and p.code in self.lexicon.upheaval_codes:
            targets = self._upheaval_place(trig, ctx)
        if not targets and sources and p.code in self.lexicon.pair_appeal_codes:
            targets = self._parties_called(trig, sources, ctx)
            if not targets:
                # "China called for a ceasefire in Ukraine": with no parties told, the state
                # where the calm is asked for (not "in a statement issued in Brussels")
                calm = [g for t in used if t.pos_ == "NOUN" for g in prep_heads(t, "in")]
                targets = [t for t in self._resolve(calm, ctx, "in") if t[0].country and t[0].code == t[0].country]
        if (p.reciprocal and descended and len({a.code for a, _s, _l in sources}) > 1 and targets
                and all(t.country is None and t.code == t.role and sl in {"obj", "iobj"} for t, _s, sl in targets)):
            # "the army and the RSF agreed to send envoys to talks": with each other, not the envoys
            targets = []
        pairs: list[tuple[Arg, Arg | None]] = []
        direct = 0
        between = [t for t in targets if t[2] == "between"]
        if p.pos == "VERB" and len({s_[0].code for s_ in sources}) > 1 and _each_other(trig, self.lexicon.reciprocal_pronouns):
            # "Ethiopia and Eritrea accused each other": each of the other
            pairs = [(a, b) for a in sources for b in sources if a[0].code != b[0].code]
        elif (p.pos == "VERB" and len({s_[0].country for s_ in sources if s_[0].country}) > 1
              and p.code in self.lexicon.each_other_codes and _each_own(trig)
              and not any(_anchored(t[0]) for t in targets)):
            # "India and Canada each expelled six diplomats", "Russia and Ukraine each released
            # 115 prisoners": each the other's
            pairs = [(a, b) for a in sources for b in sources if a[0].country != b[0].country]
        elif (p.pos == "VERB"
              and any(_pair_phrase(h, self.lexicon) for h in subject_heads(trig))
              and len(countries := {s_[0].country for s_ in sources if s_[0].country}) > 1 and targets
              and all(t[0].country in countries and t[0].resolved_from for t in targets)):
            # "both countries recalled their ambassadors": each from the other
            pairs = [(a, b) for a in sources for b in sources if a[0].country != b[0].country]
        elif p.reciprocal and p.pos == "NOUN" and len({t[0].code for t in between}) > 1:
            # "reviewed the dialogue between India and Pakistan": the talks are theirs
            pairs = [(a, b) for a in between for b in between if a is not b]
        elif p.reciprocal and len({s_[0].code for s_ in sources}) > 1 and targets and all(
                t[2] in self.lexicon.location_preps for t in targets):
            # "Palestinian gunmen and Israeli troops fought in Gaza", "Sudan's army and the RSF fought
            # in Khartoum": with each other
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        elif targets and sources:
            pairs = [(s, t) for s in sources for t in targets]
            direct = len(pairs)
            if p.reciprocal is True and targets[0][2] in {"with", "between"}:
                pairs += [(t, s) for s in sources for t in targets]
        elif p.reciprocal and len(sources) > 1:
            pairs = [(a, b) for a in sources for b in sources if a is not b]
        elif p.reciprocal and len(targets) > 1 and targets[0][2] == "between":
            pairs = [(a, b) for a in targets for b in targets if a is not b]
        elif not self.config.require_target or p.statement:
            pairs = [(s, None) for s in sources]
        if not pairs:
            return []
        verb = trig if p.pos == "VERB" else clause_verb(trig)
        if p.pos == "NOUN" and trig.dep_ == "pobj" and (trig.head.lower_ in TIME_PREPS | {"during", "amid"} or (
                trig.head.lower_ in self.lexicon.joined_preps and p.code[:2] in self.lexicon.joined_roots)):
            # "pledged to improve relations during a visit by Erdogan": the visit took place;
            # what the clause promises, refuses or plans is not it
            verb = trig
        neg = negated(verb, self.lexicon.negating_governors, self.lexicon.denial_verbs, self.lexicon.litotes,
                      affirms=p.negation_affirms)
        hypo = hypothetical(verb, self.lexicon.hypothetical_governors, self.lexicon.future_times,
                            self.lexicon.future_time_marks) or (p.pos == "NOUN" and verb.lemma_.lower() in self.lexicon.proposing_verbs)
        hypo = hypo or left_open(verb, self.lexicon.negating_governors, self.lexicon.litotes) or (
            # "a sixth round of talks is scheduled for Sunday"
            p.pos == "NOUN" and _phrase_base(trig).dep_ == "nsubjpass"
            and verb.lemma_.lower() in self.lexicon.scheduling_verbs)
        code = p.code
        recoded = ""
        # the codebook's readings of announced, refused and promised acts (data/recoding.yaml)
        rules = self.ontology.recoding
        governor = intent_governor(verb, self.lexicon.intent_governors, self.lexicon.contrast_marks, self.lexicon.intent_nouns)
        if (governor is None and p.code[:2] in self.lexicon.ordered_intent_roots and verb.dep_ == "xcomp"
                and verb.head.lemma_.lower() in self.lexicon.command_verbs):
            # "had instructed his foreign ministry to negotiate with China": talks ordered are
            # planned (036), as an expulsion ordered is an expulsion
            governor = verb.head
        planned = governor is not None and governor.lemma_.lower() not in rules.commitment_verbs
        threat = None if neg else self.ontology.recode("threat", p.code)
        # "... if Tokyo does not withdraw": a condition, not a refusal
        # ("... if the British government refuses to pull its troops": the refusal's clause)
        clause = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]
        in_condition = any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for t in clause for c in t.children)
        # "would not give permission to Russia to help Israel": the help is denied, not refused
        # "denied supplying drones": a denied act did not happen, and nothing was refused
        denied = verb.dep_ in {"xcomp", "ccomp", "pcomp"} and verb.head.lemma_.lower() in self.lexicon.denial_verbs
        # ("Saudi Arabia has not established relations with Israel": a state of affairs, no refusal)
        perfect = is_perfect(verb)
        # ("Lula did not travel to the summit": no meeting, and none refused)
        past = p.code[:2] in self.lexicon.unrefused_roots and any(
            c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
        rejection = (self.ontology.recode("rejection", p.code)
                     if neg and not (in_condition or denied or perfect or past or purpose_clause(verb)) else None)
        intent = self.ontology.recode("intent", p.code)
        threatened = intent_governor(verb, rules.threat_verbs, self.lexicon.contrast_marks) is not None or (
            # "said his country would not hesitate to use nuclear weapons": a threat (but "did not
            # hesitate to fire" fired)
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in self.lexicon.litotes
            and any(c.dep_ == "neg" for c in verb.head.children) and future(verb.head))
        # ("considered the plan and sent aid": a conjoined act is no option weighed)
        # ("debated whether the president should step down": his act, not theirs)
        # ("Iran is widely considered to have armed the Houthis": a judgement, not an option)
        considered = (verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in rules.consider_verbs
                      and not is_passive(verb.head)
                      and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)) or (
            # "the EU was considering new sanctions on Russia": the noun weighed
            p.pos == "NOUN" and trig.dep_ == "dobj" and trig.head.lemma_.lower() in rules.consider_verbs
            and not is_passive(trig.head))
        # "will send aid": an intent by the codebook; the act itself by PETRARCH's convention
        # ("would send 3,000 troops to help Liberia": the help is announced with the sending)
        announced = (future(verb) or (purpose_clause(verb) and future(verb.head))) and self.config.announced_acts == "intent"
        as_threat = intended = False
        if considered and not neg and rules.consider_code is not None:  # (the code is optional data)
            # "is considering sending aid": an option weighed (CAMEO 014), not the act
            code, recoded = rules.consider_code, f" ({p.code} considered: {rules.consider_code})"
        elif threat and (conditional(verb) or announced or threatened
                       or (planned and p.code[:2] in rules.threat_when_planned)
                       # (the vow's own infinitive: not "vowed revenge and launched air strikes")
                       or (governor is not None and not planned and p.code[:2] in rules.threat_when_vowed
                           and _vowed(verb, governor))):
            # "will withdraw unless ...", "said they would boycott", "plans to impose
            # restrictions": an announced or conditional act of pressure is a threat (13x)
            code, recoded = threat, f" ({p.code} announced or conditional, coded as threat)"
            as_threat = True
            if threatened and not conditional(verb) and not future(intent_governor(verb, rules.threat_verbs, self.lexicon.contrast_marks) or verb):
                hypo = False  # "Pyongyang threatened to shoot down U.S. spy planes": the threat was made
            elif self._threat_said(verb, sources, ctx):
                hypo = False  # "Iran said it would retaliate if attacked": saying so made the threat
        elif rejection:
            # "would not provide support", "refused to release": a rejection (CAMEO 12x)
            code, neg, recoded = rejection, False, f" (negated {p.code} coded as rejection)"
            if hypo and not conditional(verb) and future_aux(verb, self._reported(verb)):
                # "Japan won't release the captain", "Putin said he would not attend": the
                # refusal is made now, not to come
                hypo = False
        elif intent and (
            governor is not None or (hypo and announced and self._reported(verb))
            or (p.pos == "VERB" and trig.lemma_.lower() in rules.intent_verbs and not _finite_clause(trig)
                # ("offered its congratulations", "offered his apologies": done by offering them)
                and not any(c.dep_ == "dobj" and c.lemma_.lower() in rules.performed_nouns for c in trig.children))
        ):
            # promised, planned or future cooperation is an intent (CAMEO 03x; PLOVER AGREE)
            code, recoded = intent, f" ({p.code} promised or planned, coded as intent)"
            intended = True
        if own_act and p.own_act is not None:
            code, recoded = p.own_act, f" (own act claimed: {p.own_act})"
        if recoded and direct:
            # "X is ready to talk with Y": only X said so; "X talks with Y" is mutual
            pairs = pairs[:direct]
        cameo = self.ontology.get(code)
        speaker = self._speaker(trig, sent, ctx, speech_act=p.pos == "VERB" and code[:2] in self.lexicon.speech_act_roots)
        ents = (ctx.ents or {}).get(sent.start, [])
        date, precision, date_text, reason = event_date(trig, sent, ctx.date, ents,
                                                        forward=hypo and not neg)
        year = _timeline_year(sent)
        if year is not None and _history(dt.date(year, 12, 31), "year", ctx.date, self.config.history_days):
            return []  # "1979: The Soviet Union sends troops into Afghanistan": a timeline's entry
        if _history(date, precision, ctx.date, self.config.history_days) and _dates_clause(sent, date_text, trig):
            # "French colonial troops massacred ... in 1944": background, not news (not "has
            # provided Egypt with aid since 1978", a practice that goes on)
            return []
        qty = quantities_for(trig, sent, ents, self.lexicon.time_units)
        location = self._location(place)
        events = []
        seen: set[tuple[str | None, str | None, str | None]] = set()
        base_code, base_cameo, base_recoded = code, cameo, recoded
        todo: list[tuple[Arg, Arg | None, str | None]] = [(s, t, None) for s, t in pairs]
        if p.converse and not recoded and not neg:
            # "X visited Y" is also "Y hosted X" (CAMEO 042/043), as the codebook pairs them;
            # a converse equal to the code ("met": 040 both ways) is not coded twice
            back = {(s[0].code, t[0].code) for s, t in pairs if t is not None} if p.converse == code else set()
            todo += [(t, s, p.converse) for s, t in pairs[:direct]
                     if t is not None and t[0].code and _anchored(t[0]) and _anchored(s[0])
                     and (t[0].code, s[0].code) not in back]
        for s, t, converse in todo:
            sa, sspan, sslot = s
            ta, tspan, tslot = t if t is not None else (Actor(text="", code=None), None, "none")
            if p.code in self.lexicon.host_codes and t is not None and sa.country and ta.country == sa.country:
                # "the United States closed its embassy in Kabul": the host state
                ta = self._mission_host(sent.doc, tspan, ctx, sa.country) or ta
            if (t is not None and ta.country is None and ta.role in self.lexicon.domestic_target_roles
                    and ta.code == ta.role and sa.country and (sa.role is None or sa.role in self.lexicon.state_roles)
                    and (p.code[:2] in self.lexicon.domestic_roots or p.code in self.lexicon.domestic_codes)
                    and p.code not in self.lexicon.alien_codes):
                # "Kenyan police arrested 200 protesters", "Iran's crackdown on protests", "Belarus
                # freed 13 prisoners": whom a state's police, courts or government hold or free with
                # no country told are its own people
                ta = _own_people(ta, sa, f"held by {sa.text}")
            # (a state organ acting on its own state with no one else named: "the prime minister
            # resigned" GBRGOV -> GBR, "authorities in Pakistan imposed a curfew" PAKGOV -> PAK)
            # (and sympathy for a tragedy at home: "Obama expressed sorrow for the shootings in
            # South Carolina" USAGOV -> USA)
            # ("imposed a curfew in Bangkok": the place named after "in" is the state itself)
            at_home = (tslot in {"own country", "location"} or (  # ("a curfew on Basra")
                tslot in self.lexicon.location_preps | {"on"} and ta.role is None and ta.code == ta.country)) and (
                p.code in self.lexicon.place_target_codes or p.code in self.lexicon.occasion_place_codes) or (
                # "Trump ordered 2,000 National Guard troops to Los Angeles": forces sent at home
                p.code in self.lexicon.home_deployment_codes and ta.role is None and ta.code == ta.country
                and tslot in self.lexicon.location_preps | self.lexicon.motion_preps
                # (a place named, not "to its northern border with Venezuela": sent against the state beyond)
                and ta.resolved_from is None and _head_lemma(sent.doc, tspan) not in self.lexicon.frontier_nouns)
            if at_home and sa.code == ta.code and sa.role is None and sa.code == sa.country:
                # "Bangladesh imposed a nationwide curfew": a state acting at home is its government
                sa = sa.model_copy(update={"code": f"{sa.code}GOV", "role": "GOV"})
            if sa.code == ta.code or (sa.code and ta.code and not at_home and (
                    (p.reciprocal and (sa.code.startswith(ta.code) or ta.code.startswith(sa.code))
                     # (not "Colombia and the ELN agreed to a ceasefire": a state and its rebels)
                     and not ({sa.role, ta.role} & self.lexicon.irregular_roles and sslot == tslot))
                    or sa.code + "GOV" == ta.code or ta.code + "GOV" == sa.code
                    or (sa.code == sa.country and ta.code == sa.code + (ta.role or "")
                        and ta.resolved_from is not None and ta.resolved_from == sa.text))):
                continue  # the same actor at two granularities (IND and INDGOV; Japan and its troops)
            if (tslot == "obj" and p.code.startswith("087") and sa.country and ta.country in {sa.country, None}
                    and trig.lemma_.lower() in self.lexicon.own_object_verbs):
                continue  # "a plan to pull Israelis out of the area", "to withdraw 70,000 troops": who is moved is no target
            if not self.config.role_only_dyads and not (_anchored(sa) or _anchored(ta)):
                continue
            if not self.config.business_dyads and _business(sa) and _business(ta) and not (
                    _listed(sa) or _listed(ta)):
                continue  # "Air Canada sealed a deal with Brazil's Embraer": commerce (not Gazprom's gas cut)
            if ((converse or p.code) in self.lexicon.abroad_codes and sa.country and sa.country == ta.country
                    and sa.country in {sa.code, ta.code}):
                continue  # "Kerry headed to Pennsylvania": travel at home is no visit (hosting protesters is)
            if (p.code in self.lexicon.host_codes and p.pos == "VERB" and tslot == "obj" and not _anchored(ta)
                    and any(c.dep_ == "xcomp" for c in trig.children)):
                continue  # "Washington told non-essential diplomats to pull out of Sudan": its own
            if (p.code.startswith("10")
                    and trig.lemma_.lower() in self.lexicon.command_verbs and sa.country
                    and (sa.country == ta.country or self._own_organ(ta, None))):
                continue  # "Biden ordered the Pentagon to send aid", "ordered the military to ...": a command at home
            if p.code in self.lexicon.foreign_codes and sa.country and sa.country == ta.country:
                continue  # "Putin ordered his troops to withdraw from Kherson": no expulsion
            if p.code in self.lexicon.abroad_codes and p.pos == "VERB" and any(
                    _head_lemma(sent.doc, sp) in self.lexicon.deployed_nouns for sp in (sspan, tspan)):
                continue  # "British troops arrived in Mali": sent there, not visiting (nor hosted)
            if (p.code[:2] in self.lexicon.sports_roots and sa.code and ta.code
                    and not any(a.country and a.role in self.lexicon.state_roles | self.lexicon.armed_roles
                                for a in (sa, ta))
                    and self._sporty(sent)):
                # "The United States beat Brazil 2-1", "New Zealand hold Australia 16-16", "Dane
                # Kenneth Carlsen beat Georgian Irakli Labadze 6-3", "FAI officials met
                # representatives from Switzerland to arrange the fixtures": no state organ or
                # armed force of a country on either side
                continue
            key = (sa.code, ta.code, converse)
            if key in seen:
                continue
            seen.add(key)
            code, cameo, recoded = base_code, base_cameo, base_recoded
            if converse:
                code, cameo, recoded = converse, self.ontology.get(converse), f" (converse of {p.code})"
            kind: Literal["armed", "irregular", "state", "person", "civilian", "law"] | None = _source_kind(
                sa, sslot, self.lexicon.armed_roles)
            if "person" in p.by_source and kind != "armed" and self._person(sa, sspan, sent.doc):
                kind = "person"
            elif "civilian" in p.by_source and sa.role in self.lexicon.civilian_roles and kind != "armed":
                kind = "civilian"  # "settlers attacked a Palestinian village": no armed force's fighting
            elif "law" in p.by_source and sa.role in self.lexicon.jurisdiction_roles:
                kind = "law"  # "prosecutors questioned the former president": an interrogation
            if "irregular" in p.by_source and sa.role in self.lexicon.irregular_roles:
                kind = "irregular"  # "militants bombed a market": not an air raid
            if (as_threat and kind == "state" and kind in p.by_source
                    and self.ontology.recode("threat", p.by_source[kind]) is None):
                # "Japan will protest to China": a state's complaint (114) announced is no threat of
                # protest (133); "troops will kill" stays a threat of force
                code, recoded = p.by_source[kind], f" ({kind} source: {p.by_source[kind]})"
                cameo = self.ontology.get(code)
            elif code == p.code and kind in p.by_source:
                # "Israeli troops killed ..." (armed: 19x); "Kenya's ministry protested" (state: 114)
                code, recoded = p.by_source[kind], f" ({kind} source: {p.by_source[kind]})"
                cameo = self.ontology.get(code)
            if ("leader" in p.by_target and t is not None and not as_threat and not _state_actor(sa)
                    and sa.role not in {"MIL", "COP"} | self.lexicon.jurisdiction_roles
                    and (trig.lemma_.lower() in self.lexicon.mass_killing_verbs
                         or any(c.lower_ in self.lexicon.killing_complements for c in trig.children))  # ("shot dead")
                    and any(e.startswith("people:") for e in ta.entries)):
                # "gunmen shot dead President Jovenel Moise", "killed Hezbollah leader Hassan
                # Nasrallah": a leader killed is assassinated (CAMEO 186)
                code = p.by_target["leader"]
                recoded = f" (a leader as target: {code})"
                cameo = self.ontology.get(code)
            elif ("protesters" in p.by_target and t is not None and not as_threat and sa.country
                    and (_state_actor(sa) or sa.role in {"MIL", "COP"})
                    and ta.role not in self.lexicon.armed_roles | self.lexicon.irregular_roles
                    and (_head_lemma(sent.doc, tspan) in self.lexicon.protester_nouns
                         or any(c.dep_ == "prep" and c.lower_ in {"during", "at", "amid"}
                                and any(g.lemma_.lower() in self.lexicon.protest_nouns
                                        for g in c.children if g.dep_ == "pobj")
                                for c in trig.children))):
                # "Zimbabwean soldiers shot dead a dozen people during protests", "police killed
                # 19 protesters": violent repression (CAMEO 175)
                code = p.by_target["protesters"]
                recoded = f" (protesters as target: {code})"
                cameo = self.ontology.get(code)
                if ta.country is None and ta.role in self.lexicon.domestic_target_roles and ta.code == ta.role:
                    # (people with no country told are the state's own)
                    ta = _own_people(ta, sa, f"repressed by {sa.text}")
            elif ("many_people" in p.by_target and t is not None and ta.role == "CVL" and not as_threat
                    and trig.lemma_.lower() in self.lexicon.mass_killing_verbs
                    # (not by weapons: "Russian missiles killed 51 people" is a strike)
                    and _head_lemma(sent.doc, sspan) not in self.lexicon.weapon_nouns
                    and not {base_word(w) for w in trig.subtree} & self.lexicon.weapon_nouns
                    and (toll := self._toll(sent.doc, tspan)) >= self.lexicon.mass_toll > 0):
                # "militiamen killed at least 60 villagers": a mass killing (CAMEO 202)
                code = p.by_target["many_people"]
                recoded = f" ({toll:g} civilians: {code})"
                cameo = self.ontology.get(code)
            elif (code == p.code and p.by_target and t is not None
                    and (ta.role == "CVL" or (ta.country and self._person(ta, tspan, sent.doc)))):
                # "kidnappers seized two Americans": abducted; "troops seized two Palestinians": arrested
                by_state = _state_actor(sa) or (sa.country is not None and sa.role in {"MIL", "COP"})
                which: Literal["people", "people_by_state"] = (
                    "people_by_state" if by_state and "people_by_state" in p.by_target else "people")
                if which in p.by_target:
                    code, recoded = p.by_target[which], f" (people as target: {p.by_target[which]})"
                    cameo = self.ontology.get(code)
            ev_hypo = hypo
            if ((code == p.code or (intended and code == base_code)) and "body" in p.by_target
                    and ta.country is None and (ta.code or "").startswith("IGO")):
                # "withdrew from ECOWAS": an organisation left, not forces pulled back
                code, recoded = p.by_target["body"], f" (an organisation as target: {p.by_target['body']})"
                if intended and (body_threat := self.ontology.recode("threat", code)) is not None:
                    # "Hungary said it would withdraw from the ICC": an announced exit is a threat
                    # to reduce relations (131), as "will quit the bloc" is; said, it was made
                    code, recoded = body_threat, f" ({p.by_target['body']} announced, coded as threat)"
                    ev_hypo = hypo and not self._threat_said(verb, sources, ctx)
                cameo = self.ontology.get(code)
            root = _phrase_root(sent.doc, tspan) if t is not None else None
            if (code == p.code and "place" in p.by_target and t is not None and tslot == "obj" and ta.role is None
                    and root is not None and root.pos_ == "PROPN" and root.i in ctx.mentions and _is_place(ta)):
                if trig.lemma_.lower() == "hold":
                    continue  # "rebels hold Goma": a state of affairs, and no detention
                # "Russian forces seized Kherson": a town taken is territory occupied (192)
                code, recoded = p.by_target["place"], f" (a place as target: {p.by_target['place']})"
                cameo = self.ontology.get(code)
            if (code in self.lexicon.territory_codes and ta.role is None and ta.code == sa.country
                    and sa.role not in self.lexicon.irregular_roles):
                # "Syrian troops retook a town in northern Syria": from whom is untold (but "the
                # Taliban seized a district centre in Afghanistan" took it from the state)
                continue
            if (any(code.startswith(r) for r in self.lexicon.riot_codes)
                    and _head_lemma(sent.doc, sspan) in self.lexicon.protester_nouns):
                # "protesters set fire to the embassy": a riot (CAMEO 145), not an armed attack
                code, recoded = self.lexicon.riot_code, f" (by protesters: {self.lexicon.riot_code})"
                cameo = self.ontology.get(code)
            where = location or self._target_place(ta, tspan, sent) or _dateline_for(ctx.dateline, sa, ta)
            conf = 0.9
            conf -= 0.15 * (not _anchored(sa)) + 0.15 * (t is not None and not _anchored(ta))
            conf -= 0.1 * descended + 0.1 * (p.pos == "NOUN") + 0.1 * (len(sent) > 40)
            conf -= 0.05 * (m.specificity == 1 and p.pos == "VERB" and tslot not in {"obj"})
            events.append(
                Event(
                    id=event_id(ctx.article.id, index, sa.code or "", ta.code or "", code),
                    article_id=ctx.article.id,
                    sentence_index=index,
                    sentence=sent.text.strip(),
                    date=date,
                    date_precision=precision,
                    date_text=date_text,
                    source=sa,
                    target=ta,
                    cameo=CameoCoding(code=cameo.code, root=cameo.root, name=cameo.name,
                                      goldstein=cameo.goldstein, quad_class=cameo.quad_class),
                    plover=(PloverCoding(event_type=p.plover[0], mode=p.plover[1])
                            if p.plover is not None and code == p.code else
                            PloverCoding(event_type=cameo.plover_event or self.ontology.get(cameo.root).plover_event,
                                         mode=cameo.plover_mode)),
                    negated=neg,
                    hypothetical=ev_hypo,
                    speaker=speaker,
                    quantities=qty,
                    location=where,
                    confidence=round(max(0.05, min(1.0, conf)), 2),
                    provenance=Provenance(
                        pattern_id=p.id + recoded,
                        trigger=trig.text,
                        trigger_offsets=(trig.idx, trig.idx + len(trig.text)),
                        source_slot=sslot,
                        target_slot=tslot + (" (complement clause)" if descended else ""),
                        source_offsets=sspan,
                        target_offsets=tspan,
                        date_reason=reason,
                        dictionary_version=self.tables.version + "/" + self.patterns.version,
                        model=self.config.model,
                    ),
                )
            )
        if speaker is not None and speaker.code and not neg and not hypo:
            events += self._victim_reports(events, speaker, ctx, index)
        return events

    def _victim_reports(self, events: list[Event], speaker: Speaker, ctx: _Context, index: int) -> list[Event]:
        """'Israel said a mortar bomb was fired at it from Gaza': a victim that names its
        attacker accuses it (CAMEO 112x, lexicon victim_report_code), besides the attack."""
        cameo = self.ontology.get(self.lexicon.victim_report_code)
        out: list[Event] = []
        said = speaker.code or ""
        coded = {(e.source.code, e.target.code, e.cameo.code) for e in events}
        for e in events:
            victim, attacker = e.target, e.source
            if (e.target.code, e.source.code, e.cameo.code) in coded:
                continue  # "the two armies exchanged fire, the Indian army said": both sides fired
            if (e.cameo.root not in self.lexicon.attack_roots or not victim.country or not attacker.country
                    or victim.country == attacker.country
                    or not (victim.role is None or victim.role in self.lexicon.accuser_roles)
                    or not (said in {victim.code, victim.country}
                            or (said[:3] == victim.country and said[3:] in self.lexicon.accuser_roles))):
                continue
            accuser = victim
            if said and said != victim.code and said[:3] == victim.country:
                # "Iran said Israel had attacked its troops": Iran accuses, not its troops
                accuser = victim.model_copy(update={"code": said, "role": said[3:] or None, "text": speaker.text})
            out.append(e.model_copy(update={
                "id": event_id(ctx.article.id, index, accuser.code or "", attacker.code or "", cameo.code),
                "source": accuser, "target": attacker,
                "cameo": CameoCoding(code=cameo.code, root=cameo.root, name=cameo.name,
                                     goldstein=cameo.goldstein, quad_class=cameo.quad_class),
                "plover": PloverCoding(event_type=cameo.plover_event or self.ontology.get(cameo.root).plover_event,
                                       mode=cameo.plover_mode),
                "provenance": e.provenance.model_copy(update={
                    "pattern_id": f"{e.provenance.pattern_id} (the victim's report: accusation {cameo.code})"}),
            }))
        return out

    def _resolve(self, heads: Iterable[Token], ctx: _Context, slot: str, strict: bool | None = None) -> list[Arg]:
        out: list[Arg] = []
        if strict is None:
            strict = slot in {"subj", "by"}  # a subject must be an actor, not "China's attempts"
        heads = list(heads)
        # "British Prime Minister Keir Starmer and German Chancellor Friedrich Merz signed ...": the
        # parser hangs the first titled name inside the second one's phrase; it is a party too
        # (and the second one's title adjective, taken for a conjunct, no party of its own)
        titled = [c.head for h in heads for c in h.subtree
                  if c.i < h.i and c.dep_ == "cc" and c.lower_ == "and" and c.head.i != h.i
                  and c.head.pos_ == "PROPN" and c.head.dep_ in {"nmod", "compound", "appos"}
                  and (c.head.ent_type_ == "PERSON" or (c.head.i in ctx.mentions
                                                        and ctx.mentions[c.head.i].entry.kind == "person"))]
        heads += titled
        for h in heads:
            if h.pos_ == "PRON":
                # "restrictions between it and Israel": the pronoun's conjuncts too
                out += self._resolve([c for c in h.children if c.dep_ == "conj"], ctx, slot, strict)
                ante = self._pronoun_antecedent(h)
                if ante is None:
                    # "It urges Tokyo ...": the last subject of that kind in the article
                    prior = ctx.recall(self.lexicon.pronouns.get(h.lower_, ""))
                    if prior is not None and h.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}:
                        out.append((prior.model_copy(update={"resolved_from": prior.text, "text": h.text}),
                                    (h.idx, h.idx + len(h.text)), slot))
                    continue
                if _pair_phrase(ante, self.lexicon) is not None:
                    # "the two countries announced that they would recognise ...": the pair
                    out += [(a.model_copy(update={"text": h.text}), sp, sl)
                            for a, sp, sl in self._resolve([ante], ctx, slot, strict=True)]
                    continue
                for actor, span in self._actors(ante, ctx, strict=True):
                    out.append((actor.model_copy(update={"resolved_from": actor.text, "text": h.text}), span, slot))
                continue
            their = next((c for c in h.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            if their is not None and h.lemma_.lower() in self.lexicon.state_nouns and h.tag_ == "NN":
                # "Prabowo said his country was ready to send troops": the speaker's state
                whose = [a for a, _sp, _sl in self._resolve([their], ctx, slot, strict=True) if a.country]
                if whose:
                    phrase = h.doc[h.left_edge.i: h.i + 1]
                    out.append((Actor(text=phrase.text, code=whose[0].country, country=whose[0].country, role=None,
                                      entries=whose[0].entries, resolved_from=whose[0].text),
                                (phrase.start_char, phrase.end_char), slot))
                    continue
            ruled = self._ruled(h, ctx, slot)
            if ruled:
                out += ruled
                continue
            meant = self._the_country(h, ctx)
            if meant is not None:
                # "Somalia said the country had violated its sovereignty": the state named before
                out.append((meant, (h.left_edge.idx, h.idx + len(h.text)), slot))
                continue
            if (h.tag_ == "NNS" and self.lexicon.pair_nouns.get(h.lemma_.lower()) == "side"
                    and any(c.dep_ in {"det", "predet"} and c.lower_ in self.lexicon.side_counts for c in h.children)):
                # "urged all sides in Kenya to refrain from violence": the state they are in
                # (a state named as such: not "all sides in Jerusalem")
                lands = [g for g in prep_heads(h, "in") if g.i in ctx.mentions and ctx.mentions[g.i].entry.kind == "country"]
                states = [a for a in self._resolve(lands, ctx, "in", strict=True)
                          if a[0].country and a[0].code == a[0].country]
                if states:
                    out += [(a.model_copy(update={"text": h.doc[h.left_edge.i: h.right_edge.i + 1].text}), sp, slot)
                            for a, sp, _sl in states[:1]]
                    continue
            kind = _pair_phrase(h, self.lexicon)
            if kind is not None and not any(a.country for a, _span in self._actors(h, ctx, strict)):
                # "the two countries", "both sides": the two the story last named together
                out += self._pair(h, kind, ctx, slot)
                continue
            for actor, span in self._actors(h, ctx, strict):
                seat = self.tables.seats.get(actor.text.lower()) if actor.role is None else None
                if (seat is not None and slot not in self.lexicon.location_preps | self.lexicon.motion_preps
                        and h.dep_ not in {"compound", "amod"} and h.lower_ == actor.text.lower()
                        and any(":capital:" in e for e in actor.entries)):
                    # "Brussels imposed duties on Chinese cars": the seat stands for the EU (not "the
                    # Brussels attacks", "flew to Brussels"; an attack on it: see _events_for)
                    actor = Actor(text=actor.text, code=seat.code, country=seat.country, role=seat.role,
                                  entries=[seat.id, *actor.entries])
                if (actor.code in self.tables.regions and actor.role is None and _definite_tok(h) and h.tag_ == "NN"
                        and h.lemma_.lower() in self.lexicon.state_nouns
                        and (prior := ctx.described_state(self.tables.regions[actor.code or ""],
                                                          {m.entry.country for m in ctx.mentions.values()
                                                           if m.entry.code not in self.tables.regions})
                             or self._described_here(h, self.tables.regions[actor.code or ""], ctx)) is not None):
                    # "sanctions against the South American country": the state the story named before
                    actor = prior.model_copy(update={"text": actor.text, "resolved_from": prior.text,
                                                     "entries": [*prior.entries, "a state described by its region"]})
                if actor.country is None and actor.role and actor.code == actor.role:
                    # "killed by his captors": the owner of an adversary is not its country
                    owner = None if h.lemma_.lower() in self.lexicon.adversary_nouns else self._pronoun_owner(h, ctx)
                    if owner is None and h.lemma_.lower() not in self.lexicon.adversary_nouns:
                        # "the country's army": the army of the state that phrase means
                        owner = next((st for c in h.children if c.dep_ == "poss"
                                      if (st := self._the_country(c, ctx)) is not None), None)
                    earlier = ctx.recall(f"noun:{h.lemma_.lower()}") or ctx.recall(f"role:{actor.role}")
                    if owner is not None:  # "Iran said its troops ...": Iranian troops
                        actor = actor.model_copy(update={
                            "code": f"{owner.country}{actor.role}", "country": owner.country,
                            "resolved_from": owner.text})
                    elif earlier is not None and _definite_tok(h) and h.lemma_.lower() not in self.lexicon.person_nouns:
                        # "the army" after "Sudan's army": the one named before
                        actor = earlier.model_copy(update={"resolved_from": earlier.text, "text": actor.text})
                        if earlier.country is None:
                            # ("the court" for the International Court of Justice, as long as the
                            # story goes on speaking of it)
                            ctx.remember(f"noun:{h.lemma_.lower()}", earlier)
                    elif actor.role in self.lexicon.irregular_roles and (state := _conjoined_state(h, span, ctx)):
                        if earlier is not None:  # "Houthi rebels ... talks between Washington and the rebels"
                            actor = earlier.model_copy(update={"resolved_from": earlier.text, "text": actor.text})
                        else:  # "talks between Khartoum and the rebels", none named before: that state's
                            actor = actor.model_copy(update={"code": f"{state.entry.country}{actor.role}",
                                                             "country": state.entry.country,
                                                             "resolved_from": state.text})
                prior = ctx.recall("he")
                office = h.lemma_.lower()
                titles = set(prior.text.lower().split()) & self.lexicon.person_nouns if prior is not None else set()
                if (actor.country is None and actor.code == actor.role and prior is not None
                        and prior.role == actor.role and _definite_tok(h) and office in self.lexicon.person_nouns
                        and not (office in self.lexicon.specific_offices and titles and office not in titles)):
                    # "the minister said ...": the minister named earlier in the article (not "the
                    # mayor" after "Secretary of State Antony Blinken")
                    actor = prior.model_copy(update={"resolved_from": prior.text, "text": actor.text})
                self._remember_titled(h, actor, ctx)
                out.append((actor, span, slot))
        if titled:
            out = [(a, sp, sl) for a, sp, sl in out
                   if not (a.role is None and any(b.country == a.country and b.role for b, _s, _l in out))]
        return out

    def _without_raid_tolls(self, candidates: list[tuple[int, Event, Match]]) -> list[tuple[int, Event, Match]]:
        """"Israeli air raids on Beirut killed five people": the raids are the act coded; their toll
        is no second attack by the raiders (unless it names victims of another party: "air strikes
        on Hezbollah positions killed 12 Lebanese civilians")."""
        hit: dict[int, set[str | None]] = {}  # raid noun -> the codes it hit
        states: dict[int, set[str | None]] = {}  # raid noun -> the states it hit as such
        for _s, ev, m in candidates:
            if m.pattern.pos == "NOUN" and ev.cameo.root in self.lexicon.attack_roots and ev.target.code:
                hit.setdefault(m.trigger.i, set()).add(ev.target.code)
                if ev.target.code == ev.target.country:  # "on Afghanistan's Paktika province": its people
                    states.setdefault(m.trigger.i, set()).add(ev.target.country)

        def toll(ev: Event, raid: int) -> bool:
            t = ev.target
            return t.country is None or t.code in hit[raid] or t.country in states.get(raid, set())

        return [(sp, ev, m) for sp, ev, m in candidates
                if not (m.pattern.pos == "VERB" and ev.cameo.root in self.lexicon.attack_roots
                        and any(c.dep_ == "nsubj" and c.i in hit and toll(ev, c.i) for c in m.trigger.children))]

    def _consequences(self, candidates: list[tuple[int, Event, Match]]) -> list[tuple[int, Event, Match]]:
        """"Fighters stormed a hotel in Mogadishu, killing at least 12 people": the killing is
        what the attack did, one event; the main verb's, aimed at those it hit when it names
        only the place."""
        attacks = self.lexicon.attack_roots
        main: dict[int, list[Event]] = {}
        for _s, ev, m in candidates:
            if ev.cameo.root in attacks and not ev.negated:
                main.setdefault(m.trigger.i, []).append(ev)
        out: list[tuple[int, Event, Match]] = []
        hit: dict[int, list[Event]] = {}
        for sp, ev, m in candidates:
            t = m.trigger
            firsts = main.get(t.head.i, []) if t.dep_ == "advcl" and t.tag_ == "VBG" else []
            # (the same attackers, and victims where it struck: not "struck Hezbollah positions in
            # Lebanon, killing two Syrian soldiers", nor UN peacekeepers)
            if ev.cameo.root in attacks and not ev.negated and not international(ev.target.code) and any(
                    (f.source.code == ev.source.code or (f.source.text and f.source.text == ev.source.text))
                    and ev.target.country in {f.target.country, None} for f in firsts):
                hit.setdefault(t.head.i, []).append(ev)
                continue
            out.append((sp, ev, m))
        done: list[tuple[int, Event, Match]] = []
        for sp, ev, m in out:
            counted = [q for b in hit.get(m.trigger.i, []) for q in b.quantities if q not in ev.quantities]
            if counted:  # "killing at least 12 people": what the attack did
                ev = ev.model_copy(update={"quantities": [*ev.quantities, *counted]})
            country = ev.target.country
            if country and ev.target.code == country and ev.target.role is None:
                # ("killing three civilians" in Kharkiv: Ukrainian civilians)
                by = next((b for b in hit.get(m.trigger.i, []) if b.target.role and b.target.country in {country, None}),
                          None)
                if by is not None:
                    target = by.target.model_copy(update={"country": country, "code": f"{country}{by.target.role}"})
                    ev = ev.model_copy(update={
                        "id": event_id(ev.article_id, ev.sentence_index, ev.source.code or "", target.code or "",
                                       ev.cameo.code),
                        "target": target,
                        "provenance": ev.provenance.model_copy(update={
                            "target_offsets": by.provenance.target_offsets,
                            "target_slot": by.provenance.target_slot})})
            done.append((sp, ev, m))
        return done

    def _described_here(self, h: Token, members: frozenset[str], ctx: _Context) -> Actor | None:
        """The one state of ``members`` the sentence names before ``h`` ("Colombia agreed to accept
        the flights after Trump threatened tariffs against the South American country")."""
        named = {m.entry.country: m for i, m in ctx.mentions.items()
                 if h.sent.start <= i < h.left_edge.i and m.entry.kind in {"country", "adjective", "capital"}
                 and m.entry.code in members}
        if len(named) != 1:
            return None
        m = next(iter(named.values()))
        return Actor(text=m.text, code=m.entry.code, country=m.entry.country, entries=[m.entry.id])

    def _pair(self, h: Token, kind: str, ctx: _Context, slot: str) -> list[Arg]:
        """The two parties "the two countries" or "both sides" (``h``) stand for, as the
        lexicon's ``pair_nouns`` say: their states, a role of their states, or as named."""
        # ("both sides", "all sides": the sides of the dispute or fight the story told, before any
        # two states that met or talked since)
        # (the fight the story is about, however far back: "Armenia and Azerbaijan fought heavy
        # battles ... Borrell called on both sides to halt hostilities")
        fight = (ctx.recall("fight:a", anywhere=True), ctx.recall("fight:b", anywhere=True)) if kind == "side" \
            else (None, None)
        conflict = (ctx.recall("conflict:a"), ctx.recall("conflict:b")) if kind == "side" else (None, None)
        first, second = self._pair_named_before(h, ctx) or (
            # ("the two" alone: only two the sentence or the one before named; "Russia and Ukraine
            # exchanged prisoners. Two journalists were freed. The two thanked Turkey" are no states)
            ctx.pair_just_named() if h.pos_ == "NUM"
            else fight if None not in fight else conflict if None not in conflict
            else (ctx.recall("pair:a"), ctx.recall("pair:b")))
        if first is None or second is None:
            return []
        phrase = h.doc[h.left_edge.i:h.i + 1]
        span = (phrase.start_char, phrase.end_char)
        out: list[Arg] = []
        for x in (first, second):
            if kind == "side":
                actor = x
            elif not x.country:
                return []  # "both countries" are no alliance or movement
            else:
                role = None if kind == "country" else kind
                actor = Actor(text=x.text, code=x.country + (role or ""), country=x.country, role=role,
                              entries=x.entries)
            out.append((actor.model_copy(update={"resolved_from": x.text, "text": phrase.text}), span, slot))
        self._remember_pair(ctx, first, second)  # still the pair the story is about
        return out

    def _pair_named_before(self, h: Token, ctx: _Context) -> tuple[Actor, Actor] | None:
        """The last two parties of different states the sentence names before ``h`` ("Putin
        arrived for talks with To Lam, and the two leaders signed ..."), if there are two."""
        seen: list[Actor] = []
        # (not who does the act: "Blinken, visiting China, urged the two countries" are not the US and China)
        doer = {t.i for s_ in subject_heads(clause_verb(h)) for t in s_.subtree}
        for i, m in sorted(ctx.mentions.items()):
            if (not h.sent.start <= i < h.left_edge.i or m.entry.kind not in {"person", "country", "org", "adjective", "capital"}
                    or i in doer):
                continue
            head = h.doc[m.end - 1].head
            if (m.entry.kind == "adjective" and head.pos_ == "NOUN" and head.i not in ctx.mentions
                    and self.resolver.role_of(head) is None):
                continue  # ("to counter North Korean threats": no party, unlike "the Russian president")
            found = self._actors(h.doc[m.end - 1], ctx, strict=True, conj=False)
            if found and found[0][0].country:
                actor = found[0][0]
                seen = [a for a in seen if a.country != actor.country] + [actor]
        return (seen[-2], seen[-1]) if len(seen) >= 2 else None

    def _commander(self, verb: Token, ctx: _Context) -> Actor | None:
        """Who gives the command ``verb`` ("Putin ordered ..."), when a state's."""
        boss = self._resolve(subject_heads(verb), ctx, "subj")
        return boss[0][0] if boss and boss[0][0].country else None

    def _own_organ(self, a: Actor, home: str | None) -> bool:
        """A state organ or force of ``home``, or one named with no state ("the military")."""
        return a.role in self.lexicon.state_roles | self.lexicon.armed_roles and (
            (home is not None and a.country == home) or (a.country is None and a.code == a.role))

    def _commands_own(self, trig: Token, ctx: _Context) -> bool:
        """"Biden ordered the State Department to expel Russian diplomats": a command to the
        commander's own organs, whose ordered act is the event (no demand between parties)."""
        if trig.lemma_.lower() not in self.lexicon.command_verbs:
            return False
        boss = self._commander(trig, ctx)
        if boss is None:
            return False
        told = self._resolve([c for c in trig.children if c.dep_ in {"dobj", "dative"}], ctx, "obj")
        return bool(told) and all(self._own_organ(a, boss.country) for a, _s, _l in told)

    def _parties_called(self, trig: Token, sources: list[Arg], ctx: _Context) -> list[Arg]:
        """"The State Department called for an immediate ceasefire": a call for calm addressed to
        no one is addressed to the two parties the story is about, when neither makes it and the
        clause names no other place ("called for a ceasefire in Sudan" is Sudan's)."""
        first, second = ctx.recall("conflict:a"), ctx.recall("conflict:b")
        if first is None or second is None or not first.country or not second.country:
            return []
        if not all(a.country or (a.code or "").startswith(("IGO", "NGO")) for a, _s, _l in sources):
            return []  # ("police called for calm": whose police is untold)
        callers = {a.country or a.code for a, _s, _l in sources}
        if callers & {first.country, second.country}:
            return []
        verb = clause_verb(trig)
        callers_words = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "agent"} for t in c.subtree}
        named = {m.entry.country for t in verb.subtree
                 if t.i not in callers_words and (m := ctx.mentions.get(t.i)) is not None}
        if named - {first.country, second.country}:
            return []  # "called for a ceasefire in Sudan", "urged Russia to ...": others named
        return [(x.model_copy(update={"resolved_from": f"the parties, {x.text}"}), None, "parties")
                for x in (first, second)]

    def _toll(self, doc: Doc, span: tuple[int, int] | None) -> float:
        """How many the target phrase counts: "at least 60 villagers" 60, "hundreds of
        civilians" (lexicon toll_words) 200; 0 when it gives no number."""
        if span is None:
            return 0
        root = _phrase_root(doc, span)
        if root is None:
            return 0
        if root.head.lower_ == "of" and root.head.head.lower_ in self.lexicon.toll_words:
            root = root.head.head  # "hundreds of civilians" (the actor's span is "civilians")
        if root.lower_ in self.lexicon.toll_words:
            return self.lexicon.toll_words[root.lower_]
        nums = [c for c in root.children if c.dep_ == "nummod"]
        if not nums:
            return 0
        words = number_tokens(nums[0], _COUNT_DEPS)
        return parse_number(" ".join(w.text for w in words)) or 0

    @staticmethod
    def _remember_pair(ctx: _Context, a: Actor, b: Actor) -> None:
        ctx.remember("pair:a", a)
        ctx.remember("pair:b", b)

    def _remember_titled(self, h: Token, actor: Actor, ctx: _Context, ent: Span | None = None) -> None:
        """A person the tables do not know, named in full with a title ("Kenyan Foreign
        Minister Musalia Mudavadi"): later "Mudavadi" alone is the same actor."""
        if (ctx.people is None or h.pos_ != "PROPN" or h.ent_type_ != "PERSON" or h.i in ctx.mentions
                or not actor.role):
            return
        country = actor.country
        if (not country and actor.role in self.lexicon.local_roles and ctx.dateline is not None
                and ctx.dateline.country and not self._elsewhere(h.sent, ctx)):
            # "CARACAS - Opposition leader Maria Corina Machado ...": a local office in the
            # dateline's state
            country = ctx.dateline.country
        if not country:
            return
        if ent is None:
            ent = next((e for e in (ctx.ents or {}).get(0, []) if e.start <= h.i < e.end and e.label_ == "PERSON"),
                       None)
        if ent is None or any(t.i in ctx.mentions for t in ent):
            return
        # (an organisation's person keeps its code: "Hamas's ..." PSEREBHMS)
        entry = Entry(f"article:{ent.text}", "person", actor.code if actor.country else country, country, actor.role)
        for name in surnames([t.text for t in ent if t.is_alpha or "-" in t.text], country,
                             self.lexicon.family_name_first, ctx.name_parts):
            ctx.people.setdefault(name, entry)

    def _participants(self, gatherings: list[Token], ctx: _Context, slot: str) -> list[Arg]:
        """Who a protest, rally or wedding stands for as a target: its named participants ("a
        rally of opposition supporters", "an opposition rally"), else the people of the place
        where it is held ("suppressed a protest in Beit Jala" PSECVL; "disperse the protest" CVL)."""
        named = [g for h in gatherings for g in (*prep_heads(h, "of"), *prep_heads(h, "by"))]
        named += [c for h in gatherings for c in h.children if c.dep_ in {"compound", "amod"} and c.i < h.i
                  and (c.i in ctx.mentions or self.resolver.role_of(c) is not None)
                  and not opposed(c)]  # "an anti-government protest" is not the government's
        found = self._resolve(named, ctx, slot, strict=True)
        if found:
            return found
        out: list[Arg] = []
        for h in gatherings:
            # ("a rally outside the parliament building in Kyiv": the place of whatever it is at)
            at = [g for prep in ("in", "near", "outside", "at") for g in prep_heads(h, prep)]
            place = self._named_place([*at, *(w for g in at for w in prep_heads(g, "in"))], ctx)
            left = min((t.i for t in h.subtree if t.dep_ != "prep" and t.i <= h.i), default=h.i)
            out.append((_people_of(h.doc[left: h.i + 1].text, place, place.entry.id if place else None),
                        (h.doc[left].idx, h.idx + len(h.text)), slot))
        return out

    def _deep(self, heads: list[Token], ctx: _Context, slot: str, attacker: bool = False,
              participants: bool = False) -> list[Arg]:
        """Resolve heads; when a head is not an actor, look one level into it
        ("the release of Adli Yaish", "appreciation for China's assistance"). With
        ``attacker``, an act of violence stands for who did it ("the Israeli strike", "the
        attack by rebels"), not for its victims ("the beheading of an American hostage"); with
        ``participants``, a gathering stands for who took part (:meth:`_participants`)."""
        violent = [h for h in heads if h.lemma_.lower() in self.lexicon.violence_nouns] if attacker else []
        if violent:
            # "the Russian missile strike": any word before the noun; "the attack by rebels"
            doers = [g for h in violent
                     for g in (*(g for c in h.lefts if c.dep_ in {"poss", "amod", "compound", "nmod"} for g in c.subtree
                                 # (not "the school hostage massacre": its victims)
                                 if g.i in ctx.mentions or self.resolver.role_of(g) not in self.lexicon.victim_roles),
                               *prep_heads(h, "by"),
                               # "condemned the attack on Israel by Hamas": the parser hangs "by" on the verb
                               *(prep_heads(h.head, "by") if h.dep_ == "dobj" and not is_passive(h.head) else []),
                               # "airstrikes launched by Saudi warplanes", "attacks carried out by rebels"
                               *(g for c in h.children if c.dep_ == "acl" for g in agent_heads(c)))]
            found = self._resolve(doers, ctx, slot)
            named_by = any(prep_heads(h, "by") or (h.dep_ == "dobj" and prep_heads(h.head, "by")) for h in violent)
            if found and (named_by or any(_anchored(a) for a, _s, _l in found)
                          or not any(h.lemma_.lower() in self.lexicon.upheaval_nouns for h in violent)):
                # ("the military coup in Myanmar": no one's military, so the state where it happened)
                return found
            # "condemned the attack": named earlier (not "the violence in Haiti", where it happened)
            unplaced = [h for h in violent if not (h.lemma_.lower() in self.lexicon.upheaval_nouns and prep_heads(h, "in"))]
            found = self._remembered(unplaced, ctx, slot)
            if found:
                return found
            # (an arrest with no captor named: the one held, whose state holds them, "condemned the
            # arrest of Istanbul mayor Ekrem Imamoglu")
            heads = [h for h in heads if h not in violent or h.lemma_.lower() in self.lexicon.custody_nouns]
            if not heads:
                return []
        acted_on = slot not in {"subj", "by", "poss", "cause"}
        if acted_on:
            # "pounded the rebel-held enclave of Ghouta", "struck Houthi-controlled areas": whoever holds it
            holders = {h.i: [g for c in h.children if c.dep_ == "amod" and c.lower_ in self.lexicon.holding_participles
                             for g in c.children if g.i < c.i and g.dep_ != "punct"] for h in heads}
            held = self._resolve([g for gs in holders.values() for g in gs], ctx, slot)
            if held and not all(_anchored(a) for a, _s, _l in held):
                # "a government-held part of Syria's second city": the holder of that country
                hold_toks = {t.i for gs in holders.values() for g in gs for t in g.subtree}
                place = _place_mention([t for h in heads if holders[h.i] for t in h.subtree if t.i not in hold_toks], ctx)
                if place is not None and place.entry.country:
                    held = [(a.model_copy(update={"code": place.entry.country + (a.role or ""), "country": place.entry.country,
                                                  "entries": [*a.entries, place.entry.id + ":location"]}), sp, sl)
                            if not _anchored(a) else (a, sp, sl) for a, sp, sl in held]
            if held:
                rest = [h for h in heads if not holders[h.i]]
                return held + (self._deep(rest, ctx, slot, attacker, participants) if rest else [])
        if participants and acted_on:
            gatherings = [h for h in heads if h.lemma_.lower() in self.lexicon.gathering_nouns and h.i not in ctx.mentions]
            if gatherings:
                found = self._participants(gatherings, ctx, slot)
                if found or len(gatherings) == len(heads):
                    return found
                heads = [h for h in heads if h not in gatherings]
        found = self._resolve(heads, ctx, slot)
        if found and any(_anchored(a) for a, _s, _l in found):
            return found
        weak = found  # "a peace-keeping force in Liberia": look on for the country
        # breadth-first through possessors and prepositional objects, three levels down
        frontier = list(heads)
        made_by: list[Token] = []
        for level in range(3):
            nxt: list[Token] = []
            for h in frontier:
                inner = [c for c in h.children if c.dep_ in {"poss"}]
                if level == 0 and h.lemma_.lower() in self.lexicon.decision_nouns and not prep_heads(h, "of"):
                    # "condemned a U.S. Supreme Court decision": whose decision (not "the US market");
                    # the first compound ("the U.S. Syria policy" is the US's, about Syria)
                    inner.extend([c for c in h.children if c.dep_ == "compound" and c.i < h.i][:1])
                    # ("praised the German decision": the state's government's, by its adjective)
                    made_by.extend(c for c in h.children if c.dep_ == "amod" and c.i in ctx.mentions
                                   and ctx.mentions[c.i].entry.kind == "adjective")
                for prep in ("of", "against", "on", "to", "for", "by", "with", "into", "over", "from", "at"):
                    inner.extend(prep_heads(h, prep))
                if h.lemma_.lower() in self.lexicon.joint_act_nouns:
                    # "hailed the meeting between the two Korean leaders": both of them
                    inner.extend(prep_heads(h, "between"))
                if h.lemma_.lower() in self.lexicon.frontier_nouns and not prep_heads(h, "with"):
                    # "sent troops to the border with Belarus": the parser may hang the "with" on the verb
                    after = h.doc[h.i + 1] if h.i + 1 < len(h.doc) else None
                    if after is not None and after.lower_ == "with" and after.dep_ == "prep" and after.head.i != h.i:
                        inner.extend(g for g in after.children if g.dep_ == "pobj")
                if slot == "in" and h.lemma_.lower() in self.lexicon.dispute_nouns:
                    # "mediate in the dispute between Ethiopia and Somalia" (not "deployed troops in
                    # the region between Sudan and Chad")
                    inner.extend(prep_heads(h, "between"))
                if (h.lemma_.lower() in self.lexicon.physical_targets | self.lexicon.hosted_events | self.lexicon.facility_nouns
                        or self.resolver.role_of(h) is not None):
                    # "settlements in Gaza", "a force in Liberia", "a summit in Switzerland" (the
                    # host); but "resume talks in Jeddah" names only a venue
                    for prep in ("in", "near", "outside", "around", "inside", "across", "throughout"):
                        # (not "a village near the Kenyan border": either side of it)
                        inner.extend(g for g in prep_heads(h, prep) if g.lemma_.lower() not in self.lexicon.frontier_nouns)
                if level == 0:  # "destroyed weapon depots and hideouts used by PKK fighters"
                    inner.extend(c for c in h.children if c.dep_ == "conj")
                for c in h.children:  # "positions held by Hezbollah", "an attack targeting X at Y",
                    # "positions belonging to terrorist groups" (not "talks brokered by Saudi
                    # Arabia": the broker is no party)
                    if c.dep_ == "acl" and c.lemma_.lower() not in self.lexicon.broker_verbs:
                        inner.extend(g for a in c.children if a.dep_ == "agent" or (a.dep_ == "prep" and (
                            a.lower_ in {"by", "at", "in", "on", "against"} or (a.lower_ == "to" and c.lemma_ == "belong")))
                                     for g in a.children if g.dep_ == "pobj")
                nxt.extend(inner)
            # deeper down only names and role nouns count ("reports of abuses by Ethiopian
            # troops"), not any noun with a national adjective ("on NATO airplanes")
            weapons = self.tables.source_only
            found = self._resolve([t for t in nxt if t.lemma_.lower() not in self.lexicon.physical_targets | weapons],
                                  ctx, slot, strict=True)
            if not found and made_by:
                found = [(a.model_copy(update={"code": f"{a.country}GOV", "role": "GOV",
                                               "resolved_from": f"the decision of {a.text}"}), sp, sl)
                         if a.country and a.code == a.country else (a, sp, sl)
                         for a, sp, sl in self._resolve(made_by, ctx, slot)]
                made_by = []
            found += self._resolve([t for t in nxt if t.lemma_.lower() in self.lexicon.physical_targets], ctx, slot)
            if found and level == 0 and any(_person_name(h) for h in heads):
                # "Mr Mubanga, from north London": a person of that country, not its state
                found = [(a.model_copy(update={"code": f"{a.code}CVL", "role": "CVL"}), sp, sl)
                         if a.role is None and a.country and a.code == a.country else (a, sp, sl)
                         for a, sp, sl in found]
            if (found and weak and level <= 1
                    and (all(h.lemma_.lower() in self.lexicon.facility_nouns for h in heads)
                         or (len(found) == 1
                             and all(a.country is None and a.role in self.lexicon.local_roles | self.lexicon.local_victim_roles
                                     for a, _s, _l in weak)))
                    and not any(_subtree_words(h) & self.lexicon.foreign_words for h in heads)):
                # "an army convoy in Pakistan", "a police station in Kabul", "40 civilians in Rakhine
                # state", "protesters in Almaty's main square": the post's or people's role, the
                # place's country (not "a coalition convoy in Iraq")
                here = [a for a, _s, _l in found if a.country and a.code == a.country]
                country = here[0].country if here else None
                if country is not None:
                    return [(a.model_copy(update={"code": country + (a.role or ""), "country": country,
                                                  "entries": [*a.entries, *here[0].entries]}), sp, sl)
                            if a.country is None and a.role else (a, sp, sl) for a, sp, sl in weak]
            if found and (any(_anchored(a) for a, _s, _l in found) or not weak):
                return found
            frontier = nxt
        if weak:
            return weak
        return self._remembered(heads, ctx, slot)

    def _remembered(self, heads: list[Token], ctx: _Context, slot: str) -> list[Arg]:
        """'rejected the demands', 'condemned the attack': whoever made the demands or the
        attack earlier in the article."""
        known = ctx.proposals or {}
        for h in heads:
            kind = self._proposal_kind(h)
            doers = self._summarised(h, kind, ctx, slot)
            if doers:
                return [(a.model_copy(update={"resolved_from": f"the {h.lemma_.lower()} of {a.text}"}), sp, slot)
                        for a, sp, _sl in doers]
            if kind == "agreement":
                # "welcomed the agreement": both of its parties ("helped negotiate the deal" judges none)
                if h.head.lemma_.lower() in self.lexicon.agreement_verbs and "agreement:b" in known and _definite_tok(h):
                    return [(a.model_copy(update={"resolved_from": f"the {h.lemma_.lower()} of {a.text}"}), None, slot)
                            for a, _sp, _sl in (known["agreement:a"], known["agreement:b"])]
                continue
            if kind == "attack" and _definite_tok(h):
                # "India struck nine sites in Pakistan, while Islamabad called the strikes an act of
                # war": an attack the sentence told before, by its subject
                # (not the verb the noun is the object of: "condemned the attack"; only a main
                # clause's act that is told as done, and not for a noun that names its own target:
                # "Ukraine, whose forces shelled Belgorod, condemned the attack on Kharkiv")
                own = next((a for a in h.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                mains = [] if any(prep_heads(h, p_) for p_ in ("on", "against")) else [
                    t for t in h.sent if t.i < h.i and t.pos_ == "VERB" and t != own
                    and (t.dep_ == "ROOT" or (t.dep_ == "conj" and t.head.dep_ == "ROOT"))
                    and not modal(t) and not any(c.dep_ == "neg" for c in t.children)]
                for t in sorted(mains, key=lambda t: -t.i):
                    m = self.patterns.match(t)
                    if m is not None and m.pattern.code[:2] in self.lexicon.attack_roots:
                        doers = self._resolve(subject_heads(t), ctx, slot, strict=True)
                        if doers:
                            return [(a.model_copy(update={"resolved_from": f"the {h.lemma_.lower()} of {a.text}"}), sp, slot)
                                    for a, sp, _sl in doers]
                        break
            if kind is not None and kind in known and _definite_tok(h):
                actor, span, _slot = known[kind]
                return [(actor.model_copy(update={"resolved_from": f"the {h.lemma_.lower()} of {actor.text}"}), span, slot)]
        return []

    def _summarised(self, h: Token, kind: str | None, ctx: _Context, slot: str) -> list[Arg]:
        """A noun set off by a comma after a clause and judged in a relative clause sums that
        clause up: "Spain, Ireland and Norway recognised a Palestinian state, a move Israel
        denounced", "seized the tanker Stena Impero, a move Britain condemned", "fired 59
        missiles at an air base, a strike the Kremlin denounced". It is made by the clause's
        subject; an accusation, demand or threat reported as said ("Biden said Putin was
        responsible, an accusation the Kremlin called unacceptable") by the one who said it."""
        if kind is None and h.lemma_.lower() not in self.lexicon.violence_nouns:
            return []
        if not _summing_up(h, self.lexicon.naming_verbs):
            return []
        # (the parser may hang the noun on the clause's last noun: "the tanker Stena Impero, a move")
        verb = clause_verb(h.head)
        if verb.pos_ not in {"VERB", "AUX"}:
            return []
        # the nearest clause with an actor for subject, never one that says it ("Ukraine said
        # Russia had shelled the plant, a move the UN condemned": Russia's); an accusation,
        # demand or threat is the saying's, the outermost
        # (nor a clause of time on the way: "Israel expanded settlements after the Supreme Court
        # approved the plan, a move the EU condemned" is Israel's)
        verbs = [verb, *(a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"})]
        if kind in {"accusation", "demand", "threat"}:
            verbs.reverse()
        else:
            verbs = [v for v in verbs if not (v.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in self.lexicon.time_marks for c in v.children))] or verbs
            said = next((n for n, v in enumerate(verbs) if v.lemma_.lower() in self.lexicon.reporting_verbs), None)
            verbs = (verbs[:said] or verbs[:1]) if said is not None else verbs
        for v in verbs:
            found = self._resolve(subject_heads(v), ctx, slot, strict=True)
            if found:
                return found
        return []

    def _person(self, a: Actor, span: tuple[int, int] | None, doc: Doc) -> bool:
        """The actor is one person: a known person, a name, or a role noun for one person
        ("the president", "a Tory spokesman")."""
        if any(e.startswith("people:") for e in a.entries):
            return True
        if _is_place(a):
            return False  # "seized Kyiv", "seized Goma": the tagger may take a town for a name
        root = _phrase_root(doc, span)
        if root is None:
            return False
        return root.ent_type_ == "PERSON" or (root.tag_ in {"NN", "NNP"} and base_word(root) in self.lexicon.person_nouns)

    def _sporty(self, sent: Span) -> bool:
        """A sentence about a game: a score ("2-1"), the words of sport or a national team ("Italy have")."""
        words = self.lexicon.sports_words
        return bool(_SCORE.search(sent.text)) or any(t.lemma_.lower() in words or _team(t) for t in sent)

    def _proposal_kind(self, tok: Token) -> str | None:
        """'demand', 'proposal', 'accusation' or 'threat' for a noun of that kind, or a
        noun so modified ("a draft accord", "the peace plan")."""
        if tok.pos_ not in {"NOUN", "PROPN"}:
            return None
        kinds = self.lexicon.proposal_nouns
        kind = kinds.get(tok.lemma_.lower())
        if kind is None:
            for c in tok.children:
                if c.dep_ in {"compound", "amod"} and c.i < tok.i and c.lemma_.lower() in kinds:
                    return kinds[c.lemma_.lower()]
        return kind

    def _fill(self, slots: list[str], trig: Token, ctx: _Context, role: str, attacker: bool = False,
              required: Sequence[Token] = (), participants: bool = False) -> list[Arg]:
        verb = trig.pos_ in {"VERB", "AUX"}
        for slot in slots:
            heads: list[Token]
            if slot == "subj":
                if verb:
                    heads = subject_heads(trig)
                else:
                    owners = _owners(trig, ctx)
                    found = self._resolve(owners, ctx, "poss")
                    if found:
                        return found
                    found = self._resolve(prep_heads(trig, "by"), ctx, "by")
                    if found:
                        return found
                    base = _phrase_base(trig)
                    claim = base.head.head if base.dep_ == "pobj" and base.head.lower_ == "for" else None
                    if (claim is not None and claim.lemma_.lower() in self.lexicon.responsibility_nouns
                            and clause_verb(claim).lemma_.lower() in self.lexicon.claim_verbs):
                        # "the Taliban claimed responsibility for the attack": the claimer's attack
                        found = self._resolve(subject_heads(clause_verb(claim)), ctx, slot)
                        if found:
                            return found
                    gov = clause_verb(base)
                    # (not the one who names it: "Kyiv called the strike on the hospital a war crime")
                    heads = subject_heads(gov) if gov.i != trig.i and base.dep_ in {"dobj", "attr", "nsubjpass", "appos"} and (
                        gov.lemma_.lower() not in self.lexicon.naming_verbs) else []
                    if heads and _undergone(trig, self.lexicon.undergo_verbs):
                        # "a Hamas leader survived an Israeli assassination attempt": the one
                        # who survived is the target; the attacker is named on the noun
                        heads = _owners(base, ctx)
                # "an air strike by Myanmar's military killed ...": who struck, before the weapon's role
                by = [g for h in heads if h.lemma_.lower() in self._fired_words for g in prep_heads(h, "by")] if verb else []
                found = (self._resolve(by, ctx, slot) if by else []) or self._resolve(heads, ctx, slot)
                if (not found and verb and trig.dep_ == "conj" and trig.head.dep_ == "ccomp"
                        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in trig.children)
                        and trig.head.head.lemma_.lower() in self.lexicon.reporting_verbs
                        and trig.lemma_.lower() in self.lexicon.appeal_control_verbs | self.lexicon.reporting_verbs
                        | frozenset(self.ontology.recoding.commitment_verbs)):
                    # "Kirby said the decision was binding, and urged both China and the Philippines
                    # to comply": the parser joins the verb to what was said; a verb of saying, asking
                    # or promising is the speaker's (not "a bomb killed one man and injured 15 people,
                    # police said")
                    found = self._resolve(subject_heads(trig.head.head), ctx, slot)
                if not found and verb and role == "target":
                    # "Germany's decision drew criticism from Moscow": whose decision it was
                    # ("..., a trip that drew criticism from EU leaders": the noun the clause is on)
                    heads = [trig.head if trig.dep_ == "relcl" and h.tag_ in {"WDT", "WP"} else h for h in heads]
                    found = self._deep(heads, ctx, slot)
                if not found and verb:
                    # "the missile fired by the Houthis destroyed ...", "rockets fired from Iran
                    # slammed into ...": a weapon stands for who fired it, or where from
                    fired = [c for h in heads if h.lemma_.lower() in self._fired_words
                             for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
                    found = self._resolve([g for c in fired for g in agent_heads(c)], ctx, slot) or \
                        self._resolve([g for c in fired for g in prep_heads(c, "from")], ctx, "from")
            elif slot == "governor_subj":
                # "a ceasefire agreed in talks brokered by Saudi Arabia": for a participle on a
                # noun, who does what that noun's clause says (the army and the RSF)
                found = []
                if verb and trig.dep_ == "acl":
                    gov = clause_verb(trig.head)
                    # (those who agree, sign or reach it, or hold the talks; not "Qatar welcomed the
                    # ceasefire brokered by Egypt")
                    if gov.i != trig.i and gov.lemma_.lower() in self._gathered_verbs:
                        found = self._resolve(subject_heads(gov), ctx, slot)
                elif verb and set_off_participle(trig) and (
                        trig.head.lemma_.lower() in self._gathered_verbs):
                    # "the ministers began talks near Washington, hosted by Pompeo": the clause's
                    # subjects, set off by a comma
                    found = self._resolve(subject_heads(trig.head), ctx, slot)
            elif slot == "poss":
                # for a verb: the possessor of its object ("rejected Ukraine's request")
                # ("expelled the French ambassador" is read by the obj slot instead)
                owners = possessor_heads(trig) if not verb else [
                    c for o in object_heads(trig) if not self._resolve([o], ctx, "obj")
                    for c in possessor_heads(o)
                    # (not a victim's role noun nor a role's adjective that says what kind of thing it
                    # is: "a hostage exchange", "military aid")
                    if c.dep_ == "poss" or (self.resolver.role_of(c) not in self.lexicon.victim_roles
                                            and not (c.dep_ == "amod" and c.pos_ == "ADJ" and self.resolver.role_of(c)))
                    # ("violated the Minsk agreements": where they were made, not whose)
                    if not venue_of(c, ctx.mentions, self.lexicon.venue_nouns)]
                found = self._resolve(owners, ctx, slot)
            elif slot == "cause":
                # "were killed in Israeli tank shelling": the attacker named in the cause
                causes = [g for c in trig.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by", "during", "from", "after"}
                          for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in self.lexicon.attack_nouns]
                if verb and not is_passive(trig):  # "a Russian missile strike killed 12 people"
                    causes += [g for g in subject_heads(trig) if g.lemma_.lower() in self.lexicon.attack_nouns]
                # nationality or name of the attacker, not the place ("Mosul attacks")
                found = self._resolve([c for g in causes for c in possessor_heads(g)
                                       if c.dep_ == "poss" or (c.i in ctx.mentions and
                                           ctx.mentions[c.i].entry.kind not in {"place", "capital", "country"})], ctx, slot)
                if not found:  # "a car bombing by the Islamic State group killed 75 people"
                    found = self._resolve([b for g in causes for b in prep_heads(g, "by")], ctx, slot)
            elif slot == "obj":
                objs = object_heads(trig) if verb else []
                if trig.dep_ == "acl" and objs == [trig.head]:
                    # "guards abducted by militants": the noun itself (not the agent of its own
                    # participle, which the deep look would find: "an agreement forced on Qatar by X")
                    found = self._resolve(objs, ctx, slot)
                    if not found:
                        # "..., a decision swiftly condemned by Greece": the clause's act, by its subject
                        found = [(a.model_copy(update={"resolved_from": f"the {trig.head.lemma_.lower()} of {a.text}"}),
                                  sp, slot)
                                 for a, sp, _sl in self._summarised(trig.head, self._proposal_kind(trig.head), ctx, slot)]
                else:
                    found = self._deep(objs, ctx, slot, attacker, participants) if verb else []
            elif slot == "clause_obj":
                # "the bombing that killed 30 people in Kabul": the object of a clause on the noun
                found = [] if verb else self._deep(
                    [o for c in trig.children if c.dep_ == "relcl" and c.lemma_.lower() in self.lexicon.harm_verbs
                     for o in object_heads(c)], ctx, slot)
            elif slot == "iobj":
                found = self._resolve(iobj_heads(trig), ctx, slot) if verb else []
            elif slot.startswith("obj:"):
                # "blamed the attack on Assad's forces": a preposition the parser may hang on the
                # object; the last one ("blamed the attack on the embassy on Iran": not the place hit)
                prep = slot[4:]
                preps = [*(c for c in trig.children if c.dep_ == "prep" and c.lower_ == prep),
                         *(p_ for o in object_heads(trig) for p_ in o.subtree
                           if p_.dep_ == "prep" and p_.lower_ == prep)] if verb else []
                last = max(preps, key=lambda t: t.i) if preps else None
                found = self._resolve([g for g in last.children if g.dep_ == "pobj"], ctx, prep) if last else []
            elif slot.startswith("with:"):
                # "retaliated with duties on American goods": a preposition on the means
                prep = slot[5:]
                # ("with duties of the same size on American goods": anywhere in the means)
                found = self._resolve([g for w in trig.children if w.dep_ == "prep" and w.lower_ == "with"
                                       for c in w.subtree if c.dep_ == "prep" and c.lower_ == prep
                                       for g in c.children if g.dep_ == "pobj"], ctx, prep) if verb else []
            elif slot == "speaker":
                # "Russia said Ukraine had violated the ceasefire": the one who reports the act,
                # when the act names no one else (the other side of a truce)
                # (a state, not a body that reports on others' truce, and no third party to a
                # conflict the story has told: "the UN said Russia had violated the truce")
                sv = speaker_of(trig, self.lexicon.speech_verbs)
                found = self._resolve([c for c in sv.children if c.dep_ == "nsubj"], ctx, slot) if (
                    sv is not None and sv.i != trig.i) else []
                sides = {a.country for a in (ctx.recall("conflict:a"), ctx.recall("conflict:b")) if a is not None} or {
                    a.country for a in (ctx.recall("pair:a"), ctx.recall("pair:b")) if a is not None}
                found = [f for f in found if f[0].country and not (f[0].code or "").startswith(("IGO", "NGO"))
                         and (len(sides) < 2 or f[0].country in sides)]
            elif slot == "judged":
                # "Ghana said Togo's decision was unacceptable", "said the results announced by
                # Caracas were illegitimate": whoever did what the complement judges
                # (the pattern has found the judgement as the clause's predicate, predicate_of)
                subjects = [g for c in trig.children if c.dep_ == "ccomp"
                            and any(a.dep_ in {"acomp", "attr"} for a in c.children)
                            for g in c.children if g.dep_ == "nsubj"] if verb else []
                # (not an attack on the speaker's own state, which its report of the attack accuses:
                # "Kyiv said the Russian shelling of Kharkiv was a violation of international law")
                speakers = {a.country for a, _sp, _sl in self._resolve(subject_heads(trig), ctx, "subj") if a.country}
                struck = {a.country for g in subjects if g.lemma_.lower() in self.lexicon.attack_nouns
                          for a, _sp, _sl in self._resolve([o for p_ in ("on", "against", "of") for o in prep_heads(g, p_)],
                                                           ctx, "on") if a.country}
                if speakers & struck:
                    subjects = []
                found = self._resolve(subjects, ctx, slot)
                if not found:
                    owners = [c for g in subjects for c in _owners(g, ctx)]
                    # (not a "by" further down: "any accusation of discrimination by the police is
                    # unfounded" judges the accuser)
                    doers = [*(b for g in subjects for b in prep_heads(g, "by")),
                             *(a for g in subjects for c in g.children if c.dep_ == "acl" and c.tag_ == "VBN"
                               for a in agent_heads(c))]
                    # ("said the decision was unacceptable": whoever made the decision told before)
                    found = (self._resolve(owners, ctx, "poss") or self._resolve(doers, ctx, "by")
                             or self._remembered(subjects, ctx, slot))
            elif slot == "comp_subj":
                # "demanded that Russia ...", "its demand that Israel ease ..."
                holders = [trig] if verb else [trig] + ([trig.head] if trig.dep_ in {"dobj", "pobj"} else [])
                heads = [g for h in holders for c in h.children if c.dep_ in {"ccomp", "xcomp", "acl"}
                         # (not a clause before a semicolon: "Chad ends pact; Senegal says troops must go")
                         and not (c.i < h.i and any(t.text == ";" and t.head.i == h.i for t in h.doc[c.right_edge.i + 1: h.i]))
                         for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}
                         # "no politician should ...", "every government must ...": no one addressed
                         and not any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)]
                found = self._resolve(heads, ctx, slot)
            else:
                heads = prep_heads(trig, slot)
                if not heads and not verb and slot == "between" and trig.dep_ == "nsubj":
                    # "fighting broke out between the army and the RSF": the parser hangs it on the verb
                    heads = prep_heads(trig.head, slot)
                if slot == "with":
                    # "held talks ..., with Brazil's adviser and Caribbean leaders in the room":
                    # those present, not a party to the talks
                    heads = [h for h in heads if not _present(h, self.lexicon.presence_words)]
                if slot == "targeting":
                    # "carried out attacks, mainly targeting the government": the participle's object
                    heads += [o for t in dict.fromkeys([trig, _phrase_base(trig).head]) for c in t.children
                              if c.lemma_.lower() == "target" and c.tag_ == "VBG" for o in object_heads(c)]
                if verb:
                    # ("pledged 2.5 billion pounds in military aid to Ukraine": the noun a
                    # required modifier describes)
                    nouns = [r.head for r in required if r.dep_ in {"amod", "compound"} and r.head.i != trig.i]
                    for o in dict.fromkeys([*object_heads(trig), *required, *nouns]):
                        heads += prep_heads(o, slot)
                        # "suspended part of a program for Bosnia", "pledged $1bn in aid to Kyiv"
                        # ("accepted a U.S. proposal for a ceasefire with Russia": the other party to
                        # what it is for; not "unveiled plans for a memorial to the Queen Mother")
                        for g in [*prep_heads(o, "of"), *(prep_heads(o, "in") if slot in {"to", "for"} else []),
                                  *(prep_heads(o, "for") if slot == "with" else [])]:
                            heads += prep_heads(g, slot)
                else:
                    base = _phrase_base(trig)
                    if base.i != trig.i:  # "a military aid package for Ukraine"
                        heads += prep_heads(base, slot)
                    if base.dep_ in {"dobj", "nsubjpass"} or (base.dep_ == "nsubj" and slot == "between"):
                        # ("clashes broke out between the army and the RSF": the verb's)
                        heads += prep_heads(base.head, slot)
                found = self._deep(heads, ctx, slot, attacker, participants)
            if found:
                return found
        return []

    def _location(self, place: Mention | None) -> Location | None:
        """Where the event happened: the 'in <place>' of its clause, with coordinates
        from the gazetteer when the place is a city."""
        if place is None:
            return None
        e = place.entry
        pl = self.tables.places.get(place.text) or self.tables.places.get(place.text.title())
        return _place_location(place.text, e.country, pl if e.kind in {"place", "capital"} else None, "clause")

    def _target_place(self, target: Actor, span: tuple[int, int] | None, sent: Span) -> Location | None:
        """'bombed Aleppo': a target that is a city is where the event happened."""
        if span is None:
            return None
        for eid in target.entries:  # a capital stands for its government; a city is a place
            if eid.startswith("places:") and not eid.endswith(":location"):
                name = eid.split(":", 1)[1]
                return _place_location(name, target.country, self.tables.places.get(name), "target")
        return None

    def _is_city(self, name: str) -> bool:
        """A city of the gazetteer or a capital ("Beijing"), for datelines in title case."""
        key = name.lower()
        return (key in self._places_lower or key.removesuffix(" city") in self._places_lower
                or any(e.kind == "capital" for e in self._by_lower.get(key, [])))

    def _dateline_location(self, lines: list[Dateline]) -> Location | None:
        """The article's dateline place ("BAGHDAD, Iraq -"), used where a clause names none."""
        for d in lines[:1]:
            for raw in (d.place, d.region):
                if not raw:
                    continue
                name = raw.split("/")[0].strip().title()
                name = name[4:] if name.startswith("The ") else name
                key = name.lower()
                pl = self._places_lower.get(key) or self._places_lower.get(key.removesuffix(" city"))
                # a capital or a country before a town of the same name ("PANAMA CITY" is
                # Panama's capital, not the Florida town)
                entries = sorted(self._by_lower.get(key) or [], key=lambda e: e.kind not in {"capital", "country"})
                country = entries[0].country if entries else (pl.country if pl else None)
                if pl is not None and country is not None and pl.country != country:
                    pl = None  # (its coordinates are the town's)
                if country is not None or pl is not None:
                    return _place_location(name, country, pl, "dateline")
        return None

    def _worldly(self, doc: Doc, arg: Arg) -> bool:
        """An actor named as foreign or of the world ("world leaders", "foreign ministers")."""
        root = _phrase_root(doc, arg[1])
        return root is not None and bool(_subtree_words(root) & (self.lexicon.foreign_words | self.lexicon.world_words))

    def _sole_state(self, doc: Doc, ctx: _Context) -> Entry | None:
        """The entry of the one state the sentence names (by name, capital, place or adjective),
        if it names exactly one; a state named by its mission or envoy ("stormed the French
        embassy"), by a metonym or by a speaker ("Downing Street said ...") is not where things
        happen."""
        found = {m.entry.country: m.entry for m in ctx.mentions.values()
                 if m.entry.kind in _STATE_KINDS and m.entry.country
                 and m.entry.country not in self.tables.regions}
        if len(found) != 1:
            return None
        for m in ctx.mentions.values():
            head = _np_head(doc[m.start])
            if head.lemma_.lower() in self.lexicon.mission_nouns | self.lexicon.diplomat_nouns:
                return None
            if m.entry.kind == "metonym" or (head.dep_ == "nsubj" and head.head.lemma_.lower() in self.lexicon.reporting_verbs):
                return None  # ("The White House said the court had sentenced ...": who speaks is no place)
        return next(iter(found.values()))

    def _home_army(self, arg: Arg, sent: Span, here: tuple[str, str, str]) -> Arg:
        """``arg`` in the dateline's country when it is "the army", "the military" or "the armed
        forces" with no country (lexicon home_army_nouns)."""
        root = _phrase_root(sent.doc, arg[1])
        if (root is None or arg[0].country is not None or arg[0].role not in self.lexicon.armed_roles
                or arg[0].code != arg[0].role or root.lemma_.lower() not in self.lexicon.home_army_nouns
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)):
            return arg
        return _localise(arg, *here, frozenset({arg[0].role}))

    def _elsewhere(self, sent: Span, ctx: _Context) -> bool:
        """The sentence says it happens in another state than the dateline's: a place of
        another state after "in", "at", "near" ... ("Rebels in Sudan's Darfur region"), and
        no place of the dateline's own besides the dateline."""
        assert ctx.dateline is not None
        home = other = 0
        for (start, _end), country in {(m.start, m.end): m.entry.country for m in ctx.mentions.values()
                                       if m.entry.kind in _PLACE_KINDS and m.entry.country}.items():
            tok = sent.doc[start]
            if tok.dep_ in _MODIFIER_DEPS:
                tok = _np_head(tok.head)  # "Sudan's Darfur region": the phrase's head
            located = tok.dep_ == "pobj" and (tok.head.lower_ in self.lexicon.where_preps or (
                # "launched its biggest drone attack on Moscow": where the attack struck
                tok.head.lower_ in self.lexicon.attack_preps and tok.head.head.lemma_.lower() in self.lexicon.violence_nouns
                and tok.head.head.dep_ in {"dobj", "nsubj", "nsubjpass"} and tok.head.head.head.dep_ == "ROOT"))
            if country == ctx.dateline.country:
                home += 1
            elif located:
                other += 1
        return other > 0 and home <= 1

    def _place_target(self, trig: Token, ctx: _Context, sources: list[Arg], own: bool = True,
                      bare: bool = False) -> list[Arg]:
        """Where the act happens; else (``own``) the source's own state, for a state named bare
        too when ``bare`` ("Bangladesh imposed a nationwide curfew")."""
        sub = [t for t in trig.subtree if t.dep_ not in {"relcl", "ccomp"}]
        for t in sub:
            if (place := self._place_in(t, ctx)) is not None:
                return [place]
        actor = sources[0][0]
        if not own:
            return []
        if actor.country is not None and (actor.code != actor.country or bare):
            return [(Actor(text="", code=actor.country, country=actor.country,
                           entries=["own country of the source"]), None, "own country")]
        return []

    def _occasion_place(self, trig: Token, ctx: _Context) -> list[Arg]:
        """The state where the occasion of an act happened: "sorrow for the shootings in South
        Carolina", "condolences over the earthquake in Turkey" (not where the speaker was)."""
        heads = [trig, *(c for c in trig.children if c.dep_ in {"dobj", "obj"})]
        for h in heads:
            for prep in h.children:
                if prep.dep_ == "prep" and prep.lower_ in self.lexicon.occasion_preps:
                    for t in prep.subtree:
                        if (place := self._place_in(t, ctx)) is not None:
                            return [place]
        return []

    def _goods_state(self, trig: Token, ctx: _Context) -> list[Arg]:
        """The state whose goods a sanction or ban is on: the national adjective or name on a
        noun of goods (lexicon ``goods_nouns``) in the trigger's phrase."""
        for t in trig.subtree:
            if t.lemma_.lower() not in self.lexicon.goods_nouns or t.dep_ in {"nsubj", "nsubjpass"}:
                continue
            m = _place_mention([c for c in t.children if c.dep_ in {"amod", "compound", "poss"}], ctx,
                               frozenset({"country", "adjective"}))
            if m is not None and m.entry.country:
                e = m.entry
                return [(Actor(text=m.text, code=e.country, country=e.country, entries=[e.id]), None, "goods")]
        return []

    def _upheaval_place(self, trig: Token, ctx: _Context) -> list[Arg]:
        """The state where a condemned upheaval happened: "condemned the coup in Niger", "the
        violence in Darfur" (lexicon ``upheaval_nouns``)."""
        for obj in trig.children:
            if (obj.dep_ == "dobj" and obj.lemma_.lower() in self.lexicon.upheaval_nouns
                    and not any(t.lower_ == "by" and t.dep_ == "prep" for t in (*obj.subtree, *trig.children))):
                # ("the violence in Gaza by settlers": theirs, whatever the place)
                for prep in obj.children:
                    if prep.dep_ == "prep":
                        for t in prep.children:
                            if (place := self._place_in(t, ctx)) is not None:
                                return [place]
        return []

    def _mission_host(self, doc: Doc, span: tuple[int, int] | None, ctx: _Context, own: str) -> Actor | None:
        """The government of the state where a mission ("its embassy in Kabul") is, when not ``own``."""
        root = _phrase_root(doc, span)
        if root is None or root.lemma_.lower() not in self.lexicon.mission_nouns:
            return None
        m = _place_mention(prep_heads(root, "in"), ctx)
        if m is None or not m.entry.country or m.entry.country == own:
            return None
        role = self.resolver.role_of(root)
        return Actor(text=m.text, code=m.entry.country + (role or ""), country=m.entry.country, role=role,
                     entries=[m.entry.id, "host of the mission"])

    def _place_in(self, t: Token, ctx: _Context) -> Arg | None:
        """``t`` as the place after "in", "at", "near"…, when it names a country or a place."""
        if t.dep_ != "pobj" or t.head.lower_ not in self.lexicon.location_preps:
            return None
        if t.lemma_.lower() in self.lexicon.frontier_nouns:
            return None  # "near the Kenyan border": on either side of it
        m = _place_mention([t], ctx)
        if m is None:
            return None
        e = m.entry
        return (Actor(text=m.text, code=e.code, country=e.country, entries=[e.id + ":location"]), None, "location")

    def _remember_coup(self, sent: Span, ctx: _Context) -> None:
        """Who seized power ("army officers in Gabon seized power", "the junta that seized
        power in Niger", "soldiers tried to topple Erdogan"), for "condemned the coup" later."""
        if ctx.proposals is None:
            return
        for tok in sent:
            objects = self.lexicon.coup_clauses.get(tok.lemma_.lower())
            if objects is None or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
                continue
            dobj = [c for c in tok.children if c.dep_ == "dobj"]
            if not dobj or (objects and not any(c.lemma_.lower() in objects for c in dobj)):
                continue
            heads = subject_heads(tok)
            if tok.dep_ == "relcl" and all(h.tag_ in {"WDT", "WP"} for h in heads):
                heads = [tok.head]  # "the junta that seized power"
            found = self._resolve(heads, ctx, "subj")
            if not found or not found[0][0].code:
                continue
            actor, span, _slot = found[0]
            if actor.country is None and self._own_organ(actor, None):
                # "the junta that seized power in Niger": the state where it did
                places = [g for t in (tok, *dobj) for g in prep_heads(t, "in")]
                where = [a.country for a, _s, _l in self._resolve(places, ctx, "in") if a.country]
                if where:
                    home = where[0]
                    actor = actor.model_copy(update={"code": home + (actor.role or ""), "country": home,
                                                     "resolved_from": f"seized power in {home}"})
            ctx.proposals["coup"] = (actor, span, "coup")
            if actor.country and actor.role:
                ctx.remember(f"role:{actor.role}", actor)  # "the junta" later
                if span is not None and (root := _phrase_root(sent.doc, span)) is not None and root.pos_ == "NOUN":
                    ctx.remember(f"noun:{root.lemma_.lower()}", actor)

    def _remember_subjects(self, sent: Span, ctx: _Context) -> None:
        """Keep the sentence's named subjects for pronouns in later sentences, and the states it
        names for a description ("the South American country")."""
        for _i, m in sorted(ctx.mentions.items()):
            e = m.entry
            if e.kind in _STATE_KINDS and e.country and e.code not in self.tables.regions:
                (ctx.salient or {}).pop(f"state:{e.code}", None)  # (the latest last)
                ctx.remember(f"state:{e.code}", Actor(text=m.text, code=e.code, country=e.country, entries=[e.id]))
        for tok in sent:
            if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.pos_ == "PRON":
                continue
            found = self._actors(tok, ctx, strict=True, conj=False)
            if not found:
                continue
            actor = found[0][0]
            if any(c.dep_ == "conj" for c in tok.children):
                # "Ethiopia and Eritrea ...": the pair that "the two countries" may mean later
                both = [a for a, _span in self._actors(tok, ctx, strict=True)]
                other = next((a for a in both[1:] if a.country and a.country != both[0].country), None)
                if both[0].country and other is not None:
                    self._remember_pair(ctx, both[0], other)
            if actor.country and actor.role and (actor.code or "").startswith(f"{actor.country}{actor.role}"):
                ctx.remember(f"role:{actor.role}", actor)
                if tok.pos_ == "NOUN":
                    # "the junta" later is the junta named, not the last government of any kind
                    ctx.remember(f"noun:{tok.lemma_.lower()}", actor)
                elif tok.pos_ == "PROPN" and self.tables.agents.get(tok.lower_) == actor.role:
                    # "the International Criminal Court ... the Philippine Supreme Court ruled ...
                    # The court": the one named last, no longer the organisation described so (not
                    # "the Free Syrian Army ... The army": rebels named so are no army)
                    ctx.remember(f"noun:{tok.lower_}", actor)
                    ctx.described.pop(tok.lower_, None)
            elif actor.country is None and actor.code and actor.code != actor.role and (
                    named := ctx.mentions.get(tok.i)) is not None and named.entry.kind == "org":
                # "The International Court of Justice ruled ... The court rejected Kenya's argument":
                # the organisation whose name's head is an agent word ("court")
                head = tok.doc[named.start:named.end].root
                if self.tables.agents.get(head.lower_, "-") in (actor.code or ""):  # (IGOUNOJUDICJ: a court)
                    ctx.remember(f"noun:{head.lower_}", actor)
            person = any(e.startswith("people:") for e in actor.entries) or (
                tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON") or (
                tok.tag_ == "NN" and tok.lemma_.lower() in self.lexicon.person_nouns)
            if person:
                # (with the title named before the name: "the minister" later is only a minister)
                titled = tok.doc[tok.left_edge.i: tok.i + 1].text
                ctx.remember("he", actor.model_copy(update={"text": titled}) if tok.pos_ == "PROPN" else actor)
            elif tok.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in tok.children):
                ctx.remember("they", actor)
            elif actor.role not in self.lexicon.victim_roles:
                # ("a 7-year-old girl was wounded": no "it" a later sentence may mean)
                ctx.remember("it", actor)

    def _ruled(self, h: Token, ctx: _Context, slot: str) -> list[Arg]:
        """"The juntas ruling Mali, Burkina Faso and Niger": a role named alone, named by the
        states it rules (lexicon ruling_verbs), one actor for each."""
        verbs = [c for c in h.children if c.dep_ == "acl" and c.lemma_.lower() in self.lexicon.ruling_verbs]
        if not verbs:
            return []
        own = self._actors(h, ctx, strict=True, conj=False)
        if not own or own[0][0].country is not None or not own[0][0].role:
            return []
        actor, span = own[0]
        states = [a for a, _s, _l in self._resolve([o for v in verbs for o in object_heads(v)], ctx, slot)
                  if a.country and a.code == a.country]
        return [(actor.model_copy(update={"code": (st.country or "") + (actor.role or ""), "country": st.country,
                                          "resolved_from": st.text}), span, slot) for st in states]

    def _the_country(self, h: Token, ctx: _Context) -> Actor | None:
        """'the country' (or 'the nation') with nothing else said of it: the state of whoever
        speaks of it ("Niger's president said the country would not ...", "He said Russia had hit
        the country's grid"); else a place named before it in the sentence that is not the
        actor's ("In Lebanon, ... Israel struck villages in the south of the country"); else the
        state of the organ that acts ("Burkina Faso's military killed villagers in the north of
        the country"); else the one state the story named last that is not the clause's own
        subject ("Somalia said the country had violated its sovereignty", after "Ethiopia signed a
        deal"). Left open when that sentence named two states."""
        if not (h.tag_ == "NN" and h.lemma_.lower() in self.lexicon.country_nouns
                and [c.lower_ for c in h.children if c.dep_ != "case"] == ["the"] and h.i not in ctx.mentions):
            return None
        text = h.doc[h.left_edge.i: h.i + 1].text

        def of(a: Actor, why: str) -> Actor:
            return Actor(text=text, code=a.country, country=a.country, role=None, entries=[*a.entries, why],
                         resolved_from=a.text)

        others: set[str | None] = set()  # states that do not call themselves "the country"
        speaker: Actor | None = None  # (unless no other state is at hand: "Pakistan says ... the country's")
        for verb in h.ancestors:
            subj = next((c for c in verb.children if c.dep_ == "nsubj" and h not in c.subtree), None)
            if verb.lemma_.lower() not in self.lexicon.reporting_verbs or subj is None:
                continue
            said = [a for a, _s, _l in self._resolve([subj], ctx, "subj") if a.country]
            if said and said[0].role is not None:
                return of(said[0], "the country of who speaks")
            others |= {a.country for a in said}
            speaker = said[0] if said else None
            break
        own: Actor | None = None
        for verb in h.ancestors:
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i != h.i
                         and h not in c.subtree), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            acting = [a for a, _span in self._actors(subj, ctx, strict=True, conj=False) if a.country]
            if acting and acting[0].role is not None:
                own = acting[0]
            others |= {a.country for a in acting}
            break
        places = self.lexicon.location_preps | {"of"}
        here = [m for i, m in sorted(ctx.mentions.items()) if h.sent.start <= i < h.i
                and m.entry.kind in _PLACE_KINDS and m.entry.country not in others
                and h.doc[i].dep_ == "pobj" and h.doc[i].head.lower_ in places
                and m.entry.code not in self.tables.regions]
        if here:
            e = here[-1].entry
            return Actor(text=text, code=e.country, country=e.country, role=None,
                         entries=[e.id, "the place named before it"], resolved_from=here[-1].text)
        if own is not None:
            return of(own, "the country of who acts")
        prior = ctx.last_state(others)
        if prior is None:
            return of(speaker, "the country of who speaks") if speaker is not None else None
        return prior.model_copy(update={"text": text, "resolved_from": prior.text,
                                        "entries": [*prior.entries, "the state named last"]})

    def _pronoun_owner(self, head: Token, ctx: _Context) -> Actor | None:
        """The actor behind 'its' / 'their' in "its troops": the nearest subject up the
        parse that is a country's actor, else the last such subject in the article."""
        poss = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in {"its", "their", "his", "her"}), None)
        if poss is None:
            return None
        ante = self._pronoun_antecedent(poss)
        if (ante is not None and poss.lower_ == "their"
                and _pair_phrase(ante, self.lexicon)):
            # "both countries recalled their ambassadors": one of the pair's (each of the other,
            # as the event's pairs then say)
            first = ctx.recall("pair:a")
            if first is not None and first.country:
                return first
        if ante is not None and poss.lower_ in {"its", "their"}:
            # "Iran said Israel had attacked its troops": the speaker's, in a reported clause
            found = self._actors(ante, ctx, strict=True)
            if found and found[0][0].country:
                return found[0][0]
        t = head
        for _ in range(6):
            if t.head.i == t.i:
                break
            t = t.head
            for c in t.children:
                if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" and head not in c.subtree:
                    found = self._actors(c, ctx, strict=True)
                    if found and found[0][0].country:
                        return found[0][0]
                    if found and found[0][0].role and _definite_tok(c):
                        # "The army ... said its forces": the army named earlier ("Sudan's army")
                        earlier = ctx.recall(f"role:{found[0][0].role}")
                        if earlier is not None and earlier.country:
                            return earlier
        kind = {"their": "they", "his": "he", "her": "he"}.get(poss.lower_, "it")
        prior = ctx.recall(kind)
        return prior if prior is not None and prior.country else None

    def _pronoun_antecedent(self, pron: Token) -> Token | None:
        """'Obama said he would ...', 'Russia says it will ...': a subject pronoun in a
        reported clause refers to the subject of the speech verb."""
        reporting = self.lexicon.reporting_verbs
        if pron.dep_ == "poss" and pron.lower_ in {"its", "their", "his", "her"}:
            # "Ukraine said Russian drones had attacked its energy facilities": the speaker's
            t = pron.head
            for _ in range(4):
                if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
                    break
                t = t.head
            if t.lemma_.lower() in self.lexicon.own_object_verbs:
                # "Iran will suspend its programme, a diplomat said": the clause's own subject
                subs = [c for c in t.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
                if subs and (pron.lower_ != "its" or subs[0].tag_ in {"NN", "NNP"}):
                    return subs[0]
        elif (pron.lower_ in {"him", "her", "them"} and pron.dep_ == "dobj" and pron.head.dep_ == "conj"
              and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in pron.head.children)
              and (objs := [c for c in pron.head.head.children if c.dep_ == "dobj" and c.pos_ != "PRON" and (
                       pron.lower_ == "them" or c.pos_ == "PROPN" or self.resolver.role_of(c) is not None)]
                   # "Macron spoke by telephone with Putin and urged him to ...": the one spoken with
                   # (or to: "Biden spoke to Lula by telephone ... and invited him to visit", "conceded
                   # defeat to Muhammadu Buhari and congratulated him")
                   or [g for c in pron.head.head.subtree if c.dep_ == "prep" and (c.lower_ == "with" or (
                           c.lower_ == "to" and pron.head.head.lemma_.lower() in {"speak", "talk"}))
                       and c.head.dep_ not in {"nsubj", "nsubjpass"} and c.i < pron.head.i
                       for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                   or [g for c in pron.head.head.subtree if c.dep_ == "prep" and c.lower_ == "to" and c.i < pron.head.i
                       and c.head.dep_ not in {"nsubj", "nsubjpass"}
                       for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"])):
            # "Kuwait's emir telephoned Qatar's ruler and urged him to ...": the first verb's object
            # (one subject for both verbs)
            return objs[0]
        elif (pron.lower_ in {"it", "them", "him", "her"} and pron.dep_ == "dobj" and pron.head.dep_ == "advcl"
              and (pron.head.tag_ == "VBG" or (pron.lower_ in {"him", "her"} and infinitive(pron.head)))
              and (objs := [c for c in pron.head.head.children if c.dep_ == "dobj" and (
                  pron.lower_ in {"it", "them"} or c.ent_type_ == "PERSON" or c.pos_ == "PROPN")])):
            # (and "telephoned Muhammadu Buhari to congratulate him": the one called)
            # "Poland expelled 45 Russian diplomats, accusing them of spying": the main verb's object
            return objs[0]
        elif pron.lower_ in {"it", "them"} and (pron.dep_ == "dobj" or (
                pron.dep_ == "pobj" and pron.head.head.pos_ in {"VERB", "AUX"})):
            # "Israel said a mortar bomb was fired at it", "Russia said drones attacked it": the speaker
            t = pron.head if pron.dep_ == "dobj" else pron.head.head
        elif pron.lower_ in {"him", "her"} and pron.dep_ == "dobj" and pron.head.dep_ == "conj" and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in pron.head.children) and (
                persons := [t for t in pron.sent if t.i < pron.head.i and t.dep_ in {"dobj", "appos"}
                            and t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                            and not (t.dep_ == "appos" and t.head.dep_ == "pobj")]
                # ("Petro cut ties with Israel, and Israel's foreign minister accused him": the
                # person the first clause is about, when it names no person as its object)
                or [t for a in pron.head.ancestors for t in a.children if t.i < pron.head.i and t.dep_ == "nsubj"
                    and t.ent_type_ == "PERSON" and t.pos_ == "PROPN"][:1]):
            # "police arrested opposition leader Kem Sokha, and the government accused him of
            # treason": the last person named as an object before the clause, when the clause has a
            # subject of its own (not one named inside another's phrase: "a bodyguard of President Petro")
            return persons[-1]
        elif pron.lower_ not in {"he", "she", "it", "they", "we", "i"} or pron.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        else:
            t = pron.head
            if pron.lower_ in {"he", "she"} and t.dep_ == "relcl" and t.head.dep_ == "pobj":
                # "Mr Blair made a surprise visit to Iraq, where he met leaders": the person
                # the sentence is about, not one named in an earlier sentence
                verb = t.head
                for _ in range(4):
                    if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                        break
                    verb = verb.head
                subs = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"] if verb.pos_ in {
                    "VERB", "AUX"} else []
                if subs:
                    return subs[0]
        if pron.lower_ in {"he", "she"} and pron.dep_ == "nsubj" and t.dep_ == "conj" and t.head.i != t.i:
            # "Erdogan had tied his approval to the sale, and last month he urged Congress": the
            # person the first clause is about
            subs = [c for c in t.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
            if subs:
                return subs[0]
        for _ in range(4):
            if t.dep_ in {"ccomp", "xcomp", "conj", "advcl"} and t.head.i != t.i:
                t = t.head
                if t.lemma_.lower() in reporting:
                    subs = [c for c in t.children if c.dep_ in {"nsubj"} and c.pos_ != "PRON"]
                    if not subs and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children):
                        # "The army accused the RSF ... and said its forces had killed ...": the
                        # subject the speech verb shares
                        subs = [c for c in subject_heads(t) if c.pos_ != "PRON"]
                    return subs[0] if subs else None
            else:
                return None
        return None

    def _place_words(self, g: Token) -> list[Token]:
        """The words that may name the place ``g`` stands for: "Aleppo", "Myanmar's Shan state",
        "the Syrian city of Idlib", "a village in northwest Syria"."""
        near = [g, *(c for c in g.children if c.dep_ in {"poss", "compound"}), *prep_heads(g, "of")]
        if g.lemma_.lower() in self.lexicon.place_nouns:
            # "a village in northwest Syria", "the village of Tabit in North Darfur"
            inner = [*prep_heads(g, "in"), *(w for o in prep_heads(g, "of") for w in prep_heads(o, "in"))]
            # ("the village of Yelwata in Nigeria's central Benue state": the state's country too)
            near += [*inner, *(c for w in inner for c in w.children if c.dep_ in {"poss", "compound"})]
            # ("two villages in the centre of the country")
            near += [o for w in inner for o in prep_heads(w, "of")]
            # "in occupied areas of Ukraine's Kherson region"
            near += [c for o in prep_heads(g, "of") for c in o.children if c.dep_ in {"poss", "compound"}]
        return near

    def _named_place(self, gs: Iterable[Token], ctx: _Context) -> Mention | None:
        """The country or place that the places ``gs`` are in (see :meth:`_place_words`); else
        a national adjective on one of them that is a place noun ("several Iranian cities"; not
        "the Afghan border", which a border shares, nor "the Australian embassy in Jakarta")."""
        gs = list(gs)
        words = [w for g in gs for w in self._place_words(g)]
        m = _place_mention(words, ctx)
        if m is None:
            m = _place_mention([c for g in gs if g.lemma_.lower() in self.lexicon.place_nouns - self.lexicon.frontier_nouns
                                for c in g.children if c.dep_ == "amod"], ctx, frozenset({"adjective"}))
        if m is None:
            # "in two villages in the north of the country": the state that phrase means
            for w in words:
                if (state := self._the_country(w, ctx)) is not None and state.country:
                    return Mention(w.i, w.i + 1, state.text, Entry(id=f"{state.country}:the country", kind="country",
                                                                    code=state.country, country=state.country))
        return m

    def _clause_country(self, trig: Token, ctx: _Context) -> Mention | None:
        """'rallied against the government in Tbilisi': the country where the clause happens."""
        verb = clause_verb(trig)
        places = [trig, verb, *object_heads(verb)]
        # "set fire to the Russian embassy in Kyiv": a mission is in the place named with it
        places += [g for c in verb.children if c.dep_ == "prep" for g in c.children
                   if g.dep_ == "pobj" and g.lemma_.lower() in self.lexicon.mission_nouns]
        t = verb
        for _ in range(2):  # "marched in Tbilisi to protest against ...": the main clause's place
            if t.dep_ in {"advcl", "xcomp", "conj"} and t.head.i != t.i:
                t = t.head
                places.extend((t, *object_heads(t)))  # "bombed a village in X, killing 12"
        for t in places:
            for g in (g for prep in ("in", "near", "outside", "across", "throughout", "inside", "around") for g in prep_heads(t, prep)):
                # "in Aleppo", "in Myanmar's Shan state", "in the Syrian city of Idlib"
                near = [g]
                if g.lemma_.lower() in self.lexicon.attack_nouns:
                    near += prep_heads(g, "in")  # "killed two militants in an air strike in Gaza"
                if (m := self._named_place(near, ctx)) is not None:
                    return m
            for g in (g for prep in ("at", "during", "from") for g in prep_heads(t, prep)):
                # "detained dozens of people at a rally in Yekaterinburg", "killed 12 worshippers
                # at a mosque in Peshawar", "abducted 287 pupils from a school in Kaduna state"
                if g.lemma_.lower() in (self.lexicon.hosted_events | self.lexicon.gathering_nouns
                                        | self.lexicon.physical_targets):
                    # ("during protests in the Russian cities of Yekaterinburg and ...")
                    if (m := self._named_place(prep_heads(g, "in"), ctx)) is not None:
                        return m
            for g in (g for prep in ("with", "by") for g in prep_heads(t, prep)):
                if g.lemma_.lower() in self.lexicon.attack_nouns:  # "killed four with artillery fire in Kharkiv"
                    if (m := _place_mention(prep_heads(g, "in"), ctx)) is not None:
                        return m
        return None

    def _acted_on_country(self, trig: Token, ctx: _Context) -> Mention | None:
        """'bombed the Syrian city of Idlib, killing 12 people': the country of the place
        acted on (it localises the victims, not the attackers)."""
        verb = clause_verb(trig)
        acted_on = [*object_heads(verb)]
        t = verb
        for _ in range(2):  # "bombed the Syrian city of Idlib, killing 12 people" (not a conjoined act)
            if t.dep_ in {"advcl", "xcomp"} and t.head.i != t.i:
                t = t.head
                acted_on.extend(object_heads(t))
        for o in object_heads(verb):
            # "shelled positions held by Hezbollah in southern Lebanon"
            for acl in (c for c in o.children if c.dep_ == "acl"):
                for g in acl.subtree:
                    if g.dep_ == "pobj" and g.head.lower_ in {"in", "near"}:
                        if (m := _place_mention([g, *prep_heads(g, "of")], ctx)) is not None:
                            return m
        for t in acted_on:
            # "bombed the Syrian city of Idlib, killing 12 people": the place acted on
            if t.dep_ in {"dobj", "nsubjpass"} and t.lemma_.lower() in self.lexicon.physical_targets:
                for h in (*prep_heads(t, "of"), *(c for c in t.children if c.dep_ in {"amod", "compound", "poss"})):
                    m = _place_mention([h], ctx, _STATE_KINDS)
                    if m is not None and m.entry.country and m.entry.code == m.entry.country:
                        return m  # the state itself, not a region
        return None

    def _threat_said(self, verb: Token, sources: list[Arg], ctx: _Context) -> bool:
        """An announced act its own source says it will do, with nothing left open ("Iran said it
        would retaliate"): saying so made the threat."""
        return self._said_by(verb, sources, ctx) and not left_open(verb, self.lexicon.negating_governors,
                                                                   self.lexicon.litotes)

    def _said_by(self, verb: Token, sources: list[Arg], ctx: _Context) -> bool:
        """The clause is said by its own source ("Iran said it would retaliate"; not "analysts
        said Iran would retaliate")."""
        t = verb
        for _ in range(3):
            if t.dep_ not in {"ccomp", "conj", "xcomp"} or t.head.i == t.i:
                return False
            t = t.head
            if t.lemma_.lower() in self.lexicon.reporting_verbs:
                said = {a.country or a.code for a, _s, _l in self._resolve(subject_heads(t), ctx, "subj")}
                return bool(said & {a.country or a.code for a, _s, _l in sources})
        return False

    def _reported(self, verb: Token) -> bool:
        """The clause is someone's announcement ("said it will send", "announced it would free").

        A future act reported as said is a statement of intent (CAMEO 03x); a bare future
        in the main clause ("the United States will supply arms") is the act itself,
        coded with ``hypothetical`` set, as the CAMEO coding manuals do.
        """
        reporting = self.lexicon.reporting_verbs
        for c in verb.children:
            # "the UN will provide food aid, the WFP said" (the tail is often parsed as a conjunct)
            if c.i > verb.i and c.lemma_.lower() in reporting and (c.dep_ in {"ccomp", "parataxis"} or (
                    c.dep_ == "conj" and not any(g.dep_ in {"ccomp", "dobj", "xcomp"} for g in c.children))):
                return True
        t = verb
        for _ in range(3):
            if t.dep_ == "conj":
                t = t.head
                continue
            if t.dep_ in {"ccomp", "xcomp", "advcl"} and t.head.i != t.i:
                if t.head.lemma_.lower() in reporting:
                    return True
                t = t.head
                continue
            break
        return False

    def _speaker(self, trig: Token, sent: Span, ctx: _Context, speech_act: bool = False) -> Speaker | None:
        """Who is quoted: the subject of the speech verb the event is reported by, or for
        a speech act ("accused", "demanded") with no such verb, its own subject."""
        sv = speaker_of(trig, self.lexicon.speech_verbs)
        if sv is None and speech_act:
            people = self.lexicon.rank_only_speakers | self.lexicon.person_nouns
            if any(c.dep_ == "nsubj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() in people
                                          or (c.i in ctx.mentions and ctx.mentions[c.i].entry.kind == "person"))
                   for c in trig.children):
                sv = trig  # "A senior commander, speaking on condition of anonymity, accused ..."
        if sv is None:
            return None
        subs = [c for c in sv.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subs:
            return None
        head = subs[0]
        # "A Ukrainian officer, who asked not to be named,": the phrase without its clauses
        cut = {t.i for c in head.children if c.dep_ in {"relcl", "acl", "appos", "punct"} for t in c.subtree}
        words = [t.i for t in head.subtree if t.i not in cut]
        lo, hi = min(words), max(words)
        while hi > lo and sent.doc[hi].is_punct:
            hi -= 1
        phrase = sent.doc[lo: hi + 1]
        resolved = self._actors(head, ctx, strict=False, conj=False)
        code = resolved[0][0].code if resolved else None
        named = any(t.ent_type_ == "PERSON" for t in phrase) or (
            head.i in ctx.mentions and ctx.mentions[head.i].entry.kind in {"person"}
        )
        anonymous = bool(self._anonymity.search(sent.text)) or (
            not named and head.lemma_.lower() in self.lexicon.rank_only_speakers
        )
        if head.pos_ == "PRON":
            anonymous = bool(self._anonymity.search(sent.text))
        return Speaker(text=phrase.text, code=code, anonymous=anonymous)




def _nest(matches: list[Match], request_roots: frozenset[str], commands: frozenset[int] = frozenset()) -> list[Match]:
    """Resolve triggers nested in complement clauses.

    The content of an appeal, demand, threat, criticism or rejection is not an event of
    its own ("urged Tokyo to withdraw", "rejected calls to resign"); a bare verb of
    intention gives way to the action it introduces ("pledged to expel" is an expulsion,
    coded hypothetical). A command to one's own organs (``commands``: "ordered the State
    Department to expel ...") keeps the act commanded.
    """
    by_tok = {m.trigger.i: m for m in matches}
    drop: set[int] = set()
    for m in matches:
        if m.trigger.i in commands:
            continue
        for c in m.trigger.children:
            # "met in Zurich to discuss ...": the purpose belongs to the meeting
            if (c.dep_ == "advcl" and c.i in by_tok and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                    and by_tok[c.i].pattern.code[:2] == m.pattern.code[:2] and m.pattern.code[:2] in {"03", "04"}):
                drop.add(c.i)
            if c.dep_ not in {"xcomp", "ccomp"} or c.i not in by_tok:
                continue
            inner_has_subject = c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
            object_control = any(g.dep_ in {"dobj", "obj"} for g in m.trigger.children)
            if m.pattern.code[:2] in request_roots and (object_control or inner_has_subject):
                drop.add(c.i)
            elif m.specificity == 1 and m.pattern.code[:2] in request_roots | {"03"}:
                drop.add(m.trigger.i)  # a bare "wants to", "pledged to": the inner act stands
    return [m for m in matches if m.trigger.i not in drop]


def _yields_to(m: Match, at: Mapping[int, Match]) -> int | None:
    """The trigger of the inner act that match ``m`` gives way to, if any (``at``: the matches by
    trigger): a pledge or threat whose required word is in an open complement that codes an act
    of another root, a means given with "by", or a claim whose complement clause is itself a
    specific accusation ("said they held Russia responsible"). A negated governor keeps its event."""
    trig = m.trigger
    if any(c.dep_ == "neg" for c in trig.children):
        return None  # "did not threaten to cut ties": the negated threat stays the threat
    root = m.pattern.code[:2]
    near = {trig.i, *(b.i for b in trig.children)}
    for c in trig.subtree:
        if c.head.i not in near or c.i not in at or c.i not in m.consumed:
            continue
        inner = at[c.i].pattern
        if ((root in {"03", "13"} and c.dep_ == "xcomp" and inner.code[:2] != root)
                or (c.dep_ == "pcomp" and c.head.lower_ == "by" and c.head.head.i == trig.i)
                or (root == "11" and c.dep_ == "ccomp" and inner.code[:2] == "11" and inner.requires
                    and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children))):
            return c.i
    return None






_MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_COUNT_DEPS = frozenset({"compound", "nummod"})  # the words of a toll's number


def _np_head(tok: Token) -> Token:
    """The head of the noun phrase ``tok`` modifies ("Sudan's Darfur region": region)."""
    while tok.dep_ in _MODIFIER_DEPS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _phrase_root(doc: Doc, span: tuple[int, int] | None) -> Token | None:
    """The head word of an actor's phrase, given by character offsets."""
    phrase = doc.char_span(*span, alignment_mode="expand") if span is not None else None
    if phrase is None or not len(phrase):
        return None
    return phrase.root


def _head_lemma(doc: Doc, span: tuple[int, int] | None) -> str | None:
    """The lower-case lemma of the head word of an actor's phrase (given by character offsets)."""
    root = _phrase_root(doc, span)
    return base_word(root) if root is not None else None


def _domestic(doc: Doc, sources: list[Arg], targets: list[Arg], lexicon: LexiconFile,
              places: frozenset[str | None] = frozenset(), cameo_of: Mapping[str, str] | None = None,
              seizure: bool = False) -> tuple[list[Arg], list[Arg]]:
    """A state organ named without a country facing a domestic non-state actor of country
    C ("Sudan's government accused rebels", "opposition groups in Zimbabwe demanded that
    the president ...") is C's; and the other way round. ``seizure``: the act takes people
    (lexicon captor_codes), which soldiers named alone do at home ("Prime Minister Abdalla
    Hamdok, who was detained by soldiers")."""
    (sa, sspan, sslot), (ta, tspan, tslot) = sources[0], targets[0]

    def fill(bare: Actor, other: Actor) -> Actor | None:
        if bare.country is not None or bare.code != bare.role or other.country is None:
            return None
        root = _phrase_root(doc, sspan if bare is sa else tspan)
        other_root = _phrase_root(doc, tspan if bare is sa else sspan)
        if (root is not None and root.ent_type_ == "PERSON" and (
                any(e.startswith("people:") for e in other.entries)
                or (other_root is not None and other_root.ent_type_ == "PERSON"))):
            # "senator John McCain visited Mr Blair": one named person says nothing of another's
            # country (but "President Dos Santos conceded to demands from UNITA" is Angola's)
            return None
        if other is ta and _head_lemma(doc, tspan) in lexicon.mission_nouns | lexicon.diplomat_nouns:
            return None  # "protesters stormed the Russian embassy", "seized the Russian ambassador": not Russians
        if sum(w[:1].isupper() for w in bare.text.split()[1:]) >= 1:
            return None  # "President Bill Clinton": a named person, not "the government"
        if any(set(a.text.lower().replace("-", " ").split()) & lexicon.foreign_words for a in (bare, other)):
            # "killed in raids by the US-led coalition": not the coalition's own people; "the
            # coalition struck Houthi-held areas": not Yemen's own government
            return None
        # armed forces and spies act abroad too: only civil state organs are domestic
        state, domestic = lexicon.state_roles, lexicon.domestic_roles
        # "Iran jails blogger": a state named by its country acts through its organs; but its
        # forces act abroad too, so civilians and armed groups facing it keep no country
        other_state = other.role in state or (
            other.role is None and other.code == other.country and bare.role in lexicon.civil_society_roles)
        if not ((bare.role in domestic and other_state)
                or (bare.role in state and other.role in domestic)
                or (bare.role == "MIL" and other.role in lexicon.jurisdiction_roles)
                or (seizure and bare is sa and bare.role == "MIL" and other.role in lexicon.seized_at_home_roles)
                or (bare.role in lexicon.branch_roles and other.role == "GOV")
                # "Algerian Islamic militants killed 16 people": the people of their own country
                # (not "Somali militants killed 67 people at a Nairobi mall")
                or (bare.role == "CVL" and other is sa and other.role in lexicon.local_victim_roles
                    and not places - {other.country})):
            return None
        return bare.model_copy(update={"code": (cameo_of or {}).get(other.country, other.country) + (bare.role or ""),
                                       "country": other.country,
                                       "entries": [*bare.entries, "country of the other party"]})

    new_s, new_t = fill(sa, ta), fill(ta, sa)
    if new_s is not None:
        sources = [(new_s, sspan, sslot)]
    if new_t is not None:
        targets = [(new_t, tspan, tslot)]
    return sources, targets


def _same_side(a: Actor, b: Actor, side: frozenset[str] = frozenset()) -> bool:
    """One actor at two granularities (the US and its troops, Hamas and Hamas), or two organs
    of one state that act for it (its president and its military: ``side``, the lexicon's
    own_side_roles)."""
    if not a.code or not b.code:
        return False
    if a.country is not None and a.country == b.country and {a.role, b.role} <= side | {None}:
        return True
    return a.code == b.code or (a.country is not None and a.country == b.country
                                and (a.code.startswith(b.code) or b.code.startswith(a.code)))


def _subtree_words(tok: Token | None) -> set[str]:
    """The lower-cased words of the phrase a head word governs ("a convoy of foreign troops":
    foreign, troops)."""
    return {t.lower_ for t in tok.subtree} if tok is not None else set()


def _localise(arg: Arg, code: str | None, country: str | None, entry: str, local_roles: frozenset[str],
              taken: frozenset[str] | set[str] = frozenset()) -> Arg:
    """A state organ or civilians named without a country ("the government", "police")
    take the country of the place where the clause happens (or of the dateline), unless that
    makes them one of the ``taken`` codes."""
    actor, span, slot = arg
    if actor.country is not None or actor.role not in local_roles or actor.code != actor.role:
        return arg
    if (code or "") + (actor.role or "") in taken:
        return arg
    return actor.model_copy(update={"code": (code or "") + (actor.role or ""), "country": country,
                                    "entries": [*actor.entries, entry]}), span, slot


def _place_location(name: str, country: str | None, place: Place | None, reason: str) -> Location:
    """A Location, with the gazetteer's coordinates when the place is a known city."""
    return Location(name=name, country=country, lat=place.lat if place else None,
                    lon=place.lon if place else None, reason=reason)


def _history(date: dt.date | None, precision: str | None, article: dt.date | None, days: int | None) -> bool:
    """Whether an event the text dates ``date`` lies more than ``days`` before the article
    (a year or a month counted from its end: "last year" in June is recent)."""
    if days is None or date is None or article is None or date >= article:
        return False
    end = date
    if precision == "year":
        end = dt.date(date.year, 12, 31)
    elif precision == "month":
        end = dt.date(date.year, date.month, calendar.monthrange(date.year, date.month)[1])
    return (article - end).days > days


def _present(h: Token, words: frozenset[str]) -> bool:
    """Whether a "with" phrase says who was present ("with several leaders in the room",
    "with diplomats looking on") rather than who took part."""
    return any((c.dep_ == "prep" and c.lower_ in {"in", "at"}
                and any(g.dep_ == "pobj" and g.lemma_.lower() in words for g in c.children))
               or (c.dep_ in {"amod", "advmod", "acl"} and c.lemma_.lower() in words)
               for c in h.children)


def _cause_phrase(base: Token, answering: Mapping[str, frozenset[str]]) -> bool:
    """Whether a noun phrase is the reason given for an act ("because of fighting between
    ...", "due to clashes ...")."""
    if base.dep_ != "pobj":
        return False
    prep = base.head
    return prep.lower_ == "because" or (prep.lower_ == "of" and prep.head.lower_ == "because") or (
        prep.lower_ == "to" and prep.head.lower_ in {"due", "owing"}) or (
        # "in retaliation for Tehran's attack on Israel", "in response to the attack": what is
        # answered was told before, not this act
        prep.lower_ in answering and prep.head.lemma_.lower() in answering[prep.lower_])


def _each_own(verb: Token) -> bool:
    """"India and Canada each expelled ...": the subject, or the verb, has "each"."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(c.lower_ == "each" and c.dep_ in {"advmod", "npadvmod", "dep"} for c in verb.children) or any(
        c.lower_ == "each" and c.dep_ in {"appos", "det", "advmod"} for s in subjects for c in s.children)


def _timeline_year(sent: Span) -> int | None:
    """The year a timeline's entry opens with ("1979: The Soviet Union sends troops ...")."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or not (first.is_digit and len(first.text) == 4) or first.i + 2 >= sent.end:
        return None
    if first.nbor().text not in {":", "-", "\u2013"}:
        return None
    year = int(first.text)
    return year if 1800 <= year <= 2100 else None


def _topic_phrase(base: Token, preps: frozenset[str], nouns: frozenset[str]) -> bool:
    """Whether a noun phrase is a topic talked about ("a report about the talks", "views on a
    wide array of issues, including the dialogue between Pakistan and India"; not "reported
    violence, including clashes between troops and gunmen")."""
    if base.dep_ != "pobj":
        return False
    prep = base.head
    if prep.lower_ in preps:
        return True
    if prep.lower_ != "including":
        return False
    t = prep.head  # the list "including" names members of ("issues", "a wide array of issues")
    for _ in range(3):
        if t.lemma_.lower() in nouns or any(g.lemma_.lower() in nouns for c in t.children if c.dep_ == "prep"
                                            for g in c.children if g.dep_ == "pobj"):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False



def _dates_clause(sent: Span, date_text: str | None, trig: Token) -> bool:
    """Whether the date the text gives dates the event's own clause ("invaded Kuwait on Aug.
    2, 1990"; "the 1999 bombing" for the bombing itself), not something it names ("sanctioned
    Iran over its 2019 attack", "the ceasefire agreed in January 2024") nor the start of a
    practice that goes on ("has provided Egypt with aid since 1978")."""
    at = sent.text.find(date_text) if date_text else -1
    if at < 0 or (at > 0 and sent.text[:at].rstrip().lower().endswith(("since", "from"))):
        return False
    span = sent.char_span(at, at + len(date_text or ""), alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    if head.dep_ == "prep" and head.i != span.root.i:
        head = head.head
    return head.i in {trig.i, clause_verb(trig).i}


def _dateline_for(dateline: Location | None, source: Actor, target: Actor) -> Location | None:
    """The dateline says where the report was filed; it is the event's place only when
    one of the parties belongs to that country."""
    if dateline is None or dateline.country is None:
        return None
    return dateline if dateline.country in {source.country, target.country} else None


def _people_of(text: str, place: Mention | None, entry: str | None) -> Actor:
    """Those who took part in a gathering: civilians of its place's country, if known."""
    country = place.entry.country if place is not None else None
    return Actor(text=text, code=(country or "") + "CVL", country=country, role="CVL",
                 entries=["participants of the gathering", *([entry] if entry else [])])


def _phrase_base(noun: Token) -> Token:
    """The head of the phrase a nominal trigger sits in: 'a military aid package',
    'a new package of sanctions', 'a wave of airstrikes'."""
    base = noun
    for _ in range(3):
        if base.dep_ == "compound" and base.head.pos_ in {"NOUN", "PROPN"}:
            base = base.head
        elif base.dep_ == "pobj" and base.head.lower_ == "of" and base.head.head.pos_ == "NOUN":
            base = base.head.head
        else:
            break
    return base


def _definite_tok(tok: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "these", "those", "this", "that", "its", "their"} for c in tok.children)


def _unseated(a: Actor) -> Actor:
    """The city again, where a seat stood for an organisation (entries: the seat's, then the capital's)."""
    if len(a.entries) < 2 or ":capital:" not in a.entries[1] or not a.entries[0].startswith("organisations:"):
        return a
    country = a.entries[1].split(":")[1]
    return Actor(text=a.text, code=country, country=country, entries=a.entries[1:])


def _team(t: Token) -> bool:
    """A country named with a plural verb is a national team ("Italy have lost both their opening
    games", "France are unbeaten"): a state takes a singular one."""
    if t.dep_ != "nsubj" or t.tag_ != "NNP" or t.ent_type_ != "GPE" or any(c.dep_ in {"conj", "prep"} for c in t.children):
        return False
    verb = t.head
    return verb.tag_ == "VBP" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBP" for c in verb.children)


def _source_kind(a: Actor, slot: str, armed_roles: frozenset[str]) -> Literal["armed", "state"] | None:
    """'armed' or 'state' for the by_source codes of a pattern ('irregular', 'person' and 'civilian' are
    decided by the caller)."""
    if a.role in armed_roles or slot == "cause":
        return "armed"
    return "state" if _state_actor(a) else None


def _state_actor(a: Actor) -> bool:
    """A state or government named as such (not its people: "Russia", the Kremlin, a ministry)."""
    if a.role in {"GOV", "LEG", "JUD"}:
        return True
    if a.role is None and a.country is not None:
        return not any(":adjective:" in e for e in a.entries)
    return False


_PLACE_KINDS = frozenset({"country", "capital", "place"})
#: entries that name a state: a place of it or its adjective ("Nepal", "Kathmandu", "Nepali")
_STATE_KINDS = _PLACE_KINDS | {"adjective"}


def _place_mention(toks: Iterable[Token], ctx: _Context, kinds: frozenset[str] = _PLACE_KINDS) -> Mention | None:
    """The first of ``toks`` that is a mention of a country or place (of ``kinds``)."""
    for h in toks:
        m = ctx.mentions.get(h.i)
        if m is not None and m.entry.kind in kinds:
            return m
    return None


def _clause_tokens(c: Token) -> list[int]:
    """Token indices of the complement clause ``c``, without a finite verb the parser hung on
    it ("urged both sides to show restraint and called on Russia ...": the call is an act)."""
    skip = {g.i for k in c.children if misattached_conj(k) for g in k.subtree}
    return [t.i for t in c.subtree if t.i not in skip]


def _own_people(people: Actor, state: Actor, why: str) -> Actor:
    """``people`` with no country told taken as the people of ``state``'s country."""
    return people.model_copy(update={"code": f"{state.country}{people.role}", "country": state.country,
                                     "resolved_from": why})


def _the_other(t: Token) -> bool:
    """``t`` is "the other" ("each side accused the other")."""
    return t.lower_ == "other" and any(k.lower_ == "the" for k in t.children)


def _business(a: Actor) -> bool:
    """A company or business people (CAMEO BUS, or a multinational)."""
    return a.role == "BUS" or (a.code or "")[:3] == "MNC"


def _listed(a: Actor) -> bool:
    """The actor is an entry of the organisation tables (a company listed there for its part in
    politics: Gazprom, Naftogaz), not a company known only by a word or a name."""
    return any(e.startswith("organisations:") for e in a.entries)


def _vowed(verb: Token, vow: Token) -> bool:
    """``verb`` is what ``vow`` promises: its infinitive, or one down a chain of them ("vowed to
    continue to strike"), not an act joined to the vow ("vowed revenge and launched air strikes")."""
    v = verb
    for _ in range(4):
        if v.dep_ != "xcomp" or not infinitive(v) and v.tag_ != "VBG":
            return False
        if v.head.i == vow.i:
            return True
        v = v.head
    return False


def _dated_by(noun: Token, preps: frozenset[str]) -> bool:
    """The noun is the object of one of ``preps``, itself or as what something is the start of
    ("since Russia's invasion of Ukraine", "since the start of the war")."""
    t = noun
    for _ in range(2):
        if t.dep_ != "pobj":
            return False
        if t.head.lower_ in preps:
            return True
        if t.head.lower_ != "of" or t.head.head.pos_ != "NOUN":
            return False
        t = t.head.head
    return False


def _owners(n: Token, ctx: _Context) -> list[Token]:
    """Who a noun is said to belong to: its possessor, or a modifier that names an actor
    ("Germany's decision", "the German decision")."""
    return [c for c in possessor_heads(n) if c.dep_ == "poss" or c.i in ctx.mentions]


def _summing_up(h: Token, naming: frozenset[str]) -> bool:
    """A noun set off by a comma after its clause, with a relative clause that judges it: "...,
    a move Israel denounced as a reward for terrorism", "..., an accusation the Kremlin called
    unacceptable"."""
    return (h.dep_ in {"dobj", "npadvmod", "appos"} and h.pos_ == "NOUN" and h.left_edge.i > 0
            and h.doc[h.left_edge.i - 1].text == ","
            and any(_judging(c, naming) for c in h.children))


def _judging(c: Token, naming: frozenset[str]) -> bool:
    """A clause on a noun that says who judged it: "(a move) Israel denounced", "(a decision)
    China's ambassador called wrong" (parsed as a clause with its own subject), "(a decision)
    swiftly condemned by Greece"."""
    if c.lemma_.lower() in naming and not any(g.dep_ == "oprd" for g in c.children):
        return False  # ("a decision Merkel called 'bitter'" parsed with the words on the noun: no naming)
    return c.dep_ == "relcl" or (c.dep_ == "acl" and c.pos_ == "VERB" and any(
        g.dep_ in {"nsubj", "agent"} for g in c.children))


def _anchored(a: Actor) -> bool:
    return a.country is not None or (a.code is not None and a.code[:3] in {"IGO", "NGO", "IMG", "MNC"})


def _dedupe(cands: list[tuple[int, Event, Match]]) -> list[Event]:
    """One event per (source, target, code); for the same dyad and root keep the most
    specific pattern (nested triggers in one clause)."""
    best: dict[tuple[str | None, str | None, str], tuple[int, Event]] = {}
    order: list[tuple[str | None, str | None, str]] = []
    for spec, ev, _m in cands:
        key = (ev.source.code, ev.target.code, ev.cameo.root)
        if key not in best:
            order.append(key)
            best[key] = (spec, ev)
        elif spec > best[key][0] or (spec == best[key][0] and len(ev.cameo.code) > len(best[key][1].cameo.code)):
            best[key] = (spec, ev)
    return [best[k][1] for k in order]


def _dateline_date(lines: list[Dateline]) -> dt.date | None:
    """The date of the first dateline, when it gives one with its year ("May 4, 2023")."""
    if lines and lines[0].date and re.search(r"\b(?:19|20)\d\d\b", lines[0].date):
        return parse_date(lines[0].date)
    return None


def _is_place(a: Actor) -> bool:
    """The actor is a town, city or capital named as such (gazetteer or capital entry)."""
    return any(e.startswith("places:") or ":capital:" in e for e in a.entries)


def _as_date(d: dt.date | str | None) -> dt.date | None:
    parsed = parse_date(d)
    if parsed is None and d not in (None, ""):
        raise ValueError(f"not a date: {d!r}; use YYYY-MM-DD")
    return parsed


def _shifted(ev: Event, base: int) -> Event:
    """The event with its character offsets moved from its sentence into the article text."""
    if not base:
        return ev
    pv = ev.provenance

    def move(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (span[0] + base, span[1] + base)

    trig = (pv.trigger_offsets[0] + base, pv.trigger_offsets[1] + base)
    return ev.model_copy(update={"provenance": pv.model_copy(update={
        "trigger_offsets": trig, "source_offsets": move(pv.source_offsets),
        "target_offsets": move(pv.target_offsets)})})


def _repair_parse(doc: Doc, mentions: dict[int, Mention], control_verbs: frozenset[str] = frozenset(),
                  named_only: frozenset[str] = frozenset(), mandative: frozenset[str] = frozenset()) -> None:
    """Mend errors of the small parser, each where the parse is plainly wrong (``control_verbs``,
    ``named_only``, ``mandative``: lexicon appeal_control_verbs, named_addressee_verbs,
    mandative_verbs): a national
    adjective made a sibling of the noun it modifies ("accused Azerbaijani forces of ...": two
    objects, "Azerbaijani" and "forces"; a one-word country or group name right before a
    common noun that has the same head and the same relation becomes that noun's modifier),
    and the others below."""
    for i, m in mentions.items():
        if i != m.start or m.end != i + 1 or m.end >= len(doc):
            continue
        a, b = doc[i], doc[i + 1]
        if (a.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj"} and a.dep_ == b.dep_ and a.head.i == b.head.i
                and a.head.i != a.i and b.pos_ == "NOUN" and b.i + 1 not in mentions and a.tag_ in {"JJ", "NNP", "NNPS"}
                and m.entry.kind in {"adjective", "country", "org"}):
            a.head = b
            a.dep_ = "amod" if a.tag_ == "JJ" else "compound"
    # and another: "Sudan's army and the paramilitary Rapid Support Forces": the modifier made the
    # conjunct and the name an apposition of the first conjunct
    for i, m in mentions.items():
        if i != m.start or m.end - m.start < 2 or i == 0 or m.entry.kind != "org":
            continue
        c = doc[i - 1]
        root = doc[i:m.end].root
        if (c.dep_ == "conj" and root.dep_ == "appos" and root.head.i == c.head.i and c.i not in mentions
                and c.pos_ in {"ADJ", "NOUN"} and not any(t.dep_ != "det" for t in c.children)):
            root.head = c.head
            root.dep_ = "conj"
            c.head = root
            c.dep_ = "amod"
    # and another: "Sudan's paramilitary Rapid Support Forces shelled ...": the modifier made a
    # second subject, with the possessor on it
    for mod in doc:
        if mod.dep_ != "nsubj" or mod.pos_ not in {"NOUN", "ADJ"} or mod.i + 1 >= len(doc):
            continue
        subj = next((c for c in mod.head.children if c.dep_ == "nsubj" and c.i > mod.i and c.left_edge.i == mod.i + 1),
                    None)
        if subj is not None and all(c.dep_ in {"poss", "det"} for c in mod.children):
            for c in list(mod.children):
                c.head = subj
            mod.head = subj
            mod.dep_ = "amod" if mod.pos_ == "ADJ" else "compound"
    # and a third: "Israeli air strikes killed at least 19 people": the subject made the root and
    # the finite verb a clause on it
    for root in [t for t in doc if t.dep_ == "ROOT" and t.pos_ == "NOUN" and t.tag_ == "NNS"]:
        verbs = [c for c in root.children if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} and c.i == root.i + 1
                 and any(g.dep_ == "dobj" for g in c.children)
                 and not any(g.dep_ in {"nsubj", "nsubjpass", "auxpass", "agent"} for g in c.children)]
        if len(verbs) == 1:
            v = verbs[0]
            v.head = v
            v.dep_ = "ROOT"
            v.tag_ = "VBD"
            root.head = v
            root.dep_ = "nsubj"
    # and a fourth: "Sudan's army and the RSF held talks": the verb made a modifier of its object,
    # the object the root's conjunct and the second subject a modifier of the verb
    for root in [t for t in doc if t.dep_ == "ROOT" and t.pos_ in {"NOUN", "PROPN"}]:
        for obj in [c for c in root.children if c.dep_ == "conj" and c.pos_ == "NOUN"]:
            if obj.i < 2:
                continue
            verb = doc[obj.i - 1]
            if verb.head.i != obj.i or verb.dep_ != "amod" or verb.tag_ not in {"VBD", "VBN"}:
                continue
            second = doc[verb.i - 1]
            named = mentions.get(second.i)
            if named is None or named.end != verb.i or second.head.i not in {verb.i, obj.i}:
                continue
            verb.head = verb
            verb.dep_ = "ROOT"
            verb.tag_ = "VBD"
            verb.pos_ = "VERB"
            root.head = verb
            root.dep_ = "nsubj"
            second.head = root
            second.dep_ = "conj"
            obj.head = verb
            obj.dep_ = "dobj"
            break
    # and a fifth: "called on Rwanda on Sunday to withdraw its troops", "pushed Hungary to drop its
    # veto": the infinitive of what was asked made an adverbial clause of purpose of the appeal
    # (most often after a time phrase)
    for verb in doc:
        if verb.lemma_.lower() not in control_verbs or any(c.dep_ == "xcomp" for c in verb.children):
            continue
        # (one "called" with an object is telephoned: "called Netanyahu on Sunday to discuss ...")
        proper_only = verb.lemma_.lower() in named_only
        if not any((c.dep_ == "dobj" and verb.lemma_.lower() != "call" and (not proper_only or c.pos_ == "PROPN"))
                   or (c.dep_ == "prep" and c.lower_ in {"on", "upon", "to"} and not proper_only
                       and any(g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in c.children))
                   for c in verb.children):
            continue
        for c in verb.children:
            if c.dep_ != "advcl" or c.i < verb.i or c.pos_ not in {"VERB", "AUX"}:
                continue
            to = doc[c.left_edge.i]
            if (to.lower_ == "to" and to.dep_ == "aux" and to.head.i == c.i and to.i > 0
                    and doc[to.i - 1].lower_ not in {"order", "as"}
                    and not any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)):
                c.dep_ = "xcomp"
            break
    # and a sixth: "..., a move Guyana's foreign minister condemned as unlawful": the judge made
    # an apposition of the noun that sums the clause up, and the judging verb a clause on the judge
    for judge in doc:
        noun = judge.head
        if not (judge.dep_ == "appos" and noun.pos_ == "NOUN" and noun.i < judge.i and noun.left_edge.i > 0
                and noun.dep_ in {"dobj", "npadvmod", "appos"} and doc[noun.left_edge.i - 1].text == ","):
            continue
        # (the tagger may take the verb for a participle: none with an agent, "praised by")
        judged = next((c for c in judge.children if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"} and c.i > judge.i),
                      None)
        if (judged is None or any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "auxpass", "agent"} for c in judged.children)
                or any(c.i > judge.i and c.i != judged.i for c in judge.children)):
            continue
        judged.head = noun
        judged.dep_ = "relcl"
        judge.head = judged
        judge.dep_ = "nsubj"
    # and a seventh: "North and South Korea reached an agreement": the first state made a
    # modifier of the second's name; it becomes the head of the pair, the name its conjunct
    for i, m in mentions.items():
        pair = mentions.get(i + 2)
        if (i != m.start or m.end != i + 1 or m.entry.kind != "country" or pair is None
                or pair.start != i + 2 or pair.end != i + 4 or doc[i + 1].lower_ != "and"):
            continue
        first, name, last = doc[i], doc[i + 2], doc[i + 3]
        if first.head.i != last.i or name.head.i not in {first.i, last.i}:
            continue
        first.head = first if last.head.i == last.i else last.head  # (the name may be the root)
        first.dep_ = last.dep_
        last.head = first
        last.dep_ = "conj"
        name.head = last
        name.dep_ = "compound"
        doc[i + 1].head = first
        doc[i + 1].dep_ = "cc"

    # and an eighth: "demanded that President Yoon Suk Yeol resign": the bare verb of a clause
    # of demand made a noun, its subject a modifier of it (only under a verb of demand, whose
    # pattern takes the clause for what is asked: "analysts suggested that Ruto resign" is left)
    for verb in doc:
        if not (verb.dep_ == "ccomp" and verb.pos_ == "NOUN" and verb.tag_ == "NN" and verb.i > 1
                and verb.head.lemma_.lower() in mandative
                and any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in verb.children)):
            continue
        subj = doc[verb.i - 1]
        if subj.head.i != verb.i or subj.dep_ != "compound" or subj.pos_ not in {"PROPN", "NOUN"}:
            continue
        verb.pos_ = "VERB"
        verb.tag_ = "VB"
        subj.dep_ = "nsubj"
        for c in list(verb.children):
            if c.dep_ == "det" and c.i < subj.i:
                c.head = subj


def _finite_clause(v: Token) -> bool:
    """``v`` takes a finite clause ("agree that disputes should be resolved"): what is agreed
    is a position, not an act to come ("agreed to hold talks", "agreed to a ceasefire")."""
    return any(c.dep_ == "ccomp" and any(g.dep_ in {"nsubj", "nsubjpass", "mark"} for g in c.children)
               for c in v.children)


def _person_name(h: Token) -> bool:
    """A person's name the dictionaries do not know ("Mr Mubanga", "Conchita Martinez")."""
    return h.pos_ == "PROPN" and (h.ent_type_ == "PERSON" or any(
        c.lower_.rstrip(".") in {"mr", "mrs", "ms", "dr", "miss"} for c in h.children))


def _undergone(noun: Token, undergo_verbs: frozenset[str]) -> bool:
    """A nominal event that is the object of "survived", "escaped", "suffered": its
    subject is the one it was done to."""
    base = _phrase_base(noun)
    return base.dep_ == "dobj" and base.head.lemma_.lower() in undergo_verbs


def _pair_phrase(h: Token, lexicon: LexiconFile) -> str | None:
    """What "the two countries", "both sides", "all sides" (a plural noun of the lexicon's
    ``pair_nouns`` counted by ``pair_counts``, or a 'side' noun by ``side_counts``) name of the
    pair, else ``None``."""
    kind = lexicon.pair_nouns.get(h.lemma_.lower())
    if h.tag_ == "NN" and kind is not None and any(c.dep_ == "det" and c.lower_ == "each" for c in h.children):
        # "each side accused the other": one of the two, each in turn (not "each country would
        # raise spending")
        return kind if any(_the_other(t) for t in h.head.subtree) else None
    if (h.pos_ == "NUM" and h.lower_ in lexicon.pair_counts and h.dep_ in {"nsubj", "nsubjpass"}
            and any(c.dep_ == "det" and c.lower_ == "the" for c in h.children)):
        return "side"  # "Putin hosted Erdogan in Sochi and the two agreed ...": the two named
    if h.tag_ not in {"NNS", "NNPS"}:
        return None
    sides = h.lemma_.lower() in lexicon.side_nouns and not any(c.dep_ in {"prep", "amod"} for c in h.children)
    counts = lexicon.pair_counts | lexicon.side_counts if sides else lexicon.pair_counts
    if kind is None or not any(c.dep_ in {"nummod", "det", "predet"} and c.lower_ in counts
                               for c in h.children):
        return None
    return kind


def _each_other(verb: Token, reciprocals: frozenset[str]) -> bool:
    """Whether the verb's object is one of ``reciprocals`` ("each other", "one another"),
    directly or after a preposition ("traded fire with one another")."""
    heads = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    heads += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(_the_other(h) for h in heads) and any(
            s.dep_ in {"nsubj", "nsubjpass"} and any(k.dep_ in {"det", "predet"} and k.lower_ in {"each", "both"}
                                                     for k in s.children)
            for s in verb.children):
        return True  # "each side accused the other", "with both sides accusing the other"
    return any(f"{a.lower_} {b.lower_}" in reciprocals
               for h in heads for k in h.children for a, b in ((k, h), (h, k)))


def _conjoined_state(h: Token, span: tuple[int, int] | None, ctx: _Context) -> Mention | None:
    """The country or capital a bare group (at ``span`` in ``h``'s doc) is conjoined to
    ("Khartoum and the rebels"), if any."""
    if span is None:
        return None
    words = h.doc.char_span(*span, alignment_mode="expand")
    if words is None:
        return None
    t = words.root
    m = ctx.mentions.get(t.head.i) if t.dep_ == "conj" else None
    return m if m is not None and m.entry.kind in {"country", "capital"} and m.entry.country else None
